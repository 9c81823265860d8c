#include "commandlog.h"

#include "../domain/rejection.h"
#include "../util/jsonwriter.h"
#include "database.h"
#include "schema.h"

#include <QVariant>

namespace hs {

namespace {

// The row, in the order every statement here reads and writes it; seq is the store's.
const QString entryColumns = QStringLiteral(
    "command_id, type, status, code, message, field, issued_at, actor_user, actor_department, causation_id, "
    "correlation_id, first_position, last_position, recorded_at, payload");

QString selectedColumns(CommandLog::Payload payload)
{
    QString columns = QStringLiteral("seq, ") + entryColumns;
    if (payload == CommandLog::Payload::Without)
        columns.replace(QStringLiteral(", payload"), QStringLiteral(", NULL"));
    return columns;
}


CommandLogEntry entryFromRow(const SqlRow &q)
{
    CommandLogEntry c;
    c.seq = q.value(0).toLongLong();
    c.commandId = q.value(1).toString();
    c.type = q.value(2).toString();
    c.status = q.value(3).toString();
    c.code = q.value(4).toString();
    c.message = q.value(5).toString();
    c.field = q.value(6).toString();
    if (!q.value(7).isNull())
        c.issuedAt = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        if (auto d = departmentFromName(q.value(9).toString()))
            c.actor = Actor{q.value(8).toString(), *d};
    c.causationId = q.value(10).toString();
    c.correlationId = q.value(11).toString();
    c.firstPosition = q.value(12).toLongLong();
    c.lastPosition = q.value(13).toLongLong();
    c.recordedAt = q.value(14).toLongLong();
    c.payload = q.value(15).toString().toUtf8();
    return c;
}

std::optional<qint64> positionOrNull(qint64 position) { return position > 0 ? std::optional(position) : std::nullopt; }

void bindOrNull(SqlStatement &q, const QString &s)
{
    if (s.isEmpty())
        q.bindNull();
    else
        q.bind(s);
}

void bindEntry(SqlStatement &q, const CommandLogEntry &c)
{
    q.bind(c.commandId);
    bindOrNull(q, c.type);
    q.bind(c.status);
    bindOrNull(q, c.code);
    q.bind(c.code.isEmpty() ? QString() : c.message);
    bindOrNull(q, c.field);
    q.bind(c.issuedAt);
    if (c.actor) {
        q.bind(c.actor->user);
        q.bind(departmentName(c.actor->department));
    } else {
        q.bindNull();
        q.bindNull();
    }
    bindOrNull(q, c.causationId);
    q.bind(c.correlationId);
    q.bind(positionOrNull(c.firstPosition));
    q.bind(positionOrNull(c.lastPosition));
    q.bind(c.recordedAt);
    if (c.payload.isEmpty())
        q.bindNull();
    else
        q.bindUtf8(c.payload); // as the command's line gave it: not decoded and encoded again
}

// Runs a query whose rows are (subject, detail, reason) and words each row with
// messages[reason - 1]; a row whose reason is null is sound.
QStringList findings(QSqlDatabase &c, const QString &sql, const QStringList &messages)
{
    QSqlQuery q(c);
    streamRows(q);
    if (!q.exec(QStringLiteral("SELECT * FROM (%1) AS checked WHERE reason IS NOT NULL LIMIT 20").arg(sql)))
        return {QStringLiteral("The command log cannot be checked: %1").arg(q.lastError().text())};
    QStringList out;
    while (q.next())
        out << messages.value(q.value(2).toInt() - 1).arg(q.value(0).toString(), q.value(1).toString());
    return out;
}

} // namespace

// The statements of the writer's hot path, prepared once per connection.
struct CommandLog::Statements
{
    std::optional<SqlStatement> record, find, probe, extend;
};

CommandLog::CommandLog(QSqlDatabase db) : m_db(db), m_statements(std::make_unique<Statements>()) {}

CommandLog::~CommandLog() = default;

namespace {

// sql is asked for only the first time: the statement is prepared once per connection.
template <typename Sql> SqlStatement &prepared(std::optional<SqlStatement> &statement, QSqlDatabase &db, Sql sql)
{
    if (!statement) {
        statement.emplace(db);
        statement->prepare(sql());
    }
    return *statement;
}

} // namespace

bool CommandLog::record(const CommandLogEntry &entry)
{
    SqlStatement &q = prepared(m_statements->record, m_db, [] {
        return QStringLiteral("INSERT INTO commands (%1) VALUES (%2)")
            .arg(entryColumns, QStringList(15, QStringLiteral("?")).join(QStringLiteral(", ")));
    });
    bindEntry(q, entry);
    if (q.exec())
        return true;
    m_error = q.lastError();
    return false;
}

bool CommandLog::extendTo(const QString &commandId, qint64 lastPosition)
{
    SqlStatement &q = prepared(m_statements->extend, m_db,
                               [] { return QStringLiteral("UPDATE commands SET last_position = ? WHERE command_id = ?"); });
    q.bind(lastPosition);
    q.bind(commandId);
    if (q.exec())
        return true;
    m_error = q.lastError();
    return false;
}

std::optional<CommandLogEntry> CommandLog::find(const QString &commandId)
{
    SqlStatement &q = prepared(m_statements->find, m_db, [] {
        return QStringLiteral("SELECT %1 FROM commands WHERE command_id = ?").arg(selectedColumns(Payload::Without));
    });
    q.bind(commandId);
    std::optional<CommandLogEntry> found;
    if (q.exec() && q.next())
        found = entryFromRow(q);
    else
        m_error = q.lastError();
    q.finish();
    return found;
}

std::optional<IdSet> CommandLog::probe(const QStringList &commandIds)
{
    SqlStatement &q = prepared(m_statements->probe, m_db, [this] {
        return QStringLiteral("SELECT command_id FROM commands WHERE command_id IN (%1)")
            .arg(Dialect::of(m_db).jsonStringsOf(QStringLiteral("?")));
    });
    QByteArray ids = "[";
    for (const QString &id : commandIds) {
        if (ids.size() > 1)
            ids += ',';
        JsonWriter::appendString(ids, id);
    }
    ids += ']';
    q.bindUtf8(ids);
    if (!q.exec()) {
        m_error = q.lastError();
        return std::nullopt;
    }
    IdSet known;
    while (q.next())
        known.insert(q.text(0));
    q.finish();
    return known;
}

std::vector<CommandLogEntry> CommandLog::select(const QString &tail, const QVariantList &binds, Payload payload)
{
    std::vector<CommandLogEntry> out;
    m_error = QSqlError();
    QSqlQuery q(m_db);
    streamRows(q);
    q.prepare(QStringLiteral("SELECT %1 FROM commands %2").arg(selectedColumns(payload), tail));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        m_error = q.lastError();
        return out;
    }
    while (q.next())
        out.push_back(entryFromRow(q));
    return out;
}

