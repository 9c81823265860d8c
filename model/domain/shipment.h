#pragma once

#include "account.h"
#include "commands.h"
#include "decision.h"
#include "pricing.h"
#include "truck.h"

// The shipment aggregate: from request to delivery or cancellation.
namespace hs::shipment {

struct State
{
    QString accountId;
    ShipmentStatus status = ShipmentStatus::Submitted;
    QString truckId; // holding or delivered it; empty when none
    int weightLb = 0;
    qint64 priceCents = 0;
};

// The account (null: none) must be in credit for the quoted price.
Decision decide(const State *s, const cmd::SubmitShipment &c, const account::State *account,
                const pricing::Quote &quote);
// True while the shipment's price counts toward its account's exposure.
bool isOnTheBooks(ShipmentStatus status);
Decision decide(const State *s, const cmd::CancelShipment &c);
Decision decide(const State *s, const cmd::AssignTruck &c, const truck::State *t);
Decision decide(const State *s, const cmd::ShipShipment &c);
Decision decide(const State *s, const cmd::DeliverShipment &c);
Decision decide(const State *s, const cmd::UnassignShipment &c);
Decision decide(const State *s, const cmd::RecordCheckCall &c);

void evolve(std::optional<State> &s, const ev::ShipmentSubmitted &e);
void evolve(std::optional<State> &s, const ev::ShipmentAssigned &e);
void evolve(std::optional<State> &s, const ev::ShipmentShipped &e);
void evolve(std::optional<State> &s, const ev::ShipmentDelivered &e);
void evolve(std::optional<State> &s, const ev::ShipmentCancelled &e);
void evolve(std::optional<State> &s, const ev::ShipmentUnassigned &e);
void evolve(std::optional<State> &s, const ev::CheckCallRecorded &e);

} // namespace hs::shipment
