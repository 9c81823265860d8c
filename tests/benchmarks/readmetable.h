#pragma once

#include <QStringList>

namespace hs::bench {

// `haulbench --table A.json B.json [C.json] [--readme README.md]`: the README's benchmark table
// made from haulbench's result files (one column each; a `--callgrind` result adds instructions
// per event). With --readme it replaces the table between the file's haulbench:table markers,
// otherwise it prints it.
int printTable(const QStringList &args);

} // namespace hs::bench
