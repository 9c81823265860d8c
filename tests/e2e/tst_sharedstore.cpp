// Many desks on one store: haulctl processes writing at once, logins and their departments
// (PostgreSQL), and a store copied to the other backend and back. Runs on SQLite and, under
// HAULSTREAM_TEST_BACKEND=postgresql, on the test cluster.

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include "service/storeclient.h"
#include "teststore.h"

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> a;
        for (const QByteArray &l : out.split('\n'))
            if (!l.isEmpty())
                a << QJsonDocument::fromJson(l).object();
        return a;
    }
};

QProcess *startHaulctl(const QString &db, const QStringList &args, const QByteArray &input)
{
    auto *p = new QProcess;
    p->start(QStringLiteral(HAULCTL_PATH), QStringList{QStringLiteral("--db"), db} + args);
    // Written now, not when the caller first waits: the writers must really run at once.
    p->waitForStarted();
    p->write(input);
    p->waitForBytesWritten();
    p->closeWriteChannel();
    return p;
}

Run finish(QProcess *p)
{
    Run r;
    if (p->waitForFinished(180000) && p->exitStatus() == QProcess::NormalExit)
        r.exitCode = p->exitCode();
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    delete p;
    return r;
}

Run haulctl(const QString &db, const QStringList &args, const QByteArray &input = {})
{
    return finish(startHaulctl(db, args, input));
}

QByteArray command(const QString &id, const QString &type, const QString &at, const QString &user,
                   const QString &department, const QString &data)
{
    return QStringLiteral(R"({"commandId":"%1","type":"%2","issuedAt":"%3","actor":{"user":"%4","department":"%5"},"data":%6})")
               .arg(id, type, at, user, department, data).toUtf8() + '\n';
}

QString at(int minute)
{
    return QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC).addSecs(60 * minute).toString(Qt::ISODate);
}

const QString address = QStringLiteral(R"({"name":"Dock","line1":"1 Main St","city":"Omaha","state":"NE","zip":"68102"})");

// The four commands that take shipment i from submission to delivery, in order.
QList<QByteArray> lifecycle(int i)
{
    const QString s = QStringLiteral("S-%1").arg(i);
    const QString t = QStringLiteral("T-%1").arg(i);
    const QString account = QStringLiteral("A-%1").arg(i % 3);
    return {
        command(s + QStringLiteral("-submit"), QStringLiteral("SubmitShipment"), at(i), QStringLiteral("carla"), QStringLiteral("customer-service"),
                QStringLiteral(R"({"shipmentId":"%1","accountId":"%2","pickup":%3,"destination":%3,"weightLb":%4})").arg(s, account, address).arg(100 * i)),
        command(s + QStringLiteral("-assign"), QStringLiteral("AssignTruck"), at(i + 1), QStringLiteral("dan"), QStringLiteral("dispatch"),
                QStringLiteral(R"({"shipmentId":"%1","truckId":"%2"})").arg(s, t)),
        command(s + QStringLiteral("-ship"), QStringLiteral("ShipShipment"), at(i + 2), QStringLiteral("dan"), QStringLiteral("dispatch"),
                QStringLiteral(R"({"shipmentId":"%1"})").arg(s)),
        command(s + QStringLiteral("-deliver"), QStringLiteral("DeliverShipment"), at(i + 3), QStringLiteral("dan"), QStringLiteral("dispatch"),
                QStringLiteral(R"({"shipmentId":"%1","signedBy":"J. Doe"})").arg(s)),
    };
}

} // namespace

class TestSharedStore : public QObject
{
    Q_OBJECT

private slots:
    void fourWritersOnTheSameShipments();
    void loginsActOnlyForTheirDepartments();
    void migrateThereAndBackKeepsEveryEvent();
    void anotherDesksCommandReachesTheStoreClient();
    void migrateKeepsTheHashesOfOldEvents();

private:
    QTemporaryDir m_dir;
};

