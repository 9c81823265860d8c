// The store: concurrency, the hash chain, crash recovery, rebuilds, foreign files, as-of answers.

#include "fixtures.h"
#include "rawconnection.h"

#include "demo/workload.h"
#include "readmodel/queries.h"
#include "readmodel/viewjson.h"
#include "reducer/reducer.h"
#include "store/checkpointer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <sqlite3.h>

#include "teststore.h"

using namespace hs;
using namespace fixtures;
using hs::test::RawConnection;

namespace {

const QString A1 = QStringLiteral("A-1");

QByteArray checksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

std::vector<ParsedCommand> parsed(const std::vector<CommandEnvelope> &commands)
{
    std::vector<ParsedCommand> out;
    out.reserve(commands.size());
    for (const CommandEnvelope &c : commands)
        out.push_back(parsedFrom(c));
    return out;
}

// A few thousand commands of the Great Plains business. With jitter, some commands carry an
// earlier issuedAt than commands before them: late events across entities (and some stale
// rejections on the same entity).
std::vector<CommandEnvelope> workload(int count, quint32 seed, bool jitter)
{
    Workload::Options o;
    o.seed = seed;
    o.startMs = at(0);
    Workload w(o);
    std::vector<CommandEnvelope> out;
    QRandomGenerator rng(seed);
    while (int(out.size()) < count) {
        for (CommandEnvelope &c : w.nextRound()) {
            if (jitter && rng.bounded(100) < 25)
                c.issuedAt -= rng.bounded(3 * 60) * 60 * 1000;
            out.push_back(std::move(c));
        }
    }
    return out;
}

bool submitAll(Reducer &r, const std::vector<CommandEnvelope> &commands, int batch = 500)
{
    for (size_t i = 0; i < commands.size(); i += batch) {
        const std::vector<CommandEnvelope> part(commands.begin() + i,
                                                commands.begin() + std::min(commands.size(), i + batch));
        if (r.submit(parsed(part)).failure)
            return false;
    }
    return true;
}

template <typename T> QString text(const T &v) { return QString::fromUtf8(viewjson::toJson(v)); }

QString shipmentText(const ShipmentView &s, const std::vector<HistoryEntry> &h)
{
    JsonWriter w;
    viewjson::write(w, s, &h);
    return QString::fromUtf8(w.take());
}

// Every department view as lines of JSON, from the store (live or as of a moment).
QStringList dump(ReadModelQueries &q, const AsOf *at)
{
    QStringList out;
    for (const ShipmentView &s : q.shipments({}, at))
        out << shipmentText(s, q.history(s.shipmentId, at));
    for (const TruckView &t : q.trucks(at))
        out << text(t);
    for (const AccountView &a : q.accounts(at)) {
        out << text(a);
        for (const LedgerEntry &l : q.ledger(a.accountId, at))
            out << text(l);
    }
    out << text(q.statusCounts(at));
    ShipmentQuery queue;
    queue.status = ShipmentStatus::Submitted;
    queue.order = ShipmentQuery::Order::OldestFirst;
    for (const ShipmentView &s : q.shipments(queue, at))
        out << QStringLiteral("waiting ") + s.shipmentId;
    return out;
}

// The same views from an in-memory ViewSet.
QStringList dump(const ViewSet &v)
{
    QStringList out;
    for (const auto &[id, s] : v.shipments) {
        const auto h = v.histories.find(id);
        out << shipmentText(s, h == v.histories.end() ? std::vector<HistoryEntry>{} : h->second);
    }
    for (const auto &[id, t] : v.trucks)
        out << text(t);
    for (const auto &[id, a] : v.accounts) {
        out << text(a);
        if (auto l = v.ledgers.find(id); l != v.ledgers.end())
            for (const LedgerEntry &e : l->second)
                out << text(e);
    }
    out << text(v.counts);
    std::vector<ShipmentView> waiting;
    for (const auto &[id, s] : v.shipments)
        if (s.status == ShipmentStatus::Submitted)
            waiting.push_back(s);
    std::sort(waiting.begin(), waiting.end(), [](const ShipmentView &a, const ShipmentView &b) { return a.submittedPosition < b.submittedPosition; });
    for (const ShipmentView &s : waiting)
        out << QStringLiteral("waiting ") + s.shipmentId;
    return out;
}

QString firstDifference(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        if (a[i] != b[i])
            return QStringLiteral("line %1:\n  got      %2\n  expected %3").arg(i).arg(a[i], b[i]);
    return QStringLiteral("%1 lines, expected %2").arg(a.size()).arg(b.size());
}

// A trigger on the store refuses every new ledger row with "the disk is full", until
// allowLedgerRows() drops it.
bool refuseLedgerRows(const RawConnection &raw)
{
    const bool pg = hs::test::onPostgres();
    QString problem;
    const bool ok = pg ? raw.exec(QStringLiteral("CREATE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS "
                                                  "$$ BEGIN RAISE EXCEPTION 'the disk is full'; END $$"), &problem)
                             && raw.exec(QStringLiteral("CREATE TRIGGER refuse_ledger BEFORE INSERT ON rm_ledger "
                                                        "FOR EACH ROW EXECUTE FUNCTION refuse_row()"), &problem)
                       : raw.exec(QStringLiteral("CREATE TRIGGER refuse_ledger BEFORE INSERT ON rm_ledger "
                                                 "BEGIN SELECT RAISE(FAIL, 'the disk is full'); END"), &problem);
    if (!ok)
        qWarning("%s", qPrintable(problem));
    return ok;
}

bool allowLedgerRows(const RawConnection &raw)
{
    return raw.exec(QStringLiteral("DROP TRIGGER refuse_ledger%1").arg(hs::test::onPostgres() ? u" ON rm_ledger" : u""));
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void twoWritersCannotAppendTheSameVersion();
    void duplicateStreamVersionIsRefusedByTheTable();
    void verifyFindsTampering_data();
    void verifyFindsTampering();
    void crashBetweenAppendAndProjection();
    void rebuildEqualsIncrementalReadModels();
    void aRebuildThatCannotWriteLeavesTheReadModelsAsTheyWere();
    void aBatchWithAWriteRefusedRecordsNothing();
    void refusesForeignFilesUntouched_data();
    void refusesForeignFilesUntouched();
    void writeAheadLoggingIsOn();
    void theLogIsCopiedBackOffTheWritersThread();
    void aLongRunOfCommitsKeepsTheLogShort();
    void theLogStartsAgainAsAShortFile();
    void asOfEqualsReplayUpToThatTime();
    void snapshotsDecideLikeAFullReplay_data();
    void snapshotsDecideLikeAFullReplay();
    void preparedStatementsBindAndReadAsQtSqlDoes();
    void preparedStatementsOutliveTheirConnection();
    void postgresStatisticsFollowALargeImport();
    void postgresStatisticsFollowARebuild();

private:
    std::unique_ptr<Reducer> open(const Reducer::Options &options = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = hs::test::storeLocation(*m_dir, QStringLiteral("store.db"));
}

void TestStore::cleanup() { m_dir.reset(); }

std::unique_ptr<Reducer> TestStore::open(const Reducer::Options &options)
{
    StoreError error;
    auto r = Reducer::open(m_path, options, &error);
    if (!r)
        qWarning("%s", qPrintable(error.message));
    return r;
}

void TestStore::twoWritersCannotAppendTheSameVersion()
{
    {
        auto r = open();
        QVERIFY(r);
        QVERIFY(r->submit(command(QStringLiteral("c-1"), cmd::OpenAccount{A1, QStringLiteral("Prairie Feed & Seed")}, at(0))).results[0].accepted);
    }
    StoreError error;
    auto dbA = Database::open(m_path, Database::Mode::ReadWrite, &error);
    auto dbB = Database::open(m_path, Database::Mode::ReadWrite, &error);
    QVERIFY(dbA && dbB);
    EventStore a(*dbA), b(*dbB);
    const QString stream = accountStream(A1);
    QCOMPARE(a.streamVersion(stream), 1);
    QCOMPARE(b.streamVersion(stream), 1);

    auto payment = [](const char *reference) {
        RecordedEvent e;
        e.event = ev::PaymentPosted{A1, 100, QString::fromLatin1(reference)};
        e.occurredAt = e.recordedAt = at(1);
        e.commandId = e.causationId = e.correlationId = QString::fromLatin1(reference);
        e.actor = bookkeeper();
        return e;
    };
    // A appends version 2; B follows and appends version 3.
    RecordedEvent first = payment("P-1");
    QVERIFY(dbA->beginWrite());
    QVERIFY2(a.append(first, &error), qPrintable(error.message));
    QCOMPARE(first.version, 2);
    QVERIFY(a.saveHead());
    QVERIFY(dbA->commit());
    QVERIFY(b.loadHead());
    RecordedEvent second = payment("P-2");
    QVERIFY(dbB->beginWrite());
    QVERIFY2(b.append(second, &error), qPrintable(error.message));
    QCOMPARE(second.version, 3);
    QVERIFY(b.saveHead());
    QVERIFY(dbB->commit());

    // A still believes the stream stands at version 2: its version 3 must not go in.
    QCOMPARE(a.streamVersion(stream), 2);
    RecordedEvent third = payment("P-3");
    QVERIFY(dbA->beginWrite());
    error = {};
    QVERIFY(!a.append(third, &error));
    dbA->rollback();
    // Refused either way: SQLite names the stream version; PostgreSQL's key on position, which A's
    // stale head also reuses, answers first there.
    QVERIFY2(error.message.contains(QStringLiteral("Could not append to stream account-A-1 at version 3"))
                 || error.message.contains(QStringLiteral("Key (\"position\")=(3) already exists")),
             qPrintable(error.message));
    {
        RawConnection raw(m_path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT data FROM events WHERE stream_id = 'account-A-1' AND version = 3")).toString(),
                 QStringLiteral(R"({"accountId":"A-1","amountCents":100,"reference":"P-2"})"));
    }
    // After reloading, A appends version 4.
    QVERIFY(a.loadHead());
    QVERIFY(dbA->beginWrite());
    QVERIFY2(a.append(third, &error), qPrintable(error.message));
    QCOMPARE(third.version, 4);
    QCOMPARE(third.position, 4);
    QVERIFY(a.saveHead());
    QVERIFY(dbA->commit());
    dbA.reset();
    dbB.reset();
    auto r = open();
    QVERIFY(r);
    // The chain and read models hold; only the command log lacks the payments appended by hand.
    const QStringList problems = r->verify();
    QCOMPARE(problems.size(), 3);
    for (const QString &p : problems)
        QVERIFY2(p.contains(QStringLiteral("which is not in the command log")), qPrintable(p));
    QCOMPARE(r->state().findAccount(A1)->payments.size(), 3);
    QCOMPARE(ReadModelQueries(r->database().connection()).account(A1)->paidCents, 300);
}

void TestStore::duplicateStreamVersionIsRefusedByTheTable()
{
    {
        auto r = open();
        QVERIFY(r);
        r->submit(command(QStringLiteral("c-1"), cmd::OpenAccount{A1, QStringLiteral("Prairie Feed & Seed")}, at(0)));
    }
    RawConnection raw(m_path);
    QString error;
    QVERIFY(!raw.exec(QStringLiteral(
        "INSERT INTO events (position, event_id, stream_id, version, type, schema_version, data, command_id, "
        "causation_id, correlation_id, actor_user, actor_department, occurred_at, recorded_at, occurred_max, hash) "
        "VALUES (2, 'other', 'account-A-1', 1, 'AccountOpened', 1, '{\"accountId\":\"A-1\",\"name\":\"x\"}', "
        "'c-2', 'c-2', 'c-2', 'fran', 'finance', 0, 0, 0, %1)").arg(hs::test::onPostgres() ? u"'\\x00'" : u"X'00'"), &error));
    QVERIFY2(error.contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM events")).toInt(), 1);
}

void TestStore::verifyFindsTampering_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("mentions");

    const QString hash = QStringLiteral("does not match its hash");
    QTest::newRow("event data edited")
        << QStringList{QStringLiteral("UPDATE events SET data = replace(data, '\"weightLb\":', '\"weightLb\":1') "
                                      "WHERE position = (SELECT min(position) FROM events WHERE type = 'ShipmentSubmitted')")}
        << hash;
    QTest::newRow("event time edited")
        << QStringList{QStringLiteral("UPDATE events SET occurred_at = occurred_at - 60000 WHERE position = 10")} << hash;
    QTest::newRow("event actor edited")
        << QStringList{QStringLiteral("UPDATE events SET actor_user = 'mallory' WHERE position = 7")} << hash;
    QTest::newRow("event deleted")
        << QStringList{QStringLiteral("DELETE FROM events WHERE position = 12")} << QStringLiteral("missing");
    QTest::newRow("last event deleted")
        << QStringList{QStringLiteral("DELETE FROM events WHERE position = (SELECT max(position) FROM events)")}
        << QStringLiteral("removed");
    QTest::newRow("events reordered")
        << QStringList{QStringLiteral("UPDATE events SET position = -1 WHERE position = 20"),
                       QStringLiteral("UPDATE events SET position = 20 WHERE position = 21"),
                       QStringLiteral("UPDATE events SET position = 21 WHERE position = -1")}
        << hash;
    QTest::newRow("account row edited")
        << QStringList{QStringLiteral("UPDATE rm_accounts SET paid_cents = paid_cents + 1 WHERE valid_to IS NULL "
                                      "AND account_id = (SELECT max(account_id) FROM rm_accounts)")}
        << QStringLiteral("rm_accounts");
    QTest::newRow("shipment row edited")
        << QStringList{QStringLiteral("UPDATE rm_shipments SET status = CASE status WHEN 'delivered' THEN 'cancelled' ELSE 'delivered' END "
                                      "WHERE valid_to IS NULL AND shipment_id = (SELECT min(shipment_id) FROM rm_shipments WHERE valid_to IS NULL)")}
        << QStringLiteral("rm_shipments");
    QTest::newRow("ledger row deleted")
        << QStringList{QStringLiteral("DELETE FROM rm_ledger WHERE position = (SELECT max(position) FROM rm_ledger)")}
        << QStringLiteral("rm_ledger");
    QTest::newRow("truck row added")
        << QStringList{QStringLiteral("INSERT INTO rm_trucks VALUES ('T-999', 1, 'available', NULL, NULL, 1, NULL)")}
        << QStringLiteral("rm_trucks");
    QTest::newRow("status count edited")
        << QStringList{QStringLiteral("UPDATE rm_status_counts SET n = n + 1 WHERE status = 'submitted'")}
        << QStringLiteral("rm_status_counts");
}

void TestStore::verifyFindsTampering()
{
    QFETCH(QStringList, sql);
    QFETCH(QString, mentions);

    auto r = open();
    QVERIFY(r);
    QVERIFY(submitAll(*r, workload(150, 7, false)));
    QVERIFY(r->headPosition() > 30);
    QVERIFY2(r->verify().isEmpty(), qPrintable(r->verify().join(u'\n')));
    {
        RawConnection raw(m_path);
        for (const QString &s : sql) {
            QString error;
            QVERIFY2(raw.exec(s, &error), qPrintable(error));
        }
    }
    const QStringList problems = r->verify();
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.join(u'\n').contains(mentions), qPrintable(problems.join(u'\n')));
    // A reader that opens the file afresh finds it too.
    r.reset();
    r = open();
    QVERIFY(r);
    QVERIFY(!r->verify().isEmpty());
}

void TestStore::crashBetweenAppendAndProjection()
{
    const auto commands = workload(600, 11, false);
    const auto half = std::vector<CommandEnvelope>(commands.begin(), commands.begin() + 300);
    const auto rest = std::vector<CommandEnvelope>(commands.begin() + 300, commands.end());
    {
        auto r = open();
        QVERIFY(r);
        QVERIFY(submitAll(*r, half));
    }
    qint64 head = 0;
    {
        // Events are committed, the read models are not touched.
        Reducer::Options crashy;
        crashy.projectInline = false;
        auto r = open(crashy);
        QVERIFY(r);
        const qint64 before = r->headPosition();
        QVERIFY(submitAll(*r, rest, 100));
        head = r->headPosition();
        QVERIFY(head > before);
        QCOMPARE(ReadModelQueries(r->database().connection()).projectionPosition(), before);
    }
    Reducer::Options snapshotting;
    snapshotting.snapshotEvery = 100;
    auto r = open(snapshotting);
    QVERIFY(r);
    QCOMPARE(r->headPosition(), head);
    ReadModelQueries q(r->database().connection());
    QCOMPARE(q.projectionPosition(), head);
    // The state replayed while mending them is snapshotted at once, not by the first command.
    QCOMPARE(RawConnection(m_path).scalar(QStringLiteral("SELECT max(position) FROM snapshots")).toLongLong(), head);
    QVERIFY2(r->verify().isEmpty(), qPrintable(r->verify().join(u'\n')));
    // And they equal the events replayed in memory.
    ViewSet replay;
    r->events().forEach({}, [&](const RecordedEvent &e) { replay.apply(e); return true; });
    const QStringList live = dump(q, nullptr), expected = dump(replay);
    QVERIFY2(live == expected, qPrintable(firstDifference(live, expected)));
}

void TestStore::rebuildEqualsIncrementalReadModels()
{
    auto r = open();
    QVERIFY(r);
    QVERIFY(submitAll(*r, workload(3000, 20260105, false)));
    QVERIFY(r->headPosition() > 1500); // more than one status snapshot block
    ReadModelQueries q(r->database().connection());
    // Check calls, whose rows name who made them: the actor a rebuild reads from each event.
    ShipmentQuery onTrucks;
    onTrucks.status = ShipmentStatus::Assigned;
    const std::vector<ShipmentView> assigned = q.shipments(onTrucks);
    QVERIFY(assigned.size() >= 3);
    const auto checkCalls = [&] {
        QStringList out;
        for (const ShipmentView &s : assigned)
            for (const CheckCall &k : q.checkCalls(s.shipmentId))
                out << QStringLiteral("%1 %2 %3 %4 %5 [%6] %7 %8").arg(k.position).arg(k.shipmentId, k.truckId).arg(k.occurredAt)
                           .arg(k.location, k.note, k.actor.user, departmentName(k.actor.department));
        return out;
    };
    for (int i = 0; i < 3; ++i) {
        const CommandEnvelope call{QStringLiteral("check-call-%1").arg(i), q.lastEventTime().value_or(0) + 60000,
                                   Actor{QStringLiteral("rosa.dispatch"), Department::Dispatch},
                                   // The first without a note, as a caller of the C++ API may leave it.
                                   cmd::RecordCheckCall{assigned[size_t(i)].shipmentId, QStringLiteral("Salina"),
                                                        i == 0 ? QString() : QStringLiteral("Unloading at noon"), std::nullopt},
                                   {}, {}};
        const Reducer::BatchOutcome outcome = r->submit(parsed({call}));
        QVERIFY2(!outcome.failure, qPrintable(outcome.failure.value_or(StoreError{}).message));
        QCOMPARE(outcome.results.size(), size_t(1));
        QVERIFY2(outcome.results[0].accepted, qPrintable(outcome.results[0].rejection.value_or(Rejection{}).message));
    }
    const QStringList calls = checkCalls();
    QCOMPARE(calls.size(), 3);
    QVERIFY2(r->verify().isEmpty(), qPrintable(r->verify().join(u'\n')));
    const QStringList incremental = dump(q, nullptr);
    const auto middle = q.resolveAsOf(at(0) + (q.lastEventTime().value_or(0) - at(0)) / 2);
    QVERIFY(middle);
    const QStringList halfway = dump(q, &*middle);
    StoreError error;
    QCOMPARE(r->rebuild(&error).value_or(-1), r->headPosition());
    const QStringList rebuilt = dump(q, nullptr);
    QVERIFY2(incremental == rebuilt, qPrintable(firstDifference(rebuilt, incremental)));
    QCOMPARE(dump(q, &*middle), halfway);
    QCOMPARE(checkCalls(), calls);
    QVERIFY2(r->verify().isEmpty(), qPrintable(r->verify().join(u'\n')));
    // Every status appears, so the comparison covered them all.
    const StatusCounts counts = q.statusCounts();
    for (qint64 n : counts)
        QVERIFY(n > 0);
}

void TestStore::aRebuildThatCannotWriteLeavesTheReadModelsAsTheyWere()
{
    auto r = open();
    QVERIFY(r);
    QVERIFY(submitAll(*r, workload(600, 7, false)));
    ReadModelQueries q(r->database().connection());
    const QStringList before = dump(q, nullptr);
    // The ledger's rows are written late in the rebuild (on SQLite by the thread that writes
    // behind the projection), long after the tables were emptied.
    RawConnection raw(m_path);
    QVERIFY(refuseLedgerRows(raw));
    StoreError error;
    QVERIFY(!r->rebuild(&error));
    QVERIFY2(error.message.contains(u"the disk is full"), qPrintable(error.message));
    QCOMPARE(dump(q, nullptr), before);
    QVERIFY(allowLedgerRows(raw));
    QCOMPARE(r->rebuild(&error).value_or(-1), r->headPosition());
    QCOMPARE(dump(q, nullptr), before);
    QVERIFY2(r->verify().isEmpty(), qPrintable(r->verify().join(u'\n')));
}

// On PostgreSQL a batch's writes are pipelined (PgSession): the refusal of one comes back only
// later, and must still fail the whole batch with its own words.
void TestStore::aBatchWithAWriteRefusedRecordsNothing()
{
    auto r = open();
    QVERIFY(r);
    QVERIFY(r->submit(command(QStringLiteral("c-1"), cmd::OpenAccount{A1, QStringLiteral("Prairie Feed & Seed")}, at(0))).results[0].accepted);
    const qint64 head = r->headPosition();
    RawConnection raw(m_path);
    QVERIFY(refuseLedgerRows(raw));
    // The payment's ledger row is refused; the accounts opened around it go with it.
    const std::vector<ParsedCommand> batch{
        parsedFrom(command(QStringLiteral("c-2"), cmd::OpenAccount{QStringLiteral("A-2"), QStringLiteral("Sandhills Lumber")}, at(1))),
        parsedFrom(command(QStringLiteral("c-3"), cmd::PostPayment{A1, 500, QStringLiteral("chk-1")}, at(2))),
        parsedFrom(command(QStringLiteral("c-4"), cmd::OpenAccount{QStringLiteral("A-3"), QStringLiteral("Platte Grain")}, at(3)))};
    const auto refused = r->submit(batch);
    QVERIFY(refused.failure);
    QVERIFY2(refused.failure->message.contains(u"the disk is full"), qPrintable(refused.failure->message));
    QVERIFY(refused.results.empty());
    QCOMPARE(r->headPosition(), head);
    QVERIFY(!r->state().findAccount(QStringLiteral("A-2")));
    // The same connection goes on: a command after the refusal is recorded.
    QVERIFY(r->submit(command(QStringLiteral("c-5"), cmd::OpenAccount{QStringLiteral("A-5"), QStringLiteral("Loup Valley Co-op")}, at(4))).results[0].accepted);
    QVERIFY(allowLedgerRows(raw));
    const auto accepted = r->submit(batch);
    QVERIFY(!accepted.failure);
    QCOMPARE(int(accepted.results.size()), 3);
    for (const CommandResult &c : accepted.results)
        QVERIFY(c.accepted && !c.duplicate);
    QCOMPARE(r->headPosition(), head + 4);
    QVERIFY2(r->verify().isEmpty(), qPrintable(r->verify().join(u'\n')));
}

void TestStore::refusesForeignFilesUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    if (!hs::test::onPostgres())
        QTest::newRow("a text file") << QStringLiteral("text") << QStringLiteral("is not a Haulstream store");
    QTest::newRow("another program's database") << QStringLiteral("other")
        << (hs::test::onPostgres() ? QStringLiteral("tables of another program") : QStringLiteral("SQLite database of another program"));
    QTest::newRow("a store of a newer version") << QStringLiteral("newer") << QStringLiteral("newer version of Haulstream");
}

