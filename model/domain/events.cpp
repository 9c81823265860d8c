#include "events.h"

namespace hs {

namespace {
template <typename T> constexpr const char *eventName();
#define HS_EVENT_NAME(T) \
    template <> constexpr const char *eventName<ev::T>() { return #T; }
HS_EVENT_NAME(AccountOpened)
HS_EVENT_NAME(TruckRegistered)
HS_EVENT_NAME(ShipmentSubmitted)
HS_EVENT_NAME(ShipmentCancelled)
HS_EVENT_NAME(ShipmentAssigned)
HS_EVENT_NAME(ShipmentShipped)
HS_EVENT_NAME(ShipmentDelivered)
HS_EVENT_NAME(ShipmentUnassigned)
HS_EVENT_NAME(TruckBrokeDown)
HS_EVENT_NAME(TruckReturnedToService)
HS_EVENT_NAME(PaymentPosted)
HS_EVENT_NAME(PaymentReversed)
HS_EVENT_NAME(PricingRuleScheduled)
HS_EVENT_NAME(AccountInvoiced)
#undef HS_EVENT_NAME
} // namespace

QString eventTypeName(const Event &e)
{
    return std::visit(
        [](const auto &x) { return QString::fromLatin1(eventName<std::decay_t<decltype(x)>>()); }, e);
}

QString streamOf(const Event &e)
{
    return std::visit(
        [](const auto &x) -> QString {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, ev::PricingRuleScheduled>)
                return pricingStream();
            else if constexpr (requires { x.shipmentId; } && !std::is_same_v<T, ev::AccountInvoiced>)
                return shipmentStream(x.shipmentId);
            else if constexpr (requires { x.accountId; })
                return accountStream(x.accountId);
            else
                return truckStream(x.truckId);
        },
        e);
}

} // namespace hs
