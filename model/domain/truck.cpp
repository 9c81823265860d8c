#include "truck.h"

namespace hs::truck {

namespace {
Decision notRegistered(const QString &truckId)
{
    return Decision::reject(RejectionCode::NotFound, refusal::truckMissing, {truckId});
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
        return Decision::reject(RejectionCode::AlreadyExists, refusal::truckExists, {truckId});
    return Decision::accept(ev::TruckRegistered{c.truckId, c.capacityLb});
}

Decision decide(const QString &truckId, const State *t, const cmd::ReportBreakdown &c)
{
    if (!t)
        return notRegistered(truckId);
    if (!t->inService)
        return Decision::reject(RejectionCode::IllegalTransition, refusal::truckAlreadyOutOfService, {truckId});
    return Decision::accept(ev::TruckBrokeDown{c.truckId, c.reason});
}

Decision decide(const QString &truckId, const State *t, const cmd::ReturnTruckToService &c)
{
    if (!t)
        return notRegistered(truckId);
    if (t->inService)
        return Decision::reject(RejectionCode::IllegalTransition,
                                refusal::truckInService,
                                {truckId});
    return Decision::accept(ev::TruckReturnedToService{c.truckId});
}

std::optional<Rejection> refusesLoad(const QString &truckId, const State *t,
                                     const QString &shipmentId, int weightLb)
{
    if (!t)
        return makeRejection(RejectionCode::NotFound, refusal::truckMissing, {truckId});
    if (!t->inService)
        return makeRejection(RejectionCode::TruckUnavailable, refusal::truckOutOfService, {truckId});
    if (!t->shipmentId.isEmpty() && t->shipmentId != shipmentId)
        return makeRejection(RejectionCode::TruckUnavailable,
                             t->outForDelivery ? refusal::truckHoldsShipmentOut
                                               : refusal::truckHoldsShipmentAssigned,
                             {truckId, t->shipmentId});
    if (weightLb > t->capacityLb)
        return makeRejection(RejectionCode::OverCapacity,
                             refusal::overCapacity,
                             {shipmentId, QString::number(weightLb), truckId, QString::number(t->capacityLb)});
    return std::nullopt;
}

void evolve(State &t, const QString &, const ev::TruckRegistered &e) { t = State{e.capacityLb, true, {}, false}; }
void evolve(State &t, const QString &, const ev::TruckBrokeDown &) { t.inService = false; }
void evolve(State &t, const QString &, const ev::TruckReturnedToService &) { t.inService = true; }

void evolve(State &t, const QString &truckId, const ev::ShipmentAssigned &e)
{
    if (e.truckId == truckId) {
        t.shipmentId = e.shipmentId;
        t.outForDelivery = false;
    } else if (e.previousTruckId == truckId) {
        t.shipmentId.clear();
        t.outForDelivery = false;
    }
}

void evolve(State &t, const QString &truckId, const ev::ShipmentShipped &e)
{
    if (e.truckId == truckId)
        t.outForDelivery = true;
}

namespace {
// The truck lets go of the shipment it held.
void release(State &t, const QString &truckId, const QString &eventTruckId, const QString &shipmentId)
{
    if (eventTruckId == truckId && t.shipmentId == shipmentId) {
        t.shipmentId.clear();
        t.outForDelivery = false;
    }
}
} // namespace

void evolve(State &t, const QString &truckId, const ev::ShipmentDelivered &e) { release(t, truckId, e.truckId, e.shipmentId); }
void evolve(State &t, const QString &truckId, const ev::ShipmentUnassigned &e) { release(t, truckId, e.truckId, e.shipmentId); }
void evolve(State &t, const QString &truckId, const ev::ShipmentCancelled &e) { release(t, truckId, e.truckId, e.shipmentId); }

} // namespace hs::truck
