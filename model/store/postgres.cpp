#include "postgres.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace hs {

namespace postgres {

namespace {

const QList<Department> departments = {Department::CustomerService, Department::Dispatch, Department::Finance};

struct Parts
{
    QString user, password, host, port, database;
    QList<std::pair<QString, QString>> params;
};

// libpq's URI form, split by hand: QUrl refuses an empty host ("postgresql://me@/db?host=/run/x").
std::optional<Parts> split(const QString &uri)
{
    const qsizetype schemeEnd = uri.indexOf(QStringLiteral("://"));
    if (schemeEnd < 0 || !isLocation(uri))
        return std::nullopt;
    QString rest = uri.mid(schemeEnd + 3);
    QString query;
    if (const auto q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString authority = rest;
    Parts p;
    if (const auto slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        p.database = QUrl::fromPercentEncoding(rest.mid(slash + 1).toUtf8());
    }
    if (const auto at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString info = authority.left(at);
        authority = authority.mid(at + 1);
        const auto colon = info.indexOf(u':');
        p.user = QUrl::fromPercentEncoding(info.left(colon).toUtf8());
        if (colon >= 0)
            p.password = QUrl::fromPercentEncoding(info.mid(colon + 1).toUtf8());
    }
    const auto closing = authority.lastIndexOf(u']');
    const auto colon = authority.lastIndexOf(u':');
    if (colon > closing) {
        p.port = authority.mid(colon + 1);
        authority.truncate(colon);
    }
    if (authority.startsWith(u'[') && authority.endsWith(u']'))
        authority = authority.mid(1, authority.size() - 2);
    p.host = QUrl::fromPercentEncoding(authority.toUtf8());
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const auto eq = pair.indexOf(u'=');
        const QString key = QUrl::fromPercentEncoding(pair.left(eq).toUtf8());
        const QString value = eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8());
        if (key == u"host")
            p.host = value;
        else if (key == u"port")
            p.port = value;
        else if (key == u"user")
            p.user = value;
        else if (key == u"password")
            p.password = value;
        else if (key == u"dbname")
            p.database = value;
        else
            p.params.append({key, value});
    }
    return p;
}

} // namespace

