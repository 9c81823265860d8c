#pragma once

#include "../domain/events.h"

#include <QStringList>
#include <map>
#include <vector>

namespace hs {

// The per-stream timeline of `haulctl events --format text`, shared with the history viewer:
// `shipment-S-1  v2  2026-01-05T10:15:00.000Z  ShipmentAssigned  {"shipmentId":"S-1",...}`.
QString timelineLine(const RecordedEvent &e);

// Collects events in position order and prints one timeline per stream, streams in the
// order they began.
class StreamTimeline
{
public:
    void add(const RecordedEvent &e);
    QStringList lines() const;
    QString text() const; // lines, each ending in a newline

private:
    std::vector<QString> m_order;
    std::map<QString, QStringList> m_lines;
};

} // namespace hs
