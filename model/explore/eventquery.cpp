#include "eventquery.h"

#include "../reducer/commandresult.h"
#include "../store/schema.h"

#include <QSqlQuery>
#include <QVariant>

#include <climits>

namespace hs {

namespace {

bool execWith(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    streamRows(q);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec();
}

QString addressLine(const Address &a)
{
    QStringList parts{a.name, a.line1};
    if (a.line2)
        parts << *a.line2;
    parts << QStringLiteral("%1 %2 %3").arg(a.city, a.state, a.zip);
    return parts.join(QStringLiteral(", "));
}

QString entityWord(Entity e)
{
    switch (e) {
    case Entity::Shipment: return QStringLiteral("shipment");
    case Entity::Truck: return QStringLiteral("truck");
    case Entity::Account: return QStringLiteral("account");
    case Entity::PricingRule:
    case Entity::None: break;
    }
    return {};
}

// The entities whose department view an event changes: its own and the trucks it names.
std::vector<std::pair<QString, QString>> entitiesOf(const Event &event)
{
    return std::visit(
        [](const auto &x) {
            std::vector<std::pair<QString, QString>> out;
            const Entity own = rowOf(x).entity;
            if (own == Entity::PricingRule) // the pricing schedule has no department view
                return out;
            out.emplace_back(entityWord(own), addressedId(x));
            if (own != Entity::Truck)
                for (const QString &truckId : idsNaming(x, Entity::Truck))
                    out.emplace_back(entityWord(Entity::Truck), truckId);
            return out;
        },
        event);
}

bool namesTruck(const Event &event, const QString &truckId)
{
    return std::visit([&](const auto &x) { return idsNaming(x, Entity::Truck).contains(truckId); }, event);
}

std::vector<StateField> fieldsOf(const ViewSet &views, const QString &kind, const QString &id)
{
    if (kind == u"shipment") {
        auto it = views.shipments.find(id);
        return it == views.shipments.end() ? std::vector<StateField>{} : stateFields(it->second);
    }
    if (kind == u"truck") {
        auto it = views.trucks.find(id);
        return it == views.trucks.end() ? std::vector<StateField>{} : stateFields(it->second);
    }
    auto it = views.accounts.find(id);
    return it == views.accounts.end() ? std::vector<StateField>{} : stateFields(it->second);
}

} // namespace

QStringList EntityChange::changedFields() const
{
    QStringList changed;
    for (const StateField &a : after) {
        auto it = std::find_if(before.begin(), before.end(), [&](const StateField &b) { return b.name == a.name; });
        if (it == before.end() || it->value != a.value)
            changed << a.name;
    }
    return changed;
}

std::vector<StateField> stateFields(const ShipmentView &s)
{
    return {{QStringLiteral("shipmentId"), s.shipmentId},
            {QStringLiteral("accountId"), s.accountId},
            {QStringLiteral("status"), statusName(s.status)},
            {QStringLiteral("truckId"), s.truckId},
            {QStringLiteral("weightLb"), QString::number(s.weightLb)},
            {QStringLiteral("priceCents"), QString::number(s.priceCents)},
            {QStringLiteral("pickup"), addressLine(s.pickup)},
            {QStringLiteral("destination"), addressLine(s.destination)},
            {QStringLiteral("version"), QString::number(s.version)}};
}

std::vector<StateField> stateFields(const TruckView &t)
{
    return {{QStringLiteral("truckId"), t.truckId},
            {QStringLiteral("capacityLb"), QString::number(t.truck.capacityLb)},
            {QStringLiteral("state"), truckStateName(t.state())},
            {QStringLiteral("shipmentId"), t.truck.shipmentId}};
}

std::vector<StateField> stateFields(const AccountView &a)
{
    return {{QStringLiteral("accountId"), a.accountId},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("invoicedCents"), QString::number(a.invoicedCents)},
            {QStringLiteral("paidCents"), QString::number(a.paidCents)},
            {QStringLiteral("balanceCents"), QString::number(a.balanceCents())}};
}

