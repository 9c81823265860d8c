#include "shipmentmime.h"

namespace hs {

QMimeData *shipmentMimeData(const DraggedShipment &s)
{
    auto *data = new QMimeData;
    data->setData(shipmentMimeType(), (s.shipmentId + QLatin1Char('\n') + s.fromTruckId).toUtf8());
    // Dropped into a text field, it is just the shipment's id.
    data->setText(s.shipmentId);
    return data;
}

std::optional<DraggedShipment> draggedShipment(const QMimeData *data)
{
    if (!data || !data->hasFormat(shipmentMimeType()))
        return std::nullopt;
    const QStringList parts = QString::fromUtf8(data->data(shipmentMimeType())).split(QLatin1Char('\n'));
    if (parts.isEmpty() || parts.front().isEmpty())
        return std::nullopt;
    return DraggedShipment{parts.front(), parts.size() > 1 ? parts[1] : QString()};
}

} // namespace hs
