#include "snapshots.h"

#include "database.h"
#include "dialect.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace hs::snapshots {

namespace {
constexpr quint32 envelopeMagic = 0x48535345; // "HSSE"
constexpr quint32 bareMagic = 0x48534e50;     // "HSNP": a payload without an envelope (older versions)
constexpr int checksumBytes = 32;

QByteArray sha256(QByteArrayView bytes) { return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256); }
} // namespace

QByteArray seal(const Sealed &s)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << envelopeMagic << formatVersion << s.position << quint32(s.eventHash.size());
    out.writeRawData(s.eventHash.constData(), int(s.eventHash.size()));
    out << quint32(s.payload.size());
    out.writeRawData(s.payload.constData(), int(s.payload.size()));
    return bytes + sha256(bytes);
}

namespace {

// A sealed snapshot's parts, read in place: the payload of a large state is not copied.
struct Envelope
{
    qint64 position = 0;
    QByteArrayView eventHash;
    QByteArrayView payload;
};

std::optional<Envelope> open(const QByteArray &bytes, QString *problem)
{
    auto refuse = [&](const QString &why) {
        *problem = why;
        return std::nullopt;
    };
    if (bytes.size() < 8 + checksumBytes)
        return refuse(QStringLiteral("it is too short to be a snapshot"));
    const QByteArrayView body = QByteArrayView(bytes).chopped(checksumBytes);
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, format = 0;
    in >> magic >> format;
    if (magic == bareMagic)
        return refuse(QStringLiteral("it was written by an older version without a checksum"));
    if (magic != envelopeMagic)
        return refuse(QStringLiteral("it is not a snapshot"));
    if (format != formatVersion)
        return refuse(QStringLiteral("it has format %1; this version reads format %2").arg(format).arg(formatVersion));
    if (sha256(body) != QByteArrayView(bytes).last(checksumBytes))
        return refuse(QStringLiteral("its checksum does not match its contents"));
    Envelope e;
    in >> e.position;
    quint32 hashLength = 0, payloadLength = 0;
    in >> hashLength;
    if (hashLength > checksumBytes || hashLength > in.device()->bytesAvailable())
        return refuse(QStringLiteral("its chain hash is out of bounds"));
    e.eventHash = QByteArrayView(bytes).sliced(in.device()->pos(), hashLength);
    in.skipRawData(int(hashLength));
    in >> payloadLength;
    if (payloadLength > maxPayloadBytes || qint64(payloadLength) != in.device()->bytesAvailable() - checksumBytes)
        return refuse(QStringLiteral("its length is out of bounds"));
    e.payload = QByteArrayView(bytes).sliced(in.device()->pos(), payloadLength);
    if (in.status() != QDataStream::Ok || e.position < 0)
        return refuse(QStringLiteral("it is damaged"));
    return e;
}

} // namespace

std::optional<Sealed> unseal(const QByteArray &bytes, QString *problem)
{
    const auto e = open(bytes, problem);
    if (!e)
        return std::nullopt;
    return Sealed{e->position, e->eventHash.toByteArray(), e->payload.toByteArray()};
}

std::optional<DomainState> decode(const QByteArray &bytes, qint64 rowPosition, const QByteArray &chainHash,
                                  QString *problem, bool *outdated)
{
    if (outdated)
        *outdated = bytes.startsWith(QByteArrayView("HSNP"));
    const std::optional<Envelope> sealed = open(bytes, problem);
    if (!sealed)
        return std::nullopt;
    if (sealed->position != rowPosition) {
        *problem = QStringLiteral("it covers event %1 but is filed under event %2").arg(sealed->position).arg(rowPosition);
        return std::nullopt;
    }
    if (sealed->eventHash != chainHash) {
        *problem = QStringLiteral("it was taken from another history than the events' hash chain");
        return std::nullopt;
    }
    // Read where it lies: bytes outlives the decoding.
    const QByteArray payload = QByteArray::fromRawData(sealed->payload.constData(), sealed->payload.size());
    if (DomainState::isOlderSnapshot(payload)) {
        if (outdated)
            *outdated = true;
        *problem = QStringLiteral("it holds the state as an older version kept it");
        return std::nullopt;
    }
    std::optional<DomainState> state = DomainState::deserialize(payload);
    if (!state || state->position() != rowPosition) {
        *problem = QStringLiteral("its contents are implausible");
        return std::nullopt;
    }
    return state;
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

} // namespace

// The sealed snapshot filed under position: on SQLite read straight into one buffer (a value
// spanning many pages would otherwise be assembled once by SQLite and copied again by Qt SQL).
QByteArray sealedBytes(QSqlDatabase &db, const QSqlQuery &row)
{
    sqlite3 *h = sqliteHandle(db);
    if (!h)
        return row.value(2).toByteArray();
    sqlite3_blob *blob = nullptr;
    QByteArray bytes;
    if (sqlite3_blob_open(h, "main", "snapshots", "state", row.value(0).toLongLong(), 0, &blob) == SQLITE_OK) {
        bytes.resize(sqlite3_blob_bytes(blob));
        if (sqlite3_blob_read(blob, bytes.data(), int(bytes.size()), 0) != SQLITE_OK)
            bytes.clear();
    }
    sqlite3_blob_close(blob);
    return bytes;
}

DomainState loadLatest(QSqlDatabase &db, qint64 head)
{
    SmallPageCache cache(db);
    QSqlQuery q(db);
    q.setForwardOnly(true); // nothing else runs on the connection while the rows stream
    const bool inPlace = sqliteHandle(db) != nullptr;
    q.prepare(QStringLiteral("SELECT s.position, e.hash%1 FROM snapshots s "
                             "LEFT JOIN events e ON e.position = s.position "
                             "WHERE s.position <= ? ORDER BY s.position DESC").arg(inPlace ? QString() : QStringLiteral(", s.state")));
    q.addBindValue(head);
    if (!q.exec())
        return {};
    while (q.next()) {
        const qint64 position = q.value(0).toLongLong();
        QString problem;
        bool outdated = false;
        if (auto state = decode(sealedBytes(db, q), position, q.value(1).toByteArray(), &problem, &outdated))
            return std::move(*state);
        if (!outdated)
            qWarning("The snapshot at event %lld is ignored (%s); the state is replayed from the events.",
                     position, qUtf8Printable(problem));
    }
    return {};
}

bool save(QSqlDatabase &db, const DomainState &state)
{
    QSqlQuery hash(db);
    hash.prepare(QStringLiteral("SELECT hash FROM events WHERE position = ?"));
    hash.addBindValue(state.position());
    if (!hash.exec())
        return false;
    const QByteArray eventHash = hash.next() ? hash.value(0).toByteArray() : QByteArray();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO snapshots (position, state) VALUES (?, ?) "
                                  "ON CONFLICT (position) DO UPDATE SET state = excluded.state"));
    insert.addBindValue(state.position());
    insert.addBindValue(seal({state.position(), eventHash, state.serialize()}));
    return insert.exec();
}

} // namespace hs::snapshots
