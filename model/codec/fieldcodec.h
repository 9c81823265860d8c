#pragma once

#include "../domain/messagerules.h"
#include "../util/jsonwriter.h"

#include <QJsonObject>
#include <QJsonValue>

// A message's data as JSON and back, field by field from its row in the message table.
namespace hs::fieldcodec {

void writeValue(JsonWriter &w, const QString &v, Rule r);
void writeValue(JsonWriter &w, const std::optional<QString> &v, Rule r);
void writeValue(JsonWriter &w, qint64 v, Rule r);
void writeValue(JsonWriter &w, int v, Rule r);
void writeValue(JsonWriter &w, const std::optional<qint64> &v, Rule r);
void writeValue(JsonWriter &w, const Address &a, Rule r = Rule::Address);

// Lenient reads of stored data, which was checked when it was written.
void readValue(const QJsonValue &v, QString &out, Rule r);
void readValue(const QJsonValue &v, std::optional<QString> &out, Rule r);
void readValue(const QJsonValue &v, qint64 &out, Rule r);
void readValue(const QJsonValue &v, int &out, Rule r);
void readValue(const QJsonValue &v, std::optional<qint64> &out, Rule r);
void readValue(const QJsonValue &v, Address &out, Rule r);

// The data object of a message, keys in its row's order.
template <typename M> void write(JsonWriter &w, const M &m)
{
    w.beginObject();
    forEachField<M>([&](const auto &f) {
        w.key(f.name);
        writeValue(w, m.*f.member, f.rule);
    });
    w.endObject();
}

template <typename M> QByteArray encode(const M &m)
{
    JsonWriter w;
    write(w, m);
    return w.take();
}

template <typename M> M read(const QJsonObject &o)
{
    M m{};
    forEachField<M>([&](const auto &f) { readValue(o.value(QLatin1String(f.name)), m.*f.member, f.rule); });
    return m;
}

} // namespace hs::fieldcodec
