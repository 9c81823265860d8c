// ReadModelQueries: shipments, their history and check calls, and the counts per status.
#include "queries.h"

#include "positionranges.h"
#include "shipmentrows.h"
#include "shipmentsearch.h"
#include "versionedreads.h"

#include <QSqlError>

#include <algorithm>

namespace hs {

namespace {

// The facts f joined to the version s of each shipment valid at :p.
QString shipmentsValidAt(const Dialect &dialect)
{
    return QStringLiteral("rm_shipment_facts f") + rowcodec::joinValidAt(dialect, QStringLiteral("rm_shipments"), QStringLiteral("s"),
                                                                         QStringLiteral("shipment_id"), QStringLiteral("f.shipment_id"),
                                                                         QStringLiteral("status, truck_id, version"));
}

// Which rows a page of shipments reads: live, as of P, or the unassigned queue as of P
// through the ranges of rm_queue. Conditions the source needs are added to where.
QString shipmentSource(const ShipmentQuery &f, const AsOf *at, const Dialect &dialect, QStringList &where)
{
    if (at && f.status && *f.status == ShipmentStatus::Submitted) {
        // The ranges first (the planner would otherwise scan every row version): only the
        // rows valid at P are visited, however long the history.
        where << positionranges::containing(QStringLiteral("r"), at->position);
        // PostgreSQL's planner misjudges how few ranges match and would hash-join every version;
        // a lateral read keeps it to one probe per range (one submitted version starts at each
        // position: rm_queue's key).
        if (dialect.isPostgres())
            return QStringLiteral("rm_queue r CROSS JOIN LATERAL (SELECT * FROM rm_shipments WHERE valid_from = r.lo "
                                  "AND status = :status LIMIT 1) s JOIN rm_shipment_facts f ON f.shipment_id = s.shipment_id");
        return QStringLiteral("rm_queue r CROSS JOIN rm_shipments s ON s.valid_from = r.lo CROSS JOIN rm_shipment_facts f "
                              "ON f.shipment_id = s.shipment_id");
    }
    if (at) {
        where << QStringLiteral("f.submitted_position <= :p");
        return shipmentsValidAt(dialect);
    }
    if (f.status) {
        // The live queues are read through the status index.
        where << QStringLiteral("s.valid_to IS NULL");
        return QStringLiteral("rm_shipments s JOIN rm_shipment_facts f ON f.shipment_id = s.shipment_id");
    }
    // The facts outside, so that a page in id or submission order walks an index and stops
    // at the limit instead of sorting every live shipment.
    return QStringLiteral("rm_shipment_facts f %1 rm_shipments s ON s.shipment_id = f.shipment_id AND s.valid_to IS NULL")
        .arg(dialect.orderedJoin());
}

QString shipmentSelect(const ShipmentQuery &f, const AsOf *at, const Dialect &dialect)
{
    QStringList where;
    if (f.status)
        where << QStringLiteral("s.status = :status");
    if (!f.accountId.isEmpty())
        where << QStringLiteral("f.account_id = :account");
    if (!f.text.isEmpty())
        where << ShipmentTextSearch(f.text).condition(dialect);
    if (!f.reference.isEmpty())
        where << dialect.containsText(QStringLiteral("f.customer_reference"), QStringLiteral(":reference"));
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(shipmentrow::columns, shipmentSource(f, at, dialect, where));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    switch (f.order) {
    case ShipmentQuery::Order::ById: sql += QStringLiteral(" ORDER BY f.shipment_id"); break;
    case ShipmentQuery::Order::OldestFirst: sql += QStringLiteral(" ORDER BY f.submitted_position"); break;
    case ShipmentQuery::Order::NewestFirst: sql += QStringLiteral(" ORDER BY f.submitted_position DESC"); break;
    }
    if (f.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(f.limit).arg(f.offset);
    return sql;
}

// The filters of a query other than paging and order, asked of a view in memory.
bool matches(const ShipmentView &s, const ShipmentQuery &f, const QSet<QString> &accountsNamed)
{
    if (f.status && s.status != *f.status)
        return false;
    if (!f.accountId.isEmpty() && s.accountId != f.accountId)
        return false;
    if (!f.text.isEmpty() && !ShipmentTextSearch(f.text).matches(s, accountsNamed))
        return false;
    return f.reference.isEmpty() || s.customerReference.contains(f.reference, Qt::CaseInsensitive);
}

// In the order a page asks for; shipments submitted at the same position (none, as the
// store writes them) by id.
void sortShipments(std::vector<ShipmentView> &v, ShipmentQuery::Order order)
{
    std::sort(v.begin(), v.end(), [order](const ShipmentView &a, const ShipmentView &b) {
        switch (order) {
        case ShipmentQuery::Order::OldestFirst:
            if (a.submittedPosition != b.submittedPosition)
                return a.submittedPosition < b.submittedPosition;
            break;
        case ShipmentQuery::Order::NewestFirst:
            if (a.submittedPosition != b.submittedPosition)
                return a.submittedPosition > b.submittedPosition;
            break;
        case ShipmentQuery::Order::ById: break;
        }
        return a.shipmentId < b.shipmentId;
    });
}

} // namespace

std::optional<ShipmentView> ReadModelQueries::baseShipment(const QString &id, const AsOf *at)
{
    QSqlQuery q(m_db);
    if (at) {
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE f.shipment_id = :id").arg(shipmentrow::columns, shipmentsValidAt(Dialect::of(m_db))));
        q.bindValue(QStringLiteral(":p"), at->position);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM rm_shipment_facts f JOIN rm_shipments s ON s.shipment_id = f.shipment_id "
                                 "AND s.valid_to IS NULL WHERE f.shipment_id = :id").arg(shipmentrow::columns));
    }
    q.bindValue(QStringLiteral(":id"), id);
    if (q.exec() && q.next())
        return shipmentrow::read(q);
    m_error = q.lastError().text();
    return std::nullopt;
}

