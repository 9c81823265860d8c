// haulctl as operators and scripts use it: the built binary on temporary stores.

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "teststore.h"

namespace {

struct Output
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonValue json() const
    {
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(out, &e);
        if (e.error != QJsonParseError::NoError)
            return QJsonValue(QJsonValue::Undefined);
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }
    // One JSON object per line.
    QJsonArray lines() const
    {
        QJsonArray a;
        for (const QByteArray &l : out.split('\n'))
            if (!l.isEmpty())
                a.append(QJsonDocument::fromJson(l).object());
        return a;
    }
};

// Event ids and recording times differ on every run; everything else is compared exactly.
QJsonValue masked(const QJsonValue &v)
{
    static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == u"recordedAt" || it.key() == u"ms")
                *it = QStringLiteral("<varies>");
            else
                *it = masked(*it);
        }
        return o;
    }
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &x : v.toArray())
            a.append(masked(x));
        return a;
    }
    if (v.isString())
        return QString(v.toString()).replace(uuid, QStringLiteral("<id>"));
    return v;
}

QJsonValue parse(const char *json)
{
    const QJsonDocument d = QJsonDocument::fromJson(json);
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

QString compact(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QStringLiteral("<not JSON>");
}

#define COMPARE_JSON(actual, expected)                                                                         \
    do {                                                                                                       \
        const QJsonValue a_ = masked(actual), e_ = masked(expected);                                           \
        QVERIFY2(a_ == e_, qPrintable(QStringLiteral("\n  got      %1\n  expected %2").arg(compact(a_), compact(e_)))); \
    } while (false)

const char story[] =
    R"({"commandId":"c-1","type":"OpenAccount","issuedAt":"2026-01-05T08:00:00Z","actor":{"user":"fran","department":"finance"},"data":{"accountId":"A-100","name":"Prairie Feed & Seed"}})" "\n"
    R"({"commandId":"c-2","type":"RegisterTruck","issuedAt":"2026-01-05T08:05:00Z","actor":{"user":"dan","department":"dispatch"},"data":{"truckId":"T-7","capacityLb":26000}})" "\n"
    R"({"commandId":"c-3","type":"SubmitShipment","issuedAt":"2026-01-05T02:10:00-06:00","actor":{"user":"carla","department":"customer-service"},"data":{"shipmentId":"S-1","accountId":"A-100","pickup":{"name":"Prairie Feed & Seed","line1":"1 Elevator Rd","city":"Omaha","state":"NE","zip":"68102"},"destination":{"name":"Sandhills Lumber","line1":"9 Mill St","line2":"Dock 2","city":"Kearney","state":"NE","zip":"68847"},"weightLb":1200}})" "\n"
    R"({"commandId":"c-4","type":"AssignTruck","issuedAt":"2026-01-05T09:00:00Z","actor":{"user":"dan","department":"dispatch"},"data":{"shipmentId":"S-1","truckId":"T-7"}})" "\n"
    R"({"commandId":"c-5","type":"ShipShipment","issuedAt":"2026-01-05T10:00:00.000Z","actor":{"user":"dan","department":"dispatch"},"data":{"shipmentId":"S-1"}})" "\n"
    R"({"commandId":"c-6","type":"DeliverShipment","issuedAt":"2026-01-05T14:00:00Z","actor":{"user":"dan","department":"dispatch"},"data":{"shipmentId":"S-1","signedBy":"J. Alvarez"}})" "\n"
    R"({"commandId":"c-7","type":"PostPayment","issuedAt":"2026-01-06T09:00:00Z","actor":{"user":"fran","department":"finance"},"data":{"accountId":"A-100","amountCents":20000,"reference":"CHK-1001"}})" "\n";

const char pickup[] = R"({"name":"Prairie Feed & Seed","line1":"1 Elevator Rd","city":"Omaha","state":"NE","zip":"68102"})";
const char destination[] = R"({"name":"Sandhills Lumber","line1":"9 Mill St","line2":"Dock 2","city":"Kearney","state":"NE","zip":"68847"})";

QByteArray withAddresses(const char *json)
{
    return QByteArray(json).replace("PICKUP", pickup).replace("DESTINATION", destination);
}

QJsonValue expected(const char *json) { return parse(withAddresses(json).constData()); }

const char historyDelivered[] =
    R"([{"type":"ShipmentSubmitted","occurredAt":"2026-01-05T08:10:00.000Z","actor":{"user":"carla","department":"customer-service"}},)"
    R"({"type":"ShipmentAssigned","occurredAt":"2026-01-05T09:00:00.000Z","actor":{"user":"dan","department":"dispatch"}},)"
    R"({"type":"ShipmentShipped","occurredAt":"2026-01-05T10:00:00.000Z","actor":{"user":"dan","department":"dispatch"}},)"
    R"({"type":"ShipmentDelivered","occurredAt":"2026-01-05T14:00:00.000Z","actor":{"user":"dan","department":"dispatch"}}])";

QJsonValue withCheckCalls(QJsonValue shipment)
{
    QJsonObject o = shipment.toObject();
    o.insert(QStringLiteral("checkCalls"), QJsonArray());
    return o;
}

QJsonValue deliveredShipment()
{
    return expected(QByteArray(R"({"shipmentId":"S-1","accountId":"A-100","status":"delivered","truckId":"T-7","weightLb":1200,)"
                               R"("priceCents":33600,"pickup":PICKUP,"destination":DESTINATION,"version":4,"customerReference":null,"pickupBy":null,"deliverBy":null,"history":HISTORY})")
                        .replace("HISTORY", historyDelivered).constData());
}

QByteArray checksum(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TestHaulctl : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void greatPlainsStory();
    void resubmittingTheStoryChangesNothing();
    void queryViews_data();
    void queryViews();
    void queryAsOf_data();
    void queryAsOf();
    void eventsAsJsonAndText();
    void chainOfADelivery();
    void checkCallsOnTheShipment();
    void creditLimitsHoldsAndWriteOffs();
    void referencesAndPromisesAtIntake();
    void rebuildAndVerify();
    void verifyFailsAfterEditingAnEvent();
    void headIsAnAnchorThatVerifyChecks();
    void catalogCountsStoredEvents();
    void whatIfSkippingADelivery();
    void whatIfSkippingAnAssignment();
    void exitCodes_data();
    void exitCodes();
    void notAStoreIsLeftAlone();
    void missingStoreReadsAsEmpty();
    void environmentChoosesTheDefaultStore();
    void standardInput();
    void emptyInput();
    void badLinesGetResultsAndLaterLinesRun();

private:
    Output haulctl(const QStringList &args, const QByteArray &input = {}, const QString &db = {});
    QString writeFile(const QString &name, const QByteArray &contents);
    void submitStory();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestHaulctl::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = hs::test::storeLocation(*m_dir, QStringLiteral("haulstream.db"));
}

void TestHaulctl::cleanup() { m_dir.reset(); }

Output TestHaulctl::haulctl(const QStringList &args, const QByteArray &input, const QString &db)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Never the operator's own store.
    env.insert(QStringLiteral("HAULSTREAM_DB"), m_dir->filePath(QStringLiteral("default.db")));
    p.setProcessEnvironment(env);
    QStringList all = args;
    if (db != u"<none>")
        all = QStringList{QStringLiteral("--db"), db.isEmpty() ? m_db : db} + args;
    p.start(QStringLiteral(HAULCTL_PATH), all);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString TestHaulctl::writeFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(contents);
    return path;
}

void TestHaulctl::submitStory()
{
    const Output o = haulctl({QStringLiteral("submit"), writeFile(QStringLiteral("story.jsonl"), story)});
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(o.lines().size(), 7);
}

