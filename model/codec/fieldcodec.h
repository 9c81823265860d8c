#pragma once

#include "strictjson.h"
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

// The same reads from a checked text's values (node: the value's index, -1 for a member the
// data does not have), each giving what the reads above give for the same JSON.
void readValue(const strictjson::Document &d, int node, QString &out, Rule r);
void readValue(const strictjson::Document &d, int node, std::optional<QString> &out, Rule r);
void readValue(const strictjson::Document &d, int node, qint64 &out, Rule r);
void readValue(const strictjson::Document &d, int node, int &out, Rule r);
void readValue(const strictjson::Document &d, int node, std::optional<qint64> &out, Rule r);
void readValue(const strictjson::Document &d, int node, Address &out, Rule r);
// The member of object named name: at hint when it is there (stored data lists its members
// in the row's order), else found by name; -1 when there is none.
int memberAt(const strictjson::Document &d, int object, int hint, QByteArrayView name);

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

// The same from the object at index object of a checked text, without Qt's JSON classes: the
// events a rebuild reads are decoded an order of magnitude more often than anything else.
template <typename M> M read(const strictjson::Document &d, int object)
{
    M m{};
    int hint = d.nodes[size_t(object)].first;
    forEachField<M>([&](const auto &f) {
        const int node = memberAt(d, object, hint, QByteArrayView(f.name));
        if (node >= 0)
            hint = d.nodes[size_t(node)].next;
        readValue(d, node, m.*f.member, f.rule);
    });
    return m;
}

} // namespace hs::fieldcodec
