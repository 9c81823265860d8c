#pragma once

#include <QString>
#include <optional>

namespace hs {

// Instants are kept as milliseconds since the Unix epoch, UTC; text is ISO 8601.
namespace isotime {

// Parses ISO 8601 with a zone ("Z" or an offset); fractions beyond milliseconds are truncated.
// Returns nothing for text without a zone or that is not a valid date-time.
std::optional<qint64> parse(QStringView text);

// "2026-01-05T10:15:00.000Z"
QString format(qint64 msecsSinceEpoch);
void appendTo(QByteArray &out, qint64 msecsSinceEpoch);

qint64 nowMs();

} // namespace isotime
} // namespace hs
