#pragma once

#include "readmodel/views.h"
#include "widgets/keyedtablemodel.h"

#include <QCoreApplication>

namespace hs {

// Customer accounts with what was invoiced, what was paid and the balance.
class AccountsModel : public KeyedTableModel<AccountView>
{
    Q_DECLARE_TR_FUNCTIONS(AccountsModel)
public:
    enum Column { Account, Name, Invoiced, Paid, Balance, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    using KeyedTableModel::KeyedTableModel;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString keyOf(const AccountView &a) const override { return a.accountId; }
};

} // namespace hs