std::vector<CommandLogEntry> CommandLog::list(qint64 afterSeq, int limit, std::optional<qint64> issuedBy, Payload payload)
{
    QString tail = QStringLiteral("WHERE seq > ?");
    QVariantList binds{afterSeq};
    if (issuedBy) {
        tail += QStringLiteral(" AND issued_at <= ?");
        binds << *issuedBy;
    }
    tail += QStringLiteral(" ORDER BY seq");
    if (limit >= 0) {
        tail += QStringLiteral(" LIMIT ?");
        binds << limit;
    }
    return select(tail, binds, payload);
}

std::vector<CommandLogEntry> CommandLog::ofCorrelation(const QString &correlationId)
{
    return select(QStringLiteral("WHERE %1 ORDER BY seq").arg(schema::correlationCommands()),
                  QVariantList(schema::correlationCommandsBinds, correlationId));
}

std::vector<CommandLogEntry> CommandLog::search(const CommandSearch &s)
{
    QStringList where;
    QVariantList binds;
    auto when = [&](bool wanted, const QString &condition, const QVariant &value) {
        if (wanted) {
            where << condition;
            binds << value;
        }
    };
    when(s.beforeSeq >= 0, QStringLiteral("seq < ?"), s.beforeSeq);
    when(s.afterSeq >= 0, QStringLiteral("seq > ?"), s.afterSeq);
    when(!s.type.isEmpty(), QStringLiteral("type = ?"), s.type);
    when(!s.status.isEmpty(), QStringLiteral("status = ?"), s.status);
    if (!s.text.isEmpty()) {
        const Dialect dialect = Dialect::of(m_db);
        QStringList any;
        for (const char *column : {"command_id", "type", "actor_user", "actor_department", "code"}) {
            any << dialect.containsText(QString::fromLatin1(column), QStringLiteral("?"));
            binds << Dialect::containsPattern(s.text);
        }
        where << u'(' + any.join(QStringLiteral(" OR ")) + u')';
    }
    QString tail = where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    binds << s.limit;
    return select(tail + QStringLiteral(" ORDER BY seq DESC LIMIT ?"), binds);
}

