#include "money.h"

#include <QLocale>

namespace hs {

QLocale moneyLocale()
{
    // Without a language set (the C locale), write dollars the way the business does.
    const QLocale l;
    return l.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : l;
}

QString formatMoney(qint64 cents)
{
    return moneyLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("$"), 2);
}

} // namespace hs
