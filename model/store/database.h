#pragma once

#include "dialect.h"
#include "pgsession.h"
#include "sqlitepipe.h"
#include "storeerror.h"
#include "storefile.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace hs {

class BackgroundCheckpointer;

// How a connection waits for a lock another process holds: as long as that process makes
// progress, and at most patienceMs while it does not; waiting is announced after a second.
struct WaitPolicy
{
    // On the waiting thread: true with who holds the lock once the wait has lasted a second,
    // false when it is over.
    std::function<void(bool waiting, const QString &holders)> onWaiting;
    // Set from any thread to give up every wait at once (closing the window).
    const std::atomic<bool> *abandon = nullptr;
    int patienceMs = defaultPatienceMs();
    // HAULSTREAM_WAIT_SECONDS, else a minute.
    static int defaultPatienceMs();
};

// One connection to a Haulstream store, owned by the thread that opened it: an SQLite file, or
// a PostgreSQL database named by a postgresql:// URI (a shared store, see postgres.h).
// Opening checks the store first, read-only: a file or database that is not a Haulstream store,
// or one written by a newer version, is refused and left exactly as it was.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    static std::unique_ptr<Database> open(const QString &path, Mode mode, StoreError *error,
                                          const WaitPolicy &wait = {});
    // A private in-memory store (what-if branches, tests).
    static std::unique_ptr<Database> openMemory(StoreError *error);
    ~Database();

    // Until the commit or rollback, the writes that return nothing are pipelined: on
    // PostgreSQL always (PgSession: round trips saved), on SQLite for a batch of several
    // commands (SqlitePipe: a single command's writes would be waited for at once, so a second
    // thread would overlap nothing).
    void pipelineWrites(bool severalCommands)
    {
        if (m_pg)
            m_pg->pipelineWrites();
        if (m_sqlitePipe && severalCommands)
            m_sqlitePipe->pipelineWrites();
    }
    // The connection for Qt SQL: the writes pipelined so far are run (SQLite) or read
    // (PostgreSQL) first, as Qt SQL can run nothing while a pipeline is open.
    QSqlDatabase &connection()
    {
        if (m_pg && m_pg->pipelined())
            m_pg->settle();
        if (m_sqlitePipe && m_sqlitePipe->busy())
            m_sqlitePipe->settle();
        return m_db;
    }
    Dialect dialect() const { return Dialect::of(m_db); }
    bool isPostgres() const { return dialect().isPostgres(); }
    const QString &path() const { return m_path; }
    bool isMemory() const { return m_memory; }
    bool exists() const { return m_hasSchema; }
    // Written by an older version: a writer must bring it up before its read models are read.
    bool needsMigration() const { return m_hasSchema && m_storedVersion < schemaVersion; }

    // Creates the schema if the file is new. Called before the first write.
    bool ensureSchema(StoreError *error);

    // Takes the write lock now, so that no other writer slips in between: BEGIN IMMEDIATE on
    // SQLite (waiting while another writer holds it), the append advisory lock on PostgreSQL
    // (held until commit: positions become visible in the order they were given). Fails
    // (ViewLost) if this process lost its locks on the SQLite file.
    bool beginWrite(StoreError *error = nullptr);
    // The same, but gives up at once if another writer holds the lock.
    bool tryBeginWrite();
    bool commit(StoreError *error = nullptr);
    void rollback();
    // Runs one statement; a failure is described by its real cause.
    bool exec(const QString &sql, StoreError *error = nullptr);
    // The cause of a failed statement on this connection.
    StoreError failure(const QSqlError &error) const;
    // The cause of the last failure on this connection, where Qt SQL did not hand it over.
    StoreError lastFailure() const;

    // False once this process no longer holds SQLite's lock on the file, or the path names
    // another file: something in the process opened and closed the store file (which drops
    // every POSIX lock the process holds on it), or the file was replaced.
    bool keepsItsLocks() const;
    // Before closing a connection whose view of the file was lost: it must not checkpoint a
    // log that another process may have replaced.
    void forgoCheckpointOnClose();

    // Changes whenever any connection (this process or another) commits to the store (on
    // PostgreSQL: the head position).
    qint64 dataVersion();

    // After a bulk write, outside a transaction: PostgreSQL's planner statistics and visibility
    // map taken now rather than when autovacuum comes by, a minute or more later (meanwhile
    // the as-of reads are planned for empty tables). Nothing to do on SQLite.
    bool refreshStatistics(StoreError *error = nullptr);

    // 2: the unassigned-queue index (rm_queue) and live-row indexes of the read models.
    // 3: shipments by submission order (the newest-first lookup).
    // 4: receivables, credit and promises (accounts' terms, limits, holds and exposure; invoices'
    //    due dates; trucks' breakdown times; shipments' references and promised times).
    // 5: the unassigned queue's ranges in B-tree indexes instead of an R-tree.
    // 6: a shipment's history read from its events (no rm_shipment_history).
    // 7: only listeners' events and commands indexed by correlation (schema::createCorrelationIndexes).
    // 8: PostgreSQL's version and ledger indexes cover the columns as-of reads take (INCLUDE).
    // 9: PostgreSQL's trucks and accounts indexed by their rows' position ranges (GiST), so
    //    that every row as of a moment is one stabbing query.
    static constexpr int schemaVersion = 9;
    static constexpr int applicationId = 0x48415553; // "HAUS"

