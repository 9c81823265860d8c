#pragma once

#include "../store/eventstore.h"

#include <functional>
#include <memory>

namespace hs {

// The events of a store file read and decoded ahead on a second thread, through a read-only
// connection of its own, while the caller's thread projects and writes the ones before them:
// a rebuild's reading and decoding leave its critical path. The reader's snapshot starts after
// the caller took the write lock, so it holds exactly the events the caller sees. Each event
// holds what a projection reads of it (projectionEventFromRow), not its ids.
class EventFeed
{
public:
    // Starts reading the events up to toPosition from the store file at path.
    EventFeed(const QString &path, qint64 toPosition);
    ~EventFeed();
    EventFeed(const EventFeed &) = delete;
    EventFeed &operator=(const EventFeed &) = delete;

    // Hands every event to visit, in order, on the calling thread. False when the events could
    // not be read (error says why) or visit refused one.
    bool forEach(const std::function<bool(const RecordedEvent &)> &visit, StoreError *error);

    struct Shared;

private:
    std::shared_ptr<Shared> m_shared;
};

} // namespace hs
