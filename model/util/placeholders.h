#pragma once

#include <QString>
#include <QStringList>

namespace hs {

// Fills %1…%99 of a message with args in one pass, so that an argument holding "%2" (a path, a
// reason someone typed) is never filled in again, as chained QString::arg() calls would.
QString fillPlaceholders(const QString &text, const QStringList &args);

} // namespace hs
