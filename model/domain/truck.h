#pragma once

#include "commands.h"
#include "decision.h"

// The truck aggregate: registered capacity, whether it is in service, and the shipment it holds.
namespace hs::truck {

struct State
{
    int capacityLb = 0;
    bool inService = true;
    QString shipmentId;         // the shipment it holds, empty when none
    bool outForDelivery = false; // the held shipment has left the yard
};

TruckState boardState(const State &t);

Decision decide(const QString &truckId, const State *t, const cmd::RegisterTruck &c);
Decision decide(const QString &truckId, const State *t, const cmd::ReportBreakdown &c);
Decision decide(const QString &truckId, const State *t, const cmd::ReturnTruckToService &c);

// Why this truck cannot take the shipment, or nothing when it can (used by AssignTruck).
std::optional<Rejection> refusesLoad(const QString &truckId, const State *t,
                                     const QString &shipmentId, int weightLb);

// A truck's state follows its own events and the shipment events that name it; a shipment
// event without an overload here leaves the trucks it names as they are.
void evolve(State &t, const QString &truckId, const ev::TruckRegistered &e);
void evolve(State &t, const QString &truckId, const ev::TruckBrokeDown &e);
void evolve(State &t, const QString &truckId, const ev::TruckReturnedToService &e);
void evolve(State &t, const QString &truckId, const ev::ShipmentAssigned &e);
void evolve(State &t, const QString &truckId, const ev::ShipmentShipped &e);
void evolve(State &t, const QString &truckId, const ev::ShipmentDelivered &e);
void evolve(State &t, const QString &truckId, const ev::ShipmentUnassigned &e);
void evolve(State &t, const QString &truckId, const ev::ShipmentCancelled &e);

} // namespace hs::truck
