#include "commandfeed.h"

#include "util/isotime.h"

#include <QDateTime>
#include <QEvent>
#include <QListWidget>
#include <QVBoxLayout>

namespace hs {

QString describeCommand(const Command &c)
{
    return std::visit(
        [](const auto &x) -> QString {
            using T = std::decay_t<decltype(x)>;
            using namespace cmd;
            if constexpr (std::is_same_v<T, OpenAccount>) return CommandFeed::tr("Open account %1").arg(x.accountId);
            else if constexpr (std::is_same_v<T, RegisterTruck>) return CommandFeed::tr("Register truck %1").arg(x.truckId);
            else if constexpr (std::is_same_v<T, SubmitShipment>) return CommandFeed::tr("Submit shipment %1").arg(x.shipmentId);
            else if constexpr (std::is_same_v<T, CancelShipment>) return CommandFeed::tr("Cancel shipment %1").arg(x.shipmentId);
            else if constexpr (std::is_same_v<T, AssignTruck>) return CommandFeed::tr("Assign %1 to truck %2").arg(x.shipmentId, x.truckId);
            else if constexpr (std::is_same_v<T, ShipShipment>) return CommandFeed::tr("Ship %1").arg(x.shipmentId);
            else if constexpr (std::is_same_v<T, DeliverShipment>) return CommandFeed::tr("Deliver %1").arg(x.shipmentId);
            else if constexpr (std::is_same_v<T, ReportBreakdown>) return CommandFeed::tr("Report breakdown of %1").arg(x.truckId);
            else if constexpr (std::is_same_v<T, ReturnTruckToService>) return CommandFeed::tr("Return %1 to service").arg(x.truckId);
            else if constexpr (std::is_same_v<T, PostPayment>) return CommandFeed::tr("Post payment %1 on %2").arg(x.reference, x.accountId);
            else if constexpr (std::is_same_v<T, ReversePayment>) return CommandFeed::tr("Reverse payment %1 on %2").arg(x.reference, x.accountId);
            else if constexpr (std::is_same_v<T, SchedulePricingRule>) return CommandFeed::tr("Schedule pricing rule %1").arg(x.ruleId);
            else if constexpr (std::is_same_v<T, InvoiceAccount>) return CommandFeed::tr("Invoice %1 for %2").arg(x.accountId, x.shipmentId);
            else return CommandFeed::tr("Unassign %1").arg(x.shipmentId);
        },
        c);
}

CommandFeed::CommandFeed(StoreClient *client, QWidget *parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("commandFeedList"));
    m_list->setAccessibleName(tr("Command feed"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    connect(client, &StoreClient::commandSubmitted, this, &CommandFeed::onSubmitted);
    connect(client, &StoreClient::commandFinished, this, &CommandFeed::onFinished);
    connect(client, &StoreClient::commandFailed, this, &CommandFeed::onFailed);
}


QString CommandFeed::describe(const CommandEnvelope &c) const
{
    const QString time = QDateTime::fromMSecsSinceEpoch(c.issuedAt).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    return QStringLiteral("%1  %2").arg(time, describeCommand(c.command));
}

void CommandFeed::onSubmitted(const CommandEnvelope &c)
{
    auto *item = new QListWidgetItem(tr("%1 — pending…").arg(describe(c)));
    item->setIcon(QIcon(QStringLiteral(":/icons/pending.svg")));
    item->setData(Qt::UserRole, c.commandId);
    m_list->insertItem(0, item);
    m_items.insert(c.commandId, item);
}

void CommandFeed::onFinished(const CommandEnvelope &c, const CommandResult &r)
{
    QListWidgetItem *item = m_items.value(c.commandId);
    if (!item)
        return;
    if (r.accepted) {
        qint64 version = 0;
        QString stream;
        if (!r.events.empty()) {
            version = r.events.front().version;
            stream = r.events.front().streamId;
        }
        const QString text = tr("%1 — accepted (%2 v%3)").arg(describe(c), stream).arg(version);
        item->setText(text);
        item->setIcon(QIcon(QStringLiteral(":/icons/accepted.svg")));
        Q_EMIT accepted(text);
    } else {
        const QString reason = r.rejection ? localizedMessage(*r.rejection) : QString();
        item->setText(tr("%1 — rejected: %2").arg(describe(c), reason));
        item->setIcon(QIcon(QStringLiteral(":/icons/rejected.svg")));
        item->setToolTip(reason);
        Q_EMIT rejected(tr("Rejected: %1").arg(reason));
    }
}

void CommandFeed::onFailed(const CommandEnvelope &c, const QString &message)
{
    if (QListWidgetItem *item = m_items.value(c.commandId)) {
        item->setText(tr("%1 — not stored: %2").arg(describe(c), message));
        item->setIcon(QIcon(QStringLiteral(":/icons/rejected.svg")));
    }
    Q_EMIT rejected(tr("The store failed: %1").arg(message));
}

void CommandFeed::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_list->setAccessibleName(tr("Command feed"));
    QWidget::changeEvent(event);
}

} // namespace hs
