#pragma once

#include "explore/commandsearch.h"

#include <QAbstractTableModel>

namespace hs {

class StoreClient;

// The command log, most recent first, read page by page from the reader thread as the view
// scrolls; new commands are inserted at the top. What the what-if pane picks from.
class CommandLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Type, Actor, Department, Status, CommandId, ColumnCount };
    enum Role { RawRole = Qt::UserRole, CommandIdRole };

    explicit CommandLogModel(StoreClient *client, QObject *parent = nullptr);

    // Restarts from the newest command, keeping those that match text.
    void setSearchText(const QString &text);
    // Fetches the commands recorded since the newest one shown.
    void catchUp();
    const CommandLogEntry &entry(int row) const { return m_rows[size_t(row)]; }
    int rowOf(const QString &commandId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int pageSize = 200;

Q_SIGNALS:
    void pageLoaded();

private:
    StoreClient *m_client;
    std::vector<CommandLogEntry> m_rows;
    QString m_text;
    bool m_more = true;
    bool m_fetching = false;
    int m_generation = 0;
};

} // namespace hs
