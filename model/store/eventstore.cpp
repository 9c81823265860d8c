#include "eventstore.h"

#include "../codec/eventcodec.h"
#include "postgres.h"
#include "schema.h"
#include "../util/isotime.h"
#include "../util/sha256.h"
#include "../util/utf8.h"

#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QVariant>

#include <array>
#include <charconv>
#include <openssl/rand.h>

#include <climits>

namespace hs {

QString eventColumns()
{
    return QStringLiteral("position, event_id, stream_id, version, type, schema_version, data, command_id, "
                          "causation_id, correlation_id, actor_user, actor_department, occurred_at, recorded_at");
}

namespace {

constexpr int constraintFailed = 19; // SQLITE_CONSTRAINT: the stream moved on under this writer

// The row as stored: the data exactly as written, not decoded (the hash covers these bytes).
RecordedEvent storedRow(const SqlRow &q, QString &type, QByteArray &data, bool &knownDepartment)
{
    RecordedEvent e;
    e.position = q.integer(0);
    e.eventId = q.text(1);
    e.streamId = q.text(2);
    e.version = q.integer(3);
    type = q.text(4);
    e.schemaVersion = int(q.integer(5));
    data = q.utf8(6);
    e.commandId = q.text(7);
    e.causationId = q.text(8);
    e.correlationId = q.text(9);
    e.actor.user = q.text(10);
    const auto dept = departmentFromName(q.text(11));
    knownDepartment = dept.has_value();
    e.actor.department = dept.value_or(Department::System);
    e.occurredAt = q.integer(12);
    e.recordedAt = q.integer(13);
    return e;
}

QByteArray &appendNumber(QByteArray &out, qint64 n)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    return out.append(digits, end - digits);
}

// The event decoded from its stored data, in today's shape.
void decodeInto(RecordedEvent &e, const QString &type, QByteArray data)
{
    if (auto decoded = eventcodec::decode(type, e.schemaVersion, data, e.occurredAt)) {
        e.event = std::move(*decoded);
        const int current = eventcodec::currentSchemaVersion(type);
        if (e.schemaVersion != current) {
            // Readers see today's shape only.
            e.schemaVersion = current;
            data = eventcodec::encode(e.event);
        }
    }
    e.data = std::move(data);
}

} // namespace

RecordedEvent eventFromRow(const SqlRow &q)
{
    QString type;
    QByteArray data;
    bool knownDepartment;
    RecordedEvent e = storedRow(q, type, data, knownDepartment);
    decodeInto(e, type, std::move(data));
    return e;
}

QString projectionColumns()
{
    return QStringLiteral("position, version, type, schema_version, data, actor_user, actor_department, occurred_at");
}

RecordedEvent projectionEventFromRow(const SqlRow &q)
{
    RecordedEvent e;
    e.position = q.integer(0);
    e.version = q.integer(1);
    const QString type = q.text(2);
    e.schemaVersion = int(q.integer(3));
    e.actor.user = q.text(5);
    e.actor.department = departmentFromName(q.text(6)).value_or(Department::System);
    e.occurredAt = q.integer(7);
    decodeInto(e, type, q.utf8(4));
    return e;
}

EventStore::EventStore(Database &db)
    : m_db(db), m_insert(db.connection()), m_version(db.connection()), m_setMeta(db.connection()), m_notify(db.connection())
{
    m_setMeta.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
    if (db.isPostgres())
        m_notify.prepareUnread(QStringLiteral("SELECT pg_notify(?, ?)"));
    m_insert.prepare(QStringLiteral(
        "INSERT INTO events (position, event_id, stream_id, version, type, schema_version, data, command_id, "
        "causation_id, correlation_id, actor_user, actor_department, occurred_at, recorded_at, occurred_max, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_version.prepare(QStringLiteral("SELECT max(version) FROM events WHERE stream_id = ?"));
    loadHead();
}

std::optional<EventStore::Head> EventStore::committedHead(StoreError *error)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('head_position', 'head_hash', 'head_occurred_max', "
                               "'projection_position')"))) {
        if (error)
            *error = m_db.failure(q.lastError());
        return std::nullopt;
    }
    Head head;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key == u"head_position")
            head.position = q.value(1).toLongLong();
        else if (key == u"head_hash")
            head.hash = m_db.dialect().bytesFromMeta(q.value(1));
        else if (key == u"projection_position")
            head.projected = q.value(1).toLongLong();
        else if (!q.value(1).isNull())
            head.occurredMax = q.value(1).toLongLong();
    }
    return head;
}

