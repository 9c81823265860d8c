#pragma once

#include "../codec/commandparser.h"
#include "../domain/domainstate.h"
#include "../readmodel/readmodelwriter.h"
#include "../store/commandlog.h"
#include "../store/database.h"
#include "../store/eventstore.h"
#include "../store/postgres.h"
#include "commandresult.h"
#include "maintenance.h"

#include <QSqlQuery>
#include <functional>
#include <future>
#include <memory>

namespace hs {

// The embedded reducer: the store's single writer. Commands are applied one at a time in
// arrival order against the state it keeps in memory; a batch commits as one transaction
// with its events, read-model updates and command-log entries, and results are returned only
// after that commit. Not thread-safe: use it from one thread (ReducerService wraps it).
class Reducer
{
public:
    // Commands per batch when reading a file (haulctl submit, haulbench): a batch of 5000 takes
    // ~30% less time per command than one of 1000 (its commit writes each index page once for
    // more rows) and holds the lock for a fraction of a second.
    static constexpr qsizetype fileBatchCommands = 5000;
    static constexpr qsizetype maxBatchCommands = 100000;

    struct Options
    {
        bool projectInline = true;        // false simulates a crash between append and projection
        qint64 snapshotEvery = 50000;     // events at least between snapshots of the domain state
        // From this many events on, a snapshot is sealed on a thread of its own while the next
        // batch runs (~200 ms at a million events) and stored with that batch or at close.
        qint64 sealSnapshotsAsideFrom = 200000;
        WaitPolicy wait;                  // how to wait for another writer's lock
        // PostgreSQL: events projected (and at least half the store) between refreshes of
        // its planner statistics (Database::refreshStatistics) after a commit.
        qint64 statisticsEvery = 10000;
    };

    static std::unique_ptr<Reducer> open(const QString &path, StoreError *error);
    static std::unique_ptr<Reducer> open(const QString &path, const Options &options, StoreError *error);
    static std::unique_ptr<Reducer> openMemory(StoreError *error);
    ~Reducer();

    struct BatchOutcome
    {
        std::vector<CommandResult> results;
        std::optional<StoreError> failure; // nothing of the batch was kept
    };
    BatchOutcome submit(const std::vector<ParsedCommand> &commands);
    BatchOutcome submit(const CommandEnvelope &command);

    // Store maintenance (maintenance.h): read models from scratch, returning the number of
    // events replayed; and every check of the store, with the anchors it must pass through.
    std::optional<qint64> rebuild(StoreError *error);
    QStringList verify(const QList<maintenance::Anchor> &anchors = {});

    const DomainState &state() const { return m_state; }
    // Who this store's connection acts as: whose commands it may submit.
    const Identity &identity() const { return m_identity; }
    Database &database() { return *m_db; }
    EventStore &events() { return *m_events; }
    qint64 headPosition() const { return m_events->headPosition(); }

    // Listener commands for which the filter answers false are not issued (what-if skips).
    void setListenerFilter(std::function<bool(const CommandEnvelope &)> filter) { m_listenerFilter = std::move(filter); }
    // Copies history up to a position (events with their ids, and the command log before a
    // sequence number) from another store into this empty one: a what-if branch's start.
    bool importHistory(EventStore &source, qint64 upToPosition, qint64 beforeSeq, StoreError *error);

    // Creates the store's tables if the file is new.
    bool ensureStore(StoreError *error);
    // Brings state and read models up to what is committed (another writer, or a crash).
    bool catchUp(StoreError *error, bool inTransaction = false);
    // False once this process lost its hold on the file: it must be opened again.
    bool keepsItsLocks() const { return !m_db || m_db->keepsItsLocks(); }

private:
    Reducer() = default;
    bool init(StoreError *error);
    bool loadState(StoreError *error);
    bool followHead(StoreError *error);
    bool catchUpProjections(StoreError *error);
    CommandResult process(const ParsedCommand &p, bool &failed, StoreError &error);
    // data: the command's data object as its line gave it, if it came as one (what the log keeps).
    bool apply(const CommandEnvelope &c, CommandResult &result, StoreError &error, const QByteArray &data = {});
    bool append(const CommandEnvelope &c, const QString &correlation, const std::vector<Event> &events,
                CommandResult &result, std::vector<CommandEnvelope> &reactions, StoreError &error);
    std::optional<CommandResult> previousOutcome(const QString &commandId);
    CommandLogEntry logEntry(const QString &commandId, const QString &type, const std::optional<Rejection> &rejection) const;
    CommandLogEntry logEntry(const CommandEnvelope &c, const std::optional<Rejection> &rejection,
                             const QByteArray &data = {}) const;
    bool record(const CommandLogEntry &entry, StoreError &error);
    bool writeSnapshotIfDue(bool force, StoreError *error = nullptr);
    // Stores the snapshot sealed aside, once it is ready (wait: or by waiting for it).
    bool storeSealedSnapshot(bool wait, StoreError *error);
    void probeBatch(const std::vector<ParsedCommand> &commands);
    void refreshStatisticsIfGrown();

    Options m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<ReadModelWriter> m_writer;
    DomainState m_state;
    Identity m_identity;
    qint64 m_lastSnapshot = 0;
    qint64 m_headProjected = -1; // the read models' position read with the head, in a write transaction
    // A snapshot being sealed on another thread from a copy of the state, not yet stored.
    struct SealingSnapshot
    {
        qint64 position;
        std::future<QByteArray> sealed;
    };
    std::optional<SealingSnapshot> m_sealing;
    qint64 m_projectedAtStatistics = 0; // the read models' position when statistics were last taken
    std::unique_ptr<CommandLog> m_log;
    std::function<bool(const CommandEnvelope &)> m_listenerFilter;
    // During a batch: the ids the log held when it began (one query for the whole batch). An id
    // outside it is new without asking the store; one repeated within the batch is answered
    // from its first result (submit).
    std::optional<IdSet> m_batchKnown;
};

} // namespace hs