void TestHaulctl::greatPlainsStory()
{
    const Output o = haulctl({QStringLiteral("submit"), writeFile(QStringLiteral("story.jsonl"), story)});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.err.isEmpty(), o.err.constData());
    const QJsonArray results = o.lines();
    QCOMPARE(results.size(), 7);
    for (const QJsonValue &r : results)
        QCOMPARE(r[u"status"].toString(), QStringLiteral("accepted"));

    COMPARE_JSON(results[0], parse(R"({"commandId":"c-1","status":"accepted","events":[{"position":1,"eventId":"<id>","streamId":"account-A-100",)"
                                   R"("version":1,"type":"AccountOpened","schemaVersion":2,"occurredAt":"2026-01-05T08:00:00.000Z","recordedAt":"",)"
                                   R"("causationId":"c-1","correlationId":"c-1","data":{"accountId":"A-100","name":"Prairie Feed & Seed","creditLimitCents":null,"termsDays":30}}]})"));
    // The price is fixed at submission: 1200 lb at the standing 28c/lb; times come out in UTC.
    COMPARE_JSON(results[2], expected(R"({"commandId":"c-3","status":"accepted","events":[{"position":3,"eventId":"<id>","streamId":"shipment-S-1",)"
                                      R"("version":1,"type":"ShipmentSubmitted","schemaVersion":2,"occurredAt":"2026-01-05T08:10:00.000Z","recordedAt":"",)"
                                      R"("causationId":"c-3","correlationId":"c-3","data":{"shipmentId":"S-1","accountId":"A-100","pickup":PICKUP,)"
                                      R"("destination":DESTINATION,"weightLb":1200,"priceCents":33600,"ruleId":null,)"
                                      R"("customerReference":null,"pickupBy":null,"deliverBy":null}}]})"));
    COMPARE_JSON(results[3], parse(R"({"commandId":"c-4","status":"accepted","events":[{"position":4,"eventId":"<id>","streamId":"shipment-S-1",)"
                                   R"("version":2,"type":"ShipmentAssigned","schemaVersion":1,"occurredAt":"2026-01-05T09:00:00.000Z","recordedAt":"",)"
                                   R"("causationId":"c-4","correlationId":"c-4","data":{"shipmentId":"S-1","truckId":"T-7","previousTruckId":null}}]})"));
    // Delivery invoices the account automatically, in the same result.
    COMPARE_JSON(results[5], parse(R"({"commandId":"c-6","status":"accepted","events":[)"
                                   R"({"position":6,"eventId":"<id>","streamId":"shipment-S-1","version":4,"type":"ShipmentDelivered","schemaVersion":1,)"
                                   R"("occurredAt":"2026-01-05T14:00:00.000Z","recordedAt":"","causationId":"c-6","correlationId":"c-6",)"
                                   R"("data":{"shipmentId":"S-1","truckId":"T-7","signedBy":"J. Alvarez"}},)"
                                   R"({"position":7,"eventId":"<id>","streamId":"account-A-100","version":2,"type":"AccountInvoiced","schemaVersion":2,)"
                                   R"("occurredAt":"2026-01-05T14:00:00.000Z","recordedAt":"","causationId":"invoice:<id>","correlationId":"c-6",)"
                                   R"("data":{"accountId":"A-100","shipmentId":"S-1","amountCents":33600,"dueAt":"2026-02-04T14:00:00.000Z"}}]})"));
    const QJsonArray delivered = results[5][u"events"].toArray();
    QCOMPARE(delivered[1][u"causationId"].toString(), QStringLiteral("invoice:") + delivered[0][u"eventId"].toString());
    COMPARE_JSON(results[6], parse(R"({"commandId":"c-7","status":"accepted","events":[{"position":8,"eventId":"<id>","streamId":"account-A-100",)"
                                   R"("version":3,"type":"PaymentPosted","schemaVersion":1,"occurredAt":"2026-01-06T09:00:00.000Z","recordedAt":"",)"
                                   R"("causationId":"c-7","correlationId":"c-7","data":{"accountId":"A-100","amountCents":20000,"reference":"CHK-1001"}}]})"));

    // A rejection after the story, with the contract's message.
    const Output again = haulctl({QStringLiteral("submit")},
                                 R"({"commandId":"c-8","type":"DeliverShipment","issuedAt":"2026-01-06T10:00:00Z","actor":{"user":"dan","department":"dispatch"},"data":{"shipmentId":"S-1","signedBy":"J. Alvarez"}})");
    QCOMPARE(again.exitCode, 0);
    COMPARE_JSON(again.json(), parse(R"({"commandId":"c-8","status":"rejected","error":{"code":"illegal_transition",)"
                                     R"("message":"Shipment S-1 is delivered; only an out-for-delivery shipment can be delivered.","field":null}})"));
}

void TestHaulctl::resubmittingTheStoryChangesNothing()
{
    submitStory();
    const QByteArray before = haulctl({QStringLiteral("events")}).out;
    const Output o = haulctl({QStringLiteral("submit"), m_dir->filePath(QStringLiteral("story.jsonl"))});
    QCOMPARE(o.exitCode, 0);
    const QJsonArray results = o.lines();
    QCOMPARE(results.size(), 7);
    for (const QJsonValue &r : results)
        QVERIFY(r[u"duplicate"].toBool());
    QCOMPARE(results[5][u"events"].toArray().size(), 2);
    QCOMPARE(haulctl({QStringLiteral("events")}).out, before);
}

void TestHaulctl::queryViews_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("shipment") << QStringList{QStringLiteral("shipment"), QStringLiteral("S-1")} << withCheckCalls(deliveredShipment());
    QTest::newRow("shipments") << QStringList{QStringLiteral("shipments")} << QJsonValue(QJsonArray{deliveredShipment()});
    QTest::newRow("truck") << QStringList{QStringLiteral("truck"), QStringLiteral("T-7")}
                           << parse(R"({"truckId":"T-7","capacityLb":26000,"state":"available","shipmentId":null})");
    QTest::newRow("trucks") << QStringList{QStringLiteral("trucks")}
                            << parse(R"([{"truckId":"T-7","capacityLb":26000,"state":"available","shipmentId":null}])");
    QTest::newRow("account") << QStringList{QStringLiteral("account"), QStringLiteral("A-100")}
                             << parse(R"({"accountId":"A-100","name":"Prairie Feed & Seed","invoicedCents":33600,"paidCents":20000,"balanceCents":-13600,"creditLimitCents":null,"termsDays":30,"onHold":false,"exposureCents":13600,"openCents":13600})");
    QTest::newRow("accounts") << QStringList{QStringLiteral("accounts")}
                              << parse(R"([{"accountId":"A-100","name":"Prairie Feed & Seed","invoicedCents":33600,"paidCents":20000,"balanceCents":-13600,"creditLimitCents":null,"termsDays":30,"onHold":false,"exposureCents":13600,"openCents":13600}])");
    QTest::newRow("ledger") << QStringList{QStringLiteral("ledger"), QStringLiteral("A-100")}
                            << parse(R"([{"position":7,"occurredAt":"2026-01-05T14:00:00.000Z","kind":"invoice","shipmentId":"S-1","reference":null,"amountCents":-33600,"balanceCents":-33600},)"
                                     R"({"position":8,"occurredAt":"2026-01-06T09:00:00.000Z","kind":"payment","shipmentId":null,"reference":"CHK-1001","amountCents":20000,"balanceCents":-13600}])");
    QTest::newRow("status-counts") << QStringList{QStringLiteral("status-counts")}
                                   << parse(R"({"submitted":0,"assigned":0,"out_for_delivery":0,"delivered":1,"cancelled":0})");
    auto logged = [](const char *id, const char *type, const char *at, const char *user, const char *department) {
        return QJsonObject{{"commandId", id}, {"type", type}, {"status", "accepted"}, {"code", QJsonValue::Null},
                           {"issuedAt", at}, {"actor", QJsonObject{{"user", user}, {"department", department}}}};
    };
    QTest::newRow("commands") << QStringList{QStringLiteral("commands")}
                              << QJsonValue(QJsonArray{
                                     logged("c-1", "OpenAccount", "2026-01-05T08:00:00.000Z", "fran", "finance"),
                                     logged("c-2", "RegisterTruck", "2026-01-05T08:05:00.000Z", "dan", "dispatch"),
                                     logged("c-3", "SubmitShipment", "2026-01-05T08:10:00.000Z", "carla", "customer-service"),
                                     logged("c-4", "AssignTruck", "2026-01-05T09:00:00.000Z", "dan", "dispatch"),
                                     logged("c-5", "ShipShipment", "2026-01-05T10:00:00.000Z", "dan", "dispatch"),
                                     logged("c-6", "DeliverShipment", "2026-01-05T14:00:00.000Z", "dan", "dispatch"),
                                     logged("invoice:<id>", "InvoiceAccount", "2026-01-05T14:00:00.000Z", "system", "system"),
                                     logged("c-7", "PostPayment", "2026-01-06T09:00:00.000Z", "fran", "finance"),
                                 });
}

void TestHaulctl::queryViews()
{
    QFETCH(QStringList, args);
    QFETCH(QJsonValue, expected);
    submitStory();
    const Output o = haulctl(QStringList{QStringLiteral("query")} + args);
    QCOMPARE(o.exitCode, 0);
    COMPARE_JSON(o.json(), expected);
}