void EventStore::follow(const Head &head)
{
    m_headPosition = head.position;
    m_headHash = head.hash;
    m_headOccurredMax = head.occurredMax;
    m_streamVersions.clear();
}

bool EventStore::loadHead()
{
    const auto head = committedHead();
    if (head)
        follow(*head);
    return head.has_value();
}

bool EventStore::saveHead()
{
    SqlStatement &q = m_setMeta;
    q.addBindValue(m_headPosition);
    q.bind(QStringLiteral("head_position"));
    bool ok = q.exec();
    q.addBindValue(m_db.dialect().metaBytes(m_headHash));
    q.bind(QStringLiteral("head_hash"));
    ok = ok && q.exec();
    q.addBindValue(m_headOccurredMax == LLONG_MIN ? QVariant() : QVariant(m_headOccurredMax));
    q.bind(QStringLiteral("head_occurred_max"));
    ok = ok && q.exec();
    if (ok && m_db.isPostgres()) {
        // Delivered at commit, and only then: every listening client reads the new events.
        m_notify.bind(postgres::headChannel());
        m_notify.bind(QString::number(m_headPosition));
        ok = m_notify.exec();
    }
    return ok;
}

qint64 EventStore::streamVersion(const QString &streamId)
{
    if (auto it = m_streamVersions.constFind(streamId); it != m_streamVersions.constEnd())
        return *it;
    m_version.bind(streamId);
    qint64 v = 0;
    if (m_version.exec() && m_version.next())
        v = m_version.integer(0);
    m_version.finish();
    return v;
}

QString EventStore::newEventId(qint64 nowMs)
{
    // UUID version 7: time-ordered, so the unique index grows at its end.
    quint8 b[16];
    const quint64 ms = static_cast<quint64>(nowMs);
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<quint8>(ms >> (40 - 8 * i));
    // Random bits a few kilobytes at a time from OpenSSL's generator (seeded by the system):
    // the system source QRandomGenerator uses asks the processor, ~0.4 µs a word in a VM.
    thread_local std::array<quint32, 1023> pool;
    thread_local size_t used = pool.size();
    if (used + 3 > pool.size()) {
        if (RAND_bytes(reinterpret_cast<unsigned char *>(pool.data()), int(sizeof pool)) != 1)
            QRandomGenerator::system()->fillRange(pool.data(), qsizetype(pool.size()));
        used = 0;
    }
    std::memcpy(b + 6, pool.data() + used, 10);
    used += 3;
    b[6] = (b[6] & 0x0f) | 0x70;
    b[8] = (b[8] & 0x3f) | 0x80;
    static const char hex[] = "0123456789abcdef";
    char out[36];
    int o = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[o++] = '-';
        out[o++] = hex[b[i] >> 4];
        out[o++] = hex[b[i] & 15];
    }
    return QString::fromLatin1(out, 36);
}

QByteArray EventStore::hashOf(const QByteArray &previousHash, const RecordedEvent &e)
{
    // The canonical form, built in one buffer per thread that keeps its capacity.
    thread_local QByteArray canon;
    canon.resize(0);
    const char sep = '\x1f';
    appendNumber(canon, e.position).append(sep);
    utf8::append(canon, e.eventId).append(sep);
    utf8::append(canon, e.streamId).append(sep);
    appendNumber(canon, e.version).append(sep);
    utf8::append(canon, e.type()).append(sep);
    appendNumber(canon, e.schemaVersion).append(sep);
    canon.append(e.data).append(sep);
    utf8::append(canon, e.commandId).append(sep);
    utf8::append(canon, e.causationId).append(sep);
    utf8::append(canon, e.correlationId).append(sep);
    utf8::append(canon, e.actor.user).append(sep);
    utf8::append(canon, departmentName(e.actor.department)).append(sep);
    appendNumber(canon, e.occurredAt).append(sep);
    appendNumber(canon, e.recordedAt);
    return Sha256::of(previousHash, canon);
}

