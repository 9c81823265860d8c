#include "eventcodec.h"

#include "fieldcodec.h"
#include "strictjson.h"
#include "../util/isotime.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

namespace hs {

namespace ev {
// Decimal dollars as written by version 1 of PricingRuleScheduled ("0.31") to whole cents.
static qint64 dollarsToCents(const QString &dollars)
{
    const auto dot = dollars.indexOf(u'.');
    const qint64 whole = dollars.left(dot < 0 ? dollars.size() : dot).toLongLong();
    if (std::abs(whole) > 9007199254740992LL / 100)
        return 0; // no price was ever that large; the chain check names a damaged event
    QString frac = dot < 0 ? QString() : dollars.mid(dot + 1);
    frac = (frac + QStringLiteral("00")).left(2);
    return whole * 100 + frac.toLongLong();
}

void upcastPricingRuleScheduled(int fromVersion, QJsonObject &o, qint64)
{
    if (fromVersion != 1)
        return;
    // Version 1 kept the spreadsheet's dollars; version 2 keeps integer cents like all money.
    o.insert(QStringLiteral("centsPerLb"), dollarsToCents(o.take(QStringLiteral("dollarsPerLb")).toString()));
    o.insert(QStringLiteral("minimumCents"), dollarsToCents(o.take(QStringLiteral("minimumDollars")).toString()));
}

void upcastAccountOpened(int fromVersion, QJsonObject &o, qint64)
{
    if (fromVersion != 1)
        return;
    o.insert(QStringLiteral("creditLimitCents"), QJsonValue::Null);
    o.insert(QStringLiteral("termsDays"), fieldrules::standardTermsDays);
}

void upcastShipmentSubmitted(int fromVersion, QJsonObject &o, qint64)
{
    if (fromVersion != 1)
        return;
    for (const char *key : {"customerReference", "pickupBy", "deliverBy"})
        o.insert(QLatin1String(key), QJsonValue::Null);
}

void upcastAccountInvoiced(int fromVersion, QJsonObject &o, qint64 occurredAt)
{
    if (fromVersion != 1)
        return;
    constexpr qint64 msPerDay = 24LL * 60 * 60 * 1000;
    o.insert(QStringLiteral("dueAt"), isotime::format(occurredAt + fieldrules::standardTermsDays * msPerDay));
}
} // namespace ev

namespace eventcodec {

namespace {

struct Versioned
{
    int schemaVersion;
    Upcaster upcast;
};

template <typename T> struct VersionOf
{
    static Versioned call() { return {rowOf<T>().schemaVersion, rowOf<T>().upcast}; }
};

template <typename T> struct Decode
{
    static Event call(const QJsonObject &o) { return fieldcodec::read<T>(o); }
};

template <typename T> struct DecodeChecked
{
    static Event call(const strictjson::Document &d) { return fieldcodec::read<T>(d, 0); }
};

} // namespace

int currentSchemaVersion(QStringView type)
{
    static constexpr auto versions = perAlternative<Event, VersionOf>();
    const auto i = typeNamesOf<Event>().indexOf(type);
    return i < 0 ? 1 : versions[i]().schemaVersion;
}

QByteArray encode(const Event &e)
{
    return std::visit([](const auto &x) { return fieldcodec::encode(x); }, e);
}

void appendAddress(QByteArray &out, const Address &a)
{
    JsonWriter w;
    fieldcodec::writeValue(w, a);
    out.append(w.bytes());
}

Address addressFromJson(const QByteArray &json)
{
    Address a;
    fieldcodec::readValue(QJsonDocument::fromJson(json).object(), a, Rule::Address);
    return a;
}

std::optional<Event> decode(QStringView type, int schemaVersion, const QByteArray &json, qint64 occurredAt)
{
    static constexpr auto versions = perAlternative<Event, VersionOf>();
    static constexpr auto decoders = perAlternative<Event, Decode>();
    static constexpr auto checkedDecoders = perAlternative<Event, DecodeChecked>();
    const auto i = typeNamesOf<Event>().indexOf(type);
    if (i < 0)
        return std::nullopt;
    // Data of the current version, as everything written now is, is read straight from its
    // bytes; older data is upcast field by field through Qt's JSON classes, and so is any
    // text the strict check refuses (Qt reads a few things RFC 8259 does not allow).
    if (schemaVersion == versions[i]().schemaVersion) {
        thread_local strictjson::Document doc; // keeps its capacity from event to event
        if (!strictjson::check(QByteArrayView(json), &doc) && doc.nodes.front().kind == strictjson::Node::Kind::Object)
            return checkedDecoders[i](doc);
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    QJsonObject o = doc.object();
    const Versioned current = versions[i]();
    if (schemaVersion > current.schemaVersion || schemaVersion < 1)
        return std::nullopt;
    for (int v = schemaVersion; v < current.schemaVersion; ++v)
        current.upcast(v, o, occurredAt);
    return decoders[i](o);
}

} // namespace eventcodec
} // namespace hs
