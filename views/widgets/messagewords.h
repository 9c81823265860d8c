#pragma once

#include "domain/commands.h"
#include "domain/events.h"
#include "domain/rejection.h"

#include <QString>

// Every command and event in the words people read, one overload per message type: a new
// message type does not compile until it has its words here.
namespace hs::words {

// The command feed's line: "Assign S-1 to truck T-7".
QString command(const Command &c);
// What a command does, to finish "Only dispatch may …": "deliver shipments".
QString action(const Command &c);
// The same for a command named by its type ("DeliverShipment"); the name itself if unknown.
QString actionOfType(const QString &type);
// The same as a list's title for one command: "Write off invoices".
QString commandOfType(const QString &type);
// A refusal from the decider in the user's language, naming actions, never command types.
QString refusal(const Rejection &r);
// A refusal as the command log keeps it (its code and English message), said the same way.
QString loggedRefusal(const QString &code, const QString &message);
// A rejection code ("not_found") in words: "not found"; the code itself if unknown.
QString rejectionCode(const QString &code);

// A free-text reason as the user's language says it: the automatic reasons the system writes
// in English ("Truck T-2 broke down: flat tyre") are said again; people's own words pass.
QString reason(const QString &text);

// A field of a department view (the inspector, what-if) by its label, "Price" for priceCents,
// and its value as people read it: money, pounds and statuses in the user's language.
QString fieldLabel(const QString &name);
QString fieldValue(const QString &name, const QString &value);
// "Out for delivery", "Out of service": a truck's state as the board titles it.
QString truckState(TruckState t);

// What an event of a type records, when only its type is known: "Shipment assigned"; the
// type itself if unknown.
QString eventOfType(const QString &type);
// The event history's line a clerk can read: "S-1 assigned to truck T-7".
QString summary(const RecordedEvent &e);
// A shipment timeline's line: "assigned to T-7 by dan at 10:15".
QString timeline(const RecordedEvent &e);

// The event catalog's names: a context ("dispatch") as its department, a consumer
// ("status-counts", "listener:delivery-invoicing") as the screen or policy it is; the name
// itself if unknown.
QString context(const QString &name);
QString consumer(const QString &name);

} // namespace hs::words
