#include "fieldcodec.h"

#include "../util/isotime.h"

#include <cmath>

namespace hs::fieldcodec {

void writeValue(JsonWriter &w, const QString &v, Rule r)
{
    if (r == Rule::NullableId)
        w.nullableId(v);
    else
        w.value(v);
}

void writeValue(JsonWriter &w, const std::optional<QString> &v, Rule) { w.optional(v); }

void writeValue(JsonWriter &w, qint64 v, Rule r)
{
    if (r == Rule::Time)
        w.time(v);
    else
        w.value(v);
}

void writeValue(JsonWriter &w, int v, Rule) { w.value(v); }

void writeValue(JsonWriter &w, const std::optional<qint64> &v, Rule r)
{
    if (!v)
        w.null();
    else
        writeValue(w, *v, r == Rule::NullableTime ? Rule::Time : Rule::Cents);
}

void writeValue(JsonWriter &w, const Address &a, Rule)
{
    w.beginObject();
    w.field("name", a.name).field("line1", a.line1);
    if (a.line2)
        w.field("line2", *a.line2);
    w.field("city", a.city).field("state", a.state).field("zip", a.zip);
    w.endObject();
}

void readValue(const QJsonValue &v, QString &out, Rule) { out = v.toString(); }

void readValue(const QJsonValue &v, std::optional<QString> &out, Rule)
{
    out = v.isString() ? std::optional(v.toString()) : std::nullopt;
}

namespace {
// Only a whole number within JSON's exact range can have been written; a damaged one reads as 0
// (never as undefined behaviour) and the hash chain names the event.
qint64 wholeNumber(const QJsonValue &v)
{
    const double d = v.toDouble();
    return std::abs(d) <= 9007199254740992.0 ? static_cast<qint64>(d) : 0;
}
} // namespace

void readValue(const QJsonValue &v, qint64 &out, Rule r)
{
    out = r == Rule::Time ? isotime::parse(v.toString()).value_or(0) : wholeNumber(v);
}

void readValue(const QJsonValue &v, int &out, Rule) { out = int(wholeNumber(v)); }

void readValue(const QJsonValue &v, std::optional<qint64> &out, Rule r)
{
    out.reset();
    if (v.isNull() || v.isUndefined())
        return;
    qint64 value = 0;
    readValue(v, value, r == Rule::NullableTime ? Rule::Time : Rule::Cents);
    out = value;
}

void readValue(const QJsonValue &v, Address &out, Rule)
{
    const QJsonObject o = v.toObject();
    out = Address{o.value(u"name").toString(), o.value(u"line1").toString(), std::nullopt,
                  o.value(u"city").toString(), o.value(u"state").toString(), o.value(u"zip").toString()};
    readValue(o.value(u"line2"), out.line2, Rule::OptionalText);
}

} // namespace hs::fieldcodec
