// The PostgreSQL side of Database: connecting, recognising a store, creating one.

#include "database.h"
#include "postgres.h"
#include "schema.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace hs {

namespace {

QString connectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("haulstream-pg-%1").arg(++counter);
}

QVariant firstValue(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

constexpr auto storeMark = "haulstream";

// A plain query, not to_regclass(): after waiting on an advisory lock the catalog caches may
// not yet know of a table another client created meanwhile, a query's snapshot does.
const QString metaExists = QStringLiteral("SELECT count(*) > 0 FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'meta'");

} // namespace

std::unique_ptr<Database> Database::openPostgres(const QString &uri, Mode mode, StoreError *error)
{
    std::unique_ptr<Database> d(new Database);
    d->m_name = connectionName();
    d->m_path = postgres::displayName(uri);
    d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), d->m_name);
    if (!d->m_db.isValid()) {
        error->message = QStringLiteral("%1 cannot be opened: Qt's PostgreSQL driver (QPSQL, Debian's "
                                        "libqt6sql6-psql) is not installed.").arg(d->m_path);
        return nullptr;
    }
    QString problem;
    if (!postgres::configure(d->m_db, uri, &problem)) {
        error->message = problem;
        return nullptr;
    }
    if (!d->m_db.open()) {
        error->message = QStringLiteral("%1 cannot be opened: %2").arg(d->m_path, d->m_db.lastError().text().trimmed());
        return nullptr;
    }
    if (PGconn *c = PgSession::connectionOf(d->m_db))
        d->m_pg = std::make_unique<PgSession>(c);
    // Notices (a role that already exists, ...) are not the user's business.
    execSql(d->m_db, QStringLiteral("SET client_min_messages = warning"));
    if (!d->probePostgres(error))
        return nullptr;
    // A reader's session is not made read-only: verify builds its fresh rebuild in temporary
    // tables, which PostgreSQL refuses in a read-only transaction.
    if (mode == Mode::ReadWrite && d->m_hasSchema && d->m_storedVersion < schemaVersion && !d->migrate(error))
        return nullptr;
    return d;
}

bool Database::probePostgres(StoreError *error)
{
    // One statement, one snapshot: a store another client is creating is either all there or not.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FILTER (WHERE c.relname = 'meta'), count(*) FROM pg_class c "
                               "JOIN pg_namespace n ON n.oid = c.relnamespace "
                               "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p', 'f')"))
        || !q.next()) {
        error->message = QStringLiteral("%1 cannot be read: %2").arg(m_path, q.lastError().text());
        return false;
    }
    const bool hasMeta = q.value(0).toInt() > 0;
    const int relations = q.value(1).toInt();
    q.finish();
    if (!hasMeta) {
        if (relations > 0) {
            error->message = QStringLiteral("%1 is not a Haulstream store: the database holds tables of another "
                                            "program (%2). A new store needs an empty database.").arg(m_path).arg(relations);
            return false;
        }
        m_hasSchema = false; // an empty database: becomes a store on first write
        return true;
    }
    const QString mark = firstValue(m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'store'")).toString();
    const int version = storedSchemaVersion();
    if (mark != QLatin1String(storeMark)) {
        error->message = QStringLiteral("%1 is not a Haulstream store (its tables belong to another program).").arg(m_path);
        return false;
    }
    if (version > schemaVersion) {
        error->message = QStringLiteral("%1 was written by a newer version of Haulstream (store schema %2; this version "
                                        "reads up to %3). Update Haulstream to open it.").arg(m_path).arg(version).arg(schemaVersion);
        return false;
    }
    m_hasSchema = true;
    m_storedVersion = version;
    return true;
}

bool Database::ensurePostgresSchema(StoreError *error)
{
    if (!beginWrite()) {
        error->message = QStringLiteral("%1 cannot be written: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    // Another client may have created the store since this one found the database empty.
    if (firstValue(m_db, metaExists).toBool()) {
        rollback();
        return probePostgres(error);
    }
    const QString owner = m_db.driver()->escapeIdentifier(firstValue(m_db, QStringLiteral("SELECT session_user")).toString(),
                                                          QSqlDriver::TableName);
    const QString schemaName = m_db.driver()->escapeIdentifier(firstValue(m_db, QStringLiteral("SELECT current_schema()")).toString(),
                                                               QSqlDriver::TableName);
    QStringList statements = schema::createStatements(dialect());
    statements << QStringLiteral("INSERT INTO meta (key, value) VALUES ('store', '%1'), ('schema_version', '%2')")
                      .arg(QLatin1String(storeMark)).arg(schemaVersion);
    statements += postgres::permissionStatements(owner, schemaName);
    for (const QString &sql : statements) {
        if (!execSql(m_db, sql, error)) {
            error->message = QStringLiteral("%1: the store could not be created: %2").arg(m_path, error->message);
            rollback();
            return false;
        }
    }
    if (!commit()) {
        error->message = m_db.lastError().text();
        rollback();
        return false;
    }
    m_hasSchema = true;
    m_storedVersion = schemaVersion;
    return true;
}

bool Database::refreshStatistics(StoreError *error)
{
    if (!isPostgres() || !m_hasSchema)
        return true;
    // VACUUM too: a rebuild leaves every old row dead, and index-only reads need the visibility
    // map. Only the owner may: for any other login PostgreSQL warns and skips the table.
    const QStringList tables = QStringList{QStringLiteral("events"), QStringLiteral("commands")} + schema::readModelTables();
    return execSql(m_db, QStringLiteral("VACUUM (ANALYZE) ") + tables.join(QStringLiteral(", ")), error);
}

} // namespace hs
