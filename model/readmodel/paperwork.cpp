#include "paperwork.h"

namespace hs {

std::optional<ShipmentPaper> shipmentPaper(ReadModelQueries &q, const QString &shipmentId, const AsOf *at)
{
    const auto s = q.shipment(shipmentId, at);
    if (!s)
        return std::nullopt;
    ShipmentPaper paper{*s, q.account(s->accountId, at).value_or(AccountView{})};
    paper.account.accountId = s->accountId;
    return paper;
}

std::optional<InvoicePaper> invoicePaper(ReadModelQueries &q, const QString &shipmentId, const AsOf *at)
{
    const auto paper = shipmentPaper(q, shipmentId, at);
    if (!paper)
        return std::nullopt;
    const auto r = receivablesOf(q.ledger(paper->account.accountId, at));
    const receivables::Invoice *invoice = r.invoice(shipmentId);
    if (!invoice)
        return std::nullopt;
    return InvoicePaper{paper->shipment, paper->account, *invoice};
}

std::optional<StatementPaper> statementPaper(ReadModelQueries &q, const QString &accountId, const AsOf *at, qint64 moment)
{
    const auto account = q.account(accountId, at);
    if (!account)
        return std::nullopt;
    StatementPaper p{*account, {}, q.ledger(accountId, at), moment};
    p.receivables = receivablesOf(p.ledger);
    return p;
}

} // namespace hs
