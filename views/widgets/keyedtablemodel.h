#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace hs {

// A table of read-model rows, each known by a key. setRows() brings it to a fresh read with row
// removals, insertions and changes rather than a reset, so that the selection and the scroll
// position survive every store change.
template <typename Row>
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const std::vector<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows[size_t(row)]; }

    int rowOfKey(const QString &key) const
    {
        for (size_t i = 0; i < m_rows.size(); ++i)
            if (keyOf(m_rows[i]) == key)
                return int(i);
        return -1;
    }

    // `fresh` must be in the model's order (the same order every read returns).
    void setRows(std::vector<Row> fresh)
    {
        QHash<QString, int> wanted;
        for (size_t i = 0; i < fresh.size(); ++i)
            wanted.insert(keyOf(fresh[i]), int(i));
        // Drop the rows that left, in contiguous runs from the bottom up.
        for (int i = int(m_rows.size()) - 1; i >= 0;) {
            if (wanted.contains(keyOf(m_rows[size_t(i)]))) {
                --i;
                continue;
            }
            int first = i;
            while (first > 0 && !wanted.contains(keyOf(m_rows[size_t(first - 1)])))
                --first;
            beginRemoveRows({}, first, i);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + i + 1);
            endRemoveRows();
            i = first - 1;
        }
        // What stays must be in the fresh order, else the order itself changed: start over.
        int last = -1;
        for (const Row &r : m_rows) {
            const int at = wanted.value(keyOf(r));
            if (at < last) {
                beginResetModel();
                m_rows = std::move(fresh);
                endResetModel();
                return;
            }
            last = at;
        }
        for (size_t i = 0; i < fresh.size(); ++i) {
            if (i < m_rows.size() && keyOf(m_rows[i]) == keyOf(fresh[i])) {
                m_rows[i] = std::move(fresh[i]);
                continue;
            }
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(m_rows.begin() + qsizetype(i), std::move(fresh[i]));
            endInsertRows();
        }
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    }

protected:
    virtual QString keyOf(const Row &row) const = 0;

    std::vector<Row> m_rows;
};

} // namespace hs
