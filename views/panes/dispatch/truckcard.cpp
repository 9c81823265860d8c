#include "truckcard.h"
#include "widgets/heading.h"
#include "shell/theme.h"

#include "shipmentmime.h"
#include "truckboard.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDrag>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QVBoxLayout>

namespace hs {

TruckCard::TruckCard(TruckBoard *board, const QString &truckId, QWidget *parent) : QFrame(parent), m_board(board)
{
    m_truck.truckId = truckId;
    setObjectName(QStringLiteral("truckCard_%1").arg(truckId));
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setMinimumHeight(64);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);

    // The card's own lines are painted (elided to the column's width); only the drop message,
    // which wraps, is a label.
    m_overlay = new QLabel;
    m_overlay->setWordWrap(true);
    m_overlay->setObjectName(QStringLiteral("dropMessage"));
    m_overlay->hide();
    m_overlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    const int line = fontMetrics().height();
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(14, 10 + 4 * line + 10, 10, 8);
    v->addWidget(m_overlay);
    setMinimumWidth(130);
}

void TruckCard::setTruck(const TruckView &truck, const std::optional<ShipmentView> &load, const std::optional<CheckCall> &lastCall)
{
    m_truck = truck;
    m_load = load;
    m_lastCall = lastCall;
    retranslateUi();
    update();
}

void TruckCard::retranslateUi()
{
    const QLocale l;
    m_capacityText = tr("cap. %1 lb").arg(l.toString(m_truck.truck.capacityLb));
    m_destinationText.clear();
    if (m_load) {
        m_cargoText = tr("%1 · %2 lb").arg(m_load->shipmentId, l.toString(m_load->weightLb));
        m_destinationText = tr("→ %1, %2").arg(m_load->destination.city, m_load->destination.state);
    } else if (!m_truck.truck.shipmentId.isEmpty()) {
        m_cargoText = m_truck.truck.shipmentId;
    } else {
        m_cargoText = m_truck.state() == TruckState::OutOfService ? tr("Empty, in the shop") : tr("Empty, ready to load");
    }
    m_lastCallText.clear();
    if (m_lastCall) {
        const auto when = [&](qint64 ms) { return l.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat); };
        m_lastCallText = m_lastCall->eta ? tr("At %1 (%2) · ETA %3").arg(m_lastCall->location, when(m_lastCall->occurredAt), when(*m_lastCall->eta))
                                         : tr("At %1 (%2)").arg(m_lastCall->location, when(m_lastCall->occurredAt));
    }
    QString cargo = m_destinationText.isEmpty() ? m_cargoText : m_cargoText + QLatin1Char(' ') + m_destinationText;
    if (!m_lastCallText.isEmpty())
        cargo += QStringLiteral(", ") + m_lastCallText;
    const QString state = TruckBoard::stateTitle(m_truck.state());
    setAccessibleName(tr("Truck %1").arg(m_truck.truckId));
    setAccessibleDescription(tr("%1, capacity %2 lb, %3").arg(state, l.toString(m_truck.truck.capacityLb), cargo));
    if (m_dropLook == DropLook::None)
        setToolTip(m_load && m_truck.state() == TruckState::Assigned
                       ? tr("%1 — %2. Drag the shipment to another truck to reassign it.").arg(m_truck.truckId, cargo)
                       : tr("%1 — %2").arg(m_truck.truckId, cargo));
}

void TruckCard::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    update();
}

void TruckCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
    const QColor accent = theme::truckState(m_truck.state(), palette());
    QColor fill = palette().color(QPalette::Base);
    const QColor welcome = theme::tone(theme::Tone::Good, palette()), refused = theme::tone(theme::Tone::Bad, palette());
    if (m_dropLook == DropLook::Welcome || m_dropLook == DropLook::Refused) {
        fill = m_dropLook == DropLook::Welcome ? welcome : refused;
        fill.setAlpha(40);
    }
    QColor border = palette().color(QPalette::Mid);
    qreal penWidth = 1;
    if (m_selected || hasFocus()) {
        border = palette().color(QPalette::Highlight);
        penWidth = 2;
    }
    if (m_dropLook == DropLook::Welcome || m_dropLook == DropLook::Refused) {
        border = m_dropLook == DropLook::Welcome ? welcome : refused;
        penWidth = 2;
    }
    QPainterPath path;
    path.addRoundedRect(r, 6, 6);
    p.fillPath(path, fill);
    // The column's colour as a band on the left edge, so a card read alone still says its state.
    p.save();
    p.setClipPath(path);
    p.fillRect(QRectF(r.left(), r.top(), 5, r.height()), accent);
    p.restore();
    p.setPen(QPen(border, penWidth));
    p.drawPath(path);

    const int left = 14, right = width() - 10, line = fontMetrics().height();
    int y = 10;
    const QFont bold = headingFont(font(), HeadingLevel::Group);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    const QRect titleRect(left, y, right - left, line);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, m_truck.truckId);
    const int titleWidth = QFontMetrics(bold).horizontalAdvance(m_truck.truckId) + 8;
    p.setFont(font());
    p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    // A narrow card keeps the figure and drops the "cap." before it rather than cut the number.
    const int room = titleRect.width() - titleWidth;
    const QString capacity = fontMetrics().horizontalAdvance(m_capacityText) <= room
                                 ? m_capacityText : tr("%1 lb").arg(QLocale().toString(m_truck.truck.capacityLb));
    p.drawText(titleRect.adjusted(titleWidth, 0, 0, 0), Qt::AlignRight | Qt::AlignVCenter,
               fontMetrics().elidedText(capacity, Qt::ElideRight, room));
    y += line + 4;
    p.setPen(palette().color(m_load ? QPalette::Active : QPalette::Disabled, QPalette::Text));
    if (m_destinationText.isEmpty()) {
        // Nothing goes below: "Empty, ready to load" may take a second line rather than be cut.
        p.drawText(QRect(left, y, right - left, 2 * line), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_cargoText);
    } else {
        p.drawText(QRect(left, y, right - left, line), Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(m_cargoText, Qt::ElideRight, right - left));
    }
    y += line;
    if (!m_destinationText.isEmpty())
        p.drawText(QRect(left, y, right - left, line), Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(m_destinationText, Qt::ElideRight, right - left));
    // How full the truck is, at a glance.
    if (m_load && m_truck.truck.capacityLb > 0) {
        const double fill = std::clamp(double(m_load->weightLb) / m_truck.truck.capacityLb, 0.0, 1.0);
        const QRectF bar(left, y + line + 4, right - left, 4);
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Midlight));
        p.drawRoundedRect(bar, 2, 2);
        p.setBrush(accent);
        p.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * fill, bar.height()), 2, 2);
    }
    if (!m_lastCallText.isEmpty()) {
        p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        p.drawText(QRect(left, y + line + 12, right - left, line), Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(m_lastCallText, Qt::ElideRight, right - left));
    }
}

void TruckCard::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        setFocus(Qt::MouseFocusReason);
    }
    QFrame::mousePressEvent(event);
}

void TruckCard::mouseMoveEvent(QMouseEvent *event)
{
    // Only a shipment still waiting to leave can move to another truck.
    if (!(event->buttons() & Qt::LeftButton) || !m_load || m_truck.state() != TruckState::Assigned
        || (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(shipmentMimeData(DraggedShipment{m_load->shipmentId, m_truck.truckId}));
    drag->setPixmap(grab().scaledToWidth(std::min(width(), 220), Qt::SmoothTransformation));
    drag->setHotSpot(QPoint(12, 12));
    m_board->beginDrag(m_load->shipmentId);
    drag->exec(Qt::MoveAction);
    m_board->endDrag();
}

void TruckCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT m_board->contextMenuRequested(truckId(), mapToGlobal(QPoint(width() / 2, height() / 2)));
        return;
    }
    QFrame::keyPressEvent(event);
}

