#include "commandfeed.h"

#include "util/isotime.h"
#include "widgets/messagewords.h"

#include <QDateTime>
#include <QEvent>
#include <QListWidget>
#include <QVBoxLayout>

namespace hs {

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
    return QStringLiteral("%1  %2").arg(time, words::command(c.command));
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
        const QString reason = r.rejection ? words::refusal(*r.rejection) : QString();
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
