#include "eventhistorymodel.h"
#include "widgets/messagewords.h"

#include "eventtext.h"
#include "shell/session.h"

namespace hs {

namespace {
constexpr int pageSize = 200;
}

EventHistoryModel::EventHistoryModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

void EventHistoryModel::setFilter(const EventFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_last = 0;
    m_newest = 0;
    m_atEnd = false;
    m_loading = false;
    m_tailing = false;
    ++m_generation; // answers to the old filter are dropped
    endResetModel();
    fetchMore({});
}

void EventHistoryModel::tail()
{
    if (m_tailing || m_loading)
        return;
    if (m_filter.order == EventFilter::Order::OldestFirst) {
        // New events belong at the end: let the view fetch them as it reaches it.
        if (m_atEnd) {
            m_atEnd = false;
            fetchMore({});
        }
        return;
    }
    m_tailing = true;
    const int generation = m_generation;
    const EventFilter f = m_filter;
    const qint64 newest = m_newest;
    m_session->read(this, [f, newest](ReadContext &ctx, const AsOf *) { return EventQuery(ctx.events).newerThan(f, newest); },
                    [this, generation](std::vector<RecordedEvent> fresh) {
                        if (generation != m_generation)
                            return;
                        m_tailing = false;
                        if (fresh.empty())
                            return;
                        const int n = int(fresh.size());
                        beginInsertRows({}, 0, n - 1);
                        std::reverse(fresh.begin(), fresh.end());
                        m_newest = fresh.front().position;
                        m_rows.insert(m_rows.begin(), std::make_move_iterator(fresh.begin()), std::make_move_iterator(fresh.end()));
                        endInsertRows();
                        Q_EMIT pageLoaded();
                    });
}

const RecordedEvent *EventHistoryModel::eventAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[row] : nullptr;
}

int EventHistoryModel::rowOfPosition(qint64 position) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].position == position)
            return int(i);
    return -1;
}

int EventHistoryModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

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
        case Type: return e.type();
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

bool EventHistoryModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_atEnd; }

void EventHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_loading || !m_session->client()->isOpen())
        return;
    m_loading = true;
    const int generation = m_generation;
    const EventPageRequest request{m_filter, m_last, pageSize};
    m_session->read(this, [request](ReadContext &ctx, const AsOf *at) { return EventQuery(ctx.events).page(request, at); },
                    [this, generation](EventPage page) {
                        if (generation != m_generation)
                            return;
                        m_loading = false;
                        m_atEnd = page.atEnd;
                        m_last = page.last;
                        if (!page.events.empty()) {
                            const int first = int(m_rows.size());
                            beginInsertRows({}, first, first + int(page.events.size()) - 1);
                            for (RecordedEvent &e : page.events) {
                                m_newest = std::max(m_newest, e.position);
                                m_rows.push_back(std::move(e));
                            }
                            endInsertRows();
                        }
                        Q_EMIT pageLoaded();
                    });
}

} // namespace hs
