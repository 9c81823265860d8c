#pragma once

#include <QSqlError>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace hs {

// Statements run in order on a thread of their own while the caller's thread goes on projecting
// the next events: a rebuild's SQLite work and its projection overlap on two cores. Only for a
// connection nobody else uses meanwhile (the rebuild holds the write lock and reads through a
// connection of its own); the caller runs no statement on it until drain() has returned.
class WriteQueue
{
public:
    // A job's statements; an invalid QSqlError when they succeeded.
    using Job = std::function<QSqlError()>;

    WriteQueue();
    // Jobs not yet run are dropped: the caller rolls the transaction back.
    ~WriteQueue();
    WriteQueue(const WriteQueue &) = delete;
    WriteQueue &operator=(const WriteQueue &) = delete;

    // Queues a job; waits while the thread is far behind.
    void push(Job job);
    // Waits until every queued job has run; false when one failed (error() says why).
    bool drain();
    // A job has failed: the ones after it were not run.
    bool failed() const;
    QSqlError error() const;

private:
    void handOver(std::unique_lock<std::mutex> &lock);
    void run();

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<Job> m_pending;            // the caller's, not handed over yet
    std::deque<std::vector<Job>> m_ready;  // handed over, in order
    std::vector<std::vector<Job>> m_spent; // run, to be freed by the caller's thread
    bool m_busy = false;
    bool m_stopping = false;
    QSqlError m_error;
    std::atomic<bool> m_failed = false; // read once per row by the caller: no lock
    std::thread m_thread;
};

} // namespace hs
