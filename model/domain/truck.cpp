#include "truck.h"

namespace hs::truck {

namespace {
Decision notRegistered(const QString &truckId)
{
    return Decision::reject(RejectionCode::NotFound, QT_TRANSLATE_NOOP("hs::Rejection", "Truck %1 is not registered."), {truckId});
}
} // namespace

TruckState boardState(const State &t)
{
    if (!t.inService)
        return TruckState::OutOfService;
    if (t.shipmentId.isEmpty())
        return TruckState::Available;
    return t.outForDelivery ? TruckState::OutForDelivery : TruckState::Assigned;
}

Decision decide(const QString &truckId, const State *t, const cmd::RegisterTruck &c)
{
    if (t)
        return Decision::reject(RejectionCode::AlreadyExists, QT_TRANSLATE_NOOP("hs::Rejection", "Truck %1 is already registered."), {truckId});
    return Decision::accept(ev::TruckRegistered{c.truckId, c.capacityLb});
}

Decision decide(const QString &truckId, const State *t, const cmd::ReportBreakdown &c)
{
    if (!t)
        return notRegistered(truckId);
    if (!t->inService)
        return Decision::reject(RejectionCode::IllegalTransition, QT_TRANSLATE_NOOP("hs::Rejection", "Truck %1 is already out of service."), {truckId});
    return Decision::accept(ev::TruckBrokeDown{c.truckId, c.reason});
}

Decision decide(const QString &truckId, const State *t, const cmd::ReturnTruckToService &c)
{
    if (!t)
        return notRegistered(truckId);
    if (t->inService)
        return Decision::reject(RejectionCode::IllegalTransition,
                                QT_TRANSLATE_NOOP("hs::Rejection", "Truck %1 is in service; only an out-of-service truck can be returned to service."),
                                {truckId});
    return Decision::accept(ev::TruckReturnedToService{c.truckId});
}

std::optional<Rejection> refusesLoad(const QString &truckId, const State *t,
                                     const QString &shipmentId, int weightLb)
{
    if (!t)
        return makeRejection(RejectionCode::NotFound, QT_TRANSLATE_NOOP("hs::Rejection", "Truck %1 is not registered."), {truckId});
    if (!t->inService)
        return makeRejection(RejectionCode::TruckUnavailable, QT_TRANSLATE_NOOP("hs::Rejection", "Truck %1 is out of service."), {truckId});
    if (!t->shipmentId.isEmpty() && t->shipmentId != shipmentId)
        return makeRejection(RejectionCode::TruckUnavailable,
                             t->outForDelivery ? QT_TRANSLATE_NOOP("hs::Rejection", "Truck %1 already holds shipment %2, out for delivery.")
                                               : QT_TRANSLATE_NOOP("hs::Rejection", "Truck %1 already holds shipment %2, assigned to it."),
                             {truckId, t->shipmentId});
    if (weightLb > t->capacityLb)
        return makeRejection(RejectionCode::OverCapacity,
                             QT_TRANSLATE_NOOP("hs::Rejection", "Shipment %1 weighs %2 lb; truck %3 carries at most %4 lb."),
                             {shipmentId, QString::number(weightLb), truckId, QString::number(t->capacityLb)});
    return std::nullopt;
}

void evolve(State &t, const QString &truckId, const Event &e)
{
    std::visit(
        [&](const auto &x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, ev::TruckRegistered>) {
                t = State{x.capacityLb, true, {}, false};
            } else if constexpr (std::is_same_v<T, ev::TruckBrokeDown>) {
                t.inService = false;
            } else if constexpr (std::is_same_v<T, ev::TruckReturnedToService>) {
                t.inService = true;
            } else if constexpr (std::is_same_v<T, ev::ShipmentAssigned>) {
                if (x.truckId == truckId) {
                    t.shipmentId = x.shipmentId;
                    t.outForDelivery = false;
                } else if (x.previousTruckId == truckId) {
                    t.shipmentId.clear();
                    t.outForDelivery = false;
                }
            } else if constexpr (std::is_same_v<T, ev::ShipmentShipped>) {
                if (x.truckId == truckId)
                    t.outForDelivery = true;
            } else if constexpr (std::is_same_v<T, ev::ShipmentDelivered>
                                 || std::is_same_v<T, ev::ShipmentUnassigned>
                                 || std::is_same_v<T, ev::ShipmentCancelled>) {
                if (x.truckId == truckId && t.shipmentId == x.shipmentId) {
                    t.shipmentId.clear();
                    t.outForDelivery = false;
                }
            }
        },
        e);
}

} // namespace hs::truck
