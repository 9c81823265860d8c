#include "sharedbench.h"

#include "codec/commandparser.h"
#include "reducer/reducer.h"
#include "service/storeclient.h"
#include "store/postgres.h"
#include "store/storecopy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <numeric>
#include <cmath>
#include <cstdio>

#include <sys/resource.h>

namespace hs::bench {

void progress(const QString &s)
{
    std::fprintf(stderr, "haulbench: %s\n", qPrintable(s));
    std::fflush(stderr);
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t rank = static_cast<size_t>(std::ceil(p / 100.0 * v.size()));
    return v[std::clamp<size_t>(rank, 1, v.size()) - 1];
}

double round3(double x) { return std::round(x * 1000.0) / 1000.0; }

void num(JsonWriter &w, const char *name, double v)
{
    w.key(name).raw(std::isfinite(v) ? QByteArray::number(v, 'g', 12) : QByteArray("null"));
}

namespace {

QByteArray payment(const QString &id, const QString &account, int n)
{
    const QString data = n == 0 ? QStringLiteral(R"({"accountId":"%1","name":"Writer %1"})").arg(account)
                                : QStringLiteral(R"({"accountId":"%1","amountCents":%2,"reference":"R-%2"})").arg(account).arg(n);
    return QStringLiteral(R"({"commandId":"%1","type":"%2","issuedAt":"2026-03-01T09:00:00Z","actor":{"user":"fran","department":"finance"},"data":%3})")
        .arg(id, n == 0 ? QStringLiteral("OpenAccount") : QStringLiteral("PostPayment"), data)
        .toUtf8();
}

} // namespace

int runWriter(const QString &store, const QString &file)
{
    QFile in(file);
    StoreError error;
    auto reducer = Reducer::open(store, &error);
    if (!in.open(QIODevice::ReadOnly) || !reducer || !reducer->ensureStore(&error)) {
        progress(QStringLiteral("writer: %1").arg(error.message));
        return 1;
    }
    const QList<QByteArray> lines = in.readAll().split('\n');
    QElapsedTimer t;
    t.start();
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const auto outcome = reducer->submit(std::vector<ParsedCommand>{parseCommandLine(line)});
        if (outcome.failure || !outcome.results.front().accepted) {
            progress(QStringLiteral("writer: %1 was not accepted: %2").arg(QString::fromUtf8(line.left(60)),
                                                                           outcome.failure ? outcome.failure->message : QString()));
            return 1;
        }
    }
    std::printf("%.6f\n", t.nsecsElapsed() / 1e9);
    return 0;
}

QString freshDatabase(const QString &uri, const QString &name, QString *problem)
{
    const QString connection = QStringLiteral("haulbench-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        ok = postgres::configure(db, uri, problem) && db.open();
        QSqlQuery q(db);
        ok = ok && q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name))
             && q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
        if (!ok && problem->isEmpty())
            *problem = q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok ? postgres::withDatabase(uri, name) : QString();
}

namespace {

void rate(JsonWriter &w, const char *name, qint64 events, double seconds)
{
    w.key(name).beginObject();
    w.field("events", events);
    num(w, "seconds", round3(seconds));
    w.field("eventsPerSec", qint64(std::round(events / seconds)));
    w.endObject();
}

} // namespace

bool importInteractiveRebuild(JsonWriter &w, const QString &store, const std::vector<QByteArray> &lines,
                              const std::vector<QByteArray> &extra, int batch)
{
    StoreError error;
    auto reducer = Reducer::open(store, &error);
    if (!reducer) {
        progress(QStringLiteral("cannot open %1: %2").arg(store, error.message));
        return false;
    }
    progress(QStringLiteral("%1: importing %2 commands").arg(postgres::displayName(store)).arg(lines.size()));
    QElapsedTimer t;
    t.start();
    for (size_t i = 0; i < lines.size(); i += batch) {
        std::vector<ParsedCommand> commands;
        for (size_t j = i; j < std::min(lines.size(), i + batch); ++j)
            commands.push_back(parseCommandLine(lines[j]));
        if (const auto outcome = reducer->submit(commands); outcome.failure) {
            progress(QStringLiteral("import failed: %1").arg(outcome.failure->message));
            return false;
        }
    }
    const double importSeconds = t.nsecsElapsed() / 1e9;
    w.key("import").beginObject();
    w.field("events", reducer->headPosition());
    num(w, "seconds", round3(importSeconds));
    w.field("eventsPerSec", qint64(std::round(reducer->headPosition() / importSeconds)));
    w.field("commandsPerSec", qint64(std::round(lines.size() / importSeconds)));
    w.endObject();

    if (!interactiveFigures(w, *reducer, extra))
        return false;

    progress(QStringLiteral("rebuild"));
    t.restart();
    const auto rebuilt = reducer->rebuild(&error);
    if (!rebuilt)
        return false;
    rate(w, "rebuild", *rebuilt, t.nsecsElapsed() / 1e9);
    return true;
}

