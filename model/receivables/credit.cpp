#include "credit.h"

namespace hs::receivables {

std::optional<qint64> Credit::availableCents() const
{
    if (!limitCents)
        return std::nullopt;
    return *limitCents - exposureCents();
}

std::optional<qint64> Credit::excessWith(qint64 priceCents) const
{
    if (!limitCents)
        return std::nullopt;
    // A limit of 0 refuses every shipment: every price is at least a cent.
    const qint64 excess = exposureCents() + priceCents - *limitCents;
    return excess > 0 ? std::optional(excess) : std::nullopt;
}

} // namespace hs::receivables
