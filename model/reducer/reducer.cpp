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
    r->m_db = Database::open(path, Database::Mode::ReadWrite, error, options.wait);
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
    // Keep the next start quick: snapshot a long tail before leaving, unless another writer
    // holds the lock (never wait on the way out) or this process lost its hold on the file.
    const bool due = m_events && m_events->headPosition() - m_lastSnapshot >= m_options.snapshotEvery;
    if (due && !m_db->isMemory() && m_db->keepsItsLocks() && m_db->tryBeginWrite()) {
        StoreError ignored;
        if (followHead(&ignored) && writeSnapshotIfDue(false))
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
    return loadState(error) && catchUp(error);
}

bool Reducer::loadState(StoreError *error)
{
    m_writer->forgetCache();
    const auto head = m_events->committedHead(error);
    if (!head)
        return false;
    m_events->follow(*head);
    m_state = snapshots::loadLatest(m_db->connection(), head->position);
    m_lastSnapshot = m_state.position();
    return followHead(error);
}

// The store's head decides, never what this writer remembers: another process may have
// committed since. Events are read only up to that head, so state and head agree.
bool Reducer::followHead(StoreError *error)
{
    const auto head = m_events->committedHead(error);
    if (!head)
        return false;
    if (head->position == m_state.position() && head->position == m_events->headPosition()
        && head->hash == m_events->headHash())
        return true;
    if (head->position < m_state.position()
        || (head->position == m_events->headPosition() && head->hash != m_events->headHash()))
        return loadState(error); // history changed behind this writer's back: start over
    m_writer->forgetCache();
    EventStore::Filter f;
    f.fromPosition = m_state.position() + 1;
    f.toPosition = head->position;
    const bool read = m_events->forEach(f, [&](const RecordedEvent &e) {
        m_state.evolve(e);
        return true;
    });
    if (!read) {
        *error = makeStoreError(StoreError::Cause::Damaged, QT_TRANSLATE_NOOP("hs::StoreError", "The events of %1 cannot be read."), {m_db->path()});
        return false;
    }
    m_events->follow(*head);
    return true;
}

// Inside a write transaction: the read models take the events they have not seen yet.
bool Reducer::catchUpProjections(StoreError *error)
{
    ReadModelQueries probe(m_db->connection());
    const qint64 done = probe.projectionPosition();
    if (done >= m_events->headPosition())
        return true;
    m_writer->forgetCache();
    EventStore::Filter f;
    f.fromPosition = done + 1;
    f.toPosition = m_events->headPosition();
    const bool ok = m_events->forEach(f, [&](const RecordedEvent &e) { return m_writer->apply(e); })
                    && m_writer->finish(m_events->headPosition());
    if (!ok) {
        m_writer->forgetCache();
        *error = m_db->failure(m_writer->lastSqlError());
    }
    return ok;
}

bool Reducer::catchUp(StoreError *error, bool inTransaction)
{
    if (!m_db->exists() || !m_events)
        return true;
    if (!followHead(error))
        return false;
    if (inTransaction)
        return !m_options.projectInline || catchUpProjections(error);
    // Read models behind (a crash between append and projection): mend them under the lock.
    if (ReadModelQueries(m_db->connection()).projectionPosition() >= m_events->headPosition())
        return true;
    if (!m_db->beginWrite(error))
        return false;
    if (!followHead(error) || !catchUpProjections(error) || !m_db->commit(error)) {
        m_db->rollback();
        return false;
    }
    return true;
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
            error = m_db->failure(m_logCommand.lastError());
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
            error = m_db->failure(m_writer->lastSqlError());
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
        error = m_db->failure(m_setLast.lastError());
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
            error = m_db->failure(m_logCommand.lastError());
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

// Why one function: lock, catch up, decide, write and commit belong together to be read as one.
Reducer::BatchOutcome Reducer::submit(const std::vector<ParsedCommand> &commands)
{
    BatchOutcome out;
    StoreError error;
    if (!ensureStore(&error)) {
        out.failure = error;
        return out;
    }
    if (!m_db->beginWrite(&error)) {
        out.failure = error;
        return out;
    }
    // Inside the write lock nobody else can append: follow whatever was committed before it.
    if (!catchUp(&error, true)) {
        m_db->rollback();
        out.failure = error;
        return out;
    }
    const qint64 headBefore = m_events->headPosition();
    bool failed = false;
    out.results.reserve(commands.size());
    probeBatch(commands);
    for (const ParsedCommand &p : commands) {
        out.results.push_back(process(p, failed, error));
        if (failed)
            break;
    }
    const bool appended = m_events->headPosition() != headBefore;
    if (!failed && !writeSnapshotIfDue(false, &error))
        failed = true;
    // A batch without events leaves the head as it is: nothing of it is rewritten.
    if (!failed && appended && !m_events->saveHead()) {
        failed = true;
        error = makeStoreError(StoreError::Cause::Other, QT_TRANSLATE_NOOP("hs::StoreError", "The head of %1 could not be recorded."), {m_db->path()});
    }
    if (!failed && m_options.projectInline && !m_writer->finish(m_events->headPosition())) {
        failed = true;
        error = m_db->failure(m_writer->lastSqlError());
    }
    if (!failed && !m_db->commit(&error))
        failed = true;
    m_batchKnown.reset();
    if (failed) {
        m_db->rollback();
        out.results.clear();
        if (error.message.isEmpty())
            error = makeStoreError(StoreError::Cause::Other, QT_TRANSLATE_NOOP("hs::StoreError", "The batch could not be stored in %1."), {m_db->path()});
        out.failure = error;
        // What was decided in memory for the lost batch is thrown away.
        StoreError reload;
        loadState(&reload);
    }
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

bool Reducer::writeSnapshotIfDue(bool force, StoreError *error)
{
    const qint64 head = m_events->headPosition();
    if (head == m_lastSnapshot || (!force && head - m_lastSnapshot < m_options.snapshotEvery))
        return true;
    if (!snapshots::save(m_db->connection(), m_state)) {
        if (error)
            *error = m_db->lastFailure();
        return false;
    }
    m_lastSnapshot = head;
    return true;
}

std::optional<qint64> Reducer::rebuild(StoreError *error)
{
    const std::optional<qint64> n = maintenance::rebuild(*m_db, *m_events, error);
    if (n && m_writer)
        m_writer->forgetCache();
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
