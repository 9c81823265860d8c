#pragma once

#include "values.h"

#include <QString>
#include <variant>

namespace hs {

// The commands of the contract, one small struct each. Times are ms since the epoch, UTC.
namespace cmd {
struct OpenAccount { QString accountId; QString name; };
struct RegisterTruck { QString truckId; int capacityLb = 0; };
struct SubmitShipment { QString shipmentId; QString accountId; Address pickup; Address destination; int weightLb = 0; };
struct CancelShipment { QString shipmentId; QString reason; };
struct AssignTruck { QString shipmentId; QString truckId; };
struct ShipShipment { QString shipmentId; };
struct DeliverShipment { QString shipmentId; QString signedBy; };
struct ReportBreakdown { QString truckId; QString reason; };
struct ReturnTruckToService { QString truckId; };
struct PostPayment { QString accountId; qint64 amountCents = 0; QString reference; };
struct ReversePayment { QString accountId; QString reference; QString reason; };
struct SchedulePricingRule { QString ruleId; qint64 effectiveFrom = 0; qint64 centsPerLb = 0; qint64 minimumCents = 0; };
struct InvoiceAccount { QString accountId; QString shipmentId; qint64 amountCents = 0; };
struct UnassignShipment { QString shipmentId; QString reason; };
} // namespace cmd

using Command = std::variant<cmd::OpenAccount, cmd::RegisterTruck, cmd::SubmitShipment,
                             cmd::CancelShipment, cmd::AssignTruck, cmd::ShipShipment,
                             cmd::DeliverShipment, cmd::ReportBreakdown,
                             cmd::ReturnTruckToService, cmd::PostPayment, cmd::ReversePayment,
                             cmd::SchedulePricingRule, cmd::InvoiceAccount,
                             cmd::UnassignShipment>;

QString commandTypeName(const Command &c);
bool isCommandType(QStringView name);
QStringList commandTypeNames();

// The department allowed to issue a command type (System for listener-only commands).
Department departmentFor(const Command &c);
Department departmentForType(QStringView type);

// The entity a command is addressed to, for the high-water mark: "shipment:S-1", "rule:R-1".
QString targetEntity(const Command &c);

// A command with its envelope, as the reducer receives it.
struct CommandEnvelope
{
    QString commandId;
    qint64 issuedAt = 0;
    Actor actor;
    Command command;
    // Set for listener commands: the triggering event and its correlation.
    QString causationId;
    QString correlationId;
};

} // namespace hs
