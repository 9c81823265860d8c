#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace hs {

// SQLite's answer to PostgreSQL's pipeline (PgSession): in a transaction that asked for it (a
// batch of several commands, Reducer::submit), the statements that return nothing (INSERT,
// UPDATE, DELETE) are run in order on a thread of their own while the writer's thread goes on
// deciding, hashing and projecting the next commands; an import keeps two cores busy instead of
// one. Before a statement that returns rows, before Qt SQL runs anything on the connection
// (Database::connection()) and at the commit, the thread is waited for: the connection is never
// used by both at once.
//
// The first write that fails is kept: later writes are not run, every later statement of the
// batch reports it, and the commit is refused with it, so nothing of the batch is kept.
class SqlitePipe
{
public:
    // The pipe of the connection db, or null when db is not a writer connection a Database opened.
    static SqlitePipe *of(sqlite3 *connection);

    explicit SqlitePipe(sqlite3 *connection);
    ~SqlitePipe();
    SqlitePipe(const SqlitePipe &) = delete;
    SqlitePipe &operator=(const SqlitePipe &) = delete;

    // One bound value of a write: what SqlStatement would have bound itself.
    struct Value
    {
        enum class Kind : unsigned char { Null, Integer, Real, Text, Blob };
        Kind kind = Kind::Null;
        qint64 integer = 0;
        double real = 0;
        QByteArray bytes; // UTF-8 text or a blob
    };

    void pipelineWrites() { m_active = true; }
    bool active() const { return m_active; }
    // Queues a write with its values (taken, the vector left empty); false once a write failed.
    bool push(sqlite3_stmt *statement, std::vector<Value> &values);
    // Waits until every queued write has run; false with the first failure.
    bool settle(QSqlError *error = nullptr);
    bool busy() const { return m_queued.load(std::memory_order_acquire) != 0; }
    // A transaction ends or begins: writes not run yet are dropped, the failure forgotten, and
    // the next writes run at once until pipelineWrites().
    void end();
    // The first write that failed, once one has.
    std::optional<QSqlError> failure() const;

private:
    struct Job
    {
        sqlite3_stmt *statement;
        size_t first; // into the group's values
        size_t count;
    };
    struct Group
    {
        std::vector<Job> jobs;
        std::vector<Value> values;
    };
    void handOver(std::unique_lock<std::mutex> &lock);
    void run();
    bool execute(const Group &group);

    sqlite3 *m_connection;
    bool m_active = false;
    Group m_pending;                      // the writer's, not handed over yet
    std::atomic<size_t> m_queued = 0;     // jobs pushed and not yet run
    std::atomic<bool> m_failed = false;   // read once per write by the writer: no lock
    std::optional<QSqlError> m_failure;   // the worker's; read after settle()
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Group> m_ready;
    bool m_running = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace hs
