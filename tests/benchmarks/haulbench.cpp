// haulbench: how Haulstream's core holds up at scale (issue 5).
//
//   haulbench --events N --out FILE [--workdir DIR] [--interactive N] [--skip-open]
//             [--dashboard PATH] [--keep] [--db postgresql://…] [--writer-commands N]
//   haulbench --as-of-only STORE --out FILE [--moments N]
//             (one store's as-of figures: the same data under another server setting)
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
#include "callgrindrun.h"
#include "readbench.h"
#include "readmetable.h"
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

#include <dlfcn.h>
#include <gnu/libc-version.h>
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <future>
#include <random>

#include <sqlite3.h>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_DUMP_STATS_AT(name) (void)(name)
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
    int batch = int(Reducer::fileBatchCommands); // as haulctl submit reads a file
    bool skipOpen = false;
    bool keep = false;
    QString postgres;        // a server to measure next to SQLite (its login needs CREATEDB)
    int writerCommands = 200; // per writer process
    int latencySamples = 50;
    bool postgresByCopy = false; // fill PostgreSQL by copying the SQLite store's events
    bool callgrind = false;      // count instructions per event under valgrind instead
    QString asOfStore;           // only the as-of figures, of this existing store
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

// Section boundaries for `--callgrind`: counting restarts at each section and its total is
// dumped under the section's name. No-ops outside valgrind.
void sectionStarts()
{
    CALLGRIND_ZERO_STATS;
}

void sectionEnds(const char *name)
{
    CALLGRIND_DUMP_STATS_AT(name);
}

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
    sectionStarts();
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
    sectionEnds("rawInsertCapi");
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
    sectionStarts();
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *data = reinterpret_cast<const char *>(sqlite3_column_text(st, 6));
        const int len = sqlite3_column_bytes(st, 6);
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(data, len));
        sink += doc.object().size() + sqlite3_column_int64(st, 0);
        ++n;
    }
    sectionEnds("rawScanCapi");
    const double rate = n / (t.nsecsElapsed() / 1e9);
    sqlite3_finalize(st);
    sqlite3_close(db);
    *count = n + (sink == -1);
    return rate;
}

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
                         "                 [--db postgresql://URI] [--writer-commands N] [--postgres-fill import|copy]\n"
                         "       haulbench --callgrind --events N --out FILE   (instructions per event, under valgrind)\n"
                         "       haulbench --as-of-only STORE --out FILE [--moments N]   (an existing store's as-of figures)\n"
                         "       haulbench --table RESULTS.json... [--readme README.md]   (the README's table)\n", why);
    return 2;
}

std::optional<Options> parseOptions(const QStringList &args)
{
    Options o;
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
        else if (a == u"--postgres-fill") {
            const QString how = next();
            ok = how == u"import" || how == u"copy";
            o.postgresByCopy = how == u"copy";
        } else if (a == u"--as-of-only")
            o.asOfStore = next();
        else if (a == u"--callgrind")
            o.callgrind = true;
        else {
            usage("unknown argument");
            return std::nullopt;
        }
        if (!ok) {
            usage("bad value");
            return std::nullopt;
        }
    }
    if (o.events < 100 || o.out.isEmpty() || o.batch < 1 || o.moments < 1 || o.interactive < 1) {
        usage("--events (at least 100) and --out are required");
        return std::nullopt;
    }
    return o;
}

struct Commands
{
    std::vector<QByteArray> lines; // the import
    std::vector<QByteArray> extra; // the interactive commands after it
    std::vector<QByteArray> later; // as many after those: interactive on a copy of the SQLite store
};

Commands workloadLines(const Options &o)
{
    progress(QStringLiteral("generating a workload of about %1 events").arg(o.events));
    Workload workload(workloadOptions());
    Commands c;
    qint64 expected = 0;
    while (expected < o.events) {
        for (const CommandEnvelope &e : workload.nextRound()) {
            c.lines.push_back(encodeCommandLine(e));
            expected += expectedEvents(e);
        }
    }
    std::vector<QByteArray> after;
    while (int(after.size()) < 2 * o.interactive)
        for (const CommandEnvelope &e : workload.nextRound())
            after.push_back(encodeCommandLine(e));
    c.extra.assign(after.begin(), after.begin() + o.interactive);
    c.later.assign(after.begin() + o.interactive, after.begin() + 2 * o.interactive);
    return c;
}

