#include "readmodelwriter.h"

#include "accountrows.h"
#include "positionranges.h"
#include "shipmentrows.h"
#include "truckrows.h"

#include <QSqlError>
#include <QVariant>

namespace hs {

namespace {

// Rows kept in rm_queue: the unassigned queue.
bool isActive(ShipmentStatus s) { return s == ShipmentStatus::Submitted; }

// An entity's open row: from the cache, else (live only) from its table through select, whose
// columns are the codec's (read) followed by valid_from; found rows are cached.
template <typename Cache, typename View>
std::optional<View> loadOpen(Cache &cache, SqlStatement &select, const QString &id, bool rebuilding,
                             View (*read)(const SqlRow &), int fromColumn)
{
    if (auto it = cache.constFind(id); it != cache.constEnd())
        return it->view;
    if (rebuilding)
        return std::nullopt;
    select.bind(id);
    if (!select.exec() || !select.next())
        return std::nullopt;
    const View v = read(select);
    cache.insert(id, {v, select.value(fromColumn).toLongLong()});
    select.finish();
    return v;
}

} // namespace

ReadModelWriter::ReadModelWriter(QSqlDatabase db, Mode mode, const QString &s)
    : m_db(db), m_mode(mode), m_insFacts(db), m_insShipment(db), m_closeShipment(db),
      m_insTruck(db), m_closeTruck(db), m_insAccount(db), m_closeAccount(db), m_insLedger(db),
      m_insSnapshot(db), m_selShipment(db), m_selTruck(db), m_selAccount(db),
      m_insActive(db), m_closeActive(db), m_insCheckCall(db)
{
    const QString p = Dialect::of(db).tablePrefix(s);
    m_prefix = p;
    m_main = s == u"main";
    m_insFacts.prepare(shipmentrow::insertFacts(p));
    m_insShipment.prepare(shipmentrow::insertVersion(p));
    m_closeShipment.prepare(QStringLiteral("UPDATE %1rm_shipments SET valid_to = ? WHERE shipment_id = ? AND valid_to IS NULL").arg(p));
    m_insTruck.prepare(truckrow::insert(p));
    m_closeTruck.prepare(QStringLiteral("UPDATE %1rm_trucks SET valid_to = ? WHERE truck_id = ? AND valid_to IS NULL").arg(p));
    m_insAccount.prepare(accountrow::insert(p));
    m_closeAccount.prepare(QStringLiteral("UPDATE %1rm_accounts SET valid_to = ? WHERE account_id = ? AND valid_to IS NULL").arg(p));
    m_insLedger.prepare(accountrow::insertLedger(p));
    m_insCheckCall.prepare(shipmentrow::insertCheckCall(p));
    m_insActive.prepare(QStringLiteral("INSERT INTO %1rm_queue (lo, node, hi) VALUES (?, ?, ?)").arg(p));
    m_closeActive.prepare(QStringLiteral("UPDATE %1rm_queue SET node = ?, hi = ? WHERE lo = ?").arg(p));
    m_insSnapshot.prepare(QStringLiteral("INSERT INTO %1rm_status_snapshots VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (position) DO UPDATE "
                                         "SET submitted = excluded.submitted, assigned = excluded.assigned, out_for_delivery = "
                                         "excluded.out_for_delivery, delivered = excluded.delivered, cancelled = excluded.cancelled").arg(p));
    // The open row of an entity, as the queries read it, and the position it became true at.
    m_selShipment.prepare(QStringLiteral("SELECT %2, s.valid_from FROM %1rm_shipments s JOIN %1rm_shipment_facts f "
                                         "ON f.shipment_id = s.shipment_id WHERE s.shipment_id = ? AND s.valid_to IS NULL")
                              .arg(p, shipmentrow::columns));
    m_selTruck.prepare(QStringLiteral("SELECT %2, valid_from FROM %1rm_trucks WHERE truck_id = ? AND valid_to IS NULL")
                           .arg(p, truckrow::columns));
    m_selAccount.prepare(QStringLiteral("SELECT %2, valid_from FROM %1rm_accounts WHERE account_id = ? AND valid_to IS NULL")
                             .arg(p, accountrow::columns));
    if (m_mode == Mode::Rebuild)
        m_countsLoaded = true;
}

bool ReadModelWriter::exec(QSqlQuery &q) { return q.exec() || failedWith(q.lastError()); }

bool ReadModelWriter::exec(SqlStatement &q) { return q.exec() || failedWith(q.lastError()); }

bool ReadModelWriter::failedWith(const QSqlError &error)
{
    m_sqlError = error;
    m_error = error.text();
    return false;
}

void ReadModelWriter::forgetCache()
{
    m_shipments.clear();
    m_trucks.clear();
    m_accounts.clear();
    m_countsLoaded = false;
}

std::optional<ShipmentView> ReadModelWriter::loadShipment(const QString &id)
{
    return loadOpen(m_shipments, m_selShipment, id, m_mode == Mode::Rebuild, &shipmentrow::read, shipmentrow::columnCount);
}

std::optional<TruckView> ReadModelWriter::loadTruck(const QString &id)
{
    const bool cached = m_trucks.contains(id);
    std::optional<TruckView> t = loadOpen(m_trucks, m_selTruck, id, m_mode == Mode::Rebuild, &truckrow::read, truckrow::columnCount);
    // Out of service hides whether the held shipment has left; the shipment row knows.
    if (t && !cached && !t->truck.outForDelivery && !t->truck.inService && !t->truck.shipmentId.isEmpty()) {
        t->truck.outForDelivery = loadShipment(t->truck.shipmentId).value_or(ShipmentView{}).status == ShipmentStatus::OutForDelivery;
        m_trucks[id].view = *t;
    }
    return t;
}

std::optional<AccountView> ReadModelWriter::loadAccount(const QString &id)
{
    return loadOpen(m_accounts, m_selAccount, id, m_mode == Mode::Rebuild, &accountrow::read, accountrow::columnCount);
}

bool ReadModelWriter::loadCounts()
{
    if (m_countsLoaded)
        return true;
    m_counts.fill(0);
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT status, n FROM %1rm_status_counts").arg(m_prefix))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next())
        if (auto s = statusFromName(q.value(0).toString()))
            m_counts[static_cast<int>(*s)] = q.value(1).toLongLong();
    m_countsLoaded = true;
    return true;
}

bool ReadModelWriter::writeShipment(const ShipmentView &s, qint64 from, std::optional<qint64> to)
{
    shipmentrow::bindVersion(m_insShipment, s, from, to);
    if (!exec(m_insShipment))
        return false;
    if (!isActive(s.status))
        return true;
    const qint64 hi = to ? *to - 1 : positionranges::openEnd;
    m_insActive.bind(from);
    m_insActive.bind(positionranges::nodeOf(from, hi));
    m_insActive.bind(hi);
    return exec(m_insActive);
}

bool ReadModelWriter::writeTruck(const TruckView &t, qint64 from, std::optional<qint64> to)
{
    truckrow::bind(m_insTruck, t, from, to);
    return exec(m_insTruck);
}

bool ReadModelWriter::writeAccount(const AccountView &a, qint64 from, std::optional<qint64> to)
{
    accountrow::bind(m_insAccount, a, from, to);
    return exec(m_insAccount);
}

// Replaces the open row of an entity at position p: live closes it in the table, rebuild
// writes it closed.
template <typename View>
bool ReadModelWriter::replace(QHash<QString, Open<View>> &cache, const QString &id, const View &view, qint64 p,
                              SqlStatement &close, bool (ReadModelWriter::*write)(const View &, qint64, std::optional<qint64>))
{
    const bool live = m_mode == Mode::Live;
    auto it = cache.find(id);
    if (it == cache.end()) {
        cache.insert(id, {view, p});
    } else {
        if (live) {
            close.bind(p);
            close.bind(id);
            if (!exec(close))
                return false;
            if constexpr (std::is_same_v<View, ShipmentView>) {
                if (isActive(it->view.status)) {
                    m_closeActive.bind(positionranges::nodeOf(it->from, p - 1));
                    m_closeActive.bind(p - 1);
                    m_closeActive.bind(it->from);
                    if (!exec(m_closeActive))
                        return false;
                }
            }
        } else if (!(this->*write)(it->view, it->from, p)) {
            return false;
        }
        it->view = view;
        it->from = p;
    }
    return live ? (this->*write)(view, p, std::nullopt) : true;
}

bool ReadModelWriter::applyShipment(const ViewChanges &c, qint64 p)
{
    const ShipmentView &s = *c.shipment;
    if (c.shipmentCreated) {
        shipmentrow::bindFacts(m_insFacts, s);
        if (!exec(m_insFacts))
            return false;
    }
    if (!replace(m_shipments, s.shipmentId, s, p, m_closeShipment, &ReadModelWriter::writeShipment))
        return false;
    if (c.statusBefore)
        --m_counts[static_cast<int>(*c.statusBefore)];
    ++m_counts[static_cast<int>(s.status)];
    // A delivered or cancelled shipment never changes again: write it and let it go.
    if (s.status == ShipmentStatus::Delivered || s.status == ShipmentStatus::Cancelled) {
        if (m_mode == Mode::Rebuild && !writeShipment(s, p, std::nullopt))
            return false;
        m_shipments.remove(s.shipmentId);
    }
    return true;
}

// Rows that are written once, never replaced: the ledger and the check calls. (A shipment's
// history is its events: read from them.)
bool ReadModelWriter::appendEntries(const ViewChanges &c)
{
    if (c.ledger) {
        accountrow::bindLedger(m_insLedger, *c.ledger);
        if (!exec(m_insLedger))
            return false;
    }
    if (c.checkCall) {
        shipmentrow::bindCheckCall(m_insCheckCall, *c.checkCall);
        if (!exec(m_insCheckCall))
            return false;
    }
    return true;
}

bool ReadModelWriter::apply(const RecordedEvent &e)
{
    if (!loadCounts())
        return false;
    const ViewLookup lookup{
        [this](const QString &id) { return loadShipment(id); },
        [this](const QString &id) { return loadTruck(id); },
        [this](const QString &id) { return loadAccount(id); },
    };
    const ViewChanges c = project(e, lookup);
    const qint64 p = e.position;
    if (c.shipment && !applyShipment(c, p))
        return false;
    for (const TruckView &t : c.trucks)
        if (!replace(m_trucks, t.truckId, t, p, m_closeTruck, &ReadModelWriter::writeTruck))
            return false;
    if (c.account && !replace(m_accounts, c.account->accountId, *c.account, p, m_closeAccount, &ReadModelWriter::writeAccount))
        return false;
    if (!appendEntries(c))
        return false;
    if (p % statusSnapshotEvery == 0) {
        m_insSnapshot.bind(p);
        for (qint64 n : m_counts)
            m_insSnapshot.bind(n);
        if (!exec(m_insSnapshot))
            return false;
    }
    return true;
}

bool ReadModelWriter::finish(qint64 position)
{
    if (m_mode == Mode::Rebuild) {
        for (auto it = m_shipments.cbegin(); it != m_shipments.cend(); ++it)
            if (!writeShipment(it->view, it->from, std::nullopt))
                return false;
        for (auto it = m_trucks.cbegin(); it != m_trucks.cend(); ++it)
            if (!writeTruck(it->view, it->from, std::nullopt))
                return false;
        for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it)
            if (!writeAccount(it->view, it->from, std::nullopt))
                return false;
        m_shipments.clear();
    }
    // Counts are written even when no event came, so that a store of rejected commands
    // holds the same zero counts as a rebuild of it.
    if (!loadCounts())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO %1rm_status_counts VALUES (?, ?) ON CONFLICT (status) DO UPDATE SET n = excluded.n").arg(m_prefix));
    for (int i = 0; i < 5; ++i) {
        q.addBindValue(statusName(static_cast<ShipmentStatus>(i)));
        q.addBindValue(m_counts[i]);
        if (!exec(q))
            return false;
    }
    if (!m_main)
        return true;
    QSqlQuery cp(m_db);
    cp.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'projection_position'"));
    cp.addBindValue(position);
    return exec(cp);
}

} // namespace hs