void TestHaulctl::queryAsOf_data()
{
    QTest::addColumn<QString>("time");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QJsonValue>("expected");

    const QString assigned = QStringLiteral("2026-01-05T09:30:00Z");
    QTest::newRow("shipment while assigned")
        << assigned << QStringList{QStringLiteral("shipment"), QStringLiteral("S-1")}
        << expected(R"({"shipmentId":"S-1","accountId":"A-100","status":"assigned","truckId":"T-7","weightLb":1200,"priceCents":33600,)"
                    R"("pickup":PICKUP,"destination":DESTINATION,"version":2,"customerReference":null,"pickupBy":null,"deliverBy":null,"history":[)"
                    R"({"type":"ShipmentSubmitted","occurredAt":"2026-01-05T08:10:00.000Z","actor":{"user":"carla","department":"customer-service"}},)"
                    R"({"type":"ShipmentAssigned","occurredAt":"2026-01-05T09:00:00.000Z","actor":{"user":"dan","department":"dispatch"}}],"checkCalls":[]})");
    QTest::newRow("trucks while assigned") << assigned << QStringList{QStringLiteral("trucks")}
                                           << parse(R"([{"truckId":"T-7","capacityLb":26000,"state":"assigned","shipmentId":"S-1"}])");
    QTest::newRow("account before the invoice") << assigned << QStringList{QStringLiteral("account"), QStringLiteral("A-100")}
                                                << parse(R"({"accountId":"A-100","name":"Prairie Feed & Seed","invoicedCents":0,"paidCents":0,"balanceCents":0,"creditLimitCents":null,"termsDays":30,"onHold":false,"exposureCents":33600,"openCents":0})");
    QTest::newRow("ledger before the invoice") << assigned << QStringList{QStringLiteral("ledger"), QStringLiteral("A-100")} << parse("[]");
    QTest::newRow("status counts while assigned")
        << assigned << QStringList{QStringLiteral("status-counts")}
        << parse(R"({"submitted":0,"assigned":1,"out_for_delivery":0,"delivered":0,"cancelled":0})");
    QTest::newRow("at the delivery's instant, with its offset")
        << QStringLiteral("2026-01-05T08:00:00-06:00") << QStringList{QStringLiteral("accounts")}
        << parse(R"([{"accountId":"A-100","name":"Prairie Feed & Seed","invoicedCents":33600,"paidCents":0,"balanceCents":-33600,"creditLimitCents":null,"termsDays":30,"onHold":false,"exposureCents":33600,"openCents":33600}])");
    QTest::newRow("a millisecond before the delivery")
        << QStringLiteral("2026-01-05T13:59:59.999Z") << QStringList{QStringLiteral("trucks")}
        << parse(R"([{"truckId":"T-7","capacityLb":26000,"state":"out_for_delivery","shipmentId":"S-1"}])");
    QTest::newRow("before anything") << QStringLiteral("2026-01-01T00:00:00Z") << QStringList{QStringLiteral("shipments")} << parse("[]");
    QTest::newRow("before any truck") << QStringLiteral("2026-01-05T08:01:00Z") << QStringList{QStringLiteral("trucks")} << parse("[]");
    QTest::newRow("the commands issued by then")
        << QStringLiteral("2026-01-05T08:06:00Z") << QStringList{QStringLiteral("commands")}
        << parse(R"([{"commandId":"c-1","type":"OpenAccount","status":"accepted","code":null,"issuedAt":"2026-01-05T08:00:00.000Z","actor":{"user":"fran","department":"finance"}},)"
                 R"({"commandId":"c-2","type":"RegisterTruck","status":"accepted","code":null,"issuedAt":"2026-01-05T08:05:00.000Z","actor":{"user":"dan","department":"dispatch"}}])");
    QTest::newRow("after everything") << QStringLiteral("2030-01-01T00:00:00Z") << QStringList{QStringLiteral("shipment"), QStringLiteral("S-1")}
                                      << withCheckCalls(deliveredShipment());
}

void TestHaulctl::queryAsOf()
{
    QFETCH(QString, time);
    QFETCH(QStringList, args);
    QFETCH(QJsonValue, expected);
    submitStory();
    const Output o = haulctl(QStringList{QStringLiteral("query")} + args + QStringList{QStringLiteral("--as-of"), time});
    QVERIFY2(o.exitCode == 0, o.err.constData());
    COMPARE_JSON(o.json(), expected);
}

void TestHaulctl::eventsAsJsonAndText()
{
    submitStory();
    const Output all = haulctl({QStringLiteral("events")});
    QCOMPARE(all.exitCode, 0);
    const QJsonArray events = all.lines();
    QCOMPARE(events.size(), 8);
    for (int i = 0; i < events.size(); ++i)
        QCOMPARE(events[i][u"position"].toInt(), i + 1);
    // The same shape as in a submit result.
    COMPARE_JSON(events[3], parse(R"({"position":4,"eventId":"<id>","streamId":"shipment-S-1","version":2,"type":"ShipmentAssigned","schemaVersion":1,)"
                                  R"("occurredAt":"2026-01-05T09:00:00.000Z","recordedAt":"","causationId":"c-4","correlationId":"c-4",)"
                                  R"("data":{"shipmentId":"S-1","truckId":"T-7","previousTruckId":null}})"));
    QCOMPARE(haulctl({QStringLiteral("events"), QStringLiteral("--stream"), QStringLiteral("shipment-S-1")}).lines().size(), 4);
    QCOMPARE(haulctl({QStringLiteral("events"), QStringLiteral("--type"), QStringLiteral("AccountInvoiced")}).lines().size(), 1);
    const QJsonArray correlated = haulctl({QStringLiteral("events"), QStringLiteral("--correlation"), QStringLiteral("c-6")}).lines();
    QCOMPARE(correlated.size(), 2);
    QCOMPARE(correlated[1][u"type"].toString(), QStringLiteral("AccountInvoiced"));

    const Output text = haulctl({QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("text")});
    QCOMPARE(text.exitCode, 0);
    const QByteArray expectedText = withAddresses(
        "account-A-100  v1  2026-01-05T08:00:00.000Z  AccountOpened  {\"accountId\":\"A-100\",\"name\":\"Prairie Feed & Seed\",\"creditLimitCents\":null,\"termsDays\":30}\n"
        "account-A-100  v2  2026-01-05T14:00:00.000Z  AccountInvoiced  {\"accountId\":\"A-100\",\"shipmentId\":\"S-1\",\"amountCents\":33600,\"dueAt\":\"2026-02-04T14:00:00.000Z\"}\n"
        "account-A-100  v3  2026-01-06T09:00:00.000Z  PaymentPosted  {\"accountId\":\"A-100\",\"amountCents\":20000,\"reference\":\"CHK-1001\"}\n"
        "truck-T-7  v1  2026-01-05T08:05:00.000Z  TruckRegistered  {\"truckId\":\"T-7\",\"capacityLb\":26000}\n"
        "shipment-S-1  v1  2026-01-05T08:10:00.000Z  ShipmentSubmitted  {\"shipmentId\":\"S-1\",\"accountId\":\"A-100\",\"pickup\":PICKUP,"
        "\"destination\":DESTINATION,\"weightLb\":1200,\"priceCents\":33600,\"ruleId\":null,\"customerReference\":null,\"pickupBy\":null,\"deliverBy\":null}\n"
        "shipment-S-1  v2  2026-01-05T09:00:00.000Z  ShipmentAssigned  {\"shipmentId\":\"S-1\",\"truckId\":\"T-7\",\"previousTruckId\":null}\n"
        "shipment-S-1  v3  2026-01-05T10:00:00.000Z  ShipmentShipped  {\"shipmentId\":\"S-1\",\"truckId\":\"T-7\"}\n"
        "shipment-S-1  v4  2026-01-05T14:00:00.000Z  ShipmentDelivered  {\"shipmentId\":\"S-1\",\"truckId\":\"T-7\",\"signedBy\":\"J. Alvarez\"}\n");
    QCOMPARE(text.out, expectedText);
}

