#include "messagewords.h"

#include "panes/customerservice/shipmentwords.h"
#include "panes/history/eventtext.h"
#include "util/overloaded.h"
#include "widgets/money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

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

QString action(const Command &c)
{
    using namespace cmd;
    return std::visit(
        overloaded{
            [](const OpenAccount &) { return tr("open accounts"); },
            [](const RegisterTruck &) { return tr("register trucks"); },
            [](const SubmitShipment &) { return tr("submit shipments"); },
            [](const CancelShipment &) { return tr("cancel shipments"); },
            [](const AssignTruck &) { return tr("assign trucks"); },
            [](const ShipShipment &) { return tr("send shipments out for delivery"); },
            [](const DeliverShipment &) { return tr("record deliveries"); },
            [](const ReportBreakdown &) { return tr("report breakdowns"); },
            [](const ReturnTruckToService &) { return tr("return trucks to service"); },
            [](const PostPayment &) { return tr("post payments"); },
            [](const ReversePayment &) { return tr("reverse payments"); },
            [](const SchedulePricingRule &) { return tr("schedule pricing rules"); },
            [](const InvoiceAccount &) { return tr("invoice accounts"); },
            [](const UnassignShipment &) { return tr("take shipments off trucks"); },
            [](const RecordCheckCall &) { return tr("record check calls"); },
            [](const SetCreditLimit &) { return tr("set credit limits"); },
            [](const PlaceCreditHold &) { return tr("place accounts on credit hold"); },
            [](const ReleaseCreditHold &) { return tr("release credit holds"); },
            [](const WriteOffInvoice &) { return tr("write off invoices"); },
        },
        c);
}

namespace {
// A message of the type named, with empty fields: enough to choose its words.
template <typename Message, size_t... I>
std::optional<Message> blankOf(const QString &type, QString (*typeName)(const Message &), std::index_sequence<I...>)
{
    std::optional<Message> found;
    ((typeName(Message(std::in_place_index<I>)) == type ? void(found.emplace(std::in_place_index<I>)) : void()), ...);
    return found;
}

std::optional<Command> blankCommandOf(const QString &type)
{
    return blankOf<Command>(type, &commandTypeName, std::make_index_sequence<std::variant_size_v<Command>>());
}

std::optional<Event> blankEventOf(const QString &type)
{
    return blankOf<Event>(type, &eventTypeName, std::make_index_sequence<std::variant_size_v<Event>>());
}

QString capitalized(const QString &text) { return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1); }

QString rejectionWord(const QString &word) { return QCoreApplication::translate("hs::Rejection", word.toUtf8().constData()); }
} // namespace

QString actionOfType(const QString &type)
{
    const auto c = blankCommandOf(type);
    return c ? action(*c) : type;
}

QString commandOfType(const QString &type) { return capitalized(actionOfType(type)); }

QString refusal(const Rejection &r)
{
    // The two permission refusals name a command type: say what the user tried to do instead.
    if (r.reason && qstrcmp(r.reason, refusal::wrongDepartment) == 0 && r.args.size() == 3)
        return tr("Only %1 may %2; %3 may not.").arg(rejectionWord(r.args[1]), actionOfType(r.args[0]), rejectionWord(r.args[2]));
    if (r.reason && qstrcmp(r.reason, refusal::systemOnly) == 0 && r.args.size() == 1)
        return tr("Nobody may %1 by hand: the system does it.").arg(actionOfType(r.args[0]));
    return localizedMessage(r);
}

QString loggedRefusal(const QString &code, const QString &message) { return refusal(rejectionFromLog(code, message)); }

QString rejectionCode(const QString &code)
{
    const std::optional<RejectionCode> c = rejectionCodeFromName(code);
    if (!c)
        return code;
    switch (*c) {
    case RejectionCode::Invalid: return tr("invalid");
    case RejectionCode::UnknownCommand: return tr("unknown command");
    case RejectionCode::Forbidden: return tr("not allowed");
    case RejectionCode::Stale: return tr("out of date");
    case RejectionCode::NotFound: return tr("not found");
    case RejectionCode::AlreadyExists: return tr("already exists");
    case RejectionCode::CreditHold: return tr("credit hold");
    case RejectionCode::CreditLimit: return tr("over the credit limit");
    case RejectionCode::IllegalTransition: return tr("not possible now");
    case RejectionCode::TruckUnavailable: return tr("truck unavailable");
    case RejectionCode::OverCapacity: return tr("over capacity");
    }
    return code;
}

