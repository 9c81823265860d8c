#pragma once

#include "../store/database.h"
#include "views.h"

// How the account views are stored (rm_accounts, one row per version; rm_ledger, one row
// per entry): the one codec that the read-model writer and the queries share.
namespace hs::accountrow {

// The view's columns, in read()'s order, unqualified.
extern const QString columns;
constexpr int columnCount = 9;
AccountView read(const SqlRow &q);
QString insert(const QString &prefix);
void bind(SqlStatement &q, const AccountView &a, qint64 from, std::optional<qint64> to);

extern const QString ledgerColumns;
LedgerEntry readLedger(const SqlRow &q);
QString insertLedger(const QString &prefix);
void bindLedger(SqlStatement &q, const LedgerEntry &l);

} // namespace hs::accountrow
