#include "queries.h"

#include "../codec/eventcodec.h"

#include "../store/dialect.h"
#include "../store/eventstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace hs {

namespace {


// That row `alias` of table is the version of its entity valid at position :p: the latest
// that began at or before it. (Entity and valid_from name one row version.)
QString validAt(const QString &table, const QString &alias, const QString &key, const QString &outer)
{
    return QStringLiteral("%2.%3 = %4 AND %2.valid_from = (SELECT max(valid_from) FROM %1 WHERE %3 = %4 AND valid_from <= :p)")
        .arg(table, alias, key, outer);
}

const QString shipmentColumns = QStringLiteral(
    "f.shipment_id, f.account_id, s.status, s.truck_id, f.weight_lb, f.price_cents, f.pickup, "
    "f.destination, s.version, f.submitted_position, f.submitted_at, f.customer_reference, f.pickup_by, f.deliver_by");
const QString truckColumns = QStringLiteral("truck_id, capacity_lb, state, shipment_id, out_of_service_since");

ShipmentView shipmentFromRow(const QSqlQuery &q)
{
    return ShipmentView{q.value(0).toString(), q.value(1).toString(),
                        statusFromName(q.value(2).toString()).value_or(ShipmentStatus::Submitted),
                        q.value(3).toString(), q.value(4).toInt(), q.value(5).toLongLong(),
                        eventcodec::addressFromJson(q.value(6).toByteArray()), eventcodec::addressFromJson(q.value(7).toByteArray()),
                        q.value(8).toLongLong(), q.value(9).toLongLong(), q.value(10).toLongLong(),
                        q.value(11).toString(), optionalInteger(q.value(12)), optionalInteger(q.value(13))};
}

TruckView truckFromRow(const QSqlQuery &q, int first = 0)
{
    const QString state = q.value(first + 2).toString();
    TruckView t{q.value(first).toString(),
                truck::State{q.value(first + 1).toInt(), state != u"out_of_service",
                             q.value(first + 3).toString(), state == u"out_for_delivery"},
                optionalInteger(q.value(first + 4))};
    return t;
}

// A reference is any printable text: its % and _ are meant literally.
QString likeEscaped(QString s)
{
    return s.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
}

bool matches(const ShipmentView &s, const ShipmentQuery &f)
{
    if (f.status && s.status != *f.status)
        return false;
    if (!f.accountId.isEmpty() && s.accountId != f.accountId)
        return false;
    if (!f.text.isEmpty()) {
        const auto has = [&](const QString &v) { return v.contains(f.text, Qt::CaseInsensitive); };
        if (!has(s.shipmentId) && !has(s.accountId) && !has(s.pickup.city) && !has(s.destination.city)
            && !has(s.customerReference))
            return false;
    }
    if (!f.reference.isEmpty() && !s.customerReference.contains(f.reference, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace

ReadModelQueries::ReadModelQueries(QSqlDatabase db) : m_db(db) {}

std::optional<AsOf> ReadModelQueries::resolveAsOf(qint64 time)
{
    AsOf a;
    a.time = time;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT position FROM events WHERE occurred_max <= ? ORDER BY occurred_max DESC, position DESC LIMIT 1"));
    q.addBindValue(time);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    a.position = q.next() ? q.value(0).toLongLong() : 0;
    buildLate(a);
    return a;
}

AsOf ReadModelQueries::atPosition(qint64 position)
{
    AsOf a;
    a.position = position;
    a.time = LLONG_MAX;
    return a;
}

void ReadModelQueries::buildLate(AsOf &a)
{
    QSqlQuery q(m_db);
    streamRows(q);
    // Through the index of late events: the primary key would walk every event after P.
    q.prepare(QStringLiteral("SELECT %1 FROM events %2 WHERE occurred_at < occurred_max AND occurred_at <= ? "
                             "AND position > ? ORDER BY position").arg(eventColumns(), Dialect::of(m_db).indexedBy(QStringLiteral("events_late"))));
    q.addBindValue(a.time);
    q.addBindValue(a.position);
    if (!q.exec())
        return;
    AsOf prefix = atPosition(a.position);
    const ViewLookup lookup{
        [&](const QString &id) -> std::optional<ShipmentView> {
            auto it = a.late.shipments.find(id);
            return it != a.late.shipments.end() ? std::optional(it->second) : baseShipment(id, &prefix);
        },
        [&](const QString &id) -> std::optional<TruckView> {
            auto it = a.late.trucks.find(id);
            return it != a.late.trucks.end() ? std::optional(it->second) : baseTruck(id, &prefix);
        },
        [&](const QString &id) -> std::optional<AccountView> {
            auto it = a.late.accounts.find(id);
            return it != a.late.accounts.end() ? std::optional(it->second) : baseAccount(id, &prefix);
        },
    };
    while (q.next()) {
        a.late.applyChanges(project(eventFromRow(q), lookup));
        a.hasLate = true;
    }
}

std::optional<ShipmentView> ReadModelQueries::baseShipment(const QString &id, const AsOf *at)
{
    QSqlQuery q(m_db);
    if (at) {
        q.prepare(QStringLiteral("SELECT %1 FROM rm_shipment_facts f JOIN rm_shipments s ON %2 "
                                 "WHERE f.shipment_id = :id").arg(shipmentColumns, validAt(QStringLiteral("rm_shipments"), QStringLiteral("s"), QStringLiteral("shipment_id"), QStringLiteral("f.shipment_id"))));
        q.bindValue(QStringLiteral(":p"), at->position);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM rm_shipment_facts f JOIN rm_shipments s ON s.shipment_id = f.shipment_id "
                                 "AND s.valid_to IS NULL WHERE f.shipment_id = :id").arg(shipmentColumns));
    }
    q.bindValue(QStringLiteral(":id"), id);
    if (q.exec() && q.next())
        return shipmentFromRow(q);
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
    std::vector<ShipmentView> out;
    if (at && at->hasLate) {
        // Rare: history recorded out of order. Merge in memory, then filter and page.
        ShipmentQuery all;
        all.order = f.order;
        AsOf prefix = atPosition(at->position);
        std::map<QString, ShipmentView> merged;
        for (auto &s : shipments(all, &prefix))
            merged[s.shipmentId] = std::move(s);
        for (const auto &[id, s] : at->late.shipments)
            merged[id] = s;
        for (auto &[id, s] : merged)
            if (matches(s, f))
                out.push_back(s);
        if (f.order == ShipmentQuery::Order::OldestFirst)
            std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.submittedPosition < b.submittedPosition; });
        else if (f.order == ShipmentQuery::Order::NewestFirst)
            std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.submittedPosition > b.submittedPosition; });
        const auto begin = std::min<size_t>(out.size(), f.offset);
        const auto end = f.limit < 0 ? out.size() : std::min<size_t>(out.size(), begin + f.limit);
        return {out.begin() + begin, out.begin() + end};
    }
    const Dialect dialect = Dialect::of(m_db);
    QStringList where;
    if (f.status)
        where << QStringLiteral("s.status = :status");
    if (!f.accountId.isEmpty())
        where << QStringLiteral("f.account_id = :account");
    if (!f.text.isEmpty())
        where << QStringLiteral("(f.shipment_id %1 :text OR f.account_id %1 :text OR f.pickup %1 :text OR f.destination %1 :text "
                                "OR f.customer_reference %1 :text "
                                "OR f.account_id IN (SELECT account_id FROM rm_accounts WHERE valid_to IS NULL AND name %1 :text))")
                     .arg(dialect.likeAnyCase());
    if (!f.reference.isEmpty())
        where << QStringLiteral("f.customer_reference %1 :reference ESCAPE '\\'").arg(dialect.likeAnyCase());
    QString join;
    // As of a moment, the unassigned queue is read through the ranges of rm_queue: only the
    // rows valid at P are visited, however long the history.
    const bool activeAsOf = at && f.status && *f.status == ShipmentStatus::Submitted;
    if (activeAsOf) {
        // CROSS JOIN: the ranges first (the planner would otherwise scan every row version).
        join = QStringLiteral("%1 rm_shipments s ON s.valid_from = r.id %1 rm_shipment_facts f ON f.shipment_id = s.shipment_id")
                   .arg(dialect.orderedJoin());
        where << QStringLiteral("r.lo <= :p AND r.hi >= :p");
    } else if (at) {
        join = QStringLiteral("JOIN rm_shipments s ON %1").arg(validAt(QStringLiteral("rm_shipments"), QStringLiteral("s"), QStringLiteral("shipment_id"), QStringLiteral("f.shipment_id")));
        where << QStringLiteral("f.submitted_position <= :p");
    } else {
        // CROSS JOIN keeps the facts outside, so that a page in id or submission order walks
        // an index and stops at the limit instead of sorting every live shipment.
        join = QStringLiteral("%1 rm_shipments s ON s.shipment_id = f.shipment_id AND s.valid_to IS NULL").arg(dialect.orderedJoin());
    }
    // The live queue of unassigned shipments is read through the status index.
    const bool liveByStatus = !at && f.status;
    if (liveByStatus)
        join = QStringLiteral("JOIN rm_shipment_facts f ON f.shipment_id = s.shipment_id");
    const QString from = activeAsOf ? QStringLiteral("rm_queue r %1").arg(join)
        : liveByStatus ? QStringLiteral("rm_shipments s %1").arg(join)
                       : QStringLiteral("rm_shipment_facts f %1").arg(join);
    if (liveByStatus)
        where << QStringLiteral("s.valid_to IS NULL");
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(shipmentColumns, from);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    switch (f.order) {
    case ShipmentQuery::Order::ById: sql += QStringLiteral(" ORDER BY f.shipment_id"); break;
    case ShipmentQuery::Order::OldestFirst: sql += QStringLiteral(" ORDER BY f.submitted_position"); break;
    case ShipmentQuery::Order::NewestFirst: sql += QStringLiteral(" ORDER BY f.submitted_position DESC"); break;
    }
    if (f.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(f.limit).arg(f.offset);
    QSqlQuery q(m_db);
    streamRows(q);
    q.prepare(sql);
    if (f.status)
        q.bindValue(QStringLiteral(":status"), statusName(*f.status));
    if (!f.accountId.isEmpty())
        q.bindValue(QStringLiteral(":account"), f.accountId);
    if (!f.text.isEmpty())
        q.bindValue(QStringLiteral(":text"), QStringLiteral("%") + f.text + QStringLiteral("%"));
    if (!f.reference.isEmpty())
        q.bindValue(QStringLiteral(":reference"), QStringLiteral("%") + likeEscaped(f.reference) + QStringLiteral("%"));
    if (at)
        q.bindValue(QStringLiteral(":p"), at->position);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.push_back(shipmentFromRow(q));
    return out;
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

namespace {

// The actor stored in two columns (user, department) starting at a query's column.
Actor actorAt(const QSqlQuery &q, int column)
{
    return Actor{q.value(column).toString(),
                 departmentFromName(q.value(column + 1).toString()).value_or(Department::System)};
}

} // namespace

std::vector<HistoryEntry> ReadModelQueries::history(const QString &shipmentId, const AsOf *at)
{
    std::vector<HistoryEntry> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT position, shipment_id, type, occurred_at, actor_user, actor_department "
                             "FROM rm_shipment_history WHERE shipment_id = ? AND position <= ? ORDER BY position"));
    q.addBindValue(shipmentId);
    q.addBindValue(at ? at->position : LLONG_MAX);
    if (q.exec())
        while (q.next())
            out.push_back(HistoryEntry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                       q.value(3).toLongLong(),
                                       actorAt(q, 4)});
    if (at && at->hasLate)
        if (auto it = at->late.histories.find(shipmentId); it != at->late.histories.end()) {
            out.insert(out.end(), it->second.begin(), it->second.end());
            std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.position < b.position; });
        }
    return out;
}

