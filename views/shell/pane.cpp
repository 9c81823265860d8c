#include "pane.h"

#include <QEvent>

namespace hs {

Pane::Pane(Session *session, QWidget *parent) : QWidget(parent), m_session(session) {}

void Pane::markDataShown()
{
    if (m_hasData)
        return;
    m_hasData = true;
    Q_EMIT dataShown();
}

void Pane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace hs
