#pragma once

#include "../domain/values.h"
#include "../util/idhash.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <climits>
#include <memory>
#include <optional>
#include <vector>

namespace hs {

// One command as the store answered it: accepted, with the positions of its events, or
// rejected, with the code, message and field that say why.
struct CommandLogEntry
{
    qint64 seq = 0; // order of arrival; given by the store when recorded
    QString commandId;
    QString type;
    QString status; // accepted, rejected
    QString code;
    QString message;
    QString field;
    std::optional<qint64> issuedAt;
    std::optional<Actor> actor;
    QString causationId;
    QString correlationId;
    qint64 firstPosition = 0;
    qint64 lastPosition = 0;
    qint64 recordedAt = 0;
    QByteArray payload; // the command's data as JSON (UTF-8); read only where asked for (re-running, copying)
};

// A page of the command log, most recent first, for picking commands to leave out of a
// what-if branch. Text matches the command id, type, user, department or rejection code.
struct CommandSearch
{
    QString text;
    QString type;          // exact command type, or empty for all
    QString status;        // accepted, rejected, or empty for both
    qint64 beforeSeq = -1; // page after the previous one's last seq; -1 from the newest
    qint64 afterSeq = -1;  // only commands newer than this (catching up with the store)
    int limit = 200;
};

// The command log's only door: every statement on the commands table is written here, for
// SQLite and PostgreSQL alike. One instance per connection and thread; the statements of the
// writer's hot path are prepared on first use and kept.
class CommandLog
{
public:
    explicit CommandLog(QSqlDatabase db);
    ~CommandLog();

    // The writer's side, inside its batch transaction.
    bool record(const CommandLogEntry &entry);
    // A command's events grow by those of the listener commands it set off.
    bool extendTo(const QString &commandId, qint64 lastPosition);

    std::optional<CommandLogEntry> find(const QString &commandId);
    // Which of the ids are logged already, asked once for a whole batch; nullopt if the store
    // could not answer (each command then asks for itself).
    std::optional<IdSet> probe(const QStringList &commandIds);

    enum class Payload { Without, With };
    // In order of arrival, after a sequence number; issuedBy keeps those issued by a moment.
    std::vector<CommandLogEntry> list(qint64 afterSeq = 0, int limit = -1, std::optional<qint64> issuedBy = {},
                                      Payload payload = Payload::Without);
    std::vector<CommandLogEntry> ofCorrelation(const QString &correlationId);
    std::vector<CommandLogEntry> search(const CommandSearch &search);
    // Commands users issued (not listeners), newest first.
    std::vector<CommandLogEntry> recentUserCommands(int limit, const QString &type = {},
                                                    std::optional<qint64> issuedBy = {});
    // From a sequence number on, with payloads: what a what-if branch re-runs.
    std::vector<CommandLogEntry> from(qint64 seq);
    // The entries before a sequence number into another store's log (a branch, a migration),
    // a page at a time; the number copied.
    std::optional<qint64> copyInto(CommandLog &target, qint64 beforeSeq = LLONG_MAX);

    // Where the log and the events tell different stories, in words (verify); empty when sound.
    QStringList disagreementsWithEvents();

    QSqlError lastError() const { return m_error; }
    QSqlDatabase connection() const { return m_db; }

private:
    struct Statements;
    std::vector<CommandLogEntry> select(const QString &tail, const QVariantList &binds, Payload payload = Payload::Without);

    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_statements;
    QSqlError m_error;
};

} // namespace hs
