#include "storefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace hs::storefile {

namespace {

using Cause = StoreError::Cause;

// SQLite's primary result codes (sqlite3.h), as Qt SQL reports them in nativeErrorCode().
enum SqliteCode { Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADatabase = 26 };

// The device and inode of the store's files, as /proc/locks writes them.
QStringList lockKeys(const QString &path, bool withLogs)
{
    QStringList keys;
    const QStringList suffixes = withLogs ? QStringList{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")} : QStringList{QString()};
    for (const QString &suffix : suffixes) {
        struct stat st;
        if (::stat(QFile::encodeName(path + suffix).constData(), &st) == 0)
            keys << QStringLiteral("%1:%2:%3").arg(major(st.st_dev), 2, 16, QLatin1Char('0'))
                        .arg(minor(st.st_dev), 2, 16, QLatin1Char('0')).arg(quint64(st.st_ino));
    }
    return keys;
}

// The processes holding (not waiting for) a lock on the store (withLogs: or its -wal, -shm).
QList<qint64> lockingProcesses(const QString &path, bool withLogs)
{
    QList<qint64> pids;
    const QStringList keys = lockKeys(path, withLogs);
    QFile locks(QStringLiteral("/proc/locks"));
    if (keys.isEmpty() || !locks.open(QIODevice::ReadOnly))
        return pids;
    // "1: POSIX  ADVISORY  WRITE 4711 08:01:123456 120 120"; waiters have "->" after the number.
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 6 || f[1] == "->" || !keys.contains(QString::fromLatin1(f[5])))
            continue;
        const qint64 pid = f[4].toLongLong();
        if (pid > 0 && !pids.contains(pid))
            pids << pid;
    }
    return pids;
}

bool onReadOnlyDisk(const QString &folder)
{
    struct statvfs fs;
    return ::statvfs(QFile::encodeName(folder).constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY);
}

StoreError readOnly(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (onReadOnlyDisk(info.absolutePath()))
        return makeStoreError(Cause::ReadOnly, QT_TRANSLATE_NOOP("hs::StoreError", "%1 is on a read-only disk: Haulstream can show it but not record anything in it."), {path});
    if (info.exists() && !info.isWritable())
        return makeStoreError(Cause::ReadOnly, QT_TRANSLATE_NOOP("hs::StoreError", "%1 is read-only: Haulstream can show it but not record anything in it."), {path});
    return makeStoreError(Cause::ReadOnly, QT_TRANSLATE_NOOP("hs::StoreError", "The folder %1 is read-only: Haulstream cannot write the store, nor the log files it keeps beside it."), {folder});
}

StoreError locked(const QString &path)
{
    const QStringList holders = lockHolders(path);
    if (holders.isEmpty())
        return makeStoreError(Cause::Locked, QT_TRANSLATE_NOOP("hs::StoreError", "%1 is locked by another program that has not let go of it. Nothing was changed; try again when it is done."), {path});
    return makeStoreError(Cause::Locked, QT_TRANSLATE_NOOP("hs::StoreError", "%1 is locked by another program, %2, that has not let go of it. Nothing was changed; try again when it is done."),
                          {path, holders.join(QStringLiteral(", "))});
}

} // namespace

QStringList lockHolders(const QString &path)
{
    QStringList holders;
    for (const qint64 pid : lockingProcesses(path, true)) {
        if (pid == QCoreApplication::applicationPid())
            continue;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        const QString name = comm.open(QIODevice::ReadOnly) ? QString::fromUtf8(comm.readAll().trimmed()) : QString();
        holders << (name.isEmpty() ? QStringLiteral("process %1").arg(pid) : QStringLiteral("%1 (process %2)").arg(name).arg(pid));
    }
    return holders;
}

std::optional<Identity> identityOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return Identity{quint64(st.st_dev), quint64(st.st_ino)};
}

