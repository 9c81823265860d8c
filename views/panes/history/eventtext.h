#pragma once

#include "domain/events.h"

#include <QString>

namespace hs {

// How the explorer panes put an event into words.
namespace eventtext {

// Local time, to the second.
QString localTime(qint64 msecsSinceEpoch);
// The department's name as people say it.
QString department(Department d);
// Compact JSON laid out one member per line, keeping the order it was written in
// (QJsonDocument would sort the keys).
QString indentedJson(const QByteArray &compact);

} // namespace eventtext
} // namespace hs
