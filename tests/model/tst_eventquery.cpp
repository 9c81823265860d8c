#include "explore/eventquery.h"
#include "explore/eventtimeline.h"
#include "historyfixture.h"
#include "reducer/commandresult.h"
#include "teststore.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;
using historyfixture::minute;

class TestEventQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesByKeysetInBothOrders();
    void filtersCombine_data();
    void filtersCombine();
    void countStopsAtItsCap();
    void asOfHidesLaterEvents();
    void actionsGroupByCorrelation();
    void stateAroundShowsTheChangedFields();
    void stateAroundACreationHasNoBefore();
    void exportWritesWhatHaulctlPrints();
    void recentActionsFindTheLatestDelivery();
    void timelineReadsAsTheContractShowsIt();

private:
    std::vector<qint64> positions(const EventFilter &f, int limit = 100);

    QTemporaryDir m_dir;
    std::unique_ptr<Reducer> m_reducer;
    std::unique_ptr<EventQuery> m_query;
};

void TestEventQuery::initTestCase()
{
    StoreError error;
    m_reducer = Reducer::open(test::storeLocation(m_dir, QStringLiteral("store.db")), &error);
    QVERIFY2(m_reducer, qPrintable(error.message));
    QVERIFY(historyfixture::fill(*m_reducer));
    m_query = std::make_unique<EventQuery>(m_reducer->events());
}

std::vector<qint64> TestEventQuery::positions(const EventFilter &f, int limit)
{
    std::vector<qint64> out;
    for (const RecordedEvent &e : m_query->page({f, 0, limit}).events)
        out.push_back(e.position);
    return out;
}

void TestEventQuery::pagesByKeysetInBothOrders()
{
    EventFilter f;
    EventPage p = m_query->page({f, 0, 3});
    QCOMPARE(p.events.size(), 3u);
    QCOMPARE(p.events.front().position, 8);
    QCOMPARE(p.last, 6);
    QVERIFY(!p.atEnd);
    p = m_query->page({f, p.last, 3});
    QCOMPARE(p.events.front().position, 5);
    p = m_query->page({f, p.last, 3});
    QCOMPARE(p.events.size(), 2u);
    QVERIFY(p.atEnd);

    f.order = EventFilter::Order::OldestFirst;
    QCOMPARE(positions(f, 2), (std::vector<qint64>{1, 2}));
    QCOMPARE(m_query->page({f, 6, 10}).events.front().position, 7);
}

void TestEventQuery::filtersCombine_data()
{
    QTest::addColumn<QString>("stream");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("department");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("fromMinute");
    QTest::addColumn<int>("toMinute");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("expected"); // newest first

    QTest::newRow("stream") << "shipment-S-1" << "" << "" << "" << -1 << -1 << "" << QList<qint64>{6, 5, 4, 3};
    QTest::newRow("type") << "" << "ShipmentAssigned" << "" << "" << -1 << -1 << "" << QList<qint64>{4};
    QTest::newRow("department") << "" << "" << "dispatch" << "" << -1 << -1 << "" << QList<qint64>{6, 5, 4, 2};
    QTest::newRow("listeners are system") << "" << "" << "system" << "" << -1 << -1 << "" << QList<qint64>{7};
    QTest::newRow("actor") << "" << "" << "" << "cara" << -1 << -1 << "" << QList<qint64>{3};
    QTest::newRow("time range") << "" << "" << "" << "" << 3 << 4 << "" << QList<qint64>{5, 4};
    QTest::newRow("text in data") << "" << "" << "" << "" << -1 << -1 << "Pat Doe" << QList<qint64>{6};
    QTest::newRow("text is literal") << "" << "" << "" << "" << -1 << -1 << "%" << QList<qint64>{};
    QTest::newRow("department and text") << "" << "" << "dispatch" << "" << -1 << -1 << "T-7" << QList<qint64>{6, 5, 4, 2};
    QTest::newRow("type and text") << "" << "ShipmentShipped" << "" << "" << -1 << -1 << "T-7" << QList<qint64>{5};
    QTest::newRow("nothing matches") << "" << "ShipmentCancelled" << "dispatch" << "" << -1 << -1 << "" << QList<qint64>{};
}