bool EventStore::append(RecordedEvent &e, StoreError *error, bool newStream)
{
    e.streamId = streamOf(e.event);
    e.version = newStream ? 1 : streamVersion(e.streamId) + 1;
    e.position = m_headPosition + 1;
    if (e.eventId.isEmpty())
        e.eventId = newEventId(e.recordedAt);
    e.schemaVersion = eventcodec::currentSchemaVersion(e.type());
    e.data = eventcodec::encode(e.event);
    const QByteArray hash = hashOf(m_headHash, e);
    const qint64 occurredMax = std::max(m_headOccurredMax, e.occurredAt);

    m_insert.bind(e.position);
    m_insert.bind(e.eventId);
    m_insert.bind(e.streamId);
    m_insert.bind(e.version);
    m_insert.bind(e.type());
    m_insert.bind(e.schemaVersion);
    m_insert.bindUtf8(e.data);
    m_insert.bind(e.commandId);
    m_insert.bind(e.causationId);
    m_insert.bind(e.correlationId);
    m_insert.bind(e.actor.user);
    m_insert.bind(departmentName(e.actor.department));
    m_insert.bind(e.occurredAt);
    m_insert.bind(e.recordedAt);
    m_insert.bind(occurredMax);
    m_insert.bindBlob(hash);
    if (!m_insert.exec()) {
        const QString code = m_insert.lastError().nativeErrorCode();
        const bool streamMovedOn = m_db.isPostgres() ? code.startsWith(QLatin1String("23")) // integrity constraint violation
                                                     : (code.toInt() & 0xff) == constraintFailed;
        if (error && streamMovedOn)
            error->message = QStringLiteral("Could not append to stream %1 at version %2: %3")
                                 .arg(e.streamId).arg(e.version).arg(m_insert.lastError().text());
        else if (error)
            *error = m_db.failure(m_insert.lastError());
        return false;
    }
    m_headPosition = e.position;
    m_headHash = hash;
    m_headOccurredMax = occurredMax;
    m_streamVersions.insert(e.streamId, e.version);
    return true;
}

bool EventStore::forEach(const Filter &f, const std::function<bool(const RecordedEvent &)> &visit)
{
    QString where = QStringLiteral("position > :after");
    if (f.toPosition >= 0)
        where += QStringLiteral(" AND position <= :to");
    if (!f.streamId.isEmpty())
        where += QStringLiteral(" AND stream_id = :stream");
    if (!f.type.isEmpty())
        where += QStringLiteral(" AND type = :type");
    if (!f.correlationId.isEmpty())
        where += QStringLiteral(" AND ") + schema::correlationEvents().replace(u'?', QStringLiteral(":correlation"));
    // PostgreSQL loses a streamed result when the visitor runs statements of its own on the
    // connection: there the events come in pages, each read whole before it is visited.
    const bool paged = m_db.isPostgres();
    constexpr int pageSize = 5000;
    QSqlQuery q(m_db.connection());
    // Qt SQL reads the end of q's result when q goes: what the visitor pipelined is settled first.
    const auto settle = qScopeGuard([this] { m_db.connection(); });
    q.setForwardOnly(!paged);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE %2 ORDER BY position%3")
                  .arg(eventColumns(), where, paged ? QStringLiteral(" LIMIT %1").arg(pageSize) : QString()));
    qint64 after = f.fromPosition - 1;
    for (;;) {
        q.bindValue(QStringLiteral(":after"), after);
        if (f.toPosition >= 0)
            q.bindValue(QStringLiteral(":to"), f.toPosition);
        if (!f.streamId.isEmpty())
            q.bindValue(QStringLiteral(":stream"), f.streamId);
        if (!f.type.isEmpty())
            q.bindValue(QStringLiteral(":type"), f.type);
        if (!f.correlationId.isEmpty())
            q.bindValue(QStringLiteral(":correlation"), f.correlationId);
        m_db.connection(); // what the visitor wrote on PostgreSQL is settled before the next page
        if (!q.exec())
            return false;
        if (!paged) {
            while (q.next())
                if (!visit(eventFromRow(q)))
                    break;
            return true;
        }
        std::vector<RecordedEvent> page;
        while (q.next())
            page.push_back(eventFromRow(q));
        q.finish();
        for (const RecordedEvent &e : page)
            if (!visit(e))
                return true;
        if (page.size() < size_t(pageSize))
            return true;
        after = page.back().position;
    }
}