void TestStore::refusesForeignFilesUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);

    if (kind == u"text") {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dear diary,\nthe trucks were late again.\n");
    } else if (kind == u"other") {
        RawConnection raw(m_path);
        QVERIFY(raw.exec(hs::test::onPostgres() ? QStringLiteral("CREATE TABLE notes (id SERIAL PRIMARY KEY, body TEXT)")
                                                : QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('milk')")));
    } else {
        {
            auto r = open();
            QVERIFY(r);
            r->submit(command(QStringLiteral("c-1"), cmd::OpenAccount{A1, QStringLiteral("x")}, at(0)));
        }
        RawConnection raw(m_path);
        if (hs::test::onPostgres()) {
            QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(Database::schemaVersion + 1)));
        } else {
            QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::schemaVersion + 1)));
        }
    }
    // A database's tables and their rows; a file's bytes.
    const auto fingerprint = [&] {
        if (!hs::test::onPostgres())
            return checksum(m_path);
        RawConnection raw(m_path);
        return raw.scalar(QStringLiteral("SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'")).toByteArray()
            + raw.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(kind == u"other" ? u"notes" : u"events")).toByteArray();
    };
    const QByteArray before = fingerprint();
    QVERIFY(!before.isEmpty());

    StoreError error;
    QVERIFY(!Reducer::open(m_path, &error));
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY(error.message.contains(m_path));
    error = {};
    QVERIFY(!Database::open(m_path, Database::Mode::ReadOnly, &error));
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(fingerprint(), before);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")) || QFileInfo(m_path + QStringLiteral("-wal")).size() == 0);
}

