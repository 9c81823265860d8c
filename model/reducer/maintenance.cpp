#include "maintenance.h"

#include "eventfeed.h"

#include "../readmodel/queries.h"
#include "../readmodel/readmodelwriter.h"
#include "../readmodel/writequeue.h"
#include "../store/commandlog.h"
#include "../store/schema.h"
#include "../store/snapshots.h"
#include "../util/jsonwriter.h"
#include "../util/sha256.h"

#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QVariant>

namespace hs::maintenance {

namespace {

QStringList checkAnchors(Database &db, qint64 headPosition, const QList<Anchor> &anchors)
{
    QStringList problems;
    for (const Anchor &a : anchors) {
        const QString text = QStringLiteral("%1:%2").arg(a.position).arg(QString::fromLatin1(a.hash.toHex()));
        if (a.position > headPosition) {
            problems << QStringLiteral("The store ends at event %1, before the anchor %2: events were removed.")
                            .arg(headPosition).arg(text);
            continue;
        }
        const QByteArray hash = a.position > 0 ? snapshots::chainHashAt(db.connection(), a.position).value_or(QByteArray())
                                               : QByteArray();
        if (hash != a.hash)
            problems << QStringLiteral("The hash chain no longer passes through the anchor %1: the history up to "
                                       "event %2 was rewritten.").arg(text).arg(a.position);
    }
    return problems;
}

// What each snapshot should equal: the SHA-256 of the state it holds, by position. Damaged
// ones are problems; those of an older version are unused and left out.
QMap<qint64, QByteArray> snapshotDigests(Database &db, qint64 headPosition, QStringList &problems)
{
    QMap<qint64, QByteArray> digests;
    QSqlQuery q(db.connection());
    streamRows(q);
    if (!q.exec(QStringLiteral("SELECT s.position, s.state, e.hash FROM snapshots s "
                               "LEFT JOIN events e ON e.position = s.position ORDER BY s.position"))) {
        problems << QStringLiteral("The snapshots cannot be read: %1").arg(q.lastError().text());
        return digests;
    }
    while (q.next()) {
        const qint64 position = q.value(0).toLongLong();
        QString problem;
        bool outdated = false;
        if (position > headPosition) {
            problems << QStringLiteral("The snapshot at event %1 lies beyond the last event %2.").arg(position).arg(headPosition);
        } else if (auto state = snapshots::decode(q.value(1).toByteArray(), position, q.value(2).toByteArray(), &problem, &outdated)) {
            digests.insert(position, Sha256::of(state->serialize()));
        } else if (!outdated) {
            problems << QStringLiteral("The snapshot at event %1 is damaged: %2.").arg(position).arg(problem);
        }
    }
    return digests;
}

QStringList compareReadModels(QSqlDatabase &c)
{
    QStringList problems;
    const Dialect dialect = Dialect::of(c);
    for (const QString &table : schema::readModelTables()) {
        QSqlQuery q(c);
        const QString live = dialect.tablePrefix(QStringLiteral("main")) + table;
        const QString fresh = dialect.tablePrefix(QStringLiteral("temp")) + table;
        const QString sql = QStringLiteral("SELECT (SELECT count(*) FROM (SELECT * FROM %1 EXCEPT SELECT * FROM %2) extra), "
                                           "(SELECT count(*) FROM (SELECT * FROM %2 EXCEPT SELECT * FROM %1) missing)").arg(live, fresh);
        if (q.exec(sql) && q.next()) {
            const qint64 extra = q.value(0).toLongLong();
            const qint64 missing = q.value(1).toLongLong();
            if (extra || missing)
                problems << QStringLiteral("Read model %1 differs from a fresh rebuild: %2 rows that should not be there, %3 rows missing.")
                                .arg(table).arg(extra).arg(missing);
        } else {
            problems << QStringLiteral("Read model %1 cannot be compared: %2").arg(table, q.lastError().text());
        }
    }
    return problems;
}

// One pass over the events into fresh read models (temporary tables) and a domain
// state that is compared with every snapshot at its position.
QStringList replayEverything(Database &db, EventStore &events)
{
    QStringList problems;
    QSqlDatabase &c = db.connection();
    const QMap<qint64, QByteArray> digests = snapshotDigests(db, events.headPosition(), problems);
    StoreError error;
    bool ok = true;
    // Temporary tables, so that a read-only connection can verify too.
    for (const QString &sql : schema::createReadModelStatements(QStringLiteral("temp"), db.dialect()))
        ok = ok && execSql(c, sql, &error);
    DomainState state;
    {
        ReadModelWriter writer(c, ReadModelWriter::Mode::Rebuild, QStringLiteral("temp"));
        ok = ok && execSql(c, QStringLiteral("BEGIN"));
        ok = ok && events.forEach({}, [&](const RecordedEvent &e) {
            state.evolve(e);
            if (auto it = digests.constFind(e.position); it != digests.constEnd() && Sha256::of(state.serialize()) != *it)
                problems << QStringLiteral("The snapshot at event %1 differs from a replay of the events up to it: "
                                           "it was forged or the events before it were changed.").arg(e.position);
            return writer.apply(e);
        });
        ok = ok && writer.finish(events.headPosition());
        if (!ok && error.message.isEmpty())
            error.message = writer.lastError();
        execSql(c, QStringLiteral("COMMIT"));
    }
    if (!ok)
        problems << QStringLiteral("A fresh rebuild could not be made: %1").arg(error.message);
    else
        problems << compareReadModels(c);
    // Temporary tables hide the store's own of the same name from this connection: gone now.
    for (const QString &table : schema::readModelTables())
        execSql(c, QStringLiteral("DROP TABLE IF EXISTS %1").arg(db.dialect().tablePrefix(QStringLiteral("temp")) + table));
    return problems;
}

} // namespace

std::optional<Anchor> parseAnchor(QStringView text)
{
    static const QRegularExpression form(QStringLiteral("^(0|[1-9][0-9]{0,17}):((?:[0-9a-fA-F]{64})?)$"));
    const auto m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    Anchor a{m.captured(1).toLongLong(), QByteArray::fromHex(m.captured(2).toLatin1())};
    if ((a.position == 0) != a.hash.isEmpty())
        return std::nullopt;
    return a;
}

QByteArray anchorJson(const Anchor &a)
{
    JsonWriter w;
    w.beginObject().field("position", a.position).field("hash", QString::fromLatin1(a.hash.toHex())).endObject();
    return w.take();
}

Anchor head(Database &db)
{
    Anchor a;
    if (!db.exists())
        return a;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT (SELECT value FROM meta WHERE key = 'head_position'), "
                              "(SELECT value FROM meta WHERE key = 'head_hash')")) && q.next()) {
        a.position = q.value(0).toLongLong();
        a.hash = db.dialect().bytesFromMeta(q.value(1));
    }
    return a;
}

