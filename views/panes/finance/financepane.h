#pragma once

#include "readmodel/views.h"
#include "shell/pane.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace hs {

class AccountsModel;
class CreditActions;
class CreditWatchModel;
class DailyChart;
class DocumentButton;
class LedgerModel;
class MoneyEdit;
class PricingRulesModel;
class ReceivablesPanel;

// Finance: accounts and what they owe, the selected account's ledger with its running balance,
// payments and reversals, pricing rules, statements, and the money over time.
class FinancePane : public Pane
{
    Q_OBJECT
public:
    explicit FinancePane(Session *session, QWidget *parent = nullptr);
    QString title() const override { return tr("Finance"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/finance.svg")); }
    void refresh() override;

    AccountsModel *accountsModel() const { return m_accounts; }
    QSortFilterProxyModel *accountsProxy() const { return m_accountsProxy; }
    LedgerModel *ledgerModel() const { return m_ledger; }
    QTableView *accountsView() const { return m_accountsView; }
    QTableView *ledgerView() const { return m_ledgerView; }
    QString selectedAccount() const { return m_selected; }
    ReceivablesPanel *receivablesPanel() const { return m_receivablesPanel; }
    CreditWatchModel *creditWatchModel() const { return m_creditWatch; }
    PricingRulesModel *pricingRulesModel() const { return m_pricingRules; }
    CreditActions *creditActions() const { return m_creditActions; }
    DocumentButton *documentButton() const { return m_documents; }
    void selectAccount(const QString &accountId);

    void postPayment();
    void reverseSelectedPayment(const QString &reason = {});
    void openAccount();
    void schedulePricingRule();
    void exportStatement();

Q_SIGNALS:
    void ledgerShown(const QString &accountId);
    void actionsUpdated();

protected:
    void retranslateUi() override;

private:
    void loadLedger();
    void loadCharts();
    void loadPricingRules();
    void updateActions();
    void updateAccountHeader();
    QString selectedPaymentReference() const;

    AccountsModel *m_accounts;
    QSortFilterProxyModel *m_accountsProxy;
    LedgerModel *m_ledger;
    QTableView *m_accountsView;
    QTableView *m_ledgerView;
    QLineEdit *m_filter;
    QLabel *m_heading;
    QLabel *m_accountTitle;
    QLabel *m_accountBalance;
    QLabel *m_amountLabel;
    QLabel *m_referenceLabel;
    MoneyEdit *m_amount;
    QLineEdit *m_reference;
    QPushButton *m_post;
    QPushButton *m_reverse;
    QPushButton *m_openAccount;
    QPushButton *m_pricing;
    QPushButton *m_export;
    DailyChart *m_receivables;
    DailyChart *m_revenue;
    ReceivablesPanel *m_receivablesPanel;
    QTabWidget *m_lowerTabs;
    CreditWatchModel *m_creditWatch;
    CreditActions *m_creditActions;
    QTableView *m_creditWatchView;
    PricingRulesModel *m_pricingRules;
    QTableView *m_pricingRulesView;
    DocumentButton *m_documents;
    QString m_selected;
    int m_actionSerial = 0;
};

} // namespace hs
