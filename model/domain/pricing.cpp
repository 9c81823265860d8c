#include "pricing.h"

#include "../util/isotime.h"

#include <algorithm>

namespace hs::pricing {

Rule ruleInForce(const Schedule &s, qint64 at)
{
    auto it = s.byEffectiveFrom.upper_bound(at);
    if (it == s.byEffectiveFrom.begin())
        return Rule{};
    return std::prev(it)->second;
}

Quote quote(const Schedule &s, int weightLb, qint64 at)
{
    const Rule rule = ruleInForce(s, at);
    return Quote{std::max(rule.minimumCents, weightLb * rule.centsPerLb), rule};
}

Decision decide(const Schedule &s, const cmd::SchedulePricingRule &c)
{
    if (s.ruleIds.contains(c.ruleId))
        return Decision::reject(RejectionCode::AlreadyExists, refusal::ruleExists, {c.ruleId});
    if (auto it = s.byEffectiveFrom.find(c.effectiveFrom); it != s.byEffectiveFrom.end())
        return Decision::reject(RejectionCode::AlreadyExists,
                                refusal::ruleSameMoment,
                                {it->second.ruleId, isotime::format(c.effectiveFrom)});
    return Decision::accept(
        ev::PricingRuleScheduled{c.ruleId, c.effectiveFrom, c.centsPerLb, c.minimumCents});
}

void evolve(Schedule &s, const ev::PricingRuleScheduled &e)
{
    s.ruleIds.insert(e.ruleId);
    s.byEffectiveFrom[e.effectiveFrom] = Rule{e.ruleId, e.effectiveFrom, e.centsPerLb, e.minimumCents};
}

} // namespace hs::pricing
