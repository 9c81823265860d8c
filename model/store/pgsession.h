#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>

#include <initializer_list>
#include <optional>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace hs {

// One PostgreSQL connection as libpq sees it, under Qt SQL's driver: SqlStatement runs there
// through libpq's extended protocol, and in a transaction that asked for it (a batch of commands,
// Reducer::submit) the statements that return nothing (INSERT, UPDATE, DELETE, pg_notify) are
// pipelined: sent without waiting for their results, which are read at the next statement that
// returns rows, at the commit, or before Qt SQL runs anything on the connection
// (Database::connection() settles). A command's thirty round trips become a few.
//
// The first write that fails is kept: every later statement of the transaction reports it, and
// the commit is refused with it, so a failure is never lost between the write and its result.
class PgSession
{
public:
    // The session of the connection db, or null when db is not a PostgreSQL connection a
    // Database opened.
    static PgSession *of(const QSqlDatabase &db);
    static PGconn *connectionOf(const QSqlDatabase &db);

    explicit PgSession(PGconn *connection);
    ~PgSession();
    PgSession(const PgSession &) = delete;
    PgSession &operator=(const PgSession &) = delete;

    PGconn *connection() const { return m_connection; }
    bool pipelined() const { return m_pipelined; }
    const std::optional<QSqlError> &failure() const { return m_failure; }

    struct Params
    {
        int count = 0;
        const char *const *values = nullptr;
        const int *lengths = nullptr;
        const int *formats = nullptr;
    };
    // PQprepare: outside the pipeline, which is settled first.
    bool prepare(const QByteArray &name, const QByteArray &sql, QSqlError *error);
    // A statement without rows: pipelined inside a transaction, run at once outside one.
    bool send(const QByteArray &name, const Params &p, QSqlError *error);
    // A statement with rows: its result (the caller clears it), or null with the error. Inside
    // the pipeline the writes sent before it are read first.
    PGresult *run(const QByteArray &name, const Params &p, QSqlError *error);
    // Statements without parameters, all sent before any result is read: one round trip.
    bool runTogether(std::initializer_list<const char *> statements, QSqlError *error);
    // The pipeline ends: every result read. False with the first failure.
    bool settle(QSqlError *error = nullptr);
    // COMMIT, at the end of the pipeline; refused when a write failed.
    bool commit(QSqlError *error);
    // Before ROLLBACK: the pipeline ends and its failure is forgotten.
    void discard();
    // A new transaction starts clean, its writes run one at a time until pipelineWrites().
    void begin()
    {
        m_failure.reset();
        m_mayPipeline = false;
    }
    // Until the commit or rollback, writes are pipelined. Only for code that runs Qt SQL through
    // Database::connection() and nothing but SqlStatement on connections it keeps: Qt SQL would
    // wait forever on a result still in the pipeline.
    void pipelineWrites() { m_mayPipeline = true; }

    // As Qt's PostgreSQL driver describes a failed statement.
    static QSqlError errorOf(const PGresult *result, PGconn *connection);

private:
    void drain();
    PGresult *execNow(const QByteArray &name, const Params &p, QSqlError *error);
    void leave();
    bool enter();
    bool readPending(QSqlError *error);
    bool fail(const QSqlError &error, QSqlError *out);
    PGconn *m_connection;
    bool m_pipelined = false;
    bool m_mayPipeline = false;
    int m_pending = 0; // statements sent whose results are not read yet
    std::optional<QSqlError> m_failure;
};

} // namespace hs
