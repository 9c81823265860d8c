#pragma once

#include <QFocusFrame>
#include <QObject>
#include <QPointer>

namespace hs {

// A ring in the highlight colour around whichever control has the keyboard focus, in the window
// and its dialogs: Fusion marks focus faintly on buttons and not at all on tables and cards.
class FocusRing : public QObject
{
    Q_OBJECT
public:
    explicit FocusRing(QObject *parent = nullptr);
    // The control the ring is around; null while nothing that takes a ring has the focus.
    QWidget *target() const;
    QFocusFrame *frame() const { return m_frame; }

private:
    void follow(QWidget *now);

    QPointer<QFocusFrame> m_frame;
};

} // namespace hs