void TestHaulctl::chainOfADelivery()
{
    submitStory();
    const Output o = haulctl({QStringLiteral("chain"), QStringLiteral("c-6")});
    QCOMPARE(o.exitCode, 0);
    COMPARE_JSON(o.json(), parse(R"({"correlationId":"c-6","nodes":[)"
                                 R"({"id":"c-6","kind":"command","type":"DeliverShipment","department":"dispatch","at":"2026-01-05T14:00:00.000Z","status":"accepted"},)"
                                 R"({"id":"<id>","kind":"event","type":"ShipmentDelivered","department":"dispatch","at":"2026-01-05T14:00:00.000Z","status":null},)"
                                 R"({"id":"invoice:<id>","kind":"command","type":"InvoiceAccount","department":"system","at":"2026-01-05T14:00:00.000Z","status":"accepted"},)"
                                 R"({"id":"<id>","kind":"event","type":"AccountInvoiced","department":"system","at":"2026-01-05T14:00:00.000Z","status":null}],)"
                                 R"("edges":[{"from":"c-6","to":"<id>"},{"from":"<id>","to":"invoice:<id>"},{"from":"invoice:<id>","to":"<id>"}]})"));
    // Edges join real nodes, cause to effect, in order.
    const QJsonArray nodes = o.json()[u"nodes"].toArray();
    const QJsonArray edges = o.json()[u"edges"].toArray();
    for (int i = 0; i < edges.size(); ++i) {
        QCOMPARE(edges[i][u"from"].toString(), nodes[i][u"id"].toString());
        QCOMPARE(edges[i][u"to"].toString(), nodes[i + 1][u"id"].toString());
    }
    // The same chain from the invoice's event id.
    const Output byEvent = haulctl({QStringLiteral("chain"), nodes[3][u"id"].toString()});
    QCOMPARE(byEvent.exitCode, 0);
    QCOMPARE(byEvent.json(), o.json());
}

void TestHaulctl::checkCallsOnTheShipment()
{
    const QByteArray calls =
        R"({"commandId":"k-1","type":"RecordCheckCall","issuedAt":"2026-01-05T09:30:00Z","actor":{"user":"dan","department":"dispatch"},"data":{"shipmentId":"S-1","location":"Omaha yard","note":"","eta":"2026-01-05T13:45:00Z"}})" "\n"
        R"({"commandId":"k-2","type":"RecordCheckCall","issuedAt":"2026-01-05T11:00:00Z","actor":{"user":"dan","department":"dispatch"},"data":{"shipmentId":"S-1","location":"I-80 near Grand Island","note":"Traffic at Kearney","eta":null}})" "\n"
        R"({"commandId":"k-3","type":"RecordCheckCall","issuedAt":"2026-01-05T10:30:00Z","actor":{"user":"dan","department":"dispatch"},"data":{"shipmentId":"S-1","location":"Late news","note":""}})" "\n"
        R"({"commandId":"k-4","type":"RecordCheckCall","issuedAt":"2026-01-05T11:05:00Z","actor":{"user":"carla","department":"customer-service"},"data":{"shipmentId":"S-1","location":"Here","note":""}})" "\n"
        R"({"commandId":"k-5","type":"RecordCheckCall","issuedAt":"2026-01-05T11:05:00Z","actor":{"user":"dan","department":"dispatch"},"data":{"shipmentId":"S-1","location":"","note":""}})" "\n";
    const QByteArray lines(story);
    const qsizetype fifth = lines.indexOf("{\"commandId\":\"c-5\"");
    QByteArray input = lines.left(fifth);
    input += calls.left(calls.indexOf("{\"commandId\":\"k-2\""));
    input += lines.mid(fifth, lines.indexOf("{\"commandId\":\"c-6\"") - fifth);
    input += calls.mid(calls.indexOf("{\"commandId\":\"k-2\""));
    const Output o = haulctl({QStringLiteral("submit")}, input);
    QCOMPARE(o.exitCode, 0);
    const QJsonArray results = o.lines();
    QCOMPARE(results.size(), 10);
    COMPARE_JSON(results[4], parse(R"({"commandId":"k-1","status":"accepted","events":[{"position":5,"eventId":"<id>","streamId":"shipment-S-1",)"
                                   R"("version":3,"type":"CheckCallRecorded","schemaVersion":1,"occurredAt":"2026-01-05T09:30:00.000Z","recordedAt":"",)"
                                   R"("causationId":"k-1","correlationId":"k-1","data":{"shipmentId":"S-1","truckId":"T-7","location":"Omaha yard",)"
                                   R"("note":"","eta":"2026-01-05T13:45:00.000Z"}}]})"));
    QCOMPARE(results[6][u"status"].toString(), QStringLiteral("accepted"));
    // The high-water mark is the shipment's; only dispatch records check calls; location 1-120 characters.
    QCOMPARE(results[7][u"error"][u"code"].toString(), QStringLiteral("stale"));
    QCOMPARE(results[8][u"error"][u"code"].toString(), QStringLiteral("forbidden"));
    QCOMPARE(results[9][u"error"][u"code"].toString(), QStringLiteral("invalid"));
    QCOMPARE(results[9][u"error"][u"field"].toString(), QStringLiteral("data.location"));

    const Output view = haulctl({QStringLiteral("query"), QStringLiteral("shipment"), QStringLiteral("S-1")});
    QCOMPARE(view.exitCode, 0);
    COMPARE_JSON(view.json()[u"checkCalls"],
                 parse(R"([{"occurredAt":"2026-01-05T09:30:00.000Z","location":"Omaha yard","note":"","eta":"2026-01-05T13:45:00.000Z","actor":{"user":"dan","department":"dispatch"}},)"
                       R"({"occurredAt":"2026-01-05T11:00:00.000Z","location":"I-80 near Grand Island","note":"Traffic at Kearney","eta":null,"actor":{"user":"dan","department":"dispatch"}}])"));
    QStringList types;
    for (const QJsonValue &h : view.json()[u"history"].toArray())
        types << h[u"type"].toString();
    QCOMPARE(types, (QStringList{QStringLiteral("ShipmentSubmitted"), QStringLiteral("ShipmentAssigned"), QStringLiteral("CheckCallRecorded"),
                                 QStringLiteral("ShipmentShipped"), QStringLiteral("CheckCallRecorded")}));
    QCOMPARE(view.json()[u"status"].toString(), QStringLiteral("out_for_delivery"));
    QCOMPARE(view.json()[u"version"].toInt(), 5);
    // As of before the second call, only the first.
    const Output before = haulctl({QStringLiteral("query"), QStringLiteral("shipment"), QStringLiteral("S-1"), QStringLiteral("--as-of"), QStringLiteral("2026-01-05T10:30:00Z")});
    QCOMPARE(before.json()[u"checkCalls"].toArray().size(), 1);
}

