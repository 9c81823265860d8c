#include "timemachine.h"

#include "readmodel/timeline.h"
#include "theme.h"

#include <QApplication>

#include <QAction>
#include <QDateTimeEdit>
#include <QEvent>
#include <QSignalBlocker>
#include <QSlider>

namespace hs {

QString asOfText(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

TimeMachineBar::TimeMachineBar(Session *session, QWidget *parent) : QToolBar(parent), m_session(session)
{
    setObjectName(QStringLiteral("timeMachineBar"));
    setMovable(false);
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("timeMachineCaption"));
    m_caption->setPixmap(QIcon(QStringLiteral(":/icons/timemachine.svg")).pixmap(18, 18));
    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setObjectName(QStringLiteral("timeMachineSlider"));
    m_slider->setMinimumWidth(320);
    m_slider->setRange(0, 0);
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_positionLabel = new QLabel;
    m_positionLabel->setObjectName(QStringLiteral("timeMachinePosition"));
    m_positionLabel->setMinimumWidth(150);
    m_date = new QDateTimeEdit;
    m_date->setObjectName(QStringLiteral("timeMachineDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_date->setTimeSpec(Qt::LocalTime);
    m_live = new QAction(QIcon(QStringLiteral(":/icons/accepted.svg")), QString(), this);
    m_live->setObjectName(QStringLiteral("backToLiveAction"));
    m_live->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_L)});
    m_live->setShortcutContext(Qt::WindowShortcut);
    m_live->setEnabled(false);
    addWidget(m_caption);
    addWidget(m_slider);
    addWidget(m_positionLabel);
    addWidget(m_date);
    addAction(m_live);

    m_sliderTimer.setSingleShot(true);
    m_sliderTimer.setInterval(coalesceMs);
    m_dateTimer.setSingleShot(true);
    m_dateTimer.setInterval(300);
    connect(&m_sliderTimer, &QTimer::timeout, this, &TimeMachineBar::lookUpSliderTime);
    connect(&m_dateTimer, &QTimer::timeout, this, &TimeMachineBar::onDateEdited);
    connect(m_slider, &QSlider::valueChanged, this, &TimeMachineBar::onSliderMoved);
    connect(m_date, &QDateTimeEdit::dateTimeChanged, this, [this] { m_dateTimer.start(); });
    connect(m_live, &QAction::triggered, this, &TimeMachineBar::backToLive);
    connect(session, &Session::asOfChanged, this, &TimeMachineBar::onAsOfChanged);
    retranslateUi();
    showPosition(0);
}

void TimeMachineBar::onSliderMoved()
{
    showPosition(m_slider->value());
    // Coalesce a drag into one lookup per interval, not one per pixel.
    if (!m_sliderTimer.isActive())
        m_sliderTimer.start();
}

void TimeMachineBar::lookUpSliderTime()
{
    const qint64 position = m_slider->value();
    if (position >= m_head) {
        backToLive();
        return;
    }
    if (m_inFlight)
        return; // the answer under way looks again
    m_inFlight = true;
    m_lookedUp = position;
    const int request = ++m_request;
    m_session->client()->read(this, [position](ReadContext &ctx) { return Timeline(ctx.db.connection()).timeAtPosition(position); },
                              [this, request, position](std::optional<qint64> time) {
                                  m_inFlight = false;
                                  if (request != m_request)
                                      return; // back to live, or the date field, won meanwhile
                                  if (m_slider->value() != position) {
                                      lookUpSliderTime(); // the user has moved on: drop this one
                                      return;
                                  }
                                  if (time) {
                                      m_fromSlider = true;
                                      m_session->setAsOfTime(*time);
                                      m_fromSlider = false;
                                  }
                              });
}

void TimeMachineBar::onDateEdited()
{
    ++m_request;
    m_session->setAsOfTime(m_date->dateTime().toMSecsSinceEpoch());
}

void TimeMachineBar::backToLive()
{
    ++m_request;
    m_sliderTimer.stop();
    m_dateTimer.stop();
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(int(m_head));
    }
    m_session->setAsOfTime(std::nullopt);
    onAsOfChanged();
}

void TimeMachineBar::onAsOfChanged()
{
    const bool live = m_session->isLive();
    m_live->setEnabled(!live);
    setProperty("past", !live);
    const std::optional<qint64> shown = live ? m_lastTime : m_session->asOfTime();
    if (shown) {
        const QSignalBlocker block(m_date);
        m_date->setDateTime(QDateTime::fromMSecsSinceEpoch(*shown).toLocalTime());
    }
    showPosition(m_slider->value());
    if (!live && !m_fromSlider)
        followAsOf(*m_session->asOfTime());
}

