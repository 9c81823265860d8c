#pragma once

#include <QString>
#include <QStringList>

namespace hs {

// Why the store could not be opened or written, in words for the person who chose the file.
struct StoreError
{
    enum class Cause {
        Other,
        ReadOnly,      // a read-only file, folder or disk
        DiskFull,
        Locked,        // another program holds the store's lock and makes no progress
        NotAStore,     // an SQLite database of another program, or a folder
        NotSqlite,
        Damaged,
        NewerVersion,
        ViewLost,      // this process lost its locks on the file: it refuses to write on
    };
    QString message; // in English: what haulctl prints
    Cause cause = Cause::Other;
    // The message's template (QT_TRANSLATE_NOOP("hs::StoreError", ...)) and its arguments,
    // so that the dashboard can say it in the user's language.
    const char *reason = nullptr;
    QStringList args;
};

StoreError makeStoreError(StoreError::Cause cause, const char *reason, const QStringList &args = {});
// The message in the language of the installed translators.
QString localizedMessage(const StoreError &e);

} // namespace hs
