#pragma once

#include "readmodel/views.h"

#include <QFrame>
#include <optional>

class QLabel;

namespace hs {

class TruckBoard;

// One truck on the dispatch board: its id, capacity and the shipment it holds. A shipment can
// be dropped on it (the board asks the decider first) and its own shipment dragged away.
class TruckCard : public QFrame
{
    Q_OBJECT
public:
    TruckCard(TruckBoard *board, const QString &truckId, QWidget *parent = nullptr);

    QString truckId() const { return m_truck.truckId; }
    const TruckView &truck() const { return m_truck; }
    const std::optional<ShipmentView> &load() const { return m_load; }
    void setTruck(const TruckView &truck, const std::optional<ShipmentView> &load,
                  const std::optional<CheckCall> &lastCall = std::nullopt);
    // The load's last known location and ETA, from its latest check call (empty: none).
    QString lastCallText() const { return m_lastCallText; }
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

    // The words shown over the card while something is dragged onto it (empty: none).
    QString dropMessage() const { return m_dropMessage; }
    void retranslateUi();
    // The decider answered about a shipment; updates the look if that shipment hovers here.
    void verdictArrived(const QString &shipmentId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class DropLook { None, Checking, Welcome, Refused };
    // Accepts or refuses a drag from the board's verdict, and shows why.
    bool judgeDrag(QDropEvent *event);
    void showDropLook(DropLook look, const QString &message);

    TruckBoard *m_board;
    TruckView m_truck;
    std::optional<ShipmentView> m_load;
    std::optional<CheckCall> m_lastCall;
    QString m_lastCallText;
    QString m_capacityText;
    QString m_cargoText;
    QString m_destinationText;
    QLabel *m_overlay;
    bool m_selected = false;
    DropLook m_dropLook = DropLook::None;
    QString m_dropMessage;
    QString m_dragShipment;
    QPoint m_pressPos;
};

} // namespace hs
