#include "views.h"

namespace hs {

namespace {
constexpr qint64 msPerDay = 24LL * 60 * 60 * 1000;
bool isOnTheBooks(ShipmentStatus s)
{
    return s == ShipmentStatus::Submitted || s == ShipmentStatus::Assigned || s == ShipmentStatus::OutForDelivery;
}
} // namespace

ViewChanges project(const RecordedEvent &e, const ViewLookup &current)
{
    ViewChanges c;
    auto touchTrucks = [&](std::initializer_list<QString> ids) {
        for (const QString &id : ids) {
            if (id.isEmpty())
                continue;
            if (auto t = current.truck(id)) {
                const TruckView before = *t;
                truck::evolve(t->truck, id, e.event);
                if (t->truck.shipmentId != before.truck.shipmentId
                    || t->truck.outForDelivery != before.truck.outForDelivery
                    || t->truck.inService != before.truck.inService)
                    c.trucks.push_back(*t);
            }
        }
    };
    // The prices of an account's shipments on the books count toward its exposure.
    auto bookShipment = [&](const QString &accountId, qint64 cents) {
        if (auto a = c.account ? c.account : current.account(accountId)) {
            a->activeShipmentCents += cents;
            c.account = std::move(a);
        }
    };
    auto changeShipment = [&](const QString &id, auto &&mutate) {
        auto s = current.shipment(id);
        if (!s)
            return;
        c.statusBefore = s->status;
        mutate(*s);
        s->version = e.version;
        if (isOnTheBooks(*c.statusBefore) && !isOnTheBooks(s->status))
            bookShipment(s->accountId, -s->priceCents);
        c.shipment = std::move(*s);
        c.history = HistoryEntry{e.position, id, e.type(), e.occurredAt, e.actor};
    };
    auto changeAccount = [&](const QString &id, const QString &kind, const QString &shipmentId,
                             const QString &reference, qint64 signedAmount) {
        auto a = current.account(id);
        if (!a)
            return;
        std::optional<qint64> dueAt;
        if (kind == u"invoice") {
            a->invoicedCents -= signedAmount;
            dueAt = e.occurredAt + a->termsDays * msPerDay;
        } else if (kind == u"writeoff") {
            a->writtenOffCents += signedAmount;
        } else {
            a->paidCents += signedAmount;
        }
        c.ledger = LedgerEntry{e.position, id, e.occurredAt, kind, shipmentId, reference,
                               signedAmount, a->balanceCents(), dueAt};
        c.account = std::move(*a);
    };

    std::visit(
        [&](const auto &x) {
            using T = std::decay_t<decltype(x)>;
            using namespace ev;
            if constexpr (std::is_same_v<T, AccountOpened>) {
                c.account = AccountView{};
                c.account->accountId = x.accountId;
                c.account->name = x.name;
            } else if constexpr (std::is_same_v<T, TruckRegistered>) {
                c.trucks.push_back(TruckView{x.truckId, truck::State{x.capacityLb, true, {}, false}, std::nullopt});
            } else if constexpr (std::is_same_v<T, TruckBrokeDown> || std::is_same_v<T, TruckReturnedToService>) {
                touchTrucks({x.truckId});
                for (TruckView &t : c.trucks)
                    t.outOfServiceSince = t.truck.inService ? std::nullopt : std::optional(e.occurredAt);
            } else if constexpr (std::is_same_v<T, ShipmentSubmitted>) {
                c.shipment = ShipmentView{x.shipmentId, x.accountId, ShipmentStatus::Submitted, {},
                                          x.weightLb, x.priceCents, x.pickup, x.destination,
                                          e.version, e.position, e.occurredAt, {}, std::nullopt, std::nullopt};
                c.shipmentCreated = true;
                bookShipment(x.accountId, x.priceCents);
                c.history = HistoryEntry{e.position, x.shipmentId, e.type(), e.occurredAt, e.actor};
            } else if constexpr (std::is_same_v<T, ShipmentAssigned>) {
                changeShipment(x.shipmentId, [&](ShipmentView &s) {
                    s.status = ShipmentStatus::Assigned;
                    s.truckId = x.truckId;
                });
                touchTrucks({x.previousTruckId, x.truckId});
            } else if constexpr (std::is_same_v<T, ShipmentShipped>) {
                changeShipment(x.shipmentId, [&](ShipmentView &s) { s.status = ShipmentStatus::OutForDelivery; });
                touchTrucks({x.truckId});
            } else if constexpr (std::is_same_v<T, ShipmentDelivered>) {
                changeShipment(x.shipmentId, [&](ShipmentView &s) { s.status = ShipmentStatus::Delivered; });
                touchTrucks({x.truckId});
            } else if constexpr (std::is_same_v<T, ShipmentCancelled>) {
                changeShipment(x.shipmentId, [&](ShipmentView &s) {
                    s.status = ShipmentStatus::Cancelled;
                    s.truckId.clear();
                });
                touchTrucks({x.truckId});
            } else if constexpr (std::is_same_v<T, ShipmentUnassigned>) {
                changeShipment(x.shipmentId, [&](ShipmentView &s) {
                    s.status = ShipmentStatus::Submitted;
                    s.truckId.clear();
                });
                touchTrucks({x.truckId});
            } else if constexpr (std::is_same_v<T, PaymentPosted>) {
                changeAccount(x.accountId, QStringLiteral("payment"), {}, x.reference, x.amountCents);
            } else if constexpr (std::is_same_v<T, PaymentReversed>) {
                changeAccount(x.accountId, QStringLiteral("reversal"), {}, x.reference, -x.amountCents);
            } else if constexpr (std::is_same_v<T, AccountInvoiced>) {
                changeAccount(x.accountId, QStringLiteral("invoice"), x.shipmentId, {}, -x.amountCents);
            } else if constexpr (std::is_same_v<T, PricingRuleScheduled>) {
                // The pricing schedule has no department view of its own.
            }
        },
        e.event);
    return c;
}

void ViewSet::applyChanges(const ViewChanges &c)
{
    if (c.shipment) {
        if (c.statusBefore)
            --counts[static_cast<int>(*c.statusBefore)];
        ++counts[static_cast<int>(c.shipment->status)];
        shipments[c.shipment->shipmentId] = *c.shipment;
    }
    for (const TruckView &t : c.trucks)
        trucks[t.truckId] = t;
    if (c.account)
        accounts[c.account->accountId] = *c.account;
    if (c.ledger)
        ledgers[c.ledger->accountId].push_back(*c.ledger);
    if (c.history)
        histories[c.history->shipmentId].push_back(*c.history);
    if (c.checkCall)
        checkCalls[c.checkCall->shipmentId].push_back(*c.checkCall);
}

ViewLookup ViewSet::lookup() const
{
    return ViewLookup{
        [this](const QString &id) -> std::optional<ShipmentView> {
            auto it = shipments.find(id);
            return it == shipments.end() ? std::nullopt : std::optional(it->second);
        },
        [this](const QString &id) -> std::optional<TruckView> {
            auto it = trucks.find(id);
            return it == trucks.end() ? std::nullopt : std::optional(it->second);
        },
        [this](const QString &id) -> std::optional<AccountView> {
            auto it = accounts.find(id);
            return it == accounts.end() ? std::nullopt : std::optional(it->second);
        },
    };
}

void ViewSet::apply(const RecordedEvent &e) { applyChanges(project(e, lookup())); }

} // namespace hs
