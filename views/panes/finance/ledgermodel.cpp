#include "ledgermodel.h"
#include "shell/theme.h"

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

QString LedgerModel::balanceWords(qint64 balanceCents)
{
    if (balanceCents < 0)
        return tr("owes %1").arg(formatMoney(-balanceCents));
    return balanceCents > 0 ? tr("credit %1").arg(formatMoney(balanceCents)) : formatMoney(0);
}

QString LedgerModel::note(const LedgerEntry &e) const
{
    if (e.kind == u"reversal" || e.kind == u"writeoff")
        return m_reasons.value(e.position);
    if (e.kind == u"invoice" && e.dueAt)
        return tr("due %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(*e.dueAt).toLocalTime().date(), QLocale::ShortFormat));
    return {};
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
        case Note: return note(e);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.occurredAt).toLocalTime(), QLocale::ShortFormat);
        case Kind: return kindWords(e.kind);
        case Shipment: return e.shipmentId;
        case Reference: return e.reference;
        // What the entry is says which way it moves the balance; the colour says it again.
        case Amount: return formatMoney(std::abs(e.amountCents));
        case Balance: return balanceWords(e.balanceCents);
        case Note: return note(e);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Note ? note(e) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Balance)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Amount)
            return QBrush(theme::tone(e.amountCents < 0 ? theme::Tone::Bad : theme::Tone::Good));
        return {};
    }
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == Amount || section == Balance))
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
    case Note: return tr("Note");
    }
    return {};
}

} // namespace hs
