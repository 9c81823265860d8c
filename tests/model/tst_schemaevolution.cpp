#include "codec/catalog.h"
#include "explore/chain.h"
#include "readmodel/queries.h"
#include "reducer/reducer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;

// tests/data/v1-store.db holds PricingRuleScheduled events as version 1 wrote them
// ({"dollarsPerLb":"0.31","minimumDollars":"25.00"}); everything must read them as version 2.
class TestSchemaEvolution : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QString path;

    QByteArray haulctl(const QStringList &args, int *exitCode = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(HS_HAULCTL), QStringList{QStringLiteral("--db"), path} + args);
        if (!p.waitForFinished(60000))
            qFatal("haulctl did not finish");
        if (exitCode)
            *exitCode = p.exitCode();
        return p.readAllStandardOutput();
    }
    std::vector<QJsonObject> ruleEvents(const QByteArray &jsonLines)
    {
        std::vector<QJsonObject> out;
        for (const QByteArray &line : jsonLines.split('\n'))
            if (!line.isEmpty())
                out.push_back(QJsonDocument::fromJson(line).object());
        return out;
    }

private Q_SLOTS:
    void init()
    {
        // A copy: opening a store may write to it, and the committed file must stay as it is.
        path = dir.filePath(QStringLiteral("v1-store.db"));
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(HS_TEST_DATA) + QStringLiteral("/v1-store.db"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void theFixtureReallyHoldsVersion1()
    {
        StoreError error;
        auto db = Database::open(path, Database::Mode::ReadOnly, &error);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT schema_version, data FROM events WHERE type = 'PricingRuleScheduled' ORDER BY position")));
        QList<int> versions;
        while (q.next()) {
            versions << q.value(0).toInt();
            if (q.value(0).toInt() == 1)
                QVERIFY(q.value(1).toString().contains(u"\"dollarsPerLb\":\"0.3"));
        }
        QCOMPARE(versions, QList<int>({1, 1, 2}));
    }

    void verifyPassesOnRawVersion1Data()
    {
        StoreError error;
        auto r = Reducer::open(path, &error);
        QVERIFY(r);
        QCOMPARE(r->events().verifyChain(), QStringList());
        QCOMPARE(r->verify(), QStringList());
        int code = -1;
        const QJsonObject out = QJsonDocument::fromJson(haulctl({QStringLiteral("verify")}, &code)).object();
        QCOMPARE(code, 0);
        QCOMPARE(out.value(u"ok").toBool(), true);
    }

    void readModelsPriceWithTheVersion1Rules()
    {
        StoreError error;
        auto r = Reducer::open(path, &error);
        QVERIFY(r);
        ReadModelQueries q(r->database().connection());
        // 1000 lb at "0.31" dollars a pound; 50 lb falls to the "25.00" minimum; February's "0.35".
        QCOMPARE(q.shipment(QStringLiteral("S-1"))->priceCents, 31000);
        QCOMPARE(q.shipment(QStringLiteral("S-2"))->priceCents, 2500);
        QCOMPARE(q.shipment(QStringLiteral("S-3"))->priceCents, 35000);
        QCOMPARE(q.shipment(QStringLiteral("S-4"))->priceCents, 40000); // the version-2 rule
        QCOMPARE(q.account(QStringLiteral("A-1"))->invoicedCents, 31000);

        // A rebuild goes through the upcaster too and lands on the same views.
        QVERIFY(r->rebuild(&error));
        QCOMPARE(q.shipment(QStringLiteral("S-2"))->priceCents, 2500);

        // And the reducer's own pricing: a new shipment in February gets February's v1 rule.
        auto outcome = r->submit({parseCommandLine(
            R"({"commandId":"s5","type":"SubmitShipment","issuedAt":"2026-02-15T08:00:00Z","actor":{"user":"carla","department":"customer-service"},"data":{"shipmentId":"S-5","accountId":"A-1","pickup":{"name":"A","line1":"1 A St","city":"Salina","state":"KS","zip":"67401"},"destination":{"name":"B","line1":"2 B St","city":"Omaha","state":"NE","zip":"68102"},"weightLb":100}})")});
        QVERIFY(!outcome.failure && outcome.results.front().accepted);
        QCOMPARE(q.shipment(QStringLiteral("S-5"))->priceCents, 4050); // minimum "40.5" dollars
    }

    void eventsReadAsVersion2Everywhere()
    {
        StoreError error;
        auto r = Reducer::open(path, &error);
        QVERIFY(r);
        int rules = 0;
        r->events().forEach({QString(), QStringLiteral("PricingRuleScheduled")}, [&](const RecordedEvent &e) {
            ++rules;
            [&] {
                QCOMPARE(e.schemaVersion, 2);
                const QJsonObject data = QJsonDocument::fromJson(e.data).object();
                QVERIFY(data.contains(u"centsPerLb"));
                QVERIFY(!data.contains(u"dollarsPerLb"));
            }();
            return true;
        });
        QCOMPARE(rules, 3);

        // haulctl events: the export format (JSON Lines) and the text timeline.
        const auto lines = ruleEvents(haulctl({QStringLiteral("events"), QStringLiteral("--type"), QStringLiteral("PricingRuleScheduled")}));
        QCOMPARE(lines.size(), size_t(3));
        const QJsonObject jan = lines[0];
        QCOMPARE(jan.value(u"schemaVersion").toInt(), 2);
        QCOMPARE(jan.value(u"data").toObject().value(u"centsPerLb").toInt(), 31);
        QCOMPARE(jan.value(u"data").toObject().value(u"minimumCents").toInt(), 2500);
        QCOMPARE(jan.value(u"data").toObject().value(u"effectiveFrom").toString(), QStringLiteral("2026-01-05T00:00:00.000Z"));
        QCOMPARE(lines[1].value(u"data").toObject().value(u"minimumCents").toInt(), 4050);
        const QByteArray text = haulctl({QStringLiteral("events"), QStringLiteral("--stream"),
                                         jan.value(u"streamId").toString(), QStringLiteral("--format"), QStringLiteral("text")});
        QVERIFY2(text.contains("\"centsPerLb\":31"), text.constData());
        QVERIFY(!text.contains("dollars"));

        // The chain shows the event's data in today's shape too.
        ReadModelQueries q(r->database().connection());
        const auto chain = buildChain(r->events(), QStringLiteral("v1-rule-jan"));
        QVERIFY(chain);
        bool sawEvent = false;
        for (const ChainNode &n : chain->nodes)
            if (n.kind == ChainNode::Kind::Event) {
                sawEvent = true;
                QCOMPARE(n.type, QStringLiteral("PricingRuleScheduled"));
                QVERIFY2(n.data.contains("\"centsPerLb\":31"), n.data.constData());
            }
        QVERIFY(sawEvent);
        const QJsonObject chainOut = QJsonDocument::fromJson(haulctl({QStringLiteral("chain"), QStringLiteral("v1-rule-jan")})).object();
        QCOMPARE(chainOut.value(u"nodes").toArray().size(), 2);
    }

    void theCatalogKnowsBothVersions()
    {
        StoreError error;
        auto db = Database::open(path, Database::Mode::ReadOnly, &error);
        auto catalog = eventCatalog();
        countStored(catalog, db->connection());
        for (const CatalogEntry &e : catalog)
            if (e.type == u"PricingRuleScheduled") {
                QCOMPARE(e.schemaVersion, 2);
                QCOMPARE(e.storedVersions, QList<int>({1, 2}));
                QCOMPARE(e.count, 3);
            }
        const QJsonArray json = QJsonDocument::fromJson(haulctl({QStringLiteral("catalog")})).array();
        bool found = false;
        for (const auto &v : json)
            if (v.toObject().value(u"type").toString() == u"PricingRuleScheduled") {
                found = true;
                QCOMPARE(v.toObject().value(u"schemaVersion").toInt(), 2);
                QCOMPARE(v.toObject().value(u"count").toInt(), 3);
            }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestSchemaEvolution)
#include "tst_schemaevolution.moc"