void TestHaulctl::creditLimitsHoldsAndWriteOffs()
{
    submitStory(); // A-100 owes $136.00 of S-1's $336.00
    const QByteArray finance = R"("actor":{"user":"fran","department":"finance"})";
    const QByteArray clerk = R"("actor":{"user":"carla","department":"customer-service"})";
    auto line = [](const char *id, const char *type, const char *at, const QByteArray &actor, const char *data) {
        return QByteArray(R"({"commandId":")") + id + R"(","type":")" + type + R"(","issuedAt":")" + at + R"(",)" + actor
               + R"(,"data":)" + data + "}\n";
    };
    const QByteArray shipmentData = R"({"shipmentId":"S-ID","accountId":"A-100","pickup":)" + QByteArray(pickup)
                                    + R"(,"destination":)" + destination + R"(,"weightLb":WEIGHT})";
    auto shipment = [&](const char *id, const char *weight) {
        return QByteArray(shipmentData).replace("S-ID", id).replace("WEIGHT", weight);
    };
    QByteArray input;
    input += line("f-1", "SetCreditLimit", "2026-01-06T10:00:00Z", finance, R"({"accountId":"A-100","creditLimitCents":50000})");
    input += line("f-2", "SubmitShipment", "2026-01-06T10:05:00Z", clerk, shipment("S-2", "1300")); // exactly up to the limit
    input += line("f-3", "SubmitShipment", "2026-01-06T10:06:00Z", clerk, shipment("S-3", "1"));
    input += line("f-4", "PlaceCreditHold", "2026-01-06T11:00:00Z", finance, R"({"accountId":"A-100","reason":"Cheque bounced"})");
    input += line("f-5", "PlaceCreditHold", "2026-01-06T11:01:00Z", finance, R"({"accountId":"A-100","reason":"Again"})");
    input += line("f-6", "SubmitShipment", "2026-01-06T11:02:00Z", clerk, shipment("S-3", "1"));
    input += line("f-7", "ReleaseCreditHold", "2026-01-06T12:00:00Z", finance, R"({"accountId":"A-100"})");
    input += line("f-8", "ReleaseCreditHold", "2026-01-06T12:01:00Z", finance, R"({"accountId":"A-100"})");
    input += line("f-9", "WriteOffInvoice", "2026-01-07T09:00:00Z", finance, R"({"accountId":"A-100","shipmentId":"S-1","reason":"Disputed weight"})");
    input += line("f-10", "WriteOffInvoice", "2026-01-07T09:01:00Z", finance, R"({"accountId":"A-100","shipmentId":"S-1","reason":"Again"})");
    input += line("f-11", "WriteOffInvoice", "2026-01-07T09:02:00Z", finance, R"({"accountId":"A-100","shipmentId":"S-2","reason":"Not invoiced"})");
    input += line("f-12", "SetCreditLimit", "2026-01-07T10:00:00Z", finance, R"({"accountId":"A-100","creditLimitCents":null})");
    input += line("f-13", "SetCreditLimit", "2026-01-07T10:01:00Z", finance, R"({"accountId":"A-100"})");
    input += line("f-14", "PlaceCreditHold", "2026-01-07T10:02:00Z", clerk, R"({"accountId":"A-100","reason":"x"})");
    input += line("f-15", "SetCreditLimit", "2026-01-06T09:59:00Z", finance, R"({"accountId":"A-100","creditLimitCents":1})");
    const Output o = haulctl({QStringLiteral("submit")}, input);
    QCOMPARE(o.exitCode, 0);
    const QJsonArray r = o.lines();
    QCOMPARE(r.size(), 15);
    COMPARE_JSON(r[0], parse(R"({"commandId":"f-1","status":"accepted","events":[{"position":9,"eventId":"<id>","streamId":"account-A-100",)"
                             R"("version":4,"type":"CreditLimitSet","schemaVersion":1,"occurredAt":"2026-01-06T10:00:00.000Z","recordedAt":"",)"
                             R"("causationId":"f-1","correlationId":"f-1","data":{"accountId":"A-100","creditLimitCents":50000,"previousLimitCents":null}}]})"));
    QCOMPARE(r[1][u"status"].toString(), QStringLiteral("accepted"));
    COMPARE_JSON(r[2], parse(R"({"commandId":"f-3","status":"rejected","error":{"code":"credit_limit",)"
                             R"("message":"This shipment ($0.28) would take account A-100 to $500.28 against its credit limit of $500.00: $0.28 over.","field":null}})"));
    COMPARE_JSON(r[3][u"events"][0][u"data"], parse(R"({"accountId":"A-100","reason":"Cheque bounced"})"));
    QCOMPARE(r[4][u"error"][u"code"].toString(), QStringLiteral("illegal_transition"));
    COMPARE_JSON(r[5], parse(R"({"commandId":"f-6","status":"rejected","error":{"code":"credit_hold",)"
                             R"("message":"Account A-100 is on credit hold; Finance must release the hold before it can book shipments.","field":null}})"));
    COMPARE_JSON(r[6][u"events"][0][u"data"], parse(R"({"accountId":"A-100"})"));
    QCOMPARE(r[6][u"events"][0][u"type"].toString(), QStringLiteral("CreditHoldReleased"));
    QCOMPARE(r[7][u"error"][u"code"].toString(), QStringLiteral("illegal_transition"));
    COMPARE_JSON(r[8], parse(R"({"commandId":"f-9","status":"accepted","events":[{"position":13,"eventId":"<id>","streamId":"account-A-100",)"
                             R"("version":7,"type":"InvoiceWrittenOff","schemaVersion":1,"occurredAt":"2026-01-07T09:00:00.000Z","recordedAt":"",)"
                             R"("causationId":"f-9","correlationId":"f-9","data":{"accountId":"A-100","shipmentId":"S-1","amountCents":13600,"reason":"Disputed weight"}}]})"));
    QCOMPARE(r[9][u"error"][u"code"].toString(), QStringLiteral("illegal_transition"));
    QCOMPARE(r[10][u"error"][u"code"].toString(), QStringLiteral("not_found"));
    COMPARE_JSON(r[11][u"events"][0][u"data"], parse(R"({"accountId":"A-100","creditLimitCents":null,"previousLimitCents":50000})"));
    COMPARE_JSON(r[12][u"error"], parse(R"({"code":"invalid","message":"data.creditLimitCents is missing.","field":"data.creditLimitCents"})"));
    QCOMPARE(r[13][u"error"][u"code"].toString(), QStringLiteral("forbidden"));
    QCOMPARE(r[14][u"error"][u"code"].toString(), QStringLiteral("stale"));

    // Written off: the balance is paid - invoiced + written off; S-2 is still on the books.
    COMPARE_JSON(haulctl({QStringLiteral("query"), QStringLiteral("account"), QStringLiteral("A-100")}).json(),
                 parse(R"({"accountId":"A-100","name":"Prairie Feed & Seed","invoicedCents":33600,"paidCents":20000,"balanceCents":0,)"
                       R"("creditLimitCents":null,"termsDays":30,"onHold":false,"exposureCents":36400,"openCents":0})"));
    COMPARE_JSON(haulctl({QStringLiteral("query"), QStringLiteral("ledger"), QStringLiteral("A-100")}).json()[2],
                 parse(R"({"position":13,"occurredAt":"2026-01-07T09:00:00.000Z","kind":"writeoff","shipmentId":"S-1","reference":null,"amountCents":13600,"balanceCents":0})"));
    COMPARE_JSON(haulctl({QStringLiteral("query"), QStringLiteral("invoices"), QStringLiteral("A-100")}).json(),
                 parse(R"([{"shipmentId":"S-1","invoicedAt":"2026-01-05T14:00:00.000Z","dueAt":"2026-02-04T14:00:00.000Z","amountCents":33600,)"
                       R"("paidCents":20000,"writtenOffCents":13600,"openCents":0,"status":"closed"}])"));
    // As of the hold, the account was on hold with its limit.
    const QJsonValue held = haulctl({QStringLiteral("query"), QStringLiteral("account"), QStringLiteral("A-100"),
                                     QStringLiteral("--as-of"), QStringLiteral("2026-01-06T11:30:00Z")}).json();
    QCOMPARE(held[u"onHold"].toBool(), true);
    QCOMPARE(held[u"creditLimitCents"].toInt(), 50000);
    QCOMPARE(held[u"exposureCents"].toInt(), 50000);
    const Output verified = haulctl({QStringLiteral("verify")});
    QCOMPARE(verified.exitCode, 0);
    COMPARE_JSON(verified.json(), parse(R"({"ok":true,"problems":[]})"));
}

void TestHaulctl::referencesAndPromisesAtIntake()
{
    const QByteArray clerk = R"("actor":{"user":"carla","department":"customer-service"})";
    const QByteArray finance = R"("actor":{"user":"fran","department":"finance"})";
    const QByteArray addresses = R"("pickup":)" + QByteArray(pickup) + R"(,"destination":)" + destination;
    QByteArray input;
    input += R"({"commandId":"o-1","type":"OpenAccount","issuedAt":"2026-01-05T08:00:00Z",)" + finance
             + R"(,"data":{"accountId":"A-200","name":"Bluestem Grain","creditLimitCents":100000,"termsDays":10}})" "\n";
    input += R"({"commandId":"o-2","type":"OpenAccount","issuedAt":"2026-01-05T08:00:00Z",)" + finance
             + R"(,"data":{"accountId":"A-201","name":"Too Generous","termsDays":121}})" "\n";
    input += R"({"commandId":"o-3","type":"SubmitShipment","issuedAt":"2026-01-05T08:10:00Z",)" + clerk
             + R"(,"data":{"shipmentId":"S-20","accountId":"A-200",)" + addresses
             + R"(,"weightLb":100,"customerReference":"PO 7781-B","pickupBy":"2026-01-05T12:00:00-06:00","deliverBy":"2026-01-06T17:00:00Z"}})" "\n";
    input += R"({"commandId":"o-4","type":"SubmitShipment","issuedAt":"2026-01-05T08:11:00Z",)" + clerk
             + R"(,"data":{"shipmentId":"S-21","accountId":"A-200",)" + addresses + R"(,"weightLb":100,"customerReference":"bell\u0007"}})" "\n";
    input += R"({"commandId":"o-5","type":"SubmitShipment","issuedAt":"2026-01-05T08:12:00Z",)" + clerk
             + R"(,"data":{"shipmentId":"S-22","accountId":"A-200",)" + addresses + R"(,"weightLb":100,"pickupBy":"tomorrow"}})" "\n";
    const Output o = haulctl({QStringLiteral("submit")}, input);
    QCOMPARE(o.exitCode, 0);
    const QJsonArray r = o.lines();
    QCOMPARE(r.size(), 5);
    COMPARE_JSON(r[0][u"events"][0][u"data"], parse(R"({"accountId":"A-200","name":"Bluestem Grain","creditLimitCents":100000,"termsDays":10})"));
    QCOMPARE(r[0][u"events"][0][u"schemaVersion"].toInt(), 2);
    QCOMPARE(r[1][u"error"][u"field"].toString(), QStringLiteral("data.termsDays"));
    COMPARE_JSON(r[2][u"events"][0][u"data"][u"customerReference"], QJsonValue(QStringLiteral("PO 7781-B")));
    COMPARE_JSON(r[2][u"events"][0][u"data"][u"pickupBy"], QJsonValue(QStringLiteral("2026-01-05T18:00:00.000Z")));
    QCOMPARE(r[3][u"error"][u"field"].toString(), QStringLiteral("data.customerReference"));
    QCOMPARE(r[4][u"error"][u"field"].toString(), QStringLiteral("data.pickupBy"));

    const QJsonValue shipment = haulctl({QStringLiteral("query"), QStringLiteral("shipment"), QStringLiteral("S-20")}).json();
    QCOMPARE(shipment[u"customerReference"].toString(), QStringLiteral("PO 7781-B"));
    QCOMPARE(shipment[u"deliverBy"].toString(), QStringLiteral("2026-01-06T17:00:00.000Z"));
    const QJsonValue found = haulctl({QStringLiteral("query"), QStringLiteral("shipments"), QStringLiteral("--reference"), QStringLiteral("7781-b")}).json();
    QCOMPARE(found.toArray().size(), 1);
    QCOMPARE(found[0][u"shipmentId"].toString(), QStringLiteral("S-20"));
    const QJsonValue account = haulctl({QStringLiteral("query"), QStringLiteral("account"), QStringLiteral("A-200")}).json();
    QCOMPARE(account[u"termsDays"].toInt(), 10);
    QCOMPARE(account[u"exposureCents"].toInt(), 2800);
    // Past the promised pickup, it is at risk.
    const QJsonValue late = haulctl({QStringLiteral("query"), QStringLiteral("at-risk"), QStringLiteral("--as-of"), QStringLiteral("2026-01-05T19:00:00Z")}).json();
    COMPARE_JSON(late, parse(R"([{"shipmentId":"S-20","accountId":"A-200","status":"submitted","truckId":null,"reason":"pickup_late","since":"2026-01-05T18:00:00.000Z"}])"));
}

void TestHaulctl::rebuildAndVerify()
{
    submitStory();
    const QByteArray before = haulctl({QStringLiteral("query"), QStringLiteral("shipments")}).out;
    const Output rebuilt = haulctl({QStringLiteral("rebuild")});
    QCOMPARE(rebuilt.exitCode, 0);
    COMPARE_JSON(rebuilt.json(), parse(R"({"events":8,"ms":0})"));
    QCOMPARE(haulctl({QStringLiteral("query"), QStringLiteral("shipments")}).out, before);
    const Output verified = haulctl({QStringLiteral("verify")});
    QCOMPARE(verified.exitCode, 0);
    COMPARE_JSON(verified.json(), parse(R"({"ok":true,"problems":[]})"));
}

void TestHaulctl::verifyFailsAfterEditingAnEvent()
{
    submitStory();
    {
        QSqlDatabase raw = hs::test::rawConnection(m_db, QStringLiteral("raw"));
        QVERIFY(raw.isOpen());
        QVERIFY(QSqlQuery(raw).exec(QStringLiteral("UPDATE events SET data = replace(data, '33600', '3360') WHERE type = 'AccountInvoiced'")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const Output o = haulctl({QStringLiteral("verify")});
    QCOMPARE(o.exitCode, 1);
    QCOMPARE(o.json()[u"ok"].toBool(true), false);
    const QJsonArray problems = o.json()[u"problems"].toArray();
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems[0].toString().contains(QStringLiteral("Event 7")), qPrintable(problems[0].toString()));
}

void TestHaulctl::headIsAnAnchorThatVerifyChecks()
{
    const Output empty = haulctl({QStringLiteral("head")});
    QCOMPARE(empty.exitCode, 0);
    COMPARE_JSON(empty.json(), parse(R"({"position":0,"hash":""})"));
    submitStory();
    const Output head = haulctl({QStringLiteral("head")});
    QCOMPARE(head.exitCode, 0);
    QCOMPARE(head.json()[u"position"].toInt(), 8);
    const QString hash = head.json()[u"hash"].toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(hash).hasMatch(), qPrintable(hash));
    const QString anchor = QStringLiteral("8:") + hash;

    QCOMPARE(haulctl({QStringLiteral("verify"), QStringLiteral("--expect"), anchor}).exitCode, 0);
    QCOMPARE(haulctl({QStringLiteral("verify"), QStringLiteral("--expect=") + anchor + QStringLiteral(",0:")}).exitCode, 0);
    // Another hash at that position, or a store shorter than the anchor.
    QString other = hash;
    other[0] = other[0] == u'0' ? u'1' : u'0';
    const Output rewritten = haulctl({QStringLiteral("verify"), QStringLiteral("--expect"), anchor, QStringLiteral("--expect"), QStringLiteral("8:") + other});
    QCOMPARE(rewritten.exitCode, 1);
    QCOMPARE(rewritten.json()[u"problems"].toArray().size(), 1);
    QVERIFY(rewritten.json()[u"problems"].toArray()[0].toString().contains(QStringLiteral("no longer passes through the anchor 8:") + other));
    const Output shorter = haulctl({QStringLiteral("verify"), QStringLiteral("--expect"), QStringLiteral("9:") + hash});
    QCOMPARE(shorter.exitCode, 1);
    QVERIFY(shorter.json()[u"problems"].toArray()[0].toString().contains(QStringLiteral("The store ends at event 8")));
    QCOMPARE(haulctl({QStringLiteral("verify"), QStringLiteral("--expect"), QStringLiteral("8")}).exitCode, 2);
    QCOMPARE(haulctl({QStringLiteral("verify"), QStringLiteral("--expect"), anchor}, {}, m_dir->filePath(QStringLiteral("none.db"))).exitCode, 1);
}

void TestHaulctl::catalogCountsStoredEvents()
{
    submitStory();
    const Output o = haulctl({QStringLiteral("catalog")});
    QCOMPARE(o.exitCode, 0);
    const QJsonArray catalog = o.json().toArray();
    QCOMPARE(catalog.size(), 19);
    QHash<QString, QJsonObject> byType;
    for (const QJsonValue &e : catalog)
        byType.insert(e[u"type"].toString(), e.toObject());
    const QHash<QString, int> counts = {{QStringLiteral("AccountOpened"), 1}, {QStringLiteral("TruckRegistered"), 1},
                                        {QStringLiteral("ShipmentSubmitted"), 1}, {QStringLiteral("ShipmentAssigned"), 1},
                                        {QStringLiteral("ShipmentShipped"), 1}, {QStringLiteral("ShipmentDelivered"), 1},
                                        {QStringLiteral("AccountInvoiced"), 1}, {QStringLiteral("PaymentPosted"), 1},
                                        {QStringLiteral("ShipmentCancelled"), 0}, {QStringLiteral("ShipmentUnassigned"), 0},
                                        {QStringLiteral("TruckBrokeDown"), 0}, {QStringLiteral("TruckReturnedToService"), 0},
                                        {QStringLiteral("PaymentReversed"), 0}, {QStringLiteral("PricingRuleScheduled"), 0},
                                        {QStringLiteral("CheckCallRecorded"), 0}, {QStringLiteral("CreditLimitSet"), 0},
                                        {QStringLiteral("CreditHoldPlaced"), 0}, {QStringLiteral("CreditHoldReleased"), 0},
                                        {QStringLiteral("InvoiceWrittenOff"), 0}};
    // Versions went up where data gained fields: pricing rules (dollars to cents), accounts
    // (credit terms), shipments (reference, promises), invoices (due date).
    const QStringList atVersion2 = {QStringLiteral("PricingRuleScheduled"), QStringLiteral("AccountOpened"),
                                    QStringLiteral("ShipmentSubmitted"), QStringLiteral("AccountInvoiced")};
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QVERIFY2(byType.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(byType[it.key()][u"count"].toInt(-1), it.value());
        QCOMPARE(byType[it.key()][u"schemaVersion"].toInt(), atVersion2.contains(it.key()) ? 2 : 1);
    }
    const QJsonObject invoiced = byType[QStringLiteral("AccountInvoiced")];
    QCOMPARE(invoiced[u"producedBy"].toArray(), QJsonArray{QStringLiteral("InvoiceAccount")});
    QCOMPARE(invoiced[u"fields"].toArray(), (QJsonArray{QStringLiteral("accountId"), QStringLiteral("shipmentId"), QStringLiteral("amountCents"), QStringLiteral("dueAt")}));
    QCOMPARE(byType[QStringLiteral("InvoiceWrittenOff")][u"producedBy"].toArray(), QJsonArray{QStringLiteral("WriteOffInvoice")});
    QVERIFY(byType[QStringLiteral("ShipmentDelivered")][u"consumedBy"].toArray().size() > 1); // read models and the invoicing listener
}

void TestHaulctl::whatIfSkippingADelivery()
{
    submitStory();
    const QByteArray before = checksum(m_db);
    const QByteArray events = haulctl({QStringLiteral("events")}).out;
    const Output o = haulctl({QStringLiteral("whatif"), QStringLiteral("--skip"), QStringLiteral("c-6")});
    QCOMPARE(o.exitCode, 0);
    const QJsonObject r = o.json().toObject();
    QCOMPARE(r[u"skipped"].toArray(), QJsonArray{QStringLiteral("c-6")});
    QCOMPARE(r[u"outcomeChanges"].toArray(), QJsonArray());
    const QJsonObject differences = r[u"differences"].toObject();
    COMPARE_JSON(differences[u"accounts"], parse(R"([{"id":"A-100",)"
                                                 R"("live":{"accountId":"A-100","name":"Prairie Feed & Seed","invoicedCents":33600,"paidCents":20000,"balanceCents":-13600,"creditLimitCents":null,"termsDays":30,"onHold":false,"exposureCents":13600,"openCents":13600},)"
                                                 R"("branch":{"accountId":"A-100","name":"Prairie Feed & Seed","invoicedCents":0,"paidCents":20000,"balanceCents":20000,"creditLimitCents":null,"termsDays":30,"onHold":false,"exposureCents":33600,"openCents":0}}])"));
    COMPARE_JSON(differences[u"trucks"], parse(R"([{"id":"T-7","live":{"truckId":"T-7","capacityLb":26000,"state":"available","shipmentId":null},)"
                                               R"("branch":{"truckId":"T-7","capacityLb":26000,"state":"out_for_delivery","shipmentId":"S-1"}}])"));
    const QJsonArray shipments = differences[u"shipments"].toArray();
    QCOMPARE(shipments.size(), 1);
    COMPARE_JSON(shipments[0][u"live"], deliveredShipment());
    QCOMPARE(shipments[0][u"branch"][u"status"].toString(), QStringLiteral("out_for_delivery"));
    // Skipping the invoice's event skips the listener's command: the same balances in the branch.
    const Output byEvent = haulctl({QStringLiteral("whatif"), QStringLiteral("--skip"),
                                    haulctl({QStringLiteral("events"), QStringLiteral("--type"), QStringLiteral("AccountInvoiced")}).lines()[0][u"eventId"].toString()});
    QCOMPARE(byEvent.exitCode, 0);
    // The branch delivers S-1 but never bills it: off the books and owed nothing, so no exposure.
    QJsonArray unbilled = differences[u"accounts"].toArray();
    QJsonObject entry = unbilled[0].toObject();
    QJsonObject branchAccount = entry[u"branch"].toObject();
    branchAccount[QStringLiteral("exposureCents")] = 0;
    entry[QStringLiteral("branch")] = branchAccount;
    unbilled[0] = entry;
    COMPARE_JSON(byEvent.json()[u"differences"][u"accounts"], QJsonValue(unbilled));
    QCOMPARE(byEvent.json()[u"differences"][u"shipments"].toArray().size(), 0);
    // Nothing in the store changed.
    QCOMPARE(haulctl({QStringLiteral("events")}).out, events);
    QCOMPARE(checksum(m_db), before);
}

void TestHaulctl::whatIfSkippingAnAssignment()
{
    submitStory();
    const Output o = haulctl({QStringLiteral("whatif"), QStringLiteral("--skip"), QStringLiteral("c-4")});
    QCOMPARE(o.exitCode, 0);
    const QJsonObject r = o.json().toObject();
    QCOMPARE(r[u"skipped"].toArray(), QJsonArray{QStringLiteral("c-4")});
    COMPARE_JSON(r[u"outcomeChanges"], parse(R"([{"commandId":"c-5","live":"accepted","branch":"rejected","code":"illegal_transition"},)"
                                             R"({"commandId":"c-6","live":"accepted","branch":"rejected","code":"illegal_transition"}])"));
    const QJsonArray shipments = r[u"differences"][u"shipments"].toArray();
    QCOMPARE(shipments.size(), 1);
    QCOMPARE(shipments[0][u"branch"][u"status"].toString(), QStringLiteral("submitted"));
    QVERIFY(shipments[0][u"branch"][u"truckId"].isNull());
    QCOMPARE(r[u"differences"][u"accounts"][0][u"branch"][u"balanceCents"].toInt(), 20000);
}

void TestHaulctl::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("no command") << QStringList{} << 2;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("query"), QStringLiteral("shipments"), QStringLiteral("--colour")} << 2;
    QTest::newRow("option of another command") << QStringList{QStringLiteral("query"), QStringLiteral("shipments"), QStringLiteral("--skip"), QStringLiteral("c-1")} << 2;
    QTest::newRow("query without a view") << QStringList{QStringLiteral("query")} << 2;
    QTest::newRow("unknown view") << QStringList{QStringLiteral("query"), QStringLiteral("planets")} << 2;
    QTest::newRow("view missing its id") << QStringList{QStringLiteral("query"), QStringLiteral("shipment")} << 2;
    QTest::newRow("bad --as-of") << QStringList{QStringLiteral("query"), QStringLiteral("shipments"), QStringLiteral("--as-of"), QStringLiteral("2026-01-05T10:00:00")} << 2;
    QTest::newRow("bad --format") << QStringList{QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("xml")} << 2;
    QTest::newRow("whatif without --skip") << QStringList{QStringLiteral("whatif")} << 2;
    QTest::newRow("--batch of no commands") << QStringList{QStringLiteral("submit"), QStringLiteral("--batch"), QStringLiteral("0")} << 2;
    QTest::newRow("--batch not a number") << QStringList{QStringLiteral("submit"), QStringLiteral("--batch"), QStringLiteral("many")} << 2;
    QTest::newRow("unreadable submit file") << QStringList{QStringLiteral("submit"), QStringLiteral("/nonexistent/commands.jsonl")} << 2;
    QTest::newRow("unknown shipment") << QStringList{QStringLiteral("query"), QStringLiteral("shipment"), QStringLiteral("S-404")} << 3;
    QTest::newRow("unknown truck") << QStringList{QStringLiteral("query"), QStringLiteral("truck"), QStringLiteral("T-404")} << 3;
    QTest::newRow("unknown account") << QStringList{QStringLiteral("query"), QStringLiteral("account"), QStringLiteral("A-404")} << 3;
    QTest::newRow("unknown ledger") << QStringList{QStringLiteral("query"), QStringLiteral("ledger"), QStringLiteral("A-404")} << 3;
    QTest::newRow("shipment not yet submitted then")
        << QStringList{QStringLiteral("query"), QStringLiteral("shipment"), QStringLiteral("S-1"), QStringLiteral("--as-of"), QStringLiteral("2026-01-05T08:09:00Z")} << 3;
    QTest::newRow("unknown chain id") << QStringList{QStringLiteral("chain"), QStringLiteral("c-404")} << 3;
    QTest::newRow("unknown whatif id") << QStringList{QStringLiteral("whatif"), QStringLiteral("--skip"), QStringLiteral("c-404")} << 3;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
    QTest::newRow("a query") << QStringList{QStringLiteral("query"), QStringLiteral("status-counts")} << 0;
}

