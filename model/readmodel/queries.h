#pragma once

#include "../store/commandlog.h"
#include "views.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace hs {

// A moment in history: the longest prefix of positions that lies wholly at or before the
// time, plus the few events recorded late (occurredAt earlier than something before them)
// that still belong to it. `late` holds what those late events change, replayed in memory.
struct AsOf
{
    qint64 time = 0;
    qint64 position = 0;
    ViewSet late; // changed rows only; its counts are deltas
    bool hasLate = false;
};

struct ShipmentQuery
{
    std::optional<ShipmentStatus> status;
    QString accountId;
    QString text; // matches the id, the account (number or name), a city or the customer's reference
    enum class Order { ById, OldestFirst, NewestFirst } order = Order::ById;
    int offset = 0;
    int limit = -1; // all
    QString reference; // the customer's reference contains it (case-insensitive)
};

// Reads the read models, live or as of a moment. One instance per connection and thread.
// Defined per view: moments and counts in queries.cpp, shipments in shipmentqueries.cpp,
// trucks in truckqueries.cpp, accounts and ledgers in accountqueries.cpp; each view's rows
// are decoded by the codec its writer uses (shipmentrows.h, truckrows.h, accountrows.h).
class ReadModelQueries
{
public:
    explicit ReadModelQueries(QSqlDatabase db);

    // "As of time T" = the events with occurredAt <= T. Finds the longest prefix of positions
    // whose running maximum occurredAt (events.occurred_max, indexed) is <= T, then replays in
    // memory only the late events after that prefix that also occurred by T (events_late
    // index). Reads at the result cost what the live reads cost: the read-model rows carry
    // valid_from/valid_to positions, so no history is replayed however long it is.
    std::optional<AsOf> resolveAsOf(qint64 time);
    // The moment just after a position (the time machine's slider).
    AsOf atPosition(qint64 position);

    // Shipments (Customer Service, Dispatch's queue)
    std::vector<ShipmentView> shipments(const ShipmentQuery &query = {}, const AsOf *at = nullptr);
    qint64 shipmentCount(const ShipmentQuery &query, const AsOf *at = nullptr);
    std::optional<ShipmentView> shipment(const QString &id, const AsOf *at = nullptr);
    std::vector<HistoryEntry> history(const QString &shipmentId, const AsOf *at = nullptr);
    std::vector<CheckCall> checkCalls(const QString &shipmentId, const AsOf *at = nullptr);
    std::optional<CheckCall> lastCheckCall(const QString &shipmentId, const AsOf *at = nullptr);
    StatusCounts statusCounts(const AsOf *at = nullptr);

    // Trucks (Dispatch's board)
    std::vector<TruckView> trucks(const AsOf *at = nullptr);
    std::optional<TruckView> truck(const QString &id, const AsOf *at = nullptr);

    // Accounts and their ledgers (Finance)
    std::vector<AccountView> accounts(const AsOf *at = nullptr);
    std::optional<AccountView> account(const QString &id, const AsOf *at = nullptr);
    std::vector<LedgerEntry> ledger(const QString &accountId, const AsOf *at = nullptr);

    // The store as a whole
    qint64 eventCount();
    std::optional<qint64> lastEventTime();
    qint64 projectionPosition();

    QString lastError() const { return m_error; }
    QSqlDatabase connection() const { return m_db; }

private:
    std::optional<ShipmentView> baseShipment(const QString &id, const AsOf *at);
    std::vector<ShipmentView> shipmentsWithLate(const ShipmentQuery &query, const AsOf &at);
    std::optional<TruckView> baseTruck(const QString &id, const AsOf *at);
    std::optional<AccountView> baseAccount(const QString &id, const AsOf *at);
    void buildLate(AsOf &a);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace hs
