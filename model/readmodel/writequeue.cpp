#include "writequeue.h"

namespace hs {

namespace {

// Jobs handed over together: one lock and wake-up per group, not per job.
constexpr size_t jobsPerHandOver = 64;
// Groups queued at most: the projection never runs more than a few thousand rows ahead.
constexpr size_t groupsAhead = 8;

} // namespace

WriteQueue::WriteQueue() : m_thread([this] { run(); }) {}

WriteQueue::~WriteQueue()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_ready.clear();
        m_changed.notify_all();
    }
    m_thread.join();
}

void WriteQueue::push(Job job)
{
    m_pending.push_back(std::move(job));
    if (m_pending.size() < jobsPerHandOver)
        return;
    std::vector<std::vector<Job>> spent;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_ready.size() < groupsAhead || m_failed; });
        handOver(lock);
        spent.swap(m_spent);
    }
} // spent, and the rows its jobs held, freed here, outside the lock

void WriteQueue::handOver(std::unique_lock<std::mutex> &)
{
    if (m_failed) {
        m_pending.clear(); // nothing after a failed job runs
        return;
    }
    m_ready.push_back(std::move(m_pending));
    m_pending = {};
    m_pending.reserve(jobsPerHandOver);
    m_changed.notify_all();
}

bool WriteQueue::drain()
{
    std::unique_lock lock(m_mutex);
    if (!m_pending.empty())
        handOver(lock);
    m_changed.wait(lock, [&] { return (m_ready.empty() && !m_busy) || m_failed; });
    return !m_failed;
}

bool WriteQueue::failed() const
{
    return m_failed;
}

QSqlError WriteQueue::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void WriteQueue::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [&] { return !m_ready.empty() || m_stopping; });
        if (m_stopping)
            return;
        std::vector<Job> group = std::move(m_ready.front());
        m_ready.pop_front();
        m_busy = true;
        m_changed.notify_all();
        lock.unlock();
        QSqlError failure;
        for (Job &job : group) {
            failure = job();
            if (failure.isValid())
                break;
        }
        lock.lock();
        // The rows are freed by the projecting thread (push()): this one is the busier.
        m_spent.push_back(std::move(group));
        m_busy = false;
        if (failure.isValid()) {
            m_failed = true;
            m_error = failure;
            m_ready.clear();
        }
        m_changed.notify_all();
    }
}

} // namespace hs
