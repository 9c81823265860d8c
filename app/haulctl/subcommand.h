#pragma once

#include "store/database.h"
#include "store/eventstore.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <variant>
#include <vector>

namespace hs::cli {

enum Exit { Done = 0, StoreFailed = 1, BadUsage = 2, NotFound = 3 };

// One haulctl command line, parsed and checked against its subcommand's row of the table.
struct Invocation
{
    QString storePath;
    QStringList arguments;
    QHash<QString, QString> options; // --name value
    QSet<QString> flags;             // --demo
    QTextStream &out;
    QTextStream &err;

    QString option(const char *name) const { return options.value(QLatin1String(name)); }
    bool has(const char *name) const { return options.contains(QLatin1String(name)) || flags.contains(QLatin1String(name)); }
};

// A read-only connection to the store; a missing or empty file reads as an empty store.
struct StoreReader
{
    std::unique_ptr<Database> database;
    std::unique_ptr<EventStore> events;
    bool standIn = false; // no store there yet: an empty one in memory answers instead
};

// A read subcommand is handed a read-only connection and nothing it could write with; a
// write subcommand opens the store's writer itself, because each treats a missing file
// differently (init and submit create it, rebuild finds nothing to do).
using ReadRun = int (*)(const Invocation &, StoreReader &);
using WriteRun = int (*)(const Invocation &);

struct Option
{
    const char *name;
    const char *value; // how the synopsis names its value; null for a flag
    bool required;
    const char *help;
};

struct Subcommand
{
    const char *name;
    std::vector<Option> options;
    const char *arguments; // the synopsis after the name and options
    int minArguments;
    int maxArguments;      // -1: the run function checks
    const char *argumentProblem;
    const char *summary;   // beside the synopsis in the usage
    const char *usageNote; // under it, indented
    const char *help;      // `haulctl help NAME`
    std::variant<ReadRun, WriteRun> run;

    bool reads() const { return std::holds_alternative<ReadRun>(run); }
};

// Every subcommand, in the order the usage lists them.
const std::vector<Subcommand> &subcommands();
const Subcommand *findSubcommand(const QString &name);

QString usage();
QString subcommandHelp(const Subcommand &command);
QString synopsis(const Subcommand &command);

// Each writes "haulctl: MESSAGE" to standard error (bad usage adds the usage) and returns its exit code.
int bad(QTextStream &err, const QString &message);
int failed(QTextStream &err, const QString &message);
int notFound(QTextStream &err, const QString &message);
void print(QTextStream &out, const QByteArray &json);
// Lines of JSON (UTF-8, each ending in a newline) written out at once: where the stream writes
// to a file or pipe, as they are, not through UTF-16 and back.
void printNow(QTextStream &out, const QByteArray &lines);

} // namespace hs::cli
