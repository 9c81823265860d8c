#pragma once

#include <QByteArray>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace hs {

// Copies a writer's write-ahead log back into the store file on a thread and connection of its
// own, so that a command's commit does not wait for it (tens of milliseconds on a large store).
// It never waits for a lock: what it cannot copy now, its next turn or the writer does.
class BackgroundCheckpointer
{
public:
    explicit BackgroundCheckpointer(const QByteArray &path);
    ~BackgroundCheckpointer(); // finishes the copy under way or asked for, then stops
    BackgroundCheckpointer(const BackgroundCheckpointer &) = delete;
    BackgroundCheckpointer &operator=(const BackgroundCheckpointer &) = delete;

    // From the writer's thread after a commit: copy what the log holds when next free.
    void request();
    // The file is no longer the one the writer holds: a copy asked for is not made.
    void forgo();

    // The writer's SQLite hook after each commit (`pages`: frames in the log). Past 16 000 pages
    // (64 MB) the log is handed to the checkpointer; far past that, when it was long at the
    // commit before too (the checkpointer cannot keep up with a long import, or readers pinned
    // old pages), the writer copies it back itself. A longer log copies a page that several
    // batches of an import changed once, not once a batch: 5% less time for a million events
    // than at 4 000 pages.
    static int afterCommit(void *checkpointer, sqlite3 *db, const char *schema, int pages);
    static constexpr int backgroundPages = 16000;
    static constexpr int inlinePages = 64000;

private:
    void run();
    sqlite3 *openConnection() const;

    QByteArray m_path;
    std::mutex m_mutex;
    std::mutex m_copying; // held while a checkpoint runs, by either thread
    std::condition_variable m_wake;
    bool m_wanted = false;
    bool m_stopping = false;
    int m_pagesAtLastCommit = 0; // the writer's thread's own
    std::thread m_thread;
};

} // namespace hs
