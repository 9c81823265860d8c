#include "eventhistorypane.h"
#include "widgets/messagewords.h"
#include "widgets/recordtable.h"

#include "businessactionmodel.h"
#include "codec/catalog.h"
#include "eventhistorymodel.h"
#include "eventinspector.h"
#include "eventtext.h"
#include "explore/eventtimeline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include "widgets/filedialog.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QRegularExpression>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace hs {

EventHistoryPane::EventHistoryPane(Session *session, QWidget *parent) : Pane(session, parent)
{
    setObjectName(QStringLiteral("event-history"));
    m_full = new EventHistoryModel(session, this);
    m_compact = new BusinessActionModel(session, this);

    auto named = [](auto *w, const char *name) {
        w->setObjectName(QString::fromLatin1(name));
        return w;
    };
    m_stream = named(new QLineEdit, "filter-stream");
    m_stream->setClearButtonEnabled(true);
    m_type = named(new QComboBox, "filter-type");
    m_type->addItem(QString());
    for (const CatalogEntry &c : eventCatalog())
        m_type->addItem(c.type, c.type);
    m_department = named(new QComboBox, "filter-department");
    m_department->addItem(QString(), -1);
    for (Department d : {Department::CustomerService, Department::Dispatch, Department::Finance, Department::System})
        m_department->addItem(QString(), int(d));
    m_actor = named(new QLineEdit, "filter-actor");
    m_actor->setClearButtonEnabled(true);
    m_text = named(new QLineEdit, "filter-text");
    m_text->setClearButtonEnabled(true);
    m_text->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_useFrom = named(new QCheckBox, "filter-use-from");
    m_from = named(new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7)), "filter-from");
    m_useTo = named(new QCheckBox, "filter-use-to");
    m_to = named(new QDateTimeEdit(QDateTime::currentDateTime()), "filter-to");
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setEnabled(false);
    }
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_order = named(new QComboBox, "filter-order");
    m_order->addItem(QString());
    m_order->addItem(QString());
    m_liveTail = named(new QCheckBox, "live-tail");
    m_liveTail->setChecked(true);
    m_reload = named(new QPushButton, "reload");
    m_export = named(new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), QString()), "export-jsonl");
    m_count = named(new QLabel, "match-count");

    auto *filters = new QGridLayout;
    auto label = [&](QWidget *buddy) {
        auto *l = new QLabel;
        l->setBuddy(buddy);
        m_labels << l;
        return l;
    };
    filters->addWidget(label(m_stream), 0, 0);
    filters->addWidget(m_stream, 0, 1);
    filters->addWidget(label(m_type), 0, 2);
    filters->addWidget(m_type, 0, 3);
    filters->addWidget(label(m_department), 0, 4);
    filters->addWidget(m_department, 0, 5);
    filters->addWidget(label(m_actor), 0, 6);
    filters->addWidget(m_actor, 0, 7);
    filters->addWidget(label(m_text), 0, 8);
    filters->addWidget(m_text, 0, 9);
    auto *second = new QHBoxLayout;
    second->addWidget(m_useFrom);
    second->addWidget(m_from);
    second->addWidget(m_useTo);
    second->addWidget(m_to);
    second->addSpacing(12);
    second->addWidget(m_order);
    second->addWidget(m_liveTail);
    second->addStretch(1);
    second->addWidget(m_count);
    second->addWidget(m_reload);
    second->addWidget(m_export);
    filters->addLayout(second, 1, 0, 1, 10);
    filters->setColumnStretch(9, 2);
    filters->setColumnStretch(1, 1);
    // The boxes one types into get the room; the lists open as wide as their longest entry.
    for (QComboBox *c : {m_type, m_department}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(12);
    }
    const int character = fontMetrics().averageCharWidth();
    m_stream->setMinimumWidth(16 * character); // "shipment-S-2046" readable whole
    m_actor->setMaximumWidth(14 * character);

    m_fullView = makeRecordTable(QStringLiteral("history-full"), m_full);
    m_fullView->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {60, 135, 135, 130, 55, 150, 60, 115};
    for (int c = 0; c < 8; ++c)
        m_fullView->setColumnWidth(c, widths[c]);
    m_compactView = new QTreeView;
    setUpRecordView(m_compactView, QStringLiteral("history-compact"), m_compact);
    m_compactView->setUniformRowHeights(true);
    const int compactWidths[] = {90, 140, 170, 70, 120, 60};
    for (int c = 0; c < 6; ++c)
        m_compactView->setColumnWidth(c, compactWidths[c]);
    auto *timelinePage = new QWidget;
    auto *tl = new QVBoxLayout(timelinePage);
    m_timelineCaption = named(new QLabel, "timeline-caption");
    m_timelineCaption->setWordWrap(true);
    m_timeline = named(new QPlainTextEdit, "stream-timeline");
    m_timeline->setReadOnly(true);
    m_timeline->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_timeline->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    tl->addWidget(m_timelineCaption);
    tl->addWidget(m_timeline, 1);
    m_views = named(new QTabWidget, "history-views");
    m_views->addTab(m_fullView, QString());
    m_views->addTab(m_compactView, QString());
    m_views->addTab(timelinePage, QString());

    m_inspector = new EventInspector(session);
    // The inspector sits below the list so that every column of the list fits beside the
    // command feed.
    auto *split = named(new QSplitter(Qt::Vertical), "history-split");
    split->addWidget(m_views);
    split->addWidget(m_inspector);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({420, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &EventHistoryPane::applyFilter);
    for (QLineEdit *e : {m_stream, m_actor, m_text})
        connect(e, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *c : {m_type, m_department, m_order})
        connect(c, &QComboBox::currentIndexChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QCheckBox *c : {m_useFrom, m_useTo})
        connect(c, &QCheckBox::toggled, m_debounce, qOverload<>(&QTimer::start));
    for (QDateTimeEdit *e : {m_from, m_to})
        connect(e, &QDateTimeEdit::dateTimeChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_reload, &QPushButton::clicked, this, &EventHistoryPane::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &EventHistoryPane::chooseExportFile);
    connect(m_liveTail, &QCheckBox::toggled, this, [this](bool on) {
        if (on && this->session()->isLive())
            m_full->tail();
    });
    connect(m_fullView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventHistoryPane::onFullSelection);
    connect(m_compactView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventHistoryPane::onCompactSelection);
    connect(m_views, &QTabWidget::currentChanged, this, [this](int) {
        if (m_views->currentIndex() == 2)
            showTimeline(m_timelineStream);
    });
    connect(m_full, &EventHistoryModel::pageLoaded, this, [this] {
        markDataShown();
        if (!m_fullView->currentIndex().isValid() && m_full->rowCount() > 0)
            m_fullView->setCurrentIndex(m_full->index(0, 0));
    });
    connect(m_inspector, &EventInspector::showChainRequested, this, &EventHistoryPane::showChainRequested);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_text->setFocus();
        m_text->selectAll();
    });
    auto *reload = new QShortcut(QKeySequence::Refresh, this);
    connect(reload, &QShortcut::activated, this, &EventHistoryPane::applyFilter);
    auto *exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this);
    connect(exportKey, &QShortcut::activated, this, &EventHistoryPane::chooseExportFile);
    retranslateUi();
}

