#pragma once

// The reads every view makes the same way, live or as of a moment: one entity's current row,
// every entity's current rows, and one entity's entries (ledger, history, check calls).
// Internal to the per-view query files.

#include "queries.h"
#include "rowcodec.h"

#include <QSqlError>

namespace hs::versioned {

// Where a view's versions live: its table, the key column and the columns read() takes.
struct Table
{
    QString name;
    QString key;
    QString columns;
    // Entries: in position order, and how the key column names an entity (its id unless given).
    QString order = QStringLiteral("position");
    QString (*keyOf)(const QString &id) = nullptr;
};

// The version of one entity valid live or at the moment.
template <typename View>
std::optional<View> rowOf(QSqlDatabase db, const Table &t, const QString &id, const AsOf *at, View (*read)(const SqlRow &))
{
    QSqlQuery q(db);
    if (at) {
        q.prepare(QStringLiteral("SELECT %1 FROM %2 v WHERE %3").arg(t.columns, t.name,
                      rowcodec::validAt(t.name, QStringLiteral("v"), t.key, QStringLiteral(":id"))));
        q.bindValue(QStringLiteral(":p"), at->position);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = :id AND valid_to IS NULL").arg(t.columns, t.name, t.key));
    }
    q.bindValue(QStringLiteral(":id"), id);
    if (q.exec() && q.next())
        return read(q);
    return std::nullopt;
}

// Every entity's version valid live or at the moment, in key order, with the late rows put in.
// Entities are never removed, so the live rows name every one that ever was.
template <typename View, typename Key>
std::vector<View> rowsOf(QSqlDatabase db, const Table &t, const AsOf *at, View (*read)(const SqlRow &),
                         std::map<QString, View> ViewSet::*late, Key key, QString *error)
{
    std::vector<View> out;
    QSqlQuery q(db);
    streamRows(q);
    if (at && Dialect::of(db).isPostgres()) {
        // The rows whose position range holds the moment, through their GiST index (schema.cpp).
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE int8range(valid_from, valid_to) @> CAST(:p AS BIGINT) ORDER BY %3")
                      .arg(t.columns, t.name, t.key));
        q.bindValue(QStringLiteral(":p"), at->position);
    } else if (at) {
        q.prepare(QStringLiteral("SELECT %1 FROM %2 live%3 WHERE live.valid_to IS NULL ORDER BY live.%4")
                      .arg(rowcodec::qualified(t.columns, QStringLiteral("v")), t.name,
                           rowcodec::joinValidAt(Dialect::of(db), t.name, QStringLiteral("v"), t.key, QStringLiteral("live.") + t.key, t.columns),
                           t.key));
        q.bindValue(QStringLiteral(":p"), at->position);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE valid_to IS NULL ORDER BY %3").arg(t.columns, t.name, t.key));
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.push_back(read(q));
    if (at && at->hasLate)
        rowcodec::mergeLate(out, at->late.*late, key);
    return out;
}

// One entity's entries up to the moment, in position order, with those of late events.
template <typename Entry>
std::vector<Entry> entriesOf(QSqlDatabase db, const Table &t, const QString &id, const AsOf *at,
                             Entry (*read)(const SqlRow &), std::map<QString, std::vector<Entry>> ViewSet::*late)
{
    std::vector<Entry> out;
    QSqlQuery q(db);
    streamRows(q);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND position <= ? ORDER BY %4").arg(t.columns, t.name, t.key, t.order));
    q.addBindValue(t.keyOf ? t.keyOf(id) : id);
    q.addBindValue(at ? at->position : LLONG_MAX);
    if (q.exec())
        while (q.next())
            out.push_back(read(q));
    if (at && at->hasLate)
        rowcodec::mergeLateEntries(out, at->late.*late, id);
    return out;
}

} // namespace hs::versioned
