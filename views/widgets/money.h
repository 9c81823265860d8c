#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace hs {

// Cents as dollars in the user's locale: $1,234.56 (the business bills in US dollars).
QString formatMoney(qint64 cents);
QLocale moneyLocale();

} // namespace hs
