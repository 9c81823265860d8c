#pragma once

#include "service/storeclient.h"

#include <QHash>
#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace hs {

// Every command this window sent: pending, then accepted or rejected with the reason.
class CommandFeed : public QWidget
{
    Q_OBJECT
public:
    explicit CommandFeed(StoreClient *client, QWidget *parent = nullptr);

Q_SIGNALS:
    void rejected(const QString &message);
    void accepted(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onSubmitted(const CommandEnvelope &c);
    void onFinished(const CommandEnvelope &c, const CommandResult &r);
    void onFailed(const CommandEnvelope &c, const QString &message);
    QString describe(const CommandEnvelope &c) const;
    QListWidget *m_list;
    QHash<QString, QListWidgetItem *> m_items;
};

} // namespace hs
