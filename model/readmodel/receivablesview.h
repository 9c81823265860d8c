#pragma once

#include "../receivables/aging.h"
#include "views.h"

// Receivables read from the ledger: the invoices of an account and how they are settled.
namespace hs {

receivables::Receivables receivablesOf(const std::vector<LedgerEntry> &ledger);

} // namespace hs
