#pragma once

// Where a test's store lives. The store suites run twice under CTest: on SQLite files, and with
// HAULSTREAM_TEST_BACKEND=postgresql on fresh databases of the throw-away cluster that
// pgcluster.sh started (its URI in the file HAULSTREAM_TEST_PG_URI_FILE names).

#include "store/postgres.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace hs::test {

inline bool onPostgres() { return qEnvironmentVariable("HAULSTREAM_TEST_BACKEND") == u"postgresql"; }

// The cluster's URI, connecting as its owner to the owner's own database.
inline QString clusterUri()
{
    QFile f(qEnvironmentVariable("HAULSTREAM_TEST_PG_URI_FILE"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("HAULSTREAM_TEST_PG_URI_FILE does not name the test cluster's URI file");
    return QString::fromUtf8(f.readAll()).trimmed();
}

// Runs statements as the cluster's owner: on its own database, or on the one uri names.
inline bool onCluster(const QStringList &statements, const QString &uri = {})
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("test-cluster-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        QString problem;
        ok = postgres::configure(db, uri.isEmpty() ? clusterUri() : uri, &problem) && db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A new empty database on the cluster; its URI.
inline QString freshDatabase()
{
    const QString name = QStringLiteral("hs_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    if (!onCluster({QStringLiteral("CREATE DATABASE %1").arg(name)}))
        qFatal("cannot create a database on the test cluster");
    return postgres::withDatabase(clusterUri(), name);
}

// A store that does not exist yet: a file in dir, or a fresh database.
inline QString storeLocation(const QTemporaryDir &dir, const QString &fileName)
{
    return onPostgres() ? freshDatabase() : dir.filePath(fileName);
}

// A plain connection to a store's database, for tests that go around Haulstream (editing an
// event behind its back). Close it and remove it by name when done.
inline QSqlDatabase rawConnection(const QString &location, const QString &name)
{
    QSqlDatabase db;
    if (postgres::isLocation(location)) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        QString problem;
        postgres::configure(db, location, &problem);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
    }
    db.open();
    return db;
}

// The same cluster URI, logging in as login.
inline QString asLogin(const QString &uri, const QString &login)
{
    QString u = uri;
    const auto start = u.indexOf(QStringLiteral("://")) + 3;
    const auto atSign = u.indexOf(u'@', start);
    return u.replace(start, atSign - start, login);
}

// How many tables the store's database holds (0: nothing was created).
inline int tableCount(const QString &uri)
{
    int n = -1;
    {
        QSqlDatabase db = rawConnection(uri, QStringLiteral("test-table-count"));
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")) && q.next())
            n = q.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-table-count"));
    return n;
}

} // namespace hs::test