void TestEventQuery::filtersCombine()
{
    QFETCH(QString, stream);
    QFETCH(QString, type);
    QFETCH(QString, department);
    QFETCH(QString, actor);
    QFETCH(int, fromMinute);
    QFETCH(int, toMinute);
    QFETCH(QString, text);
    QFETCH(QList<qint64>, expected);
    EventFilter f;
    f.streamId = stream;
    f.type = type;
    if (!department.isEmpty())
        f.department = departmentFromName(department);
    f.actorUser = actor;
    if (fromMinute >= 0)
        f.from = minute(fromMinute);
    if (toMinute >= 0)
        f.to = minute(toMinute);
    f.text = text;
    const auto got = positions(f);
    QCOMPARE(QList<qint64>(got.begin(), got.end()), expected);
    QCOMPARE(m_query->count(f).count, expected.size());
}

void TestEventQuery::countStopsAtItsCap()
{
    QCOMPARE(m_query->count({}).count, 8);
    EventFilter dispatch;
    dispatch.department = Department::Dispatch;
    const EventCount c = m_query->count(dispatch, nullptr, 2);
    QCOMPARE(c.count, 2);
    QVERIFY(!c.exact);
    QVERIFY(m_query->count(dispatch, nullptr, 4).exact);
}

void TestEventQuery::asOfHidesLaterEvents()
{
    ReadModelQueries queries(m_reducer->database().connection());
    const auto at = queries.resolveAsOf(minute(3));
    QVERIFY(at);
    const EventPage p = m_query->page({{}, 0, 100}, &*at);
    QCOMPARE(p.events.size(), 4u);
    QCOMPARE(p.events.front().position, 4);
    QCOMPARE(m_query->count({}, &*at).count, 4);
    EventFilter dispatch;
    dispatch.department = Department::Dispatch;
    QCOMPARE(m_query->count(dispatch, &*at).count, 2);
}

void TestEventQuery::actionsGroupByCorrelation()
{
    ActionPage p = m_query->actions({{}, 0, 2});
    QCOMPARE(p.actions.size(), 2u);
    QVERIFY(!p.atEnd);
    QCOMPARE(p.actions[0].correlationId, QStringLiteral("c7"));
    const BusinessAction &delivery = p.actions[1];
    QCOMPARE(delivery.correlationId, QStringLiteral("c6"));
    QCOMPARE(delivery.commandType, QStringLiteral("DeliverShipment"));
    QCOMPARE(delivery.actor.user, QStringLiteral("dan"));
    QCOMPARE(delivery.at, minute(5));
    QCOMPARE(delivery.eventCount, 2);
    QCOMPARE(delivery.events[1].type(), QStringLiteral("AccountInvoiced"));

    p = m_query->actions({{}, p.last, 2});
    QCOMPARE(p.actions[0].correlationId, QStringLiteral("c5"));
    QCOMPARE(p.actions[1].correlationId, QStringLiteral("c4"));

    // A filter picks the actions with a matching event, each still counting all its events.
    EventFilter invoices;
    invoices.type = QStringLiteral("AccountInvoiced");
    p = m_query->actions({invoices, 0, 10});
    QCOMPARE(p.actions.size(), 1u);
    QVERIFY(p.atEnd);
    QCOMPARE(p.actions[0].eventCount, 2);

    EventFilter oldest;
    oldest.order = EventFilter::Order::OldestFirst;
    p = m_query->actions({oldest, 0, 100});
    QCOMPARE(p.actions.size(), 7u); // c8 was rejected: no event, no action
    QCOMPARE(p.actions.front().correlationId, QStringLiteral("c1"));
}

