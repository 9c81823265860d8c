#include "viewjson.h"

#include "../codec/eventcodec.h"

namespace hs::viewjson {

void writeActor(JsonWriter &w, const Actor &a)
{
    w.beginObject().field("user", a.user).field("department", departmentName(a.department)).endObject();
}

void writeTime(JsonWriter &w, const std::optional<qint64> &t)
{
    if (t)
        w.time(*t);
    else
        w.null();
}

void write(JsonWriter &w, const ShipmentView &s, const std::vector<HistoryEntry> *history, const std::vector<CheckCall> *checkCalls)
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
    w.key("customerReference").nullableId(s.customerReference);
    w.key("pickupBy");
    writeTime(w, s.pickupBy);
    w.key("deliverBy");
    writeTime(w, s.deliverBy);
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
    if (checkCalls) {
        w.key("checkCalls").beginArray();
        for (const CheckCall &k : *checkCalls) {
            w.beginObject();
            w.key("occurredAt").time(k.occurredAt);
            w.field("location", k.location).field("note", k.note);
            w.key("eta");
            writeTime(w, k.eta);
            w.key("actor");
            writeActor(w, k.actor);
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
    w.key("creditLimitCents");
    if (a.creditLimitCents)
        w.value(*a.creditLimitCents);
    else
        w.null();
    w.field("termsDays", a.termsDays).field("onHold", a.onHold);
    w.field("exposureCents", a.exposureCents()).field("openCents", a.openCents());
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

void write(JsonWriter &w, const receivables::Invoice &i)
{
    w.beginObject().field("shipmentId", i.shipmentId);
    w.key("invoicedAt").time(i.invoicedAt);
    w.key("dueAt").time(i.dueAt);
    w.field("amountCents", i.amountCents).field("paidCents", i.paidCents).field("writtenOffCents", i.writtenOffCents);
    w.field("openCents", i.openCents()).field("status", i.isOpen() ? "open" : "closed");
    w.endObject();
}

void write(JsonWriter &w, const AgingRow &a)
{
    using B = receivables::AgingBucket;
    const auto cents = [&](B b) { return a.cents[static_cast<int>(b)]; };
    w.beginObject().field("accountId", a.accountId).field("name", a.name);
    w.field("currentCents", cents(B::Current)).field("days1To30Cents", cents(B::Days1To30));
    w.field("days31To60Cents", cents(B::Days31To60)).field("days61To90Cents", cents(B::Days61To90));
    w.field("over90Cents", cents(B::Over90)).field("openCents", a.openCents);
    w.endObject();
}

void write(JsonWriter &w, const tracking::AtRisk &r)
{
    w.beginObject().field("shipmentId", r.shipmentId).field("accountId", r.accountId);
    w.field("status", statusName(r.status));
    w.key("truckId").nullableId(r.truckId);
    w.field("reason", tracking::riskReasonName(r.reason));
    w.key("since").time(r.since);
    w.endObject();
}

} // namespace hs::viewjson
