// Money typed and shown in the user's language, held as integer cents (issue 9).
#include "widgets/money.h"
#include "widgets/moneyedit.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace hs;

class TestMoneyEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale(QStringLiteral("en_US"))); }

    void formatsInTheLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("shown");
        QTest::newRow("en") << "en_US" << qint64(123456) << QStringLiteral("$1,234.56");
        QTest::newRow("en negative") << "en_US" << qint64(-5) << QStringLiteral("-$0.05");
        QTest::newRow("de") << "de" << qint64(123456) << QStringLiteral("1.234,56\u00a0$");
        QTest::newRow("es") << "es" << qint64(12345678) << QStringLiteral("123.456,78\u00a0$");
        // Beyond a double's 53 bits: every digit stays.
        QTest::newRow("huge") << "en_US" << qint64(9007199254740993) << QStringLiteral("$90,071,992,547,409.93");
    }
    void formatsInTheLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, cents);
        QFETCH(QString, shown);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(formatMoney(cents), shown);
    }

    void parsesWhatTheLanguageWrites_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("en grouped") << "en_US" << "$1,234.56" << qint64(123456);
        QTest::newRow("en one decimal") << "en_US" << "12.5" << qint64(1250);
        QTest::newRow("de grouped") << "de" << "1.234,56 $" << qint64(123456);
        QTest::newRow("de plain") << "de" << "1234,5" << qint64(123450);
        QTest::newRow("es") << "es" << "0,07" << qint64(7);
        // 0.29 * 100 is 28.999… as a double: cents must not come through one.
        QTest::newRow("no rounding") << "en_US" << "0.29" << qint64(29);
        QTest::newRow("too many decimals") << "en_US" << "1.234" << qint64(-1);
        QTest::newRow("letters") << "de" << "12a" << qint64(-1);
    }
    void parsesWhatTheLanguageWrites()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(qint64, cents);
        const auto parsed = parseMoney(typed, QLocale(locale));
        if (cents < 0)
            QVERIFY(!parsed);
        else
            QCOMPARE(parsed.value_or(-1), cents);
    }

    void typingInGermanGivesCents()
    {
        QLocale::setDefault(QLocale(QStringLiteral("de")));
        MoneyEdit edit;
        edit.show();
        QSignalSpy changed(&edit, &MoneyEdit::centsChanged);
        QCOMPARE(edit.text(), QStringLiteral("0,00\u00a0$"));
        edit.selectAll();
        QTest::keyClicks(&edit, QStringLiteral("1.234,56"));
        QCOMPARE(edit.cents(), 123456);
        QVERIFY(changed.count() > 0);
        QCOMPARE(changed.last().at(0).toLongLong(), 123456);
        // A third decimal is refused as it is typed.
        QTest::keyClicks(&edit, QStringLiteral("7"));
        QCOMPARE(edit.cents(), 123456);
        Q_EMIT edit.editingFinished();
        QCOMPARE(edit.text(), QStringLiteral("1.234,56\u00a0$"));
    }

    void emptiedBoxIsNoAmount()
    {
        MoneyEdit edit;
        edit.setCents(2500);
        edit.show();
        edit.selectAll();
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QCOMPARE(edit.cents(), 0);
    }

    void stepsByADollarWithinTheRange()
    {
        MoneyEdit edit;
        edit.setRange(0, 250);
        edit.setCents(199);
        edit.stepBy(-1);
        QCOMPARE(edit.cents(), 99);
        edit.stepBy(-1);
        QCOMPARE(edit.cents(), 0);
        edit.stepBy(5);
        QCOMPARE(edit.cents(), 250);
        QCOMPARE(edit.text(), QStringLiteral("$2.50"));
    }

    void languageChangeRewritesTheSameCents()
    {
        MoneyEdit edit;
        edit.setCents(98765);
        QCOMPARE(edit.text(), QStringLiteral("$987.65"));
        QLocale::setDefault(QLocale(QStringLiteral("es")));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&edit, &change);
        QCOMPARE(edit.text(), QStringLiteral("987,65\u00a0$"));
        QCOMPARE(edit.cents(), 98765);
    }
};

QTEST_MAIN(TestMoneyEdit)
#include "tst_moneyedit.moc"