void TestStore::writeAheadLoggingIsOn()
{
    if (hs::test::onPostgres())
        QSKIP("write-ahead logging is SQLite's; PostgreSQL always logs ahead");
    auto r = open();
    QVERIFY(r);
    r->submit(command(QStringLiteral("c-1"), cmd::OpenAccount{A1, QStringLiteral("x")}, at(0)));
    QSqlQuery q(r->database().connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    r.reset();
    // It stays on for the next opening, and any other connection sees it.
    r = open();
    QVERIFY(r);
    RawConnection raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

// A log that no checkpoint has copied back yet: the checkpointer copies it into the file.
void TestStore::theLogIsCopiedBackOffTheWritersThread()
{
    if (hs::test::onPostgres())
        QSKIP("checkpoints are SQLite's");
    sqlite3 *writer = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_path).constData(), &writer), SQLITE_OK);
    const char *fill = "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE t (x BLOB);"
                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
                       " INSERT INTO t SELECT randomblob(3000) FROM n;";
    QCOMPARE(sqlite3_exec(writer, fill, nullptr, nullptr, nullptr), SQLITE_OK);
    const qint64 before = QFileInfo(m_path).size();
    QVERIFY2(before < 3000 * 3000, qPrintable(QString::number(before))); // still all in the log
    {
        BackgroundCheckpointer checkpointer(QFile::encodeName(m_path));
        checkpointer.request();
    } // done before it stops
    QVERIFY2(QFileInfo(m_path).size() > 3000 * 3000, qPrintable(QString::number(QFileInfo(m_path).size())));
    sqlite3_close(writer);
}

