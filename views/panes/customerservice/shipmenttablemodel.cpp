#include "shipmenttablemodel.h"
#include "widgets/money.h"

#include "shipmentwords.h"

#include <QDateTime>
#include <QSet>

namespace hs {

ShipmentTableModel::ShipmentTableModel(Session *session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
    m_query.order = ShipmentQuery::Order::NewestFirst;
}

void ShipmentTableModel::setQuery(const ShipmentQuery &query)
{
    ++m_generation; // answers to the old lookup are dropped
    beginResetModel();
    m_query = query;
    m_query.offset = 0;
    m_query.limit = -1;
    m_rows.clear();
    m_exhausted = false;
    m_busy = false;
    m_refreshWanted = false;
    endResetModel();
    fetchMore({});
}

void ShipmentTableModel::refresh()
{
    m_refreshWanted = true;
    runNext();
}

void ShipmentTableModel::runNext()
{
    if (m_busy || !m_refreshWanted)
        return;
    m_refreshWanted = false;
    // The loaded window, at least a page: new shipments arrive at the top.
    const int limit = std::max<int>(pageSize, int(m_rows.size()));
    read(0, limit, [this, limit](std::vector<ShipmentView> rows) { applyWindow(std::move(rows), limit); });
}

void ShipmentTableModel::read(int offset, int limit, std::function<void(std::vector<ShipmentView>)> apply)
{
    m_busy = true;
    ShipmentQuery q = m_query;
    q.offset = offset;
    q.limit = limit;
    const int generation = m_generation;
    m_session->read(this, [q](ReadContext &ctx, const AsOf *at) { return ctx.queries.shipments(q, at); },
                    [this, generation, apply = std::move(apply)](std::vector<ShipmentView> rows) {
                        if (generation != m_generation)
                            return;
                        m_busy = false;
                        apply(std::move(rows));
                        Q_EMIT updated();
                        runNext();
                    });
}

bool ShipmentTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_busy;
}

void ShipmentTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    read(int(m_rows.size()), pageSize, [this](std::vector<ShipmentView> rows) { appendPage(std::move(rows)); });
}

void ShipmentTableModel::appendPage(std::vector<ShipmentView> rows)
{
    m_exhausted = rows.size() < size_t(pageSize);
    // A refresh may have loaded some of these already; keep the ids unique.
    QSet<QString> known;
    for (const auto &r : m_rows)
        known.insert(r.shipmentId);
    std::erase_if(rows, [&](const ShipmentView &s) { return known.contains(s.shipmentId); });
    if (rows.empty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    std::move(rows.begin(), rows.end(), std::back_inserter(m_rows));
    endInsertRows();
}

namespace {
bool sameRow(const ShipmentView &a, const ShipmentView &b)
{
    return a.version == b.version && a.status == b.status && a.truckId == b.truckId;
}
} // namespace

void ShipmentTableModel::applyWindow(std::vector<ShipmentView> fresh, int limit)
{
    // Both lists are in the lookup's order and an entity's place in it never changes, so
    // what survives keeps its relative order: remove the gone, then walk and insert the new.
    QSet<QString> freshIds;
    for (const auto &s : fresh)
        freshIds.insert(s.shipmentId);
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (freshIds.contains(m_rows[row].shipmentId)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !freshIds.contains(m_rows[first - 1].shipmentId))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
    }
    size_t j = 0;
    for (size_t i = 0; i < fresh.size(); ++i) {
        if (j < m_rows.size() && m_rows[j].shipmentId == fresh[i].shipmentId) {
            if (!sameRow(m_rows[j], fresh[i])) {
                m_rows[j] = fresh[i];
                Q_EMIT dataChanged(index(int(j), 0), index(int(j), ColumnCount - 1));
            }
            ++j;
            continue;
        }
        beginInsertRows({}, int(j), int(j));
        m_rows.insert(m_rows.begin() + j, fresh[i]);
        endInsertRows();
        ++j;
    }
    m_exhausted = fresh.size() < size_t(limit);
}

int ShipmentTableModel::rowOf(const QString &shipmentId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].shipmentId == shipmentId)
            return int(i);
    return -1;
}

const ShipmentView *ShipmentTableModel::shipmentAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[row] : nullptr;
}

int ShipmentTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ShipmentTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ShipmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ShipmentView &s = m_rows[index.row()];
    if (role == ShipmentIdRole)
        return s.shipmentId;
    if (role == Qt::TextAlignmentRole)
        return (index.column() == Weight || index.column() == Price) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == RawValueRole) {
        switch (index.column()) {
        case Id: return s.submittedPosition; // S-10 after S-9, as entered
        case Account: return s.accountId;
        case Status: return int(s.status);
        case Weight: return s.weightLb;
        case Price: return s.priceCents;
        case From: return s.pickup.city;
        case To: return s.destination.city;
        case Truck: return s.truckId;
        case Submitted: return s.submittedAt;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id: return s.shipmentId;
    case Account: return s.accountId;
    case Status: return shipmentwords::status(s.status);
    case Weight: return tr("%1 lb").arg(QLocale().toString(s.weightLb));
    case Price: return formatMoney(s.priceCents);
    case From: return role == Qt::ToolTipRole ? shipmentwords::address(s.pickup) : QStringLiteral("%1, %2").arg(s.pickup.city, s.pickup.state);
    case To: return role == Qt::ToolTipRole ? shipmentwords::address(s.destination) : QStringLiteral("%1, %2").arg(s.destination.city, s.destination.state);
    case Truck: return s.truckId;
    case Submitted: return shipmentwords::when(s.submittedAt);
    }
    return {};
}

QVariant ShipmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("Shipment");
    case Account: return tr("Account");
    case Status: return tr("Status");
    case Weight: return tr("Weight");
    case Price: return tr("Price");
    case From: return tr("From");
    case To: return tr("To");
    case Truck: return tr("Truck");
    case Submitted: return tr("Submitted");
    }
    return {};
}

} // namespace hs
