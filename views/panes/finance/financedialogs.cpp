#include "financedialogs.h"
#include "shell/theme.h"

#include "codec/commandparser.h"
#include "widgets/money.h"
#include "widgets/moneyedit.h"

#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLocale>
#include <QDialogButtonBox>
#include <QFormLayout>
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
    m_error = errorLabel();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open Account"));
    auto *form = new QFormLayout;
    form->addRow(tr("Account &number:"), m_id);
    form->addRow(tr("Customer &name:"), m_name);
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

cmd::OpenAccount OpenAccountDialog::command() const { return {m_id->text(), m_name->text().trimmed()}; }

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
    m_from->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));
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