// Without checkpoints the log would hold every page written; with them it is reused from the
// start once copied back, so it stays near the writer's limit however long the run.
void TestStore::aLongRunOfCommitsKeepsTheLogShort()
{
    if (hs::test::onPostgres())
        QSKIP("checkpoints are SQLite's");
    StoreError error;
    auto db = Database::open(m_path, Database::Mode::ReadWrite, &error);
    QVERIFY2(db && db->ensureSchema(&error), qPrintable(error.message));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler (x BLOB)")));
    const int pagesEach = 4000, commits = 3 * BackgroundCheckpointer::inlinePages / pagesEach; // three times the limit in all
    for (int i = 0; i < commits; ++i) {
        QVERIFY(db->beginWrite(&error));
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                      "INSERT INTO filler SELECT randomblob(3500) FROM n").arg(pagesEach)));
        QVERIFY(db->commit(&error));
    }
    const qint64 pageSize = RawConnection(m_path).scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
    const qint64 walPages = QFileInfo(m_path + QStringLiteral("-wal")).size() / pageSize;
    QVERIFY2(walPages < BackgroundCheckpointer::inlinePages + 2 * pagesEach, qPrintable(QString::number(walPages)));
}

// Once a checkpoint has copied the whole log back, the next commit starts the log again by
// cutting the file short rather than writing over the old frames: a frame is not aligned to the
// file's blocks, and each write over one read back the blocks the kernel had dropped.
void TestStore::theLogStartsAgainAsAShortFile()
{
    if (hs::test::onPostgres())
        QSKIP("the log is SQLite's");
    StoreError error;
    auto db = Database::open(m_path, Database::Mode::ReadWrite, &error);
    QVERIFY2(db && db->ensureSchema(&error), qPrintable(error.message));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler (x BLOB)")));
    QVERIFY(db->beginWrite(&error));
    QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                                  "INSERT INTO filler SELECT randomblob(3500) FROM n")));
    QVERIFY(db->commit(&error));
    const QString log = m_path + QStringLiteral("-wal");
    const qint64 pageSize = RawConnection(m_path).scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
    QVERIFY2(QFileInfo(log).size() > 1000 * pageSize, qPrintable(QString::number(QFileInfo(log).size())));

    {
        BackgroundCheckpointer checkpointer(QFile::encodeName(m_path));
        checkpointer.request();
    } // done before it stops: the whole log is copied back

    QVERIFY(db->beginWrite(&error));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO filler VALUES (x'00')")));
    QVERIFY(db->commit(&error));
    QVERIFY2(QFileInfo(log).size() < 10 * pageSize, qPrintable(QString::number(QFileInfo(log).size())));
}

