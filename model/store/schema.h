#pragma once

#include "dialect.h"

#include <QStringList>

namespace hs::schema {

// Every table of a store: the events (the system of record), the command log, snapshots,
// and the read models with the position range during which each row was true.
// Each in the dialect of the store it is meant for.
QStringList createStatements(Dialect dialect = Dialect(Dialect::Kind::SQLite));
QStringList readModelTables();          // dropped and refilled by a rebuild
QStringList createReadModelStatements(const QString &schemaName = QStringLiteral("main"),
                                      Dialect dialect = Dialect(Dialect::Kind::SQLite));
// The read models' indexes (part of the statements above), and their names: a rebuild loads
// the tables bare and builds each index once at the end.
QStringList createReadModelIndexes(const QString &schemaName = QStringLiteral("main"),
                                   Dialect dialect = Dialect(Dialect::Kind::SQLite));
QStringList readModelIndexNames();

} // namespace hs::schema
