#include "reducer.h"

#include "../readmodel/queries.h"
#include "../store/snapshots.h"
#include "../util/idhash.h"
#include "../util/isotime.h"

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
    const bool due = m_events && (m_sealing || m_events->headPosition() - m_lastSnapshot >= m_options.snapshotEvery);
    if (due && !m_db->isMemory() && m_db->keepsItsLocks() && m_db->tryBeginWrite()) {
        StoreError ignored;
        if (followHead(&ignored) && storeSealedSnapshot(true, &ignored)
            && writeSnapshotIfDue(m_events->headPosition() - m_lastSnapshot >= m_options.snapshotEvery))
            m_db->commit();
        else
            m_db->rollback();
    }
    m_sealing.reset(); // waits for a sealing still under way: it reads the state's copy
    m_log.reset();
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
    m_log = std::make_unique<CommandLog>(c);
    m_projectedAtStatistics = ReadModelQueries(c).projectionPosition();
    return loadState(error) && catchUp(error);
}

bool Reducer::loadState(StoreError *error)
{
    m_writer->forgetCache();
    m_sealing.reset(); // its state may hold events that were rolled back
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
    m_headProjected = head->projected;
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
    // Read with the head, under the same lock: no second round trip for it.
    const qint64 done = m_headProjected >= 0 ? m_headProjected : ReadModelQueries(m_db->connection()).projectionPosition();
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
    // Read models behind (a crash between append and projection, a copied store): mend them
    // under the lock, and snapshot the state replayed meanwhile rather than make the first
    // command wait for it.
    if (ReadModelQueries(m_db->connection()).projectionPosition() >= m_events->headPosition())
        return true;
    if (!m_db->beginWrite(error))
        return false;
    if (!followHead(error) || !catchUpProjections(error) || !writeSnapshotIfDue(false, error) || !m_db->commit(error)) {
        m_db->rollback();
        return false;
    }
    refreshStatisticsIfGrown();
    return true;
}

// After a commit that projected events: when the read models have grown by half since the
// statistics were taken (an import, a copied store caught up), take them again.
void Reducer::refreshStatisticsIfGrown()
{
    const qint64 projected = m_events->headPosition();
    if (!m_db->isPostgres() || projected - m_projectedAtStatistics < std::max(m_options.statisticsEvery, m_projectedAtStatistics / 2))
        return;
    // A failure costs speed, never data: the next large commit tries again.
    if (m_db->refreshStatistics())
        m_projectedAtStatistics = projected;
}

std::optional<CommandResult> Reducer::previousOutcome(const QString &commandId)
{
    const std::optional<CommandLogEntry> logged = m_log->find(commandId);
    if (!logged)
        return std::nullopt;
    CommandResult r;
    r.commandId = commandId;
    r.duplicate = true;
    r.accepted = logged->status == u"accepted";
    if (!r.accepted) {
        r.rejection = rejectionFromLog(logged->code, logged->message, logged->field);
    } else if (logged->firstPosition > 0) {
        EventStore::Filter f;
        f.fromPosition = logged->firstPosition;
        f.toPosition = logged->lastPosition;
        m_events->forEach(f, [&](const RecordedEvent &e) { r.events.push_back(e); return true; });
    }
    return r;
}

CommandLogEntry Reducer::logEntry(const QString &commandId, const QString &type, const std::optional<Rejection> &rejection) const
{
    CommandLogEntry e;
    e.commandId = commandId;
    e.type = type;
    e.status = rejection ? QStringLiteral("rejected") : QStringLiteral("accepted");
    if (rejection) {
        e.code = rejectionCodeName(rejection->code);
        e.message = rejection->message;
        e.field = rejection->field;
    }
    e.correlationId = commandId;
    e.recordedAt = isotime::nowMs();
    return e;
}

