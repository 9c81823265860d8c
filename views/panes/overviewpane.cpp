#include "overviewpane.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hs {

OverviewPane::OverviewPane(Session *session, QWidget *parent) : Pane(session, parent)
{
    setObjectName(QStringLiteral("overview"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel;
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    layout->addWidget(m_heading);
    auto *grid = new QGridLayout;
    for (int i = 0; i < 5; ++i) {
        auto *card = new QFrame;
        card->setFrameShape(QFrame::StyledPanel);
        auto *v = new QVBoxLayout(card);
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
    layout->addStretch(1);
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
}

void OverviewPane::refresh()
{
    session()->read(this, [](ReadContext &ctx, const AsOf *at) { return ctx.queries.statusCounts(at); },
                    [this](StatusCounts counts) {
                        for (int i = 0; i < 5; ++i)
                            m_counts[i]->setText(QLocale().toString(counts[i]));
                        markDataShown();
                    });
}

} // namespace hs
