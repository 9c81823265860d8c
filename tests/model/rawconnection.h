#pragma once

// A raw connection that goes behind the store's back (tampering, crash checks), to an SQLite
// file or a PostgreSQL database; closed and removed on scope exit.

#include "teststore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hs::test {

class RawConnection
{
public:
    explicit RawConnection(const QString &path) : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        rawConnection(path, m_name);
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql, QString *error = nullptr) const { return exec(sql, {}, error); }
    bool exec(const QString &sql, const QVariantList &values, QString *error = nullptr) const
    {
        QSqlQuery q(db());
        // PostgreSQL prepares only queries and row changes, not DDL: unbound statements run as they are.
        bool ok = values.isEmpty() ? q.exec(sql) : q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = ok && (values.isEmpty() || q.exec());
        if (!ok && error)
            *error = q.lastError().text();
        return ok;
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

} // namespace hs::test
