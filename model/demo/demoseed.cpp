#include "demoseed.h"

#include "workload.h"

namespace hs {

std::optional<qint64> seedDemo(Reducer &reducer, qint64 endMs, StoreError *error)
{
    Workload::Options o;
    o.startMs = (endMs - 28LL * 86400000) / 3600000 * 3600000;
    o.submitsPerTick = 0.26;
    o.businessHoursOnly = false; // the yard runs around the clock, so the store ends mid-shift
    // The last hours' requests are still waiting for a truck when the dashboard opens.
    o.dispatchUntilMs = endMs - 3 * 3600 * 1000;
    Workload w(o);
    std::vector<ParsedCommand> batch;
    auto flush = [&] {
        auto outcome = reducer.submit(batch);
        batch.clear();
        if (outcome.failure && error)
            *error = *outcome.failure;
        return !outcome.failure;
    };
    // Stop a little before now, so that what a person does next is never stale.
    const qint64 stopAt = endMs - 15 * 60 * 1000;
    while (w.now() < stopAt) {
        for (CommandEnvelope &c : w.nextRound()) {
            if (c.issuedAt > stopAt)
                continue;
            batch.push_back(parsedFrom(std::move(c)));
        }
        if (batch.size() >= 500 && !flush())
            return std::nullopt;
    }
    if (!batch.empty() && !flush())
        return std::nullopt;
    // Leave one truck in the shop so that the board shows every column.
    const DomainState &s = reducer.state();
    for (int i = 12; i >= 1; --i) {
        const QString id = QStringLiteral("T-%1").arg(i);
        const truck::State *t = s.findTruck(id);
        if (t && !t->inService)
            return reducer.headPosition();
    }
    for (int i = 12; i >= 1; --i) {
        const QString id = QStringLiteral("T-%1").arg(i);
        const truck::State *t = s.findTruck(id);
        if (t && t->inService && !t->shipmentId.isEmpty() && !t->outForDelivery) {
            CommandEnvelope c{QStringLiteral("demo-breakdown"), stopAt, Actor{QStringLiteral("dan"), Department::Dispatch},
                              cmd::ReportBreakdown{id, QStringLiteral("Air brake fault at the Kearney yard")}, {}, {}};
            auto outcome = reducer.submit(c);
            if (outcome.failure) {
                if (error)
                    *error = *outcome.failure;
                return std::nullopt;
            }
            break;
        }
    }
    return reducer.headPosition();
}

} // namespace hs
