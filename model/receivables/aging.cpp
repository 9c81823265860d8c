#include "aging.h"

namespace hs::receivables {

namespace {
constexpr qint64 msPerDay = 24LL * 60 * 60 * 1000;
}

qint64 daysPastDue(qint64 dueAt, qint64 moment)
{
    return moment <= dueAt ? 0 : (moment - dueAt) / msPerDay;
}

AgingBucket agingBucket(qint64 dueAt, qint64 moment)
{
    const qint64 days = daysPastDue(dueAt, moment);
    if (days <= 0)
        return AgingBucket::Current;
    if (days <= 30)
        return AgingBucket::Days1To30;
    if (days <= 60)
        return AgingBucket::Days31To60;
    if (days <= 90)
        return AgingBucket::Days61To90;
    return AgingBucket::Over90;
}

AgingCents age(const Receivables &r, qint64 moment)
{
    AgingCents cents{};
    for (const Invoice &i : r.invoices)
        if (i.isOpen())
            cents[static_cast<int>(agingBucket(i.dueAt, moment))] += i.openCents();
    return cents;
}

} // namespace hs::receivables
