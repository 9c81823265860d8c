#pragma once

#include "session.h"

#include <QLabel>
#include <QTimer>
#include <QToolBar>

class QAction;
class QDateTimeEdit;
class QSlider;

namespace hs {

// The time machine: one global "as of" control. A slider over the event timeline (positions
// 0..head) and a date-time field both set the session's as-of moment, which puts every pane
// at that moment, read-only; "Back to live" (Esc, Ctrl+L) returns. The slider stays
// interactive on a million events: moves are coalesced, at most one lookup is in flight,
// and answers to positions the user has already left are dropped.
class TimeMachineBar : public QToolBar
{
    Q_OBJECT
public:
    explicit TimeMachineBar(Session *session, QWidget *parent = nullptr);

    QAction *backToLiveAction() const { return m_live; }
    QSlider *slider() const { return m_slider; }
    QDateTimeEdit *dateTimeEdit() const { return m_date; }
    qint64 head() const { return m_head; }

    void backToLive();
    // The store moved on: while live the slider follows the head.
    void onStoreChanged(qint64 head);

    static constexpr int coalesceMs = 60;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onSliderMoved();
    void lookUpSliderTime();
    void onDateEdited();
    void onAsOfChanged();
    void followAsOf(qint64 time);
    void showPosition(qint64 position);
    void loadSpan();

    Session *m_session;
    QLabel *m_caption;
    QSlider *m_slider;
    QLabel *m_positionLabel;
    QDateTimeEdit *m_date;
    QAction *m_live;
    QTimer m_sliderTimer;
    QTimer m_dateTimer;
    qint64 m_head = 0;
    std::optional<qint64> m_lastTime;
    int m_request = 0;
    bool m_inFlight = false;
    bool m_fromSlider = false;
    qint64 m_lookedUp = -1;
};

// The coloured strip above the panes that says, while the time machine is in the past,
// which moment is shown and that nothing can be changed there.
class ReadOnlyBanner : public QLabel
{
    Q_OBJECT
public:
    explicit ReadOnlyBanner(Session *session, QWidget *parent = nullptr);

Q_SIGNALS:
    void backToLiveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showMoment();
    void applyThemeColours();
    Session *m_session;
    bool m_styling = false;
};

// How the time machine writes a moment for people: local time, to the second.
QString asOfText(qint64 msecsSinceEpoch);

} // namespace hs
