#include "whatif.h"

#include "../readmodel/viewjson.h"
#include "../util/isotime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <map>
#include <set>

namespace hs {

namespace {

// What is left out: the commands by sequence number; user commands by id (not re-run) and
// listener commands by (correlation, type) (not issued again in the branch).
struct Skipped
{
    std::map<qint64, CommandLogEntry> commands;
    QSet<QString> user;
    QSet<QPair<QString, QString>> listener;
};

// Which commands are left out: named directly, or as the producer of a named event.
bool findSkipped(CommandLog &log, EventStore &events, const QStringList &ids, Skipped &s, WhatIf::Outcome &out)
{
    for (const QString &id : ids) {
        std::optional<CommandLogEntry> c = log.find(id);
        if (!c)
            if (auto e = events.byEventId(id))
                c = log.find(e->commandId);
        if (!c) {
            out.unknownId = id;
            return false;
        }
        s.commands[c->seq] = *c;
    }
    if (s.commands.empty()) {
        out.error = QStringLiteral("Nothing to leave out: name at least one command or event.");
        return false;
    }
    for (const auto &[seq, c] : s.commands) {
        out.skipped << c.commandId;
        if (c.causationId.isEmpty())
            s.user.insert(c.commandId);
        else
            s.listener.insert({c.correlationId, c.type});
    }
    return true;
}

// A branch holding the history as it stood just before the first skipped command.
std::unique_ptr<Reducer> startBranch(EventStore &liveEvents, const Skipped &s, const std::vector<CommandLogEntry> &later,
                                     WhatIf::Outcome &out)
{
    out.basePosition = liveEvents.headPosition();
    for (const CommandLogEntry &c : later)
        if (c.firstPosition > 0) {
            out.basePosition = c.firstPosition - 1;
            break;
        }
    StoreError error;
    auto branch = Reducer::openMemory(&error);
    if (branch) {
        branch->setListenerFilter([listener = s.listener](const CommandEnvelope &c) {
            return !listener.contains({c.correlationId, commandTypeName(c.command)});
        });
        if (branch->importHistory(liveEvents, out.basePosition, s.commands.begin()->first, &error))
            return branch;
    }
    out.error = error.message;
    return nullptr;
}

// A logged command as it was first submitted, read again through the parser.
ParsedCommand resubmission(const CommandLogEntry &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("commandId"), c.commandId);
    o.insert(QStringLiteral("type"), c.type);
    o.insert(QStringLiteral("issuedAt"), isotime::format(c.issuedAt.value_or(0)));
    QJsonObject actor;
    actor.insert(QStringLiteral("user"), c.actor ? c.actor->user : QString());
    actor.insert(QStringLiteral("department"), c.actor ? departmentName(c.actor->department) : QString());
    o.insert(QStringLiteral("actor"), actor);
    o.insert(QStringLiteral("data"), QJsonDocument::fromJson(c.payload).object());
    return parseCommandObject(o);
}

// The user commands after the cut, in their order and in batches, noting every one whose
// outcome differs from the live one.
bool rerun(Reducer &branch, const std::vector<CommandLogEntry> &later, const Skipped &s,
           const WhatIf::Progress &progress, WhatIf::Outcome &out)
{
    std::vector<const CommandLogEntry *> rerun;
    for (const CommandLogEntry &c : later)
        if (c.causationId.isEmpty() && !s.user.contains(c.commandId) && !c.payload.isEmpty())
            rerun.push_back(&c);
    constexpr size_t batchSize = 1000;
    for (size_t start = 0; start < rerun.size(); start += batchSize) {
        const size_t end = std::min(rerun.size(), start + batchSize);
        std::vector<ParsedCommand> batch;
        for (size_t i = start; i < end; ++i)
            batch.push_back(resubmission(*rerun[i]));
        const auto outcome = branch.submit(batch);
        if (outcome.failure) {
            out.error = outcome.failure->message;
            return false;
        }
        for (size_t i = 0; i < outcome.results.size(); ++i) {
            const CommandResult &r = outcome.results[i];
            const CommandLogEntry &c = *rerun[start + i];
            const QString branchStatus = r.accepted ? QStringLiteral("accepted") : QStringLiteral("rejected");
            if (branchStatus != c.status)
                out.outcomeChanges.push_back({c.commandId, c.type, c.status, branchStatus,
                                              r.rejection ? rejectionCodeName(r.rejection->code) : QString(),
                                              r.rejection ? r.rejection->message : QString()});
        }
        out.replayedCommands += qint64(batch.size());
        if (progress && !progress(out.replayedCommands, qint64(rerun.size())))
            return false;
    }
    return true;
}

// Views that differ between the two sides, by key, each side written by its own json.
template <typename View, typename Key, typename LiveJson, typename BranchJson>
std::vector<WhatIf::Difference> differences(const std::vector<View> &live, const std::vector<View> &branch, Key key,
                                            LiveJson liveJson, BranchJson branchJson)
{
    std::map<QString, std::pair<QByteArray, QByteArray>> all;
    for (const View &v : live)
        all[key(v)].first = liveJson(v);
    for (const View &v : branch)
        all[key(v)].second = branchJson(v);
    std::vector<WhatIf::Difference> out;
    for (auto &[k, p] : all)
        if (p.first != p.second)
            out.push_back({k, p.first.isEmpty() ? QByteArray("null") : p.first,
                           p.second.isEmpty() ? QByteArray("null") : p.second});
    return out;
}

std::vector<WhatIf::LedgerDifference> ledgerDifferences(ReadModelQueries &live, ReadModelQueries &branch)
{
    std::set<QString> accountIds;
    for (auto &a : live.accounts())
        accountIds.insert(a.accountId);
    for (auto &a : branch.accounts())
        accountIds.insert(a.accountId);
    std::vector<WhatIf::LedgerDifference> out;
    const auto same = [](const LedgerEntry &x, const LedgerEntry &y) {
        return x.occurredAt == y.occurredAt && x.kind == y.kind && x.shipmentId == y.shipmentId
               && x.reference == y.reference && x.amountCents == y.amountCents && x.balanceCents == y.balanceCents;
    };
    for (const QString &id : accountIds) {
        auto l = live.ledger(id);
        auto b = branch.ledger(id);
        if (!std::equal(l.begin(), l.end(), b.begin(), b.end(), same))
            out.push_back({id, std::move(l), std::move(b)});
    }
    return out;
}

void compare(ReadModelQueries &live, ReadModelQueries &branch, WhatIf::Outcome &out)
{
    // Shipments are compared with their history, which needs each side's own queries.
    const auto shipmentJson = [](ReadModelQueries &q) {
        return [&q](const ShipmentView &s) {
            const auto h = q.history(s.shipmentId);
            JsonWriter w;
            viewjson::write(w, s, &h);
            return w.take();
        };
    };
    out.shipments = differences(live.shipments(), branch.shipments(), [](const ShipmentView &s) { return s.shipmentId; },
                                shipmentJson(live), shipmentJson(branch));
    const auto truckJson = [](const TruckView &t) { return viewjson::toJson(t); };
    out.trucks = differences(live.trucks(), branch.trucks(), [](const TruckView &t) { return t.truckId; }, truckJson, truckJson);
    const auto accountJson = [](const AccountView &a) { return viewjson::toJson(a); };
    out.accounts = differences(live.accounts(), branch.accounts(), [](const AccountView &a) { return a.accountId; },
                               accountJson, accountJson);
    out.ledgers = ledgerDifferences(live, branch);
}

} // namespace

