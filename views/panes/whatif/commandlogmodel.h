#pragma once

#include "explore/commandsearch.h"
#include "widgets/keysetpagedmodel.h"

namespace hs {

class StoreClient;

// The command log, most recent first, read page by page from the reader thread as the view
// scrolls; new commands are inserted at the top. What the what-if pane picks from.
class CommandLogModel : public KeysetPagedModel<CommandLogEntry>
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

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static constexpr int pageSize = 200;

protected:
    void readPage(std::optional<qint64> after, PageDone done) override;

private:
    StoreClient *m_client;
    QString m_text;
};

} // namespace hs
