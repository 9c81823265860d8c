#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace hs {

// Cents as dollars in the user's locale: $1,234.56, 1.234,56 $ (the business bills in US dollars).
// Exact for every qint64: the digits come from the integer, never through a double.
QString formatMoney(qint64 cents);
// The amount alone, without the currency sign: 1,234.56 or 1.234,56.
QString formatAmount(qint64 cents, const QLocale &locale);
QLocale moneyLocale();

// Reads an amount typed in the locale's way ("1.234,56", "1234,5", "$1,234.56", "-12") into
// cents; nothing when the text is not an amount or has more than two decimals.
std::optional<qint64> parseMoney(const QString &text, const QLocale &locale);

} // namespace hs
