#pragma once

#include "readmodel/operationsqueries.h"

#include <QWidget>

class QBarSet;
class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace hs {

class AgingModel;
class InvoicesModel;
class Session;

// Receivables for Finance: the aging report at any date (the shown moment by default), a chart
// of it, its export as CSV or PDF, and, for the account picked in it, the invoices behind it.
class ReceivablesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReceivablesPanel(Session *session, QWidget *parent = nullptr);

    void refresh();
    // The account whose invoices are shown (the drill-down).
    void showAccount(const QString &accountId);
    QString shownAccount() const { return m_account; }

    AgingModel *agingModel() const { return m_aging; }
    InvoicesModel *invoicesModel() const { return m_invoices; }
    QTableView *agingView() const { return m_agingView; }
    QTableView *invoicesView() const { return m_invoicesView; }
    QDateEdit *dateEdit() const { return m_date; }
    QBarSet *chartBars() const { return m_bars; }
    qint64 moment() const { return m_moment; }

    bool exportCsv(const QString &path, QString *error) const;
    bool exportPdf(const QString &path, QString *error) const;

Q_SIGNALS:
    void agingShown();
    void invoicesShown(const QString &accountId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadInvoices();
    void chooseExport(bool pdf);
    // The moment the report ages to: the end of the chosen day, never past the shown moment.
    qint64 chosenMoment() const;

    Session *m_session;
    AgingModel *m_aging;
    QSortFilterProxyModel *m_agingProxy;
    InvoicesModel *m_invoices;
    QTableView *m_agingView;
    QTableView *m_invoicesView;
    QDateEdit *m_date;
    QLabel *m_dateLabel;
    QLabel *m_invoicesTitle;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    QChartView *m_chart;
    QBarSet *m_bars;
    QString m_account;
    qint64 m_moment = 0;
    int m_serial = 0;
};

} // namespace hs
