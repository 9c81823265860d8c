#pragma once

#include "operationsqueries.h"
#include "queries.h"

#include "../util/jsonwriter.h"

namespace hs::viewjson {

// The contract's JSON shapes of the department views.
// With its history and check calls when given (`shipment ID`, `shipments`).
void write(JsonWriter &w, const ShipmentView &s, const std::vector<HistoryEntry> *history = nullptr,
           const std::vector<CheckCall> *checkCalls = nullptr);
void write(JsonWriter &w, const TruckView &t);
void write(JsonWriter &w, const AccountView &a);
void write(JsonWriter &w, const LedgerEntry &l);
void write(JsonWriter &w, const CommandLogEntry &c);
void write(JsonWriter &w, const StatusCounts &c);
void write(JsonWriter &w, const receivables::Invoice &i);
void write(JsonWriter &w, const AgingRow &a);
void write(JsonWriter &w, const tracking::AtRisk &r);
void writeActor(JsonWriter &w, const Actor &a);
void writeTime(JsonWriter &w, const std::optional<qint64> &t); // null when none

template <typename T> QByteArray toJson(const T &v)
{
    JsonWriter w;
    write(w, v);
    return w.take();
}

} // namespace hs::viewjson
