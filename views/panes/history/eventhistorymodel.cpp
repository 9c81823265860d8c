#include "eventhistorymodel.h"
#include "widgets/messagewords.h"

#include "eventtext.h"
#include "shell/session.h"

namespace hs {

namespace {
constexpr int pageSize = 200;
}

EventHistoryModel::EventHistoryModel(Session *session, QObject *parent)
    : KeysetPagedModel(parent), m_session(session)
{
}

void EventHistoryModel::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    m_tailing = false;
    restart();
}

bool EventHistoryModel::canRead() const { return m_session->client()->isOpen(); }

void EventHistoryModel::readPage(std::optional<qint64> after, PageDone done)
{
    const EventPageRequest request{m_filter, after.value_or(0), pageSize};
    m_session->read(this, [request](ReadContext &ctx, const AsOf *at) {
        EventPage page = EventQuery(ctx.events).page(request, at);
        return Page{std::move(page.events), page.last, page.atEnd};
    }, std::move(done));
}

void EventHistoryModel::tail()
{
    if (m_tailing || isLoading())
        return;
    if (m_filter.order == EventFilter::Order::OldestFirst) {
        // New events belong at the end: let the view fetch them as it reaches it.
        if (isComplete()) {
            expectMore();
            fetchMore({});
        }
        return;
    }
    m_tailing = true;
    const int asked = generation();
    const EventFilter f = m_filter;
    const qint64 newest = m_rows.empty() ? 0 : m_rows.front().position;
    m_session->read(this, [f, newest](ReadContext &ctx, const AsOf *) { return EventQuery(ctx.events).newerThan(f, newest); },
                    [this, asked](std::vector<RecordedEvent> fresh) {
                        if (asked != generation())
                            return;
                        m_tailing = false;
                        std::reverse(fresh.begin(), fresh.end());
                        putOnTop(std::move(fresh));
                    });
}

int EventHistoryModel::rowOfPosition(qint64 position) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].position == position)
            return int(i);
    return -1;
}

int EventHistoryModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EventHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordedEvent &e = m_rows[index.row()];
    if (role == PositionRole)
        return e.position;
    if (role == RawRole) {
        switch (index.column()) {
        case Position: return e.position;
        case Occurred: return e.occurredAt;
        case Recorded: return e.recordedAt;
        case Stream: return e.streamId;
        case Version: return e.version;
        case Type: return e.type();
        case Actor: return e.actor.user;
        case Department: return departmentName(e.actor.department);
        case Summary: return QString::fromUtf8(e.data);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Position: return QLocale().toString(e.position);
        case Occurred: return eventtext::localTime(e.occurredAt);
        case Recorded: return eventtext::localTime(e.recordedAt);
        case Stream: return e.streamId;
        case Version: return e.version;
        case Type: return words::eventOfType(e.type());
        case Actor: return e.actor.user;
        case Department: return eventtext::department(e.actor.department);
        case Summary: return words::summary(e);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return QString::fromUtf8(e.data);
    if (role == Qt::TextAlignmentRole && (index.column() == Position || index.column() == Version))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant EventHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position: return tr("Position");
    case Occurred: return tr("Occurred");
    case Recorded: return tr("Recorded");
    case Stream: return tr("Stream");
    case Version: return tr("Version");
    case Type: return tr("Type");
    case Actor: return tr("Actor");
    case Department: return tr("Department");
    case Summary: return tr("Summary");
    }
    return {};
}

} // namespace hs