CommandLogEntry Reducer::logEntry(const CommandEnvelope &c, const std::optional<Rejection> &rejection,
                                  const QByteArray &data) const
{
    CommandLogEntry e = logEntry(c.commandId, commandTypeName(c.command), rejection);
    e.issuedAt = c.issuedAt;
    e.actor = c.actor;
    e.causationId = c.causationId;
    if (!c.correlationId.isEmpty())
        e.correlationId = c.correlationId;
    e.payload = data.isNull() ? encodeCommandData(c.command) : data;
    return e;
}

bool Reducer::record(const CommandLogEntry &entry, StoreError &error)
{
    if (m_log->record(entry))
        return true;
    error = m_db->failure(m_log->lastError());
    return false;
}

bool Reducer::apply(const CommandEnvelope &c, CommandResult &result, StoreError &error, const QByteArray &data)
{
    const Decision decision = m_state.decide(c);
    if (!decision.accepted()) {
        if (!record(logEntry(c, decision.rejection, data), error))
            return false;
        if (c.causationId.isEmpty()) {
            result.rejection = decision.rejection;
            result.accepted = false;
        }
        return true;
    }
    CommandLogEntry entry = logEntry(c, std::nullopt, data);
    entry.firstPosition = m_events->headPosition() + 1;
    std::vector<CommandEnvelope> reactions;
    if (!append(c, entry.correlationId, decision.events, result, reactions, error))
        return false;
    entry.lastPosition = m_events->headPosition();
    if (!record(entry, error))
        return false;
    if (reactions.empty())
        return true;
    // Listener commands take the same path, inside the same transaction. Each one's id names
    // an event id minted for this command just now, so none can have been issued before (the
    // log's unique command ids would refuse the batch if one had).
    for (const CommandEnvelope &r : reactions) {
        if (m_listenerFilter && !m_listenerFilter(r))
            continue;
        if (!apply(r, result, error))
            return false;
    }
    if (!m_log->extendTo(c.commandId, m_events->headPosition())) {
        error = m_db->failure(m_log->lastError());
        return false;
    }
    return true;
}