void TestStore::asOfEqualsReplayUpToThatTime()
{
    auto r = open();
    QVERIFY(r);
    QVERIFY(submitAll(*r, workload(1500, 99, true)));
    RawConnection raw(m_path);
    const qint64 late = raw.scalar(QStringLiteral("SELECT count(*) FROM events WHERE occurred_at < occurred_max")).toLongLong();
    QVERIFY2(late > 20, qPrintable(QString::number(late))); // the late-event path is exercised

    std::vector<RecordedEvent> events;
    r->events().forEach({}, [&](const RecordedEvent &e) { events.push_back(e); return true; });
    const qint64 first = events.front().occurredAt, last = raw.scalar(QStringLiteral("SELECT max(occurred_at) FROM events")).toLongLong();

    // Random moments, the exact times of some events, and before and after everything.
    QRandomGenerator rng(4242);
    std::vector<qint64> times = {first - 1, first, last, last + 1};
    for (int i = 0; i < 25; ++i)
        times.push_back(first + qint64(rng.bounded(double(last - first))));
    for (int i = 0; i < 10; ++i)
        times.push_back(events[rng.bounded(int(events.size()))].occurredAt);

    ReadModelQueries q(r->database().connection());
    int withLate = 0;
    for (qint64 t : times) {
        ViewSet expected;
        for (const RecordedEvent &e : events)
            if (e.occurredAt <= t)
                expected.apply(e);
        const auto asOf = q.resolveAsOf(t);
        QVERIFY(asOf);
        withLate += asOf->hasLate;
        const QStringList got = dump(q, &*asOf), want = dump(expected);
        QVERIFY2(got == want, qPrintable(isotime::format(t) + u' ' + firstDifference(got, want)));
    }
    QVERIFY(withLate > 5);
}

