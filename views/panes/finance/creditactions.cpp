#include "creditactions.h"

#include "financedialogs.h"
#include "shell/session.h"
#include "widgets/buttonshortcut.h"
#include "widgets/money.h"
#include "widgets/requiredtextdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>

namespace hs {

CreditActions::CreditActions(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("creditActions"));
    m_limit = new QPushButton;
    m_limit->setObjectName(QStringLiteral("creditLimitButton"));
    m_hold = new QPushButton;
    m_hold->setObjectName(QStringLiteral("creditHoldButton"));
    m_writeOff = new QPushButton;
    m_writeOff->setObjectName(QStringLiteral("writeOffButton"));
    addButtonShortcut(m_limit, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    addButtonShortcut(m_hold, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    addButtonShortcut(m_writeOff, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_limit, &QPushButton::clicked, this, &CreditActions::setCreditLimit);
    connect(m_hold, &QPushButton::clicked, this, &CreditActions::toggleHold);
    connect(m_writeOff, &QPushButton::clicked, this, &CreditActions::writeOff);
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_limit);
    h->addWidget(m_hold);
    h->addWidget(m_writeOff);
    h->addStretch(1);
    connect(session, &Session::actorChanged, this, &CreditActions::refreshActions);
    connect(session, &Session::asOfChanged, this, &CreditActions::refreshActions);
    retranslateUi();
}

void CreditActions::setAccount(const std::optional<AccountView> &account)
{
    const bool other = !account || !m_account || account->accountId != m_account->accountId;
    m_account = account;
    if (other)
        m_invoice.clear();
    retranslateUi();
}

void CreditActions::setInvoice(const QString &shipmentId, qint64 openCents)
{
    m_invoice = shipmentId;
    m_invoiceOpenCents = openCents;
    refreshActions();
}

void CreditActions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CreditActions::retranslateUi()
{
    m_limit->setText(tr("Credit &Limit…"));
    m_limit->setAccessibleName(tr("Set the credit limit of the selected account"));
    const bool held = m_account && m_account->onHold;
    m_hold->setText(held ? tr("Release Credit &Hold…") : tr("Place Credit &Hold…"));
    m_hold->setAccessibleName(held ? tr("Release the credit hold on the selected account")
                                   : tr("Place the selected account on credit hold"));
    m_writeOff->setText(tr("&Write Off Invoice…"));
    m_writeOff->setAccessibleName(tr("Write off what the selected invoice still has open"));
    refreshActions();
}

// Each button asks the decider about its own command; the answers come back together.
void CreditActions::refreshActions()
{
    const int serial = ++m_serial;
    QString why;
    if (!m_session->isLive())
        why = tr("Read-only: you are looking at the past. Return to live to act.");
    else if (!m_account)
        why = tr("Select an account first.");
    QString writeOffWhy = why;
    if (writeOffWhy.isEmpty() && m_invoice.isEmpty())
        writeOffWhy = tr("Select an open invoice under “Aging and open items” to write it off.");
    const auto apply = [](QPushButton *b, const QString &refusal, const QString &ok) {
        b->setEnabled(refusal.isEmpty());
        b->setToolTip(refusal.isEmpty() ? ok : refusal);
    };
    if (!why.isEmpty()) {
        for (QPushButton *b : {m_limit, m_hold, m_writeOff})
            apply(b, why, {});
        Q_EMIT actionsUpdated();
        return;
    }
    const QString id = m_account->accountId;
    const QString invoice = m_invoice;
    std::vector<std::pair<QPushButton *, Command>> actions{
        {m_limit, cmd::SetCreditLimit{id, m_account->creditLimitCents}},
        {m_hold, m_account->onHold ? Command(cmd::ReleaseCreditHold{id}) : Command(cmd::PlaceCreditHold{id, QStringLiteral("?")})},
    };
    if (writeOffWhy.isEmpty())
        actions.emplace_back(m_writeOff, cmd::WriteOffInvoice{id, invoice, QStringLiteral("?")});
    m_session->explain(this, actions, [=, this](const Verdicts<QPushButton *> &v) {
        if (serial != m_serial)
            return;
        apply(m_limit, v.refusal(m_limit), tr("Change or remove the credit limit of %1").arg(id));
        apply(m_hold, v.refusal(m_hold), m_account && m_account->onHold ? tr("Let %1 book shipments again").arg(id)
                                                                         : tr("Stop %1 booking shipments; asks for the reason").arg(id));
        apply(m_writeOff, writeOffWhy.isEmpty() ? v.refusal(m_writeOff) : writeOffWhy,
              tr("Write off %1 open on the invoice for %2; asks for the reason").arg(formatMoney(m_invoiceOpenCents), invoice));
        Q_EMIT actionsUpdated();
    });
}

void CreditActions::setCreditLimit()
{
    if (!m_limit->isEnabled() || !m_account)
        return;
    CreditLimitDialog d(m_account->accountId, m_account->name, m_account->credit(), this);
    if (d.exec() != QDialog::Accepted)
        return;
    const cmd::SetCreditLimit c = d.command();
    m_session->submit(c);
    Q_EMIT status(c.creditLimitCents ? tr("Setting the credit limit of %1 to %2…").arg(c.accountId, formatMoney(*c.creditLimitCents))
                                     : tr("Removing the credit limit of %1…").arg(c.accountId));
}

void CreditActions::toggleHold()
{
    if (!m_hold->isEnabled() || !m_account)
        return;
    const QString id = m_account->accountId;
    if (m_account->onHold) {
        const auto answer = QMessageBox::question(this, tr("Release Credit Hold"),
                                                  tr("Release the credit hold on %1 (%2)? It can book shipments again.").arg(id, m_account->name));
        if (answer != QMessageBox::Yes)
            return;
        m_session->submit(cmd::ReleaseCreditHold{id});
        Q_EMIT status(tr("Releasing the credit hold on %1…").arg(id));
        return;
    }
    const auto reason = RequiredTextDialog::ask(this, tr("Place %1 on Credit Hold").arg(id),
                                                tr("Why may %1 (%2) book no more shipments?").arg(id, m_account->name),
                                                tr("Give the reason for the hold."), fieldrules::maxReasonLength);
    if (!reason)
        return;
    m_session->submit(cmd::PlaceCreditHold{id, *reason});
    Q_EMIT status(tr("Placing %1 on credit hold…").arg(id));
}

void CreditActions::writeOff()
{
    if (!m_writeOff->isEnabled() || !m_account || m_invoice.isEmpty())
        return;
    const QString id = m_account->accountId;
    const auto reason = RequiredTextDialog::ask(this, tr("Write Off the Invoice for %1").arg(m_invoice),
                                                tr("Write off the %1 still open on the invoice for %2 (%3)? Why?")
                                                    .arg(formatMoney(m_invoiceOpenCents), m_invoice, id),
                                                tr("Give the reason for the write-off."), fieldrules::maxReasonLength);
    if (!reason)
        return;
    m_session->submit(cmd::WriteOffInvoice{id, m_invoice, *reason});
    Q_EMIT status(tr("Writing off the invoice for %1 on %2…").arg(m_invoice, id));
}

} // namespace hs