void EventHistoryPane::retranslateUi()
{
    for (QDateTimeEdit *e : {m_from, m_to})
        e->setDisplayFormat(eventtext::shortDateTimeFormat());
    const QStringList captions{tr("&Stream:"), tr("&Type:"), tr("&Department:"), tr("&Actor:"), tr("Search &data:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(captions.value(i));
    m_stream->setPlaceholderText(tr("e.g. shipment-S-1"));
    m_stream->setAccessibleName(tr("Stream filter"));
    m_type->setItemText(0, tr("Any type"));
    for (int i = 1; i < m_type->count(); ++i)
        m_type->setItemText(i, words::eventOfType(m_type->itemData(i).toString()));
    m_type->setAccessibleName(tr("Event type filter"));
    m_department->setItemText(0, tr("Any department"));
    for (int i = 1; i < m_department->count(); ++i)
        m_department->setItemText(i, eventtext::department(Department(m_department->itemData(i).toInt())));
    m_department->setAccessibleName(tr("Department filter"));
    m_actor->setPlaceholderText(tr("user name"));
    m_actor->setAccessibleName(tr("Actor filter"));
    m_text->setPlaceholderText(tr("text inside the event data (Ctrl+F)"));
    m_text->setAccessibleName(tr("Search inside event data"));
    m_useFrom->setText(tr("From"));
    m_useFrom->setAccessibleName(tr("Limit to events from a time"));
    m_from->setAccessibleName(tr("Earliest occurred time"));
    m_useTo->setText(tr("To"));
    m_useTo->setAccessibleName(tr("Limit to events up to a time"));
    m_to->setAccessibleName(tr("Latest occurred time"));
    m_order->setItemText(0, tr("Newest first"));
    m_order->setItemText(1, tr("Oldest first"));
    m_order->setAccessibleName(tr("Order"));
    m_liveTail->setText(tr("Live tail"));
    m_liveTail->setAccessibleName(tr("Live tail: show new events as they are recorded"));
    m_reload->setText(tr("Reload"));
    m_reload->setToolTip(tr("Read the events again (F5)"));
    m_reload->setAccessibleName(tr("Reload"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Write the filtered events to a JSON Lines file, as haulctl events prints them (Ctrl+Shift+E)"));
    m_export->setAccessibleName(tr("Export the filtered events to JSON Lines"));
    m_count->setAccessibleName(tr("Number of matching events"));
    m_views->setTabText(0, tr("Full"));
    m_views->setTabText(1, tr("Compact (by business action)"));
    m_views->setTabText(2, tr("Stream timeline"));
    m_views->setAccessibleName(tr("History views"));
    m_fullView->setAccessibleName(tr("Every event"));
    m_compactView->setAccessibleName(tr("Events grouped by business action"));
    fitColumnsToTitles(m_fullView);
    fitColumnsToTitles(m_compactView);
    m_timeline->setAccessibleName(tr("Stream timeline as text"));
    updateLiveState();
    if (m_timelineStream.isEmpty())
        m_timelineCaption->setText(tr("Select an event to see the timeline of its stream."));
}

EventFilter EventHistoryPane::currentFilter() const
{
    EventFilter f;
    f.streamId = m_stream->text().trimmed();
    if (m_streamNamed.first == f.streamId)
        f.streamId = m_streamNamed.second;
    f.type = m_type->currentData().toString();
    if (const int d = m_department->currentData().toInt(); d >= 0)
        f.department = Department(d);
    f.actorUser = m_actor->text().trimmed();
    if (m_useFrom->isChecked())
        f.from = m_from->dateTime().toMSecsSinceEpoch();
    if (m_useTo->isChecked())
        f.to = m_to->dateTime().toMSecsSinceEpoch();
    f.text = m_text->text();
    f.order = m_order->currentIndex() == 1 ? EventFilter::Order::OldestFirst : EventFilter::Order::NewestFirst;
    return f;
}

void EventHistoryPane::refresh()
{
    const std::optional<qint64> asOf = session()->asOfTime();
    if (!m_shownAsOf || *m_shownAsOf != asOf) {
        m_shownAsOf = asOf;
        updateLiveState();
        applyFilter();
        return;
    }
    // The store moved on: add what is new on top, unless the user froze the list.
    if (session()->isLive() && m_liveTail->isChecked()) {
        m_full->tail();
        if (m_views->currentIndex() == 1)
            m_compact->setFilter(currentFilter());
        updateCount();
    }
}

void EventHistoryPane::updateLiveState()
{
    const bool live = session()->isLive();
    m_liveTail->setEnabled(live);
    m_liveTail->setToolTip(live ? tr("New events appear at the top as they are recorded")
                                : tr("The history shows a past moment: it does not change"));
}

void EventHistoryPane::applyFilter()
{
    m_debounce->stop();
    if (!session()->client()->isOpen())
        return;
    // A bare number ("S-2046", "T-4", "A-110") names the stream of that shipment, truck or account.
    const QString typed = m_stream->text().trimmed();
    if (!typed.isEmpty() && m_streamNamed.first != typed && !typed.contains(QRegularExpression(QStringLiteral("^(shipment|truck|account|pricing)-")))) {
        session()->read(this, [typed](ReadContext &ctx, const AsOf *) {
            for (const QString &stream : {shipmentStream(typed), truckStream(typed), accountStream(typed)}) {
                EventFilter one;
                one.streamId = stream;
                if (EventQuery(ctx.events).count(one, nullptr).count > 0)
                    return stream;
            }
            return typed;
        }, [this, typed](const QString &stream) {
            m_streamNamed = {typed, stream};
            if (m_stream->text().trimmed() == typed)
                applyFilter();
        });
        return;
    }
    const EventFilter f = currentFilter();
    m_inspector->clear();
    m_full->setFilter(f);
    m_compact->setFilter(f);
    updateCount();
}

void EventHistoryPane::updateCount()
{
    const EventFilter f = currentFilter();
    session()->read(this, [f](ReadContext &ctx, const AsOf *at) { return EventQuery(ctx.events).count(f, at); },
                    [this](EventCount c) {
                        m_count->setText(c.exact ? tr("%n event(s)", nullptr, int(std::min<qint64>(c.count, INT_MAX)))
                                                 : tr("more than %1 events").arg(QLocale().toString(c.count)));
                    });
}

void EventHistoryPane::onFullSelection()
{
    if (const RecordedEvent *e = m_full->eventAt(m_fullView->currentIndex().row())) {
        m_inspector->inspect(*e);
        showTimeline(e->streamId);
    }
}

void EventHistoryPane::onCompactSelection()
{
    if (const RecordedEvent *e = m_compact->eventAt(m_compactView->currentIndex())) {
        m_inspector->inspect(*e);
        showTimeline(e->streamId);
    }
}

void EventHistoryPane::showTimeline(const QString &streamId)
{
    m_timelineStream = streamId;
    if (streamId.isEmpty() || m_views->currentIndex() != 2)
        return; // read when the tab is shown
    m_timelineCaption->setText(tr("%1, as “haulctl events --stream %1 --format text” prints it:").arg(streamId));
    EventFilter f;
    f.streamId = streamId;
    f.order = EventFilter::Order::OldestFirst;
    session()->read(this,
                    [f](ReadContext &ctx, const AsOf *at) {
                        StreamTimeline t;
                        for (const RecordedEvent &e : EventQuery(ctx.events).page({f, 0, 5000}, at).events)
                            t.add(e);
                        return t.text();
                    },
                    [this, streamId](QString text) {
                        if (streamId == m_timelineStream)
                            m_timeline->setPlainText(text);
                    });
}

void EventHistoryPane::chooseExportFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = chooseSaveFileName(this, tr("Export Events"), dir + QStringLiteral("/events.jsonl"),
                                            tr("JSON Lines (*.jsonl);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

void EventHistoryPane::exportTo(const QString &path)
{
    const EventFilter f = currentFilter();
    Q_EMIT status(tr("Exporting events to %1…").arg(path));
    session()->read(this,
                    [f, path](ReadContext &ctx, const AsOf *at) -> qint64 {
                        QFile file(path);
                        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                            return -1;
                        return EventQuery(ctx.events).exportJsonLines(f, file, at);
                    },
                    [this, path](qint64 n) {
                        Q_EMIT status(n < 0 ? tr("Could not write %1.").arg(path)
                                            : tr("Exported %n event(s) to %1.", nullptr, int(n)).arg(path));
                        Q_EMIT exported(n, path);
                    });
}

} // namespace hs