// The decided events of command c: appended, evolved into the state, projected, and the
// listeners' reactions to each collected.
bool Reducer::append(const CommandEnvelope &c, const QString &correlation, const std::vector<Event> &events,
                     CommandResult &result, std::vector<CommandEnvelope> &reactions, StoreError &error)
{
    const qint64 now = isotime::nowMs();
    for (const Event &ev : events) {
        RecordedEvent e;
        e.event = ev;
        e.occurredAt = c.issuedAt;
        e.recordedAt = now;
        e.commandId = c.commandId;
        e.causationId = c.commandId;
        e.correlationId = correlation;
        e.actor = c.actor;
        // A new shipment, truck or account: no need to ask the store for its stream's version.
        if (!m_events->append(e, &error, m_state.startsStream(ev)))
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
        CommandLogEntry e = logEntry(*p.commandId, p.type, p.rejection);
        e.issuedAt = p.issuedAt;
        e.actor = p.actor;
        failed = !record(e, error);
        return r;
    }
    if (!m_identity.mayActAs(p.envelope->actor)) {
        r.rejection = makeRejection(RejectionCode::Forbidden,
                                    refusal::loginMayNotActAs,
                                    {m_identity.login, p.envelope->actor.user, departmentName(p.envelope->actor.department)});
        failed = !record(logEntry(*p.envelope, r.rejection, p.data), error);
        return r;
    }
    r.accepted = true;
    if (!apply(*p.envelope, r, error, p.data))
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
    // Deciding needs nothing from the store but the command log: the writes of the batch need
    // not wait for their results one by one.
    m_db->pipelineWrites(commands.size() > 1);
    const qint64 headBefore = m_events->headPosition();
    bool failed = false;
    out.results.reserve(commands.size());
    probeBatch(commands);
    // A command sent twice in one batch is answered the second time from the first one's
    // result, as the log would answer it, without waiting for the writes queued since.
    IdHash<qsizetype> answered;
    for (const ParsedCommand &p : commands) {
        if (const auto earlier = p.commandId ? answered.constFind(*p.commandId) : answered.constEnd(); earlier != answered.constEnd()) {
            CommandResult again = out.results[*earlier];
            again.duplicate = true;
            out.results.push_back(std::move(again));
            continue;
        }
        out.results.push_back(process(p, failed, error));
        if (failed)
            break;
        if (p.commandId)
            answered.insert(*p.commandId, out.results.size() - 1);
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
    if (!failed && m_options.projectInline)
        refreshStatisticsIfGrown();
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
    QStringList ids;
    for (const ParsedCommand &p : commands)
        if (p.commandId)
            ids << *p.commandId;
    m_batchKnown = m_log->probe(ids); // unanswered: every command asks the log itself
}

bool Reducer::writeSnapshotIfDue(bool force, StoreError *error)
{
    if (!storeSealedSnapshot(force, error))
        return false;
    const qint64 head = m_events->headPosition();
    // A snapshot costs in proportion to the state, which grows with the history: they are
    // spaced in proportion too (at least snapshotEvery apart, and at least half the history
    // before the last one), so that a long import seals a few, not one every snapshotEvery
    // events, and a restart after a crash replays at most a third of the history.
    const qint64 gap = std::max(m_options.snapshotEvery, m_lastSnapshot / 2);
    if (head == m_lastSnapshot || (!force && head - m_lastSnapshot < gap))
        return true;
    QSqlDatabase &c = m_db->connection();
    if (!force && !m_sealing && head >= m_options.sealSnapshotsAsideFrom) {
        // The copy shares the state's data; the writer's next change to an entity copies that
        // part of the state once, a fraction of what sealing takes.
        const std::optional<QByteArray> chainHash = snapshots::chainHashAt(c, head);
        if (!chainHash) {
            if (error)
                *error = m_db->lastFailure();
            return false;
        }
        m_sealing = SealingSnapshot{head, std::async(std::launch::async, [state = m_state, hash = *chainHash] {
                                        return snapshots::sealState(state, hash);
                                    })};
    } else if (!snapshots::save(c, m_state)) {
        if (error)
            *error = m_db->lastFailure();
        return false;
    }
    m_lastSnapshot = head;
    return true;
}

bool Reducer::storeSealedSnapshot(bool wait, StoreError *error)
{
    if (!m_sealing || (!wait && m_sealing->sealed.wait_for(std::chrono::seconds(0)) != std::future_status::ready))
        return true;
    const qint64 position = m_sealing->position;
    const QByteArray sealed = m_sealing->sealed.get();
    m_sealing.reset();
    if (snapshots::store(m_db->connection(), position, sealed))
        return true;
    if (error)
        *error = m_db->lastFailure();
    return false;
}

std::optional<qint64> Reducer::rebuild(StoreError *error)
{
    const std::optional<qint64> n = maintenance::rebuild(*m_db, *m_events, error);
    if (n && m_writer)
        m_writer->forgetCache();
    // Every row was deleted and written again: the statistics and the visibility map are stale.
    if (n && *n > 0 && m_db->refreshStatistics())
        m_projectedAtStatistics = m_events->headPosition();
    return n;
}

QStringList Reducer::verify(const QList<maintenance::Anchor> &anchors)
{
    return maintenance::verify(*m_db, m_events.get(), anchors);
}

bool Reducer::importHistory(EventStore &source, qint64 upToPosition, qint64 beforeSeq, StoreError *error)
{
    if (!ensureStore(error))
        return false;
    const bool ok = maintenance::importHistory(*m_db, *m_events, source, {upToPosition, beforeSeq},
                                               [this](const RecordedEvent &e) { m_state.evolve(e); }, error);
    m_writer->forgetCache();
    if (!ok) {
        StoreError reload;
        loadState(&reload); // the state evolved by the lost copy is thrown away
    }
    return ok;
}

} // namespace hs