bool emitCommands(const Commands &c, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (const auto *v : {&c.lines, &c.extra})
        for (const QByteArray &line : *v)
            f.write(line + '\n');
    return true;
}

// Every stored event row, as the raw baselines insert them.
std::vector<EventRow> storedRows(Database &db)
{
    std::vector<EventRow> rows;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM events ORDER BY position").arg(QString::fromLatin1(rawColumns)));
    while (q.next()) {
        EventRow r;
        for (int c = 0; c < 16; ++c)
            r.v[c] = q.value(c);
        rows.push_back(std::move(r));
    }
    return rows;
}

// 2. Import, as `haulctl submit` does it, against the same rows inserted raw.
bool importFigures(JsonWriter &w, Reducer &reducer, const Commands &c, const Options &o, const QString &rawPath)
{
    progress(QStringLiteral("importing %1 commands in batches of %2").arg(c.lines.size()).arg(o.batch));
    qint64 rejected = 0, accepted = 0;
    QElapsedTimer t;
    double cpu = cpuSeconds();
    t.start();
    sectionStarts();
    const auto parsed = [&c, &o](size_t from) {
        std::vector<ParsedCommand> batch;
        batch.reserve(o.batch);
        for (size_t j = from; j < std::min(c.lines.size(), from + o.batch); ++j)
            batch.push_back(parseCommandLine(c.lines[j]));
        return batch;
    };
    const auto tally = [&accepted, &rejected](const std::vector<CommandResult> &results) {
        for (const CommandResult &r : results)
            (r.accepted ? accepted : rejected)++;
    };
    std::vector<ParsedCommand> batch = parsed(0);
    std::vector<CommandResult> untallied;
    for (size_t i = 0; i < c.lines.size(); i += o.batch) {
        // As haulctl submit reads a file: the last batch answered and the next one parsed on a
        // second thread meanwhile.
        auto following = std::async(std::launch::async, [&, i, results = std::move(untallied)] {
            tally(results);
            return parsed(i + o.batch);
        });
        Reducer::BatchOutcome outcome = reducer.submit(batch);
        batch = following.get();
        if (outcome.failure) {
            progress(QStringLiteral("import failed: %1").arg(outcome.failure->message));
            return false;
        }
        untallied = std::move(outcome.results);
    }
    tally(untallied);
    sectionEnds("import");
    const double importSeconds = t.nsecsElapsed() / 1e9;
    const double importCpu = cpuSeconds() - cpu;
    const qint64 events = reducer.headPosition();
    progress(QStringLiteral("imported %1 events in %2 s").arg(events).arg(importSeconds));

    std::vector<EventRow> rows = storedRows(reducer.database());
    progress(QStringLiteral("raw insert of %1 rows").arg(rows.size()));
    const double rawInsert = rawInsertQt(rows, rawPath);
    const double rawInsertC = rawInsertCapi(rows, rawPath);
    rows.clear();
    rows.shrink_to_fit();

    const double eventsPerSec = events / importSeconds;
    w.field("events", events);
    w.key("import").beginObject();
    w.field("commands", qint64(c.lines.size())).field("accepted", accepted).field("rejected", rejected);
    num(w, "batch", o.batch);
    num(w, "seconds", round3(importSeconds));
    num(w, "cpuSeconds", round3(importCpu));
    num(w, "commandsPerSec", std::round(c.lines.size() / importSeconds));
    num(w, "eventsPerSec", std::round(eventsPerSec));
    num(w, "rawInsertEventsPerSec", std::round(rawInsert));
    num(w, "ratio", round3(eventsPerSec / rawInsert));
    num(w, "rawInsertCapiEventsPerSec", std::round(rawInsertC));
    num(w, "ratioCapi", round3(eventsPerSec / rawInsertC));
    w.endObject();
    return true;
}

