#include "demoseed.h"

#include "workload.h"

#include "../readmodel/intakequeries.h"
#include "../receivables/application.h"

namespace hs {

namespace {

constexpr qint64 hour = 3600 * 1000;

// Sends the demo's finishing commands one by one, all at the moment the workload stopped.
struct DemoSender
{
    Reducer &reducer;
    qint64 at;
    StoreError *error;
    int sent = 0;

    bool operator()(const QString &user, Department d, Command c)
    {
        auto outcome = reducer.submit(CommandEnvelope{QStringLiteral("demo-ops-%1").arg(++sent), at, Actor{user, d}, std::move(c), {}, {}});
        if (outcome.failure && error)
            *error = *outcome.failure;
        return !outcome.failure;
    }
};

// New requests with the customer's reference and promised times: one already late for pickup,
// one on time, one past its promised delivery.
bool addPromisedRequests(DemoSender &send)
{
    // The numbers the intake form would propose next.
    int next = intake::nextShipmentId(send.reducer.database().connection()).mid(2).toInt();
    const qint64 at = send.at;
    const struct { const char *account; const char *reference; qint64 pickupBy, deliverBy; } requests[] = {
        {"A-103", "PO-48213", at - 2 * hour, at + 22 * hour},
        {"A-105", "LOAD 7731-B", at + 3 * hour, at + 26 * hour},
        {"A-107", "PO-55120", at - 30 * hour, at - hour},
    };
    for (const auto &r : requests) {
        cmd::SubmitShipment c{QStringLiteral("S-%1").arg(next++), QLatin1String(r.account),
                              Address{QStringLiteral("Prairie Mills"), QStringLiteral("400 Elevator Rd"), std::nullopt,
                                      QStringLiteral("Grand Island"), QStringLiteral("NE"), QStringLiteral("68801")},
                              Address{QStringLiteral("Sandhills Lumber"), QStringLiteral("9 Mill St"), std::nullopt,
                                      QStringLiteral("North Platte"), QStringLiteral("NE"), QStringLiteral("69101")},
                              4200, QLatin1String(r.reference), r.pickupBy, r.deliverBy};
        if (!send(QStringLiteral("carla"), Department::CustomerService, std::move(c)))
            return false;
    }
    return true;
}

// Check calls from the drivers of up to four loaded trucks.
bool addCheckCalls(DemoSender &send)
{
    const DomainState &s = send.reducer.state();
    const char *places[] = {"I-80 near Kearney", "Columbus, fuel stop", "US-81 south of Norfolk", "Hastings yard"};
    int calls = 0;
    for (int i = 1; i <= 12 && calls < 4; ++i) {
        const truck::State *t = s.findTruck(QStringLiteral("T-%1").arg(i));
        if (!t || t->shipmentId.isEmpty() || !t->inService)
            continue;
        const QString note = t->outForDelivery ? QStringLiteral("Rolling, no delays") : QStringLiteral("Loading at the dock");
        if (!send(QStringLiteral("dan"), Department::Dispatch,
                  cmd::RecordCheckCall{t->shipmentId, QLatin1String(places[calls]), note, send.at + (calls + 2) * hour}))
            return false;
        ++calls;
    }
    return true;
}

// Limits (one comfortable, one already passed by what the account owes and has booked), a hold,
// and a write-off of A-104's first open invoice after a freight claim.
bool addCreditTerms(DemoSender &send)
{
    const DomainState &s = send.reducer.state();
    const QString finance = QStringLiteral("frank");
    if (const account::State *a = s.findAccount(QStringLiteral("A-100")))
        if (!send(finance, Department::Finance, cmd::SetCreditLimit{QStringLiteral("A-100"), (a->credit().exposureCents() / 100000 + 5) * 100000}))
            return false;
    if (const account::State *a = s.findAccount(QStringLiteral("A-101")))
        if (!send(finance, Department::Finance, cmd::SetCreditLimit{QStringLiteral("A-101"), a->credit().exposureCents() * 4 / 5 / 10000 * 10000}))
            return false;
    if (s.findAccount(QStringLiteral("A-102"))
        && !send(finance, Department::Finance, cmd::PlaceCreditHold{QStringLiteral("A-102"), QStringLiteral("Cheque returned twice this month")}))
        return false;
    if (const account::State *a = s.findAccount(QStringLiteral("A-104")))
        for (const receivables::Invoice &i : receivables::apply(a->ledger).invoices)
            if (i.isOpen())
                return send(finance, Department::Finance,
                            cmd::WriteOffInvoice{QStringLiteral("A-104"), i.shipmentId, QStringLiteral("Freight claim settled short")});
    return true;
}

} // namespace

std::optional<qint64> seedDemo(Reducer &reducer, qint64 endMs, StoreError *error)
{
    Workload::Options o;
    o.startMs = (endMs - 28LL * 86400000) / 3600000 * 3600000;
    o.submitsPerTick = 0.26;
    o.businessHoursOnly = false; // the yard runs around the clock, so the store ends mid-shift
    // The last hours' requests are still waiting for a truck when the dashboard opens.
    o.dispatchUntilMs = endMs - 3 * 3600 * 1000;
    Workload w(o);
    std::vector<ParsedCommand> batch;
    auto flush = [&] {
        auto outcome = reducer.submit(batch);
        batch.clear();
        if (outcome.failure && error)
            *error = *outcome.failure;
        return !outcome.failure;
    };
    // Stop a little before now, so that what a person does next is never stale.
    const qint64 stopAt = endMs - 15 * 60 * 1000;
    while (w.now() < stopAt) {
        for (CommandEnvelope &c : w.nextRound()) {
            if (c.issuedAt > stopAt)
                continue;
            batch.push_back(parsedFrom(std::move(c)));
        }
        if (batch.size() >= 500 && !flush())
            return std::nullopt;
    }
    if (!batch.empty() && !flush())
        return std::nullopt;
    // What the operations-depth screens show out of the box.
    DemoSender send{reducer, stopAt, error};
    if (!addPromisedRequests(send) || !addCheckCalls(send) || !addCreditTerms(send))
        return std::nullopt;
    // Leave one truck in the shop so that the board shows every column.
    const DomainState &s = reducer.state();
    for (int i = 12; i >= 1; --i) {
        const QString id = QStringLiteral("T-%1").arg(i);
        const truck::State *t = s.findTruck(id);
        if (t && !t->inService)
            return reducer.headPosition();
    }
    for (int i = 12; i >= 1; --i) {
        const QString id = QStringLiteral("T-%1").arg(i);
        const truck::State *t = s.findTruck(id);
        if (t && t->inService && !t->shipmentId.isEmpty() && !t->outForDelivery) {
            CommandEnvelope c{QStringLiteral("demo-breakdown"), stopAt, Actor{QStringLiteral("dan"), Department::Dispatch},
                              cmd::ReportBreakdown{id, QStringLiteral("Air brake fault at the Kearney yard")}, {}, {}};
            auto outcome = reducer.submit(c);
            if (outcome.failure) {
                if (error)
                    *error = *outcome.failure;
                return std::nullopt;
            }
            break;
        }
    }
    return reducer.headPosition();
}

} // namespace hs
