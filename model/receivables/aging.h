#pragma once

#include "application.h"

#include <array>

// The aging of open invoices at a moment: current, 1-30, 31-60, 61-90 and over 90 days past due.
namespace hs::receivables {

enum class AgingBucket { Current, Days1To30, Days31To60, Days61To90, Over90 };
inline constexpr int agingBucketCount = 5;

// Whole days past due at `moment` (0 while not yet a full day late).
qint64 daysPastDue(qint64 dueAt, qint64 moment);
AgingBucket agingBucket(qint64 dueAt, qint64 moment);

using AgingCents = std::array<qint64, agingBucketCount>; // indexed by AgingBucket

// Each open invoice's open amount in the bucket of its days past due at `moment`.
AgingCents age(const Receivables &r, qint64 moment);

} // namespace hs::receivables