EventQuery::EventQuery(EventStore &events) : m_events(events) {}

qint64 EventQuery::upperBound(const AsOf *at)
{
    if (at->time == LLONG_MAX)
        return at->position;
    // Beyond the prefix only late events (occurred before something recorded earlier) can
    // belong to the moment; the partial index on them keeps this a short look-up.
    QSqlQuery q(m_events.database().connection());
    if (execWith(q, QStringLiteral("SELECT max(position) FROM events WHERE occurred_at < occurred_max AND occurred_at <= ?"),
                 {at->time})
        && q.next() && !q.value(0).isNull())
        return std::max(at->position, q.value(0).toLongLong());
    return at->position;
}

QString EventQuery::where(const EventFilter &f, const AsOf *at, QVariantList &binds)
{
    QStringList c;
    if (!f.streamId.isEmpty()) {
        c << QStringLiteral("stream_id = ?");
        binds << f.streamId;
    }
    if (!f.type.isEmpty()) {
        c << QStringLiteral("type = ?");
        binds << f.type;
    }
    if (f.department) {
        c << QStringLiteral("actor_department = ?");
        binds << departmentName(*f.department);
    }
    if (!f.actorUser.isEmpty()) {
        c << QStringLiteral("actor_user = ?");
        binds << f.actorUser;
    }
    if (f.from) {
        c << QStringLiteral("occurred_at >= ?");
        binds << *f.from;
    }
    if (f.to) {
        c << QStringLiteral("occurred_at <= ?");
        binds << *f.to;
    }
    if (!f.text.isEmpty()) {
        c << Dialect::of(m_events.database().connection()).containsText(QStringLiteral("data"), QStringLiteral("?"));
        binds << Dialect::containsPattern(f.text);
    }
    if (at) {
        c << QStringLiteral("position <= ?");
        binds << upperBound(at);
        if (at->time != LLONG_MAX) {
            c << QStringLiteral("occurred_at <= ?");
            binds << at->time;
        }
    }
    return c.isEmpty() ? QStringLiteral("1 = 1") : c.join(QStringLiteral(" AND ")); // PostgreSQL wants a boolean, not 1
}

EventPage EventQuery::page(const EventPageRequest &r, const AsOf *at)
{
    EventPage out;
    QVariantList binds;
    QString w = where(r.filter, at, binds);
    const bool newest = r.filter.order == EventFilter::Order::NewestFirst;
    if (r.after > 0) {
        w += newest ? QStringLiteral(" AND position < ?") : QStringLiteral(" AND position > ?");
        binds << r.after;
    }
    binds << r.limit + 1;
    QSqlQuery q(m_events.database().connection());
    if (!execWith(q, QStringLiteral("SELECT %1 FROM events WHERE %2 ORDER BY position %3 LIMIT ?")
                         .arg(eventColumns(), w, newest ? QStringLiteral("DESC") : QStringLiteral("ASC")),
                  binds))
        return out;
    while (q.next()) {
        if (int(out.events.size()) == r.limit) {
            out.atEnd = false;
            break;
        }
        out.events.push_back(eventFromRow(q));
    }
    out.last = out.events.empty() ? r.after : out.events.back().position;
    return out;
}

EventCount EventQuery::count(const EventFilter &f, const AsOf *at, qint64 cap)
{
    QSqlQuery q(m_events.database().connection());
    const bool unfiltered = f.streamId.isEmpty() && f.type.isEmpty() && !f.department && f.actorUser.isEmpty()
                            && !f.from && !f.to && f.text.isEmpty();
    if (unfiltered && !at) {
        // Positions run 1..head without gaps.
        if (q.exec(QStringLiteral("SELECT coalesce(max(position), 0) FROM events")) && q.next())
            return {q.value(0).toLongLong(), true};
        return {};
    }
    if (unfiltered && at->time == LLONG_MAX)
        return {at->position, true};
    if (unfiltered
        && execWith(q, QStringLiteral("SELECT count(*) FROM events WHERE occurred_at < occurred_max AND occurred_at <= ? "
                                      "AND position > ?"),
                    {at->time, at->position})
        && q.next())
        return {at->position + q.value(0).toLongLong(), true};
    QVariantList binds;
    const QString w = where(f, at, binds);
    binds << cap + 1;
    if (!execWith(q, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM events WHERE %1 LIMIT ?) AS matching").arg(w), binds)
        || !q.next())
        return {};
    const qint64 n = q.value(0).toLongLong();
    return n > cap ? EventCount{cap, false} : EventCount{n, true};
}

