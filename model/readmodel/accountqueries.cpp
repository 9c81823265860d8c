// ReadModelQueries: Finance's accounts and their ledgers.
#include "queries.h"

#include "accountrows.h"
#include "versionedreads.h"

namespace hs {

namespace {

// Built when asked: the codec's columns are globals of another file, not ready at load time.
versioned::Table accountsTable() { return {QStringLiteral("rm_accounts"), QStringLiteral("account_id"), accountrow::columns}; }
versioned::Table ledgerTable() { return {QStringLiteral("rm_ledger"), QStringLiteral("account_id"), accountrow::ledgerColumns}; }

} // namespace

std::optional<AccountView> ReadModelQueries::baseAccount(const QString &id, const AsOf *at)
{
    return versioned::rowOf(m_db, accountsTable(), id, at, &accountrow::read);
}

std::optional<AccountView> ReadModelQueries::account(const QString &id, const AsOf *at)
{
    if (at && at->hasLate)
        if (auto it = at->late.accounts.find(id); it != at->late.accounts.end())
            return it->second;
    return baseAccount(id, at);
}

std::vector<AccountView> ReadModelQueries::accounts(const AsOf *at)
{
    return versioned::rowsOf(m_db, accountsTable(), at, &accountrow::read, &ViewSet::accounts,
                             [](const AccountView &a) { return a.accountId; }, &m_error);
}

std::vector<LedgerEntry> ReadModelQueries::ledger(const QString &accountId, const AsOf *at)
{
    return versioned::entriesOf(m_db, ledgerTable(), accountId, at, &accountrow::readLedger, &ViewSet::ledgers);
}

} // namespace hs
