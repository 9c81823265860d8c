#pragma once

#include "../domain/events.h"
#include "../domain/truck.h"

#include <QHash>
#include <array>
#include <functional>
#include <map>
#include <vector>

namespace hs {

// The department views of the contract, as plain values.
struct ShipmentView
{
    QString shipmentId;
    QString accountId;
    ShipmentStatus status = ShipmentStatus::Submitted;
    QString truckId; // holding or delivered it; empty when none
    int weightLb = 0;
    qint64 priceCents = 0;
    Address pickup;
    Address destination;
    qint64 version = 0;
    qint64 submittedPosition = 0;
    qint64 submittedAt = 0;
};

struct TruckView
{
    QString truckId;
    truck::State truck;
    TruckState state() const { return truck::boardState(truck); }
};

struct AccountView
{
    QString accountId;
    QString name;
    qint64 invoicedCents = 0;
    qint64 paidCents = 0;
    qint64 balanceCents() const { return paidCents - invoicedCents; }
};

struct LedgerEntry
{
    qint64 position = 0;
    QString accountId;
    qint64 occurredAt = 0;
    QString kind; // invoice, payment, reversal
    QString shipmentId;
    QString reference;
    qint64 amountCents = 0; // signed as it moves the balance
    qint64 balanceCents = 0;
};

struct HistoryEntry
{
    qint64 position = 0;
    QString shipmentId;
    QString type;
    qint64 occurredAt = 0;
    Actor actor;
};

// Shipments per status, indexed by ShipmentStatus.
using StatusCounts = std::array<qint64, 5>;

// What one event changes in the read models: the new version of each changed row.
struct ViewChanges
{
    std::optional<ShipmentView> shipment;
    bool shipmentCreated = false;
    std::optional<ShipmentStatus> statusBefore; // for the counts; empty when created
    std::vector<TruckView> trucks;
    std::optional<AccountView> account;
    std::optional<LedgerEntry> ledger;
    std::optional<HistoryEntry> history;
};

// Where the projection looks up the rows an event changes (memory or the store).
struct ViewLookup
{
    std::function<std::optional<ShipmentView>(const QString &)> shipment;
    std::function<std::optional<TruckView>(const QString &)> truck;
    std::function<std::optional<AccountView>(const QString &)> account;
};

// The one place that says how events shape the read models. Pure.
ViewChanges project(const RecordedEvent &e, const ViewLookup &current);

// Every view held in memory: as-of answers, rebuild checks, what-if branches.
class ViewSet
{
public:
    void apply(const RecordedEvent &e);
    void applyChanges(const ViewChanges &c);
    ViewLookup lookup() const;

    std::map<QString, ShipmentView> shipments;
    std::map<QString, TruckView> trucks;
    std::map<QString, AccountView> accounts;
    std::map<QString, std::vector<LedgerEntry>> ledgers;
    std::map<QString, std::vector<HistoryEntry>> histories;
    StatusCounts counts{};
};

} // namespace hs
