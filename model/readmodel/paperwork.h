#pragma once

#include "queries.h"
#include "receivablesview.h"

// What each business document shows, gathered from the read models (as of a moment or live).
namespace hs {

struct ShipmentPaper // bill of lading, rate confirmation
{
    ShipmentView shipment;
    AccountView account;
};

struct InvoicePaper
{
    ShipmentView shipment;
    AccountView account;
    receivables::Invoice invoice;
};

struct StatementPaper
{
    AccountView account;
    receivables::Receivables receivables;
    std::vector<LedgerEntry> ledger;
    qint64 moment = 0; // the statement date: aging is counted to it
};

std::optional<ShipmentPaper> shipmentPaper(ReadModelQueries &q, const QString &shipmentId, const AsOf *at);
// Only a delivered shipment has an invoice.
std::optional<InvoicePaper> invoicePaper(ReadModelQueries &q, const QString &shipmentId, const AsOf *at);
std::optional<StatementPaper> statementPaper(ReadModelQueries &q, const QString &accountId, const AsOf *at, qint64 moment);

} // namespace hs