// 4. Rebuild, against a raw scan that parses every row's JSON. Closes the reducer.
bool rebuildFigures(JsonWriter &w, std::unique_ptr<Reducer> reducer, const QString &store)
{
    progress(QStringLiteral("rebuild"));
    StoreError error;
    // The store is closed (checkpointed) and opened again, so the rebuild starts from the quiet
    // file the raw scans read and `haulctl rebuild` finds, not from the import's heap and log.
    reducer.reset();
    reducer = Reducer::open(store, &error);
    if (!reducer) {
        progress(QStringLiteral("cannot open %1 again: %2").arg(store, error.message));
        return false;
    }
    QElapsedTimer t;
    t.start();
    const double cpu = cpuSeconds();
    sectionStarts();
    const auto rebuilt = reducer->rebuild(&error);
    sectionEnds("rebuild");
    const double rebuildSeconds = t.nsecsElapsed() / 1e9;
    const double rebuildCpu = cpuSeconds() - cpu;
    if (!rebuilt) {
        progress(QStringLiteral("rebuild failed: %1").arg(error.message));
        return false;
    }
    reducer.reset(); // checkpoint and close: the scans read a quiet file
    progress(QStringLiteral("raw scan"));
    qint64 scanned = 0;
    const double rawScan = rawScanQt(store, &scanned);
    const double rawScanC = rawScanCapi(store, &scanned);
    const double rate = *rebuilt / rebuildSeconds;
    w.key("rebuild").beginObject();
    num(w, "events", *rebuilt);
    num(w, "seconds", round3(rebuildSeconds));
    num(w, "cpuSeconds", round3(rebuildCpu));
    num(w, "eventsPerSec", std::round(rate));
    num(w, "rawScanParseEventsPerSec", std::round(rawScan));
    num(w, "ratio", round3(rate / rawScan));
    num(w, "rawScanParseCapiEventsPerSec", std::round(rawScanC));
    num(w, "ratioCapi", round3(rate / rawScanC));
    w.endObject();
    return true;
}

// 6. Many desks: writers in several processes at once, and a commit reaching another client;
// then PostgreSQL: the same import (or, with --postgres-fill copy, the SQLite store's events
// copied in, for sizes whose import would take too long there), interactive, rebuild, as-of
// and open figures.
bool sharedFigures(JsonWriter &w, const Options &o, const Commands &c, const QString &store, const QString &dir,
                   const QString &dashboard)
{
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
    if (shared.isEmpty()) {
        progress(QStringLiteral("PostgreSQL: %1").arg(problem));
        return false;
    }
    const bool filled = o.postgresByCopy ? copyFill(w, store, shared, c.later)
                                         : importInteractiveRebuild(w, shared, c.lines, c.extra, o.batch);
    if (!filled)
        return false;
    w.key("asOf");
    asOfFigures(w, shared, o.moments);
    QString openNote;
    w.key("open");
    if (o.skipOpen)
        w.null();
    else
        openFigures(w, dashboard, shared, &openNote);
    if (!openNote.isEmpty())
        w.field("openNote", openNote);
    w.key("writers");
    writersThroughput(w, [&](int n) {
        return freshDatabase(o.postgres, QStringLiteral("haulbench_writers_%1").arg(n), &problem);
    }, o.writerCommands);
    w.key("commitToOtherClient");
    commitToOtherClient(w, shared, o.latencySamples);
    w.endObject();
    return true;
}

QString dashboardPath(const Options &o)
{
    if (!o.dashboard.isEmpty())
        return o.dashboard;
    if (QFileInfo::exists(QStringLiteral(HAULBENCH_DASHBOARD_PATH)))
        return QStringLiteral(HAULBENCH_DASHBOARD_PATH);
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("haulstream"));
}

