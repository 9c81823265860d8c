#include "cli.h"

#include "demo/storepath.h"

#include <optional>

namespace hs::cli {

namespace {

struct CommandLine
{
    QString db;
    QString command;
    QStringList positional;
    QHash<QString, QString> options; // --name value
    QSet<QString> flags;             // --demo, --help, --version
};

// The option names any subcommand takes, with --db, --help and --version, so that a name no
// subcommand knows is "unknown" and one of another subcommand is "does not take".
struct KnownOptions
{
    QSet<QString> valued{QStringLiteral("db")};
    QSet<QString> flags{QStringLiteral("help"), QStringLiteral("version")};
    KnownOptions()
    {
        for (const Subcommand &c : subcommands())
            for (const Option &o : c.options)
                (o.value ? valued : flags).insert(QLatin1String(o.name));
    }
};

std::optional<CommandLine> parse(const QStringList &argv, QString *problem)
{
    static const KnownOptions known;
    CommandLine a;
    for (int i = 0; i < argv.size(); ++i) {
        const QString &arg = argv[i];
        if (!arg.startsWith(QLatin1String("--"))) {
            if (a.command.isEmpty())
                a.command = arg;
            else
                a.positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasValue = false;
        if (const auto eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        if (known.valued.contains(name)) {
            if (!hasValue) {
                if (i + 1 >= argv.size()) {
                    *problem = QStringLiteral("--%1 needs a value.").arg(name);
                    return std::nullopt;
                }
                value = argv[++i];
            }
            if (name == u"db")
                a.db = value;
            else if (name == u"expect" && a.options.contains(name))
                a.options[name] += u',' + value; // anchors add up
            else
                a.options.insert(name, value);
        } else if (known.flags.contains(name) && !hasValue) {
            a.flags.insert(name);
        } else {
            *problem = QStringLiteral("unknown option %1.").arg(arg);
            return std::nullopt;
        }
    }
    return a;
}

const Option *findOption(const Subcommand &command, const QString &name)
{
    for (const Option &o : command.options)
        if (name == QLatin1String(o.name))
            return &o;
    return nullptr;
}

QString takersOf(const QString &option)
{
    QStringList names;
    for (const Subcommand &c : subcommands())
        if (findOption(c, option))
            names << QLatin1String(c.name);
    return names.join(QLatin1String(" and "));
}

// The options and arguments against the subcommand's row of the table; empty when they fit.
QString misuse(const Subcommand &command, const CommandLine &a)
{
    for (auto it = a.options.cbegin(); it != a.options.cend(); ++it)
        if (!findOption(command, it.key()))
            return QStringLiteral("%1 does not take --%2.").arg(a.command, it.key());
    for (const QString &flag : a.flags)
        if (flag != u"help" && flag != u"version" && !findOption(command, flag))
            return QStringLiteral("only %1 takes --%2.").arg(takersOf(flag), flag);
    for (const Option &o : command.options)
        if (o.required && !a.options.contains(QLatin1String(o.name)))
            return QStringLiteral("%1 needs --%2 %3.").arg(a.command, QLatin1String(o.name), QLatin1String(o.value));
    const int n = int(a.positional.size());
    if (n < command.minArguments || (command.maxArguments >= 0 && n > command.maxArguments))
        return QLatin1String(command.argumentProblem);
    return {};
}

// `haulctl help`, `haulctl help NAME`, `haulctl NAME --help`.
int help(const CommandLine &a, QTextStream &out, QTextStream &err)
{
    const QString name = a.command == u"help" ? a.positional.value(0) : a.command;
    if (name.isEmpty()) {
        out << usage();
        return Done;
    }
    const Subcommand *command = findSubcommand(name);
    if (!command)
        return bad(err, QStringLiteral("unknown command %1.").arg(name));
    out << subcommandHelp(*command);
    return Done;
}

int runRead(const Subcommand &command, const Invocation &call)
{
    StoreError error;
    StoreReader store;
    store.database = Database::open(call.storePath, Database::Mode::ReadOnly, &error);
    if (store.database && !store.database->exists() && !store.database->isMemory())
        store.database = Database::openMemory(&error); // an empty file reads as an empty store
    if (!store.database)
        return failed(call.err, error.message);
    store.standIn = store.database->isMemory();
    store.events = std::make_unique<EventStore>(*store.database);
    return std::get<ReadRun>(command.run)(call, store);
}

} // namespace

int run(const QStringList &argv, QTextStream &out, QTextStream &err)
{
    QString problem;
    const auto parsed = parse(argv, &problem);
    if (!parsed)
        return bad(err, problem);
    const CommandLine &a = *parsed;
    if (a.flags.contains(QStringLiteral("version"))) {
        out << "haulctl " << HAULSTREAM_VERSION << '\n';
        return Done;
    }
    if (a.flags.contains(QStringLiteral("help")) || a.command == u"help")
        return help(a, out, err);
    if (a.command.isEmpty())
        return bad(err, QStringLiteral("no command given."));
    const Subcommand *command = findSubcommand(a.command);
    if (!command)
        return bad(err, QStringLiteral("unknown command %1.").arg(a.command));
    if (const QString m = misuse(*command, a); !m.isEmpty())
        return bad(err, m);

    const Invocation call{a.db.isEmpty() ? defaultStorePath() : a.db, a.positional, a.options, a.flags, out, err};
    if (command->reads())
        return runRead(*command, call);
    return std::get<WriteRun>(command->run)(call);
}

} // namespace hs::cli
