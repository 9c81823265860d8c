#pragma once

#include "values.h"

#include <QString>
#include <variant>

namespace hs {

// The facts of the contract. Each event belongs to one stream ("shipment-S-1").
namespace ev {
struct AccountOpened { QString accountId; QString name; };
struct TruckRegistered { QString truckId; int capacityLb = 0; };
struct ShipmentSubmitted { QString shipmentId; QString accountId; Address pickup; Address destination; int weightLb = 0; qint64 priceCents = 0; QString ruleId; /* empty: the standing rule */ };
struct ShipmentCancelled { QString shipmentId; QString reason; QString truckId; /* empty: none */ };
struct ShipmentAssigned { QString shipmentId; QString truckId; QString previousTruckId; };
struct ShipmentShipped { QString shipmentId; QString truckId; };
struct ShipmentDelivered { QString shipmentId; QString truckId; QString signedBy; };
struct ShipmentUnassigned { QString shipmentId; QString truckId; QString reason; };
struct TruckBrokeDown { QString truckId; QString reason; };
struct TruckReturnedToService { QString truckId; };
struct PaymentPosted { QString accountId; qint64 amountCents = 0; QString reference; };
struct PaymentReversed { QString accountId; QString reference; qint64 amountCents = 0; QString reason; };
struct PricingRuleScheduled { QString ruleId; qint64 effectiveFrom = 0; qint64 centsPerLb = 0; qint64 minimumCents = 0; };
struct AccountInvoiced { QString accountId; QString shipmentId; qint64 amountCents = 0; };
} // namespace ev

using Event = std::variant<ev::AccountOpened, ev::TruckRegistered, ev::ShipmentSubmitted,
                           ev::ShipmentCancelled, ev::ShipmentAssigned, ev::ShipmentShipped,
                           ev::ShipmentDelivered, ev::ShipmentUnassigned, ev::TruckBrokeDown,
                           ev::TruckReturnedToService, ev::PaymentPosted, ev::PaymentReversed,
                           ev::PricingRuleScheduled, ev::AccountInvoiced>;

QString eventTypeName(const Event &e);
QString streamOf(const Event &e);

inline QString shipmentStream(const QString &id) { return QStringLiteral("shipment-") + id; }
inline QString truckStream(const QString &id) { return QStringLiteral("truck-") + id; }
inline QString accountStream(const QString &id) { return QStringLiteral("account-") + id; }
inline QString pricingStream() { return QStringLiteral("pricing-schedule"); }

// An event as stored: the fact plus its metadata.
struct RecordedEvent
{
    qint64 position = 0;
    QString eventId;
    QString streamId;
    qint64 version = 0;
    int schemaVersion = 1;
    qint64 occurredAt = 0;
    qint64 recordedAt = 0;
    QString commandId;
    QString causationId;
    QString correlationId;
    Actor actor;
    Event event;
    QByteArray data; // the event's data as JSON in today's shape
    QString type() const { return eventTypeName(event); }
};

} // namespace hs
