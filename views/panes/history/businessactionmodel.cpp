#include "businessactionmodel.h"
#include "widgets/messagewords.h"

#include "eventtext.h"
#include "shell/session.h"

#include <QBrush>
#include <QFont>

namespace hs {

namespace {
constexpr int pageSize = 100;
// Top-level rows carry internal id 0; a child carries its parent's row + 1.
constexpr quintptr topLevel = 0;
} // namespace

BusinessActionModel::BusinessActionModel(Session *session, QObject *parent)
    : KeysetPagedModel(parent), m_session(session)
{
}

void BusinessActionModel::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    restart();
}

bool BusinessActionModel::canRead() const { return m_session->client()->isOpen(); }

void BusinessActionModel::readPage(std::optional<qint64> after, PageDone done)
{
    const EventPageRequest request{m_filter, after.value_or(0), pageSize};
    m_session->read(this, [request](ReadContext &ctx, const AsOf *at) {
        ActionPage page = EventQuery(ctx.events).actions(request, at);
        return Page{std::move(page.actions), page.last, page.atEnd};
    }, std::move(done));
}

const RecordedEvent *BusinessActionModel::eventAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == topLevel) {
        const BusinessAction *a = actionAt(index.row());
        return a && !a->events.empty() ? &a->events.front() : nullptr;
    }
    const BusinessAction *a = actionAt(int(index.internalId()) - 1);
    return a && index.row() < int(a->events.size()) ? &a->events[index.row()] : nullptr;
}

QModelIndex BusinessActionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_rows.size()) ? createIndex(row, column, topLevel) : QModelIndex();
    if (parent.internalId() != topLevel || parent.row() >= int(m_rows.size()))
        return {};
    if (row >= int(m_rows[parent.row()].events.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex BusinessActionModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, topLevel);
}

int BusinessActionModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != topLevel || parent.column() != 0)
        return 0;
    const BusinessAction *a = actionAt(parent.row());
    return a ? int(a->events.size()) : 0;
}

int BusinessActionModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant BusinessActionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == topLevel)
        return actionData(m_rows[index.row()], index.column(), role);
    const RecordedEvent *e = eventAt(index);
    return e ? eventData(*e, index.column(), role) : QVariant();
}

QVariant BusinessActionModel::actionData(const BusinessAction &a, int column, int role) const
{
    if (role == CorrelationRole)
        return a.correlationId;
    if (role == PositionRole)
        return a.firstPosition;
    if (role == RawRole) {
        switch (column) {
        case Position: return a.firstPosition;
        case Time: return a.at;
        case What: return a.commandType;
        case Actor: return a.actor.user;
        case Department: return departmentName(a.actor.department);
        case Events: return a.eventCount;
        case Summary: return a.correlationId;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Position: return QLocale().toString(a.firstPosition);
        case Time: return eventtext::localTime(a.at);
        case What: return words::commandOfType(a.commandType);
        case Actor: return a.actor.user;
        case Department: return eventtext::department(a.actor.department);
        case Events: return QLocale().toString(a.eventCount);
        case Summary: {
            QStringList types;
            for (const RecordedEvent &e : a.events)
                types << words::eventOfType(e.type());
            return types.join(QStringLiteral(" → "));
        }
        }
    }
    if (role == Qt::FontRole && column == What) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && (column == Position || column == Events))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BusinessActionModel::eventData(const RecordedEvent &e, int column, int role) const
{
    if (role == CorrelationRole)
        return e.correlationId;
    if (role == PositionRole)
        return e.position;
    if (role == RawRole) {
        switch (column) {
        case Position: return e.position;
        case Time: return e.occurredAt;
        case What: return e.type();
        case Actor: return e.actor.user;
        case Department: return departmentName(e.actor.department);
        case Events: return 1;
        case Summary: return QString::fromUtf8(e.data);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Position: return QLocale().toString(e.position);
        case Time: return eventtext::localTime(e.occurredAt);
        case What: return words::eventOfType(e.type());
        case Actor: return e.actor.user;
        case Department: return eventtext::department(e.actor.department);
        case Events: return QString();
        case Summary: return words::summary(e);
        }
    }
    if (role == Qt::TextAlignmentRole && column == Position)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BusinessActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position: return tr("Position");
    case Time: return tr("Time");
    case What: return tr("Command / event");
    case Actor: return tr("Actor");
    case Department: return tr("Department");
    case Events: return tr("Events");
    case Summary: return tr("Summary");
    }
    return {};
}

} // namespace hs
