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
    for (const QVariant &v : {QVariant(t.truckId), QVariant(t.truck.capacityLb), QVariant(truckStateName(t.state())),
                              rowcodec::nullable(t.truck.shipmentId), rowcodec::nullable(t.outOfServiceSince), QVariant(from),
                              rowcodec::nullable(to)})
        q.addBindValue(v);
}

} // namespace hs::truckrow
