#include "commandparser.h"

#include "../util/isotime.h"
#include "../util/jsonwriter.h"
#include "../domain/usstates.h"
#include "eventcodec.h"
#include "fieldcodec.h"
#include "strictjson.h"

#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <span>

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

using strictjson::Node;

// Reads one JSON object's fields, remembering the first problem with its path.
class Reader
{
public:
    Reader(const strictjson::Document &doc, int object, QString path, std::optional<Invalid> &error)
        : m_doc(doc), m_object(object), m_path(std::move(path)), m_error(error) {}

    // Unknown keys come first: they mean the sender and we disagree about the shape. The first
    // in the order of names is named.
    void allowOnly(std::span<const char *const> known)
    {
        if (m_error)
            return;
        std::optional<QString> unknown;
        for (int m = node(m_object).first; m >= 0; m = node(m).next) {
            const Node &n = node(m);
            const QString escapedName = n.nameEscaped ? strictjson::text(n.name, true) : QString();
            const bool listed = std::any_of(known.begin(), known.end(), [&](const char *k) {
                return n.nameEscaped ? escapedName == QLatin1String(k) : n.name == QByteArrayView(k);
            });
            if (listed)
                continue;
            const QString name = n.nameEscaped ? escapedName : strictjson::text(n.name, false);
            if (!unknown || name < *unknown)
                unknown = name;
        }
        if (unknown)
            fail(*unknown, QStringLiteral("%1 is not a field of this command.").arg(pathOf(*unknown)));
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
        const int m = m_doc.member(m_object, key);
        return m < 0 || node(m).kind == Node::Kind::Null;
    }

    qint64 integer(const char *key, qint64 min, qint64 max)
    {
        const int m = required(key);
        if (m_error)
            return 0;
        const double d = node(m).number;
        if (node(m).kind != Node::Kind::Number || std::floor(d) != d || d < double(min) || d > double(max)) {
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

    // The object's node, or -1 once something is wrong.
    int object(const char *key)
    {
        const int m = required(key);
        if (m_error)
            return -1;
        if (node(m).kind != Node::Kind::Object) {
            fail(key, QStringLiteral("%1 must be an object.").arg(pathOf(key)));
            return -1;
        }
        return m;
    }

    Address address(const char *key)
    {
        const int o = object(key);
        Address a;
        if (m_error)
            return a;
        static constexpr const char *fields[] = {"name", "line1", "line2", "city", "state", "zip"};
        Reader r(m_doc, o, pathOf(key), m_error);
        r.allowOnly(fields);
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
        const int m = required(key);
        if (m_error)
            return {};
        if (node(m).kind != Node::Kind::String) {
            fail(key, QStringLiteral("%1 must be a string.").arg(pathOf(key)));
            return {};
        }
        return strictjson::text(node(m).raw, node(m).escaped);
    }

    // The member's node; -1 (and a problem) when it is missing.
    int required(const char *key)
    {
        if (m_error)
            return -1;
        const int m = m_doc.member(m_object, key);
        if (m < 0)
            fail(key, QStringLiteral("%1 is missing.").arg(pathOf(key)));
        return m;
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
    const Node &node(int i) const { return m_doc.nodes[size_t(i)]; }
    const strictjson::Document &m_doc;
    int m_object;
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
        static const std::vector<const char *> keys = [] {
            std::vector<const char *> k;
            forEachField<T>([&](const auto &f) { k.push_back(f.name); });
            return k;
        }();
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

// A member's string value, if it is one.
std::optional<QString> stringMember(const strictjson::Document &doc, int object, const char *key)
{
    const int m = object < 0 ? -1 : doc.member(object, key);
    if (m < 0 || doc.nodes[size_t(m)].kind != Node::Kind::String)
        return std::nullopt;
    return strictjson::text(doc.nodes[size_t(m)].raw, doc.nodes[size_t(m)].escaped);
}

// What the log can keep of a command even if something else about it is wrong.
void noteWhatCanBeKept(ParsedCommand &p, const strictjson::Document &doc)
{
    if (auto type = stringMember(doc, 0, "type"))
        p.type = *type;
    if (auto issued = stringMember(doc, 0, "issuedAt"))
        p.issuedAt = isotime::parse(*issued);
    const int actor = doc.member(0, "actor");
    const int actorObject = actor >= 0 && doc.nodes[size_t(actor)].kind == Node::Kind::Object ? actor : -1;
    if (auto user = stringMember(doc, actorObject, "user"))
        if (auto d = departmentFromName(stringMember(doc, actorObject, "department").value_or(QString())))
            p.actor = Actor{*user, *d};
}

// Why one function: the envelope's checks in the order their problems are reported.
ParsedCommand parseDocument(const strictjson::Document &doc)
{
    ParsedCommand p;
    const int idNode = doc.member(0, "commandId");
    const std::optional<QString> id = stringMember(doc, 0, "commandId");
    if (!id || id->isEmpty())
        return invalid(p, QStringLiteral("commandId"),
                       idNode < 0 ? QStringLiteral("commandId is missing.")
                                  : QStringLiteral("commandId must be a non-empty string."));
    p.commandId = *id;
    noteWhatCanBeKept(p, doc);

    std::optional<Invalid> error;
    Reader top(doc, 0, {}, error);
    static constexpr const char *envelopeKeys[] = {"commandId", "type", "issuedAt", "actor", "data"};
    top.allowOnly(envelopeKeys);
    const QString type = top.string("type");
    const qint64 issuedAt = top.time("issuedAt");
    const int actor = top.object("actor");
    Actor who;
    if (!error) {
        static constexpr const char *actorKeys[] = {"user", "department"};
        Reader a(doc, actor, QStringLiteral("actor"), error);
        a.allowOnly(actorKeys);
        who.user = a.text("user", 1, fieldrules::maxTextLength);
        const QString dept = a.string("department");
        if (!error) {
            if (auto d = departmentFromName(dept))
                who.department = *d;
            else
                a.fail("department", QStringLiteral("actor.department must be customer-service, dispatch or finance."));
        }
    }
    const int data = top.object("data");
    if (error)
        return invalid(p, error->field, error->message);
    if (!isCommandType(type)) {
        p.rejection = Rejection{RejectionCode::UnknownCommand,
                                QStringLiteral("%1 is not a command Haulstream knows.").arg(type), {}};
        return p;
    }
    Reader d(doc, data, QStringLiteral("data"), error);
    std::optional<Command> command = readData(type, d);
    if (error)
        return invalid(p, error->field, error->message);
    p.envelope = CommandEnvelope{*p.commandId, issuedAt, who, std::move(*command), {}, {}};
    p.data = doc.nodes[size_t(data)].raw.toByteArray();
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
    thread_local strictjson::Document doc; // keeps its capacity from line to line
    if (const auto problem = strictjson::check(line, &doc))
        return invalid(p, problem->field, problem->message);
    if (doc.nodes.front().kind != Node::Kind::Object)
        return invalid(p, {}, QStringLiteral("A command must be a JSON object."));
    return parseDocument(doc);
}

ParsedCommand parseCommandObject(const QJsonObject &o)
{
    return parseCommandLine(QJsonDocument(o).toJson(QJsonDocument::Compact));
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
