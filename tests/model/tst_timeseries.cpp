#include "../widgets/seedstore.h"
#include "readmodel/queries.h"
#include "readmodel/timeseries.h"
#include "teststore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;

// Per-day series from the read models, on a history laid out over four known UTC days.
class TestTimeSeries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void statusAtTheEndOfEachDay();
    void deliveriesPerDay();
    void revenueAndReceivables();
    void oneAccountsReceivables();
    void asOfStopsAtTheShownMoment();
    void emptyStoreHasNoDays();

private:
    qint64 at(int day, int hour) const { return m_day0.addDays(day).startOfDay(Qt::UTC).addSecs(hour * 3600).toMSecsSinceEpoch(); }
    QDate day(int n) const { return m_day0.addDays(n); }

    QTemporaryDir m_dir;
    std::unique_ptr<Reducer> m_reducer;
    QDate m_day0;
};

void TestTimeSeries::initTestCase()
{
    StoreError error;
    m_reducer = Reducer::open(test::storeLocation(m_dir, QStringLiteral("series.db")), &error);
    QVERIFY(m_reducer);
    QVERIFY(m_reducer->ensureStore(&error));
    m_day0 = QDateTime::currentDateTimeUtc().date().addDays(-5);
    StoreSeeder s{*m_reducer};
    QVERIFY(s.send(cmd::OpenAccount{QStringLiteral("A-1"), QStringLiteral("Prairie Grain")}, Department::Finance, at(0, 8)));
    QVERIFY(s.send(cmd::OpenAccount{QStringLiteral("B-2"), QStringLiteral("Bison Feed")}, Department::Finance, at(0, 8)));
    QVERIFY(s.send(cmd::RegisterTruck{QStringLiteral("T-1"), 20000}, Department::Dispatch, at(0, 8)));
    QVERIFY(s.send(cmd::RegisterTruck{QStringLiteral("T-2"), 20000}, Department::Dispatch, at(0, 8)));
    // Day 0: three shipments come in.
    QVERIFY(s.shipment(QStringLiteral("S-1"), QStringLiteral("A-1"), 1000, at(0, 9)));
    QVERIFY(s.shipment(QStringLiteral("S-2"), QStringLiteral("A-1"), 2000, at(0, 10)));
    QVERIFY(s.shipment(QStringLiteral("S-3"), QStringLiteral("B-2"), 500, at(0, 11)));
    // Day 1: S-1 assigned and shipped, S-2 assigned.
    QVERIFY(s.send(cmd::AssignTruck{QStringLiteral("S-1"), QStringLiteral("T-1")}, Department::Dispatch, at(1, 9)));
    QVERIFY(s.send(cmd::ShipShipment{QStringLiteral("S-1")}, Department::Dispatch, at(1, 10)));
    QVERIFY(s.send(cmd::AssignTruck{QStringLiteral("S-2"), QStringLiteral("T-2")}, Department::Dispatch, at(1, 11)));
    // Day 2: quiet. Day 3: S-1 delivered (invoiced $280), S-3 cancelled, a $100 payment.
    QVERIFY(s.send(cmd::DeliverShipment{QStringLiteral("S-1"), QStringLiteral("Ann")}, Department::Dispatch, at(3, 9)));
    QVERIFY(s.send(cmd::CancelShipment{QStringLiteral("S-3"), QStringLiteral("customer called")}, Department::CustomerService, at(3, 10)));
    QVERIFY(s.send(cmd::PostPayment{QStringLiteral("A-1"), 10000, QStringLiteral("CHK-1")}, Department::Finance, at(3, 12)));
}

