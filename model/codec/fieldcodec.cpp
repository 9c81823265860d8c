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
qint64 wholeNumber(double d) { return std::abs(d) <= 9007199254740992.0 ? static_cast<qint64>(d) : 0; }
qint64 wholeNumber(const QJsonValue &v) { return wholeNumber(v.toDouble()); }
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

// Reads from a checked document.

namespace {

using strictjson::Node;

const Node *nodeOf(const strictjson::Document &d, int node) { return node < 0 ? nullptr : &d.nodes[size_t(node)]; }

bool isString(const Node *n) { return n && n->kind == Node::Kind::String; }

QString textOf(const Node *n) { return isString(n) ? strictjson::text(n->raw, n->escaped) : QString(); }

// A time's text is ASCII when it is one: parsed from a copy on the stack, not a QString.
qint64 timeOf(const Node *n)
{
    if (!isString(n))
        return 0;
    if (n->escaped || n->raw.size() > 40)
        return isotime::parse(textOf(n)).value_or(0);
    char16_t units[40];
    for (qsizetype i = 0; i < n->raw.size(); ++i)
        units[i] = char16_t(static_cast<unsigned char>(n->raw[i]));
    return isotime::parse(QStringView(units, n->raw.size())).value_or(0);
}

qint64 numberOf(const Node *n) { return n && n->kind == Node::Kind::Number ? wholeNumber(n->number) : 0; }

} // namespace

int memberAt(const strictjson::Document &d, int object, int hint, QByteArrayView name)
{
    if (hint >= 0 && !d.nodes[size_t(hint)].nameEscaped && d.nodes[size_t(hint)].name == name)
        return hint;
    return d.member(object, name);
}

void readValue(const strictjson::Document &d, int node, QString &out, Rule) { out = textOf(nodeOf(d, node)); }

void readValue(const strictjson::Document &d, int node, std::optional<QString> &out, Rule)
{
    const Node *n = nodeOf(d, node);
    out = isString(n) ? std::optional(textOf(n)) : std::nullopt;
}

void readValue(const strictjson::Document &d, int node, qint64 &out, Rule r)
{
    const Node *n = nodeOf(d, node);
    out = r == Rule::Time ? timeOf(n) : numberOf(n);
}

void readValue(const strictjson::Document &d, int node, int &out, Rule) { out = int(numberOf(nodeOf(d, node))); }

void readValue(const strictjson::Document &d, int node, std::optional<qint64> &out, Rule r)
{
    out.reset();
    const Node *n = nodeOf(d, node);
    if (!n || n->kind == Node::Kind::Null)
        return;
    qint64 value = 0;
    readValue(d, node, value, r == Rule::NullableTime ? Rule::Time : Rule::Cents);
    out = value;
}

void readValue(const strictjson::Document &d, int node, Address &out, Rule)
{
    const Node *n = nodeOf(d, node);
    if (!n || n->kind != Node::Kind::Object) {
        out = Address{};
        return;
    }
    int hint = n->first;
    const auto next = [&](const char *name) {
        const int m = memberAt(d, node, hint, QByteArrayView(name));
        if (m >= 0)
            hint = d.nodes[size_t(m)].next;
        return m;
    };
    out.name = textOf(nodeOf(d, next("name")));
    out.line1 = textOf(nodeOf(d, next("line1")));
    const int line2 = next("line2");
    readValue(d, line2, out.line2, Rule::OptionalText);
    out.city = textOf(nodeOf(d, next("city")));
    out.state = textOf(nodeOf(d, next("state")));
    out.zip = textOf(nodeOf(d, next("zip")));
}

} // namespace hs::fieldcodec
