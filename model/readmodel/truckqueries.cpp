// ReadModelQueries: the trucks of Dispatch's board.
#include "queries.h"

#include "truckrows.h"
#include "versionedreads.h"

namespace hs {

namespace {

// Built when asked: the codec's columns are a global of another file, not ready at load time.
versioned::Table trucksTable() { return {QStringLiteral("rm_trucks"), QStringLiteral("truck_id"), truckrow::columns}; }

} // namespace

std::optional<TruckView> ReadModelQueries::baseTruck(const QString &id, const AsOf *at)
{
    std::optional<TruckView> t = versioned::rowOf(m_db, trucksTable(), id, at, &truckrow::read);
    // Out of service hides whether the held shipment has left; the shipment row knows.
    if (t && !t->truck.inService && !t->truck.shipmentId.isEmpty())
        if (auto s = baseShipment(t->truck.shipmentId, at))
            t->truck.outForDelivery = s->status == ShipmentStatus::OutForDelivery;
    return t;
}

std::optional<TruckView> ReadModelQueries::truck(const QString &id, const AsOf *at)
{
    if (at && at->hasLate)
        if (auto it = at->late.trucks.find(id); it != at->late.trucks.end())
            return it->second;
    return baseTruck(id, at);
}

std::vector<TruckView> ReadModelQueries::trucks(const AsOf *at)
{
    return versioned::rowsOf(m_db, trucksTable(), at, &truckrow::read, &ViewSet::trucks,
                             [](const TruckView &t) { return t.truckId; }, &m_error);
}

} // namespace hs
