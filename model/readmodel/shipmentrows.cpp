#include "shipmentrows.h"

#include "../codec/eventcodec.h"
#include "rowcodec.h"

namespace hs::shipmentrow {

using rowcodec::insertInto;
using rowcodec::nullable;
using rowcodec::optionalInteger;

namespace {

const QString factColumns = QStringLiteral(
    "shipment_id, account_id, weight_lb, price_cents, pickup, destination, submitted_position, submitted_at, "
    "customer_reference, pickup_by, deliver_by");
const QString versionColumns = QStringLiteral("shipment_id, status, truck_id, version, valid_from, valid_to");

QString addressJson(const Address &a)
{
    QByteArray out;
    eventcodec::appendAddress(out, a);
    return QString::fromUtf8(out);
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

void bindFacts(SqlStatement &q, const ShipmentView &s)
{
    for (const QVariant &v : {QVariant(s.shipmentId), QVariant(s.accountId), QVariant(s.weightLb), QVariant(s.priceCents),
                              QVariant(addressJson(s.pickup)), QVariant(addressJson(s.destination)),
                              QVariant(s.submittedPosition), QVariant(s.submittedAt), nullable(s.customerReference),
                              nullable(s.pickupBy), nullable(s.deliverBy)})
        q.addBindValue(v);
}

QString insertVersion(const QString &prefix)
{
    return insertInto(prefix + QStringLiteral("rm_shipments"), versionColumns);
}

void bindVersion(SqlStatement &q, const ShipmentView &s, qint64 from, std::optional<qint64> to)
{
    for (const QVariant &v : {QVariant(s.shipmentId), QVariant(statusName(s.status)), nullable(s.truckId),
                              QVariant(s.version), QVariant(from), nullable(to)})
        q.addBindValue(v);
}

const QString historyColumns = QStringLiteral("position, shipment_id, type, occurred_at, actor_user, actor_department");

HistoryEntry readHistory(const SqlRow &q)
{
    return HistoryEntry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                        rowcodec::actorAt(q, 4)};
}

QString insertHistory(const QString &prefix)
{
    return insertInto(prefix + QStringLiteral("rm_shipment_history"), historyColumns);
}

void bindHistory(SqlStatement &q, const HistoryEntry &h)
{
    for (const QVariant &v : {QVariant(h.position), QVariant(h.shipmentId), QVariant(h.type), QVariant(h.occurredAt),
                              QVariant(h.actor.user), QVariant(departmentName(h.actor.department))})
        q.addBindValue(v);
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
    for (const QVariant &v : {QVariant(k.position), QVariant(k.shipmentId), nullable(k.truckId), QVariant(k.occurredAt),
                              QVariant(k.location), QVariant(k.note), nullable(k.eta), QVariant(k.actor.user),
                              QVariant(departmentName(k.actor.department))})
        q.addBindValue(v);
}

} // namespace hs::shipmentrow
