#include "catalog.h"

#include "../domain/events.h"
#include "../util/jsonwriter.h"
#include "eventcodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace hs {

namespace {

struct Registration
{
    Event sample;
    const char *context;
    QStringList producedBy;
    QStringList consumedBy;
};

// The one hand-kept table: which command produces which event, and who reads it.
// Listener and read-model names are those of model/domain/domainstate.cpp (reactTo) and
// model/readmodel/views.cpp (project).
std::vector<Registration> registrations()
{
    const auto s = [](const char *x) { return QString::fromLatin1(x); };
    return {
        {ev::AccountOpened{}, "finance", {s("OpenAccount")}, {s("accounts")}},
        {ev::TruckRegistered{}, "dispatch", {s("RegisterTruck")}, {s("trucks")}},
        {ev::ShipmentSubmitted{}, "customer-service", {s("SubmitShipment")}, {s("shipments"), s("status-counts")}},
        {ev::ShipmentCancelled{}, "customer-service", {s("CancelShipment")}, {s("shipments"), s("trucks"), s("status-counts")}},
        {ev::ShipmentAssigned{}, "dispatch", {s("AssignTruck")}, {s("shipments"), s("trucks"), s("status-counts")}},
        {ev::ShipmentShipped{}, "dispatch", {s("ShipShipment")}, {s("shipments"), s("trucks"), s("status-counts")}},
        {ev::ShipmentDelivered{}, "dispatch", {s("DeliverShipment")},
         {s("listener:delivery-invoicing"), s("shipments"), s("trucks"), s("status-counts")}},
        {ev::ShipmentUnassigned{}, "dispatch", {s("UnassignShipment")}, {s("shipments"), s("trucks"), s("status-counts")}},
        {ev::TruckBrokeDown{}, "dispatch", {s("ReportBreakdown")}, {s("listener:breakdown-requeue"), s("trucks")}},
        {ev::TruckReturnedToService{}, "dispatch", {s("ReturnTruckToService")}, {s("trucks")}},
        {ev::PaymentPosted{}, "finance", {s("PostPayment")}, {s("accounts"), s("ledger")}},
        {ev::PaymentReversed{}, "finance", {s("ReversePayment")}, {s("accounts"), s("ledger")}},
        {ev::PricingRuleScheduled{}, "finance", {s("SchedulePricingRule")}, {s("pricing-schedule")}},
        {ev::AccountInvoiced{}, "finance", {s("InvoiceAccount")}, {s("accounts"), s("ledger")}},
    };
}

} // namespace

std::vector<CatalogEntry> eventCatalog()
{
    std::vector<CatalogEntry> out;
    for (const Registration &r : registrations()) {
        CatalogEntry e;
        e.type = eventTypeName(r.sample);
        e.schemaVersion = eventcodec::currentSchemaVersion(e.type);
        for (int v = 1; v <= e.schemaVersion; ++v)
            e.storedVersions << v;
        e.context = QString::fromLatin1(r.context);
        e.fields = QJsonDocument::fromJson(eventcodec::encode(r.sample)).object().keys();
        // Keep the order the codec writes them in.
        const QByteArray encoded = eventcodec::encode(r.sample);
        std::sort(e.fields.begin(), e.fields.end(), [&](const QString &a, const QString &b) {
            return encoded.indexOf('"' + a.toUtf8() + "\":") < encoded.indexOf('"' + b.toUtf8() + "\":");
        });
        e.producedBy = r.producedBy;
        e.consumedBy = r.consumedBy;
        out.push_back(e);
    }
    return out;
}

void countStored(std::vector<CatalogEntry> &catalog, QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, count(*) FROM events GROUP BY type")))
        return;
    while (q.next())
        for (CatalogEntry &e : catalog)
            if (e.type == q.value(0).toString())
                e.count = q.value(1).toLongLong();
}

QByteArray catalogJson(const std::vector<CatalogEntry> &catalog)
{
    JsonWriter w;
    w.beginArray();
    for (const CatalogEntry &e : catalog) {
        w.beginObject().field("type", e.type).field("schemaVersion", e.schemaVersion).field("context", e.context);
        w.key("fields").beginArray();
        for (const QString &f : e.fields)
            w.value(f);
        w.endArray();
        w.key("producedBy").beginArray();
        for (const QString &p : e.producedBy)
            w.value(p);
        w.endArray();
        w.key("consumedBy").beginArray();
        for (const QString &c : e.consumedBy)
            w.value(c);
        w.endArray();
        w.field("count", e.count);
        w.endObject();
    }
    w.endArray();
    return w.take();
}

} // namespace hs
