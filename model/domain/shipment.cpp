#include "shipment.h"

namespace hs::shipment {

namespace {

Decision notFound(const QString &id)
{
    return Decision::reject(RejectionCode::NotFound, refusal::shipmentMissing, {id});
}

const char *statusReason(ShipmentStatus s)
{
    switch (s) {
    case ShipmentStatus::Submitted: return QT_TRANSLATE_NOOP("hs::Rejection", "submitted");
    case ShipmentStatus::Assigned: return QT_TRANSLATE_NOOP("hs::Rejection", "assigned");
    case ShipmentStatus::OutForDelivery: return QT_TRANSLATE_NOOP("hs::Rejection", "out for delivery");
    case ShipmentStatus::Delivered: return QT_TRANSLATE_NOOP("hs::Rejection", "delivered");
    case ShipmentStatus::Cancelled: return QT_TRANSLATE_NOOP("hs::Rejection", "cancelled");
    }
    return "";
}

// `reason` reads "Shipment %1 is %2; only ..." with %2 the status it is in.
Decision wrongStatus(const QString &id, ShipmentStatus now, const char *reason)
{
    return Decision::reject(RejectionCode::IllegalTransition, reason,
                            {id, QString::fromUtf8(statusReason(now))});
}

} // namespace

bool isOnTheBooks(ShipmentStatus status)
{
    return status == ShipmentStatus::Submitted || status == ShipmentStatus::Assigned
           || status == ShipmentStatus::OutForDelivery;
}

Decision decide(const State *s, const cmd::SubmitShipment &c, const account::State *account,
                const pricing::Quote &quote)
{
    if (!account)
        return Decision::reject(RejectionCode::NotFound,
                                refusal::accountMissingForShipment,
                                {c.accountId});
    if (s)
        return Decision::reject(RejectionCode::AlreadyExists, refusal::shipmentExists, {c.shipmentId});
    if (auto refusal = account::refusesCredit(c.accountId, *account, quote.priceCents))
        return Decision::reject(std::move(*refusal));
    return Decision::accept(ev::ShipmentSubmitted{c.shipmentId, c.accountId, c.pickup, c.destination, c.weightLb,
                                                  quote.priceCents, quote.rule.ruleId, c.customerReference,
                                                  c.pickupBy, c.deliverBy});
}

Decision decide(const State *s, const cmd::CancelShipment &c)
{
    if (!s)
        return notFound(c.shipmentId);
    if (s->status != ShipmentStatus::Submitted && s->status != ShipmentStatus::Assigned)
        return wrongStatus(c.shipmentId, s->status,
                           refusal::cancelWrongStatus);
    return Decision::accept(ev::ShipmentCancelled{c.shipmentId, c.reason, s->truckId});
}

Decision decide(const State *s, const cmd::AssignTruck &c, const truck::State *t)
{
    if (!s)
        return notFound(c.shipmentId);
    if (!t)
        return Decision::reject(RejectionCode::NotFound, refusal::truckMissing, {c.truckId});
    if (s->status != ShipmentStatus::Submitted && s->status != ShipmentStatus::Assigned)
        return wrongStatus(c.shipmentId, s->status,
                           refusal::assignWrongStatus);
    if (s->status == ShipmentStatus::Assigned && s->truckId == c.truckId)
        return Decision::reject(RejectionCode::IllegalTransition,
                                refusal::alreadyOnTruck, {c.shipmentId, c.truckId});
    if (auto refusal = truck::refusesLoad(c.truckId, t, c.shipmentId, s->weightLb))
        return Decision::reject(std::move(*refusal));
    return Decision::accept(ev::ShipmentAssigned{c.shipmentId, c.truckId, s->truckId});
}

Decision decide(const State *s, const cmd::ShipShipment &c)
{
    if (!s)
        return notFound(c.shipmentId);
    if (s->status != ShipmentStatus::Assigned)
        return wrongStatus(c.shipmentId, s->status, refusal::shipWrongStatus);
    return Decision::accept(ev::ShipmentShipped{c.shipmentId, s->truckId});
}

Decision decide(const State *s, const cmd::DeliverShipment &c)
{
    if (!s)
        return notFound(c.shipmentId);
    if (s->status != ShipmentStatus::OutForDelivery)
        return wrongStatus(c.shipmentId, s->status,
                           refusal::deliverWrongStatus);
    return Decision::accept(ev::ShipmentDelivered{c.shipmentId, s->truckId, c.signedBy});
}

Decision decide(const State *s, const cmd::UnassignShipment &c)
{
    if (!s)
        return notFound(c.shipmentId);
    if (s->status != ShipmentStatus::Assigned)
        return wrongStatus(c.shipmentId, s->status,
                           refusal::unassignWrongStatus);
    return Decision::accept(ev::ShipmentUnassigned{c.shipmentId, s->truckId, c.reason});
}

Decision decide(const State *s, const cmd::RecordCheckCall &c)
{
    if (!s)
        return notFound(c.shipmentId);
    if (s->status != ShipmentStatus::Assigned && s->status != ShipmentStatus::OutForDelivery)
        return wrongStatus(c.shipmentId, s->status,
                           refusal::checkCallWrongStatus);
    // A note left out is an empty one: the event is the same in memory as once stored.
    const QString note = c.note.isNull() ? QStringLiteral("") : c.note;
    return Decision::accept(ev::CheckCallRecorded{c.shipmentId, s->truckId, c.location, note, c.eta});
}

void evolve(std::optional<State> &s, const ev::ShipmentSubmitted &e)
{
    s = State{e.accountId, ShipmentStatus::Submitted, {}, e.weightLb, e.priceCents};
}

namespace {
// Events for a shipment that does not exist change nothing (the decider never emits them).
void moveTo(std::optional<State> &s, ShipmentStatus status, std::optional<QString> truckId)
{
    if (!s)
        return;
    s->status = status;
    if (truckId)
        s->truckId = *truckId;
}
} // namespace

void evolve(std::optional<State> &s, const ev::ShipmentAssigned &e) { moveTo(s, ShipmentStatus::Assigned, e.truckId); }
void evolve(std::optional<State> &s, const ev::ShipmentShipped &) { moveTo(s, ShipmentStatus::OutForDelivery, std::nullopt); }
void evolve(std::optional<State> &s, const ev::ShipmentDelivered &) { moveTo(s, ShipmentStatus::Delivered, std::nullopt); }
void evolve(std::optional<State> &s, const ev::ShipmentCancelled &) { moveTo(s, ShipmentStatus::Cancelled, QString()); }
void evolve(std::optional<State> &s, const ev::ShipmentUnassigned &) { moveTo(s, ShipmentStatus::Submitted, QString()); }
// A check call says where the load is; nothing the decider looks at changes.
void evolve(std::optional<State> &, const ev::CheckCallRecorded &) {}

} // namespace hs::shipment
