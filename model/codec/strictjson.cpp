#include "strictjson.h"

#include <charconv>
#include <string>
#include <unordered_set>

namespace hs::strictjson {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

int hexDigit(char h)
{
    return isDigit(h) ? h - '0' : (h >= 'a' && h <= 'f') ? h - 'a' + 10 : (h >= 'A' && h <= 'F') ? h - 'A' + 10 : -1;
}

char32_t hex4(const char *from)
{
    char32_t unit = 0;
    for (int i = 0; i < 4; ++i)
        unit = unit * 16 + char32_t(hexDigit(from[i]));
    return unit;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

const char plainEscapes[] = "\"\\/bfnrt";
const char escapeMeanings[] = "\"\\/\b\f\n\r\t";

// A checked string's value in UTF-8, its escapes resolved.
std::string decoded(QByteArrayView raw)
{
    std::string out;
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p < end) {
        if (*p != '\\') {
            out += *p++;
            continue;
        }
        if (p[1] != 'u') {
            out += escapeMeanings[std::char_traits<char>::find(plainEscapes, 8, p[1]) - plainEscapes];
            p += 2;
            continue;
        }
        char32_t unit = hex4(p + 2);
        p += 6;
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            unit = 0x10000 + ((unit - 0xD800) << 10) + (hex4(p + 2) - 0xDC00);
            p += 6;
        }
        appendUtf8(out, unit);
    }
    return out;
}

bool sameName(QByteArrayView a, bool aEscaped, QByteArrayView b, bool bEscaped)
{
    if (!aEscaped && !bEscaped)
        return a == b;
    return (aEscaped ? decoded(a) : std::string(a.data(), size_t(a.size())))
           == (bEscaped ? decoded(b) : std::string(b.data(), size_t(b.size())));
}

// Where the checker is: a member's name, or an array's element (index >= 0).
struct Segment
{
    QByteArrayView name;
    bool escaped = false;
    int index = -1;
};

using Kind = Node::Kind;

// A recursive-descent reading of RFC 8259's grammar that keeps the path of the value it is
// in and puts each value into the document. Each step returns its value's node, -1 on failure.
class Checker
{
public:
    Checker(QByteArrayView text, Document &document)
        : m_begin(text.data()), m_p(text.data()), m_end(text.data() + text.size()), m_doc(document)
    {
        m_doc.nodes.clear();
    }

    std::optional<Problem> run()
    {
        skipSpace();
        if (value(0) >= 0) {
            skipSpace();
            if (m_p != m_end)
                fail("there is more text after the JSON value");
        }
        return m_problem;
    }

private:
    int value(int depth)
    {
        if (depth >= maxDepth)
            return fail("it is nested more than 32 levels deep");
        if (m_p == m_end)
            return fail("it ends where a value should be");
        switch (*m_p) {
        case '{': return object(depth);
        case '[': return array(depth);
        case '"': return stringValue();
        case 't': return literal("true", Kind::True);
        case 'f': return literal("false", Kind::False);
        case 'n': return literal("null", Kind::Null);
        default:
            if (*m_p == '-' || isDigit(*m_p) || *m_p == '+' || *m_p == '.')
                return number();
            return fail("a value cannot start with this character");
        }
    }

    int add(Kind kind)
    {
        m_doc.nodes.push_back(Node{kind});
        return int(m_doc.nodes.size()) - 1;
    }

    // Links member after last in its parent's list.
    void link(int parent, int &last, int member)
    {
        (last < 0 ? m_doc.nodes[parent].first : m_doc.nodes[last].next) = member;
        last = member;
    }

