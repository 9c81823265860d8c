#include "receivablesmodels.h"
#include "shell/theme.h"

#include "widgets/money.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace hs {

namespace {
QVariant rightAligned() { return QVariant(Qt::AlignRight | Qt::AlignVCenter); }
QString localDate(qint64 ms) { return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date(), QLocale::ShortFormat); }
} // namespace

QString AgingModel::bucketWords(receivables::AgingBucket b)
{
    switch (b) {
    case receivables::AgingBucket::Current: return tr("Current");
    case receivables::AgingBucket::Days1To30: return tr("1–30 days");
    case receivables::AgingBucket::Days31To60: return tr("31–60 days");
    case receivables::AgingBucket::Days61To90: return tr("61–90 days");
    case receivables::AgingBucket::Over90: return tr("Over 90 days");
    }
    return {};
}

receivables::AgingCents AgingModel::totals() const
{
    receivables::AgingCents t{};
    for (const AgingRow &r : m_rows)
        for (int b = 0; b < receivables::agingBucketCount; ++b)
            t[b] += r.cents[b];
    return t;
}

QVariant AgingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AgingRow &r = rowAt(index.row());
    const int c = index.column();
    const qint64 cents = c == Open ? r.openCents : c >= Current ? r.cents[c - Current] : 0;
    switch (role) {
    case RawRole:
        return c == Account ? QVariant(r.accountId) : c == Name ? QVariant(r.name) : QVariant(cents);
    case Qt::DisplayRole:
        return c == Account ? r.accountId : c == Name ? r.name : formatMoney(cents);
    case Qt::TextAlignmentRole:
        return c >= Current ? rightAligned() : QVariant();
    case Qt::ForegroundRole:
        // Money more than 60 days late is what collections call about first.
        if ((c == Days61To90 || c == Over90) && cents > 0)
            return QBrush(theme::tone(theme::Tone::Bad));
        return {};
    }
    return {};
}

QVariant AgingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section >= Current ? rightAligned() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    if (section == Account)
        return tr("Account");
    if (section == Name)
        return tr("Name");
    if (section == Open)
        return tr("Open");
    return bucketWords(receivables::AgingBucket(section - Current));
}

QVariant InvoicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const receivables::Invoice &i = rowAt(index.row());
    const int c = index.column();
    const qint64 late = i.isOpen() ? receivables::daysPastDue(i.dueAt, m_moment) : 0;
    const qint64 money[] = {0, 0, 0, 0, i.amountCents, i.paidCents, i.writtenOffCents, i.openCents(), 0};
    switch (role) {
    case RawRole:
        switch (c) {
        case Shipment: return i.shipmentId;
        case Invoiced: return i.invoicedAt;
        case Due: return i.dueAt;
        case DaysPastDue: return late;
        case Status: return i.isOpen();
        default: return money[c];
        }
    case Qt::DisplayRole:
        switch (c) {
        case Shipment: return i.shipmentId;
        case Invoiced: return localDate(i.invoicedAt);
        case Due: return localDate(i.dueAt);
        case DaysPastDue: return late > 0 ? QLocale().toString(late) : QString();
        case Status: return i.isOpen() ? tr("open") : tr("closed");
        default: return formatMoney(money[c]);
        }
    case Qt::TextAlignmentRole:
        return c >= DaysPastDue && c != Status ? rightAligned() : QVariant();
    case Qt::ForegroundRole:
        if (c == DaysPastDue && late > 30)
            return QBrush(theme::tone(theme::Tone::Bad));
        if (!i.isOpen())
            return QBrush(theme::tone(theme::Tone::Muted));
        return {};
    }
    return {};
}

QVariant InvoicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section >= DaysPastDue && section != Status ? rightAligned() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Shipment: return tr("Shipment");
    case Invoiced: return tr("Invoiced");
    case Due: return tr("Due");
    case DaysPastDue: return tr("Days late");
    case Amount: return tr("Amount");
    case Paid: return tr("Paid");
    case WrittenOff: return tr("Written off");
    case Open: return tr("Open");
    case Status: return tr("Status");
    }
    return {};
}

bool CreditWatchModel::needsWatching(const AccountView &a)
{
    const auto available = a.credit().availableCents();
    return a.onHold || (available && *available < 0);
}

void CreditWatchModel::setAccounts(const std::vector<AccountView> &accounts)
{
    std::vector<AccountView> watched;
    for (const AccountView &a : accounts)
        if (needsWatching(a))
            watched.push_back(a);
    setRows(std::move(watched));
}

QVariant CreditWatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AccountView &a = rowAt(index.row());
    const receivables::Credit credit = a.credit();
    const qint64 over = credit.availableCents() ? qMax<qint64>(0, -*credit.availableCents()) : 0;
    switch (index.column()) {
    case Account: return role == Qt::DisplayRole || role == RawRole ? QVariant(a.accountId) : QVariant();
    case Name: return role == Qt::DisplayRole || role == RawRole ? QVariant(a.name) : QVariant();
    case Hold:
        if (role == RawRole)
            return a.onHold;
        return role == Qt::DisplayRole ? QVariant(a.onHold ? tr("on hold") : QString()) : QVariant();
    default: break;
    }
    const qint64 cents = index.column() == Limit ? credit.limitCents.value_or(0) : index.column() == Exposure ? credit.exposureCents() : over;
    switch (role) {
    case RawRole: return cents;
    case Qt::DisplayRole:
        if (index.column() == Limit && !credit.limitCents)
            return tr("none");
        return formatMoney(cents);
    case Qt::TextAlignmentRole: return rightAligned();
    case Qt::ForegroundRole: return index.column() == OverBy && over > 0 ? QVariant(QBrush(theme::tone(theme::Tone::Bad))) : QVariant();
    }
    return {};
}

QVariant CreditWatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section >= Limit && section <= OverBy ? rightAligned() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Account: return tr("Account");
    case Name: return tr("Name");
    case Limit: return tr("Credit limit");
    case Exposure: return tr("Exposure");
    case OverBy: return tr("Over by");
    case Hold: return tr("Hold");
    }
    return {};
}

} // namespace hs
