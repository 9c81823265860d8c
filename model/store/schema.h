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
// The read models' indexes (part of the statements above).
QStringList createReadModelIndexes(const QString &schemaName = QStringLiteral("main"),
                                   Dialect dialect = Dialect(Dialect::Kind::SQLite));
// Those a rebuild of an SQLite store drops, to load the tables without them and build each
// once at the end, by name, and their statements.
QStringList rebuiltIndexNames();
QStringList createRebuiltIndexes();

// The indexes that find a correlation's listener events and commands (a store before schema 7
// indexed every row by correlation instead).
QStringList createCorrelationIndexes(Dialect dialect = Dialect(Dialect::Kind::SQLite));
// Conditions on events and on commands that hold for the rows of one correlation, served by
// those indexes and the command log; each takes the correlation id for each of its '?'
// (three for events, two for commands).
QString correlationEvents();
constexpr int correlationEventsBinds = 3;
QString correlationCommands();
constexpr int correlationCommandsBinds = 2;

} // namespace hs::schema
