// haulbench: how Haulstream's core holds up at scale (issue 5).
//
//   haulbench --events N --out FILE [--workdir DIR] [--interactive N] [--skip-open]
//             [--dashboard PATH] [--keep] [--db postgresql://…] [--writer-commands N]
//
// Generates a deterministic, realistic workload (hs::Workload), encodes it as `haulctl submit`
// JSON lines and measures, in one run: import, interactive latency, rebuild, as-of queries and
// the dashboard's start. Prints one JSON object and writes it to FILE. Progress goes to stderr.

#include "codec/commandparser.h"
#include "codec/eventcodec.h"
#include "demo/workload.h"
#include "readmodel/queries.h"
#include "reducer/reducer.h"
#include "store/database.h"
#include "store/eventstore.h"
#include "util/jsonwriter.h"
#include "sharedbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QVariant>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

#ifdef HAULBENCH_HAVE_SQLITE3
#include <sqlite3.h>
#endif

using namespace hs;
using namespace hs::bench;

namespace {

struct Options
{
    qint64 events = 100000;
    QString out;
    QString workdir;
    QString dashboard;
    QString emitPath; // write the command lines there and stop
    int interactive = 2000;
    int moments = 20;
    int batch = 1000;
    bool skipOpen = false;
    bool keep = false;
    QString postgres;        // a server to measure next to SQLite (its login needs CREATEDB)
    int writerCommands = 200; // per writer process
    int latencySamples = 50;
};

// CPU seconds this process has used: on a shared machine, wall time alone misleads.
double cpuSeconds()
{
    struct rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

double round1(double x) { return std::round(x * 10.0) / 10.0; }


void removeStore(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

// A workload scaled so that a million events is a realistic busy history: a fleet of 300
// trucks, 400 customer accounts, round-the-clock dispatch, payments keeping up with invoices.
Workload::Options workloadOptions()
{
    Workload::Options o;
    o.seed = 20260105;
    o.accounts = 400;
    o.trucks = 300;
    o.startMs = 1767225600000LL; // 2026-01-01T00:00:00Z
    o.tickMs = 5 * 60 * 1000;
    o.submitsPerTick = 9.0;
    o.paymentsPerTick = 9.0;
    o.mistakeRate = 0.5;
    o.businessHoursOnly = false;
    return o;
}

// Events a command is expected to cause (a delivery also invoices).
int expectedEvents(const CommandEnvelope &c)
{
    if (std::holds_alternative<cmd::DeliverShipment>(c.command))
        return 2;
    if (std::holds_alternative<cmd::ReportBreakdown>(c.command))
        return 2;
    return 1;
}

struct EventRow
{
    QVariant v[16];
};

const char *rawTableSql =
    "CREATE TABLE events (position INTEGER PRIMARY KEY, event_id TEXT NOT NULL, stream_id TEXT NOT NULL, "
    "version INTEGER NOT NULL, type TEXT NOT NULL, schema_version INTEGER NOT NULL, data TEXT NOT NULL, "
    "command_id TEXT NOT NULL, causation_id TEXT NOT NULL, correlation_id TEXT NOT NULL, actor_user TEXT NOT NULL, "
    "actor_department TEXT NOT NULL, occurred_at INTEGER NOT NULL, recorded_at INTEGER NOT NULL, "
    "occurred_max INTEGER NOT NULL, hash BLOB NOT NULL)";
const char *rawColumns =
    "position, event_id, stream_id, version, type, schema_version, data, command_id, causation_id, "
    "correlation_id, actor_user, actor_department, occurred_at, recorded_at, occurred_max, hash";

// Raw insert through Qt SQL: one prepared statement, bound values, one transaction, into a
// bare table in a fresh file with the store's pragmas.
double rawInsertQt(const std::vector<EventRow> &rows, const QString &path)
{
    removeStore(path);
    double rate = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-insert"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QString::fromLatin1(rawTableSql));
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO events (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .arg(QString::fromLatin1(rawColumns)));
        QElapsedTimer t;
        t.start();
        q.exec(QStringLiteral("BEGIN"));
        for (const EventRow &r : rows) {
            for (const QVariant &v : r.v)
                ins.addBindValue(v);
            if (!ins.exec()) {
                progress(QStringLiteral("raw insert failed: %1").arg(ins.lastError().text()));
                break;
            }
        }
        q.exec(QStringLiteral("COMMIT"));
        rate = rows.size() / (t.nsecsElapsed() / 1e9);
        ins = QSqlQuery();
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-insert"));
    removeStore(path);
    return rate;
}

#ifdef HAULBENCH_HAVE_SQLITE3
// The same through SQLite's C API: the floor of the storage engine itself.
double rawInsertCapi(const std::vector<EventRow> &rows, const QString &path)
{
    removeStore(path);
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return 0;
    sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
    sqlite3_exec(db, rawTableSql, nullptr, nullptr, nullptr);
    // Text as UTF-8, as a C program would hold it.
    std::vector<std::array<QByteArray, 16>> text(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        for (int c = 0; c < 16; ++c)
            if (rows[i].v[c].typeId() == QMetaType::QString)
                text[i][c] = rows[i].v[c].toString().toUtf8();
            else if (rows[i].v[c].typeId() == QMetaType::QByteArray)
                text[i][c] = rows[i].v[c].toByteArray();
    sqlite3_stmt *st = nullptr;
    const QByteArray sql = QByteArray("INSERT INTO events (") + rawColumns + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr);
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (size_t i = 0; i < rows.size(); ++i) {
        for (int c = 0; c < 16; ++c) {
            const QVariant &v = rows[i].v[c];
            if (c == 15)
                sqlite3_bind_blob(st, c + 1, text[i][c].constData(), int(text[i][c].size()), SQLITE_STATIC);
            else if (v.typeId() == QMetaType::QString)
                sqlite3_bind_text(st, c + 1, text[i][c].constData(), int(text[i][c].size()), SQLITE_STATIC);
            else
                sqlite3_bind_int64(st, c + 1, v.toLongLong());
        }
        if (sqlite3_step(st) != SQLITE_DONE) {
            progress(QStringLiteral("raw C insert failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
            break;
        }
        sqlite3_reset(st);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double rate = rows.size() / (t.nsecsElapsed() / 1e9);
    sqlite3_finalize(st);
    sqlite3_close(db);
    removeStore(path);
    return rate;
}

double rawScanCapi(const QString &path, qint64 *count)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return 0;
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT position, event_id, stream_id, version, type, schema_version, data, command_id, "
                           "causation_id, correlation_id, actor_user, actor_department, occurred_at, recorded_at "
                           "FROM events ORDER BY position", -1, &st, nullptr);
    QElapsedTimer t;
    t.start();
    qint64 n = 0, sink = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *data = reinterpret_cast<const char *>(sqlite3_column_text(st, 6));
        const int len = sqlite3_column_bytes(st, 6);
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(data, len));
        sink += doc.object().size() + sqlite3_column_int64(st, 0);
        ++n;
    }
    const double rate = n / (t.nsecsElapsed() / 1e9);
    sqlite3_finalize(st);
    sqlite3_close(db);
    *count = n + (sink == -1);
    return rate;
}
#endif

// Raw scan through Qt SQL: every column rebuild reads, and every row's data parsed as JSON.
double rawScanQt(const QString &path, qint64 *count)
{
    double rate = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-scan"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QElapsedTimer t;
        t.start();
        q.exec(QStringLiteral("SELECT %1 FROM events ORDER BY position").arg(eventColumns()));
        qint64 n = 0, sink = 0;
        while (q.next()) {
            const QJsonDocument doc = QJsonDocument::fromJson(q.value(6).toByteArray());
            for (int i = 0; i < 14; ++i)
                if (i != 6)
                    sink += q.value(i).isNull();
            sink += doc.object().size();
            ++n;
        }
        rate = n / (t.nsecsElapsed() / 1e9);
        *count = n + (sink == -1);
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-scan"));
    return rate;
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QSysInfo::currentCpuArchitecture();
}

QString sqliteVersion()
{
    QString v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        db.open();
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
            v = q.value(0).toString();
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version"));
    return v;
}

int usage(const char *why)
{
    std::fprintf(stderr, "haulbench: %s\nusage: haulbench --events N --out FILE [--workdir DIR] [--interactive N] "
                         "[--moments N] [--batch N] [--skip-open] [--emit-commands FILE] [--dashboard PATH] [--keep]\n"
                         "                 [--db postgresql://URI] [--writer-commands N]\n", why);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == u"--writer")
        return runWriter(args[2], args[3]);
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        auto next = [&]() -> QString { return i + 1 < args.size() ? args[++i] : QString(); };
        bool ok = true;
        if (a == u"--events")
            o.events = next().toLongLong(&ok);
        else if (a == u"--out")
            o.out = next();
        else if (a == u"--workdir")
            o.workdir = next();
        else if (a == u"--dashboard")
            o.dashboard = next();
        else if (a == u"--interactive")
            o.interactive = next().toInt(&ok);
        else if (a == u"--moments")
            o.moments = next().toInt(&ok);
        else if (a == u"--batch")
            o.batch = next().toInt(&ok);
        else if (a == u"--emit-commands")
            o.emitPath = next();
        else if (a == u"--skip-open")
            o.skipOpen = true;
        else if (a == u"--keep")
            o.keep = true;
        else if (a == u"--db")
            o.postgres = next();
        else if (a == u"--writer-commands")
            o.writerCommands = next().toInt(&ok);
        else
            return usage("unknown argument");
        if (!ok)
            return usage("bad number");
    }
    if (o.events < 100 || o.out.isEmpty() || o.batch < 1 || o.moments < 1 || o.interactive < 1)
        return usage("--events (at least 100) and --out are required");

