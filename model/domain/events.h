#pragma once

#include "messages.h"

#include <QString>
#include <variant>

namespace hs {

QString eventTypeName(const Event &e);
QString streamOf(const Event &e);
// The entity an event changes, for the high-water mark: "shipment:S-1", "rule:R-1".
QString entityOf(const Event &e);

inline QString shipmentStream(const QString &id) { return QStringLiteral("shipment-") + id; }
inline QString truckStream(const QString &id) { return QStringLiteral("truck-") + id; }
inline QString accountStream(const QString &id) { return QStringLiteral("account-") + id; }
inline QString pricingStream() { return QStringLiteral("pricing-schedule"); }

// An event as stored: the fact plus its metadata.
struct RecordedEvent
{
    qint64 position = 0;
    QString eventId;
    QString streamId;
    qint64 version = 0;
    int schemaVersion = 1;
    qint64 occurredAt = 0;
    qint64 recordedAt = 0;
    QString commandId;
    QString causationId;
    QString correlationId;
    Actor actor;
    Event event;
    QByteArray data; // the event's data as JSON in today's shape
    QString type() const { return eventTypeName(event); }
};

} // namespace hs
