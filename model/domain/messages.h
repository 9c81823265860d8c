#pragma once

#include "messagerules.h"

#include <variant>

// The message table: every command and event of the contract, its struct and its row (name,
// department or context, the entity it addresses, schema version, fields in JSON order with
// their rules). Adding a message: its struct and row here, its variant below, then whatever
// the compiler asks for (a decider, an evolve, a projection, words).
namespace hs {

// Commands. Times are ms since the epoch, UTC.
namespace cmd {
using namespace messagerow;
using namespace fieldrules;

struct OpenAccount { QString accountId; QString name; std::optional<qint64> creditLimitCents; /* none: no limit */ int termsDays = standardTermsDays; };
constexpr auto tableRow(const OpenAccount *)
{
    using T = OpenAccount;
    return command("OpenAccount", Department::Finance, to(Entity::Account, &T::accountId),
                   id("accountId", &T::accountId), text("name", &T::name, 1, maxTextLength),
                   optionalCents("creditLimitCents", &T::creditLimitCents, 0, maxAmountCents),
                   wholeOr("termsDays", &T::termsDays, 0, maxTermsDays, standardTermsDays));
}

struct RegisterTruck { QString truckId; int capacityLb = 0; };
constexpr auto tableRow(const RegisterTruck *)
{
    using T = RegisterTruck;
    return command("RegisterTruck", Department::Dispatch, to(Entity::Truck, &T::truckId),
                   id("truckId", &T::truckId), whole("capacityLb", &T::capacityLb, 1, maxCapacityLb));
}

// The reference and the promised times are the customer's, each optional.
struct SubmitShipment
{
    QString shipmentId; QString accountId; Address pickup; Address destination; int weightLb = 0;
    std::optional<QString> customerReference; std::optional<qint64> pickupBy; std::optional<qint64> deliverBy;
};
constexpr auto tableRow(const SubmitShipment *)
{
    using T = SubmitShipment;
    return command("SubmitShipment", Department::CustomerService, to(Entity::Shipment, &T::shipmentId),
                   id("shipmentId", &T::shipmentId), id("accountId", &T::accountId, Entity::Account),
                   address("pickup", &T::pickup), address("destination", &T::destination),
                   whole("weightLb", &T::weightLb, 1, maxWeightLb),
                   optionalText("customerReference", &T::customerReference, 1, maxReferenceLength),
                   nullableTime("pickupBy", &T::pickupBy), nullableTime("deliverBy", &T::deliverBy));
}

struct CancelShipment { QString shipmentId; QString reason; };
constexpr auto tableRow(const CancelShipment *)
{
    using T = CancelShipment;
    return command("CancelShipment", Department::CustomerService, to(Entity::Shipment, &T::shipmentId),
                   id("shipmentId", &T::shipmentId), text("reason", &T::reason, 1, maxReasonLength));
}

struct AssignTruck { QString shipmentId; QString truckId; };
constexpr auto tableRow(const AssignTruck *)
{
    using T = AssignTruck;
    return command("AssignTruck", Department::Dispatch, to(Entity::Shipment, &T::shipmentId),
                   id("shipmentId", &T::shipmentId), id("truckId", &T::truckId, Entity::Truck));
}

struct ShipShipment { QString shipmentId; };
constexpr auto tableRow(const ShipShipment *)
{
    using T = ShipShipment;
    return command("ShipShipment", Department::Dispatch, to(Entity::Shipment, &T::shipmentId),
                   id("shipmentId", &T::shipmentId));
}

struct DeliverShipment { QString shipmentId; QString signedBy; };
constexpr auto tableRow(const DeliverShipment *)
{
    using T = DeliverShipment;
    return command("DeliverShipment", Department::Dispatch, to(Entity::Shipment, &T::shipmentId),
                   id("shipmentId", &T::shipmentId), text("signedBy", &T::signedBy, 1, maxTextLength));
}

struct ReportBreakdown { QString truckId; QString reason; };
constexpr auto tableRow(const ReportBreakdown *)
{
    using T = ReportBreakdown;
    return command("ReportBreakdown", Department::Dispatch, to(Entity::Truck, &T::truckId),
                   id("truckId", &T::truckId), text("reason", &T::reason, 1, maxReasonLength));
}

struct ReturnTruckToService { QString truckId; };
constexpr auto tableRow(const ReturnTruckToService *)
{
    using T = ReturnTruckToService;
    return command("ReturnTruckToService", Department::Dispatch, to(Entity::Truck, &T::truckId),
                   id("truckId", &T::truckId));
}

struct PostPayment { QString accountId; qint64 amountCents = 0; QString reference; };
constexpr auto tableRow(const PostPayment *)
{
    using T = PostPayment;
    return command("PostPayment", Department::Finance, to(Entity::Account, &T::accountId),
                   id("accountId", &T::accountId), cents("amountCents", &T::amountCents, 1, maxAmountCents),
                   id("reference", &T::reference));
}

struct ReversePayment { QString accountId; QString reference; QString reason; };
constexpr auto tableRow(const ReversePayment *)
{
    using T = ReversePayment;
    return command("ReversePayment", Department::Finance, to(Entity::Account, &T::accountId),
                   id("accountId", &T::accountId), id("reference", &T::reference),
                   text("reason", &T::reason, 1, maxReasonLength));
}

struct SchedulePricingRule { QString ruleId; qint64 effectiveFrom = 0; qint64 centsPerLb = 0; qint64 minimumCents = 0; };
constexpr auto tableRow(const SchedulePricingRule *)
{
    using T = SchedulePricingRule;
    return command("SchedulePricingRule", Department::Finance, to(Entity::PricingRule, &T::ruleId),
                   id("ruleId", &T::ruleId), time("effectiveFrom", &T::effectiveFrom),
                   cents("centsPerLb", &T::centsPerLb, 1, maxCentsPerLb),
                   cents("minimumCents", &T::minimumCents, 0, maxAmountCents));
}

// Issued by the delivery-invoicing listener; its high-water mark is the shipment's.
struct InvoiceAccount { QString accountId; QString shipmentId; qint64 amountCents = 0; };
constexpr auto tableRow(const InvoiceAccount *)
{
    using T = InvoiceAccount;
    return command("InvoiceAccount", Department::System, to(Entity::Shipment, &T::shipmentId),
                   id("accountId", &T::accountId, Entity::Account), id("shipmentId", &T::shipmentId),
                   cents("amountCents", &T::amountCents, 1, maxAmountCents));
}

// Issued by the breakdown listener.
struct UnassignShipment { QString shipmentId; QString reason; };
constexpr auto tableRow(const UnassignShipment *)
{
    using T = UnassignShipment;
    return command("UnassignShipment", Department::System, to(Entity::Shipment, &T::shipmentId),
                   id("shipmentId", &T::shipmentId), text("reason", &T::reason, 1, maxReasonLength));
}
// A dispatcher's note of where a load is, from the driver's call.
struct RecordCheckCall { QString shipmentId; QString location; QString note; std::optional<qint64> eta; };
constexpr auto tableRow(const RecordCheckCall *)
{
    using T = RecordCheckCall;
    return command("RecordCheckCall", Department::Dispatch, to(Entity::Shipment, &T::shipmentId),
                   id("shipmentId", &T::shipmentId), text("location", &T::location, 1, maxTextLength),
                   text("note", &T::note, 0, maxReasonLength), nullableTime("eta", &T::eta));
}

struct SetCreditLimit { QString accountId; std::optional<qint64> creditLimitCents; /* none: no limit */ };
constexpr auto tableRow(const SetCreditLimit *)
{
    using T = SetCreditLimit;
    return command("SetCreditLimit", Department::Finance, to(Entity::Account, &T::accountId),
                   id("accountId", &T::accountId), nullableCents("creditLimitCents", &T::creditLimitCents, 0, maxAmountCents));
}

struct PlaceCreditHold { QString accountId; QString reason; };
constexpr auto tableRow(const PlaceCreditHold *)
{
    using T = PlaceCreditHold;
    return command("PlaceCreditHold", Department::Finance, to(Entity::Account, &T::accountId),
                   id("accountId", &T::accountId), text("reason", &T::reason, 1, maxReasonLength));
}

struct ReleaseCreditHold { QString accountId; };
constexpr auto tableRow(const ReleaseCreditHold *)
{
    using T = ReleaseCreditHold;
    return command("ReleaseCreditHold", Department::Finance, to(Entity::Account, &T::accountId),
                   id("accountId", &T::accountId));
}

struct WriteOffInvoice { QString accountId; QString shipmentId; QString reason; };
constexpr auto tableRow(const WriteOffInvoice *)
{
    using T = WriteOffInvoice;
    return command("WriteOffInvoice", Department::Finance, to(Entity::Account, &T::accountId),
                   id("accountId", &T::accountId), id("shipmentId", &T::shipmentId, Entity::Shipment),
                   text("reason", &T::reason, 1, maxReasonLength));
}
} // namespace cmd

using Command = std::variant<cmd::OpenAccount, cmd::RegisterTruck, cmd::SubmitShipment,
                             cmd::CancelShipment, cmd::AssignTruck, cmd::ShipShipment,
                             cmd::DeliverShipment, cmd::ReportBreakdown,
                             cmd::ReturnTruckToService, cmd::PostPayment, cmd::ReversePayment,
                             cmd::SchedulePricingRule, cmd::InvoiceAccount,
                             cmd::UnassignShipment, cmd::RecordCheckCall, cmd::SetCreditLimit,
                             cmd::PlaceCreditHold, cmd::ReleaseCreditHold, cmd::WriteOffInvoice>;

// Events: the facts of the contract. Each belongs to the stream of the entity it addresses.
namespace ev {
using namespace messagerow;
using namespace fieldrules;

// Version 1 had no credit limit (none) and no terms (30 days).
void upcastAccountOpened(int fromVersion, QJsonObject &data, qint64 occurredAt);
struct AccountOpened { QString accountId; QString name; std::optional<qint64> creditLimitCents; int termsDays = standardTermsDays; };
constexpr auto tableRow(const AccountOpened *)
{
    using T = AccountOpened;
    return event("AccountOpened", Department::Finance, to(Entity::Account, &T::accountId),
                 {"OpenAccount", "accounts", 2, &upcastAccountOpened},
                 id("accountId", &T::accountId), text("name", &T::name, 1, maxTextLength),
                 nullableCents("creditLimitCents", &T::creditLimitCents, 0, maxAmountCents),
                 whole("termsDays", &T::termsDays, 0, maxTermsDays));
}

struct TruckRegistered { QString truckId; int capacityLb = 0; };
constexpr auto tableRow(const TruckRegistered *)
{
    using T = TruckRegistered;
    return event("TruckRegistered", Department::Dispatch, to(Entity::Truck, &T::truckId),
                 {"RegisterTruck", "trucks"},
                 id("truckId", &T::truckId), whole("capacityLb", &T::capacityLb, 1, maxCapacityLb));
}

// Version 1 had no reference and no promised times.
void upcastShipmentSubmitted(int fromVersion, QJsonObject &data, qint64 occurredAt);
struct ShipmentSubmitted
{
    QString shipmentId; QString accountId; Address pickup; Address destination; int weightLb = 0;
    qint64 priceCents = 0; QString ruleId; /* empty: the standing rule */
    std::optional<QString> customerReference; std::optional<qint64> pickupBy; std::optional<qint64> deliverBy;
};
constexpr auto tableRow(const ShipmentSubmitted *)
{
    using T = ShipmentSubmitted;
    return event("ShipmentSubmitted", Department::CustomerService, to(Entity::Shipment, &T::shipmentId),
                 {"SubmitShipment", "shipments status-counts accounts at-risk", 2, &upcastShipmentSubmitted},
                 id("shipmentId", &T::shipmentId), id("accountId", &T::accountId, Entity::Account),
                 address("pickup", &T::pickup), address("destination", &T::destination),
                 whole("weightLb", &T::weightLb, 1, maxWeightLb),
                 cents("priceCents", &T::priceCents, 0, maxAmountCents),
                 nullableId("ruleId", &T::ruleId, Entity::PricingRule),
                 optionalText("customerReference", &T::customerReference, 1, maxReferenceLength),
                 nullableTime("pickupBy", &T::pickupBy), nullableTime("deliverBy", &T::deliverBy));
}

struct ShipmentCancelled { QString shipmentId; QString reason; QString truckId; /* empty: none */ };
constexpr auto tableRow(const ShipmentCancelled *)
{
    using T = ShipmentCancelled;
    return event("ShipmentCancelled", Department::CustomerService, to(Entity::Shipment, &T::shipmentId),
                 {"CancelShipment", "shipments trucks status-counts"},
                 id("shipmentId", &T::shipmentId), text("reason", &T::reason, 1, maxReasonLength),
                 nullableId("truckId", &T::truckId, Entity::Truck));
}

struct ShipmentAssigned { QString shipmentId; QString truckId; QString previousTruckId; };
constexpr auto tableRow(const ShipmentAssigned *)
{
    using T = ShipmentAssigned;
    return event("ShipmentAssigned", Department::Dispatch, to(Entity::Shipment, &T::shipmentId),
                 {"AssignTruck", "shipments trucks status-counts"},
                 id("shipmentId", &T::shipmentId), id("truckId", &T::truckId, Entity::Truck),
                 nullableId("previousTruckId", &T::previousTruckId, Entity::Truck));
}

struct ShipmentShipped { QString shipmentId; QString truckId; };
constexpr auto tableRow(const ShipmentShipped *)
{
    using T = ShipmentShipped;
    return event("ShipmentShipped", Department::Dispatch, to(Entity::Shipment, &T::shipmentId),
                 {"ShipShipment", "shipments trucks status-counts"},
                 id("shipmentId", &T::shipmentId), id("truckId", &T::truckId, Entity::Truck));
}

struct ShipmentDelivered { QString shipmentId; QString truckId; QString signedBy; };
constexpr auto tableRow(const ShipmentDelivered *)
{
    using T = ShipmentDelivered;
    return event("ShipmentDelivered", Department::Dispatch, to(Entity::Shipment, &T::shipmentId),
                 {"DeliverShipment", "listener:delivery-invoicing shipments trucks status-counts"},
                 id("shipmentId", &T::shipmentId), id("truckId", &T::truckId, Entity::Truck),
                 text("signedBy", &T::signedBy, 1, maxTextLength));
}

struct ShipmentUnassigned { QString shipmentId; QString truckId; QString reason; };
constexpr auto tableRow(const ShipmentUnassigned *)
{
    using T = ShipmentUnassigned;
    return event("ShipmentUnassigned", Department::Dispatch, to(Entity::Shipment, &T::shipmentId),
                 {"UnassignShipment", "shipments trucks status-counts"},
                 id("shipmentId", &T::shipmentId), id("truckId", &T::truckId, Entity::Truck),
                 text("reason", &T::reason, 1, maxReasonLength));
}

struct TruckBrokeDown { QString truckId; QString reason; };
constexpr auto tableRow(const TruckBrokeDown *)
{
    using T = TruckBrokeDown;
    return event("TruckBrokeDown", Department::Dispatch, to(Entity::Truck, &T::truckId),
                 {"ReportBreakdown", "listener:breakdown-requeue trucks"},
                 id("truckId", &T::truckId), text("reason", &T::reason, 1, maxReasonLength));
}

struct TruckReturnedToService { QString truckId; };
constexpr auto tableRow(const TruckReturnedToService *)
{
    using T = TruckReturnedToService;
    return event("TruckReturnedToService", Department::Dispatch, to(Entity::Truck, &T::truckId),
                 {"ReturnTruckToService", "trucks"}, id("truckId", &T::truckId));
}

struct PaymentPosted { QString accountId; qint64 amountCents = 0; QString reference; };
constexpr auto tableRow(const PaymentPosted *)
{
    using T = PaymentPosted;
    return event("PaymentPosted", Department::Finance, to(Entity::Account, &T::accountId),
                 {"PostPayment", "accounts ledger"},
                 id("accountId", &T::accountId), cents("amountCents", &T::amountCents, 1, maxAmountCents),
                 id("reference", &T::reference));
}

struct PaymentReversed { QString accountId; QString reference; qint64 amountCents = 0; QString reason; };
constexpr auto tableRow(const PaymentReversed *)
{
    using T = PaymentReversed;
    return event("PaymentReversed", Department::Finance, to(Entity::Account, &T::accountId),
                 {"ReversePayment", "accounts ledger"},
                 id("accountId", &T::accountId), id("reference", &T::reference),
                 cents("amountCents", &T::amountCents, 1, maxAmountCents),
                 text("reason", &T::reason, 1, maxReasonLength));
}

// Version 1 kept the spreadsheet's dollars ("dollarsPerLb", "minimumDollars").
void upcastPricingRuleScheduled(int fromVersion, QJsonObject &data, qint64 occurredAt);
struct PricingRuleScheduled { QString ruleId; qint64 effectiveFrom = 0; qint64 centsPerLb = 0; qint64 minimumCents = 0; };
constexpr auto tableRow(const PricingRuleScheduled *)
{
    using T = PricingRuleScheduled;
    return event("PricingRuleScheduled", Department::Finance, to(Entity::PricingRule, &T::ruleId),
                 {"SchedulePricingRule", "pricing-schedule", 2, &upcastPricingRuleScheduled},
                 id("ruleId", &T::ruleId), time("effectiveFrom", &T::effectiveFrom),
                 cents("centsPerLb", &T::centsPerLb, 1, maxCentsPerLb),
                 cents("minimumCents", &T::minimumCents, 0, maxAmountCents));
}

// Version 1 had no due date: it was due 30 days after it occurred.
void upcastAccountInvoiced(int fromVersion, QJsonObject &data, qint64 occurredAt);
struct AccountInvoiced { QString accountId; QString shipmentId; qint64 amountCents = 0; qint64 dueAt = 0; };
constexpr auto tableRow(const AccountInvoiced *)
{
    using T = AccountInvoiced;
    return event("AccountInvoiced", Department::Finance, to(Entity::Account, &T::accountId),
                 {"InvoiceAccount", "accounts ledger invoices aging", 2, &upcastAccountInvoiced},
                 id("accountId", &T::accountId), id("shipmentId", &T::shipmentId, Entity::Shipment),
                 cents("amountCents", &T::amountCents, 1, maxAmountCents), time("dueAt", &T::dueAt));
}
struct CheckCallRecorded { QString shipmentId; QString truckId; QString location; QString note; std::optional<qint64> eta; };
constexpr auto tableRow(const CheckCallRecorded *)
{
    using T = CheckCallRecorded;
    return event("CheckCallRecorded", Department::Dispatch, to(Entity::Shipment, &T::shipmentId),
                 {"RecordCheckCall", "shipments check-calls"},
                 id("shipmentId", &T::shipmentId), id("truckId", &T::truckId, Entity::Truck),
                 text("location", &T::location, 1, maxTextLength), text("note", &T::note, 0, maxReasonLength),
                 nullableTime("eta", &T::eta));
}

struct CreditLimitSet { QString accountId; std::optional<qint64> creditLimitCents; std::optional<qint64> previousLimitCents; /* none: no limit */ };
constexpr auto tableRow(const CreditLimitSet *)
{
    using T = CreditLimitSet;
    return event("CreditLimitSet", Department::Finance, to(Entity::Account, &T::accountId),
                 {"SetCreditLimit", "accounts"},
                 id("accountId", &T::accountId),
                 nullableCents("creditLimitCents", &T::creditLimitCents, 0, maxAmountCents),
                 nullableCents("previousLimitCents", &T::previousLimitCents, 0, maxAmountCents));
}

struct CreditHoldPlaced { QString accountId; QString reason; };
constexpr auto tableRow(const CreditHoldPlaced *)
{
    using T = CreditHoldPlaced;
    return event("CreditHoldPlaced", Department::Finance, to(Entity::Account, &T::accountId),
                 {"PlaceCreditHold", "accounts"},
                 id("accountId", &T::accountId), text("reason", &T::reason, 1, maxReasonLength));
}

struct CreditHoldReleased { QString accountId; };
constexpr auto tableRow(const CreditHoldReleased *)
{
    using T = CreditHoldReleased;
    return event("CreditHoldReleased", Department::Finance, to(Entity::Account, &T::accountId),
                 {"ReleaseCreditHold", "accounts"}, id("accountId", &T::accountId));
}

struct InvoiceWrittenOff { QString accountId; QString shipmentId; qint64 amountCents = 0; QString reason; };
constexpr auto tableRow(const InvoiceWrittenOff *)
{
    using T = InvoiceWrittenOff;
    return event("InvoiceWrittenOff", Department::Finance, to(Entity::Account, &T::accountId),
                 {"WriteOffInvoice", "accounts ledger invoices aging"},
                 id("accountId", &T::accountId), id("shipmentId", &T::shipmentId, Entity::Shipment),
                 cents("amountCents", &T::amountCents, 1, maxAmountCents),
                 text("reason", &T::reason, 1, maxReasonLength));
}
} // namespace ev

using Event = std::variant<ev::AccountOpened, ev::TruckRegistered, ev::ShipmentSubmitted,
                           ev::ShipmentCancelled, ev::ShipmentAssigned, ev::ShipmentShipped,
                           ev::ShipmentDelivered, ev::ShipmentUnassigned, ev::TruckBrokeDown,
                           ev::TruckReturnedToService, ev::PaymentPosted, ev::PaymentReversed,
                           ev::PricingRuleScheduled, ev::AccountInvoiced, ev::CheckCallRecorded,
                           ev::CreditLimitSet, ev::CreditHoldPlaced, ev::CreditHoldReleased,
                           ev::InvoiceWrittenOff>;

} // namespace hs
