#pragma once

#include "../store/database.h"
#include "views.h"

// How the truck view is stored (rm_trucks, one row per version): the one codec that the
// read-model writer and the queries share.
namespace hs::truckrow {

// The view's columns, in read()'s order, unqualified.
extern const QString columns;
constexpr int columnCount = 5;
// Whether an out-of-service truck's shipment has left is the shipment's to say: read()
// tells only what the row holds (out_for_delivery state).
TruckView read(const SqlRow &q);

QString insert(const QString &prefix);
void bind(SqlStatement &q, const TruckView &t, qint64 from, std::optional<qint64> to);

} // namespace hs::truckrow