void TestEventQuery::stateAroundShowsTheChangedFields()
{
    const auto changes = m_query->stateAround(4); // ShipmentAssigned S-1 -> T-7
    QCOMPARE(changes.size(), 2u);
    const EntityChange &shipment = changes[0];
    QCOMPARE(shipment.kind, QStringLiteral("shipment"));
    QVERIFY(shipment.existedBefore);
    QCOMPARE(shipment.changedFields(), (QStringList{"status", "truckId", "version"}));
    const EntityChange &truck = changes[1];
    QCOMPARE(truck.kind, QStringLiteral("truck"));
    QCOMPARE(truck.id, QStringLiteral("T-7"));
    QCOMPARE(truck.changedFields(), (QStringList{"state", "shipmentId"}));
    QCOMPARE(truck.before[2].value, QStringLiteral("available"));
    QCOMPARE(truck.after[2].value, QStringLiteral("assigned"));

    const auto invoice = m_query->stateAround(7);
    QCOMPARE(invoice.size(), 1u);
    QCOMPARE(invoice[0].changedFields(), (QStringList{"invoicedCents", "balanceCents"}));
    QCOMPARE(invoice[0].after[4].value, QStringLiteral("-28000"));
}

void TestEventQuery::stateAroundACreationHasNoBefore()
{
    const auto opened = m_query->stateAround(1);
    QCOMPARE(opened.size(), 1u);
    QVERIFY(!opened[0].existedBefore);
    QVERIFY(opened[0].before.empty());
    QCOMPARE(opened[0].changedFields().size(), 5);
    QVERIFY(m_query->stateAround(99).empty());
}

void TestEventQuery::exportWritesWhatHaulctlPrints()
{
    EventFilter f;
    f.streamId = QStringLiteral("shipment-S-1");
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QCOMPARE(m_query->exportJsonLines(f, out), 4);
    const QList<QByteArray> lines = out.data().split('\n');
    QCOMPARE(lines.size(), 5); // the last line ends with a newline
    QCOMPARE(lines[0], eventJson(*m_reducer->events().byPosition(3)));
    QCOMPARE(lines[3], eventJson(*m_reducer->events().byPosition(6)));
}

void TestEventQuery::recentActionsFindTheLatestDelivery()
{
    const auto recent = m_query->recentActions(3);
    QCOMPARE(recent.size(), 3u);
    QCOMPARE(recent[0].commandId, QStringLiteral("c8"));
    QCOMPARE(recent[0].status, QStringLiteral("rejected"));
    const auto deliveries = m_query->recentActions(1, QStringLiteral("DeliverShipment"));
    QCOMPARE(deliveries.size(), 1u);
    QCOMPARE(deliveries[0].commandId, QStringLiteral("c6"));
    QCOMPARE(m_query->streams(QStringLiteral("ship")), QStringList{"shipment-S-1"});
}

void TestEventQuery::timelineReadsAsTheContractShowsIt()
{
    StreamTimeline t;
    m_reducer->events().forEach({}, [&](const RecordedEvent &e) { t.add(e); return true; });
    const QStringList lines = t.lines();
    QCOMPARE(lines.size(), 8);
    // Streams in the order they began: account (1, 7, 8), truck (2), shipment (3..6).
    QVERIFY(lines[0].startsWith(QStringLiteral("account-ACME  v1  2026-01-05T10:00:00.000Z  AccountOpened  {")));
    QVERIFY(lines[1].startsWith(QStringLiteral("account-ACME  v2  ")));
    QCOMPARE(lines[4], QStringLiteral("shipment-S-1  v1  2026-01-05T10:02:00.000Z  ShipmentSubmitted  %1")
                           .arg(QString::fromUtf8(m_reducer->events().byPosition(3)->data)));
    QCOMPARE(lines[5], QStringLiteral("shipment-S-1  v2  2026-01-05T10:03:00.000Z  ShipmentAssigned  "
                                      "{\"shipmentId\":\"S-1\",\"truckId\":\"T-7\",\"previousTruckId\":null}"));
}

QTEST_GUILESS_MAIN(TestEventQuery)
#include "tst_eventquery.moc"
