#include "ledgermodel.h"

#include "widgets/money.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace hs {

QString LedgerModel::kindWords(const QString &kind)
{
    if (kind == u"invoice")
        return tr("Invoice");
    if (kind == u"payment")
        return tr("Payment");
    if (kind == u"reversal")
        return tr("Reversal");
    if (kind == u"writeoff")
        return tr("Write-off");
    return kind;
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LedgerEntry &e = rowAt(index.row());
    switch (role) {
    case RawRole:
        switch (index.column()) {
        case Date: return e.occurredAt;
        case Kind: return e.kind;
        case Shipment: return e.shipmentId;
        case Reference: return e.reference;
        case Amount: return e.amountCents;
        case Balance: return e.balanceCents;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.occurredAt).toLocalTime(), QStringLiteral("MMM d, HH:mm"));
        case Kind: return kindWords(e.kind);
        case Shipment: return e.shipmentId;
        case Reference: return e.reference;
        case Amount: return formatMoney(e.amountCents);
        case Balance: return formatMoney(e.balanceCents);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Amount)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Amount)
            return QBrush(e.amountCents < 0 ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
        return {};
    }
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section >= Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Kind: return tr("Entry");
    case Shipment: return tr("Shipment");
    case Reference: return tr("Reference");
    case Amount: return tr("Amount");
    case Balance: return tr("Balance");
    }
    return {};
}

} // namespace hs
