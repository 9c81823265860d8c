#pragma once

#include "storeclient.h"

#include <QTimer>

namespace hs {

// Lives on the writer thread: owns the Reducer.
class WriterWorker : public QObject
{
    Q_OBJECT
public:
    explicit WriterWorker(const std::atomic<bool> *closing) : m_closing(closing) {}
    void open(const QString &path, bool seedDemo);
    void submit(const CommandEnvelope &command);
    std::vector<std::optional<Rejection>> explain(const std::vector<CommandEnvelope> &commands);
    void close();

Q_SIGNALS:
    void identified(const hs::Identity &identity);
    void opened(const QString &path, qint64 head);
    void openFailed(const QString &path, const QString &message);
    void finished(const hs::CommandEnvelope &command, const hs::CommandResult &result);
    void failed(const hs::CommandEnvelope &command, const QString &message);
    void committed();
    void waiting(bool waiting, const QString &holders);
    void viewLost(const QString &message);

private:
    std::unique_ptr<Reducer> m_reducer;
    const std::atomic<bool> *m_closing;
};

// Lives on the reader thread: its own read-only connection, and the watch on the store: a
// poll of SQLite's data_version, or LISTEN for the head PostgreSQL writers NOTIFY.
class ReaderWorker : public QObject
{
    Q_OBJECT
public:
    // False, with the reason, when the file is not a store this version can read.
    bool open(const QString &path, QString *problem);
    void run(const std::function<void(ReadContext &)> &work);
    void poll();
    void close();

Q_SIGNALS:
    void changed(qint64 head, qint64 lastOccurredAt);
    void viewLost(const QString &message);

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReadModelQueries> m_queries;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<ReadContext> m_context;
    QTimer *m_timer = nullptr;
    qint64 m_dataVersion = -1;
    qint64 m_head = -1;
    QString m_path;
};

} // namespace hs
