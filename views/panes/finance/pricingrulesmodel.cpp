#include "pricingrulesmodel.h"

#include "shell/theme.h"
#include "widgets/money.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace hs {

void PricingRulesModel::setSchedule(const pricing::Schedule &schedule, qint64 now)
{
    m_now = now;
    m_inForce = pricing::ruleInForce(schedule, now).ruleId;
    std::vector<pricing::Rule> rules;
    for (auto it = schedule.byEffectiveFrom.rbegin(); it != schedule.byEffectiveFrom.rend(); ++it)
        rules.push_back(it->second);
    setRows(std::move(rules));
}

QString PricingRulesModel::standing(const pricing::Rule &r) const
{
    if (r.ruleId == m_inForce)
        return tr("in force");
    return r.effectiveFrom > m_now ? tr("scheduled") : tr("replaced");
}

QVariant PricingRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const pricing::Rule &r = rowAt(index.row());
    switch (role) {
    case RawRole:
        switch (index.column()) {
        case Rule: return r.ruleId;
        case EffectiveFrom: return r.effectiveFrom;
        case Rate: return r.centsPerLb;
        case Minimum: return r.minimumCents;
        case Standing: return standing(r);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rule: return r.ruleId;
        case EffectiveFrom: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.effectiveFrom).toLocalTime(), QLocale::ShortFormat);
        case Rate: return tr("%1 per lb").arg(formatMoney(r.centsPerLb));
        case Minimum: return formatMoney(r.minimumCents);
        case Standing: return standing(r);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Rate || index.column() == Minimum ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Standing && r.ruleId == m_inForce)
            return QBrush(theme::tone(theme::Tone::Good));
        if (index.column() == Standing && r.effectiveFrom > m_now)
            return QBrush(theme::tone(theme::Tone::Info));
        return {};
    }
    return {};
}

QVariant PricingRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rule: return tr("Rule");
    case EffectiveFrom: return tr("Takes effect");
    case Rate: return tr("Rate");
    case Minimum: return tr("Minimum charge");
    case Standing: return tr("Status");
    }
    return {};
}

} // namespace hs
