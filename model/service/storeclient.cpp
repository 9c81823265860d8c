#include "storeclient.h"

#include "../demo/demoseed.h"
#include "../store/postgres.h"
#include "../util/isotime.h"
#include "storeworkers.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hs {

// ---- writer ----

void WriterWorker::open(const QString &path, bool withDemo)
{
    StoreError error;
    Reducer::Options options;
    options.wait.onWaiting = [this](bool waiting, const QString &holders) { Q_EMIT this->waiting(waiting, holders); };
    options.wait.abandon = m_closing;
    m_reducer = Reducer::open(path, options, &error);
    if (!m_reducer || !m_reducer->ensureStore(&error)) {
        m_reducer.reset();
        Q_EMIT openFailed(path, localizedMessage(error));
        return;
    }
    if (withDemo && m_reducer->headPosition() == 0 && !seedDemo(*m_reducer, isotime::nowMs(), &error)) {
        Q_EMIT openFailed(path, localizedMessage(error));
        return;
    }
    Q_EMIT identified(m_reducer->identity());
    Q_EMIT opened(path, m_reducer->headPosition());
}

void WriterWorker::submit(const CommandEnvelope &command)
{
    if (!m_reducer) {
        Q_EMIT failed(command, QStringLiteral("No store is open."));
        return;
    }
    auto outcome = m_reducer->submit(command);
    if (outcome.failure && outcome.failure->cause == StoreError::Cause::ViewLost) {
        // Refuse to write on through a connection whose locks are gone: let the client reopen.
        m_reducer->database().forgoCheckpointOnClose();
        m_reducer.reset();
        Q_EMIT failed(command, localizedMessage(*outcome.failure));
        Q_EMIT viewLost(localizedMessage(*outcome.failure));
        return;
    }
    if (outcome.failure || outcome.results.empty()) {
        Q_EMIT failed(command, outcome.failure ? localizedMessage(*outcome.failure) : QStringLiteral("The store did not answer."));
        return;
    }
    Q_EMIT finished(command, outcome.results.front());
    Q_EMIT committed();
}

std::vector<std::optional<Rejection>> WriterWorker::explain(const std::vector<CommandEnvelope> &commands)
{
    std::vector<std::optional<Rejection>> out;
    StoreError error;
    if (m_reducer)
        m_reducer->catchUp(&error);
    for (const CommandEnvelope &c : commands) {
        if (!m_reducer) {
            out.push_back(Rejection{RejectionCode::NotFound, QStringLiteral("No store is open."), {}});
            continue;
        }
        out.push_back(m_reducer->state().decide(c).rejection);
    }
    return out;
}

void WriterWorker::close()
{
    if (m_reducer && !m_reducer->keepsItsLocks())
        m_reducer->database().forgoCheckpointOnClose();
    m_reducer.reset();
}

// ---- reader ----

bool ReaderWorker::open(const QString &path, QString *problem)
{
    m_path = path;
    StoreError error;
    m_db = Database::open(path, Database::Mode::ReadOnly, &error);
    if (!m_db) {
        *problem = localizedMessage(error);
        return false;
    }
    m_queries = std::make_unique<ReadModelQueries>(m_db->connection());
    m_events = std::make_unique<EventStore>(*m_db);
    m_context = std::make_unique<ReadContext>(ReadContext{*m_db, *m_queries, *m_events});
    m_dataVersion = -1;
    m_head = -1;
    if (m_db->isPostgres()) {
        // Every writer NOTIFYs its new head at commit: nothing to poll.
        QSqlDriver *driver = m_db->connection().driver();
        connect(driver, &QSqlDriver::notification, this, &ReaderWorker::poll, Qt::UniqueConnection);
        if (!driver->subscribeToNotification(postgres::headChannel())) {
            *problem = QStringLiteral("%1: cannot listen for other desks' changes: %2").arg(m_db->path(), driver->lastError().text());
            close();
            return false;
        }
        if (m_timer)
            m_timer->stop();
        poll();
        return true;
    }
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(200);
        connect(m_timer, &QTimer::timeout, this, &ReaderWorker::poll);
    }
    m_timer->start();
    poll();
    return true;
}

void ReaderWorker::run(const std::function<void(ReadContext &)> &work)
{
    if (m_context)
        work(*m_context);
}

void ReaderWorker::poll()
{
    if (!m_db)
        return;
    if (!m_db->keepsItsLocks()) {
        // Another commit would go unseen through a log file that may no longer be the store's.
        m_timer->stop();
        Q_EMIT viewLost(localizedMessage(makeStoreError(StoreError::Cause::ViewLost,
            QT_TRANSLATE_NOOP("hs::StoreError", "Haulstream lost its hold on %1 (another part of this program opened and closed the file, or the file was replaced). The store is being opened again."),
            {m_path})));
        return;
    }
    const qint64 version = m_db->dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    QSqlQuery q(m_db->connection());
    qint64 head = 0, last = 0;
    if (q.exec(QStringLiteral("SELECT position, occurred_at FROM events ORDER BY position DESC LIMIT 1")) && q.next()) {
        head = q.value(0).toLongLong();
        last = q.value(1).toLongLong();
    }
    if (head != m_head) {
        m_head = head;
        Q_EMIT changed(head, last);
    }
}

void ReaderWorker::close()
{
    if (m_timer)
        m_timer->stop();
    if (m_db && !m_db->keepsItsLocks())
        m_db->forgoCheckpointOnClose();
    m_context.reset();
    m_events.reset();
    m_queries.reset();
    m_db.reset();
}

// ---- client ----

