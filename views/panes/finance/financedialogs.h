#pragma once

#include "domain/commands.h"
#include "domain/pricing.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hs {

class MoneyEdit;

// Asks for a new account's number and name.
class OpenAccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenAccountDialog(QWidget *parent = nullptr);
    cmd::OpenAccount command() const;

private:
    void validate();
    QLineEdit *m_id;
    QLineEdit *m_name;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

// Asks for a pricing rule: its id, when it takes effect, cents per pound and the minimum.
class PricingRuleDialog : public QDialog
{
    Q_OBJECT
public:
    // Starts from the rule in force: its rate and minimum.
    explicit PricingRuleDialog(const pricing::Rule &current, QWidget *parent = nullptr);
    cmd::SchedulePricingRule command() const;

private:
    void validate();
    QLineEdit *m_id;
    QDateTimeEdit *m_from;
    QSpinBox *m_centsPerLb;
    MoneyEdit *m_minimum;
    QLabel *m_example;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

// Asks for the dates a customer statement covers.
class StatementDialog : public QDialog
{
    Q_OBJECT
public:
    StatementDialog(const QString &accountLabel, QDate first, QDate last, QWidget *parent = nullptr);
    QDate from() const;
    QDate to() const;
    bool wantsPdf() const { return m_pdf; }

private:
    QDateEdit *m_from;
    QDateEdit *m_to;
    bool m_pdf = true;
};

} // namespace hs
