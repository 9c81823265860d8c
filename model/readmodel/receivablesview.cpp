#include "receivablesview.h"

namespace hs {

namespace {
constexpr qint64 msPerDay = 24LL * 60 * 60 * 1000;

receivables::Entry::Kind kindOf(const QString &kind)
{
    using K = receivables::Entry::Kind;
    if (kind == u"invoice")
        return K::Invoice;
    if (kind == u"payment")
        return K::Payment;
    if (kind == u"reversal")
        return K::Reversal;
    return K::WriteOff;
}
} // namespace

receivables::Receivables receivablesOf(const std::vector<LedgerEntry> &ledger)
{
    std::vector<receivables::Entry> entries;
    entries.reserve(ledger.size());
    for (const LedgerEntry &l : ledger) {
        const qint64 dueAt = l.dueAt ? *l.dueAt : l.occurredAt + fieldrules::standardTermsDays * msPerDay;
        entries.push_back(receivables::Entry{kindOf(l.kind), l.position, l.occurredAt, l.shipmentId, l.reference,
                                             l.amountCents < 0 ? -l.amountCents : l.amountCents, dueAt});
    }
    return receivables::apply(entries);
}

} // namespace hs
