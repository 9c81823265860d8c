#include "commandparser.h"

#include "../util/isotime.h"
#include "../util/jsonwriter.h"
#include "../domain/usstates.h"
#include "eventcodec.h"
#include "strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>

namespace hs {

namespace fieldrules {
bool isId(QStringView s)
{
    if (s.isEmpty() || s.size() > 40)
        return false;
    for (QChar c : s) {
        const auto u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')
                        || u == '.' || u == '_' || u == '-';
        if (!ok)
            return false;
    }
    return true;
}
bool isState(QStringView s) { return usstates::isCode(s); }
bool isZip(QStringView s)
{
    if (s.size() != 5)
        return false;
    for (QChar c : s)
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    return true;
}
} // namespace fieldrules

namespace {

struct Invalid
{
    QString field;
    QString message;
};

// Reads one JSON object's fields, remembering the first problem with its path.
class Reader
{
public:
    Reader(const QJsonObject &o, QString path, std::optional<Invalid> &error)
        : m_o(o), m_path(std::move(path)), m_error(error) {}

    // Unknown keys come first: they mean the sender and we disagree about the shape.
    void allowOnly(std::initializer_list<const char *> keys)
    {
        if (m_error)
            return;
        QSet<QString> known;
        for (const char *k : keys)
            known.insert(QString::fromLatin1(k));
        QStringList sorted = m_o.keys();
        for (const QString &k : sorted)
            if (!known.contains(k))
                return fail(k, QStringLiteral("%1 is not a field of this command.").arg(pathOf(k)));
    }

    QString id(const char *key)
    {
        const QString s = string(key);
        if (!m_error && !fieldrules::isId(s))
            fail(key, QStringLiteral("%1 must be 1 to 40 characters of letters, digits, '.', '_' or '-'.").arg(pathOf(key)));
        return s;
    }

    QString text(const char *key, int min, int max)
    {
        const QString s = string(key);
        if (!m_error && (s.size() < min || s.size() > max))
            fail(key, QStringLiteral("%1 must be %2 to %3 characters long.").arg(pathOf(key)).arg(min).arg(max));
        return s;
    }

    std::optional<QString> optionalText(const char *key, int min, int max)
    {
        if (m_error)
            return std::nullopt;
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        return text(key, min, max);
    }

    qint64 integer(const char *key, qint64 min, qint64 max)
    {
        const QJsonValue v = required(key);
        if (m_error)
            return 0;
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || d < double(min) || d > double(max)) {
            fail(key, QStringLiteral("%1 must be a whole number from %2 to %3.")
                          .arg(pathOf(key)).arg(min).arg(max));
            return 0;
        }
        return static_cast<qint64>(d);
    }

    qint64 time(const char *key)
    {
        const QString s = string(key);
        if (m_error)
            return 0;
        const auto t = isotime::parse(s);
        if (!t) {
            fail(key, QStringLiteral("%1 must be an ISO 8601 date and time with a zone, such as "
                                     "2026-01-05T10:15:00Z.").arg(pathOf(key)));
            return 0;
        }
        return *t;
    }

    QJsonObject object(const char *key)
    {
        const QJsonValue v = required(key);
        if (m_error)
            return {};
        if (!v.isObject())
            fail(key, QStringLiteral("%1 must be an object.").arg(pathOf(key)));
        return v.toObject();
    }

    Address address(const char *key)
    {
        const QJsonObject o = object(key);
        Address a;
        if (m_error)
            return a;
        Reader r(o, pathOf(key), m_error);
        r.allowOnly({"name", "line1", "line2", "city", "state", "zip"});
        a.name = r.text("name", 1, fieldrules::maxTextLength);
        a.line1 = r.text("line1", 1, fieldrules::maxTextLength);
        a.line2 = r.optionalText("line2", 1, fieldrules::maxTextLength);
        a.city = r.text("city", 1, fieldrules::maxTextLength);
        a.state = r.string("state");
        if (!m_error && !fieldrules::isState(a.state))
            r.fail("state", QStringLiteral("%1.state must be a US state, DC or territory postal code, such as NE.").arg(pathOf(key)));
        a.zip = r.string("zip");
        if (!m_error && !fieldrules::isZip(a.zip))
            r.fail("zip", QStringLiteral("%1.zip must be five digits.").arg(pathOf(key)));
        return a;
    }

