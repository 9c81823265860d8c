#pragma once

#include "../store/database.h"
#include "../store/dialect.h"

#include <QSqlError>
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

    // insertOne: the codec's "INSERT INTO t (columns) VALUES (?, ...)" for one row. On
    // PostgreSQL a row to a statement: its statements take few placeholders (SqlStatement).
    RowBatch(const QSqlDatabase &db, const QString &insertOne, Bind bind)
        : m_one(db), m_many(db), m_bind(bind), m_perStatement(Dialect::of(db).isPostgres() ? 1 : 32)
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
        if (m_rows.size() < m_perStatement * statementsPerHandOver)
            return std::nullopt;
        return take();
    }

    std::vector<Row> take() { return std::exchange(m_rows, {}); }

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
    size_t m_perStatement;
    std::vector<Row> m_rows;
    QSqlError m_error;
};

} // namespace hs