std::vector<CommandLogEntry> CommandLog::recentUserCommands(int limit, const QString &type, std::optional<qint64> issuedBy)
{
    QString tail = QStringLiteral("WHERE causation_id IS NULL");
    QVariantList binds;
    if (!type.isEmpty()) {
        tail += QStringLiteral(" AND type = ?");
        binds << type;
    }
    if (issuedBy) {
        tail += QStringLiteral(" AND issued_at <= ?");
        binds << *issuedBy;
    }
    binds << limit;
    return select(tail + QStringLiteral(" ORDER BY seq DESC LIMIT ?"), binds);
}

std::vector<CommandLogEntry> CommandLog::from(qint64 seq)
{
    return select(QStringLiteral("WHERE seq >= ? ORDER BY seq"), {seq}, Payload::With);
}

std::optional<qint64> CommandLog::copyInto(CommandLog &target, qint64 beforeSeq)
{
    constexpr int page = 5000; // a large log need not fit in memory
    qint64 copied = 0;
    qint64 after = -1;
    for (;;) {
        const auto rows = select(QStringLiteral("WHERE seq > ? AND seq < ? ORDER BY seq LIMIT ?"), {after, beforeSeq, page},
                                 Payload::With);
        if (m_error.isValid())
            return std::nullopt;
        for (const CommandLogEntry &e : rows)
            if (!target.record(e))
                return std::nullopt;
        copied += qint64(rows.size());
        if (rows.size() < size_t(page))
            return copied;
        after = rows.back().seq;
    }
}

// The command log and the events tell one story: every event's command is logged as accepted
// with the event among its positions and the same actor; every accepted command's events are
// there; a rejected command has a known code and no events.
QStringList CommandLog::disagreementsWithEvents()
{
    QStringList codes;
    for (const QString &code : rejectionCodeNames())
        codes << u'\'' + code + u'\'';
    QStringList problems = findings(m_db, QStringLiteral(
        "SELECT e.position, e.command_id, CASE WHEN c.seq IS NULL THEN 1 WHEN c.status IS DISTINCT FROM 'accepted' THEN 2 "
        "WHEN c.first_position IS NULL OR c.last_position IS NULL OR e.position < c.first_position "
        "OR e.position > c.last_position OR e.correlation_id IS DISTINCT FROM c.correlation_id THEN 3 "
        "WHEN e.actor_user IS DISTINCT FROM c.actor_user OR e.actor_department IS DISTINCT FROM c.actor_department THEN 4 END AS reason "
        "FROM events e LEFT JOIN commands c ON c.command_id = e.command_id ORDER BY e.position"), {
        QStringLiteral("Event %1 was caused by command %2, which is not in the command log."),
        QStringLiteral("Event %1 was caused by command %2, which the command log does not show as accepted."),
        QStringLiteral("Event %1 lies outside the events the command log gives for command %2."),
        QStringLiteral("Event %1 names another actor than the command log gives for command %2."),
    });
    problems << findings(m_db, QStringLiteral(
        "SELECT c.command_id, coalesce(c.type, ''), CASE WHEN c.code IS NOT NULL THEN 1 "
        "WHEN f.position IS NULL OR l.position IS NULL OR c.first_position > c.last_position THEN 2 "
        "WHEN f.command_id IS DISTINCT FROM c.command_id OR l.correlation_id IS DISTINCT FROM c.correlation_id THEN 3 END AS reason "
        "FROM commands c LEFT JOIN events f ON f.position = c.first_position "
        "LEFT JOIN events l ON l.position = c.last_position WHERE c.status = 'accepted' ORDER BY c.seq"), {
        QStringLiteral("Command %1 (%2) is logged as accepted but carries a rejection code."),
        QStringLiteral("Command %1 (%2) is logged as accepted but its events are not in the store."),
        QStringLiteral("Command %1 (%2) is logged as accepted but the events at its positions belong to another command."),
    });
    problems << findings(m_db, QStringLiteral(
        "SELECT command_id, coalesce(type, ''), CASE WHEN status NOT IN ('accepted', 'rejected') THEN 1 "
        "WHEN status = 'rejected' AND (code IS NULL OR code NOT IN (%1)) THEN 2 "
        "WHEN status = 'rejected' AND (first_position IS NOT NULL OR last_position IS NOT NULL) THEN 3 END AS reason "
        "FROM commands ORDER BY seq").arg(codes.join(u',')), {
        QStringLiteral("Command %1 (%2) has an unknown status in the command log."),
        QStringLiteral("Command %1 (%2) is logged as rejected without a known rejection code."),
        QStringLiteral("Command %1 (%2) is logged as rejected but names events."),
    });
    return problems;
}

} // namespace hs
