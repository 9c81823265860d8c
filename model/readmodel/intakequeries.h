#pragma once

#include "../domain/pricing.h"
#include "../store/eventstore.h"

#include <QSqlDatabase>
#include <optional>
#include <vector>

// What the Customer Service intake form needs besides the views: the next shipment number,
// the pricing schedule for live quotes, and a shipment's own events for its timeline.
namespace hs::intake {

// "S-<n+1>" for the highest n among ids shaped "S-<digits>"; "S-1" on an empty store.
QString nextShipmentId(QSqlDatabase db);

// Every rule scheduled up to `upTo` (an occurredAt; empty: all), so that
// pricing::quote() gives the price the reducer will charge.
pricing::Schedule pricingSchedule(EventStore &events, std::optional<qint64> upTo = {});

// The shipment's events in stream order, those that occurred up to `upTo` when given.
std::vector<RecordedEvent> shipmentEvents(EventStore &events, const QString &shipmentId,
                                          std::optional<qint64> upTo = {});

} // namespace hs::intake
