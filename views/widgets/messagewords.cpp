#include "messagewords.h"

#include "panes/customerservice/shipmentwords.h"
#include "panes/history/eventtext.h"
#include "util/overloaded.h"
#include "widgets/money.h"

#include <QCoreApplication>
#include <QLocale>

namespace hs::words {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("hs::words", text); }

QString who(const Actor &a)
{
    return a.department == Department::System ? tr("automatically") : tr("by %1").arg(a.user);
}

} // namespace

QString command(const Command &c)
{
    using namespace cmd;
    return std::visit(
        overloaded{
            [](const OpenAccount &x) { return tr("Open account %1").arg(x.accountId); },
            [](const RegisterTruck &x) { return tr("Register truck %1").arg(x.truckId); },
            [](const SubmitShipment &x) { return tr("Submit shipment %1").arg(x.shipmentId); },
            [](const CancelShipment &x) { return tr("Cancel shipment %1").arg(x.shipmentId); },
            [](const AssignTruck &x) { return tr("Assign %1 to truck %2").arg(x.shipmentId, x.truckId); },
            [](const ShipShipment &x) { return tr("Ship %1").arg(x.shipmentId); },
            [](const DeliverShipment &x) { return tr("Deliver %1").arg(x.shipmentId); },
            [](const ReportBreakdown &x) { return tr("Report breakdown of %1").arg(x.truckId); },
            [](const ReturnTruckToService &x) { return tr("Return %1 to service").arg(x.truckId); },
            [](const PostPayment &x) { return tr("Post payment %1 on %2").arg(x.reference, x.accountId); },
            [](const ReversePayment &x) { return tr("Reverse payment %1 on %2").arg(x.reference, x.accountId); },
            [](const SchedulePricingRule &x) { return tr("Schedule pricing rule %1").arg(x.ruleId); },
            [](const InvoiceAccount &x) { return tr("Invoice %1 for %2").arg(x.accountId, x.shipmentId); },
            [](const UnassignShipment &x) { return tr("Unassign %1").arg(x.shipmentId); },
            [](const RecordCheckCall &x) { return tr("Check call for %1: %2").arg(x.shipmentId, x.location); },
            [](const SetCreditLimit &x) {
                return x.creditLimitCents ? tr("Set the credit limit of %1 to %2").arg(x.accountId, formatMoney(*x.creditLimitCents))
                                          : tr("Remove the credit limit of %1").arg(x.accountId);
            },
            [](const PlaceCreditHold &x) { return tr("Place %1 on credit hold").arg(x.accountId); },
            [](const ReleaseCreditHold &x) { return tr("Release the credit hold on %1").arg(x.accountId); },
            [](const WriteOffInvoice &x) { return tr("Write off the invoice for %1 on %2").arg(x.shipmentId, x.accountId); },
        },
        c);
}

