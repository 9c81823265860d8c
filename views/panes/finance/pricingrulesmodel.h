#pragma once

#include "domain/pricing.h"
#include "widgets/keyedtablemodel.h"

#include <QCoreApplication>

namespace hs {

// The pricing schedule: every rule, the latest to take effect first, and which one is in force
// at the moment shown; rules still to come are marked as scheduled.
class PricingRulesModel : public KeyedTableModel<pricing::Rule>
{
    Q_DECLARE_TR_FUNCTIONS(PricingRulesModel)
public:
    enum Column { Rule, EffectiveFrom, Rate, Minimum, Standing, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    using KeyedTableModel::KeyedTableModel;
    // The schedule as it stood at `now`.
    void setSchedule(const pricing::Schedule &schedule, qint64 now);

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString keyOf(const pricing::Rule &r) const override { return r.ruleId; }

private:
    QString standing(const pricing::Rule &r) const;
    qint64 m_now = 0;
    QString m_inForce;
};

} // namespace hs
