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

struct LoggedCommand
{
    qint64 seq = 0;
    QString commandId;
    QString type;
    QString status;
    QString payload;
    QString causationId;
    QString correlationId;
    std::optional<qint64> issuedAt;
    std::optional<Actor> actor;
    qint64 firstPosition = 0;
};

std::vector<LoggedCommand> loadLog(QSqlDatabase db, qint64 fromSeq)
{
    std::vector<LoggedCommand> out;
    QSqlQuery q(db);
    streamRows(q);
    q.prepare(QStringLiteral("SELECT seq, command_id, type, status, payload, causation_id, correlation_id, issued_at, "
                             "actor_user, actor_department, first_position FROM commands WHERE seq >= ? ORDER BY seq"));
    q.addBindValue(fromSeq);
    if (!q.exec())
        return out;
    while (q.next()) {
        LoggedCommand c;
        c.seq = q.value(0).toLongLong();
        c.commandId = q.value(1).toString();
        c.type = q.value(2).toString();
        c.status = q.value(3).toString();
        c.payload = q.value(4).toString();
        c.causationId = q.value(5).toString();
        c.correlationId = q.value(6).toString();
        if (!q.value(7).isNull())
            c.issuedAt = q.value(7).toLongLong();
        if (!q.value(8).isNull())
            if (auto d = departmentFromName(q.value(9).toString()))
                c.actor = Actor{q.value(8).toString(), *d};
        c.firstPosition = q.value(10).toLongLong();
        out.push_back(c);
    }
    return out;
}

template <typename View, typename Key>
void diff(const std::vector<View> &live, const std::vector<View> &branch, Key key,
          const std::function<QByteArray(const View &)> &json, std::vector<WhatIf::Difference> &out)
{
    std::map<QString, QByteArray> l, b;
    for (const View &v : live)
        l[key(v)] = json(v);
    for (const View &v : branch)
        b[key(v)] = json(v);
    std::map<QString, std::pair<QByteArray, QByteArray>> all;
    for (auto &[k, v] : l)
        all[k].first = v;
    for (auto &[k, v] : b)
        all[k].second = v;
    for (auto &[k, p] : all) {
        if (p.first == p.second)
            continue;
        out.push_back({k, p.first.isEmpty() ? QByteArray("null") : p.first,
                       p.second.isEmpty() ? QByteArray("null") : p.second});
    }
}

} // namespace

WhatIf::Outcome WhatIf::run(Reducer &live, const QStringList &ids, const Progress &progress)
{
    return run(live.database(), live.events(), ids, progress);
}