void TestHaulctl::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    submitStory();
    const Output o = haulctl(args);
    QCOMPARE(o.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY(o.out.isEmpty());
        QVERIFY(o.err.startsWith("haulctl: "));
    }
    if (exitCode == 2 && !args.isEmpty() && args[0] != u"submit")
        QVERIFY(o.err.contains("Usage:"));
}

void TestHaulctl::notAStoreIsLeftAlone()
{
    // A file of another program, or a database that already holds another program's tables.
    QString notes;
    if (hs::test::onPostgres()) {
        notes = hs::test::freshDatabase();
        QVERIFY(hs::test::onCluster({QStringLiteral("CREATE TABLE diary (line text)"),
                                     QStringLiteral("INSERT INTO diary VALUES ('the trucks were late again')")}, notes));
    } else {
        notes = writeFile(QStringLiteral("notes.txt"), "Dear diary,\nthe trucks were late again.\n");
    }
    const auto fingerprint = [&] {
        return hs::test::onPostgres() ? QByteArray::number(hs::test::tableCount(notes)) : checksum(notes);
    };
    const QByteArray before = fingerprint();
    const QStringList commands[] = {
        {QStringLiteral("query"), QStringLiteral("shipments")},
        {QStringLiteral("submit"), writeFile(QStringLiteral("story.jsonl"), story)},
        {QStringLiteral("verify")},
        {QStringLiteral("rebuild")},
        {QStringLiteral("events")},
        {QStringLiteral("init")},
    };
    for (const QStringList &args : commands) {
        const Output o = haulctl(args, {}, notes);
        QVERIFY2(o.exitCode == 1, qPrintable(args.join(u' ')));
        QVERIFY2(o.err.contains("not a Haulstream store"), o.err.constData());
        QVERIFY(o.out.isEmpty());
    }
    QCOMPARE(fingerprint(), before);
}

