#pragma once

#include "../store/database.h"
#include "views.h"

// How the shipment views are stored: the one codec that the read-model writer and the
// queries share. A shipment is its facts (rm_shipment_facts, fixed at submission) joined with
// its changing version (rm_shipments); its check calls are rows of their own, and its
// history is its own events.
namespace hs::shipmentrow {

// A shipment read from rm_shipment_facts f joined with its version s, in read()'s order.
extern const QString columns;
constexpr int columnCount = 14;
ShipmentView read(const SqlRow &q);

// Writing, into tables named with prefix (a schema, or pg_temp's scratch copies).
// A facts row with its addresses already in their stored JSON: encoded where the row is made,
// so that a rebuild's writing thread, the busier one, only binds it.
struct Facts
{
    explicit Facts(const ShipmentView &s);
    ShipmentView view;
    QByteArray pickup, destination;
};
QString insertFacts(const QString &prefix);
void bindFacts(SqlStatement &q, const Facts &f);
QString insertVersion(const QString &prefix);
void bindVersion(SqlStatement &q, const ShipmentView &s, qint64 from, std::optional<qint64> to);

// The history read from the events of the shipment's stream.
extern const QString historyColumns;
HistoryEntry readHistory(const SqlRow &q);

extern const QString checkCallColumns;
CheckCall readCheckCall(const SqlRow &q);
QString insertCheckCall(const QString &prefix);
void bindCheckCall(SqlStatement &q, const CheckCall &k);

} // namespace hs::shipmentrow