WhatIf::Outcome WhatIf::run(Database &liveStore, EventStore &liveEvents, const QStringList &ids, const Progress &progress)
{
    Outcome out;
    QSqlDatabase liveDb = liveStore.connection();
    ReadModelQueries liveQ(liveDb);

    // Which commands are left out: named directly, or as the producer of a named event.
    std::map<qint64, CommandLogEntry> skipped;
    for (const QString &id : ids) {
        std::optional<CommandLogEntry> c = liveQ.command(id);
        if (!c)
            if (auto e = liveEvents.byEventId(id))
                c = liveQ.command(e->commandId);
        if (!c) {
            out.unknownId = id;
            return out;
        }
        skipped[c->seq] = *c;
    }
    if (skipped.empty()) {
        out.error = QStringLiteral("Nothing to leave out: name at least one command or event.");
        return out;
    }
    QSet<QString> skippedUser;
    QSet<QPair<QString, QString>> skippedListener; // (correlation, command type)
    for (const auto &[seq, c] : skipped) {
        out.skipped << c.commandId;
        if (c.causationId.isEmpty())
            skippedUser.insert(c.commandId);
        else
            skippedListener.insert({c.correlationId, c.type});
    }
    const qint64 firstSeq = skipped.begin()->first;
    const std::vector<LoggedCommand> later = loadLog(liveDb, firstSeq);

    // The branch starts from history as it stood just before the first skipped command.
    qint64 base = liveEvents.headPosition();
    for (const LoggedCommand &c : later)
        if (c.firstPosition > 0) {
            base = c.firstPosition - 1;
            break;
        }
    out.basePosition = base;

    StoreError error;
    auto branch = Reducer::openMemory(&error);
    if (!branch) {
        out.error = error.message;
        return out;
    }
    branch->setListenerFilter([&](const CommandEnvelope &c) {
        return !skippedListener.contains({c.correlationId, commandTypeName(c.command)});
    });
    if (!branch->importHistory(liveEvents, base, firstSeq, &error)) {
        out.error = error.message;
        return out;
    }

    std::vector<const LoggedCommand *> rerun;
    for (const LoggedCommand &c : later)
        if (c.causationId.isEmpty() && !skippedUser.contains(c.commandId) && !c.payload.isEmpty())
            rerun.push_back(&c);

    std::vector<ParsedCommand> batch;
    std::vector<const LoggedCommand *> batchSource;
    auto flush = [&]() -> bool {
        auto outcome = branch->submit(batch);
        if (outcome.failure) {
            out.error = outcome.failure->message;
            return false;
        }
        for (size_t i = 0; i < outcome.results.size(); ++i) {
            const CommandResult &r = outcome.results[i];
            const LoggedCommand &c = *batchSource[i];
            const QString branchStatus = r.accepted ? QStringLiteral("accepted") : QStringLiteral("rejected");
            if (branchStatus != c.status)
                out.outcomeChanges.push_back({c.commandId, c.type, c.status, branchStatus,
                                              r.rejection ? rejectionCodeName(r.rejection->code) : QString(),
                                              r.rejection ? r.rejection->message : QString()});
        }
        out.replayedCommands += static_cast<qint64>(batch.size());
        batch.clear();
        batchSource.clear();
        return !progress || progress(out.replayedCommands, static_cast<qint64>(rerun.size()));
    };
    for (const LoggedCommand *c : rerun) {
        QJsonObject o;
        o.insert(QStringLiteral("commandId"), c->commandId);
        o.insert(QStringLiteral("type"), c->type);
        o.insert(QStringLiteral("issuedAt"), isotime::format(c->issuedAt.value_or(0)));
        QJsonObject actor;
        actor.insert(QStringLiteral("user"), c->actor ? c->actor->user : QString());
        actor.insert(QStringLiteral("department"), c->actor ? departmentName(c->actor->department) : QString());
        o.insert(QStringLiteral("actor"), actor);
        o.insert(QStringLiteral("data"), QJsonDocument::fromJson(c->payload.toUtf8()).object());
        batch.push_back(parseCommandObject(o));
        batchSource.push_back(c);
        if (batch.size() >= 1000 && !flush())
            return out;
    }
    if (!batch.empty() && !flush())
        return out;

    ReadModelQueries branchQ(branch->database().connection());
    auto shipmentJson = [](ReadModelQueries &q) {
        return [&q](const ShipmentView &s) {
            const auto h = q.history(s.shipmentId);
            JsonWriter w;
            viewjson::write(w, s, &h);
            return w.take();
        };
    };
    // Shipments are compared with their history, which needs each side's own queries.
    {
        std::vector<Difference> detailed;
        std::map<QString, ShipmentView> l, b;
        for (auto &s : liveQ.shipments())
            l[s.shipmentId] = s;
        for (auto &s : branchQ.shipments())
            b[s.shipmentId] = s;
        std::map<QString, std::pair<QByteArray, QByteArray>> all;
        const auto lj = shipmentJson(liveQ);
        const auto bj = shipmentJson(branchQ);
        for (auto &[k, v] : l)
            all[k].first = lj(v);
        for (auto &[k, v] : b)
            all[k].second = bj(v);
        for (auto &[k, p] : all)
            if (p.first != p.second)
                detailed.push_back({k, p.first.isEmpty() ? QByteArray("null") : p.first,
                                    p.second.isEmpty() ? QByteArray("null") : p.second});
        out.shipments = std::move(detailed);
    }
    diff<TruckView>(liveQ.trucks(), branchQ.trucks(), [](const TruckView &t) { return t.truckId; },
                    [](const TruckView &t) { return viewjson::toJson(t); }, out.trucks);
    diff<AccountView>(liveQ.accounts(), branchQ.accounts(), [](const AccountView &a) { return a.accountId; },
                      [](const AccountView &a) { return viewjson::toJson(a); }, out.accounts);
    std::set<QString> accountIds;
    for (auto &a : liveQ.accounts())
        accountIds.insert(a.accountId);
    for (auto &a : branchQ.accounts())
        accountIds.insert(a.accountId);
    for (const QString &id : accountIds) {
        auto l = liveQ.ledger(id);
        auto b = branchQ.ledger(id);
        auto same = [](const LedgerEntry &x, const LedgerEntry &y) {
            return x.occurredAt == y.occurredAt && x.kind == y.kind && x.shipmentId == y.shipmentId
                   && x.reference == y.reference && x.amountCents == y.amountCents && x.balanceCents == y.balanceCents;
        };
        if (!std::equal(l.begin(), l.end(), b.begin(), b.end(), same))
            out.ledgers.push_back({id, std::move(l), std::move(b)});
    }
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
