#include "shipmentrows.h"

#include "../codec/eventcodec.h"
#include "rowcodec.h"

namespace hs::shipmentrow {

using rowcodec::bindRow;
using rowcodec::insertInto;
using rowcodec::optionalInteger;
using rowcodec::OrNull;

namespace {

const QString factColumns = QStringLiteral(
    "shipment_id, account_id, weight_lb, price_cents, pickup, destination, submitted_position, submitted_at, "
    "customer_reference, pickup_by, deliver_by");
const QString versionColumns = QStringLiteral("shipment_id, status, truck_id, version, valid_from, valid_to");

QByteArray addressJson(const Address &a)
{
    QByteArray out;
    eventcodec::appendAddress(out, a);
    return out;
}

} // namespace

const QString columns = QStringLiteral(
    "f.shipment_id, f.account_id, s.status, s.truck_id, f.weight_lb, f.price_cents, f.pickup, "
    "f.destination, s.version, f.submitted_position, f.submitted_at, f.customer_reference, f.pickup_by, f.deliver_by");

ShipmentView read(const SqlRow &q)
{
    return ShipmentView{q.value(0).toString(), q.value(1).toString(),
                        statusFromName(q.value(2).toString()).value_or(ShipmentStatus::Submitted),
                        q.value(3).toString(), q.value(4).toInt(), q.value(5).toLongLong(),
                        eventcodec::addressFromJson(q.value(6).toByteArray()), eventcodec::addressFromJson(q.value(7).toByteArray()),
                        q.value(8).toLongLong(), q.value(9).toLongLong(), q.value(10).toLongLong(),
                        q.value(11).toString(), optionalInteger(q.value(12)), optionalInteger(q.value(13))};
}

QString insertFacts(const QString &prefix)
{
    return insertInto(prefix + QStringLiteral("rm_shipment_facts"), factColumns);
}

Facts::Facts(const ShipmentView &s) : view(s), pickup(addressJson(s.pickup)), destination(addressJson(s.destination)) {}

void bindFacts(SqlStatement &q, const Facts &f)
{
    const ShipmentView &s = f.view;
    bindRow(q, s.shipmentId, s.accountId, s.weightLb, s.priceCents, f.pickup, f.destination, s.submittedPosition,
            s.submittedAt, OrNull{s.customerReference}, s.pickupBy, s.deliverBy);
}

QString insertVersion(const QString &prefix)
{
    return insertInto(prefix + QStringLiteral("rm_shipments"), versionColumns);
}

void bindVersion(SqlStatement &q, const ShipmentView &s, qint64 from, std::optional<qint64> to)
{
    bindRow(q, s.shipmentId, statusName(s.status), OrNull{s.truckId}, s.version, from, to);
}

// The shipment id is the stream's name after its "shipment-".
const QString historyColumns = QStringLiteral("position, substr(stream_id, %1), type, occurred_at, actor_user, actor_department")
                                   .arg(shipmentStream({}).size() + 1);

HistoryEntry readHistory(const SqlRow &q)
{
    return HistoryEntry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                        rowcodec::actorAt(q, 4)};
}

const QString checkCallColumns = QStringLiteral(
    "position, shipment_id, truck_id, occurred_at, location, note, eta, actor_user, actor_department");

CheckCall readCheckCall(const SqlRow &q)
{
    return CheckCall{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                     q.value(4).toString(), q.value(5).toString(), optionalInteger(q.value(6)), rowcodec::actorAt(q, 7)};
}

QString insertCheckCall(const QString &prefix)
{
    return insertInto(prefix + QStringLiteral("rm_check_calls"), checkCallColumns);
}

void bindCheckCall(SqlStatement &q, const CheckCall &k)
{
    bindRow(q, k.position, k.shipmentId, OrNull{k.truckId}, k.occurredAt, k.location, k.note, k.eta, k.actor.user,
            departmentName(k.actor.department));
}

} // namespace hs::shipmentrow
