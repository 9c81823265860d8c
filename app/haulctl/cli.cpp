#include "cli.h"

#include "commandinput.h"

#include "codec/catalog.h"
#include "demo/demoseed.h"
#include "demo/storepath.h"
#include "explore/chain.h"
#include "explore/eventtimeline.h"
#include "explore/whatif.h"
#include "readmodel/viewjson.h"
#include "reducer/reducer.h"
#include "util/isotime.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <map>

namespace hs::cli {

namespace {

const char usage[] =
    "Usage:\n"
    "  haulctl [--db PATH] init [--demo]\n"
    "  haulctl [--db PATH] submit [FILE]          commands as JSON Lines, from FILE or standard input\n"
    "  haulctl [--db PATH] query VIEW [ID] [--as-of TIME]\n"
    "        VIEW: shipments, shipment ID, trucks, truck ID, accounts, account ID, ledger ID,\n"
    "              commands, status-counts\n"
    "  haulctl [--db PATH] events [--stream STREAM] [--type TYPE] [--correlation ID] [--format json|text]\n"
    "  haulctl [--db PATH] chain ID               a command id or an event id\n"
    "  haulctl [--db PATH] rebuild\n"
    "  haulctl [--db PATH] verify\n"
    "  haulctl [--db PATH] whatif --skip ID[,ID...]\n"
    "  haulctl [--db PATH] catalog\n"
    "\n"
    "--db defaults to the dashboard's store; HAULSTREAM_DB overrides that default.\n"
    "Exit codes: 0 done, 1 the store failed or verify found a problem, 2 bad usage, 3 no such id.\n";

struct Args
{
    QString db;
    QString command;
    QStringList positional;
    QHash<QString, QString> options; // --name value
    QSet<QString> flags;             // --demo
};

int bad(QTextStream &err, const QString &message)
{
    err << "haulctl: " << message << "\n\n" << usage;
    err.flush();
    return BadUsage;
}

int failed(QTextStream &err, const QString &message)
{
    err << "haulctl: " << message << '\n';
    err.flush();
    return StoreFailed;
}

int notFound(QTextStream &err, const QString &message)
{
    err << "haulctl: " << message << '\n';
    err.flush();
    return NotFound;
}

std::optional<Args> parse(const QStringList &argv, QString *problem)
{
    static const QSet<QString> valued = {QStringLiteral("db"), QStringLiteral("as-of"), QStringLiteral("stream"),
                                         QStringLiteral("type"), QStringLiteral("correlation"),
                                         QStringLiteral("format"), QStringLiteral("skip")};
    static const QSet<QString> boolean = {QStringLiteral("demo"), QStringLiteral("help")};
    Args a;
    for (int i = 0; i < argv.size(); ++i) {
        const QString &arg = argv[i];
        if (arg.startsWith(QLatin1String("--"))) {
            QString name = arg.mid(2);
            QString value;
            bool hasValue = false;
            if (const auto eq = name.indexOf(u'='); eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
                hasValue = true;
            }
            if (valued.contains(name)) {
                if (!hasValue) {
                    if (i + 1 >= argv.size()) {
                        *problem = QStringLiteral("--%1 needs a value.").arg(name);
                        return std::nullopt;
                    }
                    value = argv[++i];
                }
                if (name == u"db")
                    a.db = value;
                else
                    a.options.insert(name, value);
            } else if (boolean.contains(name) && !hasValue) {
                a.flags.insert(name);
            } else {
                *problem = QStringLiteral("unknown option %1.").arg(arg);
                return std::nullopt;
            }
        } else if (a.command.isEmpty()) {
            a.command = arg;
        } else {
            a.positional << arg;
        }
    }
    return a;
}

void print(QTextStream &out, const QByteArray &json)
{
    out << QString::fromUtf8(json) << '\n';
}

// What the writer does while another process holds the store's write lock: says so once.
Reducer::Options writerOptions(QTextStream &err)
{
    Reducer::Options options;
    options.wait.onWaiting = [&err](bool waiting, const QString &holders) {
        if (!waiting)
            return;
        err << "haulctl: waiting for another writer"
            << (holders.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(holders)) << " to finish...\n";
        err.flush();
    };
    return options;
}

int runSubmit(Reducer &reducer, const Args &a, QTextStream &out, QTextStream &err)
{
    if (a.positional.size() > 1)
        return bad(err, QStringLiteral("submit takes at most one file."));
    CommandInput input;
    QString problem;
    if (!input.open(a.positional.value(0), &problem))
        return bad(err, problem);
    std::vector<ParsedCommand> batch;
    StoreError failure;
    auto flush = [&]() -> bool {
        if (batch.empty())
            return true;
        auto outcome = reducer.submit(batch);
        batch.clear();
        if (outcome.failure) {
            failure = *outcome.failure;
            return false;
        }
        for (const CommandResult &r : outcome.results)
            print(out, resultJson(r));
        out.flush();
        return true;
    };
    bool any = false;
    QByteArray line;
    while (input.next(line)) {
        any = true;
        batch.push_back(parseCommandLine(line));
        // From a pipe or a terminal, whatever has arrived is answered now: someone may be waiting.
        const bool due = batch.size() >= 1000 || (input.isInteractive() && !input.moreWaiting());
        if (due && !flush())
            return failed(err, QStringLiteral("the last batch was not recorded: %1").arg(failure.message));
    }
    if (!any) {
        CommandResult r;
        r.rejection = Rejection{RejectionCode::Invalid, QStringLiteral("The input holds no commands."), {}};
        print(out, resultJson(r));
        return Done;
    }
    if (!flush())
        return failed(err, QStringLiteral("the last batch was not recorded: %1").arg(failure.message));
    return Done;
}

int runQuery(Reducer *reducer, Database &db, const Args &a, QTextStream &out, QTextStream &err)
{
    if (a.positional.isEmpty())
        return bad(err, QStringLiteral("query needs a view."));
    const QString view = a.positional[0];
    const QString id = a.positional.value(1);
    static const QSet<QString> needId = {QStringLiteral("shipment"), QStringLiteral("truck"), QStringLiteral("account"), QStringLiteral("ledger")};
    static const QSet<QString> noId = {QStringLiteral("shipments"), QStringLiteral("trucks"), QStringLiteral("accounts"),
                                       QStringLiteral("commands"), QStringLiteral("status-counts")};
    if (!needId.contains(view) && !noId.contains(view))
        return bad(err, QStringLiteral("unknown view %1.").arg(view));
    if (needId.contains(view) && (a.positional.size() != 2))
        return bad(err, QStringLiteral("query %1 needs one id.").arg(view));
    if (noId.contains(view) && a.positional.size() != 1)
        return bad(err, QStringLiteral("query %1 takes no id.").arg(view));

    ReadModelQueries q(db.connection());
    std::optional<AsOf> at;
    if (a.options.contains(QStringLiteral("as-of"))) {
        const auto t = isotime::parse(a.options.value(QStringLiteral("as-of")));
        if (!t)
            return bad(err, QStringLiteral("--as-of needs an ISO 8601 time with a zone, such as 2026-01-05T10:15:00Z."));
        at = q.resolveAsOf(*t);
        if (!at)
            return failed(err, q.lastError());
    }
    const AsOf *when = at ? &*at : nullptr;
    JsonWriter w;
    if (view == u"shipments") {
        w.beginArray();
        for (const ShipmentView &s : q.shipments({}, when)) {
            const auto h = q.history(s.shipmentId, when);
            viewjson::write(w, s, &h);
        }
        w.endArray();
    } else if (view == u"shipment") {
        const auto s = q.shipment(id, when);
        if (!s)
            return notFound(err, QStringLiteral("no shipment %1%2.").arg(id, when ? QStringLiteral(" at that time") : QString()));
        const auto h = q.history(id, when);
        viewjson::write(w, *s, &h);
    } else if (view == u"trucks") {
        w.beginArray();
        for (const TruckView &t : q.trucks(when))
            viewjson::write(w, t);
        w.endArray();
    } else if (view == u"truck") {
        const auto t = q.truck(id, when);
        if (!t)
            return notFound(err, QStringLiteral("no truck %1%2.").arg(id, when ? QStringLiteral(" at that time") : QString()));
        viewjson::write(w, *t);
    } else if (view == u"accounts") {
        w.beginArray();
        for (const AccountView &acc : q.accounts(when))
            viewjson::write(w, acc);
        w.endArray();
    } else if (view == u"account") {
        const auto acc = q.account(id, when);
        if (!acc)
            return notFound(err, QStringLiteral("no account %1%2.").arg(id, when ? QStringLiteral(" at that time") : QString()));
        viewjson::write(w, *acc);
    } else if (view == u"ledger") {
        if (!q.account(id, when))
            return notFound(err, QStringLiteral("no account %1%2.").arg(id, when ? QStringLiteral(" at that time") : QString()));
        w.beginArray();
        for (const LedgerEntry &l : q.ledger(id, when))
            viewjson::write(w, l);
        w.endArray();
    } else if (view == u"commands") {
        w.beginArray();
        for (const CommandLogEntry &c : q.commands(when))
            viewjson::write(w, c);
        w.endArray();
    } else if (view == u"status-counts") {
        viewjson::write(w, q.statusCounts(when));
    }
    Q_UNUSED(reducer);
    print(out, w.bytes());
    return Done;
}

int runEvents(Database &db, const Args &a, QTextStream &out, QTextStream &err)
{
    if (!a.positional.isEmpty())
        return bad(err, QStringLiteral("events takes no arguments besides its options."));
    const QString format = a.options.value(QStringLiteral("format"), QStringLiteral("json"));
    if (format != u"json" && format != u"text")
        return bad(err, QStringLiteral("--format is json or text."));
    EventStore store(db);
    EventStore::Filter f;
    f.streamId = a.options.value(QStringLiteral("stream"));
    f.type = a.options.value(QStringLiteral("type"));
    f.correlationId = a.options.value(QStringLiteral("correlation"));
    if (format == u"json") {
        store.forEach(f, [&](const RecordedEvent &e) {
            print(out, eventJson(e));
            return true;
        });
        return Done;
    }
    StreamTimeline timeline;
    store.forEach(f, [&](const RecordedEvent &e) {
        timeline.add(e);
        return true;
    });
    out << timeline.text();
    return Done;
}

} // namespace

int run(const QStringList &argv, QTextStream &out, QTextStream &err)
{
    QString problem;
    const auto parsed = parse(argv, &problem);
    if (!parsed)
        return bad(err, problem);
    const Args &a = *parsed;
    if (a.flags.contains(QStringLiteral("help")) || a.command == u"help") {
        out << usage;
        return Done;
    }
    if (a.command.isEmpty())
        return bad(err, QStringLiteral("no command given."));
    static const QSet<QString> commands = {QStringLiteral("init"), QStringLiteral("submit"), QStringLiteral("query"),
                                           QStringLiteral("events"), QStringLiteral("chain"), QStringLiteral("rebuild"),
                                           QStringLiteral("verify"), QStringLiteral("whatif"), QStringLiteral("catalog")};
    if (!commands.contains(a.command))
        return bad(err, QStringLiteral("unknown command %1.").arg(a.command));
    // Options only some commands take.
    const QHash<QString, QStringList> allowed = {
        {QStringLiteral("query"), {QStringLiteral("as-of")}},
        {QStringLiteral("events"), {QStringLiteral("stream"), QStringLiteral("type"), QStringLiteral("correlation"), QStringLiteral("format")}},
        {QStringLiteral("whatif"), {QStringLiteral("skip")}},
    };
    for (auto it = a.options.cbegin(); it != a.options.cend(); ++it)
        if (!allowed.value(a.command).contains(it.key()))
            return bad(err, QStringLiteral("%1 does not take --%2.").arg(a.command, it.key()));
    if (a.flags.contains(QStringLiteral("demo")) && a.command != u"init")
        return bad(err, QStringLiteral("only init takes --demo."));

    const QString path = a.db.isEmpty() ? defaultStorePath() : a.db;
    StoreError error;
    const bool writes = a.command == u"init" || a.command == u"submit" || a.command == u"rebuild";
    const bool fileExists = QFileInfo::exists(path);

    if (a.command == u"init") {
        if (!a.positional.isEmpty())
            return bad(err, QStringLiteral("init takes no arguments."));
        auto reducer = Reducer::open(path, writerOptions(err), &error);
        if (!reducer)
            return failed(err, error.message);
        if (!reducer->ensureStore(&error) || !reducer->catchUp(&error))
            return failed(err, error.message);
        if (a.flags.contains(QStringLiteral("demo")) && reducer->headPosition() > 0)
            return bad(err, QStringLiteral("%1 already holds events; --demo fills only an empty store.").arg(path));
        if (a.flags.contains(QStringLiteral("demo")) && !seedDemo(*reducer, isotime::nowMs(), &error))
            return failed(err, error.message);
        JsonWriter w;
        w.beginObject().field("path", QFileInfo(path).absoluteFilePath()).field("events", reducer->headPosition()).endObject();
        print(out, w.bytes());
        return Done;
    }

    if (writes || a.command == u"verify" || a.command == u"whatif") {
        if (!fileExists && a.command != u"submit") {
            // A missing file reads as an empty store; nothing to rebuild, verify or replay.
            if (a.command == u"rebuild") {
                print(out, "{\"events\":0,\"ms\":0}");
                return Done;
            }
            if (a.command == u"verify") {
                print(out, "{\"ok\":true,\"problems\":[]}");
                return Done;
            }
        }
        std::unique_ptr<Reducer> reducer;
        if (fileExists || a.command == u"submit") {
            reducer = Reducer::open(path, writerOptions(err), &error);
            if (!reducer)
                return failed(err, error.message);
        }
        if (a.command == u"submit")
            return runSubmit(*reducer, a, out, err);
        if (a.command == u"rebuild") {
            if (!a.positional.isEmpty())
                return bad(err, QStringLiteral("rebuild takes no arguments."));
            QElapsedTimer t;
            t.start();
            const auto n = reducer->rebuild(&error);
            if (!n)
                return failed(err, QStringLiteral("the rebuild failed; the store is as it was: %1").arg(error.message));
            JsonWriter w;
            w.beginObject().field("events", *n).field("ms", t.elapsed()).endObject();
            print(out, w.bytes());
            return Done;
        }
        if (a.command == u"verify") {
            if (!a.positional.isEmpty())
                return bad(err, QStringLiteral("verify takes no arguments."));
            const QStringList problems = reducer->verify();
            JsonWriter w;
            w.beginObject().field("ok", problems.isEmpty());
            w.key("problems").beginArray();
            for (const QString &p : problems)
                w.value(p);
            w.endArray().endObject();
            print(out, w.bytes());
            return problems.isEmpty() ? Done : StoreFailed;
        }
        // whatif
        if (!a.positional.isEmpty())
            return bad(err, QStringLiteral("whatif takes its ids through --skip."));
        const QString skip = a.options.value(QStringLiteral("skip"));
        if (skip.isEmpty())
            return bad(err, QStringLiteral("whatif needs --skip ID[,ID...]."));
        QStringList ids;
        for (const QString &s : skip.split(u',', Qt::SkipEmptyParts))
            ids << s.trimmed();
        if (!reducer) {
            return notFound(err, QStringLiteral("no command or event %1.").arg(ids.value(0)));
        }
        WhatIf::Outcome outcome = WhatIf::run(*reducer, ids, {});
        if (!outcome.unknownId.isEmpty())
            return notFound(err, QStringLiteral("no command or event %1.").arg(outcome.unknownId));
        if (!outcome.error.isEmpty())
            return failed(err, outcome.error);
        print(out, whatIfJson(outcome));
        return Done;
    }

    // Readers: query, events, chain, catalog. A missing file reads as an empty store.
    auto db = Database::open(path, Database::Mode::ReadOnly, &error);
    if (!db)
        return failed(err, error.message);
    if (!db->exists() && !db->isMemory())
        db = Database::openMemory(&error);
    if (fileExists && db->exists()) {
        // Bring read models up to date after a crash, before answering from them.
        ReadModelQueries probe(db->connection());
        EventStore head(*db);
        if (probe.projectionPosition() < head.headPosition()) {
            db.reset();
            auto reducer = Reducer::open(path, &error);
            if (!reducer)
                return failed(err, error.message);
            reducer.reset();
            db = Database::open(path, Database::Mode::ReadOnly, &error);
            if (!db)
                return failed(err, error.message);
        }
    }
    if (a.command == u"query")
        return runQuery(nullptr, *db, a, out, err);
    if (a.command == u"events")
        return runEvents(*db, a, out, err);
    if (a.command == u"catalog") {
        if (!a.positional.isEmpty())
            return bad(err, QStringLiteral("catalog takes no arguments."));
        auto catalog = eventCatalog();
        countStored(catalog, db->connection());
        print(out, catalogJson(catalog));
        return Done;
    }
    // chain
    if (a.positional.size() != 1)
        return bad(err, QStringLiteral("chain needs one command or event id."));
    EventStore store(*db);
    ReadModelQueries q(db->connection());
    const auto graph = buildChain(store, q, a.positional[0]);
    if (!graph)
        return notFound(err, QStringLiteral("no command or event %1.").arg(a.positional[0]));
    print(out, chainJson(*graph));
    return Done;
}

} // namespace hs::cli