QString reason(const QString &text)
{
    // The breakdown listener's reason, domainstate.cpp: "Truck %1 broke down: %2".
    static const QRegularExpression brokeDown(QStringLiteral("^Truck (\\S+) broke down: (.*)$"));
    const QRegularExpressionMatch m = brokeDown.match(text);
    return m.hasMatch() ? tr("Truck %1 broke down: %2").arg(m.captured(1), m.captured(2)) : text;
}

QString fieldLabel(const QString &name)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"shipmentId", QT_TRANSLATE_NOOP("hs::words", "Shipment")},
        {"accountId", QT_TRANSLATE_NOOP("hs::words", "Account")},
        {"truckId", QT_TRANSLATE_NOOP("hs::words", "Truck")},
        {"status", QT_TRANSLATE_NOOP("hs::words", "Status")},
        {"state", QT_TRANSLATE_NOOP("hs::words", "State")},
        {"name", QT_TRANSLATE_NOOP("hs::words", "Name")},
        {"weightLb", QT_TRANSLATE_NOOP("hs::words", "Weight")},
        {"capacityLb", QT_TRANSLATE_NOOP("hs::words", "Capacity")},
        {"priceCents", QT_TRANSLATE_NOOP("hs::words", "Price")},
        {"invoicedCents", QT_TRANSLATE_NOOP("hs::words", "Invoiced")},
        {"paidCents", QT_TRANSLATE_NOOP("hs::words", "Paid")},
        {"balanceCents", QT_TRANSLATE_NOOP("hs::words", "Balance")},
        {"pickup", QT_TRANSLATE_NOOP("hs::words", "Pickup")},
        {"destination", QT_TRANSLATE_NOOP("hs::words", "Destination")},
        {"version", QT_TRANSLATE_NOOP("hs::words", "Version")},
        {"history", QT_TRANSLATE_NOOP("hs::words", "History")},
        {"customerReference", QT_TRANSLATE_NOOP("hs::words", "Customer reference")},
        {"pickupBy", QT_TRANSLATE_NOOP("hs::words", "Pick up by")},
        {"deliverBy", QT_TRANSLATE_NOOP("hs::words", "Deliver by")},
        {"creditLimitCents", QT_TRANSLATE_NOOP("hs::words", "Credit limit")},
        {"exposureCents", QT_TRANSLATE_NOOP("hs::words", "Exposure")},
        {"openCents", QT_TRANSLATE_NOOP("hs::words", "Open invoices")},
        {"onHold", QT_TRANSLATE_NOOP("hs::words", "On credit hold")},
        {"termsDays", QT_TRANSLATE_NOOP("hs::words", "Payment terms (days)")},
    };
    // "history 2": a numbered entry of a list field.
    const QString base = name.section(QLatin1Char(' '), 0, 0);
    for (const auto &[key, label] : labels)
        if (base == QLatin1String(key))
            return name.size() == base.size() ? tr(label) : tr(label) + name.mid(base.size());
    return name;
}

QString fieldValue(const QString &name, const QString &value)
{
    bool number = false;
    qint64 n = value.toLongLong(&number);
    if (!number) // what-if writes its figures already grouped: "13,371"
        n = QLocale().toLongLong(value, &number);
    if (name.endsWith(u"Cents") && number)
        return formatMoney(n);
    if (name.endsWith(u"Lb") && number)
        return tr("%1 lb").arg(QLocale().toString(n));
    if (name == u"status")
        if (const auto s = statusFromName(value))
            return shipmentwords::status(*s);
    if (name == u"state")
        for (const TruckState t : {TruckState::Available, TruckState::Assigned, TruckState::OutForDelivery, TruckState::OutOfService})
            if (truckStateName(t) == value)
                return truckState(t);
    return value;
}

QString truckState(TruckState t)
{
    switch (t) {
    case TruckState::Available: return tr("Available");
    case TruckState::Assigned: return tr("Assigned");
    case TruckState::OutForDelivery: return tr("Out for delivery");
    case TruckState::OutOfService: return tr("Out of service");
    }
    return {};
}