    QString string(const char *key)
    {
        const QJsonValue v = required(key);
        if (m_error)
            return {};
        if (!v.isString()) {
            fail(key, QStringLiteral("%1 must be a string.").arg(pathOf(key)));
            return {};
        }
        return v.toString();
    }

    QJsonValue required(const char *key)
    {
        if (m_error)
            return {};
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            fail(key, QStringLiteral("%1 is missing.").arg(pathOf(key)));
        return v;
    }

    void fail(const QString &key, const QString &message)
    {
        if (!m_error)
            m_error = Invalid{pathOf(key), message};
    }
    void fail(const char *key, const QString &message) { fail(QString::fromLatin1(key), message); }

    QString pathOf(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    QString pathOf(const char *key) const { return pathOf(QString::fromLatin1(key)); }

private:
    const QJsonObject &m_o;
    QString m_path;
    std::optional<Invalid> &m_error;
};

std::optional<Command> readData(const QString &type, Reader &r)
{
    using namespace cmd;
    using namespace fieldrules;
    if (type == u"OpenAccount") {
        r.allowOnly({"accountId", "name"});
        return OpenAccount{r.id("accountId"), r.text("name", 1, fieldrules::maxTextLength)};
    }
    if (type == u"RegisterTruck") {
        r.allowOnly({"truckId", "capacityLb"});
        return RegisterTruck{r.id("truckId"), int(r.integer("capacityLb", 1, maxCapacityLb))};
    }
    if (type == u"SubmitShipment") {
        r.allowOnly({"shipmentId", "accountId", "pickup", "destination", "weightLb"});
        SubmitShipment c;
        c.shipmentId = r.id("shipmentId");
        c.accountId = r.id("accountId");
        c.pickup = r.address("pickup");
        c.destination = r.address("destination");
        c.weightLb = int(r.integer("weightLb", 1, maxWeightLb));
        return c;
    }
    if (type == u"CancelShipment") {
        r.allowOnly({"shipmentId", "reason"});
        return CancelShipment{r.id("shipmentId"), r.text("reason", 1, fieldrules::maxReasonLength)};
    }
    if (type == u"AssignTruck") {
        r.allowOnly({"shipmentId", "truckId"});
        return AssignTruck{r.id("shipmentId"), r.id("truckId")};
    }
    if (type == u"ShipShipment") {
        r.allowOnly({"shipmentId"});
        return ShipShipment{r.id("shipmentId")};
    }
    if (type == u"DeliverShipment") {
        r.allowOnly({"shipmentId", "signedBy"});
        return DeliverShipment{r.id("shipmentId"), r.text("signedBy", 1, fieldrules::maxTextLength)};
    }
    if (type == u"ReportBreakdown") {
        r.allowOnly({"truckId", "reason"});
        return ReportBreakdown{r.id("truckId"), r.text("reason", 1, fieldrules::maxReasonLength)};
    }
    if (type == u"ReturnTruckToService") {
        r.allowOnly({"truckId"});
        return ReturnTruckToService{r.id("truckId")};
    }
    if (type == u"PostPayment") {
        r.allowOnly({"accountId", "amountCents", "reference"});
        PostPayment c;
        c.accountId = r.id("accountId");
        c.amountCents = r.integer("amountCents", 1, maxAmountCents);
        c.reference = r.id("reference");
        return c;
    }
    if (type == u"ReversePayment") {
        r.allowOnly({"accountId", "reference", "reason"});
        return ReversePayment{r.id("accountId"), r.id("reference"), r.text("reason", 1, fieldrules::maxReasonLength)};
    }
    if (type == u"SchedulePricingRule") {
        r.allowOnly({"ruleId", "effectiveFrom", "centsPerLb", "minimumCents"});
        SchedulePricingRule c;
        c.ruleId = r.id("ruleId");
        c.effectiveFrom = r.time("effectiveFrom");
        c.centsPerLb = r.integer("centsPerLb", 1, maxCentsPerLb);
        c.minimumCents = r.integer("minimumCents", 0, maxAmountCents);
        return c;
    }
    if (type == u"InvoiceAccount") {
        r.allowOnly({"accountId", "shipmentId", "amountCents"});
        InvoiceAccount c;
        c.accountId = r.id("accountId");
        c.shipmentId = r.id("shipmentId");
        c.amountCents = r.integer("amountCents", 1, maxAmountCents);
        return c;
    }
    if (type == u"UnassignShipment") {
        r.allowOnly({"shipmentId", "reason"});
        return UnassignShipment{r.id("shipmentId"), r.text("reason", 1, fieldrules::maxReasonLength)};
    }
    return std::nullopt;
}

ParsedCommand invalid(ParsedCommand p, const QString &field, const QString &message)
{
    p.rejection = Rejection{RejectionCode::Invalid, message, field};
    return p;
}

} // namespace

ParsedCommand parsedFrom(CommandEnvelope command)
{
    ParsedCommand p;
    p.commandId = command.commandId;
    p.type = commandTypeName(command.command);
    p.issuedAt = command.issuedAt;
    p.actor = command.actor;
    p.envelope = std::move(command);
    return p;
}

ParsedCommand parseCommandLine(const QByteArray &line)
{
    ParsedCommand p;
    if (line.size() > maxCommandLineBytes)
        return invalid(p, {}, QStringLiteral("The command line is longer than 64 KiB."));
    if (line.trimmed().isEmpty())
        return invalid(p, {}, QStringLiteral("The line is empty; a command is one JSON object."));
    if (const auto problem = strictjson::check(line))
        return invalid(p, problem->field, problem->message);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError)
        return invalid(p, {}, QStringLiteral("The line is not valid JSON (%1 at offset %2).")
                                  .arg(err.errorString()).arg(err.offset));
    if (!doc.isObject())
        return invalid(p, {}, QStringLiteral("A command must be a JSON object."));
    return parseCommandObject(doc.object());
}

