#pragma once

#include "readmodel/views.h"
#include "widgets/keyedtablemodel.h"

#include <QCoreApplication>

namespace hs {

// One account's ledger in position order, with the balance after each entry.
class LedgerModel : public KeyedTableModel<LedgerEntry>
{
    Q_DECLARE_TR_FUNCTIONS(LedgerModel)
public:
    enum Column { Date, Kind, Shipment, Reference, Amount, Balance, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    using KeyedTableModel::KeyedTableModel;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString kindWords(const QString &kind);

protected:
    QString keyOf(const LedgerEntry &e) const override { return QString::number(e.position); }
};

} // namespace hs
