#include "unassignedqueuemodel.h"

#include "shipmentmime.h"

#include <QDateTime>
#include <QLocale>

namespace hs {

UnassignedQueueModel::UnassignedQueueModel(QObject *parent) : KeyedTableModel<ShipmentView>(parent) {}

QVariant UnassignedQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ShipmentView &s = rowAt(index.row());
    if (role == RawRole) {
        switch (index.column()) {
        case Shipment: return s.shipmentId;
        case Weight: return s.weightLb;
        case Destination: return s.destination.city;
        case Waiting: return s.submittedAt;
        case Account: return s.accountId;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Shipment: return s.shipmentId;
        case Weight: return tr("%1 lb").arg(QLocale().toString(s.weightLb));
        case Destination: return QStringLiteral("%1, %2").arg(s.destination.city, s.destination.state);
        case Waiting: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.submittedAt).toLocalTime(), QLocale::ShortFormat);
        case Account: return s.accountId;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Weight)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("%1 for %2: %3 lb from %4 to %5. Drag it onto a truck to assign it.")
            .arg(s.shipmentId, s.accountId, QLocale().toString(s.weightLb), s.pickup.city, s.destination.city);
    return {};
}

QVariant UnassignedQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Shipment: return tr("Shipment");
    case Weight: return tr("Weight");
    case Destination: return tr("Destination");
    case Waiting: return tr("Waiting since");
    case Account: return tr("Account");
    }
    return {};
}

Qt::ItemFlags UnassignedQueueModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList UnassignedQueueModel::mimeTypes() const { return {shipmentMimeType()}; }

QMimeData *UnassignedQueueModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes)
        if (i.isValid())
            return shipmentMimeData(DraggedShipment{rowAt(i.row()).shipmentId, {}});
    return nullptr;
}

bool UnassignedQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_requestPage && qint64(m_rows.size()) < m_total;
}

void UnassignedQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    m_requestPage(int(m_rows.size()));
}

void UnassignedQueueModel::appendPage(int offset, std::vector<ShipmentView> rows)
{
    m_fetching = false;
    // A page that no longer lines up (the queue moved meanwhile) waits for the next refresh.
    if (offset != int(m_rows.size()) || rows.empty())
        return;
    std::erase_if(rows, [this](const ShipmentView &s) { return rowOfKey(s.shipmentId) >= 0; });
    if (rows.empty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    endInsertRows();
}

void UnassignedQueueModel::setQueue(std::vector<ShipmentView> rows, qint64 total)
{
    m_total = total;
    m_fetching = false;
    setRows(std::move(rows));
}

} // namespace hs
