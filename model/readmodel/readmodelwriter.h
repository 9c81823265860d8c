#pragma once

#include "rowbatch.h"
#include "shipmentrows.h"
#include "views.h"
#include "writequeue.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include "../store/database.h"
#include "../util/idhash.h"

namespace hs {

// Keeps the read-model tables in step with the events, through project(), inside the caller's
// transaction. Every entity's open row is kept in memory: a version that a later event of the
// same batch replaces is written once, already closed, and the rows left open are written by
// finish(). Live mode: a row left open by an earlier batch is closed (valid_to) when first
// replaced. Rebuild mode: the tables start empty and every version is written once.
class ReadModelWriter
{
public:
    enum class Mode { Live, Rebuild };
    ReadModelWriter(QSqlDatabase db, Mode mode, const QString &schemaName = QStringLiteral("main"));

    bool apply(const RecordedEvent &e);
    // Writes what is still held in memory and the live counts. Call before commit.
    bool finish(qint64 position);
    // Another writer committed, or the batch was rolled back: what is held may be stale.
    void forgetCache();
    // Rebuild: the rows are written by queue's thread while this one projects the next events
    // (finish() waits for them). The connection is the queue's until then.
    void writeBehind(WriteQueue *queue) { m_writeBehind = queue; }
    QString lastError() const { return m_error; }
    QSqlError lastSqlError() const { return m_sqlError; }

    static constexpr qint64 statusSnapshotEvery = 1024;

private:
    // Rows as they stand now, with the position they became true at; stored: the row is in
    // its table, open (written by an earlier batch).
    template <typename V> struct Open { V view; qint64 from = 0; bool stored = false; };
    template <typename V> using Cache = IdHash<Open<V>>;
    template <typename V> using Write = bool (ReadModelWriter::*)(const V &, qint64, std::optional<qint64>);
    // A row version and the positions it was true between (to: none while open).
    template <typename View> struct Version { View view; qint64 from; std::optional<qint64> to; };
    struct QueueRange { qint64 lo, node, hi; };

    template <typename View>
    std::optional<View> loadOpen(Cache<View> &cache, SqlStatement &select, const QString &id, View (*read)(const SqlRow &),
                                 int fromColumn);
    std::optional<ShipmentView> loadShipment(const QString &id);
    std::optional<TruckView> loadTruck(const QString &id);
    std::optional<AccountView> loadAccount(const QString &id);
    bool loadCounts();
    bool exec(QSqlQuery &q);
    bool exec(SqlStatement &q);
    bool failedWith(const QSqlError &error);
    template <typename Row> bool add(RowBatch<Row> &batch, Row row);
    template <typename Row> void writeLater(RowBatch<Row> &batch, std::vector<Row> rows);
    bool flush();
    bool insertStatusSnapshot(qint64 position, const StatusCounts &counts);
    bool writeShipment(const ShipmentView &s, qint64 from, std::optional<qint64> to);
    bool writeTruck(const TruckView &t, qint64 from, std::optional<qint64> to);
    bool writeAccount(const AccountView &a, qint64 from, std::optional<qint64> to);
    template <typename View>
    bool replace(Cache<View> &cache, QStringList &unwritten, const QString &id, const View &view, qint64 position,
                 SqlStatement &close, Write<View> write);
    template <typename View> bool writeOpen(Cache<View> &cache, QStringList &unwritten, Write<View> write);
    bool applyShipment(const ViewChanges &c, qint64 position);
    bool appendEntries(const ViewChanges &c);

    QSqlDatabase m_db;
    Mode m_mode;
    QString m_error;
    QSqlError m_sqlError;

    Cache<ShipmentView> m_shipments;
    Cache<TruckView> m_trucks;
    Cache<AccountView> m_accounts;
    // The entities whose open row is not written yet.
    QStringList m_unwrittenShipments, m_unwrittenTrucks, m_unwrittenAccounts;
    StatusCounts m_counts{};
    bool m_countsLoaded = false;
    bool m_failed = false; // a write failed where no caller could be told (a lookup)
    QString m_prefix;
    bool m_main = true;
    WriteQueue *m_writeBehind = nullptr;

    RowBatch<shipmentrow::Facts> m_facts;
    RowBatch<Version<ShipmentView>> m_shipmentRows;
    RowBatch<QueueRange> m_queueRanges;
    RowBatch<Version<TruckView>> m_truckRows;
    RowBatch<Version<AccountView>> m_accountRows;
    RowBatch<LedgerEntry> m_ledger;
    RowBatch<CheckCall> m_checkCalls;
    SqlStatement m_closeShipment, m_closeTruck, m_closeAccount, m_closeActive, m_insSnapshot, m_selShipment,
        m_selTruck, m_selAccount, m_selCounts, m_setCount, m_setProjection;
};

} // namespace hs
