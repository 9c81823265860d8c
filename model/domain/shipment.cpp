#include "shipment.h"

namespace hs::shipment {

namespace {

Decision notFound(const QString &id)
{
    return Decision::reject(RejectionCode::NotFound,
                            QStringLiteral("Shipment %1 does not exist.").arg(id));
}

Decision wrongStatus(const QString &id, ShipmentStatus now, const QString &onlyWhat)
{
    return Decision::reject(RejectionCode::IllegalTransition,
                            QStringLiteral("Shipment %1 is %2; only %3.")
                                .arg(id, statusWords(now), onlyWhat));
}

} // namespace

Decision decide(const State *s, const cmd::SubmitShipment &c, bool accountExists,
                const pricing::Quote &quote)
{
    if (!accountExists)
        return Decision::reject(RejectionCode::NotFound,
                                QStringLiteral("Account %1 does not exist; open it before "
                                               "submitting shipments for it.")
                                    .arg(c.accountId));
    if (s)
        return Decision::reject(RejectionCode::AlreadyExists,
                                QStringLiteral("Shipment %1 already exists.").arg(c.shipmentId));
    return Decision::accept(ev::ShipmentSubmitted{c.shipmentId, c.accountId, c.pickup,
                                                  c.destination, c.weightLb, quote.priceCents,
                                                  quote.rule.ruleId});
}

Decision decide(const State *s, const cmd::CancelShipment &c)
{
    if (!s)
        return notFound(c.shipmentId);
    if (s->status != ShipmentStatus::Submitted && s->status != ShipmentStatus::Assigned)
        return wrongStatus(c.shipmentId, s->status,
                           QStringLiteral("a submitted or assigned shipment can be cancelled"));
    return Decision::accept(ev::ShipmentCancelled{c.shipmentId, c.reason, s->truckId});
}

Decision decide(const State *s, const cmd::AssignTruck &c, const truck::State *t)
{
    if (!s)
        return notFound(c.shipmentId);
    if (!t)
        return Decision::reject(RejectionCode::NotFound,
                                QStringLiteral("Truck %1 is not registered.").arg(c.truckId));
    if (s->status != ShipmentStatus::Submitted && s->status != ShipmentStatus::Assigned)
        return wrongStatus(c.shipmentId, s->status,
                           QStringLiteral("a submitted or assigned shipment can be assigned a truck"));
    if (s->status == ShipmentStatus::Assigned && s->truckId == c.truckId)
        return Decision::reject(RejectionCode::IllegalTransition,
                                QStringLiteral("Shipment %1 is already assigned to truck %2.")
                                    .arg(c.shipmentId, c.truckId));
    if (auto refusal = truck::refusesLoad(c.truckId, t, c.shipmentId, s->weightLb)) {
        Decision d;
        d.rejection = std::move(refusal);
        return d;
    }
    return Decision::accept(ev::ShipmentAssigned{c.shipmentId, c.truckId, s->truckId});
}

Decision decide(const State *s, const cmd::ShipShipment &c)
{
    if (!s)
        return notFound(c.shipmentId);
    if (s->status != ShipmentStatus::Assigned)
        return wrongStatus(c.shipmentId, s->status,
                           QStringLiteral("an assigned shipment can be shipped"));
    return Decision::accept(ev::ShipmentShipped{c.shipmentId, s->truckId});
}

Decision decide(const State *s, const cmd::DeliverShipment &c)
{
    if (!s)
        return notFound(c.shipmentId);
    if (s->status != ShipmentStatus::OutForDelivery)
        return wrongStatus(c.shipmentId, s->status,
                           QStringLiteral("an out-for-delivery shipment can be delivered"));
    return Decision::accept(ev::ShipmentDelivered{c.shipmentId, s->truckId, c.signedBy});
}

Decision decide(const State *s, const cmd::UnassignShipment &c)
{
    if (!s)
        return notFound(c.shipmentId);
    if (s->status != ShipmentStatus::Assigned)
        return wrongStatus(c.shipmentId, s->status,
                           QStringLiteral("an assigned shipment can be unassigned"));
    return Decision::accept(ev::ShipmentUnassigned{c.shipmentId, s->truckId, c.reason});
}

void evolve(std::optional<State> &s, const Event &e)
{
    std::visit(
        [&](const auto &x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, ev::ShipmentSubmitted>) {
                s = State{x.accountId, ShipmentStatus::Submitted, {}, x.weightLb, x.priceCents};
            } else if (!s) {
                return;
            } else if constexpr (std::is_same_v<T, ev::ShipmentAssigned>) {
                s->status = ShipmentStatus::Assigned;
                s->truckId = x.truckId;
            } else if constexpr (std::is_same_v<T, ev::ShipmentShipped>) {
                s->status = ShipmentStatus::OutForDelivery;
            } else if constexpr (std::is_same_v<T, ev::ShipmentDelivered>) {
                s->status = ShipmentStatus::Delivered;
            } else if constexpr (std::is_same_v<T, ev::ShipmentCancelled>) {
                s->status = ShipmentStatus::Cancelled;
                s->truckId.clear();
            } else if constexpr (std::is_same_v<T, ev::ShipmentUnassigned>) {
                s->status = ShipmentStatus::Submitted;
                s->truckId.clear();
            }
        },
        e);
}

} // namespace hs::shipment
