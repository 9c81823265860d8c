#include "strictjson.h"

#include <cctype>
#include <string>
#include <unordered_set>
#include <vector>

namespace hs::strictjson {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

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

// A recursive-descent reading of RFC 8259's grammar that keeps the path of the value it is in.
class Checker
{
public:
    explicit Checker(QByteArrayView text) : m_begin(text.data()), m_p(text.data()), m_end(text.data() + text.size()) {}

    std::optional<Problem> run()
    {
        skipSpace();
        if (value(0)) {
            skipSpace();
            if (m_p != m_end)
                fail("there is more text after the JSON value");
        }
        return m_problem;
    }

private:
    bool value(int depth)
    {
        if (depth >= maxDepth)
            return fail("it is nested more than 32 levels deep");
        if (m_p == m_end)
            return fail("it ends where a value should be");
        switch (*m_p) {
        case '{': return object(depth);
        case '[': return array(depth);
        case '"': return string(nullptr);
        case 't': return literal("true");
        case 'f': return literal("false");
        case 'n': return literal("null");
        default:
            if (*m_p == '-' || isDigit(*m_p) || *m_p == '+' || *m_p == '.')
                return number();
            return fail("a value cannot start with this character");
        }
    }

    bool object(int depth)
    {
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == '}')
            return ++m_p, true;
        std::unordered_set<std::string> names;
        for (;;) {
            skipSpace();
            if (m_p == m_end || *m_p != '"')
                return fail("a name in double quotes was expected");
            std::string name;
            if (!string(&name))
                return false;
            if (!names.insert(name).second)
                return m_path.push_back(name), fail("this name is given twice in one object");
            skipSpace();
            if (m_p == m_end || *m_p != ':')
                return fail("a ':' was expected after the name");
            ++m_p;
            skipSpace();
            m_path.push_back(std::move(name));
            if (!value(depth + 1))
                return false;
            m_path.pop_back();
            if (!endOfMember('}'))
                return false;
            if (*m_p++ == '}')
                return true;
        }
    }

    bool array(int depth)
    {
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == ']')
            return ++m_p, true;
        for (int index = 0;; ++index) {
            skipSpace();
            m_path.push_back('[' + std::to_string(index) + ']');
            if (!value(depth + 1))
                return false;
            m_path.pop_back();
            if (!endOfMember(']'))
                return false;
            if (*m_p++ == ']')
                return true;
        }
    }

    // After a member: a ',' or the closing bracket, left unconsumed.
    bool endOfMember(char close)
    {
        skipSpace();
        if (m_p < m_end && (*m_p == ',' || *m_p == close))
            return true;
        return fail(close == '}' ? "a ',' or '}' was expected" : "a ',' or ']' was expected");
    }

    // decoded, when given, receives the string's value in UTF-8 (for names in the path).
    bool string(std::string *decoded)
    {
        ++m_p;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                return ++m_p, true;
            if (c < 0x20)
                return fail("a string holds a raw control character (it must be escaped)");
            if (c == '\\') {
                if (!escape(decoded))
                    return false;
            } else if (c >= 0x80) {
                if (!utf8Sequence(decoded))
                    return false;
            } else {
                if (decoded)
                    *decoded += char(c);
                ++m_p;
            }
        }
        return fail("a string is not closed");
    }

    bool escape(std::string *decoded)
    {
        if (m_end - m_p < 2)
            return fail("a string is not closed");
        const char c = m_p[1];
        static const char plain[] = "\"\\/bfnrt";
        static const char meaning[] = "\"\\/\b\f\n\r\t";
        for (int i = 0; plain[i]; ++i)
            if (c == plain[i]) {
                if (decoded)
                    *decoded += meaning[i];
                m_p += 2;
                return true;
            }
        if (c != 'u')
            return fail("a string holds an unknown escape");
        char32_t unit = 0;
        if (!hex4(m_p + 2, unit))
            return false;
        m_p += 6;
        if (unit == 0)
            return fail("a string holds \\u0000");
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return fail("a string holds a lone surrogate escape");
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            char32_t low = 0;
            if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u' || !hex4(m_p + 2, low) || low < 0xDC00 || low > 0xDFFF)
                return fail("a string holds a lone surrogate escape");
            m_p += 6;
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        }
        if (decoded)
            appendUtf8(*decoded, unit);
        return true;
    }

    bool hex4(const char *from, char32_t &unit)
    {
        if (m_end - from < 4)
            return fail("a \\u escape needs four hexadecimal digits");
        for (int i = 0; i < 4; ++i) {
            const char h = from[i];
            const int v = isDigit(h) ? h - '0' : (h >= 'a' && h <= 'f') ? h - 'a' + 10 : (h >= 'A' && h <= 'F') ? h - 'A' + 10 : -1;
            if (v < 0)
                return fail("a \\u escape needs four hexadecimal digits");
            unit = unit * 16 + char32_t(v);
        }
        return true;
    }

    // One multi-byte character: shortest form, no surrogates, at most U+10FFFF (RFC 3629).
    bool utf8Sequence(std::string *decoded)
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
        else return fail("the text is not UTF-8");
        if (m_end - m_p <= more)
            return fail("the text is not UTF-8");
        for (int i = 1; i <= more; ++i) {
            const auto b = static_cast<unsigned char>(m_p[i]);
            if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF))
                return fail("the text is not UTF-8");
        }
        if (decoded)
            decoded->append(m_p, size_t(more) + 1);
        m_p += more + 1;
        return true;
    }

    // -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?, and nothing number-like right after it.
    bool number()
    {
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
        return true;
    }

    bool digits()
    {
        const char *start = m_p;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
        return m_p != start;
    }

    bool literal(const char *word)
    {
        const auto n = std::char_traits<char>::length(word);
        if (size_t(m_end - m_p) < n || std::char_traits<char>::compare(m_p, word, n) != 0)
            return fail("a value cannot start with this character");
        m_p += n;
        return true;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool fail(const char *what)
    {
        QString path;
        for (const std::string &segment : m_path) {
            if (!path.isEmpty() && segment.front() != '[')
                path += u'.';
            path += QString::fromUtf8(segment.data(), qsizetype(segment.size()));
        }
        m_problem = Problem{path, QStringLiteral("The line is not valid JSON: %1 (at byte %2).")
                                      .arg(QLatin1String(what)).arg(m_p - m_begin)};
        return false;
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    std::vector<std::string> m_path;
    std::optional<Problem> m_problem;
};

} // namespace

std::optional<Problem> check(QByteArrayView text)
{
    return Checker(text).run();
}

} // namespace hs::strictjson