namespace {

// Whether the kernel names this process as the holder of a lock on the file, asked through a
// descriptor this process has open on it already (opening one to ask, and closing it, would drop
// the very locks asked about). An open file description lock conflicts with this process's own
// record locks, and the kernel answers with one of the conflicting holders: no answer for us only
// means that it named another process first. A few microseconds, where reading /proc/locks waits
// for a grace period of the kernel's locks table, milliseconds when the machine was idle before.
// The descriptor that answered last is asked first: the others are found by reading
// /proc/self/fd, which costs a system call per open descriptor and was a fifth of a single
// command's time when it was done before every write.
bool kernelNamesThisProcess(const QString &path)
{
    const std::optional<Identity> target = identityOf(path);
    if (!target)
        return false;
    static std::atomic<int> lastAnswered{-1};
    const auto ask = [&](int fd) -> std::optional<bool> {
        struct stat st;
        if (fd < 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || Identity{quint64(st.st_dev), quint64(st.st_ino)} != *target)
            return std::nullopt;
        struct flock probe = {};
        probe.l_type = F_WRLCK;
        probe.l_whence = SEEK_SET; // the whole file
        if (::fcntl(fd, F_OFD_GETLK, &probe) != 0)
            return std::nullopt;
        lastAnswered.store(fd, std::memory_order_relaxed);
        return probe.l_type != F_UNLCK && probe.l_pid == QCoreApplication::applicationPid();
    };
    if (const std::optional<bool> answer = ask(lastAnswered.load(std::memory_order_relaxed)))
        return *answer;
    DIR *fds = ::opendir("/proc/self/fd");
    if (!fds)
        return false;
    std::optional<bool> answer;
    while (!answer) {
        const dirent *entry = ::readdir(fds);
        if (!entry)
            break;
        char *end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end != entry->d_name && *end == '\0' && fd != ::dirfd(fds))
            answer = ask(int(fd));
    }
    ::closedir(fds);
    return answer.value_or(false);
}

} // namespace

bool processHoldsLock(const QString &path)
{
    // The store file itself: its -shm keeps its locks, as it is another file.
    return kernelNamesThisProcess(path) || lockingProcesses(path, false).contains(QCoreApplication::applicationPid());
}

std::optional<StoreError> damage(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = f.read(100);
    const qint64 size = f.size();
    f.close();
    if (size == 0)
        return std::nullopt; // an empty file becomes a store on first write
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")) || header.size() < 100)
        return makeStoreError(Cause::NotSqlite, QT_TRANSLATE_NOOP("hs::StoreError", "%1 is not a Haulstream store (it is not an SQLite database)."), {path});
    auto be = [&](int at, int n) {
        quint64 v = 0;
        for (int i = 0; i < n; ++i)
            v = (v << 8) | quint8(header[at + i]);
        return v;
    };
    return cutShort(path, be(28, 4), be(16, 2) == 1 ? 65536 : be(16, 2));
}

std::optional<StoreError> cutShort(const QString &path, quint64 pages, quint64 pageSize)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    struct stat log;
    if (::stat(QFile::encodeName(path + QStringLiteral("-wal")).constData(), &log) == 0 && log.st_size > 0)
        return std::nullopt; // the missing pages may be in the log, not yet copied back
    const quint64 size = quint64(st.st_size);
    if (pages > 0 && size < pages * pageSize)
        return makeStoreError(Cause::Damaged, QT_TRANSLATE_NOOP("hs::StoreError", "%1 is damaged: it ends after %2 bytes, but its header says it holds %3 bytes (page %4 onwards is missing). It was cut short, perhaps by an interrupted copy; restore it from a backup."),
                              {path, QString::number(size), QString::number(pages * pageSize), QString::number(size / pageSize + 1)});
    return std::nullopt;
}

StoreError describe(const QString &path, const QSqlError &error, int systemErrno)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == Full || systemErrno == ENOSPC || systemErrno == EDQUOT)
        return makeStoreError(Cause::DiskFull, QT_TRANSLATE_NOOP("hs::StoreError", "The disk that holds %1 is full. Nothing was changed; free some space and try again."), {path});
    if (code == ReadOnly || systemErrno == EROFS || systemErrno == EACCES || systemErrno == EPERM)
        return readOnly(path);
    if (code == Busy || code == Locked)
        return locked(path);
    if (code == CantOpen) {
        const QFileInfo info(path);
        if (onReadOnlyDisk(info.absolutePath()) || !QFileInfo(info.absolutePath()).isWritable()
            || (info.exists() && !info.isWritable()))
            return readOnly(path);
    }
    if (code == Corrupt || code == NotADatabase) {
        if (auto d = damage(path))
            return *d;
        if (code == NotADatabase)
            return makeStoreError(Cause::NotSqlite, QT_TRANSLATE_NOOP("hs::StoreError", "%1 is not a Haulstream store (it is not an SQLite database)."), {path});
        return makeStoreError(Cause::Damaged, QT_TRANSLATE_NOOP("hs::StoreError", "%1 is damaged (%2). Restore it from a backup."), {path, error.databaseText()});
    }
    return makeStoreError(Cause::Other, QT_TRANSLATE_NOOP("hs::StoreError", "%1 could not be used: %2"), {path, error.text().trimmed()});
}

} // namespace hs::storefile