std::optional<RecordedEvent> EventStore::byEventId(const QString &eventId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE event_id = ?").arg(eventColumns()));
    q.addBindValue(eventId);
    if (q.exec() && q.next())
        return eventFromRow(q);
    return std::nullopt;
}

std::optional<RecordedEvent> EventStore::byPosition(qint64 position)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE position = ?").arg(eventColumns()));
    q.addBindValue(position);
    if (q.exec() && q.next())
        return eventFromRow(q);
    return std::nullopt;
}

QStringList EventStore::verifyChain()
{
    QStringList problems;
    QSqlQuery q(m_db.connection());
    streamRows(q);
    // Raw rows: the hash covers the data exactly as stored, before any upcast.
    if (!q.exec(QStringLiteral("SELECT %1, hash FROM events ORDER BY position").arg(eventColumns()))) {
        return {QStringLiteral("The events table cannot be read: %1").arg(q.lastError().text())};
    }
    QByteArray previous;
    qint64 expected = 1;
    while (q.next()) {
        QString type;
        QByteArray data;
        bool dept = false;
        RecordedEvent e = storedRow(q, type, data, dept);
        e.data = std::move(data);
        const QByteArray stored = q.value(14).toByteArray();
        if (e.position != expected) {
            problems << QStringLiteral("Event %1 is missing: positions jump from %2 to %3.")
                            .arg(expected).arg(expected - 1).arg(e.position);
            expected = e.position;
        }
        auto decoded = eventcodec::decode(type, e.schemaVersion, e.data, e.occurredAt);
        if (!decoded || !dept) {
            problems << QStringLiteral("Event %1 (%2) cannot be read as a %3.").arg(e.position).arg(e.eventId, type);
        } else {
            e.event = std::move(*decoded);
            if (e.type() != type)
                problems << QStringLiteral("Event %1 has an unknown type %2.").arg(e.position).arg(type);
        }
        if (decoded && hashOf(previous, e) != stored)
            problems << QStringLiteral("Event %1 (%2) does not match its hash: it was edited, or an event "
                                       "before it was changed, removed or reordered.")
                            .arg(e.position).arg(e.eventId);
        previous = stored;
        ++expected;
        if (problems.size() > 50) {
            problems << QStringLiteral("More problems were found; only the first 50 are listed.");
            break;
        }
    }
    QSqlQuery head(m_db.connection());
    if (head.exec(QStringLiteral("SELECT (SELECT value FROM meta WHERE key = 'head_position'), "
                                 "(SELECT value FROM meta WHERE key = 'head_hash')"))
        && head.next()) {
        const qint64 headPosition = head.value(0).toLongLong();
        if (headPosition != expected - 1)
            problems << QStringLiteral("The store recorded %1 events but %2 are present: events were removed or added behind its back.")
                            .arg(headPosition).arg(expected - 1);
        else if (m_db.dialect().bytesFromMeta(head.value(1)) != previous)
            problems << QStringLiteral("The last event does not match the store's recorded head hash.");
    }
    return problems;
}

} // namespace hs
