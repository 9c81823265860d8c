#pragma once

#include <QtGlobal>

// Every reason a decider gives for a refusal, in one place: the command log keeps a refusal's
// English message only, and saying it again in another language means reading it back into
// its reason and arguments (rejectionFromLog), which needs the whole list.
namespace hs::refusal {

inline constexpr const char *shipmentMissing = QT_TRANSLATE_NOOP("hs::Rejection", "Shipment %1 does not exist.");
inline constexpr const char *shipmentExists = QT_TRANSLATE_NOOP("hs::Rejection", "Shipment %1 already exists.");
inline constexpr const char *accountMissingForShipment = QT_TRANSLATE_NOOP("hs::Rejection", "Account %1 does not exist; open it before submitting shipments for it.");
inline constexpr const char *cancelWrongStatus = QT_TRANSLATE_NOOP("hs::Rejection", "Shipment %1 is %2; only a submitted or assigned shipment can be cancelled.");
inline constexpr const char *assignWrongStatus = QT_TRANSLATE_NOOP("hs::Rejection", "Shipment %1 is %2; only a submitted or assigned shipment can be assigned a truck.");
inline constexpr const char *alreadyOnTruck = QT_TRANSLATE_NOOP("hs::Rejection", "Shipment %1 is already assigned to truck %2.");
inline constexpr const char *shipWrongStatus = QT_TRANSLATE_NOOP("hs::Rejection", "Shipment %1 is %2; only an assigned shipment can be shipped.");
inline constexpr const char *deliverWrongStatus = QT_TRANSLATE_NOOP("hs::Rejection", "Shipment %1 is %2; only an out-for-delivery shipment can be delivered.");
inline constexpr const char *unassignWrongStatus = QT_TRANSLATE_NOOP("hs::Rejection", "Shipment %1 is %2; only an assigned shipment can be unassigned.");
inline constexpr const char *checkCallWrongStatus = QT_TRANSLATE_NOOP("hs::Rejection", "Shipment %1 is %2; only an assigned or out-for-delivery shipment can take a check call.");
inline constexpr const char *truckMissing = QT_TRANSLATE_NOOP("hs::Rejection", "Truck %1 is not registered.");
inline constexpr const char *truckExists = QT_TRANSLATE_NOOP("hs::Rejection", "Truck %1 is already registered.");
inline constexpr const char *truckAlreadyOutOfService = QT_TRANSLATE_NOOP("hs::Rejection", "Truck %1 is already out of service.");
inline constexpr const char *truckInService = QT_TRANSLATE_NOOP("hs::Rejection", "Truck %1 is in service; only an out-of-service truck can be returned to service.");
inline constexpr const char *truckOutOfService = QT_TRANSLATE_NOOP("hs::Rejection", "Truck %1 is out of service.");
inline constexpr const char *truckHoldsShipmentOut = QT_TRANSLATE_NOOP("hs::Rejection", "Truck %1 already holds shipment %2, out for delivery.");
inline constexpr const char *truckHoldsShipmentAssigned = QT_TRANSLATE_NOOP("hs::Rejection", "Truck %1 already holds shipment %2, assigned to it.");
inline constexpr const char *overCapacity = QT_TRANSLATE_NOOP("hs::Rejection", "Shipment %1 weighs %2 lb; truck %3 carries at most %4 lb.");
inline constexpr const char *ruleExists = QT_TRANSLATE_NOOP("hs::Rejection", "Pricing rule %1 already exists.");
inline constexpr const char *ruleSameMoment = QT_TRANSLATE_NOOP("hs::Rejection", "Pricing rule %1 already takes effect at %2; two rules cannot start at the same moment.");
inline constexpr const char *accountMissing = QT_TRANSLATE_NOOP("hs::Rejection", "Account %1 does not exist.");
inline constexpr const char *accountExists = QT_TRANSLATE_NOOP("hs::Rejection", "Account %1 already exists.");
inline constexpr const char *accountOnHold = QT_TRANSLATE_NOOP("hs::Rejection", "Account %1 is on credit hold; Finance must release the hold before it can book shipments.");
inline constexpr const char *overCreditLimit = QT_TRANSLATE_NOOP("hs::Rejection", "This shipment (%1) would take account %2 to %3 against its credit limit of %4: %5 over.");
inline constexpr const char *paymentReferenceUsed = QT_TRANSLATE_NOOP("hs::Rejection", "Payment reference %1 was already used on account %2.");
inline constexpr const char *paymentMissing = QT_TRANSLATE_NOOP("hs::Rejection", "Account %1 has no payment with reference %2.");
inline constexpr const char *paymentReversed = QT_TRANSLATE_NOOP("hs::Rejection", "Payment %1 on account %2 is already reversed.");
inline constexpr const char *shipmentInvoiced = QT_TRANSLATE_NOOP("hs::Rejection", "Shipment %1 is already invoiced to account %2.");
inline constexpr const char *accountAlreadyOnHold = QT_TRANSLATE_NOOP("hs::Rejection", "Account %1 is already on credit hold.");
inline constexpr const char *accountNotOnHold = QT_TRANSLATE_NOOP("hs::Rejection", "Account %1 is not on credit hold.");
inline constexpr const char *shipmentNotInvoiced = QT_TRANSLATE_NOOP("hs::Rejection", "Shipment %1 was not invoiced to account %2.");
inline constexpr const char *nothingToWriteOff = QT_TRANSLATE_NOOP("hs::Rejection", "The invoice for shipment %1 on account %2 has nothing left open to write off.");
inline constexpr const char *shipmentStale = QT_TRANSLATE_NOOP("hs::Rejection", "Shipment %1 was already changed by a command issued at %2; this one, issued at %3, is older and cannot apply.");
inline constexpr const char *truckStale = QT_TRANSLATE_NOOP("hs::Rejection", "Truck %1 was already changed by a command issued at %2; this one, issued at %3, is older and cannot apply.");
inline constexpr const char *accountStale = QT_TRANSLATE_NOOP("hs::Rejection", "Account %1 was already changed by a command issued at %2; this one, issued at %3, is older and cannot apply.");
inline constexpr const char *ruleStale = QT_TRANSLATE_NOOP("hs::Rejection", "Pricing rule %1 was already changed by a command issued at %2; this one, issued at %3, is older and cannot apply.");
inline constexpr const char *systemClaimed = QT_TRANSLATE_NOOP("hs::Rejection", "Commands from people may not claim the system department.");
inline constexpr const char *systemOnly = QT_TRANSLATE_NOOP("hs::Rejection", "Only the system issues %1; no department may send it.");
inline constexpr const char *wrongDepartment = QT_TRANSLATE_NOOP("hs::Rejection", "%1 is for %2; %3 may not issue it.");
inline constexpr const char *listenersSystemOnly = QT_TRANSLATE_NOOP("hs::Rejection", "Listeners may only issue system commands.");
inline constexpr const char *loginMayNotActAs = QT_TRANSLATE_NOOP("hs::Rejection", "The login %1 may not act as %2 for %3.");

inline constexpr const char *all[] = {
    shipmentMissing, shipmentExists, accountMissingForShipment, cancelWrongStatus, assignWrongStatus,
    alreadyOnTruck, shipWrongStatus, deliverWrongStatus, unassignWrongStatus, checkCallWrongStatus,
    truckMissing, truckExists, truckAlreadyOutOfService, truckInService, truckOutOfService,
    truckHoldsShipmentOut, truckHoldsShipmentAssigned, overCapacity, ruleExists, ruleSameMoment,
    accountMissing, accountExists, accountOnHold, overCreditLimit, paymentReferenceUsed, paymentMissing,
    paymentReversed, shipmentInvoiced, accountAlreadyOnHold, accountNotOnHold, shipmentNotInvoiced,
    nothingToWriteOff, shipmentStale, truckStale, accountStale, ruleStale, systemClaimed, systemOnly,
    wrongDepartment, listenersSystemOnly, loginMayNotActAs,
};

} // namespace hs::refusal