bool copyFill(JsonWriter &w, const QString &sqliteStore, const QString &shared, const std::vector<QByteArray> &extra)
{
    StoreError error;
    auto source = Database::open(sqliteStore, Database::Mode::ReadOnly, &error);
    if (!source || !Reducer::open(shared, &error) /* the schema */) {
        progress(QStringLiteral("cannot open the stores to copy: %1").arg(error.message));
        return false;
    }
    auto target = Database::open(shared, Database::Mode::ReadWrite, &error);
    progress(QStringLiteral("%1: copying the events").arg(postgres::displayName(shared)));
    QElapsedTimer t;
    t.start();
    const auto counts = target ? copyStore(*source, *target, &error) : std::nullopt;
    if (!counts) {
        progress(QStringLiteral("copy failed: %1").arg(error.message));
        return false;
    }
    rate(w, "copy", counts->events, t.nsecsElapsed() / 1e9);
    target.reset();
    progress(QStringLiteral("projecting the copied events"));
    t.restart();
    auto reducer = Reducer::open(shared, &error);
    if (!reducer) {
        progress(QStringLiteral("projection failed: %1").arg(error.message));
        return false;
    }
    rate(w, "projection", counts->events, t.nsecsElapsed() / 1e9);
    return interactiveFigures(w, *reducer, extra);
}

