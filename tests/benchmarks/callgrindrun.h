#pragma once

#include <QStringList>

namespace hs::bench {

// `haulbench --callgrind …`: runs the same measurement (SQLite only, no dashboard) under
// valgrind's callgrind and writes the instructions per event of the import, the rebuild and
// their raw C-API baselines to the --out file. Instruction counts hold still on a busy machine
// where seconds do not.
int countInstructions(const QStringList &args);

} // namespace hs::bench
