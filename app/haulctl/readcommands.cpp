// The subcommands that only read: each is handed a read-only connection to the store.

#include "commands.h"
#include "documentcommand.h"

#include "codec/catalog.h"
#include "explore/chain.h"
#include "explore/eventtimeline.h"
#include "explore/whatif.h"
#include "readmodel/viewjson.h"
#include "reducer/reducer.h"
#include "util/isotime.h"

namespace hs::cli {

namespace {

// Read models behind the events can only be brought up to date by a writer; a reader says so
// rather than answer from them.
bool viewsAreCurrent(const Invocation &call, StoreReader &store)
{
    if (store.database->needsMigration()) {
        failed(call.err, QStringLiteral("%1 was written by an older version of Haulstream; `haulctl rebuild` (or opening it in "
                                        "the dashboard) brings it up to this one.").arg(call.storePath));
        return false;
    }
    ReadModelQueries probe(store.database->connection());
    const qint64 projected = probe.projectionPosition();
    if (projected >= store.events->headPosition())
        return true;
    failed(call.err, QStringLiteral("the read models of %1 stand at event %2 of %3; `haulctl rebuild` brings them up to date.")
                         .arg(call.storePath).arg(projected).arg(store.events->headPosition()));
    return false;
}

enum class ViewId { None, Required };

// Aging and at-risk are judged at the view's moment: the as-of time, or now.
qint64 momentOf(const AsOf *at) { return at ? at->time : isotime::nowMs(); }

struct View
{
    const char *name;
    ViewId id;
    // Writes the view's JSON; false when the id names nothing at that moment.
    bool (*write)(JsonWriter &w, ReadModelQueries &q, const QString &id, const AsOf *at, const Invocation &call);
};

template<typename Row>
void writeAll(JsonWriter &w, const std::vector<Row> &rows)
{
    w.beginArray();
    for (const Row &row : rows)
        viewjson::write(w, row);
    w.endArray();
}

template<typename Row>
bool writeOne(JsonWriter &w, const std::optional<Row> &row)
{
    if (row)
        viewjson::write(w, *row);
    return row.has_value();
}

const std::vector<View> views = {
    {"shipments", ViewId::None, [](JsonWriter &w, ReadModelQueries &q, const QString &, const AsOf *at, const Invocation &call) {
         ShipmentQuery f;
         f.reference = call.option("reference");
         w.beginArray();
         for (const ShipmentView &s : q.shipments(f, at)) {
             const auto h = q.history(s.shipmentId, at);
             viewjson::write(w, s, &h);
         }
         w.endArray();
         return true;
     }},
    {"shipment", ViewId::Required, [](JsonWriter &w, ReadModelQueries &q, const QString &id, const AsOf *at, const Invocation &) {
         const auto s = q.shipment(id, at);
         if (!s)
             return false;
         const auto h = q.history(id, at);
         const auto calls = q.checkCalls(id, at);
         viewjson::write(w, *s, &h, &calls);
         return true;
     }},
    {"trucks", ViewId::None, [](JsonWriter &w, ReadModelQueries &q, const QString &, const AsOf *at, const Invocation &) {
         writeAll(w, q.trucks(at));
         return true;
     }},
    {"truck", ViewId::Required, [](JsonWriter &w, ReadModelQueries &q, const QString &id, const AsOf *at, const Invocation &) {
         return writeOne(w, q.truck(id, at));
     }},
    {"accounts", ViewId::None, [](JsonWriter &w, ReadModelQueries &q, const QString &, const AsOf *at, const Invocation &) {
         writeAll(w, q.accounts(at));
         return true;
     }},
    {"account", ViewId::Required, [](JsonWriter &w, ReadModelQueries &q, const QString &id, const AsOf *at, const Invocation &) {
         return writeOne(w, q.account(id, at));
     }},
    {"ledger", ViewId::Required, [](JsonWriter &w, ReadModelQueries &q, const QString &id, const AsOf *at, const Invocation &) {
         if (!q.account(id, at))
             return false;
         writeAll(w, q.ledger(id, at));
         return true;
     }},
    {"invoices", ViewId::Required, [](JsonWriter &w, ReadModelQueries &q, const QString &id, const AsOf *at, const Invocation &) {
         if (!q.account(id, at))
             return false;
         writeAll(w, invoicesOf(q, id, at));
         return true;
     }},
    {"aging", ViewId::None, [](JsonWriter &w, ReadModelQueries &q, const QString &, const AsOf *at, const Invocation &) {
         writeAll(w, agingReport(q, at, momentOf(at)));
         return true;
     }},
    {"at-risk", ViewId::None, [](JsonWriter &w, ReadModelQueries &q, const QString &, const AsOf *at, const Invocation &) {
         writeAll(w, atRiskShipments(q, at, momentOf(at)));
         return true;
     }},
    {"commands", ViewId::None, [](JsonWriter &w, ReadModelQueries &q, const QString &, const AsOf *at, const Invocation &) {
         writeAll(w, CommandLog(q.connection()).list(0, -1, at ? std::optional(at->time) : std::nullopt));
         return true;
     }},
    {"status-counts", ViewId::None, [](JsonWriter &w, ReadModelQueries &q, const QString &, const AsOf *at, const Invocation &) {
         viewjson::write(w, q.statusCounts(at));
         return true;
     }},
};

const View *findView(const QString &name)
{
    for (const View &v : views)
        if (name == QLatin1String(v.name))
            return &v;
    return nullptr;
}

// What a missing id is called in the message: the ledger is an account's.
QString entityOf(const View &view)
{
    const bool ofAccount = view.name == QLatin1String("ledger") || view.name == QLatin1String("invoices");
    return ofAccount ? QStringLiteral("account") : QString::fromLatin1(view.name);
}

} // namespace

int runQuery(const Invocation &call, StoreReader &store)
{
    const QString name = call.arguments[0];
    const View *view = findView(name);
    if (!view)
        return bad(call.err, QStringLiteral("unknown view %1.").arg(name));
    if (view->id == ViewId::Required && call.arguments.size() != 2)
        return bad(call.err, QStringLiteral("query %1 needs one id.").arg(name));
    if (view->id == ViewId::None && call.arguments.size() != 1)
        return bad(call.err, QStringLiteral("query %1 takes no id.").arg(name));
    if (call.has("reference") && name != u"shipments")
        return bad(call.err, QStringLiteral("only query shipments takes --reference."));
    if (!viewsAreCurrent(call, store))
        return StoreFailed;

    ReadModelQueries q(store.database->connection());
    std::optional<AsOf> at;
    if (call.has("as-of")) {
        const auto t = isotime::parse(call.option("as-of"));
        if (!t)
            return bad(call.err, QStringLiteral("--as-of needs an ISO 8601 time with a zone, such as 2026-01-05T10:15:00Z."));
        at = q.resolveAsOf(*t);
        if (!at)
            return failed(call.err, q.lastError());
    }
    const QString id = call.arguments.value(1);
    JsonWriter w;
    if (!view->write(w, q, id, at ? &*at : nullptr, call))
        return notFound(call.err, QStringLiteral("no %1 %2%3.").arg(entityOf(*view), id, at ? QStringLiteral(" at that time") : QString()));
    print(call.out, w.bytes());
    return Done;
}

int runEvents(const Invocation &call, StoreReader &store)
{
    const QString format = call.options.value(QStringLiteral("format"), QStringLiteral("json"));
    if (format != u"json" && format != u"text")
        return bad(call.err, QStringLiteral("--format is json or text."));
    EventStore::Filter f;
    f.streamId = call.option("stream");
    f.type = call.option("type");
    f.correlationId = call.option("correlation");
    if (format == u"json") {
        store.events->forEach(f, [&](const RecordedEvent &e) {
            print(call.out, eventJson(e));
            return true;
        });
        return Done;
    }
    StreamTimeline timeline;
    store.events->forEach(f, [&](const RecordedEvent &e) {
        timeline.add(e);
        return true;
    });
    call.out << timeline.text();
    return Done;
}

int runChain(const Invocation &call, StoreReader &store)
{
    ReadModelQueries q(store.database->connection());
    const auto graph = buildChain(*store.events, call.arguments[0]);
    if (!graph)
        return notFound(call.err, QStringLiteral("no command or event %1.").arg(call.arguments[0]));
    print(call.out, chainJson(*graph));
    return Done;
}

int runVerify(const Invocation &call, StoreReader &store)
{
    QList<maintenance::Anchor> anchors;
    for (const QString &text : call.option("expect").split(u',', Qt::SkipEmptyParts)) {
        const auto anchor = maintenance::parseAnchor(text.trimmed());
        if (!anchor)
            return bad(call.err, QStringLiteral("--expect takes POSITION:HASH, the hash in hexadecimal as head prints it; not %1.").arg(text));
        anchors << *anchor;
    }
    QStringList problems;
    if (store.database->needsMigration())
        problems << QStringLiteral("The store was written by an older version of Haulstream; `haulctl rebuild` (or opening it in the "
                                   "dashboard) brings its read models up to this one before they can be verified.");
    else
        problems = maintenance::verify(*store.database, store.standIn ? nullptr : store.events.get(), anchors);
    JsonWriter w;
    w.beginObject().field("ok", problems.isEmpty());
    w.key("problems").beginArray();
    for (const QString &p : problems)
        w.value(p);
    w.endArray().endObject();
    print(call.out, w.bytes());
    return problems.isEmpty() ? Done : StoreFailed;
}

int runHead(const Invocation &call, StoreReader &store)
{
    print(call.out, maintenance::anchorJson(maintenance::head(*store.database)));
    return Done;
}

int runWhatIf(const Invocation &call, StoreReader &store)
{
    const QString skip = call.option("skip");
    if (skip.isEmpty())
        return bad(call.err, QStringLiteral("whatif needs --skip ID[,ID...]."));
    QStringList ids;
    for (const QString &s : skip.split(u',', Qt::SkipEmptyParts))
        ids << s.trimmed();
    if (!viewsAreCurrent(call, store))
        return StoreFailed;
    const WhatIf::Outcome outcome = WhatIf::run(*store.database, *store.events, ids, {});
    if (!outcome.unknownId.isEmpty())
        return notFound(call.err, QStringLiteral("no command or event %1.").arg(outcome.unknownId));
    if (!outcome.error.isEmpty())
        return failed(call.err, outcome.error);
    print(call.out, whatIfJson(outcome));
    return Done;
}

int runDocument(const Invocation &call, StoreReader &store)
{
    std::optional<qint64> asOf;
    if (call.has("as-of")) {
        asOf = isotime::parse(call.option("as-of"));
        if (!asOf)
            return bad(call.err, QStringLiteral("--as-of needs an ISO 8601 time with a zone, such as 2026-01-05T10:15:00Z."));
    }
    if (!viewsAreCurrent(call, store))
        return StoreFailed;
    const DocumentOutcome d = writeDocument(*store.database, call.arguments[0], call.arguments[1], call.option("out"), asOf);
    switch (d.exit) {
    case Done: print(call.out, d.json); return Done;
    case BadUsage: return bad(call.err, d.problem);
    case NotFound: return notFound(call.err, d.problem);
    case StoreFailed: return failed(call.err, d.problem);
    }
    return Done;
}

int runCatalog(const Invocation &call, StoreReader &store)
{
    auto catalog = eventCatalog();
    countStored(catalog, store.database->connection());
    print(call.out, catalogJson(catalog));
    return Done;
}

} // namespace hs::cli
