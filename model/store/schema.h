#pragma once

#include <QStringList>

namespace hs::schema {

// Every table of a store: the events (the system of record), the command log, snapshots,
// and the read models with the position range during which each row was true.
QStringList createStatements();
QStringList readModelTables();          // dropped and refilled by a rebuild
QStringList createReadModelStatements(const QString &schemaName = QStringLiteral("main"));

} // namespace hs::schema
