// Dates, days and dollars on the charts and in the ledger written the UI language's way (issue 13).
#include "panes/customerservice/shipmentwords.h"
#include "panes/finance/ledgermodel.h"
#include "widgets/dailycharts.h"
#include "widgets/messagewords.h"
#include "widgets/money.h"

#include <QBarSeries>
#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>
#include <QtTest>

using namespace hs;

class TestLocaleFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale(QStringLiteral("en_US"))); }

    void chartAxesInTheLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("dayFormat");
        QTest::addColumn<QString>("dollarFormat");
        QTest::addColumn<QString>("firstDay");
        QTest::newRow("en") << "en_US" << "M/d" << "$%.0f" << "3/2";
        QTest::newRow("de") << "de" << "dd.MM" << "%.0f\u00a0$" << "02.03";
        QTest::newRow("es") << "es" << "d/M" << "%.0f\u00a0$" << "2/3";
    }
    void chartAxesInTheLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, dayFormat);
        QFETCH(QString, dollarFormat);
        QFETCH(QString, firstDay);
        QLocale::setDefault(QLocale(locale));
        const std::vector<DayValue> days{{QDate(2026, 3, 2), 125000}, {QDate(2026, 3, 3), 98000}, {QDate(2026, 3, 4), 40000}};

        DailyChart owed(DailyChart::Style::Line, Qt::red);
        owed.setValueFormat(formatMoney, 0.01);
        owed.setSeries(days);
        const auto *x = qobject_cast<QDateTimeAxis *>(owed.chart()->axes(Qt::Horizontal).value(0));
        const auto *y = qobject_cast<QValueAxis *>(owed.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(x && y);
        QCOMPARE(x->format(), dayFormat);
        QCOMPARE(y->labelFormat(), dollarFormat);
        QCOMPARE(owed.chart()->locale(), QLocale(locale));

        DailyChart revenue(DailyChart::Style::Bars, Qt::green);
        revenue.setSeries(days);
        auto *categories = qobject_cast<QCategoryAxis *>(revenue.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(categories);
        QCOMPARE(categories->categoriesLabels().value(0), firstDay);
    }

    // Ticks labelled in whole dollars or whole shipments are at least one unit apart: an account
    // that owes nothing, or a few dollars, never gets an axis reading $0, $0, $1, $1.
    void smallValuesGetDistinctWholeTicks()
    {
        for (qint64 cents : {qint64(0), qint64(250), qint64(-180)}) {
            DailyChart owed(DailyChart::Style::Line, Qt::red);
            owed.setValueFormat(formatMoney, 0.01);
            owed.setSeries({{QDate(2026, 3, 2), cents}, {QDate(2026, 3, 3), cents}});
            const auto *y = qobject_cast<QValueAxis *>(owed.chart()->axes(Qt::Vertical).value(0));
            QVERIFY(y && y->tickCount() > 1);
            const double step = (y->max() - y->min()) / (y->tickCount() - 1);
            QVERIFY2(step >= 1.0 && step == std::round(step), qPrintable(QStringLiteral("%1 cents: %2 to %3 in %4 ticks")
                                                                             .arg(cents).arg(y->min()).arg(y->max()).arg(y->tickCount())));
        }
    }

    void ledgerDatesInTheLanguage()
    {
        QLocale::setDefault(QLocale(QStringLiteral("de")));
        LedgerModel ledger;
        LedgerEntry e;
        e.position = 1;
        e.accountId = QStringLiteral("A-1");
        e.kind = QStringLiteral("payment");
        e.occurredAt = QDateTime(QDate(2026, 3, 2), QTime(14, 5)).toMSecsSinceEpoch();
        e.amountCents = 123456;
        e.balanceCents = 123456;
        ledger.setRows({e});
        QCOMPARE(ledger.index(0, LedgerModel::Date).data().toString(),
                 QLocale().toString(QDateTime(QDate(2026, 3, 2), QTime(14, 5)), QLocale::ShortFormat));
        QVERIFY(ledger.index(0, LedgerModel::Date).data().toString().startsWith(QStringLiteral("02.03.")));
        QCOMPARE(ledger.index(0, LedgerModel::Amount).data().toString(), QStringLiteral("1.234,56\u00a0$"));
    }

    // A shipment's promised times, its check calls and timeline read in the language's short
    // form, as the intake form's promised-time boxes do: "02.03.26 14:05", never "2026-03-02".
    void shipmentTimesInTheLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << "en_US" << "3/2/26 2:05 PM";
        QTest::newRow("de") << "de" << "02.03.26 14:05";
        QTest::newRow("es") << "es" << "2/3/26 14:05";
    }
    void shipmentTimesInTheLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        const qint64 at = QDateTime(QDate(2026, 3, 2), QTime(14, 5)).toMSecsSinceEpoch();
        QCOMPARE(shipmentwords::when(at), expected);

        // The history's one-line summaries give a due date the same way.
        RecordedEvent invoiced;
        invoiced.event = ev::AccountInvoiced{QStringLiteral("A-1"), QStringLiteral("S-1"), 12500, at};
        QVERIFY2(words::summary(invoiced).endsWith(expected), qPrintable(words::summary(invoiced)));
    }
};

QTEST_MAIN(TestLocaleFormats)
#include "tst_localeformats.moc"
