#include "commands.h"

namespace hs {

namespace {
template <typename T> struct DepartmentOf
{
    static Department call() { return rowOf<T>().department; }
};
} // namespace

QString commandTypeName(const Command &c)
{
    return std::visit([](const auto &x) { return QString::fromLatin1(rowOf(x).name); }, c);
}

bool isCommandType(QStringView name) { return typeNamesOf<Command>().contains(name); }
QStringList commandTypeNames() { return typeNamesOf<Command>(); }

Department departmentFor(const Command &c)
{
    return std::visit([](const auto &x) { return rowOf(x).department; }, c);
}

Department departmentForType(QStringView type)
{
    static constexpr auto departments = perAlternative<Command, DepartmentOf>();
    const auto i = typeNamesOf<Command>().indexOf(type);
    return i < 0 ? Department::System : departments[i]();
}

QString targetEntity(const Command &c)
{
    return std::visit([](const auto &x) { return entityKeyOf(x); }, c);
}

} // namespace hs
