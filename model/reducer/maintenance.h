#pragma once

#include "../store/database.h"
#include "../store/eventstore.h"

#include <QList>
#include <functional>
#include <optional>

// Store maintenance: rebuilding the read models from the events, copying history into a
// what-if branch, and verifying a store end to end (hash chain, anchors written down earlier,
// read models, snapshots, command log).
namespace hs::maintenance {

// A point of the hash chain noted earlier (`haulctl head`, printed statements): a store whose
// chain no longer passes through it was truncated or had its history rewritten.
struct Anchor
{
    qint64 position = 0;
    QByteArray hash; // raw SHA-256; empty at position 0
};
// "POSITION:HASH", the hash in hexadecimal.
std::optional<Anchor> parseAnchor(QStringView text);
QByteArray anchorJson(const Anchor &a); // {"position":N,"hash":"..."}
// The head the store recorded.
Anchor head(Database &db);

// Read models from scratch; the number of events replayed.
std::optional<qint64> rebuild(Database &db, EventStore &events, StoreError *error);
// Where a what-if branch starts: the events up to a position and the command log before a
// sequence number.
struct HistoryCut
{
    qint64 upToPosition = 0;
    qint64 beforeSeq = 0;
};
// Copies the history before the cut from source into the empty store target (events with
// their ids, their read models, the command log) in one transaction; evolve sees each event.
bool importHistory(Database &target, EventStore &targetEvents, EventStore &source, const HistoryCut &cut,
                   const std::function<void(const RecordedEvent &)> &evolve, StoreError *error);

// Every problem found, in words; empty when the store is sound. events is null while the
// file holds no store yet.
QStringList verify(Database &db, EventStore *events, const QList<Anchor> &anchors = {});

} // namespace hs::maintenance
