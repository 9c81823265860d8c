#include "money.h"

#include <QLocale>
#include <limits>

namespace hs {

QLocale moneyLocale()
{
    // Without a language set (the C locale), write dollars the way the business does.
    const QLocale l;
    return l.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : l;
}

QString formatAmount(qint64 cents, const QLocale &locale)
{
    // Magnitude as unsigned so that the most negative qint64 has one too.
    const quint64 magnitude = cents < 0 ? 0 - quint64(cents) : quint64(cents);
    const QString whole = locale.toString(qulonglong(magnitude / 100));
    const QString fraction = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (cents < 0 ? locale.negativeSign() : QString()) + whole + locale.decimalPoint() + fraction;
}

QString formatMoney(qint64 cents)
{
    // The locale says where the symbol goes; the digits are put in exactly. A minus sign, never
    // the accountants' parentheses, so that "owes" and "credit" are said by words beside it.
    const QLocale l = moneyLocale();
    const QString one = l.toString(1.0, 'f', 2);
    QString shape = l.toCurrencyString(1.0, QStringLiteral("$"), 2);
    const QString amount = formatAmount(cents, l);
    if (cents >= 0)
        return shape.replace(one, amount);
    return l.negativeSign() + shape.replace(one, amount.mid(l.negativeSign().size()));
}

std::optional<qint64> parseMoney(const QString &text, const QLocale &locale)
{
    QString s = text;
    s.remove(QStringLiteral("$"));
    s.remove(locale.currencySymbol());
    s = s.simplified().remove(QLatin1Char(' ')).remove(QChar(0x00a0)).remove(QChar(0x202f));
    bool negative = false;
    if (s.startsWith(locale.negativeSign()) || s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s.remove(0, 1);
    } else if (s.startsWith(QLatin1Char('+'))) {
        s.remove(0, 1);
    }
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const qsizetype at = s.lastIndexOf(point);
    QString whole = at < 0 ? s : s.left(at);
    const QString fraction = at < 0 ? QString() : s.mid(at + point.size());
    if (!group.isEmpty())
        whole.remove(group);
    if ((whole.isEmpty() && fraction.isEmpty()) || fraction.size() > 2 || whole.size() > 16)
        return std::nullopt;
    qint64 cents = 0;
    for (const QChar c : whole + fraction.leftJustified(2, QLatin1Char('0'))) {
        if (!c.isDigit() || c.unicode() > 0x7f)
            return std::nullopt;
        cents = cents * 10 + (c.unicode() - '0');
    }
    return negative ? -cents : cents;
}

} // namespace hs