std::optional<ShipmentView> ReadModelQueries::shipment(const QString &id, const AsOf *at)
{
    if (at && at->hasLate) {
        if (auto it = at->late.shipments.find(id); it != at->late.shipments.end())
            return it->second;
    }
    return baseShipment(id, at);
}

std::vector<ShipmentView> ReadModelQueries::shipments(const ShipmentQuery &f, const AsOf *at)
{
    if (at && at->hasLate)
        return shipmentsWithLate(f, *at);
    std::vector<ShipmentView> out;
    QSqlQuery q(m_db);
    streamRows(q);
    q.prepare(shipmentSelect(f, at, Dialect::of(m_db)));
    if (f.status)
        q.bindValue(QStringLiteral(":status"), statusName(*f.status));
    if (!f.accountId.isEmpty())
        q.bindValue(QStringLiteral(":account"), f.accountId);
    if (!f.text.isEmpty())
        q.bindValue(QStringLiteral(":text"), ShipmentTextSearch(f.text).pattern());
    if (!f.reference.isEmpty())
        q.bindValue(QStringLiteral(":reference"), Dialect::containsPattern(f.reference));
    if (at)
        q.bindValue(QStringLiteral(":p"), at->position);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.push_back(shipmentrow::read(q));
    return out;
}

// Rare: history recorded out of order. The store's rows as of the prefix and the late rows
// are merged in memory, then filtered (by the same search as the SQL), ordered and paged.
std::vector<ShipmentView> ReadModelQueries::shipmentsWithLate(const ShipmentQuery &f, const AsOf &at)
{
    const auto &late = at.late.shipments;
    // Status and account mean the same in SQL for every stored row a late one does not replace:
    // asked there, with enough rows to fill the page once those are set aside. Text and
    // reference are asked in memory only, where an account renamed late is known.
    ShipmentQuery stored;
    stored.status = f.status;
    stored.accountId = f.accountId;
    stored.order = f.order;
    const bool pageable = f.text.isEmpty() && f.reference.isEmpty() && f.limit >= 0;
    stored.limit = pageable ? f.offset + f.limit + int(late.size()) : -1;
    AsOf prefix = atPosition(at.position);
    std::vector<ShipmentView> merged;
    for (auto &s : shipments(stored, &prefix))
        if (!late.count(s.shipmentId))
            merged.push_back(std::move(s));
    for (const auto &[id, s] : late)
        merged.push_back(s);
    QSet<QString> accountsNamed;
    if (!f.text.isEmpty())
        for (const AccountView &a : accounts(&at))
            if (ShipmentTextSearch(f.text).matchesName(a.name))
                accountsNamed.insert(a.accountId);
    std::vector<ShipmentView> out;
    for (auto &s : merged)
        if (matches(s, f, accountsNamed))
            out.push_back(std::move(s));
    sortShipments(out, f.order);
    const auto begin = std::min<size_t>(out.size(), f.offset);
    const auto end = f.limit < 0 ? out.size() : std::min<size_t>(out.size(), begin + f.limit);
    return {std::make_move_iterator(out.begin() + begin), std::make_move_iterator(out.begin() + end)};
}

qint64 ReadModelQueries::shipmentCount(const ShipmentQuery &f, const AsOf *at)
{
    if (at || !f.text.isEmpty() || !f.accountId.isEmpty() || !f.reference.isEmpty()) {
        ShipmentQuery all = f;
        all.offset = 0;
        all.limit = -1;
        return static_cast<qint64>(shipments(all, at).size());
    }
    const StatusCounts c = statusCounts(nullptr);
    if (f.status)
        return c[static_cast<int>(*f.status)];
    qint64 n = 0;
    for (qint64 v : c)
        n += v;
    return n;
}

std::vector<HistoryEntry> ReadModelQueries::history(const QString &shipmentId, const AsOf *at)
{
    // The shipment's own events, through their (stream, version) index: in position order.
    static const versioned::Table table{QStringLiteral("events"), QStringLiteral("stream_id"), shipmentrow::historyColumns,
                                        QStringLiteral("version"), &shipmentStream};
    return versioned::entriesOf(m_db, table, shipmentId, at, &shipmentrow::readHistory, &ViewSet::histories);
}

std::vector<CheckCall> ReadModelQueries::checkCalls(const QString &shipmentId, const AsOf *at)
{
    static const versioned::Table table{QStringLiteral("rm_check_calls"), QStringLiteral("shipment_id"),
                                        shipmentrow::checkCallColumns};
    return versioned::entriesOf(m_db, table, shipmentId, at, &shipmentrow::readCheckCall, &ViewSet::checkCalls);
}

std::optional<CheckCall> ReadModelQueries::lastCheckCall(const QString &shipmentId, const AsOf *at)
{
    // A shipment has a handful of check calls: reading them all costs no more than the last.
    auto calls = checkCalls(shipmentId, at);
    return calls.empty() ? std::nullopt : std::optional(calls.back());
}

} // namespace hs
