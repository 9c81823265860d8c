#include "eventinspector.h"
#include "widgets/heading.h"
#include "widgets/messagewords.h"
#include "widgets/money.h"

#include "eventtext.h"
#include "shell/session.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hs {

EventInspector::EventInspector(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("event-inspector"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_heading = makeHeading(HeadingLevel::Group, "inspector-heading");
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chainButton = new QPushButton(QIcon(QStringLiteral(":/icons/chain.svg")), QString());
    m_chainButton->setObjectName(QStringLiteral("show-chain"));
    m_chainButton->setEnabled(false);
    connect(m_chainButton, &QPushButton::clicked, this, [this] {
        if (m_event)
            Q_EMIT showChainRequested(m_event->eventId);
    });
    top->addWidget(m_heading, 1);
    top->addWidget(m_chainButton);
    layout->addLayout(top);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("inspector-tabs"));
    m_state = new QTreeWidget;
    m_state->setObjectName(QStringLiteral("inspector-state"));
    m_state->setColumnCount(3);
    m_state->setRootIsDecorated(true);
    m_state->setAlternatingRowColors(true);
    m_state->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_data = new QPlainTextEdit;
    m_data->setObjectName(QStringLiteral("inspector-data"));
    m_data->setReadOnly(true);
    m_data->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_meta = new QTreeWidget;
    m_meta->setObjectName(QStringLiteral("inspector-metadata"));
    m_meta->setColumnCount(2);
    m_meta->setRootIsDecorated(false);
    m_meta->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tabs->addTab(m_state, QString());
    m_tabs->addTab(m_data, QString());
    m_tabs->addTab(m_meta, QString());
    layout->addWidget(m_tabs, 1);
    retranslateUi();
    clear();
}

void EventInspector::retranslateUi()
{
    m_tabs->setTabText(0, tr("Before / after"));
    m_tabs->setTabText(1, tr("Data"));
    m_tabs->setTabText(2, tr("Metadata"));
    m_chainButton->setText(tr("Show chain"));
    m_chainButton->setToolTip(tr("Show this event's business action as a graph in the chain explorer"));
    m_chainButton->setAccessibleName(tr("Show chain"));
    m_state->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_state->setAccessibleName(tr("Entity state before and after the event"));
    m_data->setAccessibleName(tr("Event data as JSON"));
    m_meta->setHeaderLabels({tr("Property"), tr("Value")});
    m_meta->setAccessibleName(tr("Event metadata"));
    m_tabs->setAccessibleName(tr("Event inspector"));
    if (m_event)
        inspect(*m_event);
    else
        m_heading->setText(tr("Select an event to inspect it."));
}

void EventInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EventInspector::clear()
{
    m_event.reset();
    ++m_request;
    m_heading->setText(tr("Select an event to inspect it."));
    m_chainButton->setEnabled(false);
    m_data->clear();
    m_meta->clear();
    m_state->clear();
}

void EventInspector::inspect(const RecordedEvent &e)
{
    m_event = e;
    m_heading->setText(tr("#%1 %2 — %3").arg(QLocale().toString(e.position), words::eventOfType(e.type()), words::summary(e)));
    m_chainButton->setEnabled(true);
    m_data->setPlainText(eventtext::indentedJson(e.data));

    m_meta->clear();
    const QList<QPair<QString, QString>> rows{
        {tr("Event id"), e.eventId},
        {tr("Position"), QString::number(e.position)},
        {tr("Stream / version"), QStringLiteral("%1 v%2").arg(e.streamId).arg(e.version)},
        {tr("Type"), words::eventOfType(e.type())},
        {tr("Schema version"), QString::number(e.schemaVersion)},
        {tr("Command id"), e.commandId},
        {tr("Causation"), e.causationId},
        {tr("Correlation"), e.correlationId},
        {tr("Actor"), QStringLiteral("%1 (%2)").arg(e.actor.user, eventtext::department(e.actor.department))},
        {tr("Occurred"), eventtext::localTime(e.occurredAt)},
        {tr("Recorded"), eventtext::localTime(e.recordedAt)},
        // The hash chain runs in position order: this event's hash covers every one before it.
        {tr("Hash chain"), tr("link %1, chained to event %2").arg(e.position).arg(e.position - 1)},
    };
    for (const auto &[k, v] : rows)
        new QTreeWidgetItem(m_meta, {k, v});

    m_state->clear();
    auto *waiting = new QTreeWidgetItem(m_state, {tr("Replaying the stream…")});
    Q_UNUSED(waiting);
    const int request = ++m_request;
    const qint64 position = e.position;
    m_session->client()->read(this, [position](ReadContext &ctx) { return EventQuery(ctx.events).stateAround(position); },
                              [this, request](std::vector<EntityChange> changes) {
                                  if (request == m_request)
                                      showState(changes);
                              });
}

void EventInspector::showState(const std::vector<EntityChange> &changes)
{
    m_state->clear();
    if (changes.empty())
        new QTreeWidgetItem(m_state, {tr("This event changes no department view.")});
    const QColor changedBackground = palette().color(QPalette::Highlight).lighter(170);
    for (const EntityChange &c : changes) {
        const QString kind = c.kind == u"shipment" ? tr("Shipment") : c.kind == u"truck" ? tr("Truck") : tr("Account");
        auto *entity = new QTreeWidgetItem(m_state, {c.existedBefore ? tr("%1 %2").arg(kind, c.id)
                                                                      : tr("%1 %2 (created)").arg(kind, c.id)});
        entity->setFirstColumnSpanned(true);
        QFont bold = entity->font(0);
        bold.setBold(true);
        entity->setFont(0, bold);
        const QStringList changed = c.changedFields();
        for (const StateField &after : c.after) {
            QString before;
            for (const StateField &b : c.before)
                if (b.name == after.name)
                    before = b.value;
            auto *row = new QTreeWidgetItem(entity, {words::fieldLabel(after.name), words::fieldValue(after.name, before),
                                                     words::fieldValue(after.name, after.value)});
            if (changed.contains(after.name)) {
                // Marked by colour and by role, so tests and screen readers see it too.
                row->setData(0, Qt::UserRole, true);
                for (int col = 0; col < 3; ++col) {
                    row->setBackground(col, changedBackground);
                    row->setFont(col, bold);
                }
                row->setToolTip(0, tr("Changed by this event"));
            }
        }
        entity->setExpanded(true);
    }
    Q_EMIT stateShown();
}

} // namespace hs
