#include "chain.h"

#include "../util/jsonwriter.h"

namespace hs {

int ChainGraph::indexOf(const QString &id) const
{
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].id == id)
            return static_cast<int>(i);
    return -1;
}

std::optional<ChainGraph> buildChain(EventStore &events, const QString &id)
{
    CommandLog log(events.database().connection());
    QString correlation;
    if (auto c = log.find(id))
        correlation = c->correlationId;
    else if (auto e = events.byEventId(id))
        correlation = e->correlationId;
    else
        return std::nullopt;

    ChainGraph g;
    g.correlationId = correlation;
    std::vector<RecordedEvent> evs;
    EventStore::Filter f;
    f.correlationId = correlation;
    events.forEach(f, [&](const RecordedEvent &e) { evs.push_back(e); return true; });

    for (const CommandLogEntry &c : log.ofCorrelation(correlation)) {
        ChainNode n;
        n.id = c.commandId;
        n.kind = ChainNode::Kind::Command;
        n.type = c.type;
        n.department = c.actor ? c.actor->department : Department::System;
        n.actorUser = c.actor ? c.actor->user : QString();
        n.at = c.issuedAt.value_or(c.recordedAt);
        n.status = c.status;
        n.code = c.code;
        n.message = c.message;
        n.causeId = c.causationId;
        g.nodes.push_back(n);
        if (!c.causationId.isEmpty())
            g.edges.push_back({c.causationId, c.commandId});
        for (const RecordedEvent &e : evs) {
            if (e.commandId != c.commandId)
                continue;
            ChainNode en;
            en.id = e.eventId;
            en.kind = ChainNode::Kind::Event;
            en.type = e.type();
            en.department = e.actor.department;
            en.actorUser = e.actor.user;
            en.at = e.occurredAt;
            en.streamId = e.streamId;
            en.position = e.position;
            en.data = e.data;
            en.causeId = c.commandId;
            g.nodes.push_back(en);
            g.edges.push_back({c.commandId, e.eventId});
        }
    }
    return g;
}

QByteArray chainJson(const ChainGraph &g)
{
    JsonWriter w;
    w.beginObject().field("correlationId", g.correlationId);
    w.key("nodes").beginArray();
    for (const ChainNode &n : g.nodes) {
        w.beginObject().field("id", n.id);
        w.field("kind", n.kind == ChainNode::Kind::Command ? "command" : "event");
        w.key("type").nullableId(n.type);
        w.field("department", departmentName(n.department));
        w.key("at").time(n.at);
        w.key("status").nullableId(n.status);
        w.endObject();
    }
    w.endArray();
    w.key("edges").beginArray();
    for (const ChainEdge &e : g.edges)
        w.beginObject().field("from", e.from).field("to", e.to).endObject();
    w.endArray();
    w.endObject();
    return w.take();
}

} // namespace hs
