#include "subcommand.h"

#include "commands.h"

#include <QFileDevice>

namespace hs::cli {

// Why one long function: it is the table of subcommands, one row each, read top to bottom.
const std::vector<Subcommand> &subcommands()
{
    static const std::vector<Subcommand> table = {
        {"init", {{"demo", nullptr, false, "fill the new, empty store with four weeks of demo data"}},
         "", 0, 0, "init takes no arguments.", "", "",
         "Creates the store if it does not exist yet and prints its path and number of events.",
         WriteRun(runInit)},
        {"submit", {{"batch", "N", false, "commands per transaction from a file (default 5000); answers come after each"}},
         "[FILE]", 0, 1, "submit takes at most one file.",
         "commands as JSON Lines, from FILE or standard input", "",
         "Runs one command per line, in order, and prints one result per line: accepted with the\n"
         "events it caused, or rejected with a code and a message. Rejections still exit 0.",
         WriteRun(runSubmit)},
        {"query",
         {{"as-of", "TIME", false, "answer as the view stood at TIME (ISO 8601 with a zone)"},
          {"reference", "TEXT", false, "shipments only: those whose customer reference contains TEXT"}},
         "VIEW [ID]", 1, -1, "query needs a view.", "",
         "VIEW: shipments, shipment ID, trucks, truck ID, accounts, account ID, ledger ID,\n"
         "      invoices ID, aging, at-risk, commands, status-counts",
         "Prints one read model as JSON; arrays are sorted by id, the ledger, an account's invoices\n"
         "and the command log by position. aging and at-risk are judged at the view's moment: the\n"
         "--as-of time, or now.",
         ReadRun(runQuery)},
        {"events",
         {{"stream", "STREAM", false, "only the events of this stream, such as shipment-S-1"},
          {"type", "TYPE", false, "only the events of this type, such as ShipmentAssigned"},
          {"correlation", "ID", false, "only the events of this correlation"},
          {"format", "json|text", false, "json: one event per line (the default); text: a timeline per stream"}},
         "", 0, 0, "events takes no arguments besides its options.", "", "",
         "Prints the stored events in position order.",
         ReadRun(runEvents)},
        {"chain", {}, "ID", 1, 1, "chain needs one command or event id.", "a command id or an event id", "",
         "Prints what caused what in the whole correlation of ID: its commands and events as nodes,\n"
         "an edge from each cause to its effect.",
         ReadRun(runChain)},
        {"rebuild", {}, "", 0, 0, "rebuild takes no arguments.", "", "",
         "Throws the read models away and projects them again from the events.",
         WriteRun(runRebuild)},
        {"verify", {{"expect", "POSITION:HASH[,...]", false, "an anchor from `head` the chain must still pass through (repeatable)"}},
         "", 0, 0, "verify takes no arguments.", "", "",
         "Checks every event's hash against the one before it, every read model against a fresh\n"
         "rebuild, every snapshot against a replay, the command log against the events, and that the\n"
         "chain passes through each --expect anchor; changes nothing and exits 1 on a problem.",
         ReadRun(runVerify)},
        {"head", {}, "", 0, 0, "head takes no arguments.", "", "",
         "Prints the chain's head as {\"position\", \"hash\"}: note it down, and `verify --expect\n"
         "POSITION:HASH` later proves the history up to it was neither cut short nor rewritten.",
         ReadRun(runHead)},
        {"whatif", {{"skip", "ID[,ID...]", true, "the commands, or events of commands, to leave out"}},
         "", 0, 0, "whatif takes its ids through --skip.", "", "",
         "Replays the history without the skipped commands in a throw-away store and prints what\n"
         "would have turned out differently. The store is only read.",
         ReadRun(runWhatIf)},
        {"catalog", {}, "", 0, 0, "catalog takes no arguments.", "", "",
         "Prints every event type with its schema version, context, fields, the commands that\n"
         "produce it, what consumes it, and how many of it the store holds.",
         ReadRun(runCatalog)},
        {"migrate", {{"to", "TARGET", true, "the empty store to copy into: a file or a postgresql:// URI"}},
         "", 0, 0, "migrate takes its target through --to.", "copies the store into an empty TARGET", "",
         "Copies every event as stored (ids, times, hashes: the chain stays intact) and the command\n"
         "log into an empty store of either kind; the copy projects its own read models.",
         WriteRun(runMigrate)},
        {"grant", {}, "LOGIN DEPARTMENT...", 2, -1, "grant needs a login and at least one department.",
         "lets a PostgreSQL login act for departments", "",
         "Makes LOGIN (created when missing) a member of each department's role\n"
         "(customer-service, dispatch, finance) on a PostgreSQL store.",
         WriteRun(runGrant)},
        {"document",
         {{"out", "FILE.pdf", true, "where to write the PDF"},
          {"as-of", "TIME", false, "the document as it stood at TIME; a statement ages to it"}},
         "KIND ID", 2, 2, "document needs a kind and an id.", "",
         "KIND: bill-of-lading ID, rate-confirmation ID, invoice ID (shipments), statement ID (an account)",
         "Writes a business document as PDF, with the company profile the dashboard keeps as its\n"
         "letterhead. An invoice exists only for a delivered shipment.",
         ReadRun(runDocument)},
    };
    return table;
}

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &c : subcommands())
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

