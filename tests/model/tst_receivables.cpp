// Payment application, aging buckets and credit: the receivables rules as pure functions.

#include "receivables/aging.h"
#include "receivables/application.h"
#include "receivables/credit.h"
#include "util/isotime.h"

#include <QTest>

using namespace hs;
using namespace hs::receivables;

namespace {

constexpr qint64 day = 24LL * 60 * 60 * 1000;
const qint64 jan1 = *isotime::parse(u"2026-01-01T00:00:00Z");

// A ledger in a few words, one entry per ';' in position order:
// "I S-1 100 d5" invoice of 100 cents due on day 5, "P r1 60" payment, "R r1" reversal of it,
// "W S-1 40" write-off of 40.
std::vector<Entry> ledger(const QString &script)
{
    std::vector<Entry> out;
    QHash<QString, qint64> payments;
    qint64 position = 0;
    for (const QString &line : script.split(u';', Qt::SkipEmptyParts)) {
        const QStringList w = line.simplified().split(u' ');
        Entry e;
        e.position = ++position;
        e.occurredAt = jan1 + position;
        if (w[0] == u"I") {
            e.kind = Entry::Kind::Invoice;
            e.shipmentId = w[1];
            e.amountCents = w[2].toLongLong();
            e.dueAt = jan1 + w[3].mid(1).toLongLong() * day;
        } else if (w[0] == u"P") {
            e.kind = Entry::Kind::Payment;
            e.reference = w[1];
            e.amountCents = w[2].toLongLong();
            payments.insert(e.reference, e.amountCents);
        } else if (w[0] == u"R") {
            e.kind = Entry::Kind::Reversal;
            e.reference = w[1];
            e.amountCents = payments.value(e.reference);
        } else {
            e.kind = Entry::Kind::WriteOff;
            e.shipmentId = w[1];
            e.amountCents = w[2].toLongLong();
        }
        out.push_back(e);
    }
    return out;
}

// "S-1 paid/writtenOff/open, ..." in position order, then "credit N".
QString describe(const Receivables &r)
{
    QStringList parts;
    for (const Invoice &i : r.invoices)
        parts << QStringLiteral("%1 %2/%3/%4").arg(i.shipmentId).arg(i.paidCents).arg(i.writtenOffCents).arg(i.openCents());
    parts << QStringLiteral("credit %1").arg(r.creditCents);
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestReceivables : public QObject
{
    Q_OBJECT
private slots:
    void application_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no payment") << "I S-1 100 d30" << "S-1 0/0/100, credit 0";
        QTest::newRow("partial payment") << "I S-1 100 d30; P r1 40" << "S-1 40/0/60, credit 0";
        QTest::newRow("two partials close it") << "I S-1 100 d30; P r1 40; P r2 60" << "S-1 100/0/0, credit 0";
        QTest::newRow("oldest due first, not oldest invoiced")
            << "I S-1 100 d40; I S-2 100 d10; P r1 150" << "S-1 50/0/50, S-2 100/0/0, credit 0";
        QTest::newRow("same due date: lower position first")
            << "I S-1 100 d10; I S-2 100 d10; P r1 150" << "S-1 100/0/0, S-2 50/0/50, credit 0";
        QTest::newRow("overpayment is a credit on account") << "I S-1 100 d10; P r1 250" << "S-1 100/0/0, credit 150";
        QTest::newRow("credit pays later invoices as they arrive")
            << "P r1 250; I S-1 100 d10; I S-2 100 d20; I S-3 100 d30" << "S-1 100/0/0, S-2 100/0/0, S-3 50/0/50, credit 0";
        QTest::newRow("reversal un-applies as if never posted")
            << "I S-1 100 d10; I S-2 100 d20; P r1 150; P r2 30; R r1" << "S-1 30/0/70, S-2 0/0/100, credit 0";
        QTest::newRow("reversed overpayment leaves no credit")
            << "I S-1 100 d10; P r1 300; I S-2 100 d20; R r1" << "S-1 0/0/100, S-2 0/0/100, credit 0";
        QTest::newRow("write-off closes the open amount") << "I S-1 100 d10; P r1 60; W S-1 40" << "S-1 60/40/0, credit 0";
        QTest::newRow("payment after a write-off goes to the next invoice")
            << "I S-1 100 d10; I S-2 100 d20; W S-1 100; P r1 70" << "S-1 0/100/0, S-2 70/0/30, credit 0";
        QTest::newRow("reversal after a write-off reopens what it had paid")
            << "I S-1 100 d10; P r1 60; W S-1 40; R r1" << "S-1 0/40/60, credit 0";
    }
    void application()
    {
        QFETCH(QString, script);
        QFETCH(QString, expected);
        QCOMPARE(describe(apply(ledger(script))), expected);
    }

    void openIsWhatIsOwed()
    {
        const Receivables r = apply(ledger(QStringLiteral("I S-1 100 d10; I S-2 250 d20; P r1 120; W S-2 30")));
        QCOMPARE(r.openCents(), 200);
        QVERIFY(r.invoice(QStringLiteral("S-2")));
        QCOMPARE(r.invoice(QStringLiteral("S-2"))->openCents(), 200);
        QVERIFY(!r.invoice(QStringLiteral("S-9")));
    }

    void bucketBoundaries_data()
    {
        QTest::addColumn<qint64>("sinceDue"); // ms after the due moment
        QTest::addColumn<int>("bucket");
        QTest::newRow("a day before due") << -day << int(AgingBucket::Current);
        QTest::newRow("at the due moment") << 0LL << int(AgingBucket::Current);
        QTest::newRow("a day late less 1 ms") << day - 1 << int(AgingBucket::Current);
        QTest::newRow("one day late") << day << int(AgingBucket::Days1To30);
        QTest::newRow("30 days late, last ms") << 31 * day - 1 << int(AgingBucket::Days1To30);
        QTest::newRow("31 days late") << 31 * day << int(AgingBucket::Days31To60);
        QTest::newRow("60 days late, last ms") << 61 * day - 1 << int(AgingBucket::Days31To60);
        QTest::newRow("61 days late") << 61 * day << int(AgingBucket::Days61To90);
        QTest::newRow("90 days late, last ms") << 91 * day - 1 << int(AgingBucket::Days61To90);
        QTest::newRow("91 days late") << 91 * day << int(AgingBucket::Over90);
        QTest::newRow("a year late") << 365 * day << int(AgingBucket::Over90);
    }
    void bucketBoundaries()
    {
        QFETCH(qint64, sinceDue);
        QFETCH(int, bucket);
        const qint64 due = jan1 + 10 * day;
        QCOMPARE(int(agingBucket(due, due + sinceDue)), bucket);
    }

    void agingMovesWithTheMoment()
    {
        const Receivables r = apply(ledger(QStringLiteral("I S-1 100 d0; I S-2 200 d40; I S-3 300 d50; P r1 50; W S-3 300")));
        QCOMPARE(age(r, jan1), (AgingCents{250, 0, 0, 0, 0}));
        QCOMPARE(age(r, jan1 + 45 * day), (AgingCents{0, 200, 50, 0, 0}));
        QCOMPARE(age(r, jan1 + 200 * day), (AgingCents{0, 0, 0, 0, 250}));
    }

    void credit_data()
    {
        QTest::addColumn<qint64>("limit"); // -1: none
        QTest::addColumn<qint64>("open");
        QTest::addColumn<qint64>("active");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("excess"); // 0: fits
        QTest::newRow("no limit") << -1LL << 900000LL << 900000LL << 50000LL << 0LL;
        QTest::newRow("fits exactly") << 10000LL << 3000LL << 2000LL << 5000LL << 0LL;
        QTest::newRow("one cent over") << 10000LL << 3000LL << 2000LL << 5001LL << 1LL;
        QTest::newRow("open invoices count") << 10000LL << 9000LL << 0LL << 2000LL << 1000LL;
        QTest::newRow("booked shipments count") << 10000LL << 0LL << 9000LL << 2000LL << 1000LL;
        QTest::newRow("a limit of 0 refuses everything") << 0LL << 0LL << 0LL << 1LL << 1LL;
    }
    void credit()
    {
        QFETCH(qint64, limit);
        QFETCH(qint64, open);
        QFETCH(qint64, active);
        QFETCH(qint64, price);
        QFETCH(qint64, excess);
        Credit c;
        if (limit >= 0)
            c.limitCents = limit;
        c.openCents = open;
        c.activeShipmentCents = active;
        QCOMPARE(c.exposureCents(), open + active);
        QCOMPARE(c.excessWith(price).value_or(0), excess);
        QCOMPARE(c.availableCents().has_value(), limit >= 0);
        if (limit >= 0)
            QCOMPARE(*c.availableCents(), limit - open - active);
    }
};

QTEST_GUILESS_MAIN(TestReceivables)
#include "tst_receivables.moc"
