#include "rowcodec.h"

#include <QStringList>

namespace hs::rowcodec {

QString insertInto(const QString &table, const QString &columns)
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, columns, QStringList(int(columns.count(u',')) + 1, QStringLiteral("?")).join(QStringLiteral(", ")));
}

QString qualified(const QString &columns, const QString &alias)
{
    QStringList out;
    for (const QString &c : columns.split(QStringLiteral(", ")))
        out << alias + u'.' + c;
    return out.join(QStringLiteral(", "));
}

QString validAt(const QString &table, const QString &alias, const QString &key, const QString &outer)
{
    return QStringLiteral("%2.%3 = %4 AND %2.valid_from = (SELECT max(valid_from) FROM %1 WHERE %3 = %4 AND valid_from <= :p)")
        .arg(table, alias, key, outer);
}

QString joinValidAt(const Dialect &dialect, const QString &table, const QString &alias, const QString &key, const QString &outer,
                    const QString &columns)
{
    if (dialect.isPostgres())
        return QStringLiteral(" CROSS JOIN LATERAL (SELECT %5 FROM %1 WHERE %3 = %4 AND valid_from <= :p "
                              "ORDER BY valid_from DESC LIMIT 1) %2").arg(table, alias, key, outer, columns);
    return QStringLiteral(" JOIN %1 %2 ON %3").arg(table, alias, validAt(table, alias, key, outer));
}

} // namespace hs::rowcodec