    int object(int depth)
    {
        const int self = add(Kind::Object);
        const char *open = m_p;
        const auto closed = [&] {
            m_doc.nodes[self].raw = QByteArrayView(open, m_p - open);
            return self;
        };
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == '}')
            return ++m_p, closed();
        std::unordered_set<std::string> manyNames; // only for objects too large to compare names one by one
        int last = -1;
        for (int count = 1;; ++count) {
            skipSpace();
            if (m_p == m_end || *m_p != '"')
                return fail("a name in double quotes was expected");
            QByteArrayView name;
            bool escaped = false;
            if (!string(name, escaped))
                return -1;
            if (isRepeated(self, name, escaped, count, manyNames))
                return m_path.push_back({name, escaped}), fail("this name is given twice in one object");
            skipSpace();
            if (m_p == m_end || *m_p != ':')
                return fail("a ':' was expected after the name");
            ++m_p;
            skipSpace();
            m_path.push_back({name, escaped});
            const int member = value(depth + 1);
            if (member < 0)
                return -1;
            m_path.pop_back();
            m_doc.nodes[member].name = name;
            m_doc.nodes[member].nameEscaped = escaped;
            link(self, last, member);
            if (!endOfMember('}'))
                return -1;
            if (*m_p++ == '}')
                return closed();
        }
    }

    // Whether the count-th name of object was given before it.
    bool isRepeated(int object, QByteArrayView name, bool escaped, int count, std::unordered_set<std::string> &many)
    {
        constexpr int compareUpTo = 16;
        const auto key = [](QByteArrayView n, bool e) { return e ? decoded(n) : std::string(n.data(), size_t(n.size())); };
        if (count <= compareUpTo) {
            for (int m = m_doc.nodes[object].first; m >= 0; m = m_doc.nodes[m].next)
                if (sameName(m_doc.nodes[m].name, m_doc.nodes[m].nameEscaped, name, escaped))
                    return true;
            return false;
        }
        if (count == compareUpTo + 1)
            for (int m = m_doc.nodes[object].first; m >= 0; m = m_doc.nodes[m].next)
                many.insert(key(m_doc.nodes[m].name, m_doc.nodes[m].nameEscaped));
        return !many.insert(key(name, escaped)).second;
    }

    int array(int depth)
    {
        const int self = add(Kind::Array);
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == ']')
            return ++m_p, self;
        int last = -1;
        for (int index = 0;; ++index) {
            skipSpace();
            m_path.push_back({{}, false, index});
            const int element = value(depth + 1);
            if (element < 0)
                return -1;
            m_path.pop_back();
            link(self, last, element);
            if (!endOfMember(']'))
                return -1;
            if (*m_p++ == ']')
                return self;
        }
    }

    // After a member: a ',' or the closing bracket, left unconsumed.
    bool endOfMember(char close)
    {
        skipSpace();
        if (m_p < m_end && (*m_p == ',' || *m_p == close))
            return true;
        return refuse(close == '}' ? "a ',' or '}' was expected" : "a ',' or ']' was expected");
    }

    int stringValue()
    {
        QByteArrayView raw;
        bool escaped = false;
        if (!string(raw, escaped))
            return -1;
        const int self = add(Kind::String);
        m_doc.nodes[self].raw = raw;
        m_doc.nodes[self].escaped = escaped;
        return self;
    }

    // raw receives what lies between the quotes.
    bool string(QByteArrayView &raw, bool &escaped)
    {
        ++m_p;
        const char *start = m_p;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                raw = QByteArrayView(start, m_p - start);
                return ++m_p, true;
            }
            if (c < 0x20)
                return refuse("a string holds a raw control character (it must be escaped)");
            if (c == '\\') {
                escaped = true;
                if (!escape())
                    return false;
            } else if (c >= 0x80) {
                if (!utf8Sequence())
                    return false;
            } else {
                ++m_p;
            }
        }
        return refuse("a string is not closed");
    }

    bool escape()
    {
        if (m_end - m_p < 2)
            return refuse("a string is not closed");
        const char c = m_p[1];
        if (c != 'u' && c != '\0' && std::char_traits<char>::find(plainEscapes, 8, c)) {
            m_p += 2;
            return true;
        }
        if (c != 'u')
            return refuse("a string holds an unknown escape");
        if (!isHex4(m_p + 2))
            return false;
        const char32_t unit = hex4(m_p + 2);
        m_p += 6;
        if (unit == 0)
            return refuse("a string holds \\u0000");
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return refuse("a string holds a lone surrogate escape");
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u' || !isHex4(m_p + 2) || hex4(m_p + 2) < 0xDC00
                || hex4(m_p + 2) > 0xDFFF)
                return refuse("a string holds a lone surrogate escape");
            m_p += 6;
        }
        return true;
    }

    bool isHex4(const char *from)
    {
        if (m_end - from < 4)
            return refuse("a \\u escape needs four hexadecimal digits");
        for (int i = 0; i < 4; ++i)
            if (hexDigit(from[i]) < 0)
                return refuse("a \\u escape needs four hexadecimal digits");
        return true;
    }

    // One multi-byte character: shortest form, no surrogates, at most U+10FFFF (RFC 3629).
    bool utf8Sequence()
    {
        const auto lead = static_cast<unsigned char>(*m_p);
        int more = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) more = 1;
        else if (lead == 0xE0) more = 2, lo = 0xA0;
        else if (lead == 0xED) more = 2, hi = 0x9F;
        else if (lead >= 0xE1 && lead <= 0xEF) more = 2;
        else if (lead == 0xF0) more = 3, lo = 0x90;
        else if (lead == 0xF4) more = 3, hi = 0x8F;
        else if (lead >= 0xF1 && lead <= 0xF3) more = 3;
        else return refuse("the text is not UTF-8");
        if (m_end - m_p <= more)
            return refuse("the text is not UTF-8");
        for (int i = 1; i <= more; ++i) {
            const auto b = static_cast<unsigned char>(m_p[i]);
            if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF))
                return refuse("the text is not UTF-8");
        }
        m_p += more + 1;
        return true;
    }

    // -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?, and nothing number-like right after
    // it; within a double's range (Qt's reader refuses the rest).
    int number()
    {
        const char *start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0')
            ++m_p;
        else if (!digits())
            return fail("a number is malformed");
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return fail("a number is malformed");
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return fail("a number is malformed");
        }
        if (m_p < m_end && (std::isalnum(static_cast<unsigned char>(*m_p)) || *m_p == '.' || *m_p == '+' || *m_p == '-'))
            return fail("a number is malformed");
        double value = 0;
        if (std::from_chars(start, m_p, value).ec != std::errc())
            return fail("a number is out of range");
        const int self = add(Kind::Number);
        m_doc.nodes[self].number = value;
        return self;
    }

    bool digits()
    {
        const char *start = m_p;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
        return m_p != start;
    }

    int literal(const char *word, Kind kind)
    {
        const auto n = std::char_traits<char>::length(word);
        if (size_t(m_end - m_p) < n || std::char_traits<char>::compare(m_p, word, n) != 0)
            return fail("a value cannot start with this character");
        m_p += n;
        return add(kind);
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    int fail(const char *what)
    {
        QString path;
        for (const Segment &segment : m_path) {
            if (segment.index >= 0) {
                path += u'[' + QString::number(segment.index) + u']';
                continue;
            }
            const QString name = text(segment.name, segment.escaped);
            if (!path.isEmpty() && !name.startsWith(u'['))
                path += u'.';
            path += name;
        }
        m_problem = Problem{path, QStringLiteral("The line is not valid JSON: %1 (at byte %2).")
                                      .arg(QLatin1String(what)).arg(m_p - m_begin)};
        return -1;
    }
    bool refuse(const char *what) { return fail(what) >= 0; }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    Document &m_doc;
    std::vector<Segment> m_path;
    std::optional<Problem> m_problem;
};

} // namespace

int Document::member(int object, QByteArrayView name) const
{
    for (int m = nodes[size_t(object)].first; m >= 0; m = nodes[size_t(m)].next)
        if (sameName(nodes[size_t(m)].name, nodes[size_t(m)].nameEscaped, name, false))
            return m;
    return -1;
}

QString text(QByteArrayView raw, bool escaped)
{
    if (!escaped)
        return QString::fromUtf8(raw);
    const std::string value = decoded(raw);
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

std::optional<Problem> check(QByteArrayView text, Document *document)
{
    Document scratch;
    return Checker(text, document ? *document : scratch).run();
}

} // namespace hs::strictjson