namespace {

// Every event into the emptied read models, in the caller's transaction. A file store's events
// are read and decoded on one more thread, and the rows written on another, while this one
// projects; PostgreSQL's and a private in-memory store's all on this one.
bool projectEverything(Database &db, EventStore &events, StoreError *error, qint64 *projected)
{
    ReadModelWriter writer(db.connection(), ReadModelWriter::Mode::Rebuild);
    bool refused = false; // by the writer: its error, not a later one, names the cause
    const auto project = [&](const RecordedEvent &e) {
        ++*projected;
        refused = !writer.apply(e);
        return !refused;
    };
    StoreError readError;
    bool replayed = false;
    if (!db.isPostgres() && !db.isMemory()) {
        WriteQueue writeBehind; // stopped at the end of this block: none of its jobs runs after it
        writer.writeBehind(&writeBehind);
        replayed = EventFeed(db.path(), events.headPosition()).forEach(project, &readError) && !refused
                   && writer.finish(events.headPosition());
    } else {
        EventStore::Filter all;
        all.toPosition = events.headPosition();
        replayed = events.forEach(all, project) && !refused && writer.finish(events.headPosition());
    }
    if (replayed)
        return true;
    if (!readError.message.isEmpty())
        *error = readError;
    else
        *error = writer.lastSqlError().isValid() ? db.failure(writer.lastSqlError()) : db.lastFailure();
    return false;
}

} // namespace

std::optional<qint64> rebuild(Database &db, EventStore &events, StoreError *error)
{
    if (!db.exists())
        return 0;
    if (!db.beginWrite(error))
        return std::nullopt;
    bool ok = true;
    for (const QString &table : schema::readModelTables())
        ok = ok && db.exec(QStringLiteral("DELETE FROM %1").arg(table), error);
    // Load the tables with only the indexes that cost less filled as they go (schema.cpp) and
    // build the others once at the end: a sorted build instead of an index update per row.
    // (All in the transaction: a failure rolls the drop back.)
    // Only the owner may drop an index on PostgreSQL, and every department may rebuild.
    const bool reindex = !db.isPostgres();
    if (reindex)
        for (const QString &index : schema::rebuiltIndexNames())
            ok = ok && db.exec(QStringLiteral("DROP INDEX %1").arg(index), error);
    // Inside the lock: the head read here is final until this transaction ends.
    qint64 n = 0;
    ok = ok && events.loadHead() && projectEverything(db, events, error, &n);
    if (reindex)
        for (const QString &sql : schema::createRebuiltIndexes())
            ok = ok && db.exec(sql, error);
    ok = ok && db.commit(error);
    if (!ok) {
        db.rollback();
        return std::nullopt;
    }
    return n;
}

bool importHistory(Database &target, EventStore &targetEvents, EventStore &source, const HistoryCut &cut,
                   const std::function<void(const RecordedEvent &)> &evolve, StoreError *error)
{
    if (!target.beginWrite()) {
        error->message = QStringLiteral("The branch store cannot be written.");
        return false;
    }
    ReadModelWriter writer(target.connection(), ReadModelWriter::Mode::Live);
    EventStore::Filter f;
    f.toPosition = cut.upToPosition;
    bool ok = source.forEach(f, [&](const RecordedEvent &original) {
        RecordedEvent e = original;
        if (!targetEvents.append(e, error))
            return false;
        evolve(e);
        return writer.apply(e);
    });
    // The log before the branch point, so that resubmissions stay duplicates.
    CommandLog targetLog(target.connection());
    ok = ok && CommandLog(source.database().connection()).copyInto(targetLog, cut.beforeSeq).has_value();
    ok = ok && targetEvents.saveHead() && writer.finish(targetEvents.headPosition()) && target.commit();
    if (!ok) {
        if (error->message.isEmpty())
            error->message = QStringLiteral("The branch could not copy the history: %1")
                                 .arg(targetLog.lastError().isValid() ? targetLog.lastError().text() : writer.lastError());
        target.rollback();
    }
    return ok;
}

QStringList verify(Database &db, EventStore *events, const QList<Anchor> &anchors)
{
    if (!db.exists() || !events)
        return checkAnchors(db, 0, anchors);
    QStringList problems = events->verifyChain();
    problems << checkAnchors(db, head(db).position, anchors);
    problems << replayEverything(db, *events);
    problems << CommandLog(db.connection()).disagreementsWithEvents();
    ReadModelQueries probe(db.connection());
    if (probe.projectionPosition() != events->headPosition())
        problems << QStringLiteral("The read models stand at event %1 but the store holds %2 events.")
                        .arg(probe.projectionPosition()).arg(events->headPosition());
    return problems;
}

} // namespace hs::maintenance
