#pragma once

#include <QString>
#include <vector>

// Receivables: how an account's payments, reversals and write-offs settle its invoices.
// Derived from the ledger, never stored as events of its own. Pure.
namespace hs::receivables {

// One line of an account's ledger, as the application reads it. Amounts are magnitudes.
struct Entry
{
    enum class Kind { Invoice, Payment, Reversal, WriteOff };
    Kind kind = Kind::Invoice;
    qint64 position = 0;
    qint64 occurredAt = 0;
    QString shipmentId; // invoice, write-off
    QString reference;  // payment, reversal
    qint64 amountCents = 0;
    qint64 dueAt = 0; // invoice
};

struct Invoice
{
    QString shipmentId;
    qint64 position = 0;
    qint64 invoicedAt = 0;
    qint64 dueAt = 0;
    qint64 amountCents = 0;
    qint64 paidCents = 0;
    qint64 writtenOffCents = 0;
    qint64 openCents() const { return qMax<qint64>(0, amountCents - paidCents - writtenOffCents); }
    bool isOpen() const { return openCents() > 0; }
};

struct Receivables
{
    std::vector<Invoice> invoices; // in position order
    qint64 creditCents = 0;        // paid beyond every open invoice, waiting for later ones
    qint64 openCents() const;
    const Invoice *invoice(const QString &shipmentId) const;
};

// Applies payments to the open invoices oldest dueAt first (ties: lower position first); a
// payment reversed anywhere in `entries` counts as never posted; what is left over is a credit
// on account that later invoices draw on. Entries must be in position order.
Receivables apply(const std::vector<Entry> &entries);

} // namespace hs::receivables
