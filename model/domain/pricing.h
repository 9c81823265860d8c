#pragma once

#include "commands.h"
#include "decision.h"

#include <QSet>
#include <map>

// The pricing schedule aggregate: which rule is in force when, and the price it quotes.
namespace hs::pricing {

struct Rule
{
    QString ruleId; // empty: the standing rule
    qint64 effectiveFrom = 0;
    qint64 centsPerLb = standingCentsPerLb;
    qint64 minimumCents = standingMinimumCents;
};

struct Schedule
{
    std::map<qint64, Rule> byEffectiveFrom;
    QSet<QString> ruleIds;
};

struct Quote
{
    qint64 priceCents = 0;
    Rule rule;
};

// The rule with the latest effectiveFrom <= at, or the standing rule.
Rule ruleInForce(const Schedule &s, qint64 at);
Quote quote(const Schedule &s, int weightLb, qint64 at);

Decision decide(const Schedule &s, const cmd::SchedulePricingRule &c);
void evolve(Schedule &s, const ev::PricingRuleScheduled &e);

} // namespace hs::pricing
