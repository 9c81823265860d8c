#pragma once

#include "readmodel/views.h"
#include "widgets/keyedtablemodel.h"

#include <QCoreApplication>
#include <functional>

namespace hs {

// The shipments waiting for a truck, oldest first, read a page at a time.
class UnassignedQueueModel : public KeyedTableModel<ShipmentView>
{
    Q_DECLARE_TR_FUNCTIONS(UnassignedQueueModel)
public:
    enum Column { Shipment, Weight, Destination, Waiting, Account, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;   // the sortable value
    static constexpr int pageSize = 200;

    explicit UnassignedQueueModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    // Lazy paging: the pane answers requestPage(offset) by calling appendPage().
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void setPageRequester(std::function<void(int offset)> requester) { m_requestPage = std::move(requester); }
    void appendPage(int offset, std::vector<ShipmentView> rows);
    // A fresh read of the first `rows.size()` shipments, out of `total` waiting.
    void setQueue(std::vector<ShipmentView> rows, qint64 total);
    qint64 total() const { return m_total; }

protected:
    QString keyOf(const ShipmentView &s) const override { return s.shipmentId; }

private:
    qint64 m_total = 0;
    bool m_fetching = false;
    std::function<void(int)> m_requestPage;
};

} // namespace hs
