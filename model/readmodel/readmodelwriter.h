#pragma once

#include "views.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include "../store/database.h"

namespace hs {

// Keeps the read-model tables in step with the events, through project().
// Live mode: each changed row closes its predecessor (valid_to) and inserts the new version,
// inside the caller's transaction. Rebuild mode: the tables start empty and every row version
// is written once, already closed, from the rows kept in memory.
class ReadModelWriter
{
public:
    enum class Mode { Live, Rebuild };
    ReadModelWriter(QSqlDatabase db, Mode mode, const QString &schemaName = QStringLiteral("main"));

    bool apply(const RecordedEvent &e);
    // Writes what rebuild mode still holds and the live counts. Call before commit.
    bool finish(qint64 position);
    // Another writer committed: what is cached may be stale.
    void forgetCache();
    QString lastError() const { return m_error; }
    QSqlError lastSqlError() const { return m_sqlError; }

    static constexpr qint64 statusSnapshotEvery = 1024;

private:
    std::optional<ShipmentView> loadShipment(const QString &id);
    std::optional<TruckView> loadTruck(const QString &id);
    std::optional<AccountView> loadAccount(const QString &id);
    bool loadCounts();
    bool exec(QSqlQuery &q);
    bool exec(SqlStatement &q);
    bool failedWith(const QSqlError &error);
    bool writeShipment(const ShipmentView &s, qint64 from, std::optional<qint64> to);
    bool writeTruck(const TruckView &t, qint64 from, std::optional<qint64> to);
    bool writeAccount(const AccountView &a, qint64 from, std::optional<qint64> to);
    bool applyShipment(const ViewChanges &c, qint64 position);
    bool appendEntries(const ViewChanges &c);

    QSqlDatabase m_db;
    Mode m_mode;
    QString m_error;
    QSqlError m_sqlError;

    // Rows as they stand now, with the position they became true at.
    template <typename V> struct Open { V view; qint64 from = 0; };
    template <typename View>
    bool replace(QHash<QString, Open<View>> &cache, const QString &id, const View &view, qint64 position,
                 SqlStatement &close, bool (ReadModelWriter::*write)(const View &, qint64, std::optional<qint64>));
    QHash<QString, Open<ShipmentView>> m_shipments;
    QHash<QString, Open<TruckView>> m_trucks;
    QHash<QString, Open<AccountView>> m_accounts;
    StatusCounts m_counts{};
    bool m_countsLoaded = false;
    QString m_prefix;
    bool m_main = true;

    SqlStatement m_insFacts, m_insShipment, m_closeShipment, m_insTruck, m_closeTruck, m_insAccount,
        m_closeAccount, m_insLedger, m_insSnapshot, m_selShipment, m_selTruck,
        m_selAccount, m_insActive, m_closeActive, m_insCheckCall;
};

} // namespace hs
