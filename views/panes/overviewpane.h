#pragma once

#include "shell/pane.h"

#include <array>

class QCheckBox;
class QLabel;

namespace hs {
class AtRiskList;
class DailyChart;
class StatusAreaChart;
}

namespace hs {

// The first screen: how many shipments stand in each status, live or at the shown moment, and
// how that and the deliveries went day by day.
class OverviewPane : public Pane
{
    Q_OBJECT
public:
    explicit OverviewPane(Session *session, QWidget *parent = nullptr);
    QString title() const override { return tr("Overview"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/overview.svg")); }
    void refresh() override;
    StatusAreaChart *statusChart() const { return m_byStatus; }
    DailyChart *deliveriesChart() const { return m_deliveries; }
    AtRiskList *atRiskList() const { return m_atRisk; }

protected:
    void retranslateUi() override;

private:
    std::array<QLabel *, 5> m_counts{};
    std::array<QLabel *, 5> m_captions{};
    QLabel *m_heading;
    QLabel *m_trendHeading;
    QCheckBox *m_includeSettled;
    StatusAreaChart *m_byStatus;
    DailyChart *m_deliveries;
    AtRiskList *m_atRisk;
};

} // namespace hs
