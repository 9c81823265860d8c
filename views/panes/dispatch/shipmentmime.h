#pragma once

#include <QMimeData>
#include <QString>
#include <optional>

namespace hs {

// What a dragged shipment carries: which one, and the truck it comes from on a reassignment.
struct DraggedShipment
{
    QString shipmentId;
    QString fromTruckId; // empty when it comes from the unassigned queue
};

inline QString shipmentMimeType() { return QStringLiteral("application/x-haulstream-shipment"); }

QMimeData *shipmentMimeData(const DraggedShipment &s);
std::optional<DraggedShipment> draggedShipment(const QMimeData *data);

} // namespace hs
