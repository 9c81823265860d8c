#pragma once

#include "events.h"
#include "rejection.h"

#include <optional>
#include <vector>

namespace hs {

// What a decider returns: the events to record, or why not.
struct Decision
{
    std::vector<Event> events;
    std::optional<Rejection> rejection;

    bool accepted() const { return !rejection.has_value(); }
    static Decision accept(Event e) { Decision d; d.events.push_back(std::move(e)); return d; }
    static Decision reject(RejectionCode code, const char *reason, const QStringList &args = {})
    {
        Decision d;
        d.rejection = makeRejection(code, reason, args);
        return d;
    }
    static Decision reject(Rejection r)
    {
        Decision d;
        d.rejection = std::move(r);
        return d;
    }
};

} // namespace hs