QString eventOfType(const QString &type)
{
    using namespace ev;
    const std::optional<Event> e = blankEventOf(type);
    if (!e)
        return type;
    return std::visit(
        overloaded{
            [](const AccountOpened &) { return tr("Account opened"); },
            [](const TruckRegistered &) { return tr("Truck registered"); },
            [](const ShipmentSubmitted &) { return tr("Shipment submitted"); },
            [](const ShipmentCancelled &) { return tr("Shipment cancelled"); },
            [](const ShipmentAssigned &) { return tr("Shipment assigned"); },
            [](const ShipmentShipped &) { return tr("Shipment out for delivery"); },
            [](const ShipmentDelivered &) { return tr("Shipment delivered"); },
            [](const ShipmentUnassigned &) { return tr("Shipment taken off its truck"); },
            [](const TruckBrokeDown &) { return tr("Truck broke down"); },
            [](const TruckReturnedToService &) { return tr("Truck back in service"); },
            [](const PaymentPosted &) { return tr("Payment posted"); },
            [](const PaymentReversed &) { return tr("Payment reversed"); },
            [](const PricingRuleScheduled &) { return tr("Pricing rule scheduled"); },
            [](const AccountInvoiced &) { return tr("Account invoiced"); },
            [](const CheckCallRecorded &) { return tr("Check call recorded"); },
            [](const CreditLimitSet &) { return tr("Credit limit set"); },
            [](const CreditHoldPlaced &) { return tr("Credit hold placed"); },
            [](const CreditHoldReleased &) { return tr("Credit hold released"); },
            [](const InvoiceWrittenOff &) { return tr("Invoice written off"); },
        },
        *e);
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
                return tr("%1 taken off truck %2: %3").arg(x.shipmentId, x.truckId, reason(x.reason));
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
                         eventtext::shortDateTime(x.effectiveFrom));
            },
            [](const CheckCallRecorded &x) {
                return tr("%1 on truck %2 called in from %3").arg(x.shipmentId, x.truckId, x.location);
            },
            [](const AccountInvoiced &x) {
                return tr("%1 invoiced %2 for %3, due %4")
                    .arg(x.accountId, formatMoney(x.amountCents), x.shipmentId, eventtext::shortDateTime(x.dueAt));
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
                return tr("taken off %1 %2 at %3: %4").arg(x.truckId, by, at, reason(x.reason));
            },
            [&](const CheckCallRecorded &x) {
                return tr("check call %1 at %2: %3").arg(by, at, x.note.isEmpty() ? x.location : x.location + QStringLiteral(" — ") + x.note);
            },
            // A shipment's timeline holds only its own stream's events; others read plainly.
            [&]<typename E>(const E &) requires (!ShipmentMessage<E>) {
                return tr("%1 %2 at %3").arg(eventOfType(e.type()), by, at);
            },
        },
        e.event);
}

QString context(const QString &name)
{
    const std::optional<Department> d = departmentFromName(name);
    return d ? eventtext::department(*d) : name;
}

QString consumer(const QString &name)
{
    static const std::pair<const char *, const char *> names[] = {
        {"shipments", QT_TRANSLATE_NOOP("hs::words", "Shipments")},
        {"trucks", QT_TRANSLATE_NOOP("hs::words", "Trucks")},
        {"accounts", QT_TRANSLATE_NOOP("hs::words", "Accounts")},
        {"ledger", QT_TRANSLATE_NOOP("hs::words", "Ledger")},
        {"invoices", QT_TRANSLATE_NOOP("hs::words", "Invoices")},
        {"aging", QT_TRANSLATE_NOOP("hs::words", "Receivables aging")},
        {"at-risk", QT_TRANSLATE_NOOP("hs::words", "Shipments at risk")},
        {"check-calls", QT_TRANSLATE_NOOP("hs::words", "Check calls")},
        {"status-counts", QT_TRANSLATE_NOOP("hs::words", "Status counts")},
        {"pricing-schedule", QT_TRANSLATE_NOOP("hs::words", "Pricing schedule")},
        {"listener:delivery-invoicing", QT_TRANSLATE_NOOP("hs::words", "Invoice on delivery")},
        {"listener:breakdown-requeue", QT_TRANSLATE_NOOP("hs::words", "Back to the queue after a breakdown")},
    };
    for (const auto &[code, words] : names)
        if (name == QLatin1String(code))
            return tr(words);
    return name;
}

} // namespace hs::words
