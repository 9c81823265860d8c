#pragma once

#include "commands.h"
#include "decision.h"
#include "../receivables/application.h"
#include "../receivables/credit.h"
#include "../util/idhash.h"


// The customer account aggregate: its credit terms, payments received, shipments invoiced and
// invoices written off.
namespace hs::account {

struct Payment
{
    qint64 amountCents = 0;
    bool reversed = false;
};

struct State
{
    QString name;
    std::optional<qint64> creditLimitCents; // none: no limit
    int termsDays = fieldrules::standardTermsDays;
    bool onHold = false;
    IdHash<Payment> payments; // by reference
    IdSet invoicedShipments;
    // Invoices, payments, reversals and write-offs in order (position: their order on this
    // account), so that the write-off decider settles invoices as the receivables views do.
    std::vector<receivables::Entry> ledger;
    qint64 invoicedCents = 0;
    qint64 paidCents = 0; // net of reversals
    qint64 writtenOffCents = 0;
    qint64 activeShipmentCents = 0; // prices of its shipments submitted, assigned or out for delivery

    // Payments settle invoices before any credit is kept, so what is open is what is owed.
    qint64 openCents() const { return qMax<qint64>(0, invoicedCents - paidCents - writtenOffCents); }
    receivables::Credit credit() const { return {creditLimitCents, onHold, openCents(), activeShipmentCents}; }
};

// Books an invoice, payment, reversal or write-off (its position: the next on this account).
void post(State &a, receivables::Entry entry);

// Refused credit_hold or credit_limit when a shipment at `priceCents` may not be booked.
std::optional<Rejection> refusesCredit(const QString &accountId, const State &a, qint64 priceCents);

Decision decide(const State *a, const cmd::OpenAccount &c);
Decision decide(const State *a, const cmd::PostPayment &c);
Decision decide(const State *a, const cmd::ReversePayment &c);
// The invoice is due the account's terms after `issuedAt`.
Decision decide(const State *a, const cmd::InvoiceAccount &c, bool shipmentExists, qint64 issuedAt);
Decision decide(const State *a, const cmd::SetCreditLimit &c);
Decision decide(const State *a, const cmd::PlaceCreditHold &c);
Decision decide(const State *a, const cmd::ReleaseCreditHold &c);
Decision decide(const State *a, const cmd::WriteOffInvoice &c);

void evolve(std::optional<State> &a, const ev::AccountOpened &e);
void evolve(std::optional<State> &a, const ev::PaymentPosted &e);
void evolve(std::optional<State> &a, const ev::PaymentReversed &e);
void evolve(std::optional<State> &a, const ev::AccountInvoiced &e);
void evolve(std::optional<State> &a, const ev::CreditLimitSet &e);
void evolve(std::optional<State> &a, const ev::CreditHoldPlaced &e);
void evolve(std::optional<State> &a, const ev::CreditHoldReleased &e);
void evolve(std::optional<State> &a, const ev::InvoiceWrittenOff &e);

} // namespace hs::account
