#include "eventcodec.h"

#include "../util/isotime.h"
#include "../util/jsonwriter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdlib>

namespace hs::eventcodec {

namespace {

void writeAddress(JsonWriter &w, const Address &a)
{
    w.beginObject();
    w.field("name", a.name).field("line1", a.line1);
    if (a.line2)
        w.field("line2", *a.line2);
    w.field("city", a.city).field("state", a.state).field("zip", a.zip);
    w.endObject();
}

void writeData(JsonWriter &w, const Event &e)
{
    w.beginObject();
    std::visit(
        [&](const auto &x) {
            using T = std::decay_t<decltype(x)>;
            using namespace ev;
            if constexpr (std::is_same_v<T, AccountOpened>) {
                w.field("accountId", x.accountId).field("name", x.name);
            } else if constexpr (std::is_same_v<T, TruckRegistered>) {
                w.field("truckId", x.truckId).field("capacityLb", x.capacityLb);
            } else if constexpr (std::is_same_v<T, ShipmentSubmitted>) {
                w.field("shipmentId", x.shipmentId).field("accountId", x.accountId);
                w.key("pickup");
                writeAddress(w, x.pickup);
                w.key("destination");
                writeAddress(w, x.destination);
                w.field("weightLb", x.weightLb).field("priceCents", x.priceCents);
                w.key("ruleId").nullableId(x.ruleId);
            } else if constexpr (std::is_same_v<T, ShipmentCancelled>) {
                w.field("shipmentId", x.shipmentId).field("reason", x.reason);
                w.key("truckId").nullableId(x.truckId);
            } else if constexpr (std::is_same_v<T, ShipmentAssigned>) {
                w.field("shipmentId", x.shipmentId).field("truckId", x.truckId);
                w.key("previousTruckId").nullableId(x.previousTruckId);
            } else if constexpr (std::is_same_v<T, ShipmentShipped>) {
                w.field("shipmentId", x.shipmentId).field("truckId", x.truckId);
            } else if constexpr (std::is_same_v<T, ShipmentDelivered>) {
                w.field("shipmentId", x.shipmentId).field("truckId", x.truckId).field("signedBy", x.signedBy);
            } else if constexpr (std::is_same_v<T, ShipmentUnassigned>) {
                w.field("shipmentId", x.shipmentId).field("truckId", x.truckId).field("reason", x.reason);
            } else if constexpr (std::is_same_v<T, TruckBrokeDown>) {
                w.field("truckId", x.truckId).field("reason", x.reason);
            } else if constexpr (std::is_same_v<T, TruckReturnedToService>) {
                w.field("truckId", x.truckId);
            } else if constexpr (std::is_same_v<T, PaymentPosted>) {
                w.field("accountId", x.accountId).field("amountCents", x.amountCents).field("reference", x.reference);
            } else if constexpr (std::is_same_v<T, PaymentReversed>) {
                w.field("accountId", x.accountId).field("reference", x.reference)
                    .field("amountCents", x.amountCents).field("reason", x.reason);
            } else if constexpr (std::is_same_v<T, PricingRuleScheduled>) {
                w.field("ruleId", x.ruleId);
                w.key("effectiveFrom").time(x.effectiveFrom);
                w.field("centsPerLb", x.centsPerLb).field("minimumCents", x.minimumCents);
            } else if constexpr (std::is_same_v<T, AccountInvoiced>) {
                w.field("accountId", x.accountId).field("shipmentId", x.shipmentId).field("amountCents", x.amountCents);
            }
        },
        e);
    w.endObject();
}

QString str(const QJsonObject &o, const char *k) { return o.value(QLatin1String(k)).toString(); }
// Only a whole number within JSON's exact range can have been written; a damaged one reads as 0
// (never as undefined behaviour) and the hash chain names the event.
qint64 num(const QJsonObject &o, const char *k)
{
    const double d = o.value(QLatin1String(k)).toDouble();
    return std::abs(d) <= 9007199254740992.0 ? static_cast<qint64>(d) : 0;
}

Address readAddress(const QJsonObject &o)
{
    Address a{str(o, "name"), str(o, "line1"), std::nullopt, str(o, "city"), str(o, "state"), str(o, "zip")};
    const auto l2 = o.value(QLatin1String("line2"));
    if (l2.isString())
        a.line2 = l2.toString();
    return a;
}

// Decimal dollars as written by version 1 of PricingRuleScheduled ("0.31") to whole cents.
qint64 dollarsToCents(const QString &dollars)
{
    const auto dot = dollars.indexOf(u'.');
    const qint64 whole = dollars.left(dot < 0 ? dollars.size() : dot).toLongLong();
    if (std::abs(whole) > 9007199254740992LL / 100)
        return 0; // no price was ever that large; the chain check names a damaged event
    QString frac = dot < 0 ? QString() : dollars.mid(dot + 1);
    frac = (frac + QStringLiteral("00")).left(2);
    return whole * 100 + frac.toLongLong();
}

// Upcasters: stored shapes of older versions, rewritten to today's before decoding.
void upcast(QStringView type, int fromVersion, QJsonObject &o)
{
    if (type == u"PricingRuleScheduled" && fromVersion == 1) {
        // Version 1 kept the spreadsheet's dollars; version 2 keeps integer cents like all money.
        o.insert(QStringLiteral("centsPerLb"), dollarsToCents(o.take(QStringLiteral("dollarsPerLb")).toString()));
        o.insert(QStringLiteral("minimumCents"), dollarsToCents(o.take(QStringLiteral("minimumDollars")).toString()));
    }
}

} // namespace

int currentSchemaVersion(QStringView type) { return type == u"PricingRuleScheduled" ? 2 : 1; }

QByteArray encode(const Event &e)
{
    JsonWriter w;
    writeData(w, e);
    return w.take();
}

void appendAddress(QByteArray &out, const Address &a)
{
    JsonWriter w;
    writeAddress(w, a);
    out.append(w.bytes());
}

Address addressFromJson(const QByteArray &json) { return readAddress(QJsonDocument::fromJson(json).object()); }

std::optional<Event> decode(QStringView type, int schemaVersion, const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    QJsonObject o = doc.object();
    const int current = currentSchemaVersion(type);
    if (schemaVersion > current || schemaVersion < 1)
        return std::nullopt;
    for (int v = schemaVersion; v < current; ++v)
        upcast(type, v, o);

    using namespace ev;
    if (type == u"AccountOpened") return AccountOpened{str(o, "accountId"), str(o, "name")};
    if (type == u"TruckRegistered") return TruckRegistered{str(o, "truckId"), int(num(o, "capacityLb"))};
    if (type == u"ShipmentSubmitted")
        return ShipmentSubmitted{str(o, "shipmentId"), str(o, "accountId"),
                                 readAddress(o.value(QLatin1String("pickup")).toObject()),
                                 readAddress(o.value(QLatin1String("destination")).toObject()),
                                 int(num(o, "weightLb")), num(o, "priceCents"), str(o, "ruleId")};
    if (type == u"ShipmentCancelled") return ShipmentCancelled{str(o, "shipmentId"), str(o, "reason"), str(o, "truckId")};
    if (type == u"ShipmentAssigned") return ShipmentAssigned{str(o, "shipmentId"), str(o, "truckId"), str(o, "previousTruckId")};
    if (type == u"ShipmentShipped") return ShipmentShipped{str(o, "shipmentId"), str(o, "truckId")};
    if (type == u"ShipmentDelivered") return ShipmentDelivered{str(o, "shipmentId"), str(o, "truckId"), str(o, "signedBy")};
    if (type == u"ShipmentUnassigned") return ShipmentUnassigned{str(o, "shipmentId"), str(o, "truckId"), str(o, "reason")};
    if (type == u"TruckBrokeDown") return TruckBrokeDown{str(o, "truckId"), str(o, "reason")};
    if (type == u"TruckReturnedToService") return TruckReturnedToService{str(o, "truckId")};
    if (type == u"PaymentPosted") return PaymentPosted{str(o, "accountId"), num(o, "amountCents"), str(o, "reference")};
    if (type == u"PaymentReversed")
        return PaymentReversed{str(o, "accountId"), str(o, "reference"), num(o, "amountCents"), str(o, "reason")};
    if (type == u"PricingRuleScheduled")
        return PricingRuleScheduled{str(o, "ruleId"), isotime::parse(str(o, "effectiveFrom")).value_or(0),
                                    num(o, "centsPerLb"), num(o, "minimumCents")};
    if (type == u"AccountInvoiced") return AccountInvoiced{str(o, "accountId"), str(o, "shipmentId"), num(o, "amountCents")};
    return std::nullopt;
}

} // namespace hs::eventcodec