WhatIf::Outcome WhatIf::run(Reducer &live, const QStringList &ids, const Progress &progress)
{
    return run(live.database(), live.events(), ids, progress);
}

WhatIf::Outcome WhatIf::run(Database &liveStore, EventStore &liveEvents, const QStringList &ids, const Progress &progress)
{
    Outcome out;
    CommandLog log(liveStore.connection());
    Skipped skipped;
    if (!findSkipped(log, liveEvents, ids, skipped, out))
        return out;
    const std::vector<CommandLogEntry> later = log.from(skipped.commands.begin()->first);
    auto branch = startBranch(liveEvents, skipped, later, out);
    if (!branch || !rerun(*branch, later, skipped, progress, out))
        return out;
    ReadModelQueries liveQ(liveStore.connection());
    ReadModelQueries branchQ(branch->database().connection());
    compare(liveQ, branchQ, out);
    return out;
}

QByteArray whatIfJson(const WhatIf::Outcome &o)
{
    JsonWriter w;
    w.beginObject();
    w.key("skipped").beginArray();
    for (const QString &s : o.skipped)
        w.value(s);
    w.endArray();
    w.key("outcomeChanges").beginArray();
    for (const auto &c : o.outcomeChanges) {
        w.beginObject().field("commandId", c.commandId).field("live", c.live).field("branch", c.branch);
        w.key("code").nullableId(c.code);
        w.endObject();
    }
    w.endArray();
    w.key("differences").beginObject();
    auto list = [&](const char *name, const std::vector<WhatIf::Difference> &d) {
        w.key(name).beginArray();
        for (const auto &x : d) {
            w.beginObject().field("id", x.id);
            w.key("live").raw(x.live);
            w.key("branch").raw(x.branch);
            w.endObject();
        }
        w.endArray();
    };
    list("shipments", o.shipments);
    list("trucks", o.trucks);
    list("accounts", o.accounts);
    w.endObject();
    w.endObject();
    return w.take();
}

} // namespace hs
