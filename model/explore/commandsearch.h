#pragma once

#include "../store/commandlog.h"

namespace hs {

// A page of the command log for the what-if pane's picker (CommandSearch says which).
inline std::vector<CommandLogEntry> searchCommands(QSqlDatabase db, const CommandSearch &search)
{
    return CommandLog(db).search(search);
}

} // namespace hs
