// One text search over shipments: the same text finds the same shipments live (SQL), as of a
// position (SQL over row versions) and as of a moment with events recorded late (in memory).

#include "fixtures.h"

#include "readmodel/queries.h"
#include "reducer/reducer.h"

#include <QTemporaryDir>
#include <QTest>

#include "teststore.h"

using namespace hs;
using namespace fixtures;

class TestShipmentSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<Reducer> reducer;

    void run(const QString &id, Command c, qint64 issuedAt)
    {
        const auto outcome = reducer->submit(command(id, std::move(c), issuedAt));
        QVERIFY(!outcome.failure);
        QVERIFY2(outcome.results.front().accepted, qPrintable(id));
    }

    static Address party(const QString &name, const QString &city)
    {
        Address a = address(city);
        a.name = name;
        return a;
    }

    void ship(const QString &id, const QString &account, const Address &pickup, const QString &destination, qint64 issuedAt)
    {
        run(QStringLiteral("c-") + id, cmd::SubmitShipment{id, account, pickup, address(destination), 100}, issuedAt);
    }

    static QStringList idsOf(const std::vector<ShipmentView> &shipments)
    {
        QStringList ids;
        for (const ShipmentView &s : shipments)
            ids << s.shipmentId;
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        StoreError error;
        reducer = Reducer::open(test::storeLocation(dir, QStringLiteral("search.db")), &error);
        QVERIFY2(reducer && reducer->ensureStore(&error), qPrintable(error.message));
        const std::pair<const char *, const char *> accounts[] = {
            {"A-1", "Wheatland Co-op"}, {"A-2", "Prairie Feed & Seed"}, {"A-3", "Grain 5% Co"},
            {"A-4", "Grain 50 Co"},     {"A-5", "Mill_Works"},          {"A-6", "MillsWorks"},
        };
        for (const auto &[id, name] : accounts)
            run(QStringLiteral("c-open-%1").arg(QLatin1String(id)), cmd::OpenAccount{QLatin1String(id), QLatin1String(name)}, at(0));
        // S-1's pickup party is named like A-2, S-2's like A-1: a name search finds the account's
        // own shipments, not other accounts' parties.
        ship(QStringLiteral("S-1"), QStringLiteral("A-1"), party(QStringLiteral("Prairie Feed & Seed"), QStringLiteral("Omaha")),
             QStringLiteral("Lincoln"), at(1));
        ship(QStringLiteral("S-2"), QStringLiteral("A-2"), party(QStringLiteral("Wheatland Elevator"), QStringLiteral("Salina")),
             QStringLiteral("Hays"), at(1));
        ship(QStringLiteral("S-3"), QStringLiteral("A-3"), party(QStringLiteral("Dock"), QStringLiteral("Topeka")), QStringLiteral("Hays"), at(2));
        ship(QStringLiteral("S-4"), QStringLiteral("A-4"), party(QStringLiteral("Dock"), QStringLiteral("Topeka")), QStringLiteral("Hays"), at(2));
        ship(QStringLiteral("S-5"), QStringLiteral("A-5"), party(QStringLiteral("Dock"), QStringLiteral("Topeka")), QStringLiteral("Hays"), at(3));
        ship(QStringLiteral("S-6"), QStringLiteral("A-6"), party(QStringLiteral("Dock"), QStringLiteral("Topeka")), QStringLiteral("Hays"), at(3));
        run(QStringLiteral("c-truck"), cmd::RegisterTruck{QStringLiteral("T-9"), 40000}, at(10));
        // Recorded after the truck but issued before it: history out of order.
        ship(QStringLiteral("S-9"), QStringLiteral("A-1"), party(QStringLiteral("Dock"), QStringLiteral("Omaha")), QStringLiteral("Wichita"), at(4));
    }

    void theSameTextFindsTheSameShipmentsLiveAndAsOf_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("account name") << QStringLiteral("Wheatland") << QStringList{QStringLiteral("S-1"), QStringLiteral("S-9")};
        QTest::newRow("another account's name") << QStringLiteral("prairie") << QStringList{QStringLiteral("S-2")};
        QTest::newRow("percent is a plain character") << QStringLiteral("5%") << QStringList{QStringLiteral("S-3")};
        QTest::newRow("underscore is a plain character") << QStringLiteral("l_W") << QStringList{QStringLiteral("S-5")};
        QTest::newRow("destination city, any case") << QStringLiteral("WICHITA") << QStringList{QStringLiteral("S-9")};
        QTest::newRow("pickup city") << QStringLiteral("Salina") << QStringList{QStringLiteral("S-2")};
        QTest::newRow("shipment id") << QStringLiteral("S-2") << QStringList{QStringLiteral("S-2")};
        QTest::newRow("account id") << QStringLiteral("A-4") << QStringList{QStringLiteral("S-4")};
        QTest::newRow("a party's street is not searched") << QStringLiteral("Elevator Rd") << QStringList{};
        QTest::newRow("everything") << QString() << QStringList{QStringLiteral("S-1"), QStringLiteral("S-2"), QStringLiteral("S-3"),
                                                                QStringLiteral("S-4"), QStringLiteral("S-5"), QStringLiteral("S-6"),
                                                                QStringLiteral("S-9")};
    }

    void theSameTextFindsTheSameShipmentsLiveAndAsOf()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        ReadModelQueries q(reducer->database().connection());
        ShipmentQuery query;
        query.text = text;
        const auto withLate = q.resolveAsOf(at(5));
        QVERIFY(withLate);
        QVERIFY2(withLate->hasLate, "as of minute 5 the late shipment S-9 is answered in memory");
        const AsOf atHead = q.atPosition(reducer->headPosition());
        QCOMPARE(idsOf(q.shipments(query)), expected);
        QCOMPARE(idsOf(q.shipments(query, &atHead)), expected);
        QCOMPARE(idsOf(q.shipments(query, &*withLate)), expected);
        QCOMPARE(q.shipmentCount(query, &*withLate), qint64(expected.size()));
    }
};

QTEST_GUILESS_MAIN(TestShipmentSearch)
#include "tst_shipmentsearch.moc"