StoreClient::StoreClient(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<hs::CommandEnvelope>();
    qRegisterMetaType<hs::CommandResult>();
    qRegisterMetaType<hs::Identity>();
    m_writer = new WriterWorker(&m_closing);
    m_reader = new ReaderWorker;
    m_writer->moveToThread(&m_writerThread);
    m_reader->moveToThread(&m_readerThread);
    m_writerThread.setObjectName(QStringLiteral("haulstream-writer"));
    m_readerThread.setObjectName(QStringLiteral("haulstream-reader"));
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(&m_readerThread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(m_writer, &WriterWorker::opened, this, &StoreClient::onWriterOpened);
    connect(m_writer, &WriterWorker::openFailed, this, [this](const QString &path, const QString &message) {
        // When the reader goes first it reports a file it cannot read itself.
        if (m_readerFirst && !m_open)
            return;
        m_open = false;
        Q_EMIT openFailed(postgres::displayName(path), message);
    });
    connect(m_writer, &WriterWorker::identified, this, &StoreClient::identityKnown);
    connect(m_writer, &WriterWorker::finished, this, &StoreClient::commandFinished);
    connect(m_writer, &WriterWorker::failed, this, &StoreClient::commandFailed);
    // Our own commit: look now rather than at the next poll, so panes update at once.
    connect(m_writer, &WriterWorker::committed, m_reader, &ReaderWorker::poll);
    connect(m_reader, &ReaderWorker::changed, this, &StoreClient::storeChanged);
    connect(m_writer, &WriterWorker::waiting, this, &StoreClient::waitingForWriter);
    connect(m_writer, &WriterWorker::viewLost, this, &StoreClient::reopenAfterLoss);
    connect(m_reader, &ReaderWorker::viewLost, this, &StoreClient::reopenAfterLoss);
    m_writerThread.start();
    m_readerThread.start();
}

StoreClient::~StoreClient()
{
    m_closing = true; // a command waiting for another program's lock gives up now
    QMetaObject::invokeMethod(m_writer, [w = m_writer] { w->close(); }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(m_reader, [r = m_reader] { r->close(); }, Qt::BlockingQueuedConnection);
    m_writerThread.quit();
    m_readerThread.quit();
    m_writerThread.wait();
    m_readerThread.wait();
}

void StoreClient::open(const QString &path, bool seedDemoIfEmpty)
{
    m_path = path;
    m_open = false;
    ++m_generation;
    QMetaObject::invokeMethod(m_reader, [r = m_reader] { r->close(); }, Qt::QueuedConnection);
    // A store that exists is shown at once from the reader while the writer loads its
    // state in parallel; a new store (or one to fill with demo data) is written first.
    const bool readFirst = (postgres::isLocation(path) || QFileInfo::exists(path)) && !seedDemoIfEmpty;
    m_readerFirst = readFirst;
    if (readFirst)
        openReader(path);
    QMetaObject::invokeMethod(m_writer, [w = m_writer, path, seedDemoIfEmpty] {
        w->close();
        w->open(path, seedDemoIfEmpty);
    }, Qt::QueuedConnection);
}

void StoreClient::openReader(const QString &path)
{
    const int generation = m_generation;
    QMetaObject::invokeMethod(m_reader, [this, r = m_reader, path, generation] {
        QString problem;
        const bool ok = r->open(path, &problem);
        QMetaObject::invokeMethod(this, [this, ok, path, problem, generation] {
            if (generation != m_generation)
                return;
            if (!ok) {
                Q_EMIT openFailed(postgres::displayName(path), problem);
                return;
            }
            m_open = true;
            m_reopening = false;
            Q_EMIT opened(postgres::displayName(path), 0);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void StoreClient::reopenAfterLoss(const QString &message)
{
    if (m_reopening || m_path.isEmpty())
        return; // the writer and the reader may both notice the same loss
    m_reopening = true;
    Q_EMIT storeReopened(message);
    // Every old connection closes before a new one opens: SQLite shares one lock per file among
    // a process's connections, and would not take it again while an old one still counts on it.
    QMetaObject::invokeMethod(m_writer, [w = m_writer] { w->close(); }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(m_reader, [r = m_reader] { r->close(); }, Qt::BlockingQueuedConnection);
    open(m_path);
}

void StoreClient::onWriterOpened(const QString &path, qint64 head)
{
    Q_UNUSED(head);
    if (!m_readerFirst)
        openReader(path);
}

void StoreClient::submit(const CommandEnvelope &command)
{
    Q_EMIT commandSubmitted(command);
    QMetaObject::invokeMethod(m_writer, [w = m_writer, command] { w->submit(command); }, Qt::QueuedConnection);
}

void StoreClient::explain(QObject *receiver, const std::vector<CommandEnvelope> &commands,
                          std::function<void(std::vector<std::optional<Rejection>>)> onResult)
{
    QPointer<QObject> guard(receiver);
    QMetaObject::invokeMethod(m_writer, [w = m_writer, commands, guard, onResult = std::move(onResult)] {
        auto result = w->explain(commands);
        if (!guard)
            return;
        QMetaObject::invokeMethod(guard.data(), [guard, result, onResult] {
            if (guard)
                onResult(result);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void StoreClient::postRead(std::function<void(ReadContext &)> work)
{
    QMetaObject::invokeMethod(m_reader, [r = m_reader, work = std::move(work)] { r->run(work); }, Qt::QueuedConnection);
}

CommandEnvelope StoreClient::envelope(Command command, const Actor &actor)
{
    CommandEnvelope e;
    e.commandId = QStringLiteral("ui-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.issuedAt = isotime::nowMs();
    e.actor = actor;
    e.command = std::move(command);
    return e;
}

} // namespace hs