void TestStore::snapshotsDecideLikeAFullReplay_data()
{
    QTest::addColumn<qint64>("sealAsideFrom");
    QTest::newRow("sealed in the batch") << std::numeric_limits<qint64>::max();
    // Sealed on another thread, stored with a later batch or when the reducer closes.
    QTest::newRow("sealed aside") << qint64(0);
}

void TestStore::snapshotsDecideLikeAFullReplay()
{
    QFETCH(qint64, sealAsideFrom);
    const auto commands = workload(1200, 5, true);
    auto outcomes = [](Reducer &r, const std::vector<CommandEnvelope> &part, QStringList &out) {
        for (size_t i = 0; i < part.size(); i += 50) {
            const std::vector<CommandEnvelope> batch(part.begin() + i, part.begin() + std::min(part.size(), i + 50));
            const auto o = r.submit(parsed(batch));
            if (o.failure)
                return false;
            for (const CommandResult &c : o.results)
                out << *c.commandId + u' '
                           + (c.accepted ? QStringLiteral("accepted") : rejectionCodeName(c.rejection->code));
        }
        return true;
    };
    const auto firstHalf = std::vector<CommandEnvelope>(commands.begin(), commands.begin() + 600);
    const auto secondHalf = std::vector<CommandEnvelope>(commands.begin() + 600, commands.end());

    // With frequent snapshots, restarted halfway: the second half decides against a snapshot.
    Reducer::Options frequent;
    frequent.snapshotEvery = 100;
    frequent.sealSnapshotsAsideFrom = sealAsideFrom;
    QStringList withSnapshots;
    qint64 headAtClose = 0;
    {
        auto r = open(frequent);
        QVERIFY(r);
        QVERIFY(outcomes(*r, firstHalf, withSnapshots));
        headAtClose = r->headPosition();
    }
    // Closing stored what was still being sealed, and snapshotted a long tail.
    RawConnection raw(m_path);
    QVERIFY(raw.scalar(QStringLiteral("SELECT count(*) FROM snapshots")).toInt() >= 3);
    QVERIFY(raw.scalar(QStringLiteral("SELECT max(position) FROM snapshots")).toLongLong() > headAtClose - frequent.snapshotEvery);
    auto r = open(frequent);
    QVERIFY(r);
    QVERIFY(outcomes(*r, secondHalf, withSnapshots));
    QVERIFY2(r->verify().isEmpty(), qPrintable(r->verify().join(u'\n'))); // every snapshot equals a replay to it

    // Without snapshots, in one go.
    StoreError error;
    auto plain = Reducer::openMemory(&error);
    QVERIFY(plain);
    QStringList replayed;
    QVERIFY(outcomes(*plain, commands, replayed));
    QCOMPARE(withSnapshots, replayed);
    QVERIFY(withSnapshots.filter(QStringLiteral(" stale")).size() > 0);
    ReadModelQueries a(r->database().connection()), b(plain->database().connection());
    QCOMPARE(dump(a, nullptr), dump(b, nullptr));
}

