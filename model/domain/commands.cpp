#include "commands.h"

#include <QStringList>

namespace hs {

namespace {

template <typename T> constexpr const char *commandName();
#define HS_COMMAND_NAME(T) \
    template <> constexpr const char *commandName<cmd::T>() { return #T; }
HS_COMMAND_NAME(OpenAccount)
HS_COMMAND_NAME(RegisterTruck)
HS_COMMAND_NAME(SubmitShipment)
HS_COMMAND_NAME(CancelShipment)
HS_COMMAND_NAME(AssignTruck)
HS_COMMAND_NAME(ShipShipment)
HS_COMMAND_NAME(DeliverShipment)
HS_COMMAND_NAME(ReportBreakdown)
HS_COMMAND_NAME(ReturnTruckToService)
HS_COMMAND_NAME(PostPayment)
HS_COMMAND_NAME(ReversePayment)
HS_COMMAND_NAME(SchedulePricingRule)
HS_COMMAND_NAME(InvoiceAccount)
HS_COMMAND_NAME(UnassignShipment)
#undef HS_COMMAND_NAME

template <typename T> constexpr Department commandDepartment()
{
    using namespace cmd;
    if constexpr (std::is_same_v<T, SubmitShipment> || std::is_same_v<T, CancelShipment>)
        return Department::CustomerService;
    else if constexpr (std::is_same_v<T, RegisterTruck> || std::is_same_v<T, AssignTruck>
                       || std::is_same_v<T, ShipShipment> || std::is_same_v<T, DeliverShipment>
                       || std::is_same_v<T, ReportBreakdown>
                       || std::is_same_v<T, ReturnTruckToService>)
        return Department::Dispatch;
    else if constexpr (std::is_same_v<T, OpenAccount> || std::is_same_v<T, PostPayment>
                       || std::is_same_v<T, ReversePayment>
                       || std::is_same_v<T, SchedulePricingRule>)
        return Department::Finance;
    else
        return Department::System;
}

template <std::size_t... I>
QStringList allNames(std::index_sequence<I...>)
{
    return {QString::fromLatin1(commandName<std::variant_alternative_t<I, Command>>())...};
}

template <std::size_t... I>
QList<Department> allDepartments(std::index_sequence<I...>)
{
    return {commandDepartment<std::variant_alternative_t<I, Command>>()...};
}

const QStringList &names()
{
    static const QStringList n = allNames(std::make_index_sequence<std::variant_size_v<Command>>());
    return n;
}

} // namespace

QString commandTypeName(const Command &c)
{
    return std::visit(
        [](const auto &x) { return QString::fromLatin1(commandName<std::decay_t<decltype(x)>>()); }, c);
}

bool isCommandType(QStringView name) { return names().contains(name); }
QStringList commandTypeNames() { return names(); }

Department departmentFor(const Command &c)
{
    return std::visit([](const auto &x) { return commandDepartment<std::decay_t<decltype(x)>>(); }, c);
}

Department departmentForType(QStringView type)
{
    static const QList<Department> d =
        allDepartments(std::make_index_sequence<std::variant_size_v<Command>>());
    const auto i = names().indexOf(type);
    return i < 0 ? Department::System : d[i];
}

QString targetEntity(const Command &c)
{
    return std::visit(
        [](const auto &x) -> QString {
            using T = std::decay_t<decltype(x)>;
            if constexpr (requires { x.shipmentId; })
                return QStringLiteral("shipment:") + x.shipmentId;
            else if constexpr (requires { x.truckId; })
                return QStringLiteral("truck:") + x.truckId;
            else if constexpr (requires { x.accountId; })
                return QStringLiteral("account:") + x.accountId;
            else if constexpr (std::is_same_v<T, cmd::SchedulePricingRule>)
                return QStringLiteral("rule:") + x.ruleId;
            else
                static_assert(sizeof(T) == 0, "every command addresses an entity");
        },
        c);
}

} // namespace hs
