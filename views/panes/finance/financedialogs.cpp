#include "financedialogs.h"
#include "shell/theme.h"

#include "codec/commandparser.h"
#include "panes/history/eventtext.h"
#include "widgets/money.h"
#include "widgets/moneyedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLocale>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hs {

namespace {
QLabel *errorLabel()
{
    auto *l = new QLabel;
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setStyleSheet(theme::textStyle(theme::Tone::Bad));
    l->setWordWrap(true);
    return l;
}
} // namespace

CreditLimitEdit::CreditLimitEdit(QWidget *parent) : QWidget(parent)
{
    m_noLimit = new QCheckBox(tr("No limit"));
    m_noLimit->setObjectName(QStringLiteral("noLimitCheck"));
    m_noLimit->setAccessibleName(tr("No credit limit"));
    m_amount = new MoneyEdit;
    m_amount->setObjectName(QStringLiteral("creditLimitAmount"));
    m_amount->setAccessibleName(tr("Credit limit in dollars"));
    m_amount->setRange(0, 10'000'000'000'000);
    m_amount->setMinimumWidth(140);
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_amount, 1);
    h->addWidget(m_noLimit);
    setFocusProxy(m_amount);
    connect(m_noLimit, &QCheckBox::toggled, this, [this](bool none) {
        m_amount->setEnabled(!none);
        Q_EMIT changed();
    });
    connect(m_amount, &MoneyEdit::centsChanged, this, &CreditLimitEdit::changed);
    setLimitCents(std::nullopt);
}

std::optional<qint64> CreditLimitEdit::limitCents() const
{
    if (m_noLimit->isChecked())
        return std::nullopt;
    return m_amount->cents();
}

void CreditLimitEdit::setLimitCents(std::optional<qint64> cents)
{
    m_noLimit->setChecked(!cents);
    m_amount->setEnabled(cents.has_value());
    m_amount->setCents(cents.value_or(0));
}

