#pragma once

#include "domain/events.h"

#include <QString>

// How the Customer Service pane puts shipments into words: times, addresses and
// the timeline lines a clerk reads out on the phone.
namespace hs::shipmentwords {

QString when(qint64 msecsSinceEpoch);        // local "10:15" today, else "2026-01-05 10:15"
QString address(const Address &a);           // one line
QString status(ShipmentStatus s);            // "Out for delivery"
QString duration(qint64 msecs);              // "3 h 20 min"
// "assigned to T-7 by dan at 10:15", "delivered, signed by J. Alvarez (dan at 14:30)".
QString timelineLine(const RecordedEvent &e);

} // namespace hs::shipmentwords
