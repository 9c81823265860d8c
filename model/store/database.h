#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

namespace hs {

// Why a store could not be opened, in words for the person who chose the file.
struct StoreError
{
    QString message;
};

// One connection to a Haulstream store, owned by the thread that opened it.
// Opening checks the file first, read-only: a file that is not a Haulstream store, or one
// written by a newer version, is refused and left exactly as it was.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    static std::unique_ptr<Database> open(const QString &path, Mode mode, StoreError *error);
    // A private in-memory store (what-if branches, tests).
    static std::unique_ptr<Database> openMemory(StoreError *error);
    ~Database();

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    bool isMemory() const { return m_memory; }
    bool exists() const { return m_hasSchema; }
    // Written by an older version: a writer must bring it up before its read models are read.
    bool needsMigration() const { return m_hasSchema && m_storedVersion < schemaVersion; }

    // Creates the schema if the file is new. Called before the first write.
    bool ensureSchema(StoreError *error);

    // BEGIN IMMEDIATE: takes the write lock now, so that no other writer slips in between.
    bool beginWrite();
    bool commit();
    void rollback();

    // Changes whenever any connection (this process or another) commits to the file.
    qint64 dataVersion();

    // 2: the unassigned-queue index (rm_queue) and live-row indexes of the read models.
    // 3: shipments by submission order (the newest-first lookup).
    // 4: receivables, credit and promises (accounts' terms, limits, holds and exposure; invoices'
    //    due dates; trucks' breakdown times; shipments' references and promised times).
    static constexpr int schemaVersion = 4;
    static constexpr int applicationId = 0x48415553; // "HAUS"

private:
    Database() = default;
    QSqlDatabase m_db;
    QString m_name;
    QString m_path;
    bool m_memory = false;
    bool m_hasSchema = false;
    int m_storedVersion = 0;
    bool migrate(StoreError *error);
};

// A prepared statement for the hot paths, bound in order like QSqlQuery::addBindValue() but
// cheaper: Qt 6.4 formats a placeholder name and updates a hash on every positional bind
// (a third of an import's time); here each '?' is prepared as a named placeholder (:p0,
// :p1, ...) and bound by a name made once. Values are taken in order, wrapping around after
// the last placeholder, so a statement is always bound from its first value again.
class SqlStatement : public QSqlQuery
{
public:
    using QSqlQuery::QSqlQuery;
    bool prepare(const QString &sql);
    void addBindValue(const QVariant &value)
    {
        bindValue(placeholder(m_next), value);
        if (++m_next == m_count)
            m_next = 0;
    }
    static const QString &placeholder(int i);

private:
    int m_next = 0;
    int m_count = 0;
};

// Runs one statement; on failure puts the driver's text in error and returns false.
bool execSql(QSqlDatabase &db, const QString &sql, StoreError *error = nullptr);

} // namespace hs
