#pragma once

#include "../domain/commands.h"

#include <QHash>

#include <climits>
#include <deque>
#include <random>
#include <vector>

namespace hs {

// A deterministic, realistic stream of commands for Great Plains Trucking: accounts, trucks,
// pricing changes, shipments through their whole lifecycle, payments and reversals,
// breakdowns, and a few mistakes that the reducer must reject. Used by `haulctl init --demo`
// and by the benchmark; it keeps a mirror of the business so that its commands make sense.
class Workload
{
public:
    struct Options
    {
        quint32 seed = 20260105;
        int accounts = 12;
        int trucks = 12;
        qint64 startMs = 0;
        qint64 tickMs = 10 * 60 * 1000;  // simulated time between rounds
        double submitsPerTick = 0.6;     // new shipments per round, on average
        double mistakeRate = 0.03;       // rounds that also send a command that will be rejected
        double paymentsPerTick = 0.25;   // cheques posted per round, on average (keep up with deliveries at scale)
        bool businessHoursOnly = true;
        qint64 dispatchUntilMs = LLONG_MAX; // after this, requests wait in the queue
    };

    explicit Workload(const Options &options);

    // The next round of commands (never empty). Times never go backwards within an entity.
    std::vector<CommandEnvelope> nextRound();
    // Commands that wind the simulation down so that the store ends in every state.
    qint64 now() const { return m_now; }
    qint64 commandsIssued() const { return m_seq; }

private:
    struct Shipment
    {
        QString id;
        QString accountId;
        int weightLb = 0;
        ShipmentStatus status = ShipmentStatus::Submitted;
        QString truckId;
        qint64 since = 0; // when it reached its status
        qint64 priceCents = 0;
    };
    struct Truck
    {
        QString id;
        int capacityLb = 0;
        bool inService = true;
        QString shipmentId;
        qint64 brokeAt = 0;
    };

    CommandEnvelope make(Command c, const QString &user, Department d);
    Address randomAddress();
    void setup(std::vector<CommandEnvelope> &out);
    void mistake(std::vector<CommandEnvelope> &out);
    void advanceClock();
    void takeRequests(std::vector<CommandEnvelope> &out);
    void cancelSome(std::vector<CommandEnvelope> &out);
    void moveTruck(Truck &t, std::vector<CommandEnvelope> &out);
    void breakDown(std::vector<CommandEnvelope> &out);
    void postPayments(std::vector<CommandEnvelope> &out);
    void changePricing(std::vector<CommandEnvelope> &out);
    template <typename T> const T &pick(const std::vector<T> &v);
    bool chance(double p);

    Options m_o;
    std::mt19937_64 m_rng;
    qint64 m_now = 0;
    qint64 m_seq = 0;
    int m_nextShipment = 1001;
    int m_nextRule = 1;
    int m_nextPayment = 1;
    bool m_setUp = false;
    std::vector<QString> m_accounts;
    std::vector<Truck> m_trucks;
    QHash<QString, Shipment> m_shipments;
    std::deque<QString> m_queue; // submitted, oldest first
    std::vector<QString> m_active; // assigned or out for delivery
    std::deque<std::pair<QString, qint64>> m_owed; // account, cents: invoices to pay later
    std::vector<std::pair<QString, QString>> m_payments; // account, reference
    std::vector<QString> m_delivered;
    std::vector<QString> m_recentCommandIds;
};

} // namespace hs
