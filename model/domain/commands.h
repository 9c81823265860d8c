#pragma once

#include "messages.h"

#include <QString>
#include <variant>

namespace hs {

QString commandTypeName(const Command &c);
bool isCommandType(QStringView name);
QStringList commandTypeNames();

// The department allowed to issue a command type (System for listener-only commands).
Department departmentFor(const Command &c);
Department departmentForType(QStringView type);

// The entity a command is addressed to, for the high-water mark: "shipment:S-1", "rule:R-1".
QString targetEntity(const Command &c);

// A command with its envelope, as the reducer receives it.
struct CommandEnvelope
{
    QString commandId;
    qint64 issuedAt = 0;
    Actor actor;
    Command command;
    // Set for listener commands: the triggering event and its correlation.
    QString causationId;
    QString correlationId;
};

} // namespace hs