// The writer's own statements (SQLite's C API on SQLite) store what Qt SQL would have stored:
// a null string as NULL, an empty one as '', text as UTF-8, bytes as bytes.
void TestStore::preparedStatementsBindAndReadAsQtSqlDoes()
{
    StoreError error;
    auto db = Database::open(m_path, Database::Mode::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error.message));
    const QString bytes = hs::test::onPostgres() ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE scratch (k BIGINT PRIMARY KEY, t TEXT, u TEXT, b %1, o BIGINT)").arg(bytes)));
    const QString place = QStringLiteral("Zürich ✓ 𝄞");
    const QByteArray blob("\0\x01\xff", 3);
    {
        SqlStatement insert(db->connection());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO scratch (k, t, u, b, o) VALUES (?, ?, ?, ?, ?)")));
        insert.bind(1);
        insert.bind(place);
        insert.bindUtf8(place.toUtf8());
        insert.bindBlob(blob);
        insert.bind(std::optional<qint64>(qint64(1) << 40));
        QVERIFY(insert.exec());
        insert.bind(2);
        insert.bind(QString());
        insert.bind(QStringLiteral(""));
        insert.bindNull();
        insert.bind(std::optional<qint64>());
        QVERIFY(insert.exec());
        for (const QVariant &v : {QVariant(3), QVariant(QString()), QVariant(QStringLiteral("x")), QVariant(blob), QVariant()})
            insert.addBindValue(v);
        QVERIFY(insert.exec());
        insert.bind(2);
        for (int i = 0; i < 4; ++i)
            insert.bindNull();
        QVERIFY(!insert.exec());
        const QString code = insert.lastError().nativeErrorCode();
        QVERIFY2(hs::test::onPostgres() ? code.startsWith(QLatin1String("23")) : (code.toInt() & 0xff) == 19, qPrintable(code));
        QVERIFY(insert.lastError().text().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)
                || insert.lastError().text().contains(QLatin1String("duplicate"), Qt::CaseInsensitive));
    }
    QSqlQuery plain(db->connection());
    QVERIFY(plain.exec(QStringLiteral("SELECT k, t, u, b, o FROM scratch ORDER BY k")));
    QVERIFY(plain.next());
    QCOMPARE(plain.value(0).toLongLong(), qint64(1));
    QCOMPARE(plain.value(1).toString(), place);
    QCOMPARE(plain.value(2).toString(), place);
    QCOMPARE(plain.value(3).toByteArray(), blob);
    QCOMPARE(plain.value(4).toLongLong(), qint64(1) << 40);
    QVERIFY(plain.next());
    QVERIFY(plain.value(1).isNull());
    QVERIFY(!plain.value(2).isNull());
    QCOMPARE(plain.value(2).toString(), QString());
    QVERIFY(plain.value(3).isNull());
    QVERIFY(plain.value(4).isNull());
    QVERIFY(plain.next());
    QVERIFY(plain.value(1).isNull());
    QCOMPARE(plain.value(3).toByteArray(), blob);
    QVERIFY(!plain.next());
    plain.finish();

    SqlStatement select(db->connection());
    QVERIFY(select.prepare(QStringLiteral("SELECT k, t, u, b, o FROM scratch WHERE k >= ? ORDER BY k")));
    for (int round = 0; round < 2; ++round) {
        select.bind(1);
        QVERIFY(select.exec());
        QVERIFY(select.next());
        QCOMPARE(select.integer(0), qint64(1));
        QCOMPARE(select.text(1), place);
        QCOMPARE(select.utf8(2).toByteArray(), place.toUtf8());
        QCOMPARE(select.value(3).toByteArray(), blob);
        QCOMPARE(select.value(4).toLongLong(), qint64(1) << 40);
        QCOMPARE(SqlRow(select).value(1).toString(), place);
        QVERIFY(select.next());
        QVERIFY(select.isNull(1) && select.text(1).isNull());
        QCOMPARE(select.text(2), QString());
        QVERIFY(select.isNull(4));
        QVERIFY(select.next());
        QVERIFY(!select.next());
    }
    // Rows left unread do not keep the statement's read open: a write lock still comes.
    select.bind(1);
    QVERIFY(select.exec());
    select.finish();
    QVERIFY(db->beginWrite());
    QVERIFY(db->commit());
}

