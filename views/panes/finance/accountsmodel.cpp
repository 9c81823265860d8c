#include "accountsmodel.h"
#include "shell/theme.h"

#include "widgets/money.h"

#include <QBrush>
#include <QColor>

namespace hs {

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AccountView &a = rowAt(index.row());
    const qint64 money[] = {0, 0, a.invoicedCents, a.paidCents, a.balanceCents()};
    switch (role) {
    case RawRole:
        if (index.column() == Account)
            return a.accountId;
        if (index.column() == Name)
            return a.name;
        return money[index.column()];
    case Qt::DisplayRole:
        if (index.column() == Account)
            return a.accountId;
        if (index.column() == Name)
            return a.name;
        return formatMoney(money[index.column()]);
    case Qt::TextAlignmentRole:
        if (index.column() >= Invoiced)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // A customer who owes money stands out; one in credit reads green.
        if (index.column() == Balance && a.balanceCents() < 0)
            return QBrush(theme::tone(theme::Tone::Bad));
        if (index.column() == Balance && a.balanceCents() > 0)
            return QBrush(theme::tone(theme::Tone::Good));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Balance)
            return a.balanceCents() < 0 ? tr("%1 owes %2").arg(a.name, formatMoney(-a.balanceCents()))
                                        : tr("%1 is in credit by %2").arg(a.name, formatMoney(a.balanceCents()));
        return {};
    }
    return {};
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section >= Invoiced)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Account: return tr("Account");
    case Name: return tr("Name");
    case Invoiced: return tr("Invoiced");
    case Paid: return tr("Paid");
    case Balance: return tr("Balance");
    }
    return {};
}

} // namespace hs
