#pragma once

#include "readmodel/queries.h"
#include "shell/session.h"

#include <QAbstractTableModel>

namespace hs {

// The shipments a lookup matches, newest first, read a page at a time from the reader
// thread. refresh() re-reads the loaded rows and applies the differences as row inserts,
// removals and changes, so a view keeps its selection and scroll position while the store
// moves on.
class ShipmentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Account, Status, Weight, Price, From, To, Truck, Submitted, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, ShipmentIdRole };

    explicit ShipmentTableModel(Session *session, QObject *parent = nullptr);

    // A new lookup: the rows are replaced and the first page is read.
    void setQuery(const ShipmentQuery &query);
    ShipmentQuery query() const { return m_query; }
    // Re-reads what is loaded (the store moved on, or the shown moment changed).
    void refresh();

    int rowOf(const QString &shipmentId) const;
    const ShipmentView *shipmentAt(int row) const;
    bool isBusy() const { return m_busy; }
    static constexpr int pageSize = 200;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // Emitted after every answer from the store has been applied.
    void updated();

private:
    void runNext();
    void read(int offset, int limit, std::function<void(std::vector<ShipmentView>)> apply);
    void appendPage(std::vector<ShipmentView> rows);
    void applyWindow(std::vector<ShipmentView> rows, int limit);

    Session *m_session;
    ShipmentQuery m_query;
    std::vector<ShipmentView> m_rows;
    bool m_exhausted = false;
    bool m_busy = false;
    bool m_refreshWanted = false;
    int m_generation = 0;
};

} // namespace hs
