#pragma once

#include "queries.h"
#include "receivablesview.h"
#include "../tracking/atrisk.h"

// The receivables and tracking views: read as of a position like the others, and judged at a
// moment (the as-of time, or now), the only views whose answer moves with the clock.
namespace hs {

struct AgingRow
{
    QString accountId;
    QString name;
    receivables::AgingCents cents{};
    qint64 openCents = 0;
};

// The account's invoices in position order, with what settled them.
std::vector<receivables::Invoice> invoicesOf(ReadModelQueries &q, const QString &accountId, const AsOf *at);
// Every account with an open amount, by accountId.
std::vector<AgingRow> agingReport(ReadModelQueries &q, const AsOf *at, qint64 moment);
// Shipments needing attention at `moment`, by shipmentId then reason.
std::vector<tracking::AtRisk> atRiskShipments(ReadModelQueries &q, const AsOf *at, qint64 moment);

} // namespace hs