// The allocator the figures were measured with: jemalloc when it was linked in (its mallctl
// is then found in the process), else the C library's.
QString allocatorName()
{
    using Mallctl = int (*)(const char *, void *, size_t *, void *, size_t);
    if (auto mallctl = reinterpret_cast<Mallctl>(dlsym(RTLD_DEFAULT, "mallctl"))) {
        const char *version = nullptr;
        size_t size = sizeof version;
        if (mallctl("version", &version, &size, nullptr, 0) == 0 && version)
            return QStringLiteral("jemalloc %1").arg(QString::fromLatin1(version).section(u'-', 0, 0));
    }
    return QStringLiteral("glibc %1").arg(QString::fromLatin1(gnu_get_libc_version()));
}

void machineFigures(JsonWriter &w, double loadAtStart)
{
    w.key("machine").beginObject();
    w.field("cpu", cpuModel()).field("cores", qint64(QThread::idealThreadCount()));
    w.field("os", QSysInfo::prettyProductName()).field("qt", QString::fromLatin1(qVersion()));
    w.field("sqlite", sqliteVersion()).field("allocator", allocatorName());
    num(w, "loadAverageAtStart", loadAtStart); // other work on the machine during the run
    w.endObject();
}

bool writeOut(const QByteArray &json, const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        progress(QStringLiteral("cannot write %1").arg(path));
        return false;
    }
    out.write(json + '\n');
    std::fwrite(json.constData(), 1, json.size(), stdout);
    std::fputc('\n', stdout);
    return true;
}

// The as-of figures of a store made before (a file or a PostgreSQL URI), with the machine's.
int measureAsOf(const Options &o)
{
    JsonWriter w;
    w.beginObject();
    w.field("store", o.asOfStore.startsWith(u"postgresql:") ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    const double loadAtStart = loadAverage();
    w.key("asOf");
    asOfFigures(w, o.asOfStore, o.moments);
    machineFigures(w, loadAtStart);
    w.endObject();
    return writeOut(w.take(), o.out) ? 0 : 1;
}

int measure(const Options &o)
{
    QTemporaryDir temp;
    const QString dir = o.workdir.isEmpty() ? temp.path() : o.workdir;
    QDir().mkpath(dir);
    const QString store = QDir(dir).filePath(QStringLiteral("haulbench-%1.sqlite").arg(o.events));
    const QString rawPath = QDir(dir).filePath(QStringLiteral("haulbench-raw.sqlite"));
    removeStore(store);

    const Commands commands = workloadLines(o);
    if (!o.emitPath.isEmpty())
        return emitCommands(commands, o.emitPath) ? 0 : usage("cannot write the --emit-commands file");

    JsonWriter w;
    w.beginObject();
    w.field("requestedEvents", o.events);
    StoreError error;
    auto reducer = Reducer::open(store, &error);
    if (!reducer) {
        progress(QStringLiteral("cannot open %1: %2").arg(store, error.message));
        return 1;
    }
    const double loadAtStart = loadAverage();
    if (!importFigures(w, *reducer, commands, o, rawPath) || !interactiveFigures(w, *reducer, commands.extra)
        || !rebuildFigures(w, std::move(reducer), store))
        return 1;
    w.key("asOf");
    asOfFigures(w, store, o.moments);
    const QString dashboard = dashboardPath(o);
    if (!o.postgres.isEmpty() && !sharedFigures(w, o, commands, store, dir, dashboard))
        return 1;
    QString openNote;
    w.key("open");
    if (o.skipOpen) {
        w.null();
        openNote = QStringLiteral("skipped (--skip-open)");
    } else {
        openFigures(w, dashboard, store, &openNote);
    }
    if (!openNote.isEmpty())
        w.field("openNote", openNote);
    machineFigures(w, loadAtStart);
    num(w, "storeMb", round1(QFileInfo(store).size() / 1048576.0));
    w.endObject();
    if (!writeOut(w.take(), o.out))
        return 1;
    if (!o.keep)
        removeStore(store);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == u"--writer")
        return runWriter(args[2], args[3]);
    if (args.size() >= 2 && args[1] == u"--table")
        return printTable(args.mid(2));
    const auto options = parseOptions(args);
    if (!options)
        return 2;
    if (options->callgrind)
        return countInstructions(args);
    if (!options->asOfStore.isEmpty())
        return measureAsOf(*options);
    return measure(*options);
}
