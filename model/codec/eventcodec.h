#pragma once

#include "../domain/events.h"

#include <QByteArray>
#include <optional>

namespace hs::eventcodec {

// The schema version written for each event type today.
int currentSchemaVersion(QStringView type);

// Event data as compact JSON, fields in the contract's order.
QByteArray encode(const Event &e);

// Reads stored data of any known schema version, upcasting old shapes to today's (some of
// whose defaults depend on when the event occurred).
std::optional<Event> decode(QStringView type, int schemaVersion, const QByteArray &json, qint64 occurredAt);

// Address as a JSON object, shared by event data and views, and back.
void appendAddress(QByteArray &out, const Address &a);
Address addressFromJson(const QByteArray &json);

} // namespace hs::eventcodec
