#include "reducer.h"

#include "../readmodel/queries.h"
#include "../store/snapshots.h"
#include "../util/isotime.h"
#include "../util/jsonwriter.h"

#include <QSqlError>
#include <QVariant>

namespace hs {

std::unique_ptr<Reducer> Reducer::open(const QString &path, StoreError *error)
{
    return open(path, Options{}, error);
}

std::unique_ptr<Reducer> Reducer::open(const QString &path, const Options &options, StoreError *error)
{
    std::unique_ptr<Reducer> r(new Reducer);
    r->m_options = options;
    r->m_db = Database::open(path, Database::Mode::ReadWrite, error);
    if (!r->m_db || !r->init(error))
        return nullptr;
    return r;
}

std::unique_ptr<Reducer> Reducer::openMemory(StoreError *error)
{
    std::unique_ptr<Reducer> r(new Reducer);
    r->m_db = Database::openMemory(error);
    if (!r->m_db || !r->init(error))
        return nullptr;
    return r;
}

Reducer::~Reducer()
{
    if (m_db && m_db->exists() && !m_db->isMemory() && m_db->beginWrite()) {
        // Keep the next start quick: snapshot a long tail before leaving.
        if (writeSnapshotIfDue(false))
            m_db->commit();
        else
            m_db->rollback();
    }
    m_findCommand = SqlStatement();
    m_logCommand = SqlStatement();
    m_setLast = SqlStatement();
    m_probeCommands = SqlStatement();
    m_writer.reset();
    m_events.reset();
}

bool Reducer::init(StoreError *error)
{
    if (!m_db->exists())
        return true; // a new file: the schema is created with the first write
    QSqlDatabase &c = m_db->connection();
    m_identity = Identity::of(c);
    m_events = std::make_unique<EventStore>(*m_db);
    m_writer = std::make_unique<ReadModelWriter>(c, ReadModelWriter::Mode::Live);
    m_findCommand = SqlStatement(c);
    m_findCommand.prepare(QStringLiteral("SELECT status, code, message, field, first_position, last_position "
                                         "FROM commands WHERE command_id = ?"));
    m_logCommand = SqlStatement(c);
    m_logCommand.prepare(QStringLiteral("INSERT INTO commands (command_id, type, status, code, message, field, issued_at, "
                                        "actor_user, actor_department, causation_id, correlation_id, first_position, "
                                        "last_position, recorded_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_probeCommands = SqlStatement(c);
    m_probeCommands.prepare(QStringLiteral("SELECT command_id FROM commands WHERE command_id IN (%1)")
                                .arg(m_db->dialect().jsonStringsOf(QStringLiteral("?"))));
    m_setLast = SqlStatement(c);
    m_setLast.prepare(QStringLiteral("UPDATE commands SET last_position = ? WHERE command_id = ?"));
    return loadState(error) && catchUpProjections(error, false);
}

bool Reducer::loadState(StoreError *error)
{
    m_events->loadHead();
    m_state = snapshots::loadLatest(m_db->connection(), m_events->headPosition());
    m_lastSnapshot = m_state.position();
    EventStore::Filter f;
    f.fromPosition = m_state.position() + 1;
    const bool ok = m_events->forEach(f, [&](const RecordedEvent &e) {
        m_state.evolve(e);
        return true;
    });
    if (!ok) {
        error->message = QStringLiteral("The events of %1 cannot be read.").arg(m_db->path());
        return false;
    }
    m_dataVersion = m_db->dataVersion();
    return true;
}

bool Reducer::catchUpProjections(StoreError *error, bool inTransaction)
{
    ReadModelQueries probe(m_db->connection());
    const qint64 done = probe.projectionPosition();
    if (done >= m_events->headPosition())
        return true;
    if (!inTransaction && !m_db->beginWrite()) {
        error->message = QStringLiteral("The store is busy; its read models could not be brought up to date.");
        return false;
    }
    m_writer->forgetCache();
    EventStore::Filter f;
    f.fromPosition = done + 1;
    bool ok = m_events->forEach(f, [&](const RecordedEvent &e) { return m_writer->apply(e); });
    ok = ok && m_writer->finish(m_events->headPosition()) && (inTransaction || m_db->commit());
    if (!ok) {
        if (!inTransaction)
            m_db->rollback();
        m_writer->forgetCache();
        error->message = QStringLiteral("The read models could not be brought up to date: %1").arg(m_writer->lastError());
    }
    return ok;
}

bool Reducer::catchUp(StoreError *error, bool inTransaction)
{
    if (!m_db->exists())
        return true;
    const qint64 version = m_db->dataVersion();
    if (version == m_dataVersion)
        return true;
    // Another connection committed: follow it.
    const qint64 before = m_events->headPosition();
    m_events->loadHead();
    if (m_events->headPosition() != before || m_state.position() != before) {
        m_writer->forgetCache();
        EventStore::Filter f;
        f.fromPosition = m_state.position() + 1;
        if (!m_events->forEach(f, [&](const RecordedEvent &e) { m_state.evolve(e); return true; })) {
            error->message = QStringLiteral("The events of %1 cannot be read.").arg(m_db->path());
            return false;
        }
    }
    m_dataVersion = version;
    return catchUpProjections(error, inTransaction);
}

std::optional<CommandResult> Reducer::previousOutcome(const QString &commandId)
{
    m_findCommand.addBindValue(commandId);
    if (!m_findCommand.exec() || !m_findCommand.next()) {
        m_findCommand.finish();
        return std::nullopt;
    }
    CommandResult r;
    r.commandId = commandId;
    r.duplicate = true;
    r.accepted = m_findCommand.value(0).toString() == u"accepted";
    const QString code = m_findCommand.value(1).toString();
    const QString message = m_findCommand.value(2).toString();
    const QString field = m_findCommand.value(3).toString();
    const qint64 first = m_findCommand.value(4).toLongLong();
    const qint64 last = m_findCommand.value(5).toLongLong();
    m_findCommand.finish();
    if (!r.accepted) {
        RejectionCode c = RejectionCode::Invalid;
        for (int i = 0; i <= int(RejectionCode::OverCapacity); ++i)
            if (rejectionCodeName(RejectionCode(i)) == code)
                c = RejectionCode(i);
        r.rejection = Rejection{c, message, field};
    } else if (first > 0) {
        EventStore::Filter f;
        f.fromPosition = first;
        f.toPosition = last;
        m_events->forEach(f, [&](const RecordedEvent &e) { r.events.push_back(e); return true; });
    }
    return r;
}

bool Reducer::logOutcome(const QString &commandId, const QString &type, const QString &status,
                         const std::optional<Rejection> &rejection, std::optional<qint64> issuedAt,
                         const std::optional<Actor> &actor, const QString &causationId,
                         const QString &correlationId, qint64 first, qint64 last, const Command *command)
{
    if (m_batchKnown)
        m_batchKnown->insert(commandId);
    auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    m_logCommand.addBindValue(commandId);
    m_logCommand.addBindValue(orNull(type));
    m_logCommand.addBindValue(status);
    m_logCommand.addBindValue(rejection ? QVariant(rejectionCodeName(rejection->code)) : QVariant());
    m_logCommand.addBindValue(rejection ? QVariant(rejection->message) : QVariant());
    m_logCommand.addBindValue(rejection ? orNull(rejection->field) : QVariant());
    m_logCommand.addBindValue(issuedAt ? QVariant(*issuedAt) : QVariant());
    m_logCommand.addBindValue(actor ? QVariant(actor->user) : QVariant());
    m_logCommand.addBindValue(actor ? QVariant(departmentName(actor->department)) : QVariant());
    m_logCommand.addBindValue(orNull(causationId));
    m_logCommand.addBindValue(correlationId);
    m_logCommand.addBindValue(first > 0 ? QVariant(first) : QVariant());
    m_logCommand.addBindValue(last > 0 ? QVariant(last) : QVariant());
    m_logCommand.addBindValue(isotime::nowMs());
    m_logCommand.addBindValue(command ? QVariant(QString::fromUtf8(encodeCommandData(*command))) : QVariant());
    return m_logCommand.exec();
}

bool Reducer::apply(const CommandEnvelope &c, CommandResult &result, StoreError &error)
{
    const QString type = commandTypeName(c.command);
    const QString correlation = c.correlationId.isEmpty() ? c.commandId : c.correlationId;
    const Decision decision = m_state.decide(c);
    if (!decision.accepted()) {
        if (!logOutcome(c.commandId, type, QStringLiteral("rejected"), decision.rejection, c.issuedAt, c.actor,
                        c.causationId, correlation, 0, 0, &c.command)) {
            error.message = m_logCommand.lastError().text();
            return false;
        }
        if (c.causationId.isEmpty()) {
            result.rejection = decision.rejection;
            result.accepted = false;
        }
        return true;
    }
    const qint64 now = isotime::nowMs();
    const qint64 first = m_events->headPosition() + 1;
    std::vector<CommandEnvelope> reactions;
    for (const Event &ev : decision.events) {
        RecordedEvent e;
        e.event = ev;
        e.occurredAt = c.issuedAt;
        e.recordedAt = now;
        e.commandId = c.commandId;
        e.causationId = c.commandId;
        e.correlationId = correlation;
        e.actor = c.actor;
        if (!m_events->append(e, &error))
            return false;
        m_state.evolve(e);
        if (m_options.projectInline && !m_writer->apply(e)) {
            error.message = m_writer->lastError();
            return false;
        }
        for (CommandEnvelope &r : m_state.reactTo(e))
            reactions.push_back(std::move(r));
        result.events.push_back(std::move(e));
    }
    if (!logOutcome(c.commandId, type, QStringLiteral("accepted"), std::nullopt, c.issuedAt, c.actor,
                    c.causationId, correlation, first, m_events->headPosition(), &c.command)) {
        error.message = m_logCommand.lastError().text();
        return false;
    }
    if (reactions.empty())
        return true;
    // Listener commands take the same path, inside the same transaction.
    for (const CommandEnvelope &r : reactions) {
        if (previousOutcome(r.commandId))
            continue; // already issued for this event
        if (m_listenerFilter && !m_listenerFilter(r))
            continue;
        if (!apply(r, result, error))
            return false;
    }
    m_setLast.addBindValue(m_events->headPosition());
    m_setLast.addBindValue(c.commandId);
    if (!m_setLast.exec()) {
        error.message = m_setLast.lastError().text();
        return false;
    }
    return true;
}

CommandResult Reducer::process(const ParsedCommand &p, bool &failed, StoreError &error)
{
    CommandResult r;
    r.commandId = p.commandId;
    if (!p.commandId) {
        r.rejection = p.rejection;
        return r;
    }
    if (!m_batchKnown || m_batchKnown->contains(*p.commandId))
        if (auto previous = previousOutcome(*p.commandId))
            return *previous;
    if (p.rejection) {
        r.rejection = p.rejection;
        if (!logOutcome(*p.commandId, p.type, QStringLiteral("rejected"), p.rejection, p.issuedAt, p.actor, {},
                        *p.commandId, 0, 0, nullptr)) {
            failed = true;
            error.message = m_logCommand.lastError().text();
        }
        return r;
    }
    if (!m_identity.mayActAs(p.envelope->actor)) {
        r.rejection = makeRejection(RejectionCode::Forbidden,
                                    QT_TRANSLATE_NOOP("hs::Rejection", "The login %1 may not act as %2 for %3."),
                                    {m_identity.login, p.envelope->actor.user, departmentName(p.envelope->actor.department)});
        if (!logOutcome(*p.commandId, p.type, QStringLiteral("rejected"), r.rejection, p.issuedAt, p.actor, {},
                        *p.commandId, 0, 0, &p.envelope->command)) {
            failed = true;
            error.message = m_logCommand.lastError().text();
        }
        return r;
    }
    r.accepted = true;
    if (!apply(*p.envelope, r, error))
        failed = true;
    return r;
}

Reducer::BatchOutcome Reducer::submit(const CommandEnvelope &command)
{
    return submit(std::vector<ParsedCommand>{parsedFrom(command)});
}

bool Reducer::ensureStore(StoreError *error)
{
    if (m_db->exists() && m_events)
        return true;
    return m_db->ensureSchema(error) && init(error);
}

Reducer::BatchOutcome Reducer::submit(const std::vector<ParsedCommand> &commands)
{
    BatchOutcome out;
    StoreError error;
    if (!ensureStore(&error)) {
        out.failure = error;
        return out;
    }
    if (!m_db->beginWrite()) {
        out.failure = StoreError{QStringLiteral("The store %1 is locked by another writer.").arg(m_db->path())};
        return out;
    }
    // Inside the write lock nobody else can append: follow whatever was committed before it.
    if (!catchUp(&error, true)) {
        m_db->rollback();
        out.failure = error;
        return out;
    }
    bool failed = false;
    out.results.reserve(commands.size());
    probeBatch(commands);
    for (const ParsedCommand &p : commands) {
        out.results.push_back(process(p, failed, error));
        if (failed)
            break;
    }
    if (!failed)
        failed = !writeSnapshotIfDue(false) || !m_events->saveHead()
                 || (m_options.projectInline && !m_writer->finish(m_events->headPosition()));
    if (!failed && !m_db->commit()) {
        failed = true;
        error.message = m_db->connection().lastError().text();
    }
    m_batchKnown.reset();
    if (failed) {
        m_db->rollback();
        out.results.clear();
        if (error.message.isEmpty())
            error.message = QStringLiteral("The batch could not be stored.");
        out.failure = error;
        // What was decided in memory for the lost batch is thrown away.
        m_writer->forgetCache();
        StoreError reload;
        loadState(&reload);
        return out;
    }
    // On PostgreSQL the version is the head: ours, not one read after the commit, when another
    // writer may already have appended past it (the next batch would then skip its catch-up).
    m_dataVersion = m_db->isPostgres() ? m_events->headPosition() : m_db->dataVersion();
    return out;
}

void Reducer::probeBatch(const std::vector<ParsedCommand> &commands)
{
    m_batchKnown.reset();
    if (commands.size() < 2)
        return;
    QByteArray ids = "[";
    for (const ParsedCommand &p : commands) {
        if (!p.commandId)
            continue;
        if (ids.size() > 1)
            ids += ',';
        JsonWriter::appendString(ids, *p.commandId);
    }
    ids += ']';
    m_probeCommands.addBindValue(QString::fromUtf8(ids));
    if (!m_probeCommands.exec())
        return; // every command asks the log itself
    QSet<QString> known;
    while (m_probeCommands.next())
        known.insert(m_probeCommands.value(0).toString());
    m_probeCommands.finish();
    m_batchKnown = std::move(known);
}

bool Reducer::writeSnapshotIfDue(bool force)
{
    const qint64 head = m_events->headPosition();
    if (head == m_lastSnapshot || (!force && head - m_lastSnapshot < m_options.snapshotEvery))
        return true;
    if (!snapshots::save(m_db->connection(), m_state))
        return false;
    m_lastSnapshot = head;
    return true;
}

std::optional<qint64> Reducer::rebuild(StoreError *error)
{
    const std::optional<qint64> n = maintenance::rebuild(*m_db, *m_events, error);
    if (n && m_writer) {
        m_writer->forgetCache();
        m_dataVersion = m_db->dataVersion();
    }
    return n;
}

QStringList Reducer::verify(const QList<maintenance::Anchor> &anchors)
{
    return maintenance::verify(*m_db, m_events.get(), anchors);
}

} // namespace hs

namespace hs {

bool Reducer::importHistory(EventStore &source, qint64 upToPosition, qint64 beforeSeq, StoreError *error)
{
    if (!ensureStore(error))
        return false;
    if (!m_db->beginWrite()) {
        error->message = QStringLiteral("The branch store cannot be written.");
        return false;
    }
    EventStore::Filter f;
    f.toPosition = upToPosition;
    bool ok = source.forEach(f, [&](const RecordedEvent &original) {
        RecordedEvent e = original;
        if (!m_events->append(e, error))
            return false;
        m_state.evolve(e);
        return m_writer->apply(e);
    });
    // The log before the branch point, so that resubmissions stay duplicates.
    QSqlQuery read(source.database().connection());
    streamRows(read);
    read.prepare(QStringLiteral("SELECT command_id, type, status, code, message, field, issued_at, actor_user, "
                                "actor_department, causation_id, correlation_id, first_position, last_position, "
                                "recorded_at, payload FROM commands WHERE seq < ? ORDER BY seq"));
    read.addBindValue(beforeSeq);
    ok = ok && read.exec();
    while (ok && read.next()) {
        for (int i = 0; i < 15; ++i)
            m_logCommand.addBindValue(read.value(i));
        ok = m_logCommand.exec();
    }
    ok = ok && m_events->saveHead() && m_writer->finish(m_events->headPosition()) && m_db->commit();
    if (!ok) {
        if (error->message.isEmpty())
            error->message = QStringLiteral("The branch could not copy the history: %1").arg(m_writer->lastError());
        m_db->rollback();
    }
    return ok;
}

} // namespace hs
