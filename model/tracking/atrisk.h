#pragma once

#include "../domain/values.h"

#include <QHash>
#include <optional>
#include <vector>

// Shipments needing a dispatcher's attention at a moment: promises passed, trucks broken down.
namespace hs::tracking {

enum class RiskReason { PickupLate, DeliveryLate, TruckOutOfService };
QString riskReasonName(RiskReason r); // "pickup_late", as the contract writes it

// What the rules read of a shipment.
struct Promise
{
    QString shipmentId;
    QString accountId;
    ShipmentStatus status = ShipmentStatus::Submitted;
    QString truckId;
    std::optional<qint64> pickupBy;
    std::optional<qint64> deliverBy;
};

struct AtRisk
{
    QString shipmentId;
    QString accountId;
    ShipmentStatus status = ShipmentStatus::Submitted;
    QString truckId;
    RiskReason reason = RiskReason::PickupLate;
    qint64 since = 0;
    qint64 lateByMs(qint64 moment) const { return moment - since; }
    bool operator==(const AtRisk &) const = default;
};

// The reasons one shipment is at risk at `moment`, in RiskReason order. `outOfServiceSince`
// holds, for each truck out of service, the time of its breakdown.
std::vector<AtRisk> risksOf(const Promise &s, const QHash<QString, qint64> &outOfServiceSince, qint64 moment);

// Every shipment's reasons, by shipmentId then reason.
std::vector<AtRisk> atRisk(const std::vector<Promise> &shipments, const QHash<QString, qint64> &outOfServiceSince,
                           qint64 moment);

} // namespace hs::tracking
