// ReadModelQueries: the trucks of Dispatch's board.
#include "queries.h"

#include "rowcodec.h"
#include "truckrows.h"

#include <QSqlError>

namespace hs {

std::optional<TruckView> ReadModelQueries::baseTruck(const QString &id, const AsOf *at)
{
    QSqlQuery q(m_db);
    if (at) {
        q.prepare(QStringLiteral("SELECT %2 FROM rm_trucks t WHERE %1")
                      .arg(rowcodec::validAt(QStringLiteral("rm_trucks"), QStringLiteral("t"), QStringLiteral("truck_id"), QStringLiteral(":id")),
                           truckrow::columns));
        q.bindValue(QStringLiteral(":p"), at->position);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM rm_trucks WHERE truck_id = :id AND valid_to IS NULL").arg(truckrow::columns));
    }
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    TruckView t = truckrow::read(q);
    // Out of service hides whether the held shipment has left; the shipment row knows.
    if (!t.truck.inService && !t.truck.shipmentId.isEmpty())
        if (auto s = baseShipment(t.truck.shipmentId, at))
            t.truck.outForDelivery = s->status == ShipmentStatus::OutForDelivery;
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
    std::vector<TruckView> out;
    QSqlQuery q(m_db);
    streamRows(q);
    if (at) {
        // Trucks are never removed, so the live list names every truck that ever was.
        q.prepare(QStringLiteral("SELECT %2 FROM rm_trucks live JOIN rm_trucks t ON %1 WHERE live.valid_to IS NULL ORDER BY live.truck_id")
                      .arg(rowcodec::validAt(QStringLiteral("rm_trucks"), QStringLiteral("t"), QStringLiteral("truck_id"), QStringLiteral("live.truck_id")),
                           rowcodec::qualified(truckrow::columns, QStringLiteral("t"))));
        q.bindValue(QStringLiteral(":p"), at->position);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM rm_trucks WHERE valid_to IS NULL ORDER BY truck_id").arg(truckrow::columns));
    }
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.push_back(truckrow::read(q));
    if (at && at->hasLate)
        rowcodec::mergeLate(out, at->late.trucks, [](const TruckView &t) { return t.truckId; });
    return out;
}

} // namespace hs
