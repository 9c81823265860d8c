#pragma once

#include "../domain/events.h"
#include "database.h"
#include "../util/idhash.h"

#include <QSqlQuery>
#include <climits>
#include <functional>
#include <optional>

namespace hs {

// The append-only event log. Appends must run inside a write transaction of the Database;
// the head (position, hash) is kept in memory and saved with the transaction.
class EventStore
{
public:
    explicit EventStore(Database &db);

    // The last event's position and hash as the store recorded them with that event.
    struct Head
    {
        qint64 position = 0;
        QByteArray hash;
        qint64 occurredMax = LLONG_MIN;
        qint64 projected = 0; // how far the read models are (meta's projection_position)
    };
    // What the store has committed; inside a write transaction, final until it commits.
    std::optional<Head> committedHead(StoreError *error = nullptr);
    // Takes the head as this writer's own: after opening, and after another writer committed.
    void follow(const Head &head);
    bool loadHead();
    qint64 headPosition() const { return m_headPosition; }
    const QByteArray &headHash() const { return m_headHash; }

    // Fills in position, eventId, version, recordedAt, data and the hash, and inserts the row.
    // Fails on an optimistic-concurrency conflict (the stream moved on) or an I/O error.
    // newStream: the caller knows the stream has no events yet (its version is not looked up).
    bool append(RecordedEvent &e, StoreError *error, bool newStream = false);
    bool saveHead();
    void forgetStreamVersions() { m_streamVersions.clear(); }

    qint64 streamVersion(const QString &streamId);

    struct Filter
    {
        QString streamId;
        QString type;
        QString correlationId;
        qint64 fromPosition = 1;
        qint64 toPosition = -1; // -1: to the head
    };
    // Streams events in position order, in batches; stop by returning false.
    bool forEach(const Filter &filter, const std::function<bool(const RecordedEvent &)> &visit);
    std::optional<RecordedEvent> byEventId(const QString &eventId);
    std::optional<RecordedEvent> byPosition(qint64 position);

    // Checks the hash chain from the first event; each problem in words.
    QStringList verifyChain();

    static QByteArray hashOf(const QByteArray &previousHash, const RecordedEvent &e);
    static QString newEventId(qint64 nowMs);

    Database &database() { return m_db; }

private:
    Database &m_db;
    SqlStatement m_insert;
    SqlStatement m_version;
    SqlStatement m_setMeta;
    SqlStatement m_notify; // on PostgreSQL
    qint64 m_headPosition = 0;
    QByteArray m_headHash;
    qint64 m_headOccurredMax = LLONG_MIN;
    IdHash<qint64> m_streamVersions;
};

// Reads one row of `SELECT <eventColumns()> FROM events`.
QString eventColumns();
RecordedEvent eventFromRow(const SqlRow &q);
// The same for `SELECT <projectionColumns()> FROM events`: only what a projection reads of an
// event (readmodel/views.cpp): its position, version, actor and time, and the event itself. The
// ids that tie it to its stream and command, and when it was recorded, are left empty: a
// rebuild reads a million events, and five strings fewer each is a tenth of its reading.
QString projectionColumns();
RecordedEvent projectionEventFromRow(const SqlRow &q);

} // namespace hs
