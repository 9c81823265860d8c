#pragma once

#include <QStringList>
#include <QTextStream>

namespace hs::cli {

enum Exit { Done = 0, StoreFailed = 1, BadUsage = 2, NotFound = 3 };

// Runs one haulctl invocation: arguments without the program name.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace hs::cli
