#include "snapshots.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QSqlQuery>
#include <QVariant>

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

std::optional<Sealed> unseal(const QByteArray &bytes, QString *problem)
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
    Sealed s;
    in >> s.position;
    quint32 hashLength = 0, payloadLength = 0;
    in >> hashLength;
    if (hashLength > checksumBytes || hashLength > in.device()->bytesAvailable())
        return refuse(QStringLiteral("its chain hash is out of bounds"));
    s.eventHash.resize(hashLength);
    in.readRawData(s.eventHash.data(), int(hashLength));
    in >> payloadLength;
    if (payloadLength > maxPayloadBytes || qint64(payloadLength) != in.device()->bytesAvailable() - checksumBytes)
        return refuse(QStringLiteral("its length is out of bounds"));
    s.payload.resize(payloadLength);
    in.readRawData(s.payload.data(), int(payloadLength));
    if (in.status() != QDataStream::Ok || s.position < 0)
        return refuse(QStringLiteral("it is damaged"));
    return s;
}

std::optional<DomainState> decode(const QByteArray &bytes, qint64 rowPosition, const QByteArray &chainHash,
                                  QString *problem, bool *outdated)
{
    if (outdated)
        *outdated = bytes.startsWith(QByteArrayView("HSNP"));
    const std::optional<Sealed> sealed = unseal(bytes, problem);
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
    if (DomainState::isOlderSnapshot(sealed->payload)) {
        if (outdated)
            *outdated = true;
        *problem = QStringLiteral("it holds the state as an older version kept it");
        return std::nullopt;
    }
    std::optional<DomainState> state = DomainState::deserialize(sealed->payload);
    if (!state || state->position() != rowPosition) {
        *problem = QStringLiteral("its contents are implausible");
        return std::nullopt;
    }
    return state;
}

DomainState loadLatest(QSqlDatabase &db, qint64 head)
{
    QSqlQuery q(db);
    q.setForwardOnly(true); // nothing else runs on the connection while the rows stream
    q.prepare(QStringLiteral("SELECT s.position, s.state, e.hash FROM snapshots s "
                             "LEFT JOIN events e ON e.position = s.position "
                             "WHERE s.position <= ? ORDER BY s.position DESC"));
    q.addBindValue(head);
    if (!q.exec())
        return {};
    while (q.next()) {
        const qint64 position = q.value(0).toLongLong();
        QString problem;
        bool outdated = false;
        if (auto state = decode(q.value(1).toByteArray(), position, q.value(2).toByteArray(), &problem, &outdated))
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
