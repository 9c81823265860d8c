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
    enum Column { Date, Kind, Shipment, Reference, Amount, Balance, Note, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    using KeyedTableModel::KeyedTableModel;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString kindWords(const QString &kind);
    // Why each reversal or write-off was made, by its position: the ledger view does not keep it.
    void setReasons(QHash<qint64, QString> reasons) { m_reasons = std::move(reasons); }
    // The balance as the account's header says it: "owes $12.00", "credit $3.00".
    static QString balanceWords(qint64 balanceCents);

protected:
    QString keyOf(const LedgerEntry &e) const override { return QString::number(e.position); }

private:
    QString note(const LedgerEntry &e) const;
    QHash<qint64, QString> m_reasons;
};

} // namespace hs
