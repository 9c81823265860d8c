#pragma once

#include "subcommand.h"

namespace hs::cli {

// Runs one haulctl invocation: arguments without the program name.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace hs::cli