void TruckCard::focusInEvent(QFocusEvent *event)
{
    m_board->select(truckId());
    QFrame::focusInEvent(event);
    update();
}

void TruckCard::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

void TruckCard::contextMenuEvent(QContextMenuEvent *event)
{
    m_board->select(truckId());
    Q_EMIT m_board->contextMenuRequested(truckId(), event->globalPos());
}

bool TruckCard::judgeDrag(QDropEvent *event)
{
    const auto dragged = draggedShipment(event->mimeData());
    if (!dragged) {
        event->ignore();
        return false;
    }
    if (dragged->fromTruckId == truckId()) {
        showDropLook(DropLook::None, {});
        event->ignore();
        return false;
    }
    const DropVerdict v = m_board->verdict(dragged->shipmentId, truckId());
    if (!v.known) {
        // The decider has not answered yet: refuse for now, and say so; it answers in milliseconds.
        showDropLook(DropLook::Checking, tr("Checking %1…").arg(dragged->shipmentId));
        event->ignore();
        return false;
    }
    if (v.refusal) {
        showDropLook(DropLook::Refused, *v.refusal);
        event->ignore();
        return false;
    }
    showDropLook(DropLook::Welcome, tr("Drop to assign %1 to %2").arg(dragged->shipmentId, truckId()));
    event->setDropAction(Qt::MoveAction);
    event->accept();
    return true;
}

void TruckCard::showDropLook(DropLook look, const QString &message)
{
    const bool changed = look != m_dropLook || message != m_dropMessage;
    m_dropLook = look;
    m_dropMessage = message;
    m_overlay->setVisible(look != DropLook::None);
    m_overlay->setText(message);
    QPalette p = m_overlay->palette();
    p.setColor(QPalette::WindowText, look == DropLook::Refused ? theme::tone(theme::Tone::Bad, palette())
                                     : look == DropLook::Welcome ? theme::tone(theme::Tone::Good, palette())
                                                                 : palette().color(QPalette::Disabled, QPalette::WindowText));
    m_overlay->setPalette(p);
    if (look == DropLook::None)
        retranslateUi();
    else
        setToolTip(message);
    if (changed && look == DropLook::Refused && isVisible())
        QToolTip::showText(QCursor::pos(), message, this);
    update();
}

void TruckCard::dragEnterEvent(QDragEnterEvent *event)
{
    // Take the enter for any shipment, refused or not: only the drag target receives the moves
    // that follow, and it is the moves that accept or refuse the drop (and show why).
    judgeDrag(event);
    if (draggedShipment(event->mimeData())) {
        m_dragShipment = draggedShipment(event->mimeData())->shipmentId;
        event->accept();
    }
}

void TruckCard::verdictArrived(const QString &shipmentId)
{
    if (m_dropLook != DropLook::Checking || shipmentId != m_dragShipment)
        return;
    const DropVerdict v = m_board->verdict(shipmentId, truckId());
    if (v.refusal)
        showDropLook(DropLook::Refused, *v.refusal);
    else if (v.known)
        showDropLook(DropLook::Welcome, tr("Drop to assign %1 to %2").arg(shipmentId, truckId()));
}

void TruckCard::dragMoveEvent(QDragMoveEvent *event) { judgeDrag(event); }

void TruckCard::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dragShipment.clear();
    showDropLook(DropLook::None, {});
}

void TruckCard::dropEvent(QDropEvent *event)
{
    const auto dragged = draggedShipment(event->mimeData());
    const bool ok = judgeDrag(event);
    m_dragShipment.clear();
    showDropLook(DropLook::None, {});
    if (ok && dragged)
        m_board->assign(dragged->shipmentId, truckId());
}

} // namespace hs
