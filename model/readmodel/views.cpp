#include "views.h"

namespace hs {

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
    auto changeShipment = [&](const QString &id, auto &&mutate) {
        auto s = current.shipment(id);
        if (!s)
            return;
        c.statusBefore = s->status;
        mutate(*s);
        s->version = e.version;
        c.shipment = std::move(*s);
        c.history = HistoryEntry{e.position, id, e.type(), e.occurredAt, e.actor};
    };
    auto changeAccount = [&](const QString &id, const QString &kind, const QString &shipmentId,
                             const QString &reference, qint64 signedAmount) {
        auto a = current.account(id);
        if (!a)
            return;
        if (signedAmount < 0 && kind == u"invoice")
            a->invoicedCents -= signedAmount;
        else
            a->paidCents += signedAmount;
        c.ledger = LedgerEntry{e.position, id, e.occurredAt, kind, shipmentId, reference,
                               signedAmount, a->balanceCents()};
        c.account = std::move(*a);
    };

    std::visit(
        [&](const auto &x) {
            using T = std::decay_t<decltype(x)>;
            using namespace ev;
            if constexpr (std::is_same_v<T, AccountOpened>) {
                c.account = AccountView{x.accountId, x.name, 0, 0};
            } else if constexpr (std::is_same_v<T, TruckRegistered>) {
                c.trucks.push_back(TruckView{x.truckId, truck::State{x.capacityLb, true, {}, false}});
            } else if constexpr (std::is_same_v<T, TruckBrokeDown> || std::is_same_v<T, TruckReturnedToService>) {
                touchTrucks({x.truckId});
            } else if constexpr (std::is_same_v<T, ShipmentSubmitted>) {
                c.shipment = ShipmentView{x.shipmentId, x.accountId, ShipmentStatus::Submitted, {},
                                          x.weightLb, x.priceCents, x.pickup, x.destination,
                                          e.version, e.position, e.occurredAt};
                c.shipmentCreated = true;
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