std::vector<RecordedEvent> EventQuery::newerThan(const EventFilter &filter, qint64 position, int limit)
{
    EventFilter f = filter;
    f.order = EventFilter::Order::OldestFirst;
    return page({f, position, limit}).events;
}

namespace {

// The events of one business action (a correlation) among those a page matches.
struct ActionGroup
{
    QString correlation;
    qint64 first;
    qint64 lastSeen;
};

// A correlation's events lie together in the log (its listeners run in the same batch), so
// one pass over the matching events, cut at a correlation boundary, pages the actions. sql
// takes binds, then the cursor and a chunk size; up to limit + 1 groups are read.
std::vector<ActionGroup> actionGroups(QSqlDatabase db, const QString &sql, const QVariantList &binds, qint64 cursor, int limit)
{
    std::vector<ActionGroup> groups;
    const int chunk = 500;
    QSqlQuery q(db);
    while (int(groups.size()) <= limit) {
        QVariantList b = binds;
        b << cursor << chunk;
        if (!execWith(q, sql, b))
            return {};
        int rows = 0;
        while (q.next()) {
            ++rows;
            cursor = q.value(0).toLongLong();
            const QString corr = q.value(1).toString();
            if (groups.empty() || groups.back().correlation != corr)
                groups.push_back({corr, cursor, cursor});
            else
                groups.back().lastSeen = cursor;
        }
        if (rows < chunk)
            break;
    }
    return groups;
}

// The action's first command from the log and its events up to the moment shown (asOf).
BusinessAction businessAction(CommandLog &log, const ActionGroup &g, const QString &asOf, const QVariantList &asOfBinds)
{
    BusinessAction a;
    a.correlationId = g.correlation;
    if (const auto c = log.find(g.correlation)) {
        a.commandType = c->type;
        a.actor = c->actor.value_or(Actor{QString(), Department::System});
        a.at = c->issuedAt.value_or(0);
        a.status = c->status;
    }
    QSqlQuery ev(log.connection());
    if (execWith(ev, QStringLiteral("SELECT %1 FROM events WHERE %2 AND %3 ORDER BY position").arg(eventColumns(), schema::correlationEvents(), asOf),
                 QVariantList(schema::correlationEventsBinds, g.correlation) + asOfBinds))
        while (ev.next())
            a.events.push_back(eventFromRow(ev));
    a.eventCount = qint64(a.events.size());
    if (a.commandType.isEmpty() && !a.events.empty()) {
        a.actor = a.events.front().actor;
        a.at = a.events.front().occurredAt;
    }
    return a;
}

} // namespace

