#pragma once

#include "database.h"

namespace hs {

// Copies a store's events and command log, row for row, into an empty store of either kind:
// events exactly as stored (ids, times, data before any upcast, hashes), so the target's hash
// chain is the source's own; the head goes with them. Read models are not copied: the target
// projects its own when a reducer next opens it. Runs in one write transaction of target.
struct CopyCounts
{
    qint64 events = 0;
    qint64 commands = 0;
};
std::optional<CopyCounts> copyStore(Database &source, Database &target, StoreError *error);

} // namespace hs
