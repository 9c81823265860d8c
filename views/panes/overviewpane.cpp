#include "overviewpane.h"
#include "widgets/heading.h"
#include "shell/theme.h"

#include "widgets/atrisklist.h"
#include "widgets/dailycharts.h"

#include <QFrame>
#include <QGridLayout>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hs {

OverviewPane::OverviewPane(Session *session, QWidget *parent) : Pane(session, parent)
{
    setObjectName(QStringLiteral("overview"));
    auto *layout = new QVBoxLayout(this);
    m_heading = makeHeading(HeadingLevel::Pane);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    auto *grid = new QGridLayout;
    for (int i = 0; i < 5; ++i) {
        auto *card = new QFrame;
        card->setFrameShape(QFrame::StyledPanel);
        // The status colour as a rule along the top, the same colour the charts use.
        card->setObjectName(QStringLiteral("card_%1").arg(statusName(ShipmentStatus(i))));
        card->setStyleSheet(QStringLiteral("QFrame#%1 { border: 1px solid palette(mid); border-top: 4px solid %2; border-radius: 4px; background: palette(base); }")
                                .arg(card->objectName(), theme::shipmentStatus(ShipmentStatus(i)).name()));
        auto *v = new QVBoxLayout(card);
        v->setContentsMargins(14, 10, 14, 10);
        m_counts[i] = new QLabel(QStringLiteral("–"));
        QFont big = m_counts[i]->font();
        big.setPointSizeF(big.pointSizeF() * 2.4);
        big.setBold(true);
        m_counts[i]->setFont(big);
        m_counts[i]->setObjectName(QStringLiteral("count_%1").arg(statusName(ShipmentStatus(i))));
        m_captions[i] = new QLabel;
        v->addWidget(m_counts[i]);
        v->addWidget(m_captions[i]);
        grid->addWidget(card, 0, i);
    }
    layout->addLayout(grid);
    m_trendHeading = new QLabel;
    m_trendHeading->setFont(m_heading->font());
    layout->addSpacing(6);
    m_includeSettled = new QCheckBox;
    m_includeSettled->setObjectName(QStringLiteral("includeSettledCheck"));
    auto *trendRow = new QHBoxLayout;
    trendRow->addWidget(m_trendHeading);
    trendRow->addStretch(1);
    trendRow->addWidget(m_includeSettled);
    layout->addLayout(trendRow);
    m_byStatus = new StatusAreaChart;
    m_byStatus->setObjectName(QStringLiteral("statusOverTimeChart"));
    m_deliveries = new DailyChart(DailyChart::Style::Bars, theme::shipmentStatus(ShipmentStatus::Delivered));
    m_deliveries->setObjectName(QStringLiteral("deliveriesPerDayChart"));
    auto *charts = new QHBoxLayout;
    charts->setSpacing(10);
    charts->addWidget(m_byStatus, 3);
    charts->addWidget(m_deliveries, 2);
    m_atRisk = new AtRiskList(session);
    m_atRisk->setObjectName(QStringLiteral("overviewAtRisk"));
    charts->addWidget(m_atRisk, 2);
    connect(m_includeSettled, &QCheckBox::toggled, m_byStatus, &StatusAreaChart::setIncludeSettled);
    layout->addLayout(charts, 1);
    retranslateUi();
}

void OverviewPane::retranslateUi()
{
    m_heading->setText(tr("Shipments by status"));
    const QString names[] = {tr("Submitted"), tr("Assigned"), tr("Out for delivery"), tr("Delivered"), tr("Cancelled")};
    for (int i = 0; i < 5; ++i) {
        m_captions[i]->setText(names[i]);
        m_counts[i]->setAccessibleName(tr("%1 shipments").arg(names[i]));
    }
    m_trendHeading->setText(tr("Day by day"));
    m_includeSettled->setText(tr("Include &delivered and cancelled"));
    m_includeSettled->setAccessibleName(tr("Include delivered and cancelled shipments in the chart"));
    m_byStatus->setStatusNames({names[0], names[1], names[2], names[3], names[4]});
    m_byStatus->setTitle(tr("Shipments by status at the end of each day"));
    m_byStatus->setIncludeSettled(m_includeSettled->isChecked());
    m_deliveries->setTitle(tr("Deliveries per day"));
}

void OverviewPane::refresh()
{
    m_atRisk->reevaluate();
    session()->read(this, [](ReadContext &ctx, const AsOf *at) { return ctx.queries.statusCounts(at); },
                    [this](StatusCounts counts) {
                        for (int i = 0; i < 5; ++i)
                            m_counts[i]->setText(QLocale().toString(counts[i]));
                        markDataShown();
                    });
    struct Trends
    {
        std::vector<DayStatusCounts> byStatus;
        std::vector<DayValue> deliveries;
    };
    const int offset = QDateTime::currentDateTime().offsetFromUtc();
    session()->read(this, [offset](ReadContext &ctx, const AsOf *at) {
        TimeSeriesQueries ts(ctx.db.connection(), offset);
        return Trends{ts.shipmentsByStatus(at), ts.deliveriesPerDay(at)};
    }, [this](Trends t) {
        m_byStatus->setSeries(t.byStatus);
        m_deliveries->setSeries(t.deliveries);
    });
}

} // namespace hs
