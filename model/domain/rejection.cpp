#include "rejection.h"

namespace hs {

QString rejectionCodeName(RejectionCode c)
{
    switch (c) {
    case RejectionCode::Invalid: return QStringLiteral("invalid");
    case RejectionCode::UnknownCommand: return QStringLiteral("unknown_command");
    case RejectionCode::Forbidden: return QStringLiteral("forbidden");
    case RejectionCode::Stale: return QStringLiteral("stale");
    case RejectionCode::NotFound: return QStringLiteral("not_found");
    case RejectionCode::AlreadyExists: return QStringLiteral("already_exists");
    case RejectionCode::IllegalTransition: return QStringLiteral("illegal_transition");
    case RejectionCode::TruckUnavailable: return QStringLiteral("truck_unavailable");
    case RejectionCode::OverCapacity: return QStringLiteral("over_capacity");
    }
    return {};
}

} // namespace hs
