#pragma once

#include "domain/events.h"

#include <QString>

// How the Customer Service pane puts shipments into words: times, addresses, statuses
// (the timeline's lines are in widgets/messagewords.h).
namespace hs::shipmentwords {

QString when(qint64 msecsSinceEpoch);        // local "10:15" today, else the language's short form: "1/5/26 10:15 AM"
QString address(const Address &a);           // one line
QString status(ShipmentStatus s);            // "Out for delivery"
QString duration(qint64 msecs);              // "3 h 20 min"

} // namespace hs::shipmentwords