    QTemporaryDir temp;
    const QString dir = o.workdir.isEmpty() ? temp.path() : o.workdir;
    QDir().mkpath(dir);
    const QString store = QDir(dir).filePath(QStringLiteral("haulbench-%1.sqlite").arg(o.events));
    const QString rawPath = QDir(dir).filePath(QStringLiteral("haulbench-raw.sqlite"));
    removeStore(store);

    // 1. The workload, as command lines.
    progress(QStringLiteral("generating a workload of about %1 events").arg(o.events));
    Workload workload(workloadOptions());
    std::vector<QByteArray> lines, extra;
    qint64 expected = 0;
    while (expected < o.events) {
        for (const CommandEnvelope &c : workload.nextRound()) {
            lines.push_back(encodeCommandLine(c));
            expected += expectedEvents(c);
        }
    }
    while (int(extra.size()) < o.interactive)
        for (const CommandEnvelope &c : workload.nextRound())
            extra.push_back(encodeCommandLine(c));
    extra.resize(o.interactive);
    if (!o.emitPath.isEmpty()) {
        QFile f(o.emitPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return usage("cannot write the --emit-commands file");
        for (const auto *v : {&lines, &extra})
            for (const QByteArray &line : *v)
                f.write(line + '\n');
        return 0;
    }

    JsonWriter w;
    w.beginObject();
    w.field("requestedEvents", o.events);

    // 2. Import, as `haulctl submit` does it.
    StoreError error;
    auto reducer = Reducer::open(store, &error);
    if (!reducer) {
        progress(QStringLiteral("cannot open %1: %2").arg(store, error.message));
        return 1;
    }
    progress(QStringLiteral("importing %1 commands in batches of %2").arg(lines.size()).arg(o.batch));
    qint64 rejected = 0, accepted = 0;
    const double loadAtStart = loadAverage();
    QElapsedTimer t;
    double cpu = cpuSeconds();
    t.start();
    for (size_t i = 0; i < lines.size(); i += o.batch) {
        std::vector<ParsedCommand> batch;
        batch.reserve(o.batch);
        for (size_t j = i; j < std::min(lines.size(), i + o.batch); ++j)
            batch.push_back(parseCommandLine(lines[j]));
        const auto outcome = reducer->submit(batch);
        if (outcome.failure) {
            progress(QStringLiteral("import failed: %1").arg(outcome.failure->message));
            return 1;
        }
        for (const CommandResult &r : outcome.results)
            (r.accepted ? accepted : rejected)++;
    }
    const double importSeconds = t.nsecsElapsed() / 1e9;
    const double importCpu = cpuSeconds() - cpu;
    const qint64 events = reducer->headPosition();
    progress(QStringLiteral("imported %1 events in %2 s").arg(events).arg(importSeconds));

    // The identical rows, straight into a bare table.
    std::vector<EventRow> rows;
    rows.reserve(events);
    {
        QSqlQuery q(reducer->database().connection());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT %1 FROM events ORDER BY position").arg(QString::fromLatin1(rawColumns)));
        while (q.next()) {
            EventRow r;
            for (int c = 0; c < 16; ++c)
                r.v[c] = q.value(c);
            rows.push_back(std::move(r));
        }
    }
    progress(QStringLiteral("raw insert of %1 rows").arg(rows.size()));
    const double rawInsert = rawInsertQt(rows, rawPath);
#ifdef HAULBENCH_HAVE_SQLITE3
    const double rawInsertC = rawInsertCapi(rows, rawPath);
#endif
    rows.clear();
    rows.shrink_to_fit();

    const double eventsPerSec = events / importSeconds;
    w.field("events", events);
    w.key("import").beginObject();
    w.field("commands", qint64(lines.size())).field("accepted", accepted).field("rejected", rejected);
    num(w, "batch", o.batch);
    num(w, "seconds", round3(importSeconds));
    num(w, "cpuSeconds", round3(importCpu));
    num(w, "commandsPerSec", std::round(lines.size() / importSeconds));
    num(w, "eventsPerSec", std::round(eventsPerSec));
    num(w, "rawInsertEventsPerSec", std::round(rawInsert));
    num(w, "ratio", round3(eventsPerSec / rawInsert));
#ifdef HAULBENCH_HAVE_SQLITE3
    num(w, "rawInsertCapiEventsPerSec", std::round(rawInsertC));
    num(w, "ratioCapi", round3(eventsPerSec / rawInsertC));
#endif
    w.endObject();

    // 3. Interactive: one command, one transaction, one result.
    progress(QStringLiteral("interactive: %1 commands, one commit each").arg(extra.size()));
    std::vector<double> latencies;
    latencies.reserve(extra.size());
    qint64 interactiveRejected = 0;
    for (const QByteArray &line : extra) {
        QElapsedTimer one;
        one.start();
        const auto outcome = reducer->submit(std::vector<ParsedCommand>{parseCommandLine(line)});
        latencies.push_back(one.nsecsElapsed() / 1e6);
        if (outcome.failure) {
            progress(QStringLiteral("interactive submit failed: %1").arg(outcome.failure->message));
            return 1;
        }
        interactiveRejected += !outcome.results.front().accepted;
    }
    w.key("interactive").beginObject();
    w.field("commands", qint64(extra.size())).field("rejected", interactiveRejected);
    num(w, "p50Ms", round3(percentile(latencies, 50)));
    num(w, "p99Ms", round3(percentile(latencies, 99)));
    num(w, "maxMs", round3(*std::max_element(latencies.begin(), latencies.end())));
    w.endObject();

    // 4. Rebuild, against a raw scan that parses every row's JSON.
    progress(QStringLiteral("rebuild"));
    t.restart();
    cpu = cpuSeconds();
    const auto rebuilt = reducer->rebuild(&error);
    const double rebuildSeconds = t.nsecsElapsed() / 1e9;
    const double rebuildCpu = cpuSeconds() - cpu;
    if (!rebuilt) {
        progress(QStringLiteral("rebuild failed: %1").arg(error.message));
        return 1;
    }
    reducer.reset(); // checkpoint and close: the scans read a quiet file
    progress(QStringLiteral("raw scan"));
    qint64 scanned = 0;
    const double rawScan = rawScanQt(store, &scanned);
    w.key("rebuild").beginObject();
    num(w, "events", *rebuilt);
    num(w, "seconds", round3(rebuildSeconds));
    num(w, "cpuSeconds", round3(rebuildCpu));
    num(w, "eventsPerSec", std::round(*rebuilt / rebuildSeconds));
    num(w, "rawScanParseEventsPerSec", std::round(rawScan));
    num(w, "ratio", round3((*rebuilt / rebuildSeconds) / rawScan));
#ifdef HAULBENCH_HAVE_SQLITE3
    const double rawScanC = rawScanCapi(store, &scanned);
    num(w, "rawScanParseCapiEventsPerSec", std::round(rawScanC));
    num(w, "ratioCapi", round3((*rebuilt / rebuildSeconds) / rawScanC));
#endif
    w.endObject();

    // 5. As-of: every department view at random moments, on a reader connection.
    progress(QStringLiteral("as-of: %1 moments").arg(o.moments));
    {
        auto db = Database::open(store, Database::Mode::ReadOnly, &error);
        if (!db) {
            progress(QStringLiteral("cannot open %1: %2").arg(store, error.message));
            return 1;
        }
        ReadModelQueries queries(db->connection());
        qint64 first = 0, last = 0;
        {
            QSqlQuery q(db->connection());
            if (q.exec(QStringLiteral("SELECT min(occurred_at), max(occurred_at) FROM events")) && q.next()) {
                first = q.value(0).toLongLong();
                last = q.value(1).toLongLong();
            }
        }
        const std::vector<AccountView> allAccounts = queries.accounts();
        std::mt19937_64 rng(7);
        std::vector<double> total;
        std::map<QString, std::vector<double>> perView;
        qint64 rowsRead = 0;
        for (int i = 0; i < o.moments; ++i) {
            const qint64 moment = std::uniform_int_distribution<qint64>(first, last)(rng);
            const QString account = allAccounts.empty() ? QString()
                : allAccounts[std::uniform_int_distribution<size_t>(0, allAccounts.size() - 1)(rng)].accountId;
            QElapsedTimer all, one;
            all.start();
            auto lap = [&](const char *name) {
                perView[QString::fromLatin1(name)].push_back(one.nsecsElapsed() / 1e6);
                one.restart();
            };
            one.start();
            const auto at = queries.resolveAsOf(moment);
            lap("resolveAsOf");
            const StatusCounts counts = queries.statusCounts(&*at);
            lap("statusCounts");
            rowsRead += queries.trucks(&*at).size();
            lap("trucks");
            rowsRead += queries.accounts(&*at).size();
            lap("accounts");
            ShipmentQuery page;
            page.limit = 100;
            rowsRead += queries.shipments(page, &*at).size();
            lap("shipmentsPage");
            ShipmentQuery queue;
            queue.status = ShipmentStatus::Submitted;
            queue.order = ShipmentQuery::Order::OldestFirst;
            queue.limit = 100;
            rowsRead += queries.shipments(queue, &*at).size();
            lap("unassignedQueue");
            rowsRead += queries.ledger(account, &*at).size();
            lap("ledger");
            total.push_back(all.nsecsElapsed() / 1e6);
            rowsRead += counts[0];
        }
        w.key("asOf").beginObject();
        num(w, "moments", o.moments);
        num(w, "p50Ms", round3(percentile(total, 50)));
        num(w, "p95Ms", round3(percentile(total, 95)));
        num(w, "maxMs", round3(*std::max_element(total.begin(), total.end())));
        w.key("p50MsByView").beginObject();
        for (const auto &[name, v] : perView)
            num(w, name.toLatin1().constData(), round3(percentile(v, 50)));
        w.endObject();
        w.key("p95MsByView").beginObject();
        for (const auto &[name, v] : perView)
            num(w, name.toLatin1().constData(), round3(percentile(v, 95)));
        w.endObject();
        w.endObject();
    }

    // 6. Many desks: writers in several processes at once, and a commit reaching another client;
    // with --db, on PostgreSQL too, after the same import, interactive and rebuild runs.
    if (!o.postgres.isEmpty()) {
        w.key("sqliteShared").beginObject();
        w.key("writers");
        writersThroughput(w, [&](int n) {
            const QString path = QDir(dir).filePath(QStringLiteral("writers-%1.sqlite").arg(n));
            removeStore(path);
            return path;
        }, o.writerCommands);
        w.key("commitToOtherClient");
        commitToOtherClient(w, store, o.latencySamples);
        w.endObject();

        w.key("postgresql").beginObject();
        QString problem;
        const QString shared = freshDatabase(o.postgres, QStringLiteral("haulbench_import"), &problem);
        if (shared.isEmpty() || !importInteractiveRebuild(w, shared, lines, extra, o.batch)) {
            progress(QStringLiteral("PostgreSQL: %1").arg(problem));
            return 1;
        }
        w.key("writers");
        writersThroughput(w, [&](int n) {
            return freshDatabase(o.postgres, QStringLiteral("haulbench_writers_%1").arg(n), &problem);
        }, o.writerCommands);
        w.key("commitToOtherClient");
        commitToOtherClient(w, shared, o.latencySamples);
        w.endObject();
    }

    // 7. Open: the dashboard on this store, offscreen, until its first pane shows data.
    QString openNote;
    const QString dashboard = !o.dashboard.isEmpty() ? o.dashboard
        : QFileInfo::exists(QStringLiteral(HAULBENCH_DASHBOARD_PATH)) ? QStringLiteral(HAULBENCH_DASHBOARD_PATH)
        : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("haulstream"));
    w.key("open");
    if (o.skipOpen) {
        w.null();
        openNote = QStringLiteral("skipped (--skip-open)");
    } else if (!QFileInfo(dashboard).isExecutable()) {
        w.null();
        openNote = QStringLiteral("the dashboard executable was not found at %1; build the haulstream target").arg(dashboard);
    } else {
        progress(QStringLiteral("open: %1").arg(dashboard));
        std::vector<double> ready;
        double wallMs = 0;
        qint64 peakKb = 0;
        for (int run = 0; run < 3; ++run) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            QElapsedTimer wall;
            wall.start();
            p.start(dashboard, {QStringLiteral("--db"), store, QStringLiteral("--exit-when-ready")});
            // Peak memory is the child's own high-water mark, read while it runs: getrusage's
            // RUSAGE_CHILDREN would also count this process's pages copied at fork.
            const QString status = QStringLiteral("/proc/%1/status").arg(p.processId());
            bool finished = false;
            while (!(finished = p.waitForFinished(5)) && wall.elapsed() < 120000) {
                QFile f(status);
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                for (const QByteArray &line : f.readAll().split('\n'))
                    if (line.startsWith("VmHWM:"))
                        peakKb = std::max(peakKb, line.mid(6).trimmed().split(' ').value(0).toLongLong());
            }
            if (!finished) {
                p.kill();
                p.waitForFinished();
                openNote = QStringLiteral("the dashboard did not report ready within 120 s");
                break;
            }
            wallMs = std::max(wallMs, wall.nsecsElapsed() / 1e6);
            for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
                const QJsonObject obj = QJsonDocument::fromJson(line).object();
                if (obj.contains(u"readyMs"))
                    ready.push_back(obj.value(u"readyMs").toDouble());
            }
        }
        if (ready.empty()) {
            w.null();
            if (openNote.isEmpty())
                openNote = QStringLiteral("the dashboard printed no {\"readyMs\": N} line");
        } else {
            w.beginObject();
            num(w, "readyMs", round1(percentile(ready, 50)));
            num(w, "runs", qint64(ready.size()));
            num(w, "maxReadyMs", round1(*std::max_element(ready.begin(), ready.end())));
            num(w, "maxWallMs", round1(wallMs));
            num(w, "peakRssMb", round1(peakKb / 1024.0));
            w.endObject();
        }
    }
    if (!openNote.isEmpty())
        w.field("openNote", openNote);

    QFileInfo storeInfo(store);
    w.key("machine").beginObject();
    w.field("cpu", cpuModel()).field("cores", qint64(QThread::idealThreadCount()));
    w.field("os", QSysInfo::prettyProductName()).field("qt", QString::fromLatin1(qVersion()));
    w.field("sqlite", sqliteVersion());
    num(w, "loadAverageAtStart", loadAtStart); // other work on the machine during the run
    w.endObject();
    num(w, "storeMb", round1(storeInfo.size() / 1048576.0));
    w.endObject();

    const QByteArray json = w.take();
    QFile out(o.out);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        progress(QStringLiteral("cannot write %1").arg(o.out));
        return 1;
    }
    out.write(json + '\n');
    std::fwrite(json.constData(), 1, json.size(), stdout);
    std::fputc('\n', stdout);
    if (!o.keep)
        removeStore(store);
    return 0;
}
