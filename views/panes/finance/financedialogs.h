#pragma once

#include "domain/commands.h"
#include "domain/pricing.h"
#include "receivables/credit.h"

#include <QDate>
#include <QDialog>
#include <optional>

class QCheckBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hs {

class MoneyEdit;

// A credit limit as Finance types it: a dollar amount, or no limit at all.
class CreditLimitEdit : public QWidget
{
    Q_OBJECT
public:
    explicit CreditLimitEdit(QWidget *parent = nullptr);
    std::optional<qint64> limitCents() const; // none: no limit
    void setLimitCents(std::optional<qint64> cents);
    QCheckBox *noLimit() const { return m_noLimit; }
    MoneyEdit *amount() const { return m_amount; }

Q_SIGNALS:
    void changed();

private:
    QCheckBox *m_noLimit;
    MoneyEdit *m_amount;
};

// Asks for a new account's number and name, and its credit terms: a limit and the days an
// invoice is due after it is issued.
class OpenAccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenAccountDialog(QWidget *parent = nullptr);
    cmd::OpenAccount command() const;
    CreditLimitEdit *limitEdit() const { return m_limit; }
    QSpinBox *termsEdit() const { return m_terms; }

private:
    void validate();
    QLineEdit *m_id;
    QLineEdit *m_name;
    CreditLimitEdit *m_limit;
    QSpinBox *m_terms;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

// Asks for an account's new credit limit, showing what it owes and has booked against it.
class CreditLimitDialog : public QDialog
{
    Q_OBJECT
public:
    CreditLimitDialog(const QString &accountId, const QString &name, const receivables::Credit &credit,
                      QWidget *parent = nullptr);
    cmd::SetCreditLimit command() const;
    CreditLimitEdit *limitEdit() const { return m_limit; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QString summary() const;

private:
    void update();
    QString m_accountId;
    receivables::Credit m_credit;
    CreditLimitEdit *m_limit;
    QLabel *m_summary;
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
