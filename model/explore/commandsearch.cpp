#include "commandsearch.h"

#include "../store/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace hs {

std::vector<CommandLogEntry> searchCommands(QSqlDatabase db, const CommandSearch &s)
{
    QStringList where;
    if (s.beforeSeq >= 0)
        where << QStringLiteral("seq < :before");
    if (s.afterSeq >= 0)
        where << QStringLiteral("seq > :after");
    if (!s.type.isEmpty())
        where << QStringLiteral("type = :type");
    if (!s.status.isEmpty())
        where << QStringLiteral("status = :status");
    if (!s.text.isEmpty())
        where << QStringLiteral("(command_id %1 :text OR type %1 :text OR actor_user %1 :text "
                                "OR actor_department %1 :text OR code %1 :text)").arg(Dialect::of(db).likeAnyCase());
    QString sql = QStringLiteral("SELECT %1 FROM commands").arg(commandLogColumns());
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT :limit");
    QSqlQuery q(db);
    streamRows(q);
    q.prepare(sql);
    if (s.beforeSeq >= 0)
        q.bindValue(QStringLiteral(":before"), s.beforeSeq);
    if (s.afterSeq >= 0)
        q.bindValue(QStringLiteral(":after"), s.afterSeq);
    if (!s.type.isEmpty())
        q.bindValue(QStringLiteral(":type"), s.type);
    if (!s.status.isEmpty())
        q.bindValue(QStringLiteral(":status"), s.status);
    if (!s.text.isEmpty())
        q.bindValue(QStringLiteral(":text"), QStringLiteral("%%1%").arg(s.text));
    q.bindValue(QStringLiteral(":limit"), s.limit);
    std::vector<CommandLogEntry> out;
    if (q.exec())
        while (q.next())
            out.push_back(commandFromRow(q));
    return out;
}

} // namespace hs