void TestTimeSeries::statusAtTheEndOfEachDay()
{
    TimeSeriesQueries ts(m_reducer->database().connection());
    const auto days = ts.shipmentsByStatus();
    QVERIFY2(ts.lastError().isEmpty(), qPrintable(ts.lastError()));
    // Day 0 through today (day 5), the quiet days included.
    QCOMPARE(int(days.size()), 6);
    QCOMPARE(days[0].day, day(0));
    const auto n = [&](int d, ShipmentStatus s) { return days[size_t(d)].counts[size_t(s)]; };
    QCOMPARE(n(0, ShipmentStatus::Submitted), 3);
    QCOMPARE(n(1, ShipmentStatus::Submitted), 1);
    QCOMPARE(n(1, ShipmentStatus::Assigned), 1);
    QCOMPARE(n(1, ShipmentStatus::OutForDelivery), 1);
    QCOMPARE(days[2].counts, days[1].counts);
    QCOMPARE(n(3, ShipmentStatus::Delivered), 1);
    QCOMPARE(n(3, ShipmentStatus::Cancelled), 1);
    QCOMPARE(n(3, ShipmentStatus::Assigned), 1);
    QCOMPARE(n(3, ShipmentStatus::Submitted), 0);
    QCOMPARE(n(3, ShipmentStatus::OutForDelivery), 0);
    QCOMPARE(days.back().counts, days[3].counts);
    // Every day accounts for every shipment submitted so far.
    for (const auto &d : days) {
        qint64 total = 0;
        for (qint64 c : d.counts)
            total += c;
        QCOMPARE(total, 3);
    }
}

void TestTimeSeries::deliveriesPerDay()
{
    TimeSeriesQueries ts(m_reducer->database().connection());
    const auto days = ts.deliveriesPerDay();
    QCOMPARE(int(days.size()), 3); // day 3, 4 and 5 (today)
    QCOMPARE(days[0].day, day(3));
    QCOMPARE(days[0].value, 1);
    QCOMPARE(days[1].value, 0);
}

void TestTimeSeries::revenueAndReceivables()
{
    TimeSeriesQueries ts(m_reducer->database().connection());
    const auto revenue = ts.revenuePerDay();
    QCOMPARE(revenue.front().day, day(3));
    QCOMPARE(revenue.front().value, 1000 * standingCentsPerLb);
    const auto owed = ts.receivables();
    QCOMPARE(owed.front().day, day(3));
    QCOMPARE(owed.front().value, 1000 * standingCentsPerLb - 10000);
    QCOMPARE(owed.back().value, owed.front().value); // carried to today
}

void TestTimeSeries::oneAccountsReceivables()
{
    TimeSeriesQueries ts(m_reducer->database().connection());
    QVERIFY(ts.receivables(QStringLiteral("B-2")).empty());
    QCOMPARE(ts.receivables(QStringLiteral("A-1")).front().value, 1000 * standingCentsPerLb - 10000);
}

void TestTimeSeries::asOfStopsAtTheShownMoment()
{
    ReadModelQueries q(m_reducer->database().connection());
    const auto moment = q.resolveAsOf(at(1, 10) + 1); // after S-1 shipped, before S-2 assigned
    QVERIFY(moment);
    TimeSeriesQueries ts(m_reducer->database().connection());
    const auto days = ts.shipmentsByStatus(&*moment);
    QCOMPARE(int(days.size()), 2);
    QCOMPARE(days.back().day, day(1));
    QCOMPARE(days.back().counts[size_t(ShipmentStatus::Submitted)], 2);
    QCOMPARE(days.back().counts[size_t(ShipmentStatus::OutForDelivery)], 1);
    QCOMPARE(days.back().counts[size_t(ShipmentStatus::Assigned)], 0);
    QVERIFY(ts.deliveriesPerDay(&*moment).empty());
    QVERIFY(ts.revenuePerDay({}, &*moment).empty());
}

void TestTimeSeries::emptyStoreHasNoDays()
{
    StoreError error;
    auto empty = Reducer::open(test::storeLocation(m_dir, QStringLiteral("empty.db")), &error);
    QVERIFY(empty && empty->ensureStore(&error));
    TimeSeriesQueries ts(empty->database().connection());
    QVERIFY(ts.shipmentsByStatus().empty());
    QVERIFY(ts.deliveriesPerDay().empty());
    QVERIFY(ts.receivables().empty());
}

QTEST_GUILESS_MAIN(TestTimeSeries)
#include "tst_timeseries.moc"
