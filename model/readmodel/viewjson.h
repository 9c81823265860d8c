#pragma once

#include "queries.h"

#include "../util/jsonwriter.h"

namespace hs::viewjson {

// The contract's JSON shapes of the department views.
void write(JsonWriter &w, const ShipmentView &s, const std::vector<HistoryEntry> *history = nullptr);
void write(JsonWriter &w, const TruckView &t);
void write(JsonWriter &w, const AccountView &a);
void write(JsonWriter &w, const LedgerEntry &l);
void write(JsonWriter &w, const CommandLogEntry &c);
void write(JsonWriter &w, const StatusCounts &c);
void writeActor(JsonWriter &w, const Actor &a);

template <typename T> QByteArray toJson(const T &v)
{
    JsonWriter w;
    write(w, v);
    return w.take();
}

} // namespace hs::viewjson
