#pragma once

#include "commands.h"
#include "decision.h"

#include <QHash>
#include <QSet>

// The customer account aggregate: payments received and shipments invoiced.
namespace hs::account {

struct Payment
{
    qint64 amountCents = 0;
    bool reversed = false;
};

struct State
{
    QString name;
    QHash<QString, Payment> payments; // by reference
    QSet<QString> invoicedShipments;
};

Decision decide(const State *a, const cmd::OpenAccount &c);
Decision decide(const State *a, const cmd::PostPayment &c);
Decision decide(const State *a, const cmd::ReversePayment &c);
Decision decide(const State *a, const cmd::InvoiceAccount &c, bool shipmentExists);

void evolve(std::optional<State> &a, const ev::AccountOpened &e);
void evolve(std::optional<State> &a, const ev::PaymentPosted &e);
void evolve(std::optional<State> &a, const ev::PaymentReversed &e);
void evolve(std::optional<State> &a, const ev::AccountInvoiced &e);

} // namespace hs::account
