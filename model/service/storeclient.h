#pragma once

#include "../readmodel/queries.h"
#include "../reducer/reducer.h"
#include "../store/eventstore.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace hs {

// What a read runs against, on the reader thread: its own connection, never the writer's.
struct ReadContext
{
    Database &db;
    ReadModelQueries &queries;
    EventStore &events;
};

class ReaderWorker;
class WriterWorker;

// The dashboard's way to the store. The reducer runs on a writer thread and reads run on a
// reader thread, each with its own connection; the GUI thread only posts work and receives
// results as queued calls. It also watches the file, so that commits from another process
// (haulctl, a second window) are announced within a fraction of a second.
class StoreClient : public QObject
{
    Q_OBJECT
public:
    explicit StoreClient(QObject *parent = nullptr);
    ~StoreClient() override;

    // Opens (creating when missing) and reports opened() or openFailed(). Never blocks.
    void open(const QString &path, bool seedDemoIfEmpty = false);
    QString path() const { return m_path; }
    bool isOpen() const { return m_open; }

    // Sends a command to the reducer; commandFinished() follows once it is committed.
    void submit(const CommandEnvelope &command);

    // Asks the reducer's decider, without recording anything, what it would say to each
    // command: nothing when it would accept, else the rejection. For disabled actions.
    void explain(QObject *receiver, const std::vector<CommandEnvelope> &commands,
                 std::function<void(std::vector<std::optional<Rejection>>)> onResult);

    // Runs a read on the reader thread and hands its result to onResult on receiver's thread.
    template <typename Query, typename OnResult>
    void read(QObject *receiver, Query query, OnResult onResult)
    {
        using R = std::invoke_result_t<Query, ReadContext &>;
        QPointer<QObject> guard(receiver);
        postRead([guard, query = std::move(query), onResult = std::move(onResult)](ReadContext &ctx) mutable {
            auto result = std::make_shared<R>(query(ctx));
            if (!guard)
                return;
            QMetaObject::invokeMethod(guard.data(), [guard, result, onResult = std::move(onResult)]() mutable {
                if (guard)
                    onResult(std::move(*result));
            }, Qt::QueuedConnection);
        });
    }

    // A new command id and the current time: what every command from the dashboard carries.
    static CommandEnvelope envelope(Command command, const Actor &actor);

Q_SIGNALS:
    // Paths in signals are as shown to people: a PostgreSQL URI without its password.
    void opened(const QString &path, qint64 headPosition);
    // Who the store lets this client act as (on PostgreSQL: the login and its departments).
    void identityKnown(const hs::Identity &identity);
    void openFailed(const QString &path, const QString &message);
    void commandSubmitted(const hs::CommandEnvelope &command);
    void commandFinished(const hs::CommandEnvelope &command, const hs::CommandResult &result);
    void commandFailed(const hs::CommandEnvelope &command, const QString &message);
    // The store moved on: from our own commit or another process's.
    void storeChanged(qint64 headPosition, qint64 lastOccurredAt);
    // Another program holds the store's write lock and a command waits for it (holders: who,
    // where that can be told); false when the wait is over.
    void waitingForWriter(bool waiting, const QString &holders);
    // This process lost its hold on the file (something in it opened and closed the store);
    // nothing more is written through the old connections and the store is opened again.
    void storeReopened(const QString &message);

private:
    void postRead(std::function<void(ReadContext &)> work);
    void onWriterOpened(const QString &path, qint64 head);
    void openReader(const QString &path);
    void reopenAfterLoss(const QString &message);

    QThread m_writerThread;
    QThread m_readerThread;
    WriterWorker *m_writer = nullptr;
    ReaderWorker *m_reader = nullptr;
    QString m_path;
    bool m_open = false;
    bool m_readerFirst = false;
    int m_generation = 0;
    bool m_reopening = false;
    std::atomic<bool> m_closing{false};
};

} // namespace hs

Q_DECLARE_METATYPE(hs::CommandEnvelope)
Q_DECLARE_METATYPE(hs::CommandResult)
Q_DECLARE_METATYPE(hs::Identity)
