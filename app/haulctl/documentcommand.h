#pragma once

#include "subcommand.h"

#include <optional>

namespace hs {
class Database;
}

namespace hs::cli {

// `haulctl document KIND ID --out FILE.pdf [--as-of TIME]`: the exit code, what went wrong, or
// the JSON to print.
struct DocumentOutcome
{
    Exit exit = Done;
    QString problem;
    QByteArray json;
};

DocumentOutcome writeDocument(Database &db, const QString &kind, const QString &id, const QString &path,
                              std::optional<qint64> asOf);

} // namespace hs::cli
