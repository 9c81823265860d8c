#pragma once

#include <QtGlobal>
#include <optional>

// An account's credit at intake: what it owes and has booked against the limit finance set.
namespace hs::receivables {

struct Credit
{
    std::optional<qint64> limitCents; // none: no limit
    bool onHold = false;
    qint64 openCents = 0;          // open invoice amounts
    qint64 activeShipmentCents = 0; // prices of shipments submitted, assigned or out for delivery

    qint64 exposureCents() const { return openCents + activeShipmentCents; }
    // What is left under the limit (negative: over it); none without a limit.
    std::optional<qint64> availableCents() const;
    // By how much a shipment at `priceCents` would exceed the limit; none when it fits.
    std::optional<qint64> excessWith(qint64 priceCents) const;
};

} // namespace hs::receivables
