#pragma once

#include "readmodel/views.h"

#include <QWidget>
#include <optional>

class QPushButton;

namespace hs {

class Session;

// Finance's credit controls for the account in view: its credit limit, a credit hold (placed
// with a reason, or released) and writing off what an invoice still has open. Each button asks
// the decider whether it would go through and says why not in its tooltip.
class CreditActions : public QWidget
{
    Q_OBJECT
public:
    explicit CreditActions(Session *session, QWidget *parent = nullptr);

    void setAccount(const std::optional<AccountView> &account);
    // The invoice picked in the open items (its shipment and open amount); none: no invoice.
    void setInvoice(const QString &shipmentId, qint64 openCents);
    void refreshActions();

    QPushButton *limitButton() const { return m_limit; }
    QPushButton *holdButton() const { return m_hold; }
    QPushButton *writeOffButton() const { return m_writeOff; }

    void setCreditLimit();
    void toggleHold();
    void writeOff();

Q_SIGNALS:
    void status(const QString &message);
    void actionsUpdated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Session *m_session;
    std::optional<AccountView> m_account;
    QString m_invoice;
    qint64 m_invoiceOpenCents = 0;
    QPushButton *m_limit;
    QPushButton *m_hold;
    QPushButton *m_writeOff;
    int m_serial = 0;
};

} // namespace hs
