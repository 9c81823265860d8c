#pragma once

#include <QAbstractItemModel>
#include <QAbstractTableModel>
#include <functional>
#include <optional>
#include <vector>

namespace hs {

// The signal every paged model gives, in a flat and in a tree flavour (moc needs a class).
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
Q_SIGNALS:
    // A page (or the newest rows) arrived; a view may want to select something.
    void pageLoaded();
};

class PagedTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    using QAbstractItemModel::QAbstractItemModel;
Q_SIGNALS:
    void pageLoaded();
};

// Rows read a page at a time on the reader thread as the view scrolls, each page starting
// after the keyset (a position, a sequence number) the previous one ended at. restart() drops
// the rows and every answer still on its way; putOnTop() adds rows newer than the first one.
template <typename Row, typename Base = PagedTableModel>
class KeysetPagedModel : public Base
{
public:
    struct Page
    {
        std::vector<Row> rows;
        std::optional<qint64> next; // where the following page starts
        bool atEnd = true;
    };
    using PageDone = std::function<void(Page)>;

    using Base::Base;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && !m_atEnd && !m_loading; }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent) || !canRead())
            return;
        m_loading = true;
        const int generation = m_generation;
        readPage(m_next, [this, generation](Page page) {
            if (generation != m_generation)
                return; // an answer to a filter the user has replaced
            m_loading = false;
            m_atEnd = page.atEnd;
            m_next = page.next;
            if (!page.rows.empty()) {
                const int first = int(m_rows.size());
                this->beginInsertRows({}, first, first + int(page.rows.size()) - 1);
                m_rows.insert(m_rows.end(), std::make_move_iterator(page.rows.begin()), std::make_move_iterator(page.rows.end()));
                this->endInsertRows();
            }
            Q_EMIT this->pageLoaded();
        });
    }

    const Row *rowAt(int row) const { return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr; }
    const std::vector<Row> &rows() const { return m_rows; }
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_atEnd; }

protected:
    // Reads the page that starts after `after` (nothing: from the start) and hands it to done
    // on the model's thread.
    virtual void readPage(std::optional<qint64> after, PageDone done) = 0;
    virtual bool canRead() const { return true; }

    void restart()
    {
        this->beginResetModel();
        m_rows.clear();
        m_next.reset();
        m_atEnd = false;
        m_loading = false;
        ++m_generation;
        this->endResetModel();
        fetchMore({});
    }

    // Newer rows, newest first, go above the ones shown.
    void putOnTop(std::vector<Row> newestFirst)
    {
        if (newestFirst.empty())
            return;
        this->beginInsertRows({}, 0, int(newestFirst.size()) - 1);
        m_rows.insert(m_rows.begin(), std::make_move_iterator(newestFirst.begin()), std::make_move_iterator(newestFirst.end()));
        this->endInsertRows();
        Q_EMIT this->pageLoaded();
    }

    // Lets the end be reached again, for rows that arrive at the bottom.
    void expectMore() { m_atEnd = false; }
    int generation() const { return m_generation; }

    std::vector<Row> m_rows;

private:
    std::optional<qint64> m_next;
    bool m_atEnd = false;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace hs
