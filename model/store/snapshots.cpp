#include "snapshots.h"

#include "database.h"
#include "dialect.h"
#include "../util/sha256.h"

#include <QDataStream>
#include <QtEndian>
#include <QIODevice>
#include <QSqlQuery>
#include <QVariant>

#include <cstring>
#include <functional>

#include <sqlite3.h>

namespace hs::snapshots {

namespace {
constexpr quint32 envelopeMagic = 0x48535345; // "HSSE"
constexpr quint32 bareMagic = 0x48534e50;     // "HSNP": a payload without an envelope (older versions)
constexpr int checksumBytes = 32;

} // namespace

QByteArray seal(const Sealed &s)
{
    // What QDataStream writes (big-endian), straight into one buffer of the final size: through
    // a growing QBuffer a 31 MB state was copied four times over.
    const qsizetype body = 4 + 4 + 8 + 4 + s.eventHash.size() + 4 + s.payload.size();
    QByteArray bytes(body + checksumBytes, Qt::Uninitialized);
    char *at = bytes.data();
    const auto put = [&at](auto value) {
        qToBigEndian(value, at);
        at += sizeof value;
    };
    const auto append = [&at](const QByteArray &raw) {
        std::memcpy(at, raw.constData(), size_t(raw.size()));
        at += raw.size();
    };
    put(envelopeMagic), put(formatVersion), put(s.position), put(quint32(s.eventHash.size()));
    append(s.eventHash);
    put(quint32(s.payload.size()));
    append(s.payload);
    append(Sha256::of(QByteArrayView(bytes.constData(), body)));
    return bytes;
}

namespace {

// A sealed snapshot read front to back: the body (all but the trailing checksum) is handed out
// in order and hashed on the way, so a state can be decoded straight from where the snapshot
// is stored without holding all of it in memory first.
class SealedStream : public QIODevice
{
public:
    using Read = std::function<bool(qint64 offset, char *into, qint64 n)>;

    SealedStream(qint64 size, Read read) : m_size(size), m_body(qMax<qint64>(0, size - checksumBytes)), m_read(std::move(read))
    {
        open(QIODevice::ReadOnly); // buffered: the reader takes a few bytes at a time, SQLite a chunk

    }
    explicit SealedStream(const QByteArray &bytes)
        : SealedStream(bytes.size(), [bytes](qint64 offset, char *into, qint64 n) {
              std::memcpy(into, bytes.constData() + offset, size_t(n));
              return true;
          })
    {
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_body - m_offset + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_size; }

