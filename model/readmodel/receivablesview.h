#pragma once

#include "../receivables/aging.h"
#include "views.h"

// Receivables read from the ledger: the invoices of an account and how they are settled.
namespace hs {

// Days an invoice is due after it is issued when the account's terms are not recorded.
inline constexpr int standardTermsDays = 30;

receivables::Receivables receivablesOf(const std::vector<LedgerEntry> &ledger);

} // namespace hs
