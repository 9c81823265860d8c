#include "values.h"

namespace hs {

QString departmentName(Department d)
{
    switch (d) {
    case Department::CustomerService: return QStringLiteral("customer-service");
    case Department::Dispatch: return QStringLiteral("dispatch");
    case Department::Finance: return QStringLiteral("finance");
    case Department::System: return QStringLiteral("system");
    }
    return {};
}

std::optional<Department> departmentFromName(QStringView name)
{
    for (auto d : {Department::CustomerService, Department::Dispatch, Department::Finance,
                   Department::System})
        if (name == departmentName(d))
            return d;
    return std::nullopt;
}

QString statusName(ShipmentStatus s)
{
    switch (s) {
    case ShipmentStatus::Submitted: return QStringLiteral("submitted");
    case ShipmentStatus::Assigned: return QStringLiteral("assigned");
    case ShipmentStatus::OutForDelivery: return QStringLiteral("out_for_delivery");
    case ShipmentStatus::Delivered: return QStringLiteral("delivered");
    case ShipmentStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString statusWords(ShipmentStatus s)
{
    switch (s) {
    case ShipmentStatus::Submitted: return QStringLiteral("submitted");
    case ShipmentStatus::Assigned: return QStringLiteral("assigned");
    case ShipmentStatus::OutForDelivery: return QStringLiteral("out for delivery");
    case ShipmentStatus::Delivered: return QStringLiteral("delivered");
    case ShipmentStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ShipmentStatus> statusFromName(QStringView name)
{
    for (auto s : {ShipmentStatus::Submitted, ShipmentStatus::Assigned,
                   ShipmentStatus::OutForDelivery, ShipmentStatus::Delivered,
                   ShipmentStatus::Cancelled})
        if (name == statusName(s))
            return s;
    return std::nullopt;
}

QString truckStateName(TruckState s)
{
    switch (s) {
    case TruckState::Available: return QStringLiteral("available");
    case TruckState::Assigned: return QStringLiteral("assigned");
    case TruckState::OutForDelivery: return QStringLiteral("out_for_delivery");
    case TruckState::OutOfService: return QStringLiteral("out_of_service");
    }
    return {};
}

} // namespace hs
