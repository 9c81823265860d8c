#pragma once

#include "storeerror.h"

#include <QSqlError>
#include <optional>

namespace hs::storefile {

// What can be told about an SQLite store file from outside SQLite: who holds its locks, which
// file a path names now, and the real cause behind an error SQLite reports.

// The other programs that hold a lock on the store or its -wal/-shm files (from /proc/locks),
// as "haulctl (process 4711)"; empty where that cannot be told.
QStringList lockHolders(const QString &path);

// The file a path names, so that a replaced or deleted file is noticed.
struct Identity
{
    quint64 device = 0;
    quint64 inode = 0;
    friend bool operator==(const Identity &, const Identity &) = default;
};
std::optional<Identity> identityOf(const QString &path);

// Whether this process holds any POSIX lock on the file at all: SQLite holds one on the store
// for as long as a connection is open, and loses it when any descriptor of the file in this
// process is closed (a file dialog peeking at it, a checksum).
bool processHoldsLock(const QString &path);

// The cause of a failure, for the store at path: SQLite's error, the system's errno that SQLite
// saw (0 if unknown), and a look at the file, its folder and its disk.
StoreError describe(const QString &path, const QSqlError &error, int systemErrno);

// For a file that does not read as a store: cut short (with where), or not SQLite at all.
std::optional<StoreError> damage(const QString &path);
// A file shorter than the pages its header counts (and no log holding the rest): cut short.
std::optional<StoreError> cutShort(const QString &path, quint64 pages, quint64 pageSize);

} // namespace hs::storefile
