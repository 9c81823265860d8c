#pragma once

#include <QString>

namespace hs {

// Ordered by precedence: when several apply, the lowest wins.
enum class RejectionCode {
    Invalid,
    UnknownCommand,
    Forbidden,
    Stale,
    NotFound,
    AlreadyExists,
    IllegalTransition,
    TruckUnavailable,
    OverCapacity,
};

QString rejectionCodeName(RejectionCode c); // "illegal_transition"

struct Rejection
{
    RejectionCode code = RejectionCode::Invalid;
    QString message; // in words a clerk understands
    QString field;   // the offending path for `invalid`, else empty
};

} // namespace hs
