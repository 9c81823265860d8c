#pragma once

#include "../readmodel/queries.h"
#include "../reducer/reducer.h"

#include <functional>

namespace hs {

// Ignore a wrong command (or event) and replay the rest: the user commands recorded after the
// first skipped one are re-run in their original order, through the same deciders and
// listeners, in a throw-away in-memory store. The live store is only read.
class WhatIf
{
public:
    struct OutcomeChange
    {
        QString commandId;
        QString type;
        QString live;   // accepted, rejected
        QString branch; // accepted, rejected
        QString code;   // the branch's rejection code, empty when it accepts
        QString message;
    };
    struct Difference
    {
        QString id;
        QByteArray live;   // the contract's view object, or "null"
        QByteArray branch;
    };
    struct LedgerDifference
    {
        QString accountId;
        std::vector<LedgerEntry> live;
        std::vector<LedgerEntry> branch;
    };
    struct Outcome
    {
        QStringList skipped;
        std::vector<OutcomeChange> outcomeChanges;
        std::vector<Difference> shipments;
        std::vector<Difference> trucks;
        std::vector<Difference> accounts;
        std::vector<LedgerDifference> ledgers;
        qint64 replayedCommands = 0;
        qint64 basePosition = 0;
        QString unknownId; // set when an id names nothing
        QString error;
    };
    // progress(done, total) is called now and then; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Outcome run(Reducer &live, const QStringList &ids, const Progress &progress);
    // The same from any connection to the live store, a read-only one included (the dashboard
    // runs branches on a thread of their own so that the panes' reads are never held up).
    static Outcome run(Database &liveDb, EventStore &liveEvents, const QStringList &ids, const Progress &progress);
};

QByteArray whatIfJson(const WhatIf::Outcome &o);

} // namespace hs
