#include "chainview.h"

#include <QKeyEvent>
#include <QWheelEvent>

namespace hs {

ChainView::ChainView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(Qt::white);
}

void ChainView::zoomBy(double factor)
{
    const double next = zoom() * factor;
    if (next < 0.1 || next > 8)
        return;
    m_autoFit = false;
    scale(factor, factor);
}

void ChainView::fitAll()
{
    if (!scene())
        return;
    m_autoFit = true;
    resetTransform();
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    // Never blow a small chain up beyond its natural size.
    if (zoom() > 1.0)
        resetTransform();
}

void ChainView::wheelEvent(QWheelEvent *event)
{
    zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
    event->accept();
}

void ChainView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::ZoomIn) || (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_Equal))
        zoomBy(1.25);
    else if (event->matches(QKeySequence::ZoomOut))
        zoomBy(1 / 1.25);
    else if (event->key() == Qt::Key_F && !(event->modifiers() & ~Qt::KeypadModifier))
        fitAll();
    else
        QGraphicsView::keyPressEvent(event);
}

void ChainView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitAll();
}

} // namespace hs