// Puts the slider where a moment set elsewhere (the date field, the command line) falls.
void TimeMachineBar::followAsOf(qint64 time)
{
    const int request = ++m_request;
    m_session->client()->read(this, [time](ReadContext &ctx) { return Timeline(ctx.db.connection()).positionAtTime(time); },
                              [this, request](qint64 position) {
                                  if (request != m_request)
                                      return;
                                  const QSignalBlocker block(m_slider);
                                  m_slider->setValue(int(position));
                                  showPosition(position);
                              });
}

void TimeMachineBar::onStoreChanged(qint64 head)
{
    m_head = head;
    {
        const QSignalBlocker block(m_slider);
        m_slider->setMaximum(int(std::min<qint64>(head, INT_MAX)));
        m_slider->setPageStep(int(std::max<qint64>(1, head / 50)));
        if (m_session->isLive())
            m_slider->setValue(m_slider->maximum());
    }
    showPosition(m_slider->value());
    loadSpan();
    if (!m_session->isLive() && !m_inFlight)
        followAsOf(*m_session->asOfTime());
}

void TimeMachineBar::loadSpan()
{
    m_session->client()->read(this, [](ReadContext &ctx) { return Timeline(ctx.db.connection()).span(); },
                              [this](Timeline::Span span) {
                                  m_lastTime = span.last;
                                  const QSignalBlocker block(m_date);
                                  if (span.first && span.last)
                                      m_date->setDateTimeRange(QDateTime::fromMSecsSinceEpoch(*span.first - 1000).toLocalTime(),
                                                               QDateTime::fromMSecsSinceEpoch(*span.last).toLocalTime().addDays(365));
                                  if (m_session->isLive() && span.last)
                                      m_date->setDateTime(QDateTime::fromMSecsSinceEpoch(*span.last).toLocalTime());
                              });
}

void TimeMachineBar::showPosition(qint64 position)
{
    if (m_session->isLive() && position >= m_head)
        m_positionLabel->setText(tr("Live · %n event(s)", nullptr, int(std::min<qint64>(m_head, INT_MAX))));
    else
        m_positionLabel->setText(tr("Event %1 of %2").arg(QLocale().toString(position), QLocale().toString(m_head)));
}

void TimeMachineBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolBar::changeEvent(event);
}

void TimeMachineBar::retranslateUi()
{
    setWindowTitle(tr("Time Machine"));
    m_caption->setToolTip(tr("Time machine: show the store as it stood at an earlier moment"));
    m_caption->setAccessibleName(tr("Time machine"));
    m_slider->setAccessibleName(tr("Moment shown, as a position in the event history"));
    m_slider->setToolTip(tr("Drag to see the store as it stood after that event; the right end is live."));
    m_positionLabel->setAccessibleName(tr("Position shown"));
    m_date->setAccessibleName(tr("Moment shown, as a date and time"));
    m_date->setToolTip(tr("Show the store as it stood at this date and time (your local time)"));
    m_live->setText(tr("Back to live"));
    m_live->setToolTip(tr("Back to live: show the store as it is now (Esc or Ctrl+L)"));
    // The toolbar shows the action as an icon-only button: give that button a name too.
    if (QWidget *button = widgetForAction(m_live)) {
        button->setObjectName(QStringLiteral("backToLiveButton"));
        button->setAccessibleName(tr("Back to live"));
    }
    showPosition(m_slider->value());
}

ReadOnlyBanner::ReadOnlyBanner(Session *session, QWidget *parent) : QLabel(parent), m_session(session)
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setWordWrap(true);
    setMargin(6);
    setTextFormat(Qt::RichText);
    applyThemeColours();
    connect(this, &QLabel::linkActivated, this, &ReadOnlyBanner::backToLiveRequested);
    connect(session, &Session::asOfChanged, this, &ReadOnlyBanner::showMoment);
    showMoment();
}

void ReadOnlyBanner::showMoment()
{
    const auto at = m_session->asOfTime();
    setVisible(at.has_value());
    if (!at)
        return;
    setText(tr("Showing the store as of %1 — read-only. Nothing can be changed at this moment. "
               "<a href=\"live\">Back to live</a> (Esc)").arg(asOfText(*at).toHtmlEscaped()));
    setAccessibleName(tr("Showing the store as of %1, read-only").arg(asOfText(*at)));
}

void ReadOnlyBanner::applyThemeColours()
{
    // Amber, like a paper "copy" stamp: impossible to miss, yet not an error; dimmed when dark.
    const QPalette p = QApplication::palette();
    setStyleSheet(QStringLiteral("QLabel#readOnlyBanner { background: %1; color: %2; border-bottom: 2px solid %3; font-weight: 600; }"
                                 " QLabel#readOnlyBanner a { color: %2; }")
                      .arg(theme::attentionBackground(p).name(), theme::attentionText(p).name(), theme::tone(theme::Tone::Caution, p).name()));
}

void ReadOnlyBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showMoment();
    // The theme changed: the application's palette reached this label.
    if ((event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange) && !m_styling) {
        m_styling = true;
        applyThemeColours();
        m_styling = false;
    }
    QLabel::changeEvent(event);
}

} // namespace hs
