#pragma once

#include <QAbstractSpinBox>

namespace hs {

// An amount of money typed in the user's language ("1.234,56 $" in German, "$1,234.56" in
// English) and held as integer cents, never as a double. Up and down step by one dollar.
class MoneyEdit : public QAbstractSpinBox
{
    Q_OBJECT
public:
    explicit MoneyEdit(QWidget *parent = nullptr);

    qint64 cents() const { return m_cents; }
    void setCents(qint64 cents);
    void setRange(qint64 minimumCents, qint64 maximumCents);
    qint64 minimumCents() const { return m_minimum; }
    qint64 maximumCents() const { return m_maximum; }

    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    void stepBy(int steps) override;

Q_SIGNALS:
    // Also while typing, as soon as the text is an amount in range.
    void centsChanged(qint64 cents);

protected:
    StepEnabled stepEnabled() const override;
    void changeEvent(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void takeTypedText(const QString &text);
    void showCents();

    qint64 m_cents = 0;
    qint64 m_minimum = 0;
    qint64 m_maximum = 100'000'000'000; // a billion dollars
};

} // namespace hs
