#include "atrisklist.h"
#include "panes/customerservice/shipmentwords.h"
#include "widgets/recordtable.h"
#include "widgets/heading.h"
#include "shell/theme.h"

#include "readmodel/operationsqueries.h"
#include "shell/session.h"
#include "util/isotime.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hs {

namespace {
constexpr qint64 minuteMs = 60 * 1000;
constexpr int reevaluateEveryMs = 60 * 1000;
} // namespace

std::vector<AtRiskRow> byShipment(const std::vector<tracking::AtRisk> &flags)
{
    std::vector<AtRiskRow> rows;
    for (const tracking::AtRisk &f : flags) {
        if (rows.empty() || rows.back().risk.shipmentId != f.shipmentId) {
            rows.push_back({f, {f.reason}});
            continue;
        }
        AtRiskRow &row = rows.back();
        row.reasons.push_back(f.reason);
        if (f.since < row.risk.since)
            row.risk = f;
    }
    return rows;
}

QString AtRiskModel::reasonWords(tracking::RiskReason r)
{
    switch (r) {
    case tracking::RiskReason::PickupLate: return tr("Pickup late");
    case tracking::RiskReason::DeliveryLate: return tr("Delivery late");
    case tracking::RiskReason::TruckOutOfService: return tr("Truck out of service");
    }
    return {};
}

QString AtRiskModel::durationWords(qint64 ms)
{
    const qint64 minutes = qMax<qint64>(0, ms) / minuteMs;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 min").arg(minutes);
}

void AtRiskModel::setMoment(qint64 moment)
{
    m_moment = moment;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, LateBy), index(rowCount() - 1, LateBy));
}

QVariant AtRiskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const tracking::AtRisk &r = rowAt(index.row()).risk;
    if (role == RawRole) {
        switch (index.column()) {
        case Since: return r.since;
        case LateBy: return r.lateByMs(m_moment);
        case Reason: return int(r.reason);
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != RawRole) {
        if (role == Qt::ForegroundRole && index.column() == LateBy)
            return QBrush(theme::tone(theme::Tone::Bad));
        return {};
    }
    switch (index.column()) {
    case Shipment: return r.shipmentId;
    case Account: return r.accountId;
    case Status: return shipmentwords::status(r.status);
    case Truck: return r.truckId;
    case Reason: {
        QStringList reasons;
        for (tracking::RiskReason reason : rowAt(index.row()).reasons)
            reasons << reasonWords(reason);
        return reasons.join(QStringLiteral(", "));
    }
    case Since: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.since).toLocalTime(), QLocale::ShortFormat);
    case LateBy: return durationWords(r.lateByMs(m_moment));
    }
    return {};
}

QVariant AtRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Shipment: return tr("Shipment");
    case Account: return tr("Account");
    case Status: return tr("Status");
    case Truck: return tr("Truck");
    case Reason: return tr("Reason");
    case Since: return tr("Since");
    case LateBy: return tr("For");
    }
    return {};
}

AtRiskList::AtRiskList(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_clock([] { return isotime::nowMs(); })
{
    m_title = makeHeading(HeadingLevel::Group, "atRiskTitle");
    m_model = new AtRiskModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AtRiskModel::RawRole);
    m_view = makeRecordTable(QStringLiteral("atRiskTable"), m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AtRiskModel::LateBy, Qt::DescendingOrder); // the longest wait first
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT shipmentActivated(m_proxy->index(i.row(), AtRiskModel::Shipment).data().toString());
    });
    m_timer = new QTimer(this);
    m_timer->setInterval(reevaluateEveryMs);
    connect(m_timer, &QTimer::timeout, this, &AtRiskList::reevaluate);
    m_timer->start();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    retranslateUi();
}

void AtRiskList::reevaluate()
{
    const qint64 now = m_clock();
    const int serial = ++m_serial;
    m_session->read(this, [now](ReadContext &ctx, const AsOf *at) {
        const qint64 moment = at ? at->time : now;
        return std::make_pair(moment, byShipment(atRiskShipments(ctx.queries, at, moment)));
    }, [this, serial](std::pair<qint64, std::vector<AtRiskRow>> result) {
        if (serial != m_serial)
            return; // a later evaluation is on its way
        m_model->setMoment(result.first);
        m_model->setRows(std::move(result.second));
        retranslateUi();
        Q_EMIT evaluated(m_model->rowCount());
    });
}

void AtRiskList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AtRiskList::retranslateUi()
{
    m_title->setText(tr("At risk: %n shipment(s)", nullptr, m_model->rowCount()));
    m_view->setAccessibleName(tr("Shipments at risk"));
    m_view->setToolTip(tr("Late pickups, late deliveries and shipments on a broken-down truck. Double-click to open one."));
}

} // namespace hs