bool isLocation(const QString &location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

bool configure(QSqlDatabase &db, const QString &uri, QString *problem)
{
    const auto p = split(uri);
    if (!p) {
        *problem = QStringLiteral("%1 is not a PostgreSQL URI.").arg(displayName(uri));
        return false;
    }
    bool portOk = true;
    const int port = p->port.isEmpty() ? -1 : p->port.toInt(&portOk);
    if (!portOk || port == 0 || port > 65535) {
        *problem = QStringLiteral("%1: the port %2 is not a number from 1 to 65535.").arg(displayName(uri), p->port);
        return false;
    }
    db.setHostName(p->host);
    db.setPort(port);
    db.setDatabaseName(p->database);
    db.setUserName(p->user); // empty: libpq's own default (PGUSER, the OS login)
    db.setPassword(p->password); // empty: PGPASSWORD or ~/.pgpass
    QStringList options;
    for (const auto &[key, value] : p->params)
        options << QStringLiteral("%1=%2").arg(key, value);
    db.setConnectOptions(options.join(u';'));
    return true;
}

QString displayName(const QString &uri)
{
    static const QRegularExpression password(QStringLiteral("^(postgres(?:ql)?://[^:@/]*):[^@/]*@"));
    return QString(uri).replace(password, QStringLiteral("\\1@"));
}

QString withDatabase(const QString &uri, const QString &database)
{
    QString base = uri;
    QString query;
    if (const auto q = base.indexOf(u'?'); q >= 0) {
        query = base.mid(q);
        base.truncate(q);
    }
    const auto schemeEnd = base.indexOf(QStringLiteral("://")) + 3;
    const auto slash = base.indexOf(u'/', schemeEnd);
    if (slash >= 0)
        base.truncate(slash);
    return base + u'/' + QString::fromUtf8(QUrl::toPercentEncoding(database)) + query;
}

QString departmentRole(Department department)
{
    return QStringLiteral("haulstream_") + departmentName(department).replace(u'-', u'_');
}

QStringList permissionStatements(const QString &owner, const QString &schema)
{
    QStringList roles{importRole()};
    for (Department d : departments)
        roles << departmentRole(d);
    QStringList s;
    for (const QString &role : roles)
        s << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN "
                            "CREATE ROLE %1 NOLOGIN; END IF; END $$").arg(role);
    s << QStringLiteral("GRANT %1 TO %2").arg(importRole(), owner);
    const QString all = roles.join(QStringLiteral(", "));
    // Events are appended, never changed: only the owner may update or delete them.
    s << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM PUBLIC").arg(schema);
    s << QStringLiteral("GRANT SELECT, INSERT ON events TO %1").arg(all);
    s << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %2 TO %1").arg(all, schema);
    s << QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON events FROM %1").arg(all);
    s << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %2 TO %1").arg(all, schema);
    // The actor of an event is the login, acting for a department whose role it holds;
    // listener events (system) come only from a batch of such a login; importers act for anyone.
    s << QStringLiteral(
        "CREATE FUNCTION haulstream_check_actor() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN "
        "IF pg_has_role(session_user, 'haulstream_import', 'MEMBER') THEN RETURN NEW; END IF; "
        "IF NEW.actor_department = 'system' THEN "
        "  IF NEW.actor_user = 'system' AND (pg_has_role(session_user, 'haulstream_customer_service', 'MEMBER') "
        "     OR pg_has_role(session_user, 'haulstream_dispatch', 'MEMBER') "
        "     OR pg_has_role(session_user, 'haulstream_finance', 'MEMBER')) THEN RETURN NEW; END IF; "
        "ELSIF NEW.actor_user = session_user AND NEW.actor_department IN ('customer-service', 'dispatch', 'finance') "
        "  AND pg_has_role(session_user, 'haulstream_' || replace(NEW.actor_department, '-', '_'), 'MEMBER') THEN "
        "  RETURN NEW; "
        "END IF; "
        "RAISE EXCEPTION 'login % may not append an event as % of %', session_user, NEW.actor_user, "
        "  NEW.actor_department USING ERRCODE = 'insufficient_privilege'; "
        "END $$");
    s << QStringLiteral("CREATE TRIGGER events_actor BEFORE INSERT ON events FOR EACH ROW "
                        "EXECUTE FUNCTION haulstream_check_actor()");
    return s;
}

bool grant(QSqlDatabase &db, const QString &login, const QList<Department> &granted, StoreError *error)
{
    const QString role = db.driver()->escapeIdentifier(login, QSqlDriver::TableName);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(login);
    if (!q.exec() || !q.next()) {
        error->message = q.lastError().text();
        return false;
    }
    const bool exists = q.value(0).toInt() > 0;
    q.finish();
    QStringList statements;
    if (!exists)
        statements << QStringLiteral("CREATE ROLE %1 LOGIN").arg(role);
    for (Department d : granted)
        statements << QStringLiteral("GRANT %1 TO %2").arg(departmentRole(d), role);
    for (const QString &sql : statements)
        if (!execSql(db, sql, error))
            return false;
    return true;
}

} // namespace postgres

bool Identity::mayActAs(const Actor &actor) const
{
    if (mayActForAnyone)
        return true;
    return actor.user == login && departments.contains(actor.department);
}

QString Identity::osLogin()
{
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? QStringLiteral("clerk") : login;
}

Identity Identity::of(QSqlDatabase &db)
{
    Identity id;
    if (db.driverName() != u"QPSQL") {
        id.login = osLogin();
        id.departments = postgres::departments;
        return id;
    }
    id.mayActForAnyone = false;
    QSqlQuery q(db);
    const QString member = QStringLiteral("EXISTS (SELECT FROM pg_roles r WHERE r.rolname = '%1' "
                                          "AND pg_has_role(session_user, r.oid, 'MEMBER'))");
    QString sql = QStringLiteral("SELECT session_user, ") + member.arg(postgres::importRole());
    for (Department d : postgres::departments)
        sql += QStringLiteral(", ") + member.arg(postgres::departmentRole(d));
    if (!q.exec(sql) || !q.next())
        return id;
    id.login = q.value(0).toString();
    id.mayActForAnyone = q.value(1).toBool();
    for (int i = 0; i < postgres::departments.size(); ++i)
        if (id.mayActForAnyone || q.value(2 + i).toBool())
            id.departments << postgres::departments[i];
    return id;
}

} // namespace hs
