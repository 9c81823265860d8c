#pragma once

#include "../store/database.h"
#include "../store/eventstore.h"

#include <QList>
#include <optional>

// Store maintenance: rebuilding the read models from the events, and verifying a store end to
// end (hash chain, anchors written down earlier, read models, snapshots, command log).
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
// Every problem found, in words; empty when the store is sound. events is null while the
// file holds no store yet.
QStringList verify(Database &db, EventStore *events, const QList<Anchor> &anchors = {});

} // namespace hs::maintenance
