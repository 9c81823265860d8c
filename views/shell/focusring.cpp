#include "focusring.h"

#include <QApplication>
#include <QFocusFrame>
#include <QMenu>
#include <QMenuBar>

namespace hs {

FocusRing::FocusRing(QObject *parent) : QObject(parent)
{
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { follow(now); });
}

QWidget *FocusRing::target() const { return m_frame && m_frame->isVisible() ? m_frame->widget() : nullptr; }

void FocusRing::follow(QWidget *now)
{
    // Menus mark their own current item; a window itself has no edge to draw around.
    const bool ringed = now && !now->isWindow() && !qobject_cast<QMenu *>(now) && !qobject_cast<QMenuBar *>(now);
    if (!ringed) {
        if (m_frame)
            m_frame->setWidget(nullptr);
        return;
    }
    if (!m_frame)
        m_frame = new QFocusFrame(now);
    // The style paints the ring in the window-text colour: make that the highlight.
    QPalette p = now->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::Highlight));
    m_frame->setPalette(p);
    m_frame->setWidget(now);
}

} // namespace hs
