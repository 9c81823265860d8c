#include "truckrows.h"

#include "rowcodec.h"

namespace hs::truckrow {

const QString columns = QStringLiteral("truck_id, capacity_lb, state, shipment_id, out_of_service_since");

TruckView read(const SqlRow &q)
{
    const QString state = q.value(2).toString();
    return TruckView{q.value(0).toString(),
                     truck::State{q.value(1).toInt(), state != u"out_of_service", q.value(3).toString(), state == u"out_for_delivery"},
                     rowcodec::optionalInteger(q.value(4))};
}

QString insert(const QString &prefix)
{
    return rowcodec::insertInto(prefix + QStringLiteral("rm_trucks"), columns + QStringLiteral(", valid_from, valid_to"));
}

void bind(SqlStatement &q, const TruckView &t, qint64 from, std::optional<qint64> to)
{
    rowcodec::bindRow(q, t.truckId, t.truck.capacityLb, truckStateName(t.state()), rowcodec::OrNull{t.truck.shipmentId},
                      t.outOfServiceSince, from, to);
}

} // namespace hs::truckrow
