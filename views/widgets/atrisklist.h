#pragma once

#include "tracking/atrisk.h"
#include "widgets/keyedtablemodel.h"

#include <QCoreApplication>
#include <QWidget>
#include <functional>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace hs {

class Session;

// A shipment at risk for one reason or more: one line a dispatcher reads once.
struct AtRiskRow
{
    tracking::AtRisk risk;                     // the longest-standing reason
    std::vector<tracking::RiskReason> reasons; // every reason, in RiskReason order
};
// The rules' flags (by shipment, then reason) folded into one row per shipment.
std::vector<AtRiskRow> byShipment(const std::vector<tracking::AtRisk> &flags);

// Shipments at risk, one row each, with how long each has been late at the moment shown.
class AtRiskModel : public KeyedTableModel<AtRiskRow>
{
    Q_DECLARE_TR_FUNCTIONS(AtRiskModel)
public:
    enum Column { Shipment, Account, Status, Truck, Reason, Since, LateBy, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    using KeyedTableModel::KeyedTableModel;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setMoment(qint64 moment);
    qint64 moment() const { return m_moment; }
    static QString reasonWords(tracking::RiskReason r);
    static QString durationWords(qint64 ms); // "2 d 5 h", "3 h 10 min", "12 min"

protected:
    QString keyOf(const AtRiskRow &r) const override { return r.risk.shipmentId; }

private:
    qint64 m_moment = 0;
};

// The list a dispatcher works through: re-evaluated against the clock every minute (the rules
// run in model/ on the reader thread), and at once when the store or the shown moment changes.
class AtRiskList : public QWidget
{
    Q_OBJECT
public:
    explicit AtRiskList(Session *session, QWidget *parent = nullptr);

    AtRiskModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTimer *clockTimer() const { return m_timer; }
    // The clock the flags follow; the system clock unless a test moves its own.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

public Q_SLOTS:
    void reevaluate();

Q_SIGNALS:
    void shipmentActivated(const QString &shipmentId);
    void evaluated(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Session *m_session;
    AtRiskModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_title;
    QTimer *m_timer;
    std::function<qint64()> m_clock;
    int m_serial = 0;
};

} // namespace hs