private:
    Database();
    bool openConnection(QSqlDatabase &db, const QString &name, Mode mode, StoreError *error);
    std::optional<StoreError> judge(QSqlDatabase &probe, const QString &path, bool *hasSchema);
    bool switchToWal(StoreError *error);
    static int systemErrno(const QSqlDatabase &db);
    int onBusy(int count);
    void endWait();
    QSqlDatabase m_db;
    std::unique_ptr<PgSession> m_pg; // on PostgreSQL
    std::unique_ptr<SqlitePipe> m_sqlitePipe; // a writer's connection to a file
    WaitPolicy m_wait;
    bool m_noWait = false;
    bool m_waitShown = false;
    QElapsedTimer m_waitTimer;
    qint64 m_lastProgressMs = 0;
    QByteArray m_progress;
    std::optional<storefile::Identity> m_identity;
    QString m_name;
    QString m_path;
    bool m_memory = false;
    bool m_hasSchema = false;
    int m_storedVersion = 0;
    std::unique_ptr<BackgroundCheckpointer> m_checkpointer; // a writer's, on SQLite
    void checkpointInBackground();
    void stopCheckpointing();
    bool migrate(StoreError *error);
    static std::unique_ptr<Database> openPostgres(const QString &uri, Mode mode, StoreError *error);
    bool probePostgres(StoreError *error);
    bool ensurePostgresSchema(StoreError *error);
    int storedSchemaVersion();
    bool setStoredSchemaVersion(int version, StoreError *error);
};

// A prepared statement for the hot paths, bound in order like QSqlQuery::addBindValue().
// On SQLite it steps SQLite's own statement behind a QSqlQuery on the same connection (so in the
// same transaction, and finalized by Qt SQL when the connection closes): values are bound as
// they are, text as UTF-8, without Qt SQL's per-statement bookkeeping. On PostgreSQL it is
// libpq's prepared statement on the connection's PgSession (writes pipelined in a transaction;
// the statement lives as long as the session, which is why statements are kept, not made per
// call), or, on a connection no Database opened, that QSqlQuery with named placeholders. Values
// are taken in order, wrapping around after the last placeholder, so a statement is always
// bound from its first value again.
class SqlStatement
{
public:
    explicit SqlStatement(const QSqlDatabase &db);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    bool prepare(const QString &sql);
    // A statement whose rows are never read (SELECT pg_notify(...)): on PostgreSQL it is
    // pipelined like an INSERT, UPDATE or DELETE, which prepare() recognizes by themselves.
    bool prepareUnread(const QString &sql);

