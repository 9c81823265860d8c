#include "pgsession.h"

#include "handleregistry.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace hs {

namespace {

// Writes sent before their results are read: bounded, so that neither side's socket buffer
// fills while the other waits on it.
constexpr int maxPending = 500;

bool succeeded(const PGresult *r)
{
    const ExecStatusType s = PQresultStatus(r);
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

// In Qt's own words and translation (qtbase's catalogue, hence not literals here), as its
// PostgreSQL driver describes a statement it could not run.
QString driverText()
{
    static const char *const qtContext = "QPSQLResult";
    static const char *const qtWords = "Unable to create query";
    return QCoreApplication::translate(qtContext, qtWords);
}

} // namespace

PGconn *PgSession::connectionOf(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    // Qt's driver names the type as libpq declares it.
    const bool pgconn = v.isValid() && (qstrcmp(v.typeName(), "PGconn*") == 0 || qstrcmp(v.typeName(), "pg_conn*") == 0);
    return pgconn ? *static_cast<PGconn *const *>(v.constData()) : nullptr;
}

PgSession *PgSession::of(const QSqlDatabase &db)
{
    PGconn *c = connectionOf(db);
    if (!c)
        return nullptr;
    return HandleRegistry<PGconn *, PgSession>::instance().find(c);
}

PgSession::PgSession(PGconn *connection) : m_connection(connection)
{
    HandleRegistry<PGconn *, PgSession>::instance().add(connection, this);
}

PgSession::~PgSession()
{
    discard();
    HandleRegistry<PGconn *, PgSession>::instance().remove(m_connection);
}

QSqlError PgSession::errorOf(const PGresult *result, PGconn *connection)
{
    const char *message = result ? PQresultErrorMessage(result) : PQerrorMessage(connection);
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    if (!message || !*message)
        message = PQerrorMessage(connection);
    return QSqlError(driverText(), QString::fromUtf8(message).trimmed(),
                     QSqlError::StatementError, QString::fromLatin1(state ? state : ""));
}

bool PgSession::fail(const QSqlError &error, QSqlError *out)
{
    if (out)
        *out = error;
    return false;
}

// Qt SQL reads a statement's result and leaves the end of it on the connection until its next
// statement: libpq runs nothing else before that end is read.
void PgSession::drain()
{
    while (PGresult *r = PQgetResult(m_connection))
        PQclear(r);
}

bool PgSession::enter()
{
    drain();
    m_pipelined = PQenterPipelineMode(m_connection) == 1;
    return m_pipelined;
}

// After PQpipelineSync and the statements' results: up to the synchronization point (a null
// between results ends one statement's; two in a row, a broken connection), then out of the
// pipeline.
void PgSession::leave()
{
    for (int nulls = 0; nulls < 2;) {
        PGresult *r = PQgetResult(m_connection);
        if (!r) {
            ++nulls;
            continue;
        }
        nulls = 0;
        const bool sync = PQresultStatus(r) == PGRES_PIPELINE_SYNC;
        PQclear(r);
        if (sync)
            break;
    }
    if (!PQexitPipelineMode(m_connection) && !m_failure)
        m_failure = errorOf(nullptr, m_connection);
    m_pipelined = PQpipelineStatus(m_connection) != PQ_PIPELINE_OFF;
}

bool PgSession::prepare(const QByteArray &name, const QByteArray &sql, QSqlError *error)
{
    if (m_pipelined && !settle(error))
        return false;
    drain();
    PGresult *r = PQprepare(m_connection, name.constData(), sql.constData(), 0, nullptr);
    const bool ok = r && succeeded(r);
    if (!ok && error)
        *error = errorOf(r, m_connection);
    PQclear(r);
    return ok;
}

// The results of the writes sent so far, in order; the first failure is kept.
bool PgSession::readPending(QSqlError *error)
{
    for (; m_pending > 0; --m_pending) {
        PGresult *r = PQgetResult(m_connection);
        if (!r) {
            if (!m_failure)
                m_failure = errorOf(nullptr, m_connection);
            m_pending = 0;
            break;
        }
        if (!succeeded(r) && !m_failure)
            m_failure = errorOf(r, m_connection);
        PQclear(r);
        while (PGresult *rest = PQgetResult(m_connection)) // the end of this statement's results
            PQclear(rest);
    }
    return !m_failure || fail(*m_failure, error);
}

// Outside the pipeline: the statement's result, or null with the error.
PGresult *PgSession::execNow(const QByteArray &name, const Params &p, QSqlError *error)
{
    drain();
    PGresult *r = PQexecPrepared(m_connection, name.constData(), p.count, p.values, p.lengths, p.formats, 0);
    if (r && succeeded(r))
        return r;
    if (error)
        *error = errorOf(r, m_connection);
    PQclear(r);
    return nullptr;
}

bool PgSession::send(const QByteArray &name, const Params &p, QSqlError *error)
{
    if (m_failure)
        return fail(*m_failure, error);
    if (!m_pipelined)
        drain();
    if (!m_pipelined && (!m_mayPipeline || PQtransactionStatus(m_connection) != PQTRANS_INTRANS || !enter())) {
        PGresult *r = execNow(name, p, error);
        PQclear(r);
        return r != nullptr;
    }
    if (!PQsendQueryPrepared(m_connection, name.constData(), p.count, p.values, p.lengths, p.formats, 0)) {
        m_failure = errorOf(nullptr, m_connection);
        return fail(*m_failure, error);
    }
    if (++m_pending < maxPending)
        return true;
    PQsendFlushRequest(m_connection);
    PQflush(m_connection);
    return readPending(error);
}

PGresult *PgSession::run(const QByteArray &name, const Params &p, QSqlError *error)
{
    if (m_failure) {
        fail(*m_failure, error);
        return nullptr;
    }
    if (!m_pipelined)
        return execNow(name, p, error);
    if (!PQsendQueryPrepared(m_connection, name.constData(), p.count, p.values, p.lengths, p.formats, 0)) {
        m_failure = errorOf(nullptr, m_connection);
        fail(*m_failure, error);
        return nullptr;
    }
    PQsendFlushRequest(m_connection);
    PQflush(m_connection);
    readPending(nullptr); // the writes sent before it
    PGresult *r = PQgetResult(m_connection);
    while (PGresult *rest = PQgetResult(m_connection))
        PQclear(rest);
    if (!m_failure && r && succeeded(r))
        return r;
    if (!m_failure)
        m_failure = errorOf(r, m_connection);
    PQclear(r);
    fail(*m_failure, error);
    return nullptr;
}

bool PgSession::runTogether(std::initializer_list<const char *> statements, QSqlError *error)
{
    if (m_pipelined && !settle(error))
        return false;
    if (!enter())
        return fail(errorOf(nullptr, m_connection), error);
    for (const char *sql : statements) {
        if (!PQsendQueryParams(m_connection, sql, 0, nullptr, nullptr, nullptr, nullptr, 0)) {
            m_failure = errorOf(nullptr, m_connection);
            break;
        }
        ++m_pending;
    }
    const bool ok = settle(error);
    m_failure.reset(); // reported here: the caller rolls back
    return ok;
}

bool PgSession::settle(QSqlError *error)
{
    if (!m_pipelined)
        return !m_failure || fail(*m_failure, error);
    PQpipelineSync(m_connection);
    readPending(nullptr);
    leave();
    return !m_failure || fail(*m_failure, error);
}

bool PgSession::commit(QSqlError *error)
{
    m_mayPipeline = false;
    // The commit travels with the writes (a pipeline of its own when there were none): one
    // round trip for all of them.
    if (m_failure || (!m_pipelined && !enter())
        || !PQsendQueryParams(m_connection, "COMMIT", 0, nullptr, nullptr, nullptr, nullptr, 0)) {
        if (!m_failure)
            m_failure = errorOf(nullptr, m_connection);
        settle();
        return fail(*m_failure, error);
    }
    PQpipelineSync(m_connection);
    readPending(nullptr);
    PGresult *r = PQgetResult(m_connection);
    const QByteArray tag = r ? QByteArray(PQcmdStatus(r)) : QByteArray();
    if ((!r || !succeeded(r)) && !m_failure)
        m_failure = errorOf(r, m_connection);
    PQclear(r);
    leave();
    // An aborted transaction answers COMMIT with ROLLBACK, without an error.
    if (!m_failure && tag != "COMMIT")
        m_failure = QSqlError(driverText(), QString::fromUtf8(tag), QSqlError::TransactionError);
    return !m_failure || fail(*m_failure, error);
}

void PgSession::discard()
{
    m_mayPipeline = false;
    settle();
    m_failure.reset();
}

} // namespace hs