std::vector<CheckCall> ReadModelQueries::checkCalls(const QString &shipmentId, const AsOf *at)
{
    std::vector<CheckCall> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT position, shipment_id, truck_id, occurred_at, location, note, eta, actor_user, actor_department "
                             "FROM rm_check_calls WHERE shipment_id = ? AND position <= ? ORDER BY position"));
    q.addBindValue(shipmentId);
    q.addBindValue(at ? at->position : LLONG_MAX);
    if (q.exec())
        while (q.next())
            out.push_back(CheckCall{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                                    q.value(4).toString(), q.value(5).toString(), optionalInteger(q.value(6)),
                                    actorAt(q, 7)});
    if (at && at->hasLate)
        if (auto it = at->late.checkCalls.find(shipmentId); it != at->late.checkCalls.end()) {
            out.insert(out.end(), it->second.begin(), it->second.end());
            std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.position < b.position; });
        }
    return out;
}

std::optional<CheckCall> ReadModelQueries::lastCheckCall(const QString &shipmentId, const AsOf *at)
{
    // A shipment has a handful of check calls: reading them all costs no more than the last.
    auto calls = checkCalls(shipmentId, at);
    return calls.empty() ? std::nullopt : std::optional(calls.back());
}

std::optional<TruckView> ReadModelQueries::baseTruck(const QString &id, const AsOf *at)
{
    QSqlQuery q(m_db);
    if (at) {
        q.prepare(QStringLiteral("SELECT %2 FROM rm_trucks t WHERE %1")
                      .arg(validAt(QStringLiteral("rm_trucks"), QStringLiteral("t"), QStringLiteral("truck_id"), QStringLiteral(":id")), truckColumns));
        q.bindValue(QStringLiteral(":p"), at->position);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM rm_trucks WHERE truck_id = :id AND valid_to IS NULL").arg(truckColumns));
    }
    q.bindValue(QStringLiteral(":id"), id);
    if (q.exec() && q.next()) {
        TruckView t = truckFromRow(q);
        if (!t.truck.inService && !t.truck.shipmentId.isEmpty())
            if (auto s = baseShipment(t.truck.shipmentId, at))
                t.truck.outForDelivery = s->status == ShipmentStatus::OutForDelivery;
        return t;
    }
    return std::nullopt;
}

