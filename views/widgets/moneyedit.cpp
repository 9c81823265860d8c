#include "moneyedit.h"

#include "money.h"

#include <QEvent>
#include <QLineEdit>

namespace hs {

MoneyEdit::MoneyEdit(QWidget *parent) : QAbstractSpinBox(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    connect(lineEdit(), &QLineEdit::textEdited, this, &MoneyEdit::takeTypedText);
    connect(this, &QAbstractSpinBox::editingFinished, this, &MoneyEdit::showCents);
    showCents();
}

void MoneyEdit::setCents(qint64 cents)
{
    const qint64 bounded = std::clamp(cents, m_minimum, m_maximum);
    const bool changed = bounded != m_cents;
    m_cents = bounded;
    showCents();
    if (changed)
        Q_EMIT centsChanged(m_cents);
}

void MoneyEdit::setRange(qint64 minimumCents, qint64 maximumCents)
{
    m_minimum = minimumCents;
    m_maximum = std::max(minimumCents, maximumCents);
    setCents(m_cents);
}

QValidator::State MoneyEdit::validate(QString &input, int &) const
{
    const QLocale l = moneyLocale();
    if (const auto cents = parseMoney(input, l))
        return *cents >= m_minimum && *cents <= m_maximum ? QValidator::Acceptable : QValidator::Intermediate;
    // Half-typed: nothing yet, a lone sign or a trailing decimal point.
    QString rest = input;
    rest.remove(QStringLiteral("$")).remove(l.currencySymbol());
    rest = rest.trimmed();
    if (rest.isEmpty() || rest == l.negativeSign() || rest == QStringLiteral("-"))
        return QValidator::Intermediate;
    if (rest.endsWith(l.decimalPoint()) && parseMoney(rest.chopped(l.decimalPoint().size()), l))
        return QValidator::Intermediate;
    return QValidator::Invalid;
}

void MoneyEdit::fixup(QString &input) const { input = formatMoney(m_cents); }

void MoneyEdit::stepBy(int steps)
{
    setCents(m_cents + qint64(steps) * 100);
    selectAll();
}

QAbstractSpinBox::StepEnabled MoneyEdit::stepEnabled() const
{
    StepEnabled e = StepNone;
    if (isReadOnly())
        return e;
    if (m_cents < m_maximum)
        e |= StepUpEnabled;
    if (m_cents > m_minimum)
        e |= StepDownEnabled;
    return e;
}

void MoneyEdit::changeEvent(QEvent *event)
{
    // A new language writes the same cents in its own way.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        showCents();
    QAbstractSpinBox::changeEvent(event);
}

void MoneyEdit::focusOutEvent(QFocusEvent *event)
{
    QAbstractSpinBox::focusOutEvent(event);
    showCents();
}

void MoneyEdit::takeTypedText(const QString &text)
{
    const QLocale l = moneyLocale();
    QString bare = text;
    bare.remove(QStringLiteral("$")).remove(l.currencySymbol());
    // An emptied box means no amount, not the one typed before.
    const auto cents = bare.trimmed().isEmpty() ? std::optional<qint64>(0) : parseMoney(text, l);
    if (!cents || *cents < m_minimum || *cents > m_maximum || *cents == m_cents)
        return;
    m_cents = *cents;
    Q_EMIT centsChanged(m_cents);
}

void MoneyEdit::showCents()
{
    const QString text = formatMoney(m_cents);
    if (lineEdit()->text() != text)
        lineEdit()->setText(text);
}

} // namespace hs
