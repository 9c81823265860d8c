#pragma once

#include "../domain/events.h"
#include "../domain/rejection.h"

#include <QByteArray>
#include <optional>
#include <vector>

namespace hs {

// The outcome of one submitted command, as `haulctl submit` prints it.
struct CommandResult
{
    std::optional<QString> commandId;
    bool accepted = false;
    bool duplicate = false;
    std::optional<Rejection> rejection;
    std::vector<RecordedEvent> events; // the command's and its listeners', in position order
};

QByteArray resultJson(const CommandResult &r);
QByteArray eventJson(const RecordedEvent &e);

} // namespace hs
