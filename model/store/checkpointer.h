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

    // The writer's SQLite hook after each commit (`pages`: frames in the log). A log of large
    // commits (an import's batches) is handed to the checkpointer past 16 000 pages (64 MB): a
    // longer log copies a page that several batches changed once, not once a batch (5% less time
    // for a million events than at 4 000 pages). One of small commits (single commands) is handed
    // over past 4 000 pages: a copy of 16 000 made the sync at its end flush 64 MB, during which
    // the writer's own writes to the log stalled for up to 50 ms; over 10 000 payments into a 1M
    // store the slowest took 12-43 ms with copies of 16 000 pages, 4-5 ms with copies of 4 000.
    // Far past that, when it was long at the commit before too (the checkpointer cannot keep up,
    // or readers pinned old pages), the writer copies the log back itself: past 64 000 pages
    // after a large commit, past 256 000 (1 GB) after a small one, and then only when the
    // checkpointer is not copying.
    static int afterCommit(void *checkpointer, sqlite3 *db, const char *schema, int pages);
    static constexpr int backgroundPages = 16000;
    static constexpr int smallCommitsPages = 4000;
    static constexpr int largeCommitPages = 1000; // a commit that wrote this many frames or more
    static constexpr int inlinePages = 64000;
    static constexpr int smallCommitsLimitPages = 4 * inlinePages;

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