// Qt SQL finalizes the statement when its connection closes; the statement then fails, not crashes.
void TestStore::preparedStatementsOutliveTheirConnection()
{
    if (hs::test::onPostgres())
        QSKIP("on PostgreSQL the statement is Qt SQL's own, whose driver does not survive its connection");
    StoreError error;
    auto db = Database::open(m_path, Database::Mode::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error.message));
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE scratch (k BIGINT)")));
    SqlStatement insert(db->connection());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO scratch (k) VALUES (?)")));
    insert.bind(1);
    QVERIFY(insert.exec());
    db.reset();
    insert.bind(2);
    QVERIFY(!insert.exec());
    QVERIFY(insert.lastError().isValid());
}

namespace {

// The tables of a PostgreSQL store that an explicit ANALYZE (not autovacuum's) has seen, and
// whose row count the planner knows.
qint64 analyzedTables(const RawConnection &raw)
{
    return raw.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid "
                                     "WHERE s.relname IN ('events', 'rm_shipments', 'rm_accounts', 'rm_queue') "
                                     "AND s.last_analyze IS NOT NULL AND c.reltuples > 0")).toLongLong();
}

} // namespace

void TestStore::postgresStatisticsFollowALargeImport()
{
    if (!hs::test::onPostgres())
        QSKIP("SQLite plans without table statistics");
    Reducer::Options options;
    options.statisticsEvery = 200;
    auto r = open(options);
    QVERIFY(r);
    QVERIFY(submitAll(*r, workload(100, 11, false)));
    QVERIFY(r->headPosition() < options.statisticsEvery);
    RawConnection raw(m_path);
    QCOMPARE(analyzedTables(raw), qint64(0));
    QVERIFY(submitAll(*r, workload(400, 11, false)));
    QVERIFY(r->headPosition() >= options.statisticsEvery);
    QCOMPARE(analyzedTables(raw), qint64(4));
}

void TestStore::postgresStatisticsFollowARebuild()
{
    if (!hs::test::onPostgres())
        QSKIP("SQLite plans without table statistics");
    auto r = open();
    QVERIFY(r);
    QVERIFY(submitAll(*r, workload(300, 12, false)));
    RawConnection raw(m_path);
    QCOMPARE(analyzedTables(raw), qint64(0)); // far fewer events than Options::statisticsEvery
    StoreError error;
    QVERIFY2(r->rebuild(&error), qPrintable(error.message));
    QCOMPARE(analyzedTables(raw), qint64(4));
    // The rows the rebuild deleted are vacuumed away, not left for the as-of reads to step over.
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_user_tables WHERE relname LIKE 'rm\\_%' "
                                       "AND last_vacuum IS NULL")).toLongLong(), qint64(0));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
