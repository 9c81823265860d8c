#include "sqlitepipe.h"

#include "handleregistry.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace hs {

namespace {

// Writes handed over together: one lock and wake-up per group, not per write.
constexpr size_t jobsPerGroup = 128;
// Groups queued at most: the writer's thread never runs more than a few thousand writes ahead.
constexpr size_t groupsAhead = 16;

} // namespace

SqlitePipe *SqlitePipe::of(sqlite3 *connection)
{
    if (!connection)
        return nullptr;
    return HandleRegistry<sqlite3 *, SqlitePipe>::instance().find(connection);
}

SqlitePipe::SqlitePipe(sqlite3 *connection) : m_connection(connection), m_thread([this] { run(); })
{
    HandleRegistry<sqlite3 *, SqlitePipe>::instance().add(connection, this);
}

SqlitePipe::~SqlitePipe()
{
    HandleRegistry<sqlite3 *, SqlitePipe>::instance().remove(m_connection);
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_ready.clear();
        m_changed.notify_all();
    }
    m_thread.join();
}

bool SqlitePipe::push(sqlite3_stmt *statement, std::vector<Value> &values)
{
    if (m_failed.load(std::memory_order_acquire)) {
        values.clear();
        return false;
    }
    m_pending.jobs.push_back(Job{statement, m_pending.values.size(), values.size()});
    for (Value &v : values)
        m_pending.values.push_back(std::move(v));
    values.clear();
    m_queued.fetch_add(1, std::memory_order_relaxed);
    if (m_pending.jobs.size() >= jobsPerGroup) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_ready.size() < groupsAhead || m_failed; });
        handOver(lock);
    }
    return true;
}

void SqlitePipe::handOver(std::unique_lock<std::mutex> &)
{
    if (m_pending.jobs.empty())
        return;
    if (m_failed) {
        m_queued.fetch_sub(m_pending.jobs.size());
        m_pending = {};
        return;
    }
    m_ready.push_back(std::move(m_pending));
    m_pending = {};
    m_pending.jobs.reserve(jobsPerGroup);
    m_changed.notify_all();
}

bool SqlitePipe::settle(QSqlError *error)
{
    if (m_queued != 0) {
        std::unique_lock lock(m_mutex);
        handOver(lock);
        m_changed.wait(lock, [&] { return (m_ready.empty() && !m_running) || m_failed; });
        // After a failure the rest is dropped; the one running, if any, is waited for.
        m_changed.wait(lock, [&] { return !m_running; });
        m_ready.clear();
        m_queued = 0;
    }
    const std::optional<QSqlError> failed = failure();
    if (failed && error)
        *error = *failed;
    return !failed;
}

void SqlitePipe::end()
{
    {
        std::unique_lock lock(m_mutex);
        m_pending = {};
        m_ready.clear();
        m_changed.wait(lock, [&] { return !m_running; });
        m_queued = 0;
        m_failure.reset();
        m_failed = false;
    }
    m_active = false;
}

std::optional<QSqlError> SqlitePipe::failure() const
{
    if (!m_failed.load(std::memory_order_acquire))
        return std::nullopt;
    return m_failure;
}

void SqlitePipe::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [&] { return !m_ready.empty() || m_stopping; });
        if (m_stopping)
            return;
        Group group = std::move(m_ready.front());
        m_ready.pop_front();
        m_running = true;
        m_changed.notify_all();
        lock.unlock();
        const bool ok = execute(group);
        const size_t ran = group.jobs.size();
        group = {}; // the values are freed here, on this thread
        lock.lock();
        m_running = false;
        if (ok)
            m_queued.fetch_sub(ran, std::memory_order_release); // its writes happened before: busy() acquires
        else
            m_ready.clear();
        m_changed.notify_all();
    }
}

// Binds and steps each write in turn; the first that fails is described as Qt SQL describes a
// failed step (in Qt's own words and translation, hence not literals here), so that StoreError
// finds the same cause, and nothing after it runs.
bool SqlitePipe::execute(const Group &group)
{
    for (const Job &job : group.jobs) {
        sqlite3_stmt *s = job.statement;
        for (size_t i = 0; i < job.count; ++i) {
            const Value &v = group.values[job.first + i];
            const int at = int(i) + 1;
            switch (v.kind) {
            case Value::Kind::Null:
                sqlite3_bind_null(s, at);
                break;
            case Value::Kind::Integer:
                sqlite3_bind_int64(s, at, v.integer);
                break;
            case Value::Kind::Real:
                sqlite3_bind_double(s, at, v.real);
                break;
            case Value::Kind::Text:
                sqlite3_bind_text(s, at, v.bytes.isEmpty() ? "" : v.bytes.constData(), int(v.bytes.size()), SQLITE_STATIC);
                break;
            case Value::Kind::Blob:
                if (v.bytes.isEmpty())
                    sqlite3_bind_zeroblob(s, at, 0);
                else
                    sqlite3_bind_blob(s, at, v.bytes.constData(), int(v.bytes.size()), SQLITE_STATIC);
                break;
            }
        }
        const int rc = sqlite3_step(s);
        if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
            sqlite3_reset(s);
            continue;
        }
        static const char *const qtContext = "QSQLiteResult";
        static const char *const qtWords = "Unable to fetch row";
        m_failure = QSqlError(QCoreApplication::translate(qtContext, qtWords), QString::fromUtf8(sqlite3_errmsg(m_connection)),
                              QSqlError::StatementError, QString::number(sqlite3_extended_errcode(m_connection)));
        sqlite3_reset(s);
        m_failed.store(true, std::memory_order_release);
        return false;
    }
    return true;
}

} // namespace hs
