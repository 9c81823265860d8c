#include "jsonwriter.h"

#include "isotime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cstring>

namespace hs {

namespace {

// One byte of a string's UTF-8 as JSON writes it; returns the end.
char *escaped(char *out, char ch)
{
    static const char hex[] = "0123456789abcdef";
    const auto c = static_cast<unsigned char>(ch);
    const auto two = [&](char second) {
        out[0] = '\\';
        out[1] = second;
        return out + 2;
    };
    switch (c) {
    case '"': return two('"');
    case '\\': return two('\\');
    case '\n': return two('n');
    case '\r': return two('r');
    case '\t': return two('t');
    case '\b': return two('b');
    case '\f': return two('f');
    default:
        if (c >= 0x20) {
            *out = ch;
            return out + 1;
        }
        out[0] = '\\', out[1] = 'u', out[2] = '0', out[3] = '0', out[4] = hex[c >> 4], out[5] = hex[c & 15];
        return out + 6;
    }
}

} // namespace

void JsonWriter::separate()
{
    if (m_needComma)
        m_out.append(',');
    m_needComma = true;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out.append('}');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out.append(']');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    // In one step: QByteArray::append of a C string goes through a general insert each time.
    const size_t n = std::strlen(name);
    const qsizetype at = m_out.size();
    m_out.resize(at + qsizetype(n) + 4);
    char *p = m_out.data() + at;
    if (m_needComma)
        *p++ = ',';
    *p++ = '"';
    std::memcpy(p, name, n);
    p += n;
    *p++ = '"';
    *p++ = ':';
    m_out.resize(p - m_out.constData());
    m_needComma = false;
    return *this;
}

void JsonWriter::appendString(QByteArray &out, QStringView s)
{
    // Room for the worst case (\u00XX for each unit), so that ASCII goes in without a check per
    // character; from the first other character on, its UTF-8 is escaped byte by byte.
    const qsizetype at = out.size();
    out.resize(at + 2 + s.size() * 6);
    char *p = out.data() + at;
    *p++ = '"';
    qsizetype i = 0;
    for (; i < s.size() && s[i].unicode() < 0x80; ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            *p++ = char(c); // most characters, without a call each
        else
            p = escaped(p, char(c));
    }
    if (i < s.size()) {
        const QByteArray rest = s.mid(i).toUtf8();
        const qsizetype done = p - out.constData();
        out.resize(done + rest.size() * 6 + 1);
        p = out.data() + done;
        for (const char ch : rest)
            p = escaped(p, ch);
    }
    *p++ = '"';
    out.truncate(p - out.constData());
}

JsonWriter &JsonWriter::value(const QString &s) { return value(QStringView(s)); }

JsonWriter &JsonWriter::value(QStringView s)
{
    separate();
    appendString(m_out, s);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 n)
{
    separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    m_out.append(digits, end - digits);
    return *this;
}

JsonWriter &JsonWriter::value(bool b)
{
    separate();
    m_out.append(b ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null");
    return *this;
}

JsonWriter &JsonWriter::time(qint64 msecs)
{
    separate();
    m_out.append('"');
    isotime::appendTo(m_out, msecs);
    m_out.append('"');
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
    return *this;
}

JsonWriter &JsonWriter::json(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object:
        return raw(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return raw(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::String: return value(v.toString());
    case QJsonValue::Bool: return value(v.toBool());
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return value(static_cast<qint64>(d));
        separate();
        m_out.append(QByteArray::number(d, 'g', 17));
        return *this;
    }
    default: return null();
    }
}

} // namespace hs
