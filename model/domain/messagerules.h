#pragma once

#include "values.h"

#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <tuple>
#include <utility>
#include <variant>

class QJsonObject;

// The vocabulary of the message table (messages.h): how a row names a message, the entity it
// addresses and the rule of each field. Everything that reads, writes, routes or describes a
// message is derived from these rows.
namespace hs {

// Field rules shared with the dashboard's form checks.
namespace fieldrules {
inline constexpr int maxWeightLb = 80000;
inline constexpr int maxCapacityLb = 80000;
inline constexpr qint64 maxAmountCents = 9007199254740991LL; // largest exact JSON integer
inline constexpr qint64 maxCentsPerLb = 100000000LL;         // keeps weight x rate within range
inline constexpr int maxTextLength = 120;   // names, address lines, cities, signatures
inline constexpr int maxReasonLength = 200; // cancellations, breakdowns, reversals
inline constexpr int maxReferenceLength = 40; // a customer's PO or load number
inline constexpr int maxTermsDays = 120;
inline constexpr int standardTermsDays = 30; // an account opened without terms
} // namespace fieldrules

// The kinds of entity a message addresses: a stream of events and a high-water mark each.
enum class Entity { Shipment, Truck, Account, PricingRule, None };

enum class Rule {
    Id,           // 1-40 of [A-Za-z0-9._-]
    NullableId,   // an id or null (empty in memory)
    Text,         // a string of min..max characters
    OptionalText, // a string of min..max printable characters, absent or null when not given
    Whole,        // an integer from min to max
    WholeOrDefault, // an integer from min to max; absent or null: the field's fallback
    Cents,        // money: an integer number of cents from min to max
    Time,         // ISO 8601 with a zone; ms since the epoch in memory
    NullableTime, // a time or null
    NullableCents, // money or null, always given
    OptionalCents, // money, absent or null when not given
    Address,      // the nested address object
};

template <typename T, typename M>
struct Field
{
    using Message = T;
    using Member = M;
    const char *name;
    M T::*member;
    Rule rule;
    qint64 min = 0;
    qint64 max = 0;
    Entity names = Entity::None; // an id field: the entity it names
    qint64 fallback = 0;         // WholeOrDefault: the value when not given
};

// Upcasting a stored event of `fromVersion` to the next version, in place; some defaults
// follow from when the event occurred (ms since the epoch).
using Upcaster = void (*)(int fromVersion, QJsonObject &data, qint64 occurredAt);

template <typename T, typename... F>
struct MessageRow
{
    const char *name;
    Department department; // commands: who may issue it (System: listeners only); events: context
    Entity entity;         // the entity it is addressed to (stream, high-water mark)
    QString T::*entityId;
    int schemaVersion = 1;
    const char *producedBy = ""; // events: the command types that emit it, space-separated
    const char *consumedBy = ""; // events: listeners and read models that read it, space-separated
    Upcaster upcast = nullptr;   // events with schemaVersion > 1
    std::tuple<F...> fields;
};

namespace messagerow {

template <typename T> struct Target { Entity entity; QString T::*id; };
template <typename T> constexpr Target<T> to(Entity e, QString T::*id) { return {e, id}; }

template <typename T> constexpr Field<T, QString> id(const char *n, QString T::*m, Entity names = Entity::None)
{ return {n, m, Rule::Id, 0, 0, names}; }
template <typename T> constexpr Field<T, QString> nullableId(const char *n, QString T::*m, Entity names = Entity::None)
{ return {n, m, Rule::NullableId, 0, 0, names}; }
template <typename T> constexpr Field<T, QString> text(const char *n, QString T::*m, qint64 min, qint64 max)
{ return {n, m, Rule::Text, min, max}; }
template <typename T> constexpr Field<T, std::optional<QString>> optionalText(const char *n, std::optional<QString> T::*m, qint64 min, qint64 max)
{ return {n, m, Rule::OptionalText, min, max}; }
template <typename T, typename N> constexpr Field<T, N> whole(const char *n, N T::*m, qint64 min, qint64 max)
{ return {n, m, Rule::Whole, min, max}; }
template <typename T> constexpr Field<T, qint64> cents(const char *n, qint64 T::*m, qint64 min, qint64 max)
{ return {n, m, Rule::Cents, min, max}; }
template <typename T> constexpr Field<T, qint64> time(const char *n, qint64 T::*m) { return {n, m, Rule::Time}; }
template <typename T> constexpr Field<T, std::optional<qint64>> nullableTime(const char *n, std::optional<qint64> T::*m)
{ return {n, m, Rule::NullableTime}; }
template <typename T, typename N> constexpr Field<T, N> wholeOr(const char *n, N T::*m, qint64 min, qint64 max, qint64 fallback)
{ return {n, m, Rule::WholeOrDefault, min, max, Entity::None, fallback}; }
template <typename T> constexpr Field<T, std::optional<qint64>> nullableCents(const char *n, std::optional<qint64> T::*m, qint64 min, qint64 max)
{ return {n, m, Rule::NullableCents, min, max}; }
template <typename T> constexpr Field<T, std::optional<qint64>> optionalCents(const char *n, std::optional<qint64> T::*m, qint64 min, qint64 max)
{ return {n, m, Rule::OptionalCents, min, max}; }
template <typename T> constexpr Field<T, hs::Address> address(const char *n, hs::Address T::*m) { return {n, m, Rule::Address}; }

template <typename T, typename... F>
constexpr MessageRow<T, F...> command(const char *name, Department d, Target<T> to, F... fields)
{
    return {name, d, to.entity, to.id, 1, "", "", nullptr, std::tuple<F...>{fields...}};
}

struct EventMeta
{
    const char *producedBy;
    const char *consumedBy;
    int schemaVersion = 1;
    Upcaster upcast = nullptr;
};

template <typename T, typename... F>
constexpr MessageRow<T, F...> event(const char *name, Department context, Target<T> to, EventMeta meta, F... fields)
{
    return {name, context, to.entity, to.id, meta.schemaVersion, meta.producedBy, meta.consumedBy,
            meta.upcast, std::tuple<F...>{fields...}};
}

} // namespace messagerow

// The row of a message type; a type without a row does not compile.
template <typename T> constexpr auto rowOf() { return tableRow(static_cast<const T *>(nullptr)); }
template <typename T> constexpr auto rowOf(const T &) { return rowOf<T>(); }

// Calls f(field) for each field of T's row, in the row's (and the JSON's) order.
template <typename T, typename F> constexpr void forEachField(F &&f)
{
    std::apply([&](const auto &...field) { (f(field), ...); }, rowOf<T>().fields);
}

template <typename T> concept ShipmentMessage = rowOf<T>().entity == Entity::Shipment;
template <typename T> concept TruckMessage = rowOf<T>().entity == Entity::Truck;
template <typename T> concept AccountMessage = rowOf<T>().entity == Entity::Account;

// The type names of a message variant's alternatives, in the variant's order.
template <typename V> const QStringList &typeNamesOf()
{
    static const QStringList names = []<std::size_t... I>(std::index_sequence<I...>) {
        return QStringList{QString::fromLatin1(rowOf<std::variant_alternative_t<I, V>>().name)...};
    }(std::make_index_sequence<std::variant_size_v<V>>());
    return names;
}

// Fn<T>::call for each alternative T of V, indexed like the variant: dispatch on a type name.
template <typename V, template <typename> class Fn>
constexpr auto perAlternative()
{
    return []<std::size_t... I>(std::index_sequence<I...>) {
        return std::array{&Fn<std::variant_alternative_t<I, V>>::call...};
    }(std::make_index_sequence<std::variant_size_v<V>>());
}

// "shipment:S-1", "rule:R-1": the key of an entity's high-water mark.
QString entityKey(Entity e, const QString &id);
// "shipment-S-1", "pricing-schedule": the stream of an entity's events.
QString streamName(Entity e, const QString &id);

// The id of the entity a message addresses.
template <typename M> const QString &addressedId(const M &m) { return m.*(rowOf<M>().entityId); }
template <typename M> QString entityKeyOf(const M &m) { return entityKey(rowOf<M>().entity, addressedId(m)); }

// The entities of a kind a message concerns: the one it addresses, then those its fields name
// (the trucks of a shipment event), in field order, empty and repeated ones left out.
template <typename M> QStringList idsNaming(const M &m, Entity e)
{
    QStringList out;
    if (rowOf<M>().entity == e)
        out << addressedId(m);
    forEachField<M>([&](const auto &f) {
        if constexpr (std::is_same_v<typename std::decay_t<decltype(f)>::Member, QString>)
            if (f.names == e && !(m.*f.member).isEmpty() && !out.contains(m.*f.member))
                out << m.*f.member;
    });
    return out;
}

} // namespace hs
