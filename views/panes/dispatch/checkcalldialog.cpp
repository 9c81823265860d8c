#include "checkcalldialog.h"
#include "shell/theme.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hs {

namespace {
// The contract's limits for RecordCheckCall.
constexpr int maxLocation = 120;
constexpr int maxNote = 200;
} // namespace

CheckCallDialog::CheckCallDialog(const QString &shipmentId, const QString &truckId, qint64 now, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("checkCallDialog"));
    setWindowTitle(truckId.isEmpty() ? tr("Check call for %1").arg(shipmentId) : tr("Check call for %1 on %2").arg(shipmentId, truckId));
    m_location = new QLineEdit;
    m_location->setObjectName(QStringLiteral("checkCallLocation"));
    m_location->setMaxLength(maxLocation);
    m_location->setPlaceholderText(tr("e.g. I-80 mile 312, near York NE"));
    m_location->setAccessibleName(tr("Where the shipment is now"));
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("checkCallNote"));
    m_note->setMaxLength(maxNote);
    m_note->setAccessibleName(tr("Note from the driver"));
    m_etaKnown = new QCheckBox(tr("Driver gave an &ETA:"));
    m_etaKnown->setObjectName(QStringLiteral("checkCallEtaKnown"));
    m_etaKnown->setAccessibleName(tr("The driver gave an estimated arrival"));
    m_eta = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(now).toLocalTime().addSecs(4 * 3600));
    m_eta->setObjectName(QStringLiteral("checkCallEta"));
    m_eta->setCalendarPopup(true);
    m_eta->setEnabled(false);
    m_eta->setAccessibleName(tr("Estimated arrival"));
    connect(m_etaKnown, &QCheckBox::toggled, m_eta, &QWidget::setEnabled);
    auto *etaRow = new QHBoxLayout;
    etaRow->addWidget(m_etaKnown);
    etaRow->addWidget(m_eta, 1);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("checkCallProblem"));
    m_problem->setStyleSheet(theme::textStyle(theme::Tone::Bad));
    auto *form = new QFormLayout;
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(etaRow);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record Check Call"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Record the check call"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without recording"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_location, &QLineEdit::textChanged, this, &CheckCallDialog::updateOk);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    updateOk();
}

QString CheckCallDialog::location() const { return m_location->text().trimmed(); }
QString CheckCallDialog::note() const { return m_note->text().trimmed(); }

std::optional<qint64> CheckCallDialog::eta() const
{
    if (!m_etaKnown->isChecked())
        return std::nullopt;
    return m_eta->dateTime().toMSecsSinceEpoch();
}

void CheckCallDialog::updateOk()
{
    const bool ok = !location().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_problem->setText(ok ? QString() : tr("Say where the shipment is."));
}

} // namespace hs
