#include "operationsqueries.h"

namespace hs {

std::vector<receivables::Invoice> invoicesOf(ReadModelQueries &q, const QString &accountId, const AsOf *at)
{
    return receivablesOf(q.ledger(accountId, at)).invoices;
}

std::vector<AgingRow> agingReport(ReadModelQueries &q, const AsOf *at, qint64 moment)
{
    std::vector<AgingRow> out;
    for (const AccountView &a : q.accounts(at)) {
        if (a.openCents() == 0)
            continue; // nothing open: nothing to age, and no ledger to read
        const auto r = receivablesOf(q.ledger(a.accountId, at));
        out.push_back(AgingRow{a.accountId, a.name, receivables::age(r, moment), r.openCents()});
    }
    return out;
}

std::vector<tracking::AtRisk> atRiskShipments(ReadModelQueries &q, const AsOf *at, qint64 moment)
{
    std::vector<tracking::Promise> active;
    for (ShipmentStatus status : {ShipmentStatus::Submitted, ShipmentStatus::Assigned, ShipmentStatus::OutForDelivery}) {
        ShipmentQuery f;
        f.status = status;
        for (const ShipmentView &s : q.shipments(f, at))
            active.push_back(tracking::Promise{s.shipmentId, s.accountId, s.status, s.truckId, s.pickupBy, s.deliverBy});
    }
    QHash<QString, qint64> outOfService;
    for (const TruckView &t : q.trucks(at))
        if (t.outOfServiceSince)
            outOfService.insert(t.truckId, *t.outOfServiceSince);
    return tracking::atRisk(active, outOfService, moment);
}

} // namespace hs
