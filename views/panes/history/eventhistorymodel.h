#pragma once

#include "explore/eventquery.h"

#include <QAbstractTableModel>

namespace hs {

class Session;

// Every event that matches the filter, one row each, read page by page on the reader thread
// as the view scrolls. Live tail puts new events at the top without a reset.
class EventHistoryModel : public QAbstractTableModel
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

    const RecordedEvent *eventAt(int row) const;
    int rowOfPosition(qint64 position) const;
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_atEnd; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A page (or the tail) arrived; the view may want to select something.
    void pageLoaded();

private:
    Session *m_session;
    EventFilter m_filter;
    std::vector<RecordedEvent> m_rows;
    qint64 m_last = 0;
    qint64 m_newest = 0;
    bool m_atEnd = false;
    bool m_loading = false;
    bool m_tailing = false;
    int m_generation = 0;
};

} // namespace hs
