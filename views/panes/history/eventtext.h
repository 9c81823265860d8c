#pragma once

#include "domain/events.h"

#include <QString>

namespace hs {

// How the explorer panes put an event into words.
namespace eventtext {

// Local time, to the second.
QString localTime(qint64 msecsSinceEpoch);
// The UI language's own short date and time, to the minute ("01.12.26 04:03"): for date boxes
// and for times a person promised or reads at a glance.
QString shortDateTimeFormat();
QString shortDateTime(qint64 msecsSinceEpoch);
// The department's name as people say it.
QString department(Department d);
// Compact JSON laid out one member per line, keeping the order it was written in
// (QJsonDocument would sort the keys).
QString indentedJson(const QByteArray &compact);

} // namespace eventtext
} // namespace hs
