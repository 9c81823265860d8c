#pragma once

#include "explore/eventquery.h"
#include "widgets/keysetpagedmodel.h"

namespace hs {

class Session;

// The compact history: one row per business action (a correlation), its events as children.
// Read page by page on the reader thread, like the full history.
class BusinessActionModel : public KeysetPagedModel<BusinessAction, PagedTreeModel>
{
    Q_OBJECT
public:
    enum Column { Position, Time, What, Actor, Department, Events, Summary, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, PositionRole, CorrelationRole };

    explicit BusinessActionModel(Session *session, QObject *parent = nullptr);

    void setFilter(const EventFilter &filter);
    const BusinessAction *actionAt(int row) const { return rowAt(row); }
    // The event of a child row, or the action's first event for a top-level row.
    const RecordedEvent *eventAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void readPage(std::optional<qint64> after, PageDone done) override;
    bool canRead() const override;

private:
    QVariant actionData(const BusinessAction &a, int column, int role) const;
    QVariant eventData(const RecordedEvent &e, int column, int role) const;

    Session *m_session;
    EventFilter m_filter;
};

} // namespace hs
