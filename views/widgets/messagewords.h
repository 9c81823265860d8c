#pragma once

#include "domain/commands.h"
#include "domain/events.h"

#include <QString>

// Every command and event in the words people read, one overload per message type: a new
// message type does not compile until it has its words here.
namespace hs::words {

// The command feed's line: "Assign S-1 to truck T-7".
QString command(const Command &c);
// The event history's line a clerk can read: "S-1 assigned to truck T-7".
QString summary(const RecordedEvent &e);
// A shipment timeline's line: "assigned to T-7 by dan at 10:15".
QString timeline(const RecordedEvent &e);

} // namespace hs::words
