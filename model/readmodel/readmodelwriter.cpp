#include "readmodelwriter.h"

#include "../codec/eventcodec.h"
#include "queries.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QVariant>

namespace hs {

namespace {
QVariant nullable(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }


constexpr qint64 openEnd = 2147483647; // rm_queue's hi for a live row

// Rows kept in rm_queue: the unassigned queue. (R-tree writes are dear: only what needs them.)
bool isActive(ShipmentStatus s) { return s == ShipmentStatus::Submitted; }

QByteArray addressJson(const Address &a)
{
    QByteArray out;
    eventcodec::appendAddress(out, a);
    return out;
}
} // namespace

ReadModelWriter::ReadModelWriter(QSqlDatabase db, Mode mode, const QString &s)
    : m_db(db), m_mode(mode), m_insFacts(db), m_insShipment(db), m_closeShipment(db),
      m_insTruck(db), m_closeTruck(db), m_insAccount(db), m_closeAccount(db), m_insLedger(db),
      m_insHistory(db), m_insSnapshot(db), m_selShipment(db), m_selTruck(db), m_selAccount(db),
      m_insActive(db), m_closeActive(db), m_insCheckCall(db)
{
    const QString p = Dialect::of(db).tablePrefix(s);
    m_prefix = p;
    m_main = s == u"main";
    m_insFacts.prepare(QStringLiteral("INSERT INTO %1rm_shipment_facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(p));
    m_insShipment.prepare(QStringLiteral("INSERT INTO %1rm_shipments VALUES (?, ?, ?, ?, ?, ?)").arg(p));
    m_closeShipment.prepare(QStringLiteral("UPDATE %1rm_shipments SET valid_to = ? WHERE shipment_id = ? AND valid_to IS NULL").arg(p));
    m_insTruck.prepare(QStringLiteral("INSERT INTO %1rm_trucks VALUES (?, ?, ?, ?, ?, ?, ?)").arg(p));
    m_closeTruck.prepare(QStringLiteral("UPDATE %1rm_trucks SET valid_to = ? WHERE truck_id = ? AND valid_to IS NULL").arg(p));
    m_insAccount.prepare(QStringLiteral("INSERT INTO %1rm_accounts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(p));
    m_closeAccount.prepare(QStringLiteral("UPDATE %1rm_accounts SET valid_to = ? WHERE account_id = ? AND valid_to IS NULL").arg(p));
    m_insLedger.prepare(QStringLiteral("INSERT INTO %1rm_ledger VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(p));
    m_insHistory.prepare(QStringLiteral("INSERT INTO %1rm_shipment_history VALUES (?, ?, ?, ?, ?, ?)").arg(p));
    m_insCheckCall.prepare(QStringLiteral("INSERT INTO %1rm_check_calls VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(p));
    m_insActive.prepare(QStringLiteral("INSERT INTO %1rm_queue VALUES (?, ?, ?)").arg(p));
    m_closeActive.prepare(QStringLiteral("UPDATE %1rm_queue SET hi = ? WHERE id = ?").arg(p));
    m_insSnapshot.prepare(QStringLiteral("INSERT INTO %1rm_status_snapshots VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (position) DO UPDATE "
                                         "SET submitted = excluded.submitted, assigned = excluded.assigned, out_for_delivery = "
                                         "excluded.out_for_delivery, delivered = excluded.delivered, cancelled = excluded.cancelled").arg(p));
    m_selShipment.prepare(QStringLiteral(
        "SELECT f.account_id, s.status, s.truck_id, f.weight_lb, f.price_cents, f.pickup, f.destination, "
        "s.version, f.submitted_position, f.submitted_at, f.customer_reference, f.pickup_by, f.deliver_by, s.valid_from FROM %1rm_shipments s "
        "JOIN %1rm_shipment_facts f USING (shipment_id) WHERE s.shipment_id = ? AND s.valid_to IS NULL").arg(p));
    m_selTruck.prepare(QStringLiteral("SELECT capacity_lb, state, shipment_id, out_of_service_since, valid_from FROM %1rm_trucks "
                                      "WHERE truck_id = ? AND valid_to IS NULL").arg(p));
    m_selAccount.prepare(QStringLiteral("SELECT %2, valid_from FROM %1rm_accounts WHERE account_id = ? AND valid_to IS NULL")
                             .arg(p, accountColumns()));
    if (m_mode == Mode::Rebuild)
        m_countsLoaded = true;
}

bool ReadModelWriter::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    m_sqlError = q.lastError();
    m_error = m_sqlError.text();
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
    if (auto it = m_shipments.constFind(id); it != m_shipments.constEnd())
        return it->view;
    if (m_mode == Mode::Rebuild)
        return std::nullopt;
    m_selShipment.addBindValue(id);
    if (!m_selShipment.exec() || !m_selShipment.next())
        return std::nullopt;
    const QSqlQuery &q = m_selShipment;
    ShipmentView s{id, q.value(0).toString(), statusFromName(q.value(1).toString()).value_or(ShipmentStatus::Submitted),
                   q.value(2).toString(), q.value(3).toInt(), q.value(4).toLongLong(),
                   eventcodec::addressFromJson(q.value(5).toByteArray()), eventcodec::addressFromJson(q.value(6).toByteArray()),
                   q.value(7).toLongLong(), q.value(8).toLongLong(), q.value(9).toLongLong(),
                   q.value(10).toString(), optionalInteger(q.value(11)), optionalInteger(q.value(12))};
    m_shipments.insert(id, {s, q.value(13).toLongLong()});
    m_selShipment.finish();
    return s;
}

std::optional<TruckView> ReadModelWriter::loadTruck(const QString &id)
{
    if (auto it = m_trucks.constFind(id); it != m_trucks.constEnd())
        return it->view;
    if (m_mode == Mode::Rebuild)
        return std::nullopt;
    m_selTruck.addBindValue(id);
    if (!m_selTruck.exec() || !m_selTruck.next())
        return std::nullopt;
    const QSqlQuery &q = m_selTruck;
    const QString state = q.value(1).toString();
    TruckView t{id, truck::State{q.value(0).toInt(), state != u"out_of_service", q.value(2).toString(), false}, optionalInteger(q.value(3))};
    // Out of service hides whether the held shipment has left; the shipment row knows.
    if (state == u"out_for_delivery")
        t.truck.outForDelivery = true;
    else if (!t.truck.inService && !t.truck.shipmentId.isEmpty())
        t.truck.outForDelivery = loadShipment(t.truck.shipmentId).value_or(ShipmentView{}).status == ShipmentStatus::OutForDelivery;
    m_trucks.insert(id, {t, q.value(4).toLongLong()});
    m_selTruck.finish();
    return t;
}

std::optional<AccountView> ReadModelWriter::loadAccount(const QString &id)
{
    if (auto it = m_accounts.constFind(id); it != m_accounts.constEnd())
        return it->view;
    if (m_mode == Mode::Rebuild)
        return std::nullopt;
    m_selAccount.addBindValue(id);
    if (!m_selAccount.exec() || !m_selAccount.next())
        return std::nullopt;
    const QSqlQuery &q = m_selAccount;
    const AccountView a = accountFromRow(q);
    m_accounts.insert(id, {a, q.value(accountColumnCount).toLongLong()});
    m_selAccount.finish();
    return a;
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
    m_insShipment.addBindValue(s.shipmentId);
    m_insShipment.addBindValue(statusName(s.status));
    m_insShipment.addBindValue(nullable(s.truckId));
    m_insShipment.addBindValue(s.version);
    m_insShipment.addBindValue(from);
    m_insShipment.addBindValue(to ? QVariant(*to) : QVariant());
    if (!exec(m_insShipment))
        return false;
    if (!isActive(s.status))
        return true;
    m_insActive.addBindValue(from);
    m_insActive.addBindValue(from);
    m_insActive.addBindValue(to ? *to - 1 : openEnd);
    return exec(m_insActive);
}

bool ReadModelWriter::writeTruck(const TruckView &t, qint64 from, std::optional<qint64> to)
{
    m_insTruck.addBindValue(t.truckId);
    m_insTruck.addBindValue(t.truck.capacityLb);
    m_insTruck.addBindValue(truckStateName(t.state()));
    m_insTruck.addBindValue(nullable(t.truck.shipmentId));
    m_insTruck.addBindValue(t.outOfServiceSince ? QVariant(*t.outOfServiceSince) : QVariant());
    m_insTruck.addBindValue(from);
    m_insTruck.addBindValue(to ? QVariant(*to) : QVariant());
    return exec(m_insTruck);
}

bool ReadModelWriter::writeAccount(const AccountView &a, qint64 from, std::optional<qint64> to)
{
    m_insAccount.addBindValue(a.accountId);
    m_insAccount.addBindValue(a.name);
    m_insAccount.addBindValue(a.invoicedCents);
    m_insAccount.addBindValue(a.paidCents);
    m_insAccount.addBindValue(a.writtenOffCents);
    m_insAccount.addBindValue(a.creditLimitCents ? QVariant(*a.creditLimitCents) : QVariant());
    m_insAccount.addBindValue(a.termsDays);
    m_insAccount.addBindValue(a.onHold ? 1 : 0);
    m_insAccount.addBindValue(a.activeShipmentCents);
    m_insAccount.addBindValue(from);
    m_insAccount.addBindValue(to ? QVariant(*to) : QVariant());
    return exec(m_insAccount);
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
    const bool live = m_mode == Mode::Live;

    // Replaces the open row of an entity: live closes it in the table, rebuild writes it closed.
    auto replace = [&](auto &cache, const QString &id, const auto &view, SqlStatement &close, auto write) {
        auto it = cache.find(id);
        if (it != cache.end()) {
            if (live) {
                close.addBindValue(p);
                close.addBindValue(id);
                if (!exec(close))
                    return false;
                if constexpr (std::is_same_v<std::decay_t<decltype(view)>, ShipmentView>) {
                    if (isActive(it->view.status)) {
                        m_closeActive.addBindValue(p - 1);
                        m_closeActive.addBindValue(it->from);
                        if (!exec(m_closeActive))
                            return false;
                    }
                }
            } else if (!(this->*write)(it->view, it->from, p)) {
                return false;
            }
            it->view = view;
            it->from = p;
        } else {
            cache.insert(id, {view, p});
        }
        return live ? (this->*write)(view, p, std::nullopt) : true;
    };

    if (c.shipment) {
        const ShipmentView &s = *c.shipment;
        if (c.shipmentCreated) {
            m_insFacts.addBindValue(s.shipmentId);
            m_insFacts.addBindValue(s.accountId);
            m_insFacts.addBindValue(s.weightLb);
            m_insFacts.addBindValue(s.priceCents);
            m_insFacts.addBindValue(QString::fromUtf8(addressJson(s.pickup)));
            m_insFacts.addBindValue(QString::fromUtf8(addressJson(s.destination)));
            m_insFacts.addBindValue(s.submittedPosition);
            m_insFacts.addBindValue(s.submittedAt);
            m_insFacts.addBindValue(nullable(s.customerReference));
            m_insFacts.addBindValue(s.pickupBy ? QVariant(*s.pickupBy) : QVariant());
            m_insFacts.addBindValue(s.deliverBy ? QVariant(*s.deliverBy) : QVariant());
            if (!exec(m_insFacts))
                return false;
        }
        if (!replace(m_shipments, s.shipmentId, s, m_closeShipment, &ReadModelWriter::writeShipment))
            return false;
        if (c.statusBefore)
            --m_counts[static_cast<int>(*c.statusBefore)];
        ++m_counts[static_cast<int>(s.status)];
        // A delivered or cancelled shipment never changes again: write it and let it go.
        if (s.status == ShipmentStatus::Delivered || s.status == ShipmentStatus::Cancelled) {
            if (!live && !writeShipment(s, p, std::nullopt))
                return false;
            m_shipments.remove(s.shipmentId);
        }
    }
    for (const TruckView &t : c.trucks)
        if (!replace(m_trucks, t.truckId, t, m_closeTruck, &ReadModelWriter::writeTruck))
            return false;
    if (c.account && !replace(m_accounts, c.account->accountId, *c.account, m_closeAccount, &ReadModelWriter::writeAccount))
        return false;
    if (c.ledger) {
        const LedgerEntry &l = *c.ledger;
        m_insLedger.addBindValue(l.position);
        m_insLedger.addBindValue(l.accountId);
        m_insLedger.addBindValue(l.occurredAt);
        m_insLedger.addBindValue(l.kind);
        m_insLedger.addBindValue(nullable(l.shipmentId));
        m_insLedger.addBindValue(nullable(l.reference));
        m_insLedger.addBindValue(l.amountCents);
        m_insLedger.addBindValue(l.balanceCents);
        m_insLedger.addBindValue(l.dueAt ? QVariant(*l.dueAt) : QVariant());
        if (!exec(m_insLedger))
            return false;
    }
    if (c.history) {
        const HistoryEntry &h = *c.history;
        m_insHistory.addBindValue(h.position);
        m_insHistory.addBindValue(h.shipmentId);
        m_insHistory.addBindValue(h.type);
        m_insHistory.addBindValue(h.occurredAt);
        m_insHistory.addBindValue(h.actor.user);
        m_insHistory.addBindValue(departmentName(h.actor.department));
        if (!exec(m_insHistory))
            return false;
    }
    if (c.checkCall) {
        const CheckCall &k = *c.checkCall;
        for (const QVariant &v : {QVariant(k.position), QVariant(k.shipmentId), nullable(k.truckId), QVariant(k.occurredAt),
                                  QVariant(k.location), QVariant(k.note), k.eta ? QVariant(*k.eta) : QVariant(),
                                  QVariant(k.actor.user), QVariant(departmentName(k.actor.department))})
            m_insCheckCall.addBindValue(v);
        if (!exec(m_insCheckCall))
            return false;
    }
    if (p % statusSnapshotEvery == 0) {
        m_insSnapshot.addBindValue(p);
        for (qint64 n : m_counts)
            m_insSnapshot.addBindValue(n);
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