OpenAccountDialog::OpenAccountDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("openAccountDialog"));
    setWindowTitle(tr("Open an Account"));
    m_id = new QLineEdit;
    m_id->setObjectName(QStringLiteral("accountIdEdit"));
    m_id->setAccessibleName(tr("Account number"));
    m_id->setPlaceholderText(tr("e.g. A-1013"));
    m_id->setMaxLength(40);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("accountNameEdit"));
    m_name->setAccessibleName(tr("Customer name"));
    m_name->setMaxLength(120);
    m_limit = new CreditLimitEdit;
    m_terms = new QSpinBox;
    m_terms->setObjectName(QStringLiteral("termsDaysEdit"));
    m_terms->setAccessibleName(tr("Payment terms in days"));
    m_terms->setRange(0, fieldrules::maxTermsDays);
    m_terms->setValue(fieldrules::standardTermsDays);
    m_terms->setSuffix(tr(" days"));
    m_error = errorLabel();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open Account"));
    auto *form = new QFormLayout;
    form->addRow(tr("Account &number:"), m_id);
    form->addRow(tr("Customer &name:"), m_name);
    form->addRow(tr("Credit &limit:"), m_limit);
    form->addRow(tr("Payment &terms:"), m_terms);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_error);
    v->addWidget(m_buttons);
    connect(m_id, &QLineEdit::textChanged, this, &OpenAccountDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &OpenAccountDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void OpenAccountDialog::validate()
{
    QString error;
    if (!m_id->text().isEmpty() && !fieldrules::isId(m_id->text()))
        error = tr("An account number is 1–40 letters, digits, dots, dashes or underscores.");
    m_error->setText(error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty() && !m_id->text().isEmpty() && !m_name->text().trimmed().isEmpty());
}

cmd::OpenAccount OpenAccountDialog::command() const
{
    return {m_id->text(), m_name->text().trimmed(), m_limit->limitCents(), m_terms->value()};
}

CreditLimitDialog::CreditLimitDialog(const QString &accountId, const QString &name, const receivables::Credit &credit,
                                     QWidget *parent)
    : QDialog(parent), m_accountId(accountId), m_credit(credit)
{
    setObjectName(QStringLiteral("creditLimitDialog"));
    setWindowTitle(tr("Credit Limit of %1").arg(accountId));
    auto *who = new QLabel(QStringLiteral("%1 — %2").arg(accountId, name));
    m_limit = new CreditLimitEdit;
    m_limit->setLimitCents(credit.limitCents);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("creditLimitSummary"));
    m_summary->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set Limit"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Set the credit limit"));
    auto *form = new QFormLayout;
    form->addRow(who);
    form->addRow(tr("New credit &limit:"), m_limit);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_summary);
    v->addWidget(m_buttons);
    connect(m_limit, &CreditLimitEdit::changed, this, &CreditLimitDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString CreditLimitDialog::summary() const { return m_summary->text(); }

void CreditLimitDialog::update()
{
    receivables::Credit proposed = m_credit;
    proposed.limitCents = m_limit->limitCents();
    const QString exposure = formatMoney(proposed.exposureCents());
    const std::optional<qint64> available = proposed.availableCents();
    if (!available)
        m_summary->setText(tr("Exposure %1; without a limit, every shipment is accepted.").arg(exposure));
    else if (*available >= 0)
        m_summary->setText(tr("Exposure %1; %2 left for new shipments.").arg(exposure, formatMoney(*available)));
    else
        m_summary->setText(tr("Exposure %1 is already %2 over this limit: new shipments are refused until it comes down.")
                               .arg(exposure, formatMoney(-*available)));
}

cmd::SetCreditLimit CreditLimitDialog::command() const { return {m_accountId, m_limit->limitCents()}; }

PricingRuleDialog::PricingRuleDialog(const pricing::Rule &current, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("pricingRuleDialog"));
    setWindowTitle(tr("Schedule a Pricing Rule"));
    m_id = new QLineEdit;
    m_id->setObjectName(QStringLiteral("ruleIdEdit"));
    m_id->setAccessibleName(tr("Rule id"));
    m_id->setPlaceholderText(tr("e.g. R-2026-03"));
    // From tomorrow's start, to the minute: seconds would only surprise whoever retypes the date.
    m_from = new QDateTimeEdit(QDateTime(QDate::currentDate().addDays(1), QTime(0, 0)));
    m_from->setDisplayFormat(eventtext::shortDateTimeFormat());
    m_from->setObjectName(QStringLiteral("effectiveFromEdit"));
    m_from->setAccessibleName(tr("Effective from"));
    m_from->setCalendarPopup(true);
    m_centsPerLb = new QSpinBox;
    m_centsPerLb->setObjectName(QStringLiteral("centsPerLbSpin"));
    m_centsPerLb->setAccessibleName(tr("Cents per pound"));
    m_centsPerLb->setRange(1, 100000);
    m_centsPerLb->setValue(int(current.centsPerLb));
    m_centsPerLb->setSuffix(tr(" ¢/lb"));
    m_minimum = new MoneyEdit;
    m_minimum->setObjectName(QStringLiteral("minimumSpin"));
    m_minimum->setAccessibleName(tr("Minimum charge"));
    m_minimum->setRange(0, 1'000'000'000);
    m_minimum->setCents(current.minimumCents); // the rule in force, to change from
    m_example = new QLabel;
    m_example->setEnabled(false);
    m_error = errorLabel();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));
    auto *form = new QFormLayout;
    form->addRow(tr("Rule &id:"), m_id);
    form->addRow(tr("&Effective from:"), m_from);
    form->addRow(tr("&Rate:"), m_centsPerLb);
    form->addRow(tr("&Minimum charge:"), m_minimum);
    form->addRow(QString(), m_example);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_error);
    v->addWidget(m_buttons);
    connect(m_id, &QLineEdit::textChanged, this, &PricingRuleDialog::validate);
    connect(m_centsPerLb, &QSpinBox::valueChanged, this, &PricingRuleDialog::validate);
    connect(m_minimum, &MoneyEdit::centsChanged, this, &PricingRuleDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void PricingRuleDialog::validate()
{
    QString error;
    if (!m_id->text().isEmpty() && !fieldrules::isId(m_id->text()))
        error = tr("A rule id is 1–40 letters, digits, dots, dashes or underscores.");
    m_error->setText(error);
    const cmd::SchedulePricingRule c = command();
    m_example->setText(tr("A 10,000 lb shipment would cost %1.").arg(formatMoney(std::max(c.minimumCents, 10000 * c.centsPerLb))));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty() && !m_id->text().isEmpty());
}

cmd::SchedulePricingRule PricingRuleDialog::command() const
{
    return {m_id->text(), m_from->dateTime().toMSecsSinceEpoch(), m_centsPerLb->value(), m_minimum->cents()};
}

StatementDialog::StatementDialog(const QString &accountLabel, QDate first, QDate last, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("statementDialog"));
    setWindowTitle(tr("Export a Statement"));
    m_from = new QDateEdit(first);
    m_from->setObjectName(QStringLiteral("statementFrom"));
    m_from->setAccessibleName(tr("Statement from"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(last);
    m_to->setObjectName(QStringLiteral("statementTo"));
    m_to->setAccessibleName(tr("Statement to"));
    m_to->setCalendarPopup(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *pdf = buttons->addButton(tr("Export &PDF…"), QDialogButtonBox::AcceptRole);
    QPushButton *csv = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::AcceptRole);
    pdf->setDefault(true);
    connect(pdf, &QPushButton::clicked, this, [this] { m_pdf = true; accept(); });
    connect(csv, &QPushButton::clicked, this, [this] { m_pdf = false; accept(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Account:"), new QLabel(accountLabel));
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(buttons);
}

QDate StatementDialog::from() const { return std::min(m_from->date(), m_to->date()); }
QDate StatementDialog::to() const { return std::max(m_from->date(), m_to->date()); }

} // namespace hs
