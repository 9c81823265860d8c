// The subcommands that write: each opens the store's single writer, the reducer.

#include "commandinput.h"
#include "commands.h"

#include "demo/demoseed.h"
#include "readmodel/viewjson.h"
#include "readmodel/queries.h"
#include "reducer/reducer.h"
#include "store/postgres.h"
#include "store/storecopy.h"
#include "util/isotime.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <future>

namespace hs::cli {

namespace {

// The writer says once on standard error that it waits for another writer's lock, and whose.
std::unique_ptr<Reducer> openWriter(const Invocation &call)
{
    StoreError error;
    Reducer::Options options;
    options.wait.onWaiting = [&err = call.err](bool waiting, const QString &holders) {
        if (!waiting)
            return;
        err << "haulctl: waiting for another writer"
            << (holders.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(holders)) << " to finish...\n";
        err.flush();
    };
    auto reducer = Reducer::open(call.storePath, options, &error);
    if (!reducer)
        failed(call.err, error.message);
    return reducer;
}

} // namespace

int runInit(const Invocation &call)
{
    StoreError error;
    auto reducer = openWriter(call);
    if (!reducer)
        return StoreFailed;
    if (!reducer->ensureStore(&error) || !reducer->catchUp(&error))
        return failed(call.err, error.message);
    const bool demo = call.has("demo");
    if (demo && reducer->headPosition() > 0)
        return bad(call.err, QStringLiteral("%1 already holds events; --demo fills only an empty store.").arg(call.storePath));
    if (demo && !seedDemo(*reducer, isotime::nowMs(), &error))
        return failed(call.err, error.message);
    JsonWriter w;
    const QString shown = postgres::isLocation(call.storePath) ? postgres::displayName(call.storePath)
                                                               : QFileInfo(call.storePath).absoluteFilePath();
    w.beginObject().field("path", shown).field("events", reducer->headPosition()).endObject();
    print(call.out, w.bytes());
    return Done;
}

namespace {

// The next batch of commands, read and parsed; empty at the end of the input.
std::vector<ParsedCommand> nextBatch(CommandInput &input, qsizetype limit)
{
    std::vector<ParsedCommand> batch;
    QByteArray line;
    while (input.next(line)) {
        batch.push_back(parseCommandLine(line));
        // From a pipe or a terminal, whatever has arrived is answered now: someone may be waiting.
        if (qsizetype(batch.size()) >= limit || (input.isInteractive() && !input.moreWaiting()))
            break;
    }
    return batch;
}

// One line for each command's result, written out at once.
void answer(QTextStream &out, const std::vector<CommandResult> &results)
{
    if (results.empty())
        return;
    QByteArray lines;
    for (const CommandResult &r : results)
        lines.append(resultJson(r)).append('\n');
    printNow(out, lines);
}

// Larger batches import faster (fewer commits and rewrites of the same index pages); smaller ones
// answer sooner and hold the store's lock for less time.
std::optional<qsizetype> batchLimit(const Invocation &call)
{
    if (!call.has("batch"))
        return Reducer::fileBatchCommands;
    bool ok = false;
    const qsizetype n = call.option("batch").toLongLong(&ok);
    return ok && n >= 1 && n <= Reducer::maxBatchCommands ? std::optional(n) : std::nullopt;
}

} // namespace

int runSubmit(const Invocation &call)
{
    const std::optional<qsizetype> limit = batchLimit(call);
    if (!limit)
        return bad(call.err, QStringLiteral("--batch takes a number of commands from 1 to %1.").arg(Reducer::maxBatchCommands));
    CommandInput input;
    QString problem;
    if (!input.open(call.arguments.value(0), &problem))
        return bad(call.err, problem);
    auto reducer = openWriter(call);
    if (!reducer)
        return StoreFailed;
    std::vector<ParsedCommand> batch = nextBatch(input, *limit);
    if (batch.empty()) {
        CommandResult r;
        r.rejection = Rejection{RejectionCode::Invalid, QStringLiteral("The input holds no commands."), {}};
        print(call.out, resultJson(r));
        return Done;
    }
    // From a file, the next batch is read and parsed, and the last one answered, on a second
    // thread while the writer stores this one. From a pipe or a terminal each batch is answered
    // at once and the next read only then (a read may wait, and someone waits for the answers).
    const bool interactive = input.isInteractive();
    std::vector<CommandResult> unanswered;
    while (!batch.empty()) {
        auto following = std::async(interactive ? std::launch::deferred : std::launch::async,
                                    [&input, &limit, &call, results = std::move(unanswered)] {
                                        answer(call.out, results);
                                        return nextBatch(input, *limit);
                                    });
        Reducer::BatchOutcome outcome = reducer->submit(batch);
        if (outcome.failure) {
            if (!interactive)
                following.wait(); // the batches before this one are answered first
            return failed(call.err, QStringLiteral("the store failed; the last batch was not recorded: %1").arg(outcome.failure->message));
        }
        if (interactive)
            answer(call.out, outcome.results);
        else
            unanswered = std::move(outcome.results);
        batch = following.get();
    }
    answer(call.out, unanswered);
    return Done;
}

int runRebuild(const Invocation &call)
{
    if (!postgres::isLocation(call.storePath) && !QFileInfo::exists(call.storePath)) {
        print(call.out, "{\"events\":0,\"ms\":0}"); // a missing file is an empty store: nothing to rebuild
        return Done;
    }
    auto reducer = openWriter(call);
    if (!reducer)
        return StoreFailed;
    QElapsedTimer t;
    t.start();
    StoreError error;
    const auto n = reducer->rebuild(&error);
    if (!n)
        return failed(call.err, QStringLiteral("the rebuild failed; the store is as it was: %1").arg(error.message));
    JsonWriter w;
    w.beginObject().field("events", *n).field("ms", t.elapsed()).endObject();
    print(call.out, w.bytes());
    return Done;
}

int runMigrate(const Invocation &call)
{
    const QString target = call.option("to");
    StoreError error;
    auto source = Database::open(call.storePath, Database::Mode::ReadOnly, &error);
    if (!source)
        return failed(call.err, error.message);
    {
        auto copy = Reducer::open(target, &error);
        if (!copy || !copy->ensureStore(&error) || !copy->catchUp(&error))
            return failed(call.err, error.message);
        if (copy->headPosition() > 0 || !CommandLog(copy->database().connection()).list(0, 1).empty())
            return failed(call.err, QStringLiteral("%1 already holds a store; migrate copies only into an empty one.").arg(copy->database().path()));
    }
    auto into = Database::open(target, Database::Mode::ReadWrite, &error);
    const auto counts = into ? copyStore(*source, *into, &error) : std::nullopt;
    if (!counts)
        return failed(call.err, error.message);
    into.reset();
    // Opening the copy projects its read models from the copied events.
    if (!Reducer::open(target, &error))
        return failed(call.err, error.message);
    JsonWriter w;
    w.beginObject().field("events", counts->events).field("commands", counts->commands).endObject();
    print(call.out, w.bytes());
    return Done;
}

int runGrant(const Invocation &call)
{
    if (!postgres::isLocation(call.storePath))
        return bad(call.err, QStringLiteral("grant needs a PostgreSQL store (--db postgresql://...); an SQLite store has no logins."));
    QList<Department> departments;
    for (const QString &name : call.arguments.mid(1)) {
        const auto d = departmentFromName(name);
        if (!d || *d == Department::System)
            return bad(call.err, QStringLiteral("%1 is not a department: customer-service, dispatch or finance.").arg(name));
        departments << *d;
    }
    StoreError error;
    auto db = Database::open(call.storePath, Database::Mode::ReadWrite, &error);
    if (!db || !db->ensureSchema(&error) || !postgres::grant(db->connection(), call.arguments[0], departments, &error))
        return failed(call.err, error.message);
    JsonWriter w;
    w.beginObject().field("login", call.arguments[0]).key("departments").beginArray();
    for (Department d : departments)
        w.value(departmentName(d));
    w.endArray().endObject();
    print(call.out, w.bytes());
    return Done;
}

} // namespace hs::cli
