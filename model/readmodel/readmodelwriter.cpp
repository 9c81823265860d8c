#include "readmodelwriter.h"

#include "accountrows.h"
#include "positionranges.h"
#include "rowcodec.h"
#include "shipmentrows.h"
#include "truckrows.h"

#include <QSqlError>
#include <QVariant>

namespace hs {

namespace {

// Rows kept in rm_queue: the unassigned queue.
bool isActive(ShipmentStatus s) { return s == ShipmentStatus::Submitted; }

} // namespace

ReadModelWriter::ReadModelWriter(QSqlDatabase db, Mode mode, const QString &s)
    : m_db(db), m_mode(mode), m_prefix(Dialect::of(db).tablePrefix(s)), m_main(s == u"main"),
      m_facts(db, shipmentrow::insertFacts(m_prefix), &shipmentrow::bindFacts),
      m_shipmentRows(db, shipmentrow::insertVersion(m_prefix),
                     [](SqlStatement &q, const Version<ShipmentView> &v) { shipmentrow::bindVersion(q, v.view, v.from, v.to); }),
      m_queueRanges(db, QStringLiteral("INSERT INTO %1rm_queue (lo, node, hi) VALUES (?, ?, ?)").arg(m_prefix),
              [](SqlStatement &q, const QueueRange &r) { rowcodec::bindRow(q, r.lo, r.node, r.hi); }),
      m_truckRows(db, truckrow::insert(m_prefix),
                  [](SqlStatement &q, const Version<TruckView> &v) { truckrow::bind(q, v.view, v.from, v.to); },
                  [](const Version<TruckView> &v) { return QStringView(v.view.truckId); }),
      m_accountRows(db, accountrow::insert(m_prefix),
                    [](SqlStatement &q, const Version<AccountView> &v) { accountrow::bind(q, v.view, v.from, v.to); },
                    [](const Version<AccountView> &v) { return QStringView(v.view.accountId); }),
      m_ledger(db, accountrow::insertLedger(m_prefix), &accountrow::bindLedger),
      m_checkCalls(db, shipmentrow::insertCheckCall(m_prefix), &shipmentrow::bindCheckCall),
      m_closeShipment(db), m_closeTruck(db), m_closeAccount(db), m_closeActive(db), m_insSnapshot(db), m_selShipment(db),
      m_selTruck(db), m_selAccount(db), m_selCounts(db), m_setCount(db), m_setProjection(db)
{
    const QString &p = m_prefix;
    // A row is closed through its (entity, valid_from) index, which the update leaves alone: the
    // live-row index it changes would make SQLite collect the rows first.
    const QString close = QStringLiteral("UPDATE %1%2 SET valid_to = ? WHERE %3 = ? AND valid_from = ?").arg(p);
    m_closeShipment.prepare(close.arg(QStringLiteral("rm_shipments"), QStringLiteral("shipment_id")));
    m_closeTruck.prepare(close.arg(QStringLiteral("rm_trucks"), QStringLiteral("truck_id")));
    m_closeAccount.prepare(close.arg(QStringLiteral("rm_accounts"), QStringLiteral("account_id")));
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
    m_selCounts.prepare(QStringLiteral("SELECT status, n FROM %1rm_status_counts").arg(p));
    m_setCount.prepare(QStringLiteral("INSERT INTO %1rm_status_counts VALUES (?, ?) ON CONFLICT (status) DO UPDATE SET n = excluded.n").arg(p));
    if (m_main)
        m_setProjection.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'projection_position'"));
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

template <typename Row>
bool ReadModelWriter::add(RowBatch<Row> &batch, Row row)
{
    if (!m_writeBehind)
        return batch.add(std::move(row)) || failedWith(batch.lastError());
    if (auto rows = batch.hold(std::move(row)))
        writeLater(batch, std::move(*rows));
    return !m_writeBehind->failed() || failedWith(m_writeBehind->error());
}

template <typename Row>
void ReadModelWriter::writeLater(RowBatch<Row> &batch, std::vector<Row> rows)
{
    if (!rows.empty())
        m_writeBehind->push([&batch, rows = std::move(rows)] { return batch.write(rows) ? QSqlError() : batch.lastError(); });
}

bool ReadModelWriter::flush()
{
    if (m_writeBehind) {
        const auto handOver = [this](auto &batch) { writeLater(batch, batch.take()); };
        handOver(m_facts), handOver(m_shipmentRows), handOver(m_queueRanges), handOver(m_truckRows);
        handOver(m_accountRows), handOver(m_ledger), handOver(m_checkCalls);
        return m_writeBehind->drain() || failedWith(m_writeBehind->error());
    }
    const auto flushed = [this](auto &batch) { return batch.flush() || failedWith(batch.lastError()); };
    return flushed(m_facts) && flushed(m_shipmentRows) && flushed(m_queueRanges) && flushed(m_truckRows) && flushed(m_accountRows)
           && flushed(m_ledger) && flushed(m_checkCalls);
}

bool ReadModelWriter::insertStatusSnapshot(qint64 position, const StatusCounts &counts)
{
    m_insSnapshot.bind(position);
    for (qint64 n : counts)
        m_insSnapshot.bind(n);
    return m_insSnapshot.exec();
}

void ReadModelWriter::forgetCache()
{
    m_shipments.clear();
    m_trucks.clear();
    m_accounts.clear();
    m_unwrittenShipments.clear();
    m_unwrittenTrucks.clear();
    m_unwrittenAccounts.clear();
    m_facts.clear();
    m_shipmentRows.clear();
    m_queueRanges.clear();
    m_truckRows.clear();
    m_accountRows.clear();
    m_ledger.clear();
    m_checkCalls.clear();
    m_countsLoaded = m_mode == Mode::Rebuild;
    m_failed = false;
}

// An entity's open row: from memory, else (live only) from its table through select, whose
// columns are the codec's (read) followed by valid_from. Rebuild: what is not in memory does
// not exist yet. Live: the table must first hold what this batch let go (a delivered shipment).
template <typename View>
std::optional<View> ReadModelWriter::loadOpen(Cache<View> &cache, SqlStatement &select, const QString &id,
                                              View (*read)(const SqlRow &), int fromColumn)
{
    if (auto it = cache.constFind(id); it != cache.constEnd())
        return it->view;
    if (m_mode == Mode::Rebuild)
        return std::nullopt;
    if (!flush()) {
        m_failed = true;
        return std::nullopt;
    }
    select.bind(id);
    if (!select.exec() || !select.next())
        return std::nullopt;
    const View v = read(select);
    cache.insert(id, {v, select.value(fromColumn).toLongLong(), true});
    select.finish();
    return v;
}

std::optional<ShipmentView> ReadModelWriter::loadShipment(const QString &id)
{
    return loadOpen(m_shipments, m_selShipment, id, &shipmentrow::read, shipmentrow::columnCount);
}

std::optional<TruckView> ReadModelWriter::loadTruck(const QString &id)
{
    const bool cached = m_trucks.contains(id);
    std::optional<TruckView> t = loadOpen(m_trucks, m_selTruck, id, &truckrow::read, truckrow::columnCount);
    // Out of service hides whether the held shipment has left; the shipment row knows.
    if (t && !cached && !t->truck.outForDelivery && !t->truck.inService && !t->truck.shipmentId.isEmpty()) {
        t->truck.outForDelivery = loadShipment(t->truck.shipmentId).value_or(ShipmentView{}).status == ShipmentStatus::OutForDelivery;
        m_trucks[id].view = *t;
    }
    return t;
}

std::optional<AccountView> ReadModelWriter::loadAccount(const QString &id)
{
    return loadOpen(m_accounts, m_selAccount, id, &accountrow::read, accountrow::columnCount);
}

bool ReadModelWriter::loadCounts()
{
    if (m_countsLoaded)
        return true;
    m_counts.fill(0);
    SqlStatement &q = m_selCounts;
    if (!exec(q))
        return false;
    while (q.next())
        if (auto s = statusFromName(q.text(0)))
            m_counts[static_cast<int>(*s)] = q.integer(1);
    q.finish();
    m_countsLoaded = true;
    return true;
}

bool ReadModelWriter::writeShipment(const ShipmentView &s, qint64 from, std::optional<qint64> to)
{
    if (!add(m_shipmentRows, Version<ShipmentView>{s, from, to}))
        return false;
    if (!isActive(s.status))
        return true;
    const qint64 hi = to ? *to - 1 : positionranges::openEnd;
    return add(m_queueRanges, QueueRange{from, positionranges::nodeOf(from, hi), hi});
}

bool ReadModelWriter::writeTruck(const TruckView &t, qint64 from, std::optional<qint64> to)
{
    return add(m_truckRows, Version<TruckView>{t, from, to});
}

bool ReadModelWriter::writeAccount(const AccountView &a, qint64 from, std::optional<qint64> to)
{
    return add(m_accountRows, Version<AccountView>{a, from, to});
}

// Replaces the open row of an entity at position p: a row in the table is closed there, one
// still in memory is written closed.
template <typename View>
bool ReadModelWriter::replace(Cache<View> &cache, QStringList &unwritten, const QString &id, const View &view, qint64 p,
                              SqlStatement &close, Write<View> write)
{
    auto it = cache.find(id);
    if (it == cache.end()) {
        cache.insert(id, {view, p, false});
        unwritten << id;
        return true;
    }
    if (it->stored) {
        close.bind(p);
        close.bind(id);
        close.bind(it->from);
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
        unwritten << id;
    } else if (!(this->*write)(it->view, it->from, p)) {
        return false;
    }
    *it = {view, p, false};
    return true;
}

// The rows still open at the batch's end, written open.
template <typename View>
bool ReadModelWriter::writeOpen(Cache<View> &cache, QStringList &unwritten, Write<View> write)
{
    for (const QString &id : std::as_const(unwritten)) {
        auto it = cache.find(id);
        if (it == cache.end() || it->stored)
            continue;
        if (!(this->*write)(it->view, it->from, std::nullopt))
            return false;
        it->stored = true;
    }
    unwritten.clear();
    return true;
}

bool ReadModelWriter::applyShipment(const ViewChanges &c, qint64 p)
{
    const ShipmentView &s = *c.shipment;
    if (c.shipmentCreated && !add(m_facts, shipmentrow::Facts(s)))
        return false;
    if (!replace(m_shipments, m_unwrittenShipments, s.shipmentId, s, p, m_closeShipment, &ReadModelWriter::writeShipment))
        return false;
    if (c.statusBefore)
        --m_counts[static_cast<int>(*c.statusBefore)];
    ++m_counts[static_cast<int>(s.status)];
    // A delivered or cancelled shipment never changes again: write it and let it go.
    if (s.status == ShipmentStatus::Delivered || s.status == ShipmentStatus::Cancelled) {
        if (!writeShipment(s, p, std::nullopt))
            return false;
        m_shipments.remove(s.shipmentId);
    }
    return true;
}

// Rows that are written once, never replaced: the ledger and the check calls. (A shipment's
// history is its events: read from them.)
bool ReadModelWriter::appendEntries(const ViewChanges &c)
{
    return (!c.ledger || add(m_ledger, *c.ledger)) && (!c.checkCall || add(m_checkCalls, *c.checkCall));
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
    if (m_failed)
        return false;
    const qint64 p = e.position;
    if (c.shipment && !applyShipment(c, p))
        return false;
    for (const TruckView &t : c.trucks)
        if (!replace(m_trucks, m_unwrittenTrucks, t.truckId, t, p, m_closeTruck, &ReadModelWriter::writeTruck))
            return false;
    if (c.account
        && !replace(m_accounts, m_unwrittenAccounts, c.account->accountId, *c.account, p, m_closeAccount, &ReadModelWriter::writeAccount))
        return false;
    if (!appendEntries(c))
        return false;
    if (p % statusSnapshotEvery != 0)
        return true;
    if (!m_writeBehind)
        return insertStatusSnapshot(p, m_counts) || failedWith(m_insSnapshot.lastError());
    m_writeBehind->push([this, p, counts = m_counts] { return insertStatusSnapshot(p, counts) ? QSqlError() : m_insSnapshot.lastError(); });
    return !m_writeBehind->failed() || failedWith(m_writeBehind->error());
}

bool ReadModelWriter::finish(qint64 position)
{
    if (m_failed || !writeOpen(m_shipments, m_unwrittenShipments, &ReadModelWriter::writeShipment)
        || !writeOpen(m_trucks, m_unwrittenTrucks, &ReadModelWriter::writeTruck)
        || !writeOpen(m_accounts, m_unwrittenAccounts, &ReadModelWriter::writeAccount) || !flush())
        return false;
    // Counts are written even when no event came, so that a store of rejected commands
    // holds the same zero counts as a rebuild of it.
    if (!loadCounts())
        return false;
    for (int i = 0; i < 5; ++i) {
        m_setCount.bind(statusName(static_cast<ShipmentStatus>(i)));
        m_setCount.bind(m_counts[i]);
        if (!exec(m_setCount))
            return false;
    }
    if (!m_main)
        return true;
    m_setProjection.bind(position);
    return exec(m_setProjection);
}

} // namespace hs
