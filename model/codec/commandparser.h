#pragma once

#include "../domain/commands.h"
#include "../domain/rejection.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace hs {

// One line of input, read into a command or into the reason it cannot be one.
struct ParsedCommand
{
    std::optional<QString> commandId; // known as soon as it is usable, even if the rest is not
    std::optional<CommandEnvelope> envelope;
    QByteArray data; // the envelope's data object exactly as the line gave it: what the log keeps
    std::optional<Rejection> rejection; // invalid or unknown_command
    // What the command log keeps of a command that could not be read.
    QString type;
    std::optional<qint64> issuedAt;
    std::optional<Actor> actor;
};

inline constexpr qsizetype maxCommandLineBytes = 64 * 1024;

ParsedCommand parseCommandLine(const QByteArray &line);
// The command's data object as JSON, so that the log can replay it (what-if).
QByteArray encodeCommandData(const Command &c);
// A whole command line, as `haulctl submit` reads it.
QByteArray encodeCommandLine(const CommandEnvelope &c);
ParsedCommand parseCommandObject(const QJsonObject &object);
// A command built in code (the dashboard, the demo, tests), as if it had been read.
ParsedCommand parsedFrom(CommandEnvelope command);

// Field checks shared with the dashboard's form (the limits are in domain/messagerules.h).
namespace fieldrules {
bool isId(QStringView s);
bool isState(QStringView s);
bool isZip(QStringView s);
} // namespace fieldrules

} // namespace hs
