#include "accountrows.h"

#include "rowcodec.h"

namespace hs::accountrow {

using rowcodec::bindRow;
using rowcodec::OrNull;
using rowcodec::optionalInteger;

const QString columns = QStringLiteral(
    "account_id, name, invoiced_cents, paid_cents, written_off_cents, credit_limit_cents, terms_days, on_hold, active_cents");

AccountView read(const SqlRow &q)
{
    AccountView a;
    a.accountId = q.value(0).toString();
    a.name = q.value(1).toString();
    a.invoicedCents = q.value(2).toLongLong();
    a.paidCents = q.value(3).toLongLong();
    a.writtenOffCents = q.value(4).toLongLong();
    a.creditLimitCents = optionalInteger(q.value(5));
    a.termsDays = q.value(6).toInt();
    a.onHold = q.value(7).toInt() != 0;
    a.activeShipmentCents = q.value(8).toLongLong();
    return a;
}

QString insert(const QString &prefix)
{
    return rowcodec::insertInto(prefix + QStringLiteral("rm_accounts"), columns + QStringLiteral(", valid_from, valid_to"));
}

void bind(SqlStatement &q, const AccountView &a, qint64 from, std::optional<qint64> to)
{
    bindRow(q, a.accountId, a.name, a.invoicedCents, a.paidCents, a.writtenOffCents, a.creditLimitCents, a.termsDays,
            a.onHold ? 1 : 0, a.activeShipmentCents, from, to);
}

const QString ledgerColumns = QStringLiteral(
    "position, account_id, occurred_at, kind, shipment_id, reference, amount_cents, balance_cents, due_at");

LedgerEntry readLedger(const SqlRow &q)
{
    return LedgerEntry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toLongLong(),
                       optionalInteger(q.value(8))};
}

QString insertLedger(const QString &prefix)
{
    return rowcodec::insertInto(prefix + QStringLiteral("rm_ledger"), ledgerColumns);
}

void bindLedger(SqlStatement &q, const LedgerEntry &l)
{
    bindRow(q, l.position, l.accountId, l.occurredAt, l.kind, OrNull{l.shipmentId}, OrNull{l.reference}, l.amountCents,
            l.balanceCents, l.dueAt);
}

} // namespace hs::accountrow
