#include "account.h"

#include <QLocale>

namespace hs::account {

namespace {
Decision notFound(const QString &id)
{
    return Decision::reject(RejectionCode::NotFound, refusal::accountMissing, {id});
}

// "$1,234.56": the rejection's English words; the dashboard shows its own figures beside them.
QString dollars(qint64 cents)
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    return QStringLiteral("$%1.%2").arg(us.toString(cents / 100)).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

std::optional<Rejection> refusesCredit(const QString &accountId, const State &a, qint64 priceCents)
{
    const receivables::Credit credit = a.credit();
    if (credit.onHold)
        return makeRejection(RejectionCode::CreditHold,
                             refusal::accountOnHold,
                             {accountId});
    if (const auto excess = credit.excessWith(priceCents))
        return makeRejection(RejectionCode::CreditLimit,
                             refusal::overCreditLimit,
                             {dollars(priceCents), accountId, dollars(credit.exposureCents() + priceCents),
                              dollars(*credit.limitCents), dollars(*excess)});
    return std::nullopt;
}

Decision decide(const State *a, const cmd::OpenAccount &c)
{
    if (a)
        return Decision::reject(RejectionCode::AlreadyExists, refusal::accountExists, {c.accountId});
    return Decision::accept(ev::AccountOpened{c.accountId, c.name, c.creditLimitCents, c.termsDays});
}

Decision decide(const State *a, const cmd::PostPayment &c)
{
    if (!a)
        return notFound(c.accountId);
    if (a->payments.contains(c.reference))
        return Decision::reject(RejectionCode::AlreadyExists,
                                refusal::paymentReferenceUsed, {c.reference, c.accountId});
    return Decision::accept(ev::PaymentPosted{c.accountId, c.amountCents, c.reference});
}

Decision decide(const State *a, const cmd::ReversePayment &c)
{
    if (!a)
        return notFound(c.accountId);
    const auto it = a->payments.constFind(c.reference);
    if (it == a->payments.constEnd())
        return Decision::reject(RejectionCode::NotFound,
                                refusal::paymentMissing, {c.accountId, c.reference});
    if (it->reversed)
        return Decision::reject(RejectionCode::IllegalTransition,
                                refusal::paymentReversed, {c.reference, c.accountId});
    return Decision::accept(ev::PaymentReversed{c.accountId, c.reference, it->amountCents, c.reason});
}

Decision decide(const State *a, const cmd::InvoiceAccount &c, bool shipmentExists, qint64 issuedAt)
{
    if (!a)
        return notFound(c.accountId);
    if (!shipmentExists)
        return Decision::reject(RejectionCode::NotFound, refusal::shipmentMissing, {c.shipmentId});
    if (a->invoicedShipments.contains(c.shipmentId))
        return Decision::reject(RejectionCode::AlreadyExists,
                                refusal::shipmentInvoiced, {c.shipmentId, c.accountId});
    constexpr qint64 msPerDay = 24LL * 60 * 60 * 1000;
    return Decision::accept(ev::AccountInvoiced{c.accountId, c.shipmentId, c.amountCents, issuedAt + a->termsDays * msPerDay});
}

Decision decide(const State *a, const cmd::SetCreditLimit &c)
{
    if (!a)
        return notFound(c.accountId);
    return Decision::accept(ev::CreditLimitSet{c.accountId, c.creditLimitCents, a->creditLimitCents});
}

Decision decide(const State *a, const cmd::PlaceCreditHold &c)
{
    if (!a)
        return notFound(c.accountId);
    if (a->onHold)
        return Decision::reject(RejectionCode::IllegalTransition,
                                refusal::accountAlreadyOnHold, {c.accountId});
    return Decision::accept(ev::CreditHoldPlaced{c.accountId, c.reason});
}

Decision decide(const State *a, const cmd::ReleaseCreditHold &c)
{
    if (!a)
        return notFound(c.accountId);
    if (!a->onHold)
        return Decision::reject(RejectionCode::IllegalTransition,
                                refusal::accountNotOnHold, {c.accountId});
    return Decision::accept(ev::CreditHoldReleased{c.accountId});
}

Decision decide(const State *a, const cmd::WriteOffInvoice &c)
{
    if (!a)
        return notFound(c.accountId);
    if (!a->invoicedShipments.contains(c.shipmentId))
        return Decision::reject(RejectionCode::NotFound,
                                refusal::shipmentNotInvoiced, {c.shipmentId, c.accountId});
    const receivables::Invoice *invoice = receivables::apply(a->ledger).invoice(c.shipmentId);
    if (!invoice || !invoice->isOpen())
        return Decision::reject(RejectionCode::IllegalTransition,
                                refusal::nothingToWriteOff,
                                {c.shipmentId, c.accountId});
    return Decision::accept(ev::InvoiceWrittenOff{c.accountId, c.shipmentId, invoice->openCents(), c.reason});
}

void evolve(std::optional<State> &a, const ev::AccountOpened &e)
{
    a = State{};
    a->name = e.name;
    a->creditLimitCents = e.creditLimitCents;
    a->termsDays = e.termsDays;
}

void post(State &a, receivables::Entry entry)
{
    using K = receivables::Entry::Kind;
    entry.position = qint64(a.ledger.size()) + 1;
    switch (entry.kind) {
    case K::Invoice:
        a.invoicedShipments.insert(entry.shipmentId);
        a.invoicedCents += entry.amountCents;
        break;
    case K::Payment:
        a.payments.insert(entry.reference, Payment{entry.amountCents, false});
        a.paidCents += entry.amountCents;
        break;
    case K::Reversal:
        a.payments[entry.reference].reversed = true;
        a.paidCents -= entry.amountCents;
        break;
    case K::WriteOff:
        a.writtenOffCents += entry.amountCents;
        break;
    }
    a.ledger.push_back(std::move(entry));
}

// Events for an account that does not exist change nothing (the decider never emits them).
void evolve(std::optional<State> &a, const ev::PaymentPosted &e)
{
    if (a)
        post(*a, {receivables::Entry::Kind::Payment, 0, 0, {}, e.reference, e.amountCents, 0});
}

void evolve(std::optional<State> &a, const ev::PaymentReversed &e)
{
    if (a)
        post(*a, {receivables::Entry::Kind::Reversal, 0, 0, {}, e.reference, e.amountCents, 0});
}

void evolve(std::optional<State> &a, const ev::AccountInvoiced &e)
{
    if (a)
        post(*a, {receivables::Entry::Kind::Invoice, 0, 0, e.shipmentId, {}, e.amountCents, e.dueAt});
}

void evolve(std::optional<State> &a, const ev::CreditLimitSet &e)
{
    if (a)
        a->creditLimitCents = e.creditLimitCents;
}

void evolve(std::optional<State> &a, const ev::CreditHoldPlaced &)
{
    if (a)
        a->onHold = true;
}

void evolve(std::optional<State> &a, const ev::CreditHoldReleased &)
{
    if (a)
        a->onHold = false;
}

void evolve(std::optional<State> &a, const ev::InvoiceWrittenOff &e)
{
    if (a)
        post(*a, {receivables::Entry::Kind::WriteOff, 0, 0, e.shipmentId, {}, e.amountCents, 0});
}

} // namespace hs::account
