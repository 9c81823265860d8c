#pragma once

#include "../domain/values.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace hs {

struct StoreError;

// A shared store on a PostgreSQL server, named by a libpq URI:
// postgresql://[user[:password]@]host[:port]/dbname[?param=value&...]
namespace postgres {

bool isLocation(const QString &location);
// Sets host, port, database, user, password and options of a QPSQL connection from the URI.
bool configure(QSqlDatabase &db, const QString &uri, QString *problem);
// The URI without its password, for messages and output.
QString displayName(const QString &uri);
// The same server with another database.
QString withDatabase(const QString &uri, const QString &database);

// The advisory lock every writer takes first: one append at a time, in commit order.
constexpr qint64 appendLock = 0x48415553;
// What NOTIFY announces a new head on; the payload is the head position.
inline QString headChannel() { return QStringLiteral("haulstream_head"); }

// The roles a department's members hold, and the role that may act for anyone.
QString departmentRole(Department department);
inline QString importRole() { return QStringLiteral("haulstream_import"); }

// Run in the transaction that creates the schema: roles, grants, and the trigger that makes
// the database itself refuse events the login may not append.
QStringList permissionStatements(const QString &owner, const QString &schema);
// Makes LOGIN (created when missing) a member of each department's role.
bool grant(QSqlDatabase &db, const QString &login, const QList<Department> &departments, StoreError *error);

} // namespace postgres

// Who the store's connection acts as. On PostgreSQL: the login and the department roles it
// holds; on SQLite nobody is checked (the file's permissions are the only guard).
struct Identity
{
    QString login;
    QList<Department> departments; // those it may act for
    bool mayActForAnyone = true;

    bool mayActAs(const Actor &actor) const;
    static Identity of(QSqlDatabase &db);
    // Whoever is logged in to this computer: the dashboard's default user.
    static QString osLogin();
};

} // namespace hs