    // Reads what is left of the body, then compares the checksum over all of it.
    bool checksumMatches()
    {
        char sink[4096];
        while (bytesAvailable() > 0)
            if (read(sink, sizeof sink) <= 0)
                return false;
        QByteArray stored(checksumBytes, Qt::Uninitialized);
        return m_size >= checksumBytes && m_read(m_body, stored.data(), checksumBytes) && stored == m_hash.result();
    }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin(max, m_body - m_offset);
        if (n <= 0)
            return n == 0 ? 0 : -1;
        if (!m_read(m_offset, data, n))
            return -1;
        m_hash.add(QByteArrayView(data, n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_body;
    qint64 m_offset = 0;
    Read m_read;
    Sha256 m_hash;
};

struct Header
{
    qint64 position = 0;
    QByteArray eventHash;
};

// Whether the stream holds a sealed snapshot of this format at all; *bare tells one an older
// version wrote without an envelope.
bool recognised(QDataStream &in, SealedStream &stream, QString *problem, bool *bare = nullptr)
{
    quint32 magic = 0, format = 0;
    if (stream.size() >= 4)
        in >> magic;
    if (bare)
        *bare = magic == bareMagic;
    if (stream.size() < 8 + checksumBytes)
        *problem = QStringLiteral("it is too short to be a snapshot");
    else if (magic == bareMagic)
        *problem = QStringLiteral("it was written by an older version without a checksum");
    else if (magic != envelopeMagic)
        *problem = QStringLiteral("it is not a snapshot");
    else if (in >> format, format != formatVersion)
        *problem = QStringLiteral("it has format %1; this version reads format %2").arg(format).arg(formatVersion);
    else
        return true;
    return false;
}

// The rest of the envelope's header, leaving the stream at the payload, which must fill the
// rest of the body.
std::optional<Header> readHeader(QDataStream &in, SealedStream &stream, QString *problem)
{
    auto refuse = [&](const QString &why) {
        *problem = why;
        return std::nullopt;
    };
    Header h;
    quint32 hashLength = 0, payloadLength = 0;
    in >> h.position >> hashLength;
    if (hashLength > checksumBytes || hashLength > stream.bytesAvailable())
        return refuse(QStringLiteral("its chain hash is out of bounds"));
    h.eventHash.resize(hashLength);
    in.readRawData(h.eventHash.data(), int(hashLength));
    in >> payloadLength;
    if (payloadLength > maxPayloadBytes || qint64(payloadLength) != stream.bytesAvailable())
        return refuse(QStringLiteral("its length is out of bounds"));
    if (in.status() != QDataStream::Ok || h.position < 0)
        return refuse(QStringLiteral("it is damaged"));
    return h;
}

// Once a snapshot is recognised, a damaged byte anywhere is named by the checksum, whatever
// it made of the field it fell in.
std::nullopt_t refuseDamaged(QString *problem)
{
    *problem = QStringLiteral("its checksum does not match its contents");
    return std::nullopt;
}

std::optional<Sealed> unsealStream(SealedStream &stream, QString *problem)
{
    QDataStream in(&stream);
    in.setVersion(QDataStream::Qt_6_4);
    if (!recognised(in, stream, problem))
        return std::nullopt;
    std::optional<Sealed> sealed;
    if (const auto header = readHeader(in, stream, problem)) {
        QByteArray payload(stream.bytesAvailable(), Qt::Uninitialized);
        if (in.readRawData(payload.data(), int(payload.size())) == payload.size())
            sealed = Sealed{header->position, header->eventHash, payload};
    }
    if (!stream.checksumMatches())
        return refuseDamaged(problem);
    return sealed;
}

std::optional<DomainState> stateAfter(const Header &header, SealedStream &stream, qint64 rowPosition,
                                      const QByteArray &chainHash, QString *problem, bool *outdated)
{
    if (header.position != rowPosition) {
        *problem = QStringLiteral("it covers event %1 but is filed under event %2").arg(header.position).arg(rowPosition);
        return std::nullopt;
    }
    if (header.eventHash != chainHash) {
        *problem = QStringLiteral("it was taken from another history than the events' hash chain");
        return std::nullopt;
    }
    bool older = false;
    std::optional<DomainState> state = DomainState::deserialize(&stream, &older);
    if (older) {
        if (outdated)
            *outdated = true;
        *problem = QStringLiteral("it holds the state as an older version kept it");
        return std::nullopt;
    }
    if (!state || state->position() != rowPosition) {
        *problem = QStringLiteral("its contents are implausible");
        return std::nullopt;
    }
    return state;
}

// The state in a sealed stream, checked against the row's position and the chain's hash there.
std::optional<DomainState> decodeStream(SealedStream &stream, qint64 rowPosition, const QByteArray &chainHash,
                                        QString *problem, bool *outdated)
{
    QDataStream in(&stream);
    in.setVersion(QDataStream::Qt_6_4);
    if (!recognised(in, stream, problem, outdated))
        return std::nullopt;
    const auto header = readHeader(in, stream, problem);
    std::optional<DomainState> state = header ? stateAfter(*header, stream, rowPosition, chainHash, problem, outdated) : std::nullopt;
    if (!stream.checksumMatches()) {
        if (outdated)
            *outdated = false;
        return refuseDamaged(problem);
    }
    return state;
}

} // namespace

std::optional<Sealed> unseal(const QByteArray &bytes, QString *problem)
{
    SealedStream stream(bytes);
    return unsealStream(stream, problem);
}

std::optional<DomainState> decode(const QByteArray &bytes, qint64 rowPosition, const QByteArray &chainHash,
                                  QString *problem, bool *outdated)
{
    SealedStream stream(bytes);
    return decodeStream(stream, rowPosition, chainHash, problem, outdated);
}

namespace {

// While a snapshot streams through SQLite's page cache, that cache holds no more than a few
// megabytes: its pages are read once, and a writer's large cache would otherwise fill with
// them (tens of megabytes at a million events) on top of the state they become.
class SmallPageCache
{
public:
    explicit SmallPageCache(QSqlDatabase &db) : m_db(db), m_sqlite(!Dialect::of(db).isPostgres())
    {
        if (!m_sqlite)
            return;
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_kept = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA cache_size=-2048"));
    }
    ~SmallPageCache()
    {
        if (m_sqlite && m_kept != 0)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size=%1").arg(m_kept));
    }
    SmallPageCache(const SmallPageCache &) = delete;
    SmallPageCache &operator=(const SmallPageCache &) = delete;

private:
    QSqlDatabase &m_db;
    bool m_sqlite;
    int m_kept = 0;
};

// A snapshot filed in the store, before its state is read.
struct Filed
{
    qint64 position = 0;
    QByteArray chainHash; // of the event at position
    qint64 size = 0;
};

// A PostgreSQL snapshot read a slice at a time: read whole, the server sends it as hex text in
// one row, which libpq and Qt SQL hold in buffers of several times its size (hundreds of
// megabytes at a million events).
class PostgresSlices
{
public:
    PostgresSlices(QSqlDatabase &db, qint64 position, qint64 sliceBytes) : m_query(db), m_position(position), m_sliceBytes(sliceBytes)
    {
        m_query.prepare(QStringLiteral("SELECT substring(state FROM ? FOR ?) FROM snapshots WHERE position = ?"));
    }
    bool read(qint64 offset, char *into, qint64 n)
    {
        while (n > 0) {
            if ((offset < m_start || offset >= m_start + m_slice.size()) && !fetch(offset))
                return false;
            const qint64 k = qMin(n, m_start + m_slice.size() - offset);
            std::memcpy(into, m_slice.constData() + (offset - m_start), size_t(k));
            into += k;
            offset += k;
            n -= k;
        }
        return true;
    }

private:
    bool fetch(qint64 offset)
    {
        m_query.addBindValue(offset + 1); // SQL counts from 1
        m_query.addBindValue(m_sliceBytes);
        m_query.addBindValue(m_position);
        m_slice = m_query.exec() && m_query.next() ? m_query.value(0).toByteArray() : QByteArray();
        m_query.finish();
        m_start = offset;
        return !m_slice.isEmpty();
    }
    QSqlQuery m_query;
    qint64 m_position;
    qint64 m_sliceBytes;
    qint64 m_start = 0;
    QByteArray m_slice;
};

// The state in a filed snapshot, streamed from where it is stored (at a million events it is
// tens of megabytes, which need not be held beside the state): from SQLite's blob a few pages
// at a time, from PostgreSQL in slices.
std::optional<DomainState> decodeFiled(QSqlDatabase &db, const Filed &filed, qint64 sliceBytes, QString *problem, bool *outdated)
{
    sqlite3 *h = sqliteHandle(db);
    if (!h) {
        PostgresSlices slices(db, filed.position, sliceBytes);
        SealedStream stream(filed.size, [&slices](qint64 offset, char *into, qint64 n) { return slices.read(offset, into, n); });
        return decodeStream(stream, filed.position, filed.chainHash, problem, outdated);
    }
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(h, "main", "snapshots", "state", filed.position, 0, &blob) != SQLITE_OK) {
        sqlite3_blob_close(blob);
        *problem = QString::fromUtf8(sqlite3_errmsg(h));
        return std::nullopt;
    }
    SealedStream stream(sqlite3_blob_bytes(blob), [blob](qint64 offset, char *into, qint64 n) {
        return sqlite3_blob_read(blob, into, int(n), int(offset)) == SQLITE_OK;
    });
    auto state = decodeStream(stream, filed.position, filed.chainHash, problem, outdated);
    sqlite3_blob_close(blob);
    return state;
}

// The snapshots at or before head, newest first: read whole before any state is, as
// PostgreSQL allows no other statement on the connection while a result streams.
std::vector<Filed> filedUpTo(QSqlDatabase &db, qint64 head)
{
    std::vector<Filed> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.position, e.hash, length(s.state) FROM snapshots s "
                             "LEFT JOIN events e ON e.position = s.position "
                             "WHERE s.position <= ? ORDER BY s.position DESC"));
    q.addBindValue(head);
    if (q.exec())
        while (q.next())
            out.push_back({q.value(0).toLongLong(), q.value(1).toByteArray(), q.value(2).toLongLong()});
    return out;
}

} // namespace