QString summary(const RecordedEvent &e)
{
    using namespace ev;
    const QLocale locale;
    return std::visit(
        overloaded{
            [](const AccountOpened &x) { return tr("Account %1 opened for %2").arg(x.accountId, x.name); },
            [&](const TruckRegistered &x) {
                return tr("Truck %1 registered, %2 lb capacity").arg(x.truckId, locale.toString(x.capacityLb));
            },
            [&](const ShipmentSubmitted &x) {
                return tr("%1 for %2: %3 lb, %4 → %5, %6")
                    .arg(x.shipmentId, x.accountId, locale.toString(x.weightLb), x.pickup.city,
                         x.destination.city, formatMoney(x.priceCents));
            },
            [](const ShipmentCancelled &x) { return tr("%1 cancelled: %2").arg(x.shipmentId, x.reason); },
            [](const ShipmentAssigned &x) {
                return x.previousTruckId.isEmpty()
                           ? tr("%1 assigned to truck %2").arg(x.shipmentId, x.truckId)
                           : tr("%1 moved from truck %2 to %3").arg(x.shipmentId, x.previousTruckId, x.truckId);
            },
            [](const ShipmentShipped &x) { return tr("%1 left the yard on truck %2").arg(x.shipmentId, x.truckId); },
            [](const ShipmentDelivered &x) {
                return tr("%1 delivered by truck %2, signed by %3").arg(x.shipmentId, x.truckId, x.signedBy);
            },
            [](const ShipmentUnassigned &x) {
                return tr("%1 taken off truck %2: %3").arg(x.shipmentId, x.truckId, x.reason);
            },
            [](const TruckBrokeDown &x) { return tr("Truck %1 broke down: %2").arg(x.truckId, x.reason); },
            [](const TruckReturnedToService &x) { return tr("Truck %1 back in service").arg(x.truckId); },
            [](const PaymentPosted &x) {
                return tr("Payment %1 of %2 from %3").arg(x.reference, formatMoney(x.amountCents), x.accountId);
            },
            [](const PaymentReversed &x) {
                return tr("Payment %1 of %2 reversed for %3: %4")
                    .arg(x.reference, formatMoney(x.amountCents), x.accountId, x.reason);
            },
            [](const PricingRuleScheduled &x) {
                return tr("Pricing rule %1: %2/lb, minimum %3, from %4")
                    .arg(x.ruleId, formatMoney(x.centsPerLb), formatMoney(x.minimumCents),
                         eventtext::localTime(x.effectiveFrom));
            },
            [](const CheckCallRecorded &x) {
                return tr("%1 on truck %2 called in from %3").arg(x.shipmentId, x.truckId, x.location);
            },
            [](const AccountInvoiced &x) {
                return tr("%1 invoiced %2 for %3, due %4")
                    .arg(x.accountId, formatMoney(x.amountCents), x.shipmentId, eventtext::localTime(x.dueAt));
            },
            [](const CreditLimitSet &x) {
                const QString none = tr("no limit");
                return tr("Credit limit of %1 changed from %2 to %3")
                    .arg(x.accountId, x.previousLimitCents ? formatMoney(*x.previousLimitCents) : none,
                         x.creditLimitCents ? formatMoney(*x.creditLimitCents) : none);
            },
            [](const CreditHoldPlaced &x) { return tr("%1 put on credit hold: %2").arg(x.accountId, x.reason); },
            [](const CreditHoldReleased &x) { return tr("Credit hold on %1 released").arg(x.accountId); },
            [](const InvoiceWrittenOff &x) {
                return tr("%1 wrote off %2 of the invoice for %3: %4")
                    .arg(x.accountId, formatMoney(x.amountCents), x.shipmentId, x.reason);
            },
        },
        e.event);
}

QString timeline(const RecordedEvent &e)
{
    using namespace ev;
    const QString at = shipmentwords::when(e.occurredAt);
    const QString by = who(e.actor);
    return std::visit(
        overloaded{
            [&](const ShipmentSubmitted &x) {
                const QString rule = x.ruleId.isEmpty() ? tr("standing rate") : tr("rule %1").arg(x.ruleId);
                return tr("submitted %1 at %2 for %3 (%4)").arg(by, at, formatMoney(x.priceCents), rule);
            },
            [&](const ShipmentAssigned &x) {
                return x.previousTruckId.isEmpty()
                           ? tr("assigned to %1 %2 at %3").arg(x.truckId, by, at)
                           : tr("moved from %1 to %2 %3 at %4").arg(x.previousTruckId, x.truckId, by, at);
            },
            [&](const ShipmentShipped &x) {
                return tr("out for delivery on %1, sent %2 at %3").arg(x.truckId, by, at);
            },
            [&](const ShipmentDelivered &x) {
                return tr("delivered, signed by %1 (recorded %2 at %3)").arg(x.signedBy, by, at);
            },
            [&](const ShipmentCancelled &x) { return tr("cancelled %1 at %2: %3").arg(by, at, x.reason); },
            [&](const ShipmentUnassigned &x) {
                return tr("taken off %1 %2 at %3: %4").arg(x.truckId, by, at, x.reason);
            },
            [&](const CheckCallRecorded &x) {
                return tr("check call %1 at %2: %3").arg(by, at, x.note.isEmpty() ? x.location : x.location + QStringLiteral(" — ") + x.note);
            },
            // A shipment's timeline holds only its own stream's events; others read plainly.
            [&]<typename E>(const E &) requires (!ShipmentMessage<E>) {
                return tr("%1 %2 at %3").arg(e.type(), by, at);
            },
        },
        e.event);
}

} // namespace hs::words