    void bind(qint64 value);
    void bind(int value) { bind(qint64(value)); }
    void bind(const std::optional<qint64> &value);
    // A null QString binds NULL, as with Qt SQL; an empty one binds ''.
    void bind(const QString &text);
    void bindUtf8(const QByteArray &text);
    void bindBlob(const QByteArray &bytes);
    void bindNull();
    void addBindValue(const QVariant &value);

    // Runs the statement with the values bound; a SELECT's rows then come through next().
    bool exec();
    bool next();
    QVariant value(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    // Valid until the next step, or on PostgreSQL the next call.
    QByteArrayView utf8(int column) const;
    bool isNull(int column) const;
    // Done with the rows: SQLite's read of them ends.
    void finish();
    QSqlError lastError() const;

    static const QString &placeholder(int i);

private:
    bool preparePostgres(const QString &sql);
    bool putPostgres(const QByteArray &bytes, bool binary);
    sqlite3_stmt *native() const;
    sqlite3_stmt *bindTarget();
    template <typename MakeValue> bool defer(MakeValue make);
    bool settlePipe();
    template <typename OnPostgres, typename OnSqlite> void put(OnPostgres postgres, OnSqlite sqlite);
    bool failed();
    void advance();
    QSqlQuery m_query;
    sqlite3 *m_connection = nullptr; // null on PostgreSQL
    sqlite3_stmt *m_bindTarget = nullptr;
    sqlite3_stmt *m_rows = nullptr; // between exec() and the end of its rows
    bool m_rowWaiting = false;
    // A writer's connection to a file: its writes go through the pipe while it is active.
    SqlitePipe *m_pipe = nullptr;
    bool m_writes = false;    // returns no rows: INSERT, UPDATE, DELETE (or prepareUnread); pipelined
    bool m_deferring = false; // this execution's values go to m_deferred
    std::vector<SqlitePipe::Value> m_deferred;
    QList<QByteArray> m_held; // what each placeholder's text or bytes point into
    std::optional<QSqlError> m_error;
    int m_next = 0;
    int m_count = 0;
    mutable QByteArray m_converted; // PostgreSQL's text as UTF-8 (through Qt SQL)
    // PostgreSQL through libpq (a connection a Database opened, see PgSession).
    PgSession *m_session = nullptr;
    QByteArray m_name;
    QList<bool> m_nulls, m_binary;
    PGresult *m_result = nullptr;
    int m_row = -1;
};

// One row of a result, from a QSqlQuery or a SqlStatement alike: what row codecs read.
class SqlRow
{
public:
    SqlRow(const QSqlQuery &q) : m_query(&q) {}
    SqlRow(const SqlStatement &s) : m_statement(&s) {}
    QVariant value(int column) const { return m_statement ? m_statement->value(column) : m_query->value(column); }
    // The same without a QVariant in between (SQLite's own statements read the column as it is).
    qint64 integer(int column) const { return m_statement ? m_statement->integer(column) : m_query->value(column).toLongLong(); }
    QString text(int column) const { return m_statement ? m_statement->text(column) : m_query->value(column).toString(); }
    QByteArray utf8(int column) const
    {
        return m_statement ? m_statement->utf8(column).toByteArray() : m_query->value(column).toByteArray();
    }

private:
    const QSqlQuery *m_query = nullptr;
    const SqlStatement *m_statement = nullptr;
};

// Rows one at a time where that is safe. PostgreSQL drops the rest of a streamed result when
// the connection runs another statement meanwhile, so there the whole result is fetched.
void streamRows(QSqlQuery &q);

// Runs one statement; on failure puts the driver's text in error and returns false.
bool execSql(QSqlDatabase &db, const QString &sql, StoreError *error = nullptr);

} // namespace hs