ActionPage EventQuery::actions(const EventPageRequest &r, const AsOf *at)
{
    ActionPage out;
    QVariantList binds;
    const QString w = where(r.filter, at, binds);
    const bool newest = r.filter.order == EventFilter::Order::NewestFirst;
    const QString sql = QStringLiteral("SELECT position, correlation_id FROM events WHERE %1 AND %2 ORDER BY position %3 LIMIT ?")
                            .arg(w, newest ? QStringLiteral("position < ?") : QStringLiteral("position > ?"),
                                 newest ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    std::vector<ActionGroup> groups = actionGroups(m_events.database().connection(), sql, binds,
                                                   r.after > 0 ? r.after : (newest ? LLONG_MAX : 0), r.limit);
    out.atEnd = int(groups.size()) <= r.limit;
    if (!out.atEnd)
        groups.resize(r.limit);
    out.last = groups.empty() ? r.after : groups.back().lastSeen;
    CommandLog log(m_events.database().connection());
    QVariantList asOfBinds;
    const QString asOf = where({}, at, asOfBinds);
    for (const ActionGroup &g : groups) {
        out.actions.push_back(businessAction(log, g, asOf, asOfBinds));
        out.actions.back().firstPosition = newest ? g.lastSeen : g.first;
    }
    return out;
}

std::vector<EntityChange> EventQuery::stateAround(qint64 position)
{
    std::vector<EntityChange> out;
    const auto target = m_events.byPosition(position);
    if (!target)
        return out;
    for (const auto &[kind, id] : entitiesOf(target->event)) {
        std::vector<RecordedEvent> history;
        if (kind == u"truck") {
            // A truck's state follows its own stream and the shipment events that name it.
            QSqlQuery q(m_events.database().connection());
            if (execWith(q, QStringLiteral("SELECT %1 FROM events WHERE position <= ? AND (stream_id = ? OR "
                                           "(stream_id LIKE 'shipment-%' AND %2)) ORDER BY position")
                                .arg(eventColumns(), Dialect::of(m_events.database().connection()).containsText(QStringLiteral("data"), QStringLiteral("?"))),
                         {position, truckStream(id), Dialect::containsPattern(QStringLiteral("\"%1\"").arg(id))}))
                while (q.next()) {
                    RecordedEvent e = eventFromRow(q);
                    if (e.streamId == truckStream(id) || namesTruck(e.event, id))
                        history.push_back(std::move(e));
                }
        } else {
            EventStore::Filter f;
            f.streamId = kind == u"shipment" ? shipmentStream(id) : accountStream(id);
            f.toPosition = position;
            m_events.forEach(f, [&](const RecordedEvent &e) { history.push_back(e); return true; });
        }
        ViewSet views;
        EntityChange change{kind, id, {}, {}, false};
        for (const RecordedEvent &e : history) {
            if (e.position == position) {
                change.before = fieldsOf(views, kind, id);
                change.existedBefore = !change.before.empty();
            }
            views.apply(e);
        }
        change.after = fieldsOf(views, kind, id);
        out.push_back(std::move(change));
    }
    return out;
}

qint64 EventQuery::exportJsonLines(const EventFilter &filter, QIODevice &out, const AsOf *at)
{
    EventPageRequest r{filter, 0, 2000};
    r.filter.order = EventFilter::Order::OldestFirst; // position order, as `haulctl events`
    qint64 written = 0;
    for (;;) {
        const EventPage p = page(r, at);
        QByteArray chunk;
        for (const RecordedEvent &e : p.events) {
            chunk += eventJson(e);
            chunk += '\n';
        }
        if (out.write(chunk) != chunk.size())
            return -1;
        written += qint64(p.events.size());
        if (p.atEnd)
            return written;
        r.after = p.last;
    }
}

std::vector<ActionSummary> EventQuery::recentActions(int limit, const QString &type, const AsOf *at)
{
    std::vector<ActionSummary> out;
    const auto issuedBy = at && at->time != LLONG_MAX ? std::optional(at->time) : std::nullopt;
    for (const CommandLogEntry &c : CommandLog(m_events.database().connection()).recentUserCommands(limit, type, issuedBy))
        out.push_back({c.commandId, c.type, c.status, c.issuedAt.value_or(0)});
    return out;
}

QStringList EventQuery::streams(const QString &prefix, int limit)
{
    QStringList out;
    QSqlQuery q(m_events.database().connection());
    if (execWith(q, QStringLiteral("SELECT DISTINCT stream_id FROM events WHERE stream_id >= ? AND stream_id < ? "
                                   "ORDER BY stream_id LIMIT ?"),
                 {prefix, prefix + QChar(0xffff), limit}))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

} // namespace hs
