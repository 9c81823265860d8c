#include "views.h"

#include "../domain/shipment.h"

namespace hs {

namespace {

// Builds the changes of one event; one member per kind of row it may change.
struct Projection
{
    const RecordedEvent &e;
    const ViewLookup &current;
    ViewChanges c;

    // The trucks an event names follow it where the truck aggregate says how.
    template <typename E> void touchTrucks(const E &x)
    {
        if constexpr (requires(truck::State t) { truck::evolve(t, QString(), x); }) {
            for (const QString &id : idsNaming(x, Entity::Truck)) {
                auto t = current.truck(id);
                if (!t)
                    continue;
                const truck::State before = t->truck;
                truck::evolve(t->truck, id, x);
                if (t->truck.shipmentId != before.shipmentId || t->truck.outForDelivery != before.outForDelivery
                    || t->truck.inService != before.inService)
                    c.trucks.push_back(*t);
            }
        }
    }

    // The prices of an account's shipments on the books count toward its exposure.
    void bookShipment(const QString &accountId, qint64 cents)
    {
        if (auto a = c.account ? c.account : current.account(accountId)) {
            a->activeShipmentCents += cents;
            c.account = std::move(a);
        }
    }

    // The shipment's row follows the shipment aggregate's own evolve.
    template <typename E> void changeShipment(const E &x)
    {
        auto s = current.shipment(x.shipmentId);
        if (!s)
            return;
        c.statusBefore = s->status;
        std::optional<shipment::State> st = shipment::State{s->accountId, s->status, s->truckId, s->weightLb, s->priceCents};
        shipment::evolve(st, x);
        s->status = st->status;
        s->truckId = st->truckId;
        s->version = e.version;
        if (shipment::isOnTheBooks(*c.statusBefore) && !shipment::isOnTheBooks(s->status))
            bookShipment(s->accountId, -s->priceCents);
        c.shipment = std::move(*s);
        c.history = HistoryEntry{e.position, x.shipmentId, e.type(), e.occurredAt, e.actor};
    }

    void changeAccount(const QString &id, const QString &kind, const QString &shipmentId,
                       const QString &reference, qint64 signedAmount, std::optional<qint64> dueAt = std::nullopt)
    {
        auto a = current.account(id);
        if (!a)
            return;
        if (kind == u"invoice") {
            a->invoicedCents -= signedAmount;
        } else if (kind == u"writeoff") {
            a->writtenOffCents += signedAmount;
        } else {
            a->paidCents += signedAmount;
        }
        c.ledger = LedgerEntry{e.position, id, e.occurredAt, kind, shipmentId, reference,
                               signedAmount, a->balanceCents(), dueAt};
        c.account = std::move(*a);
    }

    // Credit terms, limits and holds change the account's row, not its ledger.
    template <typename F> void changeTerms(const QString &id, F change)
    {
        if (auto a = current.account(id)) {
            change(*a);
            c.account = std::move(*a);
        }
    }

    void operator()(const ev::AccountOpened &x)
    {
        c.account = AccountView{};
        c.account->accountId = x.accountId;
        c.account->name = x.name;
        c.account->creditLimitCents = x.creditLimitCents;
        c.account->termsDays = x.termsDays;
    }
    void operator()(const ev::CreditLimitSet &x)
    {
        changeTerms(x.accountId, [&](AccountView &a) { a.creditLimitCents = x.creditLimitCents; });
    }
    void operator()(const ev::CreditHoldPlaced &x)
    {
        changeTerms(x.accountId, [](AccountView &a) { a.onHold = true; });
    }
    void operator()(const ev::CreditHoldReleased &x)
    {
        changeTerms(x.accountId, [](AccountView &a) { a.onHold = false; });
    }
    void operator()(const ev::InvoiceWrittenOff &x)
    {
        changeAccount(x.accountId, QStringLiteral("writeoff"), x.shipmentId, {}, x.amountCents);
    }
    void operator()(const ev::TruckRegistered &x)
    {
        c.trucks.push_back(TruckView{x.truckId, truck::State{x.capacityLb, true, {}, false}, std::nullopt});
    }
    void operator()(const ev::ShipmentSubmitted &x)
    {
        c.shipment = ShipmentView{x.shipmentId, x.accountId, ShipmentStatus::Submitted, {}, x.weightLb, x.priceCents,
                                  x.pickup, x.destination, e.version, e.position, e.occurredAt, x.customerReference.value_or(QString()),
                                  x.pickupBy, x.deliverBy};
        c.shipmentCreated = true;
        bookShipment(x.accountId, x.priceCents);
        c.history = HistoryEntry{e.position, x.shipmentId, e.type(), e.occurredAt, e.actor};
    }
    template <ShipmentMessage E> void operator()(const E &x)
    {
        changeShipment(x);
        touchTrucks(x);
    }
    void operator()(const ev::CheckCallRecorded &x)
    {
        changeShipment(x);
        c.checkCall = CheckCall{e.position, x.shipmentId, x.truckId, e.occurredAt, x.location, x.note, x.eta, e.actor};
    }
    template <TruckMessage E> void operator()(const E &x)
    {
        touchTrucks(x);
        for (TruckView &t : c.trucks)
            t.outOfServiceSince = t.truck.inService ? std::nullopt : std::optional(e.occurredAt);
    }
    void operator()(const ev::PaymentPosted &x)
    {
        changeAccount(x.accountId, QStringLiteral("payment"), {}, x.reference, x.amountCents);
    }
    void operator()(const ev::PaymentReversed &x)
    {
        changeAccount(x.accountId, QStringLiteral("reversal"), {}, x.reference, -x.amountCents);
    }
    void operator()(const ev::AccountInvoiced &x)
    {
        changeAccount(x.accountId, QStringLiteral("invoice"), x.shipmentId, {}, -x.amountCents, x.dueAt);
    }
    // The pricing schedule has no department view of its own.
    void operator()(const ev::PricingRuleScheduled &) {}
};

} // namespace

ViewChanges project(const RecordedEvent &e, const ViewLookup &current)
{
    Projection p{e, current, {}};
    std::visit(p, e.event);
    return std::move(p.c);
}

void ViewSet::applyChanges(const ViewChanges &c)
{
    if (c.shipment) {
        if (c.statusBefore)
            --counts[static_cast<int>(*c.statusBefore)];
        ++counts[static_cast<int>(c.shipment->status)];
        shipments[c.shipment->shipmentId] = *c.shipment;
    }
    for (const TruckView &t : c.trucks)
        trucks[t.truckId] = t;
    if (c.account)
        accounts[c.account->accountId] = *c.account;
    if (c.ledger)
        ledgers[c.ledger->accountId].push_back(*c.ledger);
    if (c.history)
        histories[c.history->shipmentId].push_back(*c.history);
    if (c.checkCall)
        checkCalls[c.checkCall->shipmentId].push_back(*c.checkCall);
}

ViewLookup ViewSet::lookup() const
{
    return ViewLookup{
        [this](const QString &id) -> std::optional<ShipmentView> {
            auto it = shipments.find(id);
            return it == shipments.end() ? std::nullopt : std::optional(it->second);
        },
        [this](const QString &id) -> std::optional<TruckView> {
            auto it = trucks.find(id);
            return it == trucks.end() ? std::nullopt : std::optional(it->second);
        },
        [this](const QString &id) -> std::optional<AccountView> {
            auto it = accounts.find(id);
            return it == accounts.end() ? std::nullopt : std::optional(it->second);
        },
    };
}

void ViewSet::apply(const RecordedEvent &e) { applyChanges(project(e, lookup())); }

} // namespace hs
