#pragma once

#include "../domain/values.h"
#include "../store/database.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <map>
#include <optional>
#include <vector>

// What every read-model row codec shares: how a nullable value and an actor are stored.
namespace hs::rowcodec {

// A nullable integer column (a time, a limit).
inline std::optional<qint64> optionalInteger(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional(v.toLongLong());
}

// A row's values bound in column order, each as its column stores it (no QVariant between).
// OrNull: a text column that holds NULL for an empty value (no truck, no reference).
struct OrNull
{
    const QString &text;
};
inline void bindValue(SqlStatement &q, const QString &text) { q.bind(text); }
inline void bindValue(SqlStatement &q, OrNull v) { v.text.isEmpty() ? q.bindNull() : q.bind(v.text); }
inline void bindValue(SqlStatement &q, const QByteArray &utf8) { q.bindUtf8(utf8); }
inline void bindValue(SqlStatement &q, qint64 v) { q.bind(v); }
inline void bindValue(SqlStatement &q, int v) { q.bind(v); }
inline void bindValue(SqlStatement &q, const std::optional<qint64> &v) { q.bind(v); }
template <typename... Values> void bindRow(SqlStatement &q, const Values &...values) { (bindValue(q, values), ...); }

// The actor stored in two columns (user, department) starting at a query's column.
inline Actor actorAt(const SqlRow &q, int column)
{
    return Actor{q.value(column).toString(),
                 departmentFromName(q.value(column + 1).toString()).value_or(Department::System)};
}

// "INSERT INTO table (columns) VALUES (?, ...)", one placeholder per column.
QString insertInto(const QString &table, const QString &columns);
// "a.x, a.y" from "x, y": the columns of a row read through a table alias.
QString qualified(const QString &columns, const QString &alias);

// That row `alias` of table is the version of its entity valid at position :p: the latest
// that began at or before it. (Entity and valid_from name one row version.)
QString validAt(const QString &table, const QString &alias, const QString &key, const QString &outer);
// " JOIN table alias ON" that version, for a list of entities read as of :p. PostgreSQL reads
// each entity's latest version before :p laterally, one index probe per outer row: with the
// max() subquery its planner hash-joins every version and sorts before it applies a LIMIT.
// There the version's columns are those given, all in the key's covering index (schema.cpp),
// so that a probe reads no heap page.
QString joinValidAt(const Dialect &dialect, const QString &table, const QString &alias, const QString &key, const QString &outer,
                    const QString &columns);

// A list read as of a moment, with the rows that late events changed put in, in key order.
template <typename View, typename Key>
void mergeLate(std::vector<View> &rows, const std::map<QString, View> &late, Key key)
{
    for (const auto &[id, v] : late) {
        auto it = std::find_if(rows.begin(), rows.end(), [&](const View &r) { return key(r) == id; });
        if (it != rows.end())
            *it = v;
        else
            rows.push_back(v);
    }
    std::sort(rows.begin(), rows.end(), [&](const View &a, const View &b) { return key(a) < key(b); });
}

// Entries of one entity read as of a moment, with those of late events, in position order.
template <typename Entry>
void mergeLateEntries(std::vector<Entry> &entries, const std::map<QString, std::vector<Entry>> &late, const QString &id)
{
    if (auto it = late.find(id); it != late.end()) {
        entries.insert(entries.end(), it->second.begin(), it->second.end());
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.position < b.position; });
    }
}

} // namespace hs::rowcodec
