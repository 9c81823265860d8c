#include "readbench.h"

#include "readmodel/queries.h"
#include "sharedbench.h"
#include "store/database.h"

#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace hs::bench {

namespace {

double round1(double x) { return std::round(x * 10.0) / 10.0; }

struct Laps
{
    std::vector<double> total;
    std::map<QString, std::vector<double>> perView;
};

// One moment: every view a department opens, timed one by one.
void oneMoment(ReadModelQueries &queries, qint64 moment, const QString &account, Laps &laps)
{
    QElapsedTimer all, one;
    all.start();
    one.start();
    auto lap = [&](const char *name) {
        laps.perView[QString::fromLatin1(name)].push_back(one.nsecsElapsed() / 1e6);
        one.restart();
    };
    const auto at = queries.resolveAsOf(moment);
    lap("resolveAsOf");
    queries.statusCounts(&*at);
    lap("statusCounts");
    queries.trucks(&*at);
    lap("trucks");
    queries.accounts(&*at);
    lap("accounts");
    ShipmentQuery page;
    page.limit = 100;
    queries.shipments(page, &*at);
    lap("shipmentsPage");
    ShipmentQuery queue;
    queue.status = ShipmentStatus::Submitted;
    queue.order = ShipmentQuery::Order::OldestFirst;
    queue.limit = 100;
    queries.shipments(queue, &*at);
    lap("unassignedQueue");
    queries.ledger(account, &*at);
    lap("ledger");
    laps.total.push_back(all.nsecsElapsed() / 1e6);
}

void writeLaps(JsonWriter &w, const Laps &laps, int moments)
{
    w.beginObject();
    num(w, "moments", moments);
    num(w, "p50Ms", round3(percentile(laps.total, 50)));
    num(w, "p95Ms", round3(percentile(laps.total, 95)));
    num(w, "maxMs", round3(*std::max_element(laps.total.begin(), laps.total.end())));
    for (const auto &[key, p] : {std::pair{"p50MsByView", 50.0}, std::pair{"p95MsByView", 95.0}}) {
        w.key(key).beginObject();
        for (const auto &[name, v] : laps.perView)
            num(w, name.toLatin1().constData(), round3(percentile(v, p)));
        w.endObject();
    }
    w.endObject();
}

// The child's own high-water mark, read while it runs: getrusage's RUSAGE_CHILDREN would also
// count this process's pages copied at fork.
qint64 peakKbOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

} // namespace

void asOfFigures(JsonWriter &w, const QString &store, int moments)
{
    progress(QStringLiteral("as-of: %1 moments").arg(moments));
    StoreError error;
    auto db = Database::open(store, Database::Mode::ReadOnly, &error);
    if (!db) {
        progress(QStringLiteral("cannot open %1: %2").arg(store, error.message));
        w.null();
        return;
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
    const std::vector<AccountView> accounts = queries.accounts();
    std::mt19937_64 rng(7);
    Laps laps;
    for (int i = 0; i < moments; ++i) {
        const qint64 moment = std::uniform_int_distribution<qint64>(first, last)(rng);
        const QString account = accounts.empty() ? QString()
            : accounts[std::uniform_int_distribution<size_t>(0, accounts.size() - 1)(rng)].accountId;
        oneMoment(queries, moment, account, laps);
    }
    writeLaps(w, laps, moments);
}

void openFigures(JsonWriter &w, const QString &dashboard, const QString &store, QString *note)
{
    if (!QFileInfo(dashboard).isExecutable()) {
        w.null();
        *note = QStringLiteral("the dashboard executable was not found at %1; build the haulstream target").arg(dashboard);
        return;
    }
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
        bool finished = false;
        while (!(finished = p.waitForFinished(5)) && wall.elapsed() < 120000)
            peakKb = std::max(peakKb, peakKbOf(p.processId()));
        if (!finished) {
            p.kill();
            p.waitForFinished();
            *note = QStringLiteral("the dashboard did not report ready within 120 s");
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
        if (note->isEmpty())
            *note = QStringLiteral("the dashboard printed no {\"readyMs\": N} line");
        return;
    }
    w.beginObject();
    num(w, "readyMs", round1(percentile(ready, 50)));
    num(w, "runs", qint64(ready.size()));
    num(w, "maxReadyMs", round1(*std::max_element(ready.begin(), ready.end())));
    num(w, "maxWallMs", round1(wallMs));
    num(w, "peakRssMb", round1(peakKb / 1024.0));
    w.endObject();
}

} // namespace hs::bench