QString synopsis(const Subcommand &command)
{
    QString line = QStringLiteral("haulctl [--db PATH] ") + QLatin1String(command.name);
    if (*command.arguments)
        line += u' ' + QLatin1String(command.arguments);
    for (const Option &o : command.options) {
        QString text = QStringLiteral("--") + QLatin1String(o.name);
        if (o.value)
            text += u' ' + QLatin1String(o.value);
        line += u' ' + (o.required ? text : u'[' + text + u']');
    }
    return line;
}

namespace {

constexpr int summaryColumn = 45;

QString indented(const char *text, int by)
{
    const QString pad(by, u' ');
    return pad + QString::fromLatin1(text).replace(u'\n', u'\n' + pad) + u'\n';
}

const char storeNote[] = "--db defaults to the dashboard's store; HAULSTREAM_DB overrides that default. A store is an\n"
                         "SQLite file or a PostgreSQL database: postgresql://[user[:password]@]host[:port]/dbname[?param=value...].\n";
const char exitNote[] = "Exit codes: 0 done, 1 the store failed or verify found a problem, 2 bad usage, 3 no such id.\n";

} // namespace

QString usage()
{
    QString text = QStringLiteral("Usage:\n");
    for (const Subcommand &c : subcommands()) {
        QString line = QStringLiteral("  ") + synopsis(c);
        if (*c.summary)
            line = (line.size() < summaryColumn - 1 ? line.leftJustified(summaryColumn) : line + QStringLiteral("   "))
                   + QLatin1String(c.summary); // a long synopsis still keeps its summary apart
        text += line + u'\n';
        if (*c.usageNote)
            text += indented(c.usageNote, 8);
    }
    return text + u'\n' + QLatin1String(storeNote) + QLatin1String(exitNote);
}

QString subcommandHelp(const Subcommand &command)
{
    QString text = QStringLiteral("Usage: ") + synopsis(command) + u'\n';
    if (*command.usageNote)
        text += indented(command.usageNote, 2);
    text += u'\n' + QLatin1String(command.help) + u'\n';
    if (*command.summary)
        text += QStringLiteral("%1: %2.\n").arg(QLatin1String(command.arguments), QLatin1String(command.summary));
    text += QStringLiteral("\nOptions:\n");
    for (const Option &o : command.options) {
        const QString name = QStringLiteral("  --") + QLatin1String(o.name) + (o.value ? u' ' + QLatin1String(o.value) : QString());
        text += name.leftJustified(24) + QLatin1String(o.help) + u'\n';
    }
    text += QStringLiteral("  --db PATH").leftJustified(24) + QStringLiteral("the store to use\n");
    return text + u'\n' + QLatin1String(storeNote) + QLatin1String(exitNote);
}

void print(QTextStream &out, const QByteArray &json)
{
    out << QString::fromUtf8(json) << '\n';
}

void printNow(QTextStream &out, const QByteArray &lines)
{
    out.flush();
    if (auto *file = qobject_cast<QFileDevice *>(out.device())) {
        file->write(lines);
        file->flush();
        return;
    }
    out << QString::fromUtf8(lines);
    out.flush();
}

int bad(QTextStream &err, const QString &message)
{
    err << "haulctl: " << message << "\n\n" << usage();
    err.flush();
    return BadUsage;
}

int failed(QTextStream &err, const QString &message)
{
    err << "haulctl: " << message << '\n';
    err.flush();
    return StoreFailed;
}

int notFound(QTextStream &err, const QString &message)
{
    err << "haulctl: " << message << '\n';
    err.flush();
    return NotFound;
}

} // namespace hs::cli
