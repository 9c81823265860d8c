#pragma once

#include "shell/pane.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;

namespace hs {

class IntakeForm;
class ShipmentDetail;
class ShipmentTableModel;

// Customer Service: take a shipment in on the intake form, find any shipment by id, account
// or status, read its timeline, cancel it.
class CustomerServicePane : public Pane
{
    Q_OBJECT
public:
    explicit CustomerServicePane(Session *session, QWidget *parent = nullptr);
    ~CustomerServicePane() override;

    QString title() const override { return tr("Customer Service"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/customer-service.svg")); }
    void refresh() override;

    IntakeForm *intakeForm() const { return m_form; }
    ShipmentDetail *detail() const { return m_detail; }
    ShipmentTableModel *shipmentModel() const { return m_model; }
    QTableView *lookupView() const { return m_table; }
    QString selectedShipmentId() const;
    // Selects the shipment once the lookup holds it (it may still be on its way).
    void selectShipment(const QString &shipmentId);

protected:
    void retranslateUi() override;

private:
    void applyLookup();
    void onModelUpdated();
    void onAccepted(const QString &shipmentId);
    void updateCount();

    IntakeForm *m_form;
    ShipmentDetail *m_detail;
    ShipmentTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QLabel *m_lookupLabel;
    QLabel *m_count;
    QSplitter *m_split;
    QSplitter *m_rightSplit;
    QTimer *m_filterTimer;
    QString m_pendingSelect;
    bool m_revealSelection = false; // another moment shown: the selected row may have moved
    bool m_loaded = false;
};

} // namespace hs
