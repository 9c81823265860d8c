#include "money.h"

#include <QLocale>

namespace hs {

QString formatMoney(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("$"), 2);
}

} // namespace hs