std::optional<TruckView> ReadModelQueries::truck(const QString &id, const AsOf *at)
{
    if (at && at->hasLate)
        if (auto it = at->late.trucks.find(id); it != at->late.trucks.end())
            return it->second;
    return baseTruck(id, at);
}

std::vector<TruckView> ReadModelQueries::trucks(const AsOf *at)
{
    std::vector<TruckView> out;
    QSqlQuery q(m_db);
    streamRows(q);
    if (at) {
        // Trucks are never removed, so the live list names every truck that ever was.
        q.prepare(QStringLiteral("SELECT t.truck_id, t.capacity_lb, t.state, t.shipment_id, t.out_of_service_since FROM rm_trucks live "
                                 "JOIN rm_trucks t ON %1 WHERE live.valid_to IS NULL ORDER BY live.truck_id")
                      .arg(validAt(QStringLiteral("rm_trucks"), QStringLiteral("t"), QStringLiteral("truck_id"), QStringLiteral("live.truck_id"))));
        q.bindValue(QStringLiteral(":p"), at->position);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM rm_trucks WHERE valid_to IS NULL ORDER BY truck_id").arg(truckColumns));
    }
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.push_back(truckFromRow(q));
    if (at && at->hasLate) {
        for (const auto &[id, t] : at->late.trucks) {
            auto it = std::find_if(out.begin(), out.end(), [&](const TruckView &v) { return v.truckId == id; });
            if (it != out.end())
                *it = t;
            else
                out.push_back(t);
        }
        std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.truckId < b.truckId; });
    }
    return out;
}

