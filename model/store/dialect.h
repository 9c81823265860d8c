#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

struct sqlite3;

namespace hs {

// SQLite's own handle behind a Qt connection (null on PostgreSQL), for what Qt SQL does not offer.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// The few places where SQLite and PostgreSQL disagree; every other statement is written once,
// in the SQL both speak. Obtained from a connection, so that code holding only a QSqlDatabase
// (read models, queries) asks the same object as the store.
class Dialect
{
public:
    enum class Kind { SQLite, PostgreSQL };

    static Dialect of(const QSqlDatabase &db);
    explicit Dialect(Kind kind) : m_kind(kind) {}
    bool isPostgres() const { return m_kind == Kind::PostgreSQL; }

    // A join whose written order the planner must keep: SQLite's CROSS JOIN (PostgreSQL
    // plans joins itself and has no such hint).
    QString orderedJoin() const;
    // SQLite's index hint where its planner would pick worse; nothing on PostgreSQL.
    QString indexedBy(const QString &index) const;
    // LIKE without regard to ASCII case, as SQLite's LIKE always is.
    QString likeAnyCase() const;
    // "column contains the text bound to placeholder", any case; bind containsPattern(text),
    // whose % and _ are meant literally.
    QString containsText(const QString &column, const QString &placeholder) const;
    static QString containsPattern(const QString &text);
    // The text of one member of a JSON object held in a text column (NULL when absent).
    QString jsonText(const QString &column, const QString &member) const;
    // A one-column subquery over the strings of a JSON array bound to placeholder.
    QString jsonStringsOf(const QString &placeholder) const;
    // The calendar day ('YYYY-MM-DD') of a milliseconds-since-epoch expression, shifted by seconds.
    QString dayOf(const QString &msExpression, int offsetSeconds) const;
    // Ids made of prefix and digits only (S-12, not S-12a), and their number.
    QString numberedId(const QString &column, const QString &prefix) const;
    QString numberOf(const QString &column, const QString &prefix) const;

    // How tables of a schema are named: SQLite's main or an attached database; on PostgreSQL
    // the store's own schema, or temporary tables for a scratch copy (verify's fresh rebuild).
    QString tablePrefix(const QString &schemaName) const;
    // The store's DDL (written in SQLite's words in schema.cpp) in this dialect.
    QStringList ddl(const QString &sqliteStatement) const;
    // meta.value is untyped in SQLite and text in PostgreSQL, so bytes travel there as hex.
    QVariant metaBytes(const QByteArray &bytes) const;
    QByteArray bytesFromMeta(const QVariant &value) const;

private:
    Kind m_kind;
};

} // namespace hs
