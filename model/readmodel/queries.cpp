// ReadModelQueries: moments in history and what is read of the store as a whole.
#include "queries.h"

#include "../store/dialect.h"
#include "../store/eventstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hs {

ReadModelQueries::ReadModelQueries(QSqlDatabase db) : m_db(db) {}

std::optional<AsOf> ReadModelQueries::resolveAsOf(qint64 time)
{
    AsOf a;
    a.time = time;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT position FROM events WHERE occurred_max <= ? ORDER BY occurred_max DESC, position DESC LIMIT 1"));
    q.addBindValue(time);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    a.position = q.next() ? q.value(0).toLongLong() : 0;
    buildLate(a);
    return a;
}

AsOf ReadModelQueries::atPosition(qint64 position)
{
    AsOf a;
    a.position = position;
    a.time = LLONG_MAX;
    return a;
}

void ReadModelQueries::buildLate(AsOf &a)
{
    QSqlQuery q(m_db);
    streamRows(q);
    // Through the index of late events: the primary key would walk every event after P. SQLite
    // is told so; PostgreSQL, which cannot tell how few events are late and took that walk
    // (80 ms at 1M events), is given no condition on the key ("position + 0").
    const Dialect dialect = Dialect::of(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM events %2 WHERE occurred_at < occurred_max AND occurred_at <= ? AND %3 > ? ORDER BY position")
                  .arg(eventColumns(), dialect.indexedBy(QStringLiteral("events_late")),
                       dialect.isPostgres() ? QStringLiteral("position + 0") : QStringLiteral("position")));
    q.addBindValue(a.time);
    q.addBindValue(a.position);
    if (!q.exec())
        return;
    AsOf prefix = atPosition(a.position);
    const ViewLookup lookup{
        [&](const QString &id) -> std::optional<ShipmentView> {
            auto it = a.late.shipments.find(id);
            return it != a.late.shipments.end() ? std::optional(it->second) : baseShipment(id, &prefix);
        },
        [&](const QString &id) -> std::optional<TruckView> {
            auto it = a.late.trucks.find(id);
            return it != a.late.trucks.end() ? std::optional(it->second) : baseTruck(id, &prefix);
        },
        [&](const QString &id) -> std::optional<AccountView> {
            auto it = a.late.accounts.find(id);
            return it != a.late.accounts.end() ? std::optional(it->second) : baseAccount(id, &prefix);
        },
    };
    while (q.next()) {
        a.late.applyChanges(project(eventFromRow(q), lookup));
        a.hasLate = true;
    }
}

StatusCounts ReadModelQueries::statusCounts(const AsOf *at)
{
    StatusCounts c{};
    QSqlQuery q(m_db);
    if (!at) {
        if (q.exec(QStringLiteral("SELECT status, n FROM rm_status_counts")))
            while (q.next())
                if (auto s = statusFromName(q.value(0).toString()))
                    c[static_cast<int>(*s)] = q.value(1).toLongLong();
        return c;
    }
    // The snapshot at the start of the block, then the rows that opened and closed since.
    const qint64 block = (at->position / 1024) * 1024;
    q.prepare(QStringLiteral("SELECT submitted, assigned, out_for_delivery, delivered, cancelled FROM rm_status_snapshots WHERE position = ?"));
    q.addBindValue(block);
    if (q.exec() && q.next())
        for (int i = 0; i < 5; ++i)
            c[i] = q.value(i).toLongLong();
    // Rows that opened since count for their status, rows that closed count against it.
    for (const auto &[edge, sign] : {std::pair{"valid_from", 1}, std::pair{"valid_to", -1}}) {
        QSqlQuery changed(m_db);
        changed.prepare(QStringLiteral("SELECT status, count(*) FROM rm_shipments WHERE %1 > ? AND %1 <= ? GROUP BY status")
                            .arg(QLatin1String(edge)));
        changed.addBindValue(block);
        changed.addBindValue(at->position);
        if (changed.exec())
            while (changed.next())
                if (auto s = statusFromName(changed.value(0).toString()))
                    c[static_cast<int>(*s)] += sign * changed.value(1).toLongLong();
    }
    if (at->hasLate)
        for (int i = 0; i < 5; ++i)
            c[i] += at->late.counts[i];
    return c;
}

qint64 ReadModelQueries::eventCount()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'head_position'")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

std::optional<qint64> ReadModelQueries::lastEventTime()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT occurred_at FROM events ORDER BY position DESC LIMIT 1")) && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

qint64 ReadModelQueries::projectionPosition()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'projection_position'")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace hs
