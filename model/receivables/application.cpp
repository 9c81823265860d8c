#include "application.h"

#include <QSet>
#include <algorithm>

namespace hs::receivables {

namespace {

// Pays from `cents` into the open invoices by due date; returns what is left over.
qint64 settle(std::vector<Invoice> &invoices, qint64 cents)
{
    std::vector<Invoice *> open;
    for (Invoice &i : invoices)
        if (i.isOpen())
            open.push_back(&i);
    std::sort(open.begin(), open.end(), [](const Invoice *a, const Invoice *b) {
        return a->dueAt != b->dueAt ? a->dueAt < b->dueAt : a->position < b->position;
    });
    for (Invoice *i : open) {
        if (cents == 0)
            break;
        const qint64 paid = std::min(cents, i->openCents());
        i->paidCents += paid;
        cents -= paid;
    }
    return cents;
}

} // namespace

qint64 Receivables::openCents() const
{
    qint64 n = 0;
    for (const Invoice &i : invoices)
        n += i.openCents();
    return n;
}

const Invoice *Receivables::invoice(const QString &shipmentId) const
{
    for (const Invoice &i : invoices)
        if (i.shipmentId == shipmentId)
            return &i;
    return nullptr;
}

Receivables apply(const std::vector<Entry> &entries)
{
    QSet<QString> reversed;
    for (const Entry &e : entries)
        if (e.kind == Entry::Kind::Reversal)
            reversed.insert(e.reference);
    Receivables r;
    for (const Entry &e : entries) {
        switch (e.kind) {
        case Entry::Kind::Invoice:
            r.invoices.push_back(Invoice{e.shipmentId, e.position, e.occurredAt, e.dueAt, e.amountCents, 0, 0});
            r.creditCents = settle(r.invoices, r.creditCents);
            break;
        case Entry::Kind::Payment:
            if (!reversed.contains(e.reference))
                r.creditCents += settle(r.invoices, e.amountCents);
            break;
        case Entry::Kind::Reversal:
            break; // its payment was left out above: as if never posted
        case Entry::Kind::WriteOff:
            for (Invoice &i : r.invoices)
                if (i.shipmentId == e.shipmentId)
                    i.writtenOffCents += e.amountCents;
            break;
        }
    }
    return r;
}

} // namespace hs::receivables
