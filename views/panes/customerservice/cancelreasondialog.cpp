#include "cancelreasondialog.h"

#include "codec/commandparser.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hs {

CancelReasonDialog::CancelReasonDialog(const QString &shipmentId, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("cancelReasonDialog"));
    setWindowTitle(tr("Cancel Shipment %1").arg(shipmentId));
    auto *layout = new QVBoxLayout(this);
    auto *prompt = new QLabel(tr("Why is shipment %1 cancelled? The reason is kept in its timeline.").arg(shipmentId));
    prompt->setWordWrap(true);
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("cancelReasonEdit"));
    m_reason->setAccessibleName(tr("Reason for the cancellation"));
    m_reason->setMaxLength(fieldrules::maxReasonLength);
    prompt->setBuddy(m_reason);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("cancelReasonProblem"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Cancel Shipment"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep Shipment"));
    layout->addWidget(prompt);
    layout->addWidget(m_reason);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    const auto check = [this] {
        const bool empty = reason().isEmpty();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!empty);
        m_problem->setText(empty ? tr("A reason is required (up to %1 characters).").arg(fieldrules::maxReasonLength) : QString());
    };
    connect(m_reason, &QLineEdit::textChanged, this, check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
    resize(420, sizeHint().height());
}

QString CancelReasonDialog::reason() const { return m_reason->text().trimmed(); }

} // namespace hs