ParsedCommand parseCommandObject(const QJsonObject &o)
{
    ParsedCommand p;
    const QJsonValue id = o.value(QLatin1String("commandId"));
    if (!id.isString() || id.toString().isEmpty())
        return invalid(p, QStringLiteral("commandId"),
                       id.isUndefined() ? QStringLiteral("commandId is missing.")
                                        : QStringLiteral("commandId must be a non-empty string."));
    p.commandId = id.toString();

    // What the log can keep even if something else is wrong.
    if (o.value(QLatin1String("type")).isString())
        p.type = o.value(QLatin1String("type")).toString();
    if (o.value(QLatin1String("issuedAt")).isString())
        p.issuedAt = isotime::parse(o.value(QLatin1String("issuedAt")).toString());
    const QJsonObject actorObject = o.value(QLatin1String("actor")).toObject();
    if (actorObject.value(QLatin1String("user")).isString()) {
        if (auto d = departmentFromName(actorObject.value(QLatin1String("department")).toString()))
            p.actor = Actor{actorObject.value(QLatin1String("user")).toString(), *d};
    }

    std::optional<Invalid> error;
    Reader top(o, {}, error);
    top.allowOnly({"commandId", "type", "issuedAt", "actor", "data"});
    const QString type = top.string("type");
    const qint64 issuedAt = top.time("issuedAt");
    const QJsonObject actor = top.object("actor");
    Actor who;
    if (!error) {
        Reader a(actor, QStringLiteral("actor"), error);
        a.allowOnly({"user", "department"});
        who.user = a.text("user", 1, fieldrules::maxTextLength);
        const QString dept = a.string("department");
        if (!error) {
            if (auto d = departmentFromName(dept))
                who.department = *d;
            else
                a.fail("department", QStringLiteral("actor.department must be customer-service, dispatch or finance."));
        }
    }
    const QJsonObject data = top.object("data");
    if (error)
        return invalid(p, error->field, error->message);
    if (!isCommandType(type)) {
        p.rejection = Rejection{RejectionCode::UnknownCommand,
                                QStringLiteral("%1 is not a command Haulstream knows.").arg(type), {}};
        return p;
    }
    Reader d(data, QStringLiteral("data"), error);
    std::optional<Command> command = readData(type, d);
    if (error)
        return invalid(p, error->field, error->message);
    p.envelope = CommandEnvelope{*p.commandId, issuedAt, who, std::move(*command), {}, {}};
    return p;
}

} // namespace hs

