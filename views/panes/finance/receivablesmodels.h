#pragma once

#include "readmodel/operationsqueries.h"
#include "widgets/keyedtablemodel.h"

#include <QCoreApplication>

namespace hs {

// The aging report: each account's open amount by how late it is.
class AgingModel : public KeyedTableModel<AgingRow>
{
    Q_DECLARE_TR_FUNCTIONS(AgingModel)
public:
    enum Column { Account, Name, Current, Days1To30, Days31To60, Days61To90, Over90, Open, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    using KeyedTableModel::KeyedTableModel;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    static QString bucketWords(receivables::AgingBucket b);
    receivables::AgingCents totals() const;

protected:
    QString keyOf(const AgingRow &r) const override { return r.accountId; }
};

// One account's invoices: the open items, and those settled, with what settled them.
class InvoicesModel : public KeyedTableModel<receivables::Invoice>
{
    Q_DECLARE_TR_FUNCTIONS(InvoicesModel)
public:
    enum Column { Shipment, Invoiced, Due, DaysPastDue, Amount, Paid, WrittenOff, Open, Status, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    using KeyedTableModel::KeyedTableModel;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void setMoment(qint64 moment) { m_moment = moment; }

protected:
    QString keyOf(const receivables::Invoice &i) const override { return i.shipmentId; }

private:
    qint64 m_moment = 0;
};

// Customers Finance must look at: on credit hold, or owing and booked beyond their limit.
class CreditWatchModel : public KeyedTableModel<AccountView>
{
    Q_DECLARE_TR_FUNCTIONS(CreditWatchModel)
public:
    enum Column { Account, Name, Limit, Exposure, OverBy, Hold, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    using KeyedTableModel::KeyedTableModel;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Keeps the accounts on hold or over their limit, by id.
    void setAccounts(const std::vector<AccountView> &accounts);
    static bool needsWatching(const AccountView &a);

protected:
    QString keyOf(const AccountView &a) const override { return a.accountId; }
};

} // namespace hs
