#include "events.h"

namespace hs {

QString entityKey(Entity e, const QString &id)
{
    switch (e) {
    case Entity::Shipment: return QStringLiteral("shipment:") + id;
    case Entity::Truck: return QStringLiteral("truck:") + id;
    case Entity::Account: return QStringLiteral("account:") + id;
    case Entity::PricingRule: return QStringLiteral("rule:") + id;
    case Entity::None: break;
    }
    return {};
}

QString streamName(Entity e, const QString &id)
{
    switch (e) {
    case Entity::Shipment: return shipmentStream(id);
    case Entity::Truck: return truckStream(id);
    case Entity::Account: return accountStream(id);
    case Entity::PricingRule: return pricingStream(); // one stream for the whole schedule
    case Entity::None: break;
    }
    return {};
}

QString eventTypeName(const Event &e)
{
    return std::visit([](const auto &x) { return QString::fromLatin1(rowOf(x).name); }, e);
}

QString streamOf(const Event &e)
{
    return std::visit([](const auto &x) { return streamName(rowOf(x).entity, addressedId(x)); }, e);
}

QString entityOf(const Event &e)
{
    return std::visit([](const auto &x) { return entityKeyOf(x); }, e);
}

} // namespace hs