bool interactiveFigures(JsonWriter &w, Reducer &reducer, const std::vector<QByteArray> &extra)
{
    progress(QStringLiteral("interactive: %1 commands, one commit each").arg(extra.size()));
    std::vector<double> latencies;
    latencies.reserve(extra.size());
    // What each command cost besides its time: the submitting thread's CPU time and context
    // switches tell computing from waiting, and the process's page faults that read the disk
    // tell waiting for pages the kernel had dropped (the program's own or a mapped file's).
    struct Cost
    {
        long majorFaults = 0;
        double threadCpuMs = 0;
        long waits = 0;       // voluntary context switches
        long preemptions = 0; // involuntary ones
    };
    std::vector<Cost> costs;
    costs.reserve(extra.size());
    const auto usage = [](int who) {
        rusage u {};
        getrusage(who, &u);
        return u;
    };
    const auto cpuMs = [](const rusage &u) {
        return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
    };
    qint64 rejected = 0;
    for (const QByteArray &line : extra) {
        const rusage process = usage(RUSAGE_SELF);
        const rusage thread = usage(RUSAGE_THREAD);
        QElapsedTimer one;
        one.start();
        const auto outcome = reducer.submit(std::vector<ParsedCommand>{parseCommandLine(line)});
        latencies.push_back(one.nsecsElapsed() / 1e6);
        const rusage processAfter = usage(RUSAGE_SELF);
        const rusage threadAfter = usage(RUSAGE_THREAD);
        costs.push_back({processAfter.ru_majflt - process.ru_majflt, cpuMs(threadAfter) - cpuMs(thread),
                         threadAfter.ru_nvcsw - thread.ru_nvcsw, threadAfter.ru_nivcsw - thread.ru_nivcsw});
        if (outcome.failure) {
            progress(QStringLiteral("interactive submit failed: %1").arg(outcome.failure->message));
            return false;
        }
        rejected += !outcome.results.front().accepted;
    }
    w.key("interactive").beginObject();
    w.field("commands", qint64(extra.size())).field("rejected", rejected);
    num(w, "p50Ms", round3(percentile(latencies, 50)));
    num(w, "p99Ms", round3(percentile(latencies, 99)));
    num(w, "maxMs", round3(*std::max_element(latencies.begin(), latencies.end())));
    // Where the tail lies: the slowest commands by their place in the run and their type.
    std::vector<size_t> order(latencies.size());
    std::iota(order.begin(), order.end(), size_t(0));
    const size_t shown = std::min<size_t>(order.size(), 10);
    std::partial_sort(order.begin(), order.begin() + shown, order.end(),
                      [&](size_t a, size_t b) { return latencies[a] > latencies[b]; });
    w.key("slowest").beginArray();
    for (size_t i = 0; i < shown; ++i) {
        w.beginObject().field("index", qint64(order[i])).field("type", parseCommandLine(extra[order[i]]).type);
        num(w, "ms", round3(latencies[order[i]]));
        const Cost &c = costs[order[i]];
        w.field("majorFaults", qint64(c.majorFaults));
        num(w, "threadCpuMs", round3(c.threadCpuMs));
        w.field("waits", qint64(c.waits)).field("preemptions", qint64(c.preemptions));
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return true;
}

void writersThroughput(JsonWriter &w, const std::function<QString(int)> &freshStore, int commandsPerWriter)
{
    QTemporaryDir dir;
    w.beginArray();
    for (int processes : {1, 2, 4, 8}) {
        const QString store = freshStore(processes);
        if (store.isEmpty())
            continue;
        progress(QStringLiteral("%1 writer processes").arg(processes));
        QList<QProcess *> writers;
        QElapsedTimer wall;
        wall.start();
        for (int p = 0; p < processes; ++p) {
            const QString file = dir.filePath(QStringLiteral("writer-%1-%2.jsonl").arg(processes).arg(p));
            QFile f(file);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            const QString account = QStringLiteral("W-%1").arg(p);
            for (int n = 0; n < commandsPerWriter; ++n)
                f.write(payment(QStringLiteral("w%1-%2").arg(p).arg(n), account, n) + '\n');
            f.close();
            auto *writer = new QProcess;
            writer->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--writer"), store, file});
            writers << writer;
        }
        bool ok = true;
        for (QProcess *writer : writers) {
            ok = writer->waitForFinished(600000) && writer->exitCode() == 0 && ok;
            delete writer;
        }
        const double seconds = wall.nsecsElapsed() / 1e9;
        w.beginObject().field("processes", qint64(processes)).field("ok", ok);
        w.field("commandsPerSec", qint64(std::round(processes * commandsPerWriter / seconds)));
        num(w, "seconds", round3(seconds));
        w.endObject();
    }
    w.endArray();
}

void commitToOtherClient(JsonWriter &w, const QString &store, int samples)
{
    StoreError error;
    auto reducer = Reducer::open(store, &error);
    if (!reducer || !reducer->ensureStore(&error)) {
        w.null();
        return;
    }
    StoreClient client;
    QEventLoop loop;
    qint64 target = -1;
    bool opened = false;
    QObject::connect(&client, &StoreClient::opened, &loop, [&] { opened = true; loop.quit(); });
    QObject::connect(&client, &StoreClient::storeChanged, &loop, [&](qint64 head) {
        if (target >= 0 && head >= target)
            loop.quit();
    });
    client.open(store);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!opened) {
        w.null();
        return;
    }
    QThread::msleep(300); // let the reader settle on the current head
    QCoreApplication::processEvents();
    std::vector<double> latencies;
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(12);
    for (int i = 0; i < samples; ++i) {
        const QByteArray line = payment(QStringLiteral("live-%1-%2").arg(tag).arg(i), QStringLiteral("LIVE-%1").arg(tag), i);
        if (reducer->submit(std::vector<ParsedCommand>{parseCommandLine(line)}).failure)
            break;
        QElapsedTimer t;
        t.start(); // the commit is done: from here until the other client says so
        target = reducer->headPosition();
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(5000);
        loop.exec();
        if (timeout.isActive())
            latencies.push_back(t.nsecsElapsed() / 1e6);
        target = -1;
    }
    w.beginObject();
    w.field("samples", qint64(latencies.size()));
    num(w, "p50Ms", round3(percentile(latencies, 50)));
    num(w, "p95Ms", round3(percentile(latencies, 95)));
    w.endObject();
}

} // namespace hs::bench