DomainState loadLatest(QSqlDatabase &db, qint64 head, qint64 sliceBytes)
{
    SmallPageCache cache(db);
    for (const Filed &filed : filedUpTo(db, head)) {
        QString problem;
        bool outdated = false;
        if (auto state = decodeFiled(db, filed, sliceBytes, &problem, &outdated))
            return std::move(*state);
        if (!outdated)
            qWarning("The snapshot at event %lld is ignored (%s); the state is replayed from the events.",
                     filed.position, qUtf8Printable(problem));
    }
    return {};
}

namespace {

// On PostgreSQL Qt SQL sends a bytea parameter as hex text inside the statement: a whole
// snapshot would take over ten times its size in memory at once (half a gigabyte at a
// million events). Its slices are staged in a temporary table and joined by the server.
bool stageSlices(QSqlDatabase &db, const QByteArray &sealed, qint64 sliceBytes)
{
    QSqlQuery q(db);
    // Uncompressed: each slice is read back once, by the join.
    if (!q.exec(QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS snapshot_slices (n INTEGER PRIMARY KEY, part BYTEA NOT NULL)"))
        || !q.exec(QStringLiteral("ALTER TABLE snapshot_slices ALTER COLUMN part SET STORAGE EXTERNAL"))
        || !q.exec(QStringLiteral("DELETE FROM snapshot_slices")))
        return false;
    q.prepare(QStringLiteral("INSERT INTO snapshot_slices (n, part) VALUES (?, ?)"));
    for (qint64 offset = 0, n = 0; offset < sealed.size(); offset += sliceBytes, ++n) {
        q.addBindValue(n);
        q.addBindValue(sealed.mid(offset, sliceBytes));
        if (!q.exec())
            return false;
    }
    return true;
}

} // namespace

bool save(QSqlDatabase &db, const DomainState &state, qint64 sliceBytes)
{
    QSqlQuery hash(db);
    hash.prepare(QStringLiteral("SELECT hash FROM events WHERE position = ?"));
    hash.addBindValue(state.position());
    if (!hash.exec())
        return false;
    const QByteArray eventHash = hash.next() ? hash.value(0).toByteArray() : QByteArray();
    hash.finish();
    const QByteArray sealed = seal({state.position(), eventHash, state.serialize()});
    const bool sliced = !sqliteHandle(db);
    if (sliced && !stageSlices(db, sealed, sliceBytes))
        return false;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO snapshots (position, state) %1 "
                                  "ON CONFLICT (position) DO UPDATE SET state = excluded.state")
                       .arg(sliced ? QStringLiteral("SELECT ?, string_agg(part, ''::bytea ORDER BY n) FROM snapshot_slices")
                                   : QStringLiteral("VALUES (?, ?)")));
    insert.addBindValue(state.position());
    if (!sliced)
        insert.addBindValue(sealed);
    return insert.exec() && (!sliced || QSqlQuery(db).exec(QStringLiteral("DELETE FROM snapshot_slices")));
}

} // namespace hs::snapshots
