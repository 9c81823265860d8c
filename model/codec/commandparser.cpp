#include "commandparser.h"

#include "../util/isotime.h"
#include "../util/jsonwriter.h"
#include "../domain/usstates.h"
#include "eventcodec.h"
#include "fieldcodec.h"
#include "strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
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
    void allowOnly(const QStringList &known)
    {
        if (m_error)
            return;
        const QStringList sorted = m_o.keys();
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
        if (m_error || isAbsent(key))
            return std::nullopt;
        return text(key, min, max);
    }

    // Absent or null: an optional field not given.
    bool isAbsent(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        return v.isUndefined() || v.isNull();
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

    std::optional<qint64> optionalTime(const char *key)
    {
        if (m_error || isAbsent(key))
            return std::nullopt;
        return time(key);
    }

    std::optional<qint64> optionalInteger(const char *key, qint64 min, qint64 max)
    {
        if (m_error || isAbsent(key))
            return std::nullopt;
        return integer(key, min, max);
    }

    // Always given, but may be null.
    std::optional<qint64> nullableInteger(const char *key, qint64 min, qint64 max)
    {
        required(key);
        return optionalInteger(key, min, max);
    }

    // Absent or null: `fallback`.
    qint64 integerOr(const char *key, qint64 min, qint64 max, qint64 fallback)
    {
        if (m_error || isAbsent(key))
            return fallback;
        return integer(key, min, max);
    }

    // A customer's words (a PO number): anything printable, no control characters.
    std::optional<QString> optionalPrintable(const char *key, int min, int max)
    {
        std::optional<QString> s = optionalText(key, min, max);
        if (s && std::any_of(s->cbegin(), s->cend(), [](QChar c) { return !c.isPrint(); }))
            fail(key, QStringLiteral("%1 must be printable characters only.").arg(pathOf(key)));
        return s;
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
        r.allowOnly({QStringLiteral("name"), QStringLiteral("line1"), QStringLiteral("line2"), QStringLiteral("city"), QStringLiteral("state"), QStringLiteral("zip")});
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

// The strict read of one field, by its rule in the message table.
template <typename M, typename F> void readField(Reader &r, M &m, const F &f)
{
    auto &out = m.*f.member;
    using V = std::decay_t<decltype(out)>;
    if constexpr (std::is_same_v<V, Address>)
        out = r.address(f.name);
    else if constexpr (std::is_same_v<V, std::optional<QString>>)
        out = r.optionalPrintable(f.name, int(f.min), int(f.max));
    else if constexpr (std::is_same_v<V, std::optional<qint64>>) {
        if (f.rule == Rule::NullableTime)
            out = r.optionalTime(f.name);
        else if (f.rule == Rule::NullableCents)
            out = r.nullableInteger(f.name, f.min, f.max);
        else
            out = r.optionalInteger(f.name, f.min, f.max);
    } else if constexpr (std::is_same_v<V, QString>)
        out = f.rule == Rule::Text ? r.text(f.name, int(f.min), int(f.max)) : r.id(f.name);
    else if (f.rule == Rule::Time)
        out = r.time(f.name);
    else if (f.rule == Rule::WholeOrDefault)
        out = static_cast<V>(r.integerOr(f.name, f.min, f.max, f.fallback));
    else
        out = static_cast<V>(r.integer(f.name, f.min, f.max));
}

// A command's data: unknown keys first, then each field in the row's order.
template <typename T> struct ReadData
{
    static Command call(Reader &r)
    {
        QStringList keys;
        forEachField<T>([&](const auto &f) { keys << QString::fromLatin1(f.name); });
        r.allowOnly(keys);
        T c{};
        forEachField<T>([&](const auto &f) { readField(r, c, f); });
        return c;
    }
};

std::optional<Command> readData(const QString &type, Reader &r)
{
    static constexpr auto readers = perAlternative<Command, ReadData>();
    const auto i = typeNamesOf<Command>().indexOf(type);
    if (i < 0)
        return std::nullopt;
    return readers[i](r);
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
    top.allowOnly({QStringLiteral("commandId"), QStringLiteral("type"), QStringLiteral("issuedAt"), QStringLiteral("actor"), QStringLiteral("data")});
    const QString type = top.string("type");
    const qint64 issuedAt = top.time("issuedAt");
    const QJsonObject actor = top.object("actor");
    Actor who;
    if (!error) {
        Reader a(actor, QStringLiteral("actor"), error);
        a.allowOnly({QStringLiteral("user"), QStringLiteral("department")});
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
    return std::visit([](const auto &x) { return fieldcodec::encode(x); }, c);
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