void TestSharedStore::fourWritersOnTheSameShipments()
{
    const QString db = hs::test::storeLocation(m_dir, QStringLiteral("four.db"));
    constexpr int shipments = 96, writers = 4, rounds = 3, paymentsPerWriter = 24;
    QByteArray setup;
    for (int a = 0; a < 3; ++a)
        setup += command(QStringLiteral("open-%1").arg(a), QStringLiteral("OpenAccount"), at(0), QStringLiteral("fran"), QStringLiteral("finance"),
                         QStringLiteral(R"({"accountId":"A-%1","name":"Account %1"})").arg(a));
    for (int t = 1; t <= shipments; ++t)
        setup += command(QStringLiteral("truck-%1").arg(t), QStringLiteral("RegisterTruck"), at(0), QStringLiteral("dan"), QStringLiteral("dispatch"),
                         QStringLiteral(R"({"truckId":"T-%1","capacityLb":80000})").arg(t));
    QCOMPARE(haulctl(db, {QStringLiteral("submit")}, setup).exitCode, 0);

    // Every writer sends every shipment's lifecycle, starting at a different shipment, plus
    // payments of its own to the same accounts; each in rounds, all four at once per round.
    QList<QList<QByteArray>> chunks(writers);
    qint64 paid = 0;
    for (int w = 0; w < writers; ++w) {
        QList<QByteArray> lines;
        for (int k = 0; k < shipments; ++k) {
            const int i = 1 + (k + w * shipments / writers) % shipments;
            lines += lifecycle(i);
            if (k % 2 == 0 && k / 2 < paymentsPerWriter) {
                const int amount = 100 + w * 10 + k;
                paid += amount;
                // One time for every payment: an account's commands are never stale among themselves.
                lines << command(QStringLiteral("pay-%1-%2").arg(w).arg(k), QStringLiteral("PostPayment"), at(500), QStringLiteral("fran"),
                                 QStringLiteral("finance"), QStringLiteral(R"({"accountId":"A-%1","amountCents":%2,"reference":"R-%3-%4"})")
                                                                .arg(k % 3).arg(amount).arg(w).arg(k));
            }
        }
        for (int r = 0; r < rounds; ++r)
            chunks[w] << lines.mid(r * lines.size() / rounds, (r + 1) * lines.size() / rounds - r * lines.size() / rounds).join();
    }
    QHash<QString, int> fresh; // commandId -> results that were not duplicates
    int results = 0;
    for (int r = 0; r < rounds; ++r) {
        QList<QProcess *> running;
        for (int w = 0; w < writers; ++w)
            running << startHaulctl(db, {QStringLiteral("submit")}, chunks[w][r]);
        for (QProcess *p : running) {
            const Run run = finish(p);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            for (const QJsonObject &o : run.lines()) {
                ++results;
                QVERIFY2(o[u"status"].toString() == u"accepted", QJsonDocument(o).toJson().constData());
                if (!o[u"duplicate"].toBool())
                    ++fresh[o[u"commandId"].toString()];
            }
        }
    }
    QCOMPARE(results, writers * (shipments * 4 + paymentsPerWriter));
    // Each command ran exactly once, whichever writer got there first.
    QCOMPARE(fresh.size(), shipments * 4 + writers * paymentsPerWriter);
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));

    // Exactly one invoice per delivered shipment.
    const Run invoices = haulctl(db, {QStringLiteral("events"), QStringLiteral("--type"), QStringLiteral("AccountInvoiced")});
    QSet<QString> invoiced;
    for (const QJsonObject &e : invoices.lines())
        invoiced.insert(e[u"data"][u"shipmentId"].toString());
    QCOMPARE(invoices.lines().size(), shipments);
    QCOMPARE(invoiced.size(), shipments);

    // Positions without gaps or repeats, and the log holds each command once.
    const QList<QJsonObject> events = haulctl(db, {QStringLiteral("events")}).lines();
    for (int i = 0; i < events.size(); ++i)
        QCOMPARE(events[i][u"position"].toInteger(), i + 1);
    const QJsonArray log = QJsonDocument::fromJson(haulctl(db, {QStringLiteral("query"), QStringLiteral("commands")}).out).array();
    QSet<QString> logged;
    for (const QJsonValue &c : log)
        logged.insert(c[u"commandId"].toString());
    QCOMPARE(logged.size(), log.size());
    QCOMPARE(log.size(), 3 + shipments + shipments * 4 + writers * paymentsPerWriter + shipments); // + one invoice command each

    qint64 paidCents = 0;
    for (const QJsonValue &a : QJsonDocument::fromJson(haulctl(db, {QStringLiteral("query"), QStringLiteral("accounts")}).out).array())
        paidCents += a[u"paidCents"].toInteger();
    QCOMPARE(paidCents, paid);
    const Run verified = haulctl(db, {QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
}

void TestSharedStore::loginsActOnlyForTheirDepartments()
{
    if (!hs::test::onPostgres())
        QSKIP("logins and department roles are PostgreSQL's; an SQLite store is guarded by its file");
    const QString db = hs::test::freshDatabase();
    QCOMPARE(haulctl(db, {QStringLiteral("init")}).exitCode, 0);
    QVERIFY(hs::test::onCluster({QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'nobody') "
                                                "THEN CREATE ROLE nobody LOGIN; END IF; END $$")}));
    const Run granted = haulctl(db, {QStringLiteral("grant"), QStringLiteral("dana"), QStringLiteral("dispatch")});
    QVERIFY2(granted.exitCode == 0, granted.err.constData());
    QCOMPARE(granted.out.trimmed(), QByteArray(R"({"login":"dana","departments":["dispatch"]})"));

    // Through haulctl: dana acts as herself, for dispatch only.
    const QString asDana = hs::test::asLogin(db, QStringLiteral("dana"));
    QByteArray input = command(QStringLiteral("d-1"), QStringLiteral("RegisterTruck"), at(0), QStringLiteral("dana"), QStringLiteral("dispatch"),
                               QStringLiteral(R"({"truckId":"T-1","capacityLb":1000})"));
    input += command(QStringLiteral("d-2"), QStringLiteral("RegisterTruck"), at(0), QStringLiteral("dan"), QStringLiteral("dispatch"),
                     QStringLiteral(R"({"truckId":"T-2","capacityLb":1000})"));
    input += command(QStringLiteral("d-3"), QStringLiteral("OpenAccount"), at(0), QStringLiteral("dana"), QStringLiteral("finance"),
                     QStringLiteral(R"({"accountId":"A-1","name":"Acme"})"));
    const Run dana = haulctl(asDana, {QStringLiteral("submit")}, input);
    QVERIFY2(dana.exitCode == 0, dana.err.constData());
    const QList<QJsonObject> r = dana.lines();
    QCOMPARE(r.size(), 3);
    QCOMPARE(r[0][u"status"].toString(), QStringLiteral("accepted"));
    QCOMPARE(r[1][u"error"][u"code"].toString(), QStringLiteral("forbidden"));
    QCOMPARE(r[2][u"error"][u"code"].toString(), QStringLiteral("forbidden"));

    // Around haulctl, with plain SQL: the database itself refuses.
    const QString insert = QStringLiteral(
        "INSERT INTO events (position, event_id, stream_id, version, type, schema_version, data, command_id, causation_id, "
        "correlation_id, actor_user, actor_department, occurred_at, recorded_at, occurred_max, hash) VALUES (2, 'e-x', "
        "'truck-T-9', 1, 'TruckRegistered', 1, '{\"truckId\":\"T-9\",\"capacityLb\":5}', 'x', 'x', 'x', '%1', '%2', 0, 0, 0, '')");
    auto refused = [&](const QString &login, const QString &sql) {
        QSqlDatabase raw = hs::test::rawConnection(hs::test::asLogin(db, login), QStringLiteral("raw-") + login);
        const bool open = raw.isOpen();
        QSqlQuery q(raw);
        const bool ran = open && q.exec(sql);
        const QString why = q.lastError().text();
        q = QSqlQuery();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw-") + login);
        return open && !ran && (why.contains(u"permission denied") || why.contains(u"may not append"));
    };
    QVERIFY(refused(QStringLiteral("nobody"), insert.arg(QStringLiteral("nobody"), QStringLiteral("dispatch"))));
    QVERIFY(refused(QStringLiteral("dana"), insert.arg(QStringLiteral("dan"), QStringLiteral("dispatch"))));
    QVERIFY(refused(QStringLiteral("dana"), insert.arg(QStringLiteral("dana"), QStringLiteral("finance"))));
    QVERIFY(refused(QStringLiteral("dana"), QStringLiteral("UPDATE events SET data = data")));
    QVERIFY(refused(QStringLiteral("dana"), QStringLiteral("DELETE FROM events")));
    // A login without a department cannot get a command through haulctl either.
    const Run nobody = haulctl(hs::test::asLogin(db, QStringLiteral("nobody")), {QStringLiteral("submit")}, input);
    QVERIFY(nobody.exitCode != 0 || !nobody.out.contains("\"accepted\""));
    const Run verified = haulctl(db, {QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
    QCOMPARE(haulctl(db, {QStringLiteral("events")}).lines().size(), 1);
}

void TestSharedStore::migrateThereAndBackKeepsEveryEvent()
{
    const QString origin = m_dir.filePath(QStringLiteral("origin.db"));
    const QString there = hs::test::storeLocation(m_dir, QStringLiteral("there.db"));
    const QString back = m_dir.filePath(QStringLiteral("back.db"));
    QByteArray story;
    for (int i = 1; i <= 6; ++i)
        story += command(QStringLiteral("truck-%1").arg(i), QStringLiteral("RegisterTruck"), at(0), QStringLiteral("dan"), QStringLiteral("dispatch"),
                         QStringLiteral(R"({"truckId":"T-%1","capacityLb":80000})").arg(i));
    for (int a = 0; a < 3; ++a)
        story += command(QStringLiteral("open-%1").arg(a), QStringLiteral("OpenAccount"), at(0), QStringLiteral("fran"), QStringLiteral("finance"),
                         QStringLiteral(R"({"accountId":"A-%1","name":"Account %1"})").arg(a));
    for (int i = 1; i <= 6; ++i)
        story += lifecycle(i).join();
    story += "not a command\n";
    QCOMPARE(haulctl(origin, {QStringLiteral("submit")}, story).exitCode, 0);

    const Run out = haulctl(origin, {QStringLiteral("migrate"), QStringLiteral("--to"), there});
    QVERIFY2(out.exitCode == 0, out.err.constData());
    if (hs::test::onPostgres()) {
        // The copied events have the statistics they are planned on, without waiting for autovacuum.
        bool analyzed = false;
        {
            QSqlDatabase raw = hs::test::rawConnection(there, QStringLiteral("statistics"));
            QSqlQuery q(raw);
            analyzed = q.exec(QStringLiteral("SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'events'"))
                       && q.next() && q.value(0).toBool();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("statistics"));
        QVERIFY(analyzed);
    }
    const Run home = haulctl(there, {QStringLiteral("migrate"), QStringLiteral("--to"), back});
    QVERIFY2(home.exitCode == 0, home.err.constData());
    QCOMPARE(home.out, out.out);
    for (const QString &view : {QStringLiteral("events"), QStringLiteral("query")}) {
        const QStringList args = view == u"events" ? QStringList{view} : QStringList{view, QStringLiteral("commands")};
        const QByteArray first = haulctl(origin, args).out;
        QVERIFY(!first.isEmpty());
        QCOMPARE(haulctl(there, args).out, first);
        QCOMPARE(haulctl(back, args).out, first);
    }
    for (const QString &store : {origin, there, back}) {
        const Run verified = haulctl(store, {QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, verified.out.constData());
    }
    // Only into an empty store.
    const Run again = haulctl(origin, {QStringLiteral("migrate"), QStringLiteral("--to"), back});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("already holds a store"));
}

void TestSharedStore::anotherDesksCommandReachesTheStoreClient()
{
    const QString db = hs::test::storeLocation(m_dir, QStringLiteral("live.db"));
    QCOMPARE(haulctl(db, {QStringLiteral("init")}).exitCode, 0);
    hs::StoreClient client;
    QSignalSpy opened(&client, &hs::StoreClient::opened);
    QSignalSpy changed(&client, &hs::StoreClient::storeChanged);
    client.open(db);
    QVERIFY(opened.wait(30000));
    // Another process (another desk) commits; the client hears of it without being asked.
    const QByteArray input = command(QStringLiteral("live-1"), QStringLiteral("RegisterTruck"), at(0), QStringLiteral("dan"),
                                     QStringLiteral("dispatch"), QStringLiteral(R"({"truckId":"T-1","capacityLb":1000})"));
    QCOMPARE(haulctl(db, {QStringLiteral("submit")}, input).exitCode, 0);
    const auto headSeen = [&] {
        for (const QList<QVariant> &args : changed)
            if (args.at(0).toLongLong() == 1)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(headSeen(), 30000);
    // What the client then reads is the other desk's truck.
    std::optional<hs::TruckView> truck;
    client.read(this, [](hs::ReadContext &ctx) { return ctx.queries.truck(QStringLiteral("T-1")); },
                [&](std::optional<hs::TruckView> t) { truck = std::move(t); });
    QTRY_VERIFY_WITH_TIMEOUT(truck.has_value(), 30000);
    QCOMPARE(truck->truck.capacityLb, 1000);
}

void TestSharedStore::migrateKeepsTheHashesOfOldEvents()
{
    // A store written by an older version: its events of schema version 1 are upcast when read,
    // but copied as stored, so the copy's chain is the original's, hash for hash.
    const QString origin = m_dir.filePath(QStringLiteral("v1.db"));
    QVERIFY(QFile::copy(QStringLiteral(HS_TEST_DATA "/v1-store.db"), origin));
    QFile::setPermissions(origin, QFile::ReadOwner | QFile::WriteOwner);
    const QString there = hs::test::storeLocation(m_dir, QStringLiteral("v1-there.db"));
    const Run out = haulctl(origin, {QStringLiteral("migrate"), QStringLiteral("--to"), there});
    QVERIFY2(out.exitCode == 0, out.err.constData());
    const auto hashes = [](const QString &store) {
        QByteArray all;
        {
            QSqlDatabase raw = hs::test::rawConnection(store, QStringLiteral("hashes"));
            QSqlQuery q(raw);
            q.exec(QStringLiteral("SELECT schema_version, hash FROM events ORDER BY position"));
            while (q.next())
                all += QByteArray::number(q.value(0).toInt()) + ':' + q.value(1).toByteArray().toHex() + '\n';
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hashes"));
        return all;
    };
    const QByteArray original = hashes(origin);
    QVERIFY(original.contains("\n1:")); // old events are there
    QCOMPARE(hashes(there), original);
    const Run verified = haulctl(there, {QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
    QCOMPARE(haulctl(there, {QStringLiteral("events")}).out, haulctl(origin, {QStringLiteral("events")}).out);
}

QTEST_GUILESS_MAIN(TestSharedStore)
#include "tst_sharedstore.moc"
