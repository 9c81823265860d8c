#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace hs {

// A compact JSON writer that keeps keys in the order they are written (QJsonObject sorts them),
// so that outputs read as the contract shows them. It trusts its caller to nest correctly.
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *name);

    JsonWriter &value(const QString &s);
    JsonWriter &value(QStringView s);
    JsonWriter &value(const char *s) { return value(QString::fromUtf8(s)); }
    JsonWriter &value(qint64 n);
    JsonWriter &value(int n) { return value(static_cast<qint64>(n)); }
    JsonWriter &value(bool b);
    JsonWriter &null();
    JsonWriter &optional(const std::optional<QString> &s) { return s ? value(*s) : null(); }
    JsonWriter &nullableId(const QString &s) { return s.isEmpty() ? null() : value(s); }
    JsonWriter &time(qint64 msecs);
    // Already-serialised JSON, inserted as one value.
    JsonWriter &raw(const QByteArray &json);
    JsonWriter &json(const QJsonValue &v);

    template <typename T>
    JsonWriter &field(const char *name, const T &v)
    {
        key(name);
        return value(v);
    }

    const QByteArray &bytes() const { return m_out; }
    QByteArray take() { return std::move(m_out); }
    void clear() { m_out.clear(); m_needComma = false; }

    static void appendString(QByteArray &out, QStringView s);

private:
    void separate();
    QByteArray m_out;
    bool m_needComma = false;
};

} // namespace hs
