#include "storecopy.h"

#include "commandlog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hs {

namespace {

const QString eventRow = QStringLiteral(
    "position, event_id, stream_id, version, type, schema_version, data, command_id, causation_id, correlation_id, "
    "actor_user, actor_department, occurred_at, recorded_at, occurred_max, hash");

// Copies table's rows in key order, a page at a time (a large store need not fit in memory);
// the last row copied stays in last.
bool copyRows(Database &source, Database &target, const QString &table, const QString &columns, const QString &key,
              qint64 *copied, QList<QVariant> *last, StoreError *error)
{
    const int width = columns.count(u',') + 1;
    SqlStatement insert(target.connection());
    insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(table, columns, QStringList(width, QStringLiteral("?")).join(QStringLiteral(", "))));
    QSqlQuery read(source.connection());
    read.prepare(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2 > ? ORDER BY %2 LIMIT 5000").arg(columns, key, table));
    qint64 after = -1;
    for (;;) {
        read.addBindValue(after);
        if (!read.exec()) {
            error->message = read.lastError().text();
            return false;
        }
        int rows = 0;
        while (read.next()) {
            ++rows;
            last->clear();
            for (int i = 0; i < width; ++i) {
                last->append(read.value(i));
                insert.addBindValue(read.value(i));
            }
            after = read.value(width).toLongLong();
            if (!insert.exec()) {
                error->message = insert.lastError().text();
                return false;
            }
        }
        *copied += rows;
        read.finish();
        if (rows < 5000)
            return true;
    }
}

bool copyCommandLog(Database &source, Database &target, qint64 *copied, StoreError *error)
{
    CommandLog from(source.connection());
    CommandLog into(target.connection());
    if (const auto n = from.copyInto(into)) {
        *copied = *n;
        return true;
    }
    error->message = (into.lastError().isValid() ? into.lastError() : from.lastError()).text();
    return false;
}

} // namespace

std::optional<CopyCounts> copyStore(Database &source, Database &target, StoreError *error)
{
    CopyCounts counts;
    if (!source.exists())
        return counts;
    if (!target.ensureSchema(error))
        return std::nullopt;
    if (!target.beginWrite()) {
        error->message = QStringLiteral("%1 cannot be written: %2").arg(target.path(), target.connection().lastError().text());
        return std::nullopt;
    }
    QList<QVariant> lastEvent;
    bool ok = copyRows(source, target, QStringLiteral("events"), eventRow, QStringLiteral("position"), &counts.events, &lastEvent, error)
              && copyCommandLog(source, target, &counts.commands, error);
    if (ok && !lastEvent.isEmpty()) {
        const Dialect dialect = target.dialect();
        QSqlQuery head(target.connection());
        head.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
        const std::pair<const char *, QVariant> values[] = {
            {"head_position", lastEvent.value(0)},
            {"head_occurred_max", lastEvent.value(14)},
            {"head_hash", dialect.metaBytes(lastEvent.value(15).toByteArray())},
        };
        for (const auto &[key, value] : values) {
            head.addBindValue(value);
            head.addBindValue(QString::fromLatin1(key));
            ok = ok && head.exec();
        }
        if (!ok && error->message.isEmpty())
            error->message = head.lastError().text();
    }
    if (!ok || !target.commit()) {
        if (error->message.isEmpty())
            error->message = target.connection().lastError().text();
        target.rollback();
        return std::nullopt;
    }
    // The copy's events are read back at once to project them: planned on statistics of an
    // empty table, each page of them took a second on PostgreSQL at 1M events. Speed only.
    target.refreshStatistics();
    return counts;
}

} // namespace hs
