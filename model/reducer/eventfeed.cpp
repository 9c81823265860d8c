#include "eventfeed.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace hs {

namespace {

// Events handed over together: one lock per chunk, not per event.
constexpr size_t chunkSize = 256;
// Chunks read ahead at most: the reader never holds more than a few thousand events.
constexpr size_t chunksAhead = 16;

} // namespace

struct EventFeed::Shared
{
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::vector<RecordedEvent>> chunks;
    std::vector<std::vector<RecordedEvent>> spent; // visited: freed by the reader, off the consumer's thread
    bool done = false;      // the reader has handed over all it will
    bool readOk = true;
    bool abandoned = false; // the consumer stopped early
    StoreError error;
    std::thread reader;

    // On the reader thread: waits while the consumer is far behind; false once it has gone.
    bool hand(std::vector<RecordedEvent> &&chunk)
    {
        std::vector<std::vector<RecordedEvent>> visited;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return chunks.size() < chunksAhead || abandoned; });
            if (abandoned)
                return false;
            chunks.push_back(std::move(chunk));
            visited.swap(spent);
            changed.notify_all();
        }
        return true; // visited is freed here, outside the lock
    }

    // Hands the rows over in chunks; false when they could not be read.
    bool readRows(SqlStatement &rows)
    {
        std::vector<RecordedEvent> chunk;
        chunk.reserve(chunkSize);
        while (rows.next()) {
            chunk.push_back(projectionEventFromRow(rows));
            if (chunk.size() < chunkSize)
                continue;
            if (!hand(std::move(chunk)))
                return true;
            chunk = {};
            chunk.reserve(chunkSize);
        }
        if (rows.lastError().isValid())
            return false;
        if (!chunk.empty())
            hand(std::move(chunk));
        return true;
    }

    void read(const QString &path, qint64 toPosition)
    {
        StoreError openError;
        bool ok = false;
        {
            std::unique_ptr<Database> db = Database::open(path, Database::Mode::ReadOnly, &openError);
            if (db) {
                // SQLite's own statement: no Qt SQL row cache, no text through UTF-16.
                SqlStatement rows(db->connection());
                ok = rows.prepare(QStringLiteral("SELECT %1 FROM events WHERE position <= ? ORDER BY position").arg(projectionColumns()));
                if (ok) {
                    rows.bind(toPosition);
                    ok = rows.exec() && readRows(rows);
                }
                if (!ok)
                    openError = db->failure(rows.lastError());
            }
        }
        std::lock_guard lock(mutex);
        readOk = ok;
        error = openError;
        done = true;
        changed.notify_all();
    }
};

EventFeed::EventFeed(const QString &path, qint64 toPosition) : m_shared(std::make_shared<Shared>())
{
    m_shared->reader = std::thread([s = m_shared.get(), path, toPosition] { s->read(path, toPosition); });
}

EventFeed::~EventFeed()
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->abandoned = true;
        m_shared->changed.notify_all();
    }
    m_shared->reader.join();
}

bool EventFeed::forEach(const std::function<bool(const RecordedEvent &)> &visit, StoreError *error)
{
    Shared &s = *m_shared;
    std::vector<RecordedEvent> chunk;
    for (;;) {
        {
            std::unique_lock lock(s.mutex);
            if (!chunk.empty())
                s.spent.push_back(std::move(chunk));
            s.changed.wait(lock, [&] { return !s.chunks.empty() || s.done; });
            if (s.chunks.empty()) {
                if (!s.readOk)
                    *error = s.error;
                return s.readOk;
            }
            chunk = std::move(s.chunks.front());
            s.chunks.pop_front();
            s.changed.notify_all();
        }
        for (const RecordedEvent &e : chunk)
            if (!visit(e))
                return false;
    }
}

} // namespace hs