void TestHaulctl::missingStoreReadsAsEmpty()
{
    // On PostgreSQL: an empty database.
    const QString missing = hs::test::onPostgres() ? hs::test::freshDatabase() : m_dir->filePath(QStringLiteral("nowhere/yet.db"));
    const auto created = [&] { return hs::test::onPostgres() ? hs::test::tableCount(missing) > 0 : QFile::exists(missing); };
    auto run = [&](const QStringList &args) { return haulctl(args, {}, missing); };
    Output o = run({QStringLiteral("query"), QStringLiteral("shipments")});
    QCOMPARE(o.exitCode, 0);
    COMPARE_JSON(o.json(), parse("[]"));
    o = run({QStringLiteral("query"), QStringLiteral("status-counts")});
    COMPARE_JSON(o.json(), parse(R"({"submitted":0,"assigned":0,"out_for_delivery":0,"delivered":0,"cancelled":0})"));
    o = run({QStringLiteral("events")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY(o.out.isEmpty());
    QCOMPARE(run({QStringLiteral("verify")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("catalog")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("query"), QStringLiteral("shipment"), QStringLiteral("S-1")}).exitCode, 3);
    QVERIFY(!created()); // reading creates nothing
    // The first write creates it.
    o = haulctl({QStringLiteral("submit"), writeFile(QStringLiteral("story.jsonl"), story)}, {}, missing);
    QCOMPARE(o.exitCode, 0);
    QVERIFY(created());
    QCOMPARE(run({QStringLiteral("query"), QStringLiteral("status-counts")}).json()[u"delivered"].toInt(), 1);
}

void TestHaulctl::environmentChoosesTheDefaultStore()
{
    const QString defaultStore = m_dir->filePath(QStringLiteral("default.db"));
    QCOMPARE(haulctl({QStringLiteral("submit"), writeFile(QStringLiteral("story.jsonl"), story)}, {}, QStringLiteral("<none>")).exitCode, 0);
    QVERIFY(QFile::exists(defaultStore));
    QVERIFY(!QFile::exists(m_db));
    QCOMPARE(haulctl({QStringLiteral("query"), QStringLiteral("accounts")}, {}, defaultStore).json().toArray().size(), 1);
}

void TestHaulctl::standardInput()
{
    const Output o = haulctl({QStringLiteral("submit")}, story);
    QCOMPARE(o.exitCode, 0);
    const QJsonArray results = o.lines();
    QCOMPARE(results.size(), 7);
    QCOMPARE(results[6][u"commandId"].toString(), QStringLiteral("c-7"));
    QCOMPARE(results[6][u"status"].toString(), QStringLiteral("accepted"));
    // Without a final newline and with Windows line ends, the same.
    QByteArray crlf = QByteArray(story).replace("\n", "\r\n");
    crlf.chop(2);
    const Output again = haulctl({QStringLiteral("submit")}, crlf, hs::test::storeLocation(*m_dir, QStringLiteral("second.db")));
    QCOMPARE(again.lines().size(), 7);
    for (const QJsonValue &r : again.lines())
        QCOMPARE(r[u"status"].toString(), QStringLiteral("accepted"));
}

void TestHaulctl::emptyInput()
{
    const Output file = haulctl({QStringLiteral("submit"), writeFile(QStringLiteral("empty.jsonl"), {})});
    QCOMPARE(file.exitCode, 0);
    const Output pipe = haulctl({QStringLiteral("submit")}, {});
    QCOMPARE(pipe.exitCode, 0);
    QCOMPARE(pipe.out, file.out);
    for (const QJsonValue &r : file.lines()) {
        QVERIFY(r[u"commandId"].isNull());
        QCOMPARE(r[u"status"].toString(), QStringLiteral("rejected"));
    }
    QVERIFY(haulctl({QStringLiteral("events")}).out.isEmpty());
    QCOMPARE(haulctl({QStringLiteral("query"), QStringLiteral("commands")}).json(), parse("[]"));
}

void TestHaulctl::badLinesGetResultsAndLaterLinesRun()
{
    const QList<QByteArray> storyLines = QByteArray(story).split('\n');
    QByteArray input;
    input += storyLines[0] + '\n';
    input += "this is not JSON\n";
    input += "\n";
    input += R"(["an", "array"])" "\n";
    input += R"({"commandId":"c-x","type":"LaunchRocket","issuedAt":"2026-01-05T08:00:00Z","actor":{"user":"dan","department":"dispatch"},"data":{}})" "\n";
    input += QByteArray(storyLines[1]).replace("26000", "0") + '\n';
    input += R"({"commandId":"c-sys","type":"RegisterTruck","issuedAt":"2026-01-05T08:00:00Z","actor":{"user":"eve","department":"system"},"data":{"truckId":"T-9","capacityLb":100}})" "\n";
    input += "{\"commandId\":\"c-long\",\"pad\":\"" + QByteArray(70000, 'x') + "\"}\n";
    input += storyLines[1] + '\n';
    const Output o = haulctl({QStringLiteral("submit"), writeFile(QStringLiteral("mixed.jsonl"), input)});
    QCOMPARE(o.exitCode, 0);
    const QJsonArray r = o.lines();
    QCOMPARE(r.size(), 9);
    auto summary = [](const QJsonValue &v) {
        return QStringLiteral("%1 %2 %3 %4")
            .arg(v[u"commandId"].isNull() ? QStringLiteral("null") : v[u"commandId"].toString(), v[u"status"].toString(),
                 v[u"error"][u"code"].toString(QStringLiteral("-")),
                 v[u"error"][u"field"].isNull() ? QStringLiteral("null") : v[u"error"][u"field"].toString(QStringLiteral("-")));
    };
    QStringList got;
    for (const QJsonValue &v : r)
        got << summary(v);
    QCOMPARE(got, (QStringList{
                      QStringLiteral("c-1 accepted - -"),
                      QStringLiteral("null rejected invalid null"),
                      QStringLiteral("null rejected invalid null"),
                      QStringLiteral("null rejected invalid null"),
                      QStringLiteral("c-x rejected unknown_command null"),
                      QStringLiteral("c-2 rejected invalid data.capacityLb"),
                      QStringLiteral("c-sys rejected forbidden null"),
                      QStringLiteral("null rejected invalid null"),
                      QStringLiteral("c-2 rejected invalid data.capacityLb"),
                  }));
    QVERIFY(r[8][u"duplicate"].toBool()); // c-2 was already taken by the invalid line
    QCOMPARE(haulctl({QStringLiteral("query"), QStringLiteral("commands")}).json().toArray().size(), 4); // c-1, c-x, c-2, c-sys
}

QTEST_GUILESS_MAIN(TestHaulctl)
#include "tst_haulctl.moc"
