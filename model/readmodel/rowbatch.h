#pragma once

#include "../store/database.h"
#include "../store/dialect.h"
#include "../util/idhash.h"

#include <QHash>
#include <QSqlError>
#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace hs {

// Rows of one read-model table held until they are written, many to a statement: what SQLite
// spends per statement (bind reset, halt, a statement journal) is paid once per perStatement rows.
template <typename Row>
class RowBatch
{
public:
    using Bind = void (*)(SqlStatement &, const Row &);
    using Entity = QStringView (*)(const Row &);

    // insertOne: the codec's "INSERT INTO t (columns) VALUES (?, ...)" for one row. On
    // PostgreSQL a row to a statement: its statements take few placeholders (SqlStatement).
    // entity: for a table of versions whose (entity, valid_from) index a rebuild makes at its
    // end (schema.cpp), the entity a row is a version of. The rows held for a writer elsewhere
    // are then given back in long runs in that index's order, and SQLite's sorter makes the
    // index about twice as fast from such runs as from rows in the order they came
    // (rm_accounts_id at 1M events: 0.98 s, 0.44 s in runs of 16 384).
    RowBatch(const QSqlDatabase &db, const QString &insertOne, Bind bind, Entity entity = nullptr)
        : m_one(db), m_many(db), m_bind(bind), m_entity(entity), m_perStatement(Dialect::of(db).isPostgres() ? 1 : 32)
    {
        const QString insert = m_perStatement == 1 ? insertOne : orFail(insertOne);
        m_one.prepare(insert);
        if (m_perStatement > 1)
            m_many.prepare(repeatedValues(insert, int(m_perStatement)));
    }

    // Keeps a row; false when a full statement's worth had to be written and that failed.
    bool add(Row row)
    {
        m_rows.push_back(std::move(row));
        return m_rows.size() < m_perStatement || flush();
    }

    // Writes every row held.
    bool flush()
    {
        if (!write(m_rows))
            return false;
        m_rows.clear();
        return true;
    }

    // For a writer elsewhere (WriteQueue): keeps a row, and gives back the rows held once they
    // fill a few statements; write() them later, on one thread at a time.
    std::optional<std::vector<Row>> hold(Row row)
    {
        m_rows.push_back(std::move(row));
        if (m_rows.size() < (m_entity ? rowsPerSortedRun : m_perStatement * statementsPerHandOver))
            return std::nullopt;
        return take();
    }

    // The rows held. Given the entity, they come back by entity, and each entity's in the
    // order they came, which is their valid_from's: the index's order. (Grouped through a hash
    // and the few entities sorted: a sort of all the rows compared ids ten times as often.)
    std::vector<Row> take()
    {
        if (!m_entity)
            return std::exchange(m_rows, {});
        QHash<IdViewKey, std::vector<size_t>> groups;
        for (size_t i = 0; i < m_rows.size(); ++i)
            groups[IdViewKey(m_entity(m_rows[i]))].push_back(i);
        QList<IdViewKey> entities = groups.keys();
        std::sort(entities.begin(), entities.end(), [](IdViewKey a, IdViewKey b) { return a.text().compare(b.text()) < 0; });
        std::vector<Row> sorted;
        sorted.reserve(m_rows.size());
        for (IdViewKey entity : std::as_const(entities))
            for (size_t i : std::as_const(groups[entity]))
                sorted.push_back(std::move(m_rows[i]));
        m_rows.clear();
        return sorted;
    }

    bool write(const std::vector<Row> &rows)
    {
        size_t i = 0;
        for (; m_perStatement > 1 && rows.size() - i >= m_perStatement; i += m_perStatement) {
            for (size_t r = i; r < i + m_perStatement; ++r)
                m_bind(m_many, rows[r]);
            if (!execute(m_many))
                return false;
        }
        for (; i < rows.size(); ++i) {
            m_bind(m_one, rows[i]);
            if (!execute(m_one))
                return false;
        }
        return true;
    }

    void clear() { m_rows.clear(); }
    QSqlError lastError() const { return m_error; }

private:
    static constexpr size_t statementsPerHandOver = 4;
    static constexpr size_t rowsPerSortedRun = 16384;

    // The batch's transaction is undone whole on any failure, so a failing statement need not
    // undo its own rows first: SQLite then opens no statement journal for a many-row INSERT
    // (callgrind: ~8k instructions less per statement).
    static QString orFail(const QString &insert)
    {
        QString out = insert;
        return out.replace(QStringLiteral("INSERT INTO"), QStringLiteral("INSERT OR FAIL INTO"));
    }

    static QString repeatedValues(const QString &insert, int rows)
    {
        const qsizetype at = insert.indexOf(QStringLiteral(" VALUES ")) + 8;
        const QString tuple = insert.mid(at);
        QStringList tuples(rows, tuple);
        return insert.left(at) + tuples.join(QStringLiteral(", "));
    }

    bool execute(SqlStatement &q)
    {
        if (q.exec())
            return true;
        m_error = q.lastError();
        return false;
    }

    SqlStatement m_one, m_many;
    Bind m_bind;
    Entity m_entity;
    size_t m_perStatement;
    std::vector<Row> m_rows;
    QSqlError m_error;
};

} // namespace hs
