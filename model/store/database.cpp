#include "database.h"

#include "postgres.h"
#include "schema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace hs {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("haulstream-%1").arg(++counter);
}

QVariant scalar(QSqlDatabase &db, const QString &sql, bool *ok = nullptr)
{
    QSqlQuery q(db);
    const bool done = q.exec(sql) && q.next();
    if (ok)
        *ok = done;
    return done ? q.value(0) : QVariant();
}

} // namespace

void streamRows(QSqlQuery &q)
{
    q.setForwardOnly(!(q.driver() && q.driver()->dbmsType() == QSqlDriver::PostgreSQL));
}

bool execSql(QSqlDatabase &db, const QString &sql, StoreError *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        error->message = q.lastError().text();
    return false;
}

std::unique_ptr<Database> Database::open(const QString &path, Mode mode, StoreError *error)
{
    if (postgres::isLocation(path))
        return openPostgres(path, mode, error);
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == Mode::ReadOnly)
            return openMemory(error); // a missing file reads as an empty store
        if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
            error->message = QStringLiteral("Cannot create the folder %1.").arg(info.absolutePath());
            return nullptr;
        }
    } else if (info.isDir()) {
        error->message = QStringLiteral("%1 is a folder, not a Haulstream store.").arg(path);
        return nullptr;
    }

    std::unique_ptr<Database> d(new Database);
    d->m_path = info.absoluteFilePath();
    d->m_name = uniqueConnectionName();

    bool hasSchema = false;
    if (info.exists()) {
        // Look before touching: read-only, no WAL switch, no schema.
        const QString probeName = d->m_name + QStringLiteral("-probe");
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
            probe.setDatabaseName(d->m_path);
            probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            bool ok = probe.open();
            QString problem;
            if (ok) {
                bool read = false;
                const int tables = scalar(probe, QStringLiteral("SELECT count(*) FROM sqlite_master"), &read).toInt();
                if (!read) {
                    problem = QStringLiteral("%1 is not a Haulstream store (it is not an SQLite database).").arg(path);
                } else {
                    const int appId = scalar(probe, QStringLiteral("PRAGMA application_id")).toInt();
                    const int version = scalar(probe, QStringLiteral("PRAGMA user_version")).toInt();
                    if (tables == 0 && appId == 0) {
                        hasSchema = false; // an empty SQLite file: becomes a store on first write
                    } else if (appId != applicationId) {
                        problem = QStringLiteral("%1 is not a Haulstream store (it is an SQLite database of another program).").arg(path);
                    } else if (version > schemaVersion) {
                        problem = QStringLiteral("%1 was written by a newer version of Haulstream (store schema %2; this version reads up to %3). Update Haulstream to open it.")
                                      .arg(path).arg(version).arg(schemaVersion);
                    } else {
                        hasSchema = true;
                        d->m_storedVersion = version;
                    }
                }
            } else {
                problem = QStringLiteral("%1 cannot be opened: %2").arg(path, probe.lastError().text());
            }
            probe.close();
            if (!problem.isEmpty()) {
                probe = QSqlDatabase();
                QSqlDatabase::removeDatabase(probeName);
                error->message = problem;
                return nullptr;
            }
        }
        QSqlDatabase::removeDatabase(probeName);
    }

    d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->m_name);
    d->m_db.setDatabaseName(d->m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    d->m_db.setConnectOptions(options);
    if (!d->m_db.open()) {
        error->message = QStringLiteral("%1 cannot be opened: %2").arg(path, d->m_db.lastError().text());
        return nullptr;
    }
    d->m_hasSchema = hasSchema;
    if (mode == Mode::ReadWrite && hasSchema) {
        if (scalar(d->m_db, QStringLiteral("PRAGMA journal_mode=WAL")).toString() != u"wal") {
            error->message = QStringLiteral("%1: the store could not switch to write-ahead logging.").arg(path);
            return nullptr;
        }
    }
    if (mode == Mode::ReadWrite && hasSchema && d->m_storedVersion < schemaVersion && !d->migrate(error))
        return nullptr;
    execSql(d->m_db, QStringLiteral("PRAGMA synchronous=NORMAL"));
    // Checkpoint every ~40 MB of log instead of every 4 MB: a checkpoint (with its fsync) is
    // what an interactive command occasionally waits for, so it comes ten times less often.
    if (mode == Mode::ReadWrite)
        execSql(d->m_db, QStringLiteral("PRAGMA wal_autocheckpoint=10000"));
    // The writer keeps a large page cache for imports; readers page what a screen shows.
    execSql(d->m_db, mode == Mode::ReadWrite ? QStringLiteral("PRAGMA cache_size=-65536")
                                             : QStringLiteral("PRAGMA cache_size=-8192"));
    execSql(d->m_db, QStringLiteral("PRAGMA temp_store=MEMORY"));
    return d;
}

