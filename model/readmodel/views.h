#pragma once

#include "../domain/events.h"
#include "../domain/truck.h"
#include "../receivables/credit.h"

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
    QString customerReference; // the customer's PO or load number; empty when none
    std::optional<qint64> pickupBy;
    std::optional<qint64> deliverBy;
};

struct TruckView
{
    QString truckId;
    truck::State truck;
    std::optional<qint64> outOfServiceSince; // when it broke down; empty while in service
    TruckState state() const { return truck::boardState(truck); }
};

struct AccountView
{
    QString accountId;
    QString name;
    qint64 invoicedCents = 0;
    qint64 paidCents = 0;
    qint64 writtenOffCents = 0;
    std::optional<qint64> creditLimitCents; // empty: no limit
    int termsDays = 30;
    bool onHold = false;
    qint64 activeShipmentCents = 0; // prices of its shipments submitted, assigned or out for delivery
    qint64 balanceCents() const { return paidCents - invoicedCents + writtenOffCents; }
    // Payments settle invoices before any credit is kept, so what is open is what is owed.
    qint64 openCents() const { return qMax<qint64>(0, -balanceCents()); }
    receivables::Credit credit() const { return {creditLimitCents, onHold, openCents(), activeShipmentCents}; }
    qint64 exposureCents() const { return credit().exposureCents(); }
};

struct LedgerEntry
{
    qint64 position = 0;
    QString accountId;
    qint64 occurredAt = 0;
    QString kind; // invoice, payment, reversal, writeoff
    QString shipmentId;
    QString reference;
    qint64 amountCents = 0; // signed as it moves the balance
    qint64 balanceCents = 0;
    std::optional<qint64> dueAt; // invoices
};

struct HistoryEntry
{
    qint64 position = 0;
    QString shipmentId;
    QString type;
    qint64 occurredAt = 0;
    Actor actor;
};

// A driver's report of where a shipment is: Customer Service reads it out to the caller.
struct CheckCall
{
    qint64 position = 0;
    QString shipmentId;
    QString truckId;
    qint64 occurredAt = 0;
    QString location;
    QString note;
    std::optional<qint64> eta;
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
    std::optional<CheckCall> checkCall;
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
    std::map<QString, std::vector<CheckCall>> checkCalls;
    StatusCounts counts{};
};

} // namespace hs
