#pragma once

#include "../readmodel/queries.h"

namespace hs {

// A page of the command log, most recent first, for picking commands to leave out of a
// what-if branch. Text matches the command id, type, user, department or rejection code.
struct CommandSearch
{
    QString text;
    QString type;          // exact command type, or empty for all
    QString status;        // accepted, rejected, or empty for both
    qint64 beforeSeq = -1; // page after the previous one's last seq; -1 from the newest
    qint64 afterSeq = -1;  // only commands newer than this (catching up with the store)
    int limit = 200;
};

std::vector<CommandLogEntry> searchCommands(QSqlDatabase db, const CommandSearch &search);

} // namespace hs
