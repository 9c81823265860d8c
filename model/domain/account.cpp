#include "account.h"

namespace hs::account {

namespace {
Decision notFound(const QString &id)
{
    return Decision::reject(RejectionCode::NotFound, QT_TRANSLATE_NOOP("hs::Rejection", "Account %1 does not exist."), {id});
}
} // namespace

Decision decide(const State *a, const cmd::OpenAccount &c)
{
    if (a)
        return Decision::reject(RejectionCode::AlreadyExists, QT_TRANSLATE_NOOP("hs::Rejection", "Account %1 already exists."), {c.accountId});
    return Decision::accept(ev::AccountOpened{c.accountId, c.name});
}

Decision decide(const State *a, const cmd::PostPayment &c)
{
    if (!a)
        return notFound(c.accountId);
    if (a->payments.contains(c.reference))
        return Decision::reject(RejectionCode::AlreadyExists,
                                QT_TRANSLATE_NOOP("hs::Rejection", "Payment reference %1 was already used on account %2."), {c.reference, c.accountId});
    return Decision::accept(ev::PaymentPosted{c.accountId, c.amountCents, c.reference});
}

Decision decide(const State *a, const cmd::ReversePayment &c)
{
    if (!a)
        return notFound(c.accountId);
    const auto it = a->payments.constFind(c.reference);
    if (it == a->payments.constEnd())
        return Decision::reject(RejectionCode::NotFound,
                                QT_TRANSLATE_NOOP("hs::Rejection", "Account %1 has no payment with reference %2."), {c.accountId, c.reference});
    if (it->reversed)
        return Decision::reject(RejectionCode::IllegalTransition,
                                QT_TRANSLATE_NOOP("hs::Rejection", "Payment %1 on account %2 is already reversed."), {c.reference, c.accountId});
    return Decision::accept(ev::PaymentReversed{c.accountId, c.reference, it->amountCents, c.reason});
}

Decision decide(const State *a, const cmd::InvoiceAccount &c, bool shipmentExists)
{
    if (!a)
        return notFound(c.accountId);
    if (!shipmentExists)
        return Decision::reject(RejectionCode::NotFound, QT_TRANSLATE_NOOP("hs::Rejection", "Shipment %1 does not exist."), {c.shipmentId});
    if (a->invoicedShipments.contains(c.shipmentId))
        return Decision::reject(RejectionCode::AlreadyExists,
                                QT_TRANSLATE_NOOP("hs::Rejection", "Shipment %1 is already invoiced to account %2."), {c.shipmentId, c.accountId});
    return Decision::accept(ev::AccountInvoiced{c.accountId, c.shipmentId, c.amountCents});
}

void evolve(std::optional<State> &a, const ev::AccountOpened &e) { a = State{e.name, {}, {}}; }
// Events for an account that does not exist change nothing (the decider never emits them).
void evolve(std::optional<State> &a, const ev::PaymentPosted &e)
{
    if (a)
        a->payments.insert(e.reference, Payment{e.amountCents, false});
}
void evolve(std::optional<State> &a, const ev::PaymentReversed &e)
{
    if (a)
        a->payments[e.reference].reversed = true;
}
void evolve(std::optional<State> &a, const ev::AccountInvoiced &e)
{
    if (a)
        a->invoicedShipments.insert(e.shipmentId);
}

} // namespace hs::account
