#pragma once

#include "shell/pane.h"

#include <QHash>
#include <functional>

class QLabel;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace hs {

class AtRiskList;
class TruckBoard;
class UnassignedQueueModel;

// Dispatch: the truck board and the queue of shipments waiting for a truck. Assign by dragging
// a shipment onto a truck (or "Assign to…"), then ship, deliver, report breakdowns.
class DispatchPane : public Pane
{
    Q_OBJECT
public:
    explicit DispatchPane(Session *session, QWidget *parent = nullptr);
    QString title() const override { return tr("Dispatch"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/dispatch.svg")); }
    void refresh() override;

    TruckBoard *board() const { return m_board; }
    UnassignedQueueModel *queueModel() const { return m_queue; }
    QTableView *queueView() const { return m_queueView; }
    QString selectedShipment() const;
    AtRiskList *atRiskList() const { return m_atRisk; }

    // The truck actions, as the buttons and the card menus run them.
    void shipSelected();
    void deliverSelected(const QString &signedBy = {});
    void reportBreakdownOfSelected(const QString &reason = {});
    // Asks for where the selected truck's load is (a check call) and records it.
    void recordCheckCallForSelected();
    void returnSelectedToService();
    // Opens the "Assign to…" menu for the selected waiting shipment, once the decider has answered.
    void chooseTruckForSelected();

Q_SIGNALS:
    // The truck buttons now say what the decider allows for the selected truck.
    void actionsUpdated();

protected:
    void retranslateUi() override;

private:
    enum Action { Ship, Deliver, Breakdown, ReturnToService, CheckCall, ActionCount };
    void updateActions(std::function<void()> then = {});
    void updateAssignButton();
    void setAction(Action a, bool enabled, const QString &why);
    void showTruckMenu(const QString &truckId, const QPoint &globalPos);
    void requestQueuePage(int offset);
    void submit(const Command &command, const QString &status);

    TruckBoard *m_board;
    AtRiskList *m_atRisk;
    UnassignedQueueModel *m_queue;
    QSortFilterProxyModel *m_queueProxy;
    QTableView *m_queueView;
    QLabel *m_heading;
    QLabel *m_selection;
    QLabel *m_queueHeading;
    QPushButton *m_assignButton;
    std::array<QPushButton *, ActionCount> m_buttons{};
    std::array<QString, ActionCount> m_enabledTips;
    int m_updateSerial = 0;
};

} // namespace hs
