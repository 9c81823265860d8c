#pragma once

#include "subcommand.h"

// The run functions the table of subcommands points at.
namespace hs::cli {

int runInit(const Invocation &call);
int runSubmit(const Invocation &call);
int runRebuild(const Invocation &call);
int runMigrate(const Invocation &call);
int runGrant(const Invocation &call);

int runQuery(const Invocation &call, StoreReader &store);
int runEvents(const Invocation &call, StoreReader &store);
int runChain(const Invocation &call, StoreReader &store);
int runVerify(const Invocation &call, StoreReader &store);
int runHead(const Invocation &call, StoreReader &store);
int runWhatIf(const Invocation &call, StoreReader &store);
int runCatalog(const Invocation &call, StoreReader &store);
int runDocument(const Invocation &call, StoreReader &store);

} // namespace hs::cli
