// tests/data/release1-store.db was written by the release before the operations-depth work
// (store schema 3; AccountOpened, ShipmentSubmitted and AccountInvoiced at version 1). Today's
// Haulstream opens it, brings its read models up, verifies it and answers the new views from it.

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

class TestRelease1Store : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QString path;

    QJsonValue haulctl(const QStringList &args, int *exitCode = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(HS_HAULCTL), QStringList{QStringLiteral("--db"), path} + args);
        if (!p.waitForFinished(60000))
            qFatal("haulctl did not finish");
        if (exitCode)
            *exitCode = p.exitCode();
        const QJsonDocument d = QJsonDocument::fromJson(p.readAllStandardOutput());
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }
    static QString compact(const QJsonValue &v)
    {
        return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    // What the dashboard does on opening it: the writer brings an older store up.
    void upgrade()
    {
        StoreError error;
        QVERIFY(Reducer::open(path, &error));
    }
    static QString compact(const char *json) { return compact(QJsonDocument::fromJson(json).isArray() ? QJsonValue(QJsonDocument::fromJson(json).array()) : QJsonValue(QJsonDocument::fromJson(json).object())); }

private Q_SLOTS:
    void init()
    {
        // A copy: opening a store may write to it, and the committed file must stay as it is.
        path = dir.filePath(QStringLiteral("release1-store.db"));
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(HS_TEST_DATA) + QStringLiteral("/release1-store.db"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void theFixtureIsTheOldRelease()
    {
        StoreError error;
        auto db = Database::open(path, Database::Mode::ReadOnly, &error);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT schema_version FROM events WHERE type IN "
                                      "('AccountOpened', 'ShipmentSubmitted', 'AccountInvoiced')")));
        QList<int> versions;
        while (q.next())
            versions << q.value(0).toInt();
        QCOMPARE(versions, QList<int>{1});
    }

    void readersWaitForAWriterToUpgrade()
    {
        // haulctl's readers never write: they say what brings the store up instead of answering.
        int code = -1;
        haulctl({QStringLiteral("query"), QStringLiteral("accounts")}, &code);
        QCOMPARE(code, 1);
        const QJsonObject verified = haulctl({QStringLiteral("verify")}, &code).toObject();
        QCOMPARE(code, 1);
        QVERIFY(verified.value(u"problems").toArray().first().toString().contains(u"older version"));
    }

    void opensUpgradesAndVerifies()
    {
        int code = -1;
        const QJsonObject rebuilt = haulctl({QStringLiteral("rebuild")}, &code).toObject();
        QCOMPARE(code, 0);
        QCOMPARE(rebuilt.value(u"events").toInt(), 28);
        const QJsonValue out = haulctl({QStringLiteral("verify")}, &code);
        QCOMPARE(compact(out), compact(R"({"ok":true,"problems":[]})"));
        QCOMPARE(code, 0);
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(HS_TEST_DATA) + QStringLiteral("/release1-store.db"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        // Opened by a writer (as the dashboard does): upgraded on the spot.
        StoreError error;
        auto r = Reducer::open(path, &error);
        QVERIFY(r);
        QCOMPARE(r->verify(), QStringList());
    }

    void aCorrelationIsFoundWhole()
    {
        upgrade();
        // Schema 7 indexes only listeners' rows by correlation; the delivery's own event and
        // log entry come through the command log, the invoice's through that index.
        int code = -1;
        const QJsonObject chain = haulctl({QStringLiteral("chain"), QStringLiteral("r1-d2")}, &code).toObject();
        QCOMPARE(code, 0);
        QStringList nodes;
        for (const QJsonValue &n : chain.value(u"nodes").toArray())
            nodes << n.toObject().value(u"type").toString();
        QCOMPARE(nodes, (QStringList{QStringLiteral("DeliverShipment"), QStringLiteral("ShipmentDelivered"),
                                     QStringLiteral("InvoiceAccount"), QStringLiteral("AccountInvoiced")}));
        QProcess events;
        events.start(QStringLiteral(HS_HAULCTL), {QStringLiteral("--db"), path, QStringLiteral("events"),
                                                  QStringLiteral("--correlation"), QStringLiteral("r1-d2")});
        QVERIFY(events.waitForFinished(60000));
        QList<int> positions;
        for (const QByteArray &line : events.readAllStandardOutput().split('\n'))
            if (!line.isEmpty())
                positions << QJsonDocument::fromJson(line).object().value(u"position").toInt();
        QCOMPARE(positions, (QList<int>{13, 14}));
        StoreError error;
        auto db = Database::open(path, Database::Mode::ReadOnly, &error);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master "
                                      "WHERE name LIKE '%correlation' ORDER BY name)")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("commands_listener_correlation events_listener_correlation"));
    }

    void accountsGainCreditTermsAndExposure()
    {
        upgrade();
        // A-1 owes S-1's remaining $80 and S-2's $560, and has S-5 ($224) booked;
        // A-2 is in credit ($360 after a bounced cheque) with S-4 ($840) on a broken truck.
        QCOMPARE(compact(haulctl({QStringLiteral("query"), QStringLiteral("accounts")})),
                 compact(R"([{"accountId":"A-1","name":"Prairie Mills","invoicedCents":84000,"paidCents":20000,"balanceCents":-64000,)"
                         R"("creditLimitCents":null,"termsDays":30,"onHold":false,"exposureCents":86400,"openCents":64000},)"
                         R"({"accountId":"A-2","name":"Great Plains Co-op","invoicedCents":14000,"paidCents":50000,"balanceCents":36000,)"
                         R"("creditLimitCents":null,"termsDays":30,"onHold":false,"exposureCents":84000,"openCents":0}])"));
    }

    void invoicesAreDueThirtyDaysAfterAndPaidOldestFirst()
    {
        upgrade();
        QCOMPARE(compact(haulctl({QStringLiteral("query"), QStringLiteral("invoices"), QStringLiteral("A-1")})),
                 compact(R"([{"shipmentId":"S-1","invoicedAt":"2026-01-06T15:00:00.000Z","dueAt":"2026-02-05T15:00:00.000Z",)"
                         R"("amountCents":28000,"paidCents":20000,"writtenOffCents":0,"openCents":8000,"status":"open"},)"
                         R"({"shipmentId":"S-2","invoicedAt":"2026-01-21T15:00:00.000Z","dueAt":"2026-02-20T15:00:00.000Z",)"
                         R"("amountCents":56000,"paidCents":0,"writtenOffCents":0,"openCents":56000,"status":"open"}])"));
        // Before the cheque came: nothing paid.
        const QJsonArray before = haulctl({QStringLiteral("query"), QStringLiteral("invoices"), QStringLiteral("A-1"),
                                           QStringLiteral("--as-of"), QStringLiteral("2026-02-01T00:00:00Z")}).toArray();
        QCOMPARE(before.size(), 2);
        QCOMPARE(before[0][u"paidCents"].toInt(), 0);
        // A-2's reversed cheque counts as never posted: S-3 is closed by the $500 ACH.
        const QJsonArray a2 = haulctl({QStringLiteral("query"), QStringLiteral("invoices"), QStringLiteral("A-2")}).toArray();
        QCOMPARE(a2.size(), 1);
        QCOMPARE(a2[0][u"status"].toString(), QStringLiteral("closed"));
        int code = -1;
        haulctl({QStringLiteral("query"), QStringLiteral("invoices"), QStringLiteral("A-9")}, &code);
        QCOMPARE(code, 3);
    }

    void agingMovesWithTheMoment()
    {
        upgrade();
        QCOMPARE(compact(haulctl({QStringLiteral("query"), QStringLiteral("aging"), QStringLiteral("--as-of"), QStringLiteral("2026-03-15T00:00:00Z")})),
                 compact(R"([{"accountId":"A-1","name":"Prairie Mills","currentCents":0,"days1To30Cents":56000,)"
                         R"("days31To60Cents":8000,"days61To90Cents":0,"over90Cents":0,"openCents":64000}])"));
        QCOMPARE(compact(haulctl({QStringLiteral("query"), QStringLiteral("aging"), QStringLiteral("--as-of"), QStringLiteral("2026-02-01T00:00:00Z")})),
                 compact(R"([{"accountId":"A-1","name":"Prairie Mills","currentCents":84000,"days1To30Cents":0,)"
                         R"("days31To60Cents":0,"days61To90Cents":0,"over90Cents":0,"openCents":84000}])"));
    }

    void lookupFindsShipmentsByTheAccountsName()
    {
        upgrade();
        StoreError error;
        auto db = Database::open(path, Database::Mode::ReadOnly, &error);
        QVERIFY(db);
        ReadModelQueries q(db->connection());
        ShipmentQuery byName;
        byName.text = QStringLiteral("great plains");
        QStringList ids;
        for (const ShipmentView &s : q.shipments(byName))
            ids << s.shipmentId;
        QCOMPARE(ids, (QStringList{"S-3", "S-4"}));
        // Version-1 shipments carry no customer reference: none matches one.
        int code = -1;
        QCOMPARE(compact(haulctl({QStringLiteral("query"), QStringLiteral("shipments"), QStringLiteral("--reference"), QStringLiteral("PO")}, &code)),
                 QStringLiteral("[]"));
        QCOMPARE(code, 0);
        haulctl({QStringLiteral("query"), QStringLiteral("trucks"), QStringLiteral("--reference"), QStringLiteral("PO")}, &code);
        QCOMPARE(code, 2);
    }

    void referenceSearchIgnoresCaseAndTakesWildcardsLiterally()
    {
        upgrade();
        StoreError error;
        auto db = Database::open(path, Database::Mode::ReadWrite, &error);
        QVERIFY(db);
        // Today's SubmitShipment cannot carry a reference yet: set one on the row itself.
        QSqlQuery set(db->connection());
        QVERIFY(set.exec(QStringLiteral("UPDATE rm_shipment_facts SET customer_reference = 'PO-77-A%' WHERE shipment_id = 'S-4'")));
        ReadModelQueries q(db->connection());
        const auto found = [&](const QString &reference) {
            ShipmentQuery f;
            f.reference = reference;
            QStringList ids;
            for (const ShipmentView &s : q.shipments(f))
                ids << s.shipmentId;
            return ids;
        };
        QCOMPARE(found(QStringLiteral("po-77")), QStringList{"S-4"});
        QCOMPARE(found(QStringLiteral("-A%")), QStringList{"S-4"});
        QCOMPARE(found(QStringLiteral("77_A")), QStringList()); // '_' is a character, not "any"
        QCOMPARE(found(QStringLiteral("PO%A")), QStringList()); // '%' too
        QCOMPARE(q.shipment(QStringLiteral("S-4"))->customerReference, QStringLiteral("PO-77-A%"));
    }

    void atRiskFlagsTheBrokenTruck()
    {
        upgrade();
        QCOMPARE(compact(haulctl({QStringLiteral("query"), QStringLiteral("at-risk")})),
                 compact(R"([{"shipmentId":"S-4","accountId":"A-2","status":"out_for_delivery","truckId":"T-2",)"
                         R"("reason":"truck_out_of_service","since":"2026-02-02T14:30:00.000Z"}])"));
        QCOMPARE(compact(haulctl({QStringLiteral("query"), QStringLiteral("at-risk"), QStringLiteral("--as-of"), QStringLiteral("2026-02-02T14:00:00Z")})),
                 QStringLiteral("[]"));
    }
};

QTEST_GUILESS_MAIN(TestRelease1Store)
#include "tst_release1store.moc"
