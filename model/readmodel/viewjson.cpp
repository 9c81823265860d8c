#include "viewjson.h"

#include "../codec/eventcodec.h"

namespace hs::viewjson {

void writeActor(JsonWriter &w, const Actor &a)
{
    w.beginObject().field("user", a.user).field("department", departmentName(a.department)).endObject();
}

void write(JsonWriter &w, const ShipmentView &s, const std::vector<HistoryEntry> *history)
{
    w.beginObject();
    w.field("shipmentId", s.shipmentId).field("accountId", s.accountId);
    w.field("status", statusName(s.status));
    w.key("truckId").nullableId(s.truckId);
    w.field("weightLb", s.weightLb).field("priceCents", s.priceCents);
    QByteArray a;
    eventcodec::appendAddress(a, s.pickup);
    w.key("pickup").raw(a);
    a.clear();
    eventcodec::appendAddress(a, s.destination);
    w.key("destination").raw(a);
    w.field("version", s.version);
    if (history) {
        w.key("history").beginArray();
        for (const HistoryEntry &h : *history) {
            w.beginObject().field("type", h.type);
            w.key("occurredAt").time(h.occurredAt);
            w.key("actor");
            writeActor(w, h.actor);
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
}

void write(JsonWriter &w, const TruckView &t)
{
    w.beginObject().field("truckId", t.truckId).field("capacityLb", t.truck.capacityLb);
    w.field("state", truckStateName(t.state()));
    w.key("shipmentId").nullableId(t.truck.shipmentId);
    w.endObject();
}

void write(JsonWriter &w, const AccountView &a)
{
    w.beginObject().field("accountId", a.accountId).field("name", a.name);
    w.field("invoicedCents", a.invoicedCents).field("paidCents", a.paidCents).field("balanceCents", a.balanceCents());
    w.endObject();
}

void write(JsonWriter &w, const LedgerEntry &l)
{
    w.beginObject().field("position", l.position);
    w.key("occurredAt").time(l.occurredAt);
    w.field("kind", l.kind);
    w.key("shipmentId").nullableId(l.shipmentId);
    w.key("reference").nullableId(l.reference);
    w.field("amountCents", l.amountCents).field("balanceCents", l.balanceCents);
    w.endObject();
}

void write(JsonWriter &w, const CommandLogEntry &c)
{
    w.beginObject().field("commandId", c.commandId);
    w.key("type").nullableId(c.type);
    w.field("status", c.status);
    w.key("code").nullableId(c.code);
    w.key("issuedAt");
    if (c.issuedAt)
        w.time(*c.issuedAt);
    else
        w.null();
    w.key("actor");
    if (c.actor)
        writeActor(w, *c.actor);
    else
        w.null();
    w.endObject();
}

void write(JsonWriter &w, const StatusCounts &c)
{
    w.beginObject();
    w.field("submitted", c[0]).field("assigned", c[1]).field("out_for_delivery", c[2]);
    w.field("delivered", c[3]).field("cancelled", c[4]);
    w.endObject();
}

} // namespace hs::viewjson