std::unique_ptr<Database> Database::openMemory(StoreError *error)
{
    std::unique_ptr<Database> d(new Database);
    d->m_name = uniqueConnectionName();
    d->m_memory = true;
    d->m_path = QStringLiteral(":memory:");
    d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->m_name);
    d->m_db.setDatabaseName(QStringLiteral(":memory:"));
    if (!d->m_db.open()) {
        error->message = d->m_db.lastError().text();
        return nullptr;
    }
    if (!d->ensureSchema(error))
        return nullptr;
    return d;
}

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool Database::ensureSchema(StoreError *error)
{
    if (m_hasSchema)
        return true;
    if (isPostgres())
        return ensurePostgresSchema(error);
    if (!m_memory
        && scalar(m_db, QStringLiteral("PRAGMA journal_mode=WAL")).toString() != u"wal") {
        error->message = QStringLiteral("%1: the store could not switch to write-ahead logging.").arg(m_path);
        return false;
    }
    if (!execSql(m_db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    // Another connection may have created the store since this one found the file new.
    if (!m_memory && scalar(m_db, QStringLiteral("PRAGMA application_id")).toInt() == applicationId) {
        m_storedVersion = scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt();
        rollback();
        m_hasSchema = true;
        return true;
    }
    for (const QString &sql : schema::createStatements()) {
        if (!execSql(m_db, sql, error)) {
            rollback();
            return false;
        }
    }
    execSql(m_db, QStringLiteral("PRAGMA application_id=%1").arg(applicationId));
    execSql(m_db, QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion));
    if (!commit()) {
        error->message = m_db.lastError().text();
        return false;
    }
    m_hasSchema = true;
    m_storedVersion = schemaVersion;
    return true;
}

const QString &SqlStatement::placeholder(int i)
{
    static const QList<QString> names = [] {
        QList<QString> n;
        for (int k = 0; k < 64; ++k)
            n << QStringLiteral(":p%1").arg(k);
        return n;
    }();
    return names.at(i);
}

bool SqlStatement::prepare(const QString &sql)
{
    QString named;
    named.reserve(sql.size() + 64);
    m_next = 0;
    m_count = 0;
    for (QChar c : sql) {
        if (c == u'?')
            named += placeholder(m_count++);
        else
            named += c;
    }
    return QSqlQuery::prepare(named);
}

bool Database::migrate(StoreError *error)
{
    // Only read models change between versions so far, and they are disposable: drop them,
    // create today's, and let the projection catch up from the first event.
    if (!beginWrite()) {
        error->message = m_db.lastError().text();
        return false;
    }
    bool ok = true;
    QSqlQuery q(m_db);
    QStringList existing;
    const QString tables = isPostgres()
        ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'");
    if (q.exec(tables + QStringLiteral(" AND %1 LIKE 'rm\\_%' ESCAPE '\\'").arg(isPostgres() ? u"tablename" : u"name")))
        while (q.next())
            existing << q.value(0).toString();
    q.finish();
    for (const QString &table : existing)
        ok = ok && execSql(m_db, QStringLiteral("DROP TABLE IF EXISTS %1").arg(table), error);
    for (const QString &sql : schema::createReadModelStatements(QStringLiteral("main"), dialect()))
        ok = ok && execSql(m_db, sql, error);
    ok = ok && execSql(m_db, QStringLiteral("UPDATE meta SET value = 0 WHERE key = 'projection_position'"), error);
    ok = ok && setStoredSchemaVersion(schemaVersion, error);
    if (!ok || !commit()) {
        rollback();
        error->message = QStringLiteral("%1 could not be brought up to this version of Haulstream: %2").arg(m_path, error->message);
        return false;
    }
    m_storedVersion = schemaVersion;
    return true;
}

bool Database::beginWrite()
{
    if (!isPostgres())
        return execSql(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    if (!execSql(m_db, QStringLiteral("BEGIN")))
        return false;
    if (execSql(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(postgres::appendLock)))
        return true;
    rollback();
    return false;
}
bool Database::commit() { return execSql(m_db, QStringLiteral("COMMIT")); }
void Database::rollback() { execSql(m_db, QStringLiteral("ROLLBACK")); }

qint64 Database::dataVersion()
{
    if (isPostgres())
        return scalar(m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'head_position'")).toLongLong();
    return scalar(m_db, QStringLiteral("PRAGMA data_version")).toLongLong();
}

int Database::storedSchemaVersion()
{
    if (isPostgres())
        return scalar(m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt();
    return scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt();
}

bool Database::setStoredSchemaVersion(int version, StoreError *error)
{
    if (isPostgres())
        return execSql(m_db, QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(version), error);
    return execSql(m_db, QStringLiteral("PRAGMA user_version=%1").arg(version), error);
}

} // namespace hs
