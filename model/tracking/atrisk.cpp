#include "atrisk.h"

#include <algorithm>

namespace hs::tracking {

QString riskReasonName(RiskReason r)
{
    switch (r) {
    case RiskReason::PickupLate: return QStringLiteral("pickup_late");
    case RiskReason::DeliveryLate: return QStringLiteral("delivery_late");
    case RiskReason::TruckOutOfService: return QStringLiteral("truck_out_of_service");
    }
    return {};
}

std::vector<AtRisk> risksOf(const Promise &s, const QHash<QString, qint64> &outOfServiceSince, qint64 moment)
{
    std::vector<AtRisk> out;
    auto flag = [&](RiskReason reason, qint64 since) {
        out.push_back(AtRisk{s.shipmentId, s.accountId, s.status, s.truckId, reason, since});
    };
    const bool waitingForPickup = s.status == ShipmentStatus::Submitted || s.status == ShipmentStatus::Assigned;
    const bool onTheTruck = s.status == ShipmentStatus::Assigned || s.status == ShipmentStatus::OutForDelivery;
    const bool finished = s.status == ShipmentStatus::Delivered || s.status == ShipmentStatus::Cancelled;
    if (waitingForPickup && s.pickupBy && moment > *s.pickupBy)
        flag(RiskReason::PickupLate, *s.pickupBy);
    if (!finished && s.deliverBy && moment > *s.deliverBy)
        flag(RiskReason::DeliveryLate, *s.deliverBy);
    if (onTheTruck && !s.truckId.isEmpty())
        if (auto it = outOfServiceSince.constFind(s.truckId); it != outOfServiceSince.constEnd())
            flag(RiskReason::TruckOutOfService, *it);
    return out;
}

std::vector<AtRisk> atRisk(const std::vector<Promise> &shipments, const QHash<QString, qint64> &outOfServiceSince,
                           qint64 moment)
{
    std::vector<const Promise *> byId;
    for (const Promise &s : shipments)
        byId.push_back(&s);
    std::sort(byId.begin(), byId.end(), [](const Promise *a, const Promise *b) { return a->shipmentId < b->shipmentId; });
    std::vector<AtRisk> out;
    for (const Promise *s : byId) {
        auto risks = risksOf(*s, outOfServiceSince, moment);
        out.insert(out.end(), risks.begin(), risks.end());
    }
    return out;
}

} // namespace hs::tracking