std::optional<AccountView> ReadModelQueries::baseAccount(const QString &id, const AsOf *at)
{
    QSqlQuery q(m_db);
    if (at) {
        q.prepare(QStringLiteral("SELECT %2 FROM rm_accounts a WHERE %1")
                      .arg(validAt(QStringLiteral("rm_accounts"), QStringLiteral("a"), QStringLiteral("account_id"), QStringLiteral(":id")), accountColumns()));
        q.bindValue(QStringLiteral(":p"), at->position);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM rm_accounts WHERE account_id = :id AND valid_to IS NULL").arg(accountColumns()));
    }
    q.bindValue(QStringLiteral(":id"), id);
    if (q.exec() && q.next())
        return accountFromRow(q);
    return std::nullopt;
}

std::optional<AccountView> ReadModelQueries::account(const QString &id, const AsOf *at)
{
    if (at && at->hasLate)
        if (auto it = at->late.accounts.find(id); it != at->late.accounts.end())
            return it->second;
    return baseAccount(id, at);
}

std::vector<AccountView> ReadModelQueries::accounts(const AsOf *at)
{
    std::vector<AccountView> out;
    QSqlQuery q(m_db);
    streamRows(q);
    if (at) {
        q.prepare(QStringLiteral("SELECT %2 FROM rm_accounts live "
                                 "JOIN rm_accounts a ON %1 WHERE live.valid_to IS NULL ORDER BY live.account_id")
                      .arg(validAt(QStringLiteral("rm_accounts"), QStringLiteral("a"), QStringLiteral("account_id"), QStringLiteral("live.account_id")),
                           accountColumns(QStringLiteral("a"))));
        q.bindValue(QStringLiteral(":p"), at->position);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM rm_accounts WHERE valid_to IS NULL ORDER BY account_id").arg(accountColumns()));
    }
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.push_back(accountFromRow(q));
    if (at && at->hasLate) {
        for (const auto &[id, a] : at->late.accounts) {
            auto it = std::find_if(out.begin(), out.end(), [&](const AccountView &v) { return v.accountId == id; });
            if (it != out.end())
                *it = a;
            else
                out.push_back(a);
        }
        std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.accountId < b.accountId; });
    }
    return out;
}

