#include "checkpointer.h"

#include <sqlite3.h>

namespace hs {

BackgroundCheckpointer::BackgroundCheckpointer(const QByteArray &path) : m_path(path), m_thread([this] { run(); }) {}

BackgroundCheckpointer::~BackgroundCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void BackgroundCheckpointer::request()
{
    {
        std::lock_guard lock(m_mutex);
        m_wanted = true;
    }
    m_wake.notify_one();
}

void BackgroundCheckpointer::forgo()
{
    std::lock_guard lock(m_mutex);
    m_wanted = false;
}

int BackgroundCheckpointer::afterCommit(void *checkpointer, sqlite3 *db, const char *schema, int pages)
{
    auto *self = static_cast<BackgroundCheckpointer *>(checkpointer);
    const int before = self->m_pagesAtLastCommit;
    self->m_pagesAtLastCommit = pages;
    const int written = pages >= before ? pages - before : pages; // the log may have been started again
    const bool large = written >= largeCommitPages;
    if (pages < (large ? backgroundPages : smallCommitsPages))
        return SQLITE_OK;
    // One large commit (a rebuild) is handed over like any other; a log that was long already
    // and grew past inlinePages with large commits means the checkpointer is not keeping up. One
    // of single commands that follow each other without a pause is never started again (each
    // begins before the copy of the one before has ended) and is copied back by a command only
    // far later: such a copy and its two syncs cost a command tens of milliseconds (49 ms measured
    // for 31 pages), however few pages are left.
    if (before < backgroundPages || pages < (large ? inlinePages : smallCommitsLimitPages)) {
        self->request();
        return SQLITE_OK;
    }
    // A batch waits for the copy under way, if any (during it the writer's own would find it busy
    // and give up); a single command does not: its wait would be the whole copy.
    std::unique_lock copying(self->m_copying, std::defer_lock);
    if (large)
        copying.lock();
    else if (!copying.try_lock()) {
        self->request();
        return SQLITE_OK;
    }
    sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

sqlite3 *BackgroundCheckpointer::openConnection() const
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(m_path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_exec(db, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
    return db;
}

void BackgroundCheckpointer::run()
{
    sqlite3 *db = nullptr; // opened at the first request: most writers never need it
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_wanted || m_stopping; });
        if (!m_wanted)
            break;
        m_wanted = false;
        lock.unlock();
        if (!db)
            db = openConnection();
        // Without its connection the writer's own checkpoints past inlinePages keep the log short.
        if (db) {
            std::lock_guard copying(m_copying);
            sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        }
        lock.lock();
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace hs