namespace hs {

QByteArray encodeCommandData(const Command &c)
{
    JsonWriter w;
    w.beginObject();
    auto address = [&](const char *k, const Address &a) {
        QByteArray out;
        eventcodec::appendAddress(out, a);
        w.key(k).raw(out);
    };
    std::visit(
        [&](const auto &x) {
            using T = std::decay_t<decltype(x)>;
            using namespace cmd;
            if constexpr (std::is_same_v<T, OpenAccount>) {
                w.field("accountId", x.accountId).field("name", x.name);
            } else if constexpr (std::is_same_v<T, RegisterTruck>) {
                w.field("truckId", x.truckId).field("capacityLb", x.capacityLb);
            } else if constexpr (std::is_same_v<T, SubmitShipment>) {
                w.field("shipmentId", x.shipmentId).field("accountId", x.accountId);
                address("pickup", x.pickup);
                address("destination", x.destination);
                w.field("weightLb", x.weightLb);
            } else if constexpr (std::is_same_v<T, CancelShipment> || std::is_same_v<T, UnassignShipment>) {
                w.field("shipmentId", x.shipmentId).field("reason", x.reason);
            } else if constexpr (std::is_same_v<T, AssignTruck>) {
                w.field("shipmentId", x.shipmentId).field("truckId", x.truckId);
            } else if constexpr (std::is_same_v<T, ShipShipment>) {
                w.field("shipmentId", x.shipmentId);
            } else if constexpr (std::is_same_v<T, DeliverShipment>) {
                w.field("shipmentId", x.shipmentId).field("signedBy", x.signedBy);
            } else if constexpr (std::is_same_v<T, ReportBreakdown>) {
                w.field("truckId", x.truckId).field("reason", x.reason);
            } else if constexpr (std::is_same_v<T, ReturnTruckToService>) {
                w.field("truckId", x.truckId);
            } else if constexpr (std::is_same_v<T, PostPayment>) {
                w.field("accountId", x.accountId).field("amountCents", x.amountCents).field("reference", x.reference);
            } else if constexpr (std::is_same_v<T, ReversePayment>) {
                w.field("accountId", x.accountId).field("reference", x.reference).field("reason", x.reason);
            } else if constexpr (std::is_same_v<T, SchedulePricingRule>) {
                w.field("ruleId", x.ruleId);
                w.key("effectiveFrom").time(x.effectiveFrom);
                w.field("centsPerLb", x.centsPerLb).field("minimumCents", x.minimumCents);
            } else if constexpr (std::is_same_v<T, InvoiceAccount>) {
                w.field("accountId", x.accountId).field("shipmentId", x.shipmentId).field("amountCents", x.amountCents);
            }
        },
        c);
    w.endObject();
    return w.take();
}

QByteArray encodeCommandLine(const CommandEnvelope &c)
{
    JsonWriter w;
    w.beginObject().field("commandId", c.commandId).field("type", commandTypeName(c.command));
    w.key("issuedAt").time(c.issuedAt);
    w.key("actor").beginObject().field("user", c.actor.user).field("department", departmentName(c.actor.department)).endObject();
    w.key("data").raw(encodeCommandData(c.command));
    w.endObject();
    return w.take();
}

} // namespace hs
