#pragma once

#include "explore/eventquery.h"
#include "widgets/keysetpagedmodel.h"

namespace hs {

class Session;

// Every event that matches the filter, one row each, read page by page on the reader thread
// as the view scrolls. Live tail puts new events at the top without a reset.
class EventHistoryModel : public KeysetPagedModel<RecordedEvent>
{
    Q_OBJECT
public:
    enum Column { Position, Occurred, Recorded, Stream, Version, Type, Actor, Department, Summary, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, PositionRole };

    explicit EventHistoryModel(Session *session, QObject *parent = nullptr);

    // Starts over with a filter (and the session's shown moment).
    void setFilter(const EventFilter &filter);
    EventFilter filter() const { return m_filter; }
    // Reads the events recorded since the newest one shown and puts them on top.
    void tail();

    const RecordedEvent *eventAt(int row) const { return rowAt(row); }
    int rowOfPosition(qint64 position) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void readPage(std::optional<qint64> after, PageDone done) override;
    bool canRead() const override;

private:
    Session *m_session;
    EventFilter m_filter;
    bool m_tailing = false;
};

} // namespace hs
