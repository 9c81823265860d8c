#pragma once

#include "../domain/domainstate.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <optional>

// Snapshots of the domain state: a cache that shortens a reopen, never a source of truth.
// Each one is sealed with the position it covers, the chain hash of the event there, its
// format version and a SHA-256 over all of it; one that fails any check is passed over with a
// warning and the state is replayed from the events. `verify` compares them with a replay.
namespace hs::snapshots {

inline constexpr quint32 formatVersion = 1;
inline constexpr qint64 maxPayloadBytes = qint64(1) << 30;

struct Sealed
{
    qint64 position = 0;
    QByteArray eventHash; // the chain's hash at position (empty at 0)
    QByteArray payload;   // DomainState::serialize()
};

QByteArray seal(const Sealed &s);
// nullopt, with *problem in words, when the bytes are not an intact snapshot of this format.
std::optional<Sealed> unseal(const QByteArray &bytes, QString *problem);
// The state a snapshot row holds, checked against the row's position and the chain's hash there.
// *outdated tells a snapshot of an older version (unused, but not damaged) from a damaged one.
std::optional<DomainState> decode(const QByteArray &bytes, qint64 rowPosition, const QByteArray &chainHash,
                                  QString *problem, bool *outdated = nullptr);

// PostgreSQL sends a snapshot in slices of this many bytes, not in one row (each slice read
// decompresses the value up to its end: larger than those written).
inline constexpr qint64 defaultReadSliceBytes = qint64(4) << 20;

// The newest snapshot at or before head that passes every check; a default state if none does.
DomainState loadLatest(QSqlDatabase &db, qint64 head, qint64 sliceBytes = defaultReadSliceBytes);
// PostgreSQL is sent a snapshot in slices of this many bytes.
inline constexpr qint64 defaultWriteSliceBytes = qint64(1) << 20;

// Seals the state at its position; runs inside the writer's transaction.
bool save(QSqlDatabase &db, const DomainState &state, qint64 sliceBytes = defaultWriteSliceBytes);
// The same in steps, so that the sealing (the costly part) can run on another thread: the
// chain's hash at a position, the sealed bytes of a state (touches no store), and storing them.
std::optional<QByteArray> chainHashAt(QSqlDatabase &db, qint64 position);
QByteArray sealState(const DomainState &state, const QByteArray &chainHash);
bool store(QSqlDatabase &db, qint64 position, const QByteArray &sealed, qint64 sliceBytes = defaultWriteSliceBytes);

} // namespace hs::snapshots
