// ReadModelQueries: Finance's accounts and their ledgers.
#include "queries.h"

#include "accountrows.h"
#include "rowcodec.h"

#include <QSqlError>

namespace hs {

std::optional<AccountView> ReadModelQueries::baseAccount(const QString &id, const AsOf *at)
{
    QSqlQuery q(m_db);
    if (at) {
        q.prepare(QStringLiteral("SELECT %2 FROM rm_accounts a WHERE %1")
                      .arg(rowcodec::validAt(QStringLiteral("rm_accounts"), QStringLiteral("a"), QStringLiteral("account_id"), QStringLiteral(":id")),
                           accountrow::columns));
        q.bindValue(QStringLiteral(":p"), at->position);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM rm_accounts WHERE account_id = :id AND valid_to IS NULL").arg(accountrow::columns));
    }
    q.bindValue(QStringLiteral(":id"), id);
    if (q.exec() && q.next())
        return accountrow::read(q);
    return std::nullopt;
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
    std::vector<AccountView> out;
    QSqlQuery q(m_db);
    streamRows(q);
    if (at) {
        q.prepare(QStringLiteral("SELECT %2 FROM rm_accounts live "
                                 "JOIN rm_accounts a ON %1 WHERE live.valid_to IS NULL ORDER BY live.account_id")
                      .arg(rowcodec::validAt(QStringLiteral("rm_accounts"), QStringLiteral("a"), QStringLiteral("account_id"), QStringLiteral("live.account_id")),
                           rowcodec::qualified(accountrow::columns, QStringLiteral("a"))));
        q.bindValue(QStringLiteral(":p"), at->position);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM rm_accounts WHERE valid_to IS NULL ORDER BY account_id").arg(accountrow::columns));
    }
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.push_back(accountrow::read(q));
    if (at && at->hasLate)
        rowcodec::mergeLate(out, at->late.accounts, [](const AccountView &a) { return a.accountId; });
    return out;
}

std::vector<LedgerEntry> ReadModelQueries::ledger(const QString &accountId, const AsOf *at)
{
    std::vector<LedgerEntry> out;
    QSqlQuery q(m_db);
    streamRows(q);
    q.prepare(QStringLiteral("SELECT %1 FROM rm_ledger WHERE account_id = ? AND position <= ? ORDER BY position")
                  .arg(accountrow::ledgerColumns));
    q.addBindValue(accountId);
    q.addBindValue(at ? at->position : LLONG_MAX);
    if (q.exec())
        while (q.next())
            out.push_back(accountrow::readLedger(q));
    if (at && at->hasLate)
        rowcodec::mergeLateEntries(out, at->late.ledgers, accountId);
    return out;
}

} // namespace hs
