#pragma once

#include <QString>
#include <optional>

namespace hs {

enum class Department { CustomerService, Dispatch, Finance, System };

QString departmentName(Department d); // "customer-service", ...
std::optional<Department> departmentFromName(QStringView name);

struct Actor
{
    QString user;
    Department department = Department::System;
    bool operator==(const Actor &) const = default;
};

inline Actor systemActor() { return {QStringLiteral("system"), Department::System}; }

struct Address
{
    QString name;
    QString line1;
    std::optional<QString> line2;
    QString city;
    QString state; // two capital letters
    QString zip;   // five digits
    bool operator==(const Address &) const = default;
};

enum class ShipmentStatus { Submitted, Assigned, OutForDelivery, Delivered, Cancelled };
QString statusName(ShipmentStatus s);             // "out_for_delivery"
QString statusWords(ShipmentStatus s);            // "out for delivery", for messages
std::optional<ShipmentStatus> statusFromName(QStringView name);

enum class TruckState { Available, Assigned, OutForDelivery, OutOfService };
QString truckStateName(TruckState s);

// The standing pricing rule, in force before any rule is scheduled.
inline constexpr qint64 standingCentsPerLb = 28;
inline constexpr qint64 standingMinimumCents = 0;

} // namespace hs