std::vector<LedgerEntry> ReadModelQueries::ledger(const QString &accountId, const AsOf *at)
{
    std::vector<LedgerEntry> out;
    QSqlQuery q(m_db);
    streamRows(q);
    q.prepare(QStringLiteral("SELECT position, account_id, occurred_at, kind, shipment_id, reference, amount_cents, "
                             "balance_cents, due_at FROM rm_ledger WHERE account_id = ? AND position <= ? ORDER BY position"));
    q.addBindValue(accountId);
    q.addBindValue(at ? at->position : LLONG_MAX);
    if (q.exec())
        while (q.next())
            out.push_back(LedgerEntry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                      q.value(6).toLongLong(), q.value(7).toLongLong(), optionalInteger(q.value(8))});
    if (at && at->hasLate)
        if (auto it = at->late.ledgers.find(accountId); it != at->late.ledgers.end()) {
            out.insert(out.end(), it->second.begin(), it->second.end());
            std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.position < b.position; });
        }
    return out;
}

StatusCounts ReadModelQueries::statusCounts(const AsOf *at)
{
    StatusCounts c{};
    QSqlQuery q(m_db);
    if (!at) {
        if (q.exec(QStringLiteral("SELECT status, n FROM rm_status_counts")))
            while (q.next())
                if (auto s = statusFromName(q.value(0).toString()))
                    c[static_cast<int>(*s)] = q.value(1).toLongLong();
        return c;
    }
    // The snapshot at the start of the block, then the rows that opened and closed since.
    const qint64 block = (at->position / 1024) * 1024;
    q.prepare(QStringLiteral("SELECT submitted, assigned, out_for_delivery, delivered, cancelled FROM rm_status_snapshots WHERE position = ?"));
    q.addBindValue(block);
    if (q.exec() && q.next())
        for (int i = 0; i < 5; ++i)
            c[i] = q.value(i).toLongLong();
    QSqlQuery opened(m_db);
    opened.prepare(QStringLiteral("SELECT status, count(*) FROM rm_shipments WHERE valid_from > ? AND valid_from <= ? GROUP BY status"));
    opened.addBindValue(block);
    opened.addBindValue(at->position);
    if (opened.exec())
        while (opened.next())
            if (auto s = statusFromName(opened.value(0).toString()))
                c[static_cast<int>(*s)] += opened.value(1).toLongLong();
    QSqlQuery closed(m_db);
    closed.prepare(QStringLiteral("SELECT status, count(*) FROM rm_shipments WHERE valid_to > ? AND valid_to <= ? GROUP BY status"));
    closed.addBindValue(block);
    closed.addBindValue(at->position);
    if (closed.exec())
        while (closed.next())
            if (auto s = statusFromName(closed.value(0).toString()))
                c[static_cast<int>(*s)] -= closed.value(1).toLongLong();
    if (at->hasLate)
        for (int i = 0; i < 5; ++i)
            c[i] += at->late.counts[i];
    return c;
}

QString accountColumns(const QString &alias)
{
    static const QStringList columns{QStringLiteral("account_id"), QStringLiteral("name"), QStringLiteral("invoiced_cents"),
                                     QStringLiteral("paid_cents"), QStringLiteral("written_off_cents"),
                                     QStringLiteral("credit_limit_cents"), QStringLiteral("terms_days"),
                                     QStringLiteral("on_hold"), QStringLiteral("active_cents")};
    if (alias.isEmpty())
        return columns.join(QStringLiteral(", "));
    QStringList qualified;
    for (const QString &c : columns)
        qualified << alias + QLatin1Char('.') + c;
    return qualified.join(QStringLiteral(", "));
}

AccountView accountFromRow(const QSqlQuery &q)
{
    AccountView a;
    a.accountId = q.value(0).toString();
    a.name = q.value(1).toString();
    a.invoicedCents = q.value(2).toLongLong();
    a.paidCents = q.value(3).toLongLong();
    a.writtenOffCents = q.value(4).toLongLong();
    a.creditLimitCents = optionalInteger(q.value(5));
    a.termsDays = q.value(6).toInt();
    a.onHold = q.value(7).toInt() != 0;
    a.activeShipmentCents = q.value(8).toLongLong();
    return a;
}

std::optional<qint64> optionalInteger(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional(v.toLongLong());
}

qint64 ReadModelQueries::eventCount()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'head_position'")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

std::optional<qint64> ReadModelQueries::lastEventTime()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT occurred_at FROM events ORDER BY position DESC LIMIT 1")) && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

qint64 ReadModelQueries::projectionPosition()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'projection_position'")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace hs
