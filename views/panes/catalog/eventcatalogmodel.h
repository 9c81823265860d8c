#pragma once

#include "codec/catalog.h"

#include <QAbstractTableModel>

namespace hs {

// The event catalog as a table: one row per event type, as model/codec/catalog.h reports it.
class EventCatalogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Type, Context, SchemaVersions, Fields, ProducedBy, ConsumedBy, Stored, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(std::vector<CatalogEntry> entries);
    const std::vector<CatalogEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<CatalogEntry> m_entries;
};

} // namespace hs
