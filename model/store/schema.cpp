#include "schema.h"

namespace hs::schema {

namespace {

QStringList translated(const QStringList &sqlite, Dialect dialect)
{
    QStringList out;
    for (const QString &sql : sqlite)
        out += dialect.ddl(sql);
    return out;
}

// The read models' indexes, by name: a rebuild drops them and builds them once at the end.
struct ReadModelIndex
{
    const char *name;
    const char *on;
    // On PostgreSQL, the columns an as-of read takes beside the key: its probes are then
    // answered from the index alone, not from a heap page per row version (SQLite finds
    // the row by its rowid in the same B-tree walk and keeps its indexes lean for the import).
    const char *include = nullptr;
    // Left in place by a rebuild, which then fills it row by row on its writing thread while
    // the events are projected, instead of building it afterwards on one core: an index whose
    // entries arrive in its own order (positions only grow, a status's rows by rowid), or few of
    // them (trucks' and accounts' live rows come at the end). The others cost less built once.
    bool keptByRebuild = false;
    bool postgresOnly = false; // not made on SQLite
};

const ReadModelIndex readModelIndexes[] = {
    // Customer Service lists the newest shipments first.
    {"rm_shipment_facts_submitted", "rm_shipment_facts (submitted_position)", nullptr, true},
    // The customer's PO or load number, as a caller reads it out.
    {"rm_shipment_facts_reference", "rm_shipment_facts (customer_reference) WHERE customer_reference IS NOT NULL"},
    {"rm_shipments_id", "rm_shipments (shipment_id, valid_from)", "status, truck_id, version"},
    // The live rows only: the queues of today, and the row an update closes.
    {"rm_shipments_live", "rm_shipments (status) WHERE valid_to IS NULL", nullptr, true},
    {"rm_shipments_from", "rm_shipments (valid_from)", nullptr, true},
    {"rm_shipments_to", "rm_shipments (valid_to)", nullptr, true},
    {"rm_check_calls_shipment", "rm_check_calls (shipment_id, position)"},
    {"rm_trucks_id", "rm_trucks (truck_id, valid_from)", "capacity_lb, state, shipment_id, out_of_service_since"},
    {"rm_trucks_live", "rm_trucks (truck_id) WHERE valid_to IS NULL", nullptr, true},
    {"rm_accounts_id", "rm_accounts (account_id, valid_from)",
     "name, invoiced_cents, paid_cents, written_off_cents, credit_limit_cents, terms_days, on_hold, active_cents"},
    {"rm_accounts_live", "rm_accounts (account_id) WHERE valid_to IS NULL", nullptr, true},
    // On PostgreSQL, every truck's or account's row as of a moment in one stabbing query on the
    // rows' position ranges: ~150 buffers for 400 accounts at 1M, where a probe per account by
    // (account_id, valid_from) read ~1200. (SQLite walks its B-trees without that cost.)
    {"rm_trucks_span", "rm_trucks USING gist (int8range(valid_from, valid_to))", nullptr, false, true},
    {"rm_accounts_span", "rm_accounts USING gist (int8range(valid_from, valid_to))", nullptr, false, true},
    {"rm_ledger_account", "rm_ledger (account_id, position)",
     "occurred_at, kind, shipment_id, reference, amount_cents, balance_cents, due_at"},
    // The unassigned queue's ranges by node, from either end.
    {"rm_queue_lo", "rm_queue (node, lo)"},
    {"rm_queue_hi", "rm_queue (node, hi)"},
};

} // namespace

QStringList createReadModelStatements(const QString &s, Dialect dialect)
{
    const QString p = dialect.tablePrefix(s);
    const QStringList tables{
        // A shipment's facts fixed at submission.
        QStringLiteral("CREATE TABLE %1rm_shipment_facts (shipment_id TEXT PRIMARY KEY, account_id TEXT NOT NULL, "
                       "weight_lb INTEGER NOT NULL, price_cents INTEGER NOT NULL, pickup TEXT NOT NULL, "
                       "destination TEXT NOT NULL, submitted_position INTEGER NOT NULL, submitted_at INTEGER NOT NULL, "
                       "customer_reference TEXT, pickup_by INTEGER, deliver_by INTEGER)").arg(p),
        // Its changing part, one row per version; valid_to null for the live row.
        QStringLiteral("CREATE TABLE %1rm_shipments (shipment_id TEXT NOT NULL, status TEXT NOT NULL, truck_id TEXT, "
                       "version INTEGER NOT NULL, valid_from INTEGER NOT NULL, valid_to INTEGER)").arg(p),
        // The position ranges of the rows in status submitted, lo = valid_from, hi = valid_to - 1
        // (2^31 - 1 while live), filed under their node (positionranges.h): "the unassigned
        // queue as of P" is a stabbing query, O(log n + answer) however long the history.
        QStringLiteral("CREATE TABLE %1rm_queue (lo INTEGER PRIMARY KEY, node INTEGER NOT NULL, hi INTEGER NOT NULL)").arg(p),
        QStringLiteral("CREATE TABLE %1rm_check_calls (position INTEGER PRIMARY KEY, shipment_id TEXT NOT NULL, truck_id TEXT, "
                       "occurred_at INTEGER NOT NULL, location TEXT NOT NULL, note TEXT NOT NULL, eta INTEGER, "
                       "actor_user TEXT NOT NULL, actor_department TEXT NOT NULL)").arg(p),
        QStringLiteral("CREATE TABLE %1rm_trucks (truck_id TEXT NOT NULL, capacity_lb INTEGER NOT NULL, "
                       "state TEXT NOT NULL, shipment_id TEXT, out_of_service_since INTEGER, valid_from INTEGER NOT NULL, valid_to INTEGER)").arg(p),
        QStringLiteral("CREATE TABLE %1rm_accounts (account_id TEXT NOT NULL, name TEXT NOT NULL, "
                       "invoiced_cents INTEGER NOT NULL, paid_cents INTEGER NOT NULL, written_off_cents INTEGER NOT NULL, "
                       "credit_limit_cents INTEGER, terms_days INTEGER NOT NULL, on_hold INTEGER NOT NULL, "
                       "active_cents INTEGER NOT NULL, valid_from INTEGER NOT NULL, valid_to INTEGER)").arg(p),
        QStringLiteral("CREATE TABLE %1rm_ledger (position INTEGER PRIMARY KEY, account_id TEXT NOT NULL, "
                       "occurred_at INTEGER NOT NULL, kind TEXT NOT NULL, shipment_id TEXT, reference TEXT, "
                       "amount_cents INTEGER NOT NULL, balance_cents INTEGER NOT NULL, due_at INTEGER)").arg(p),
        // Status counts at the end of every block of positions, so that as-of counts read
        // one snapshot and at most one block of changes.
        QStringLiteral("CREATE TABLE %1rm_status_snapshots (position INTEGER PRIMARY KEY, submitted INTEGER NOT NULL, "
                       "assigned INTEGER NOT NULL, out_for_delivery INTEGER NOT NULL, delivered INTEGER NOT NULL, "
                       "cancelled INTEGER NOT NULL)").arg(p),
        QStringLiteral("CREATE TABLE %1rm_status_counts (status TEXT PRIMARY KEY, n INTEGER NOT NULL)").arg(p),
    };
    return translated(tables, dialect) + createReadModelIndexes(s, dialect);
}

namespace {

bool madeIn(const ReadModelIndex &index, Dialect dialect) { return !index.postgresOnly || dialect.isPostgres(); }

// Dropped by a rebuild of an SQLite store and built again at its end.
bool rebuilt(const ReadModelIndex &index)
{
    return madeIn(index, Dialect(Dialect::Kind::SQLite)) && !index.keptByRebuild;
}

QStringList createIndexes(const QString &s, Dialect dialect, bool rebuiltOnly)
{
    QStringList indexes;
    for (const ReadModelIndex &index : readModelIndexes) {
        if (!madeIn(index, dialect) || (rebuiltOnly && !rebuilt(index)))
            continue;
        QString sql = QStringLiteral("CREATE INDEX %1%2 ON %3").arg(dialect.tablePrefix(s), QString::fromLatin1(index.name), QString::fromLatin1(index.on));
        if (index.include && dialect.isPostgres())
            sql += QStringLiteral(" INCLUDE (%1)").arg(QString::fromLatin1(index.include));
        indexes << sql;
    }
    return translated(indexes, dialect);
}

} // namespace

QStringList createReadModelIndexes(const QString &s, Dialect dialect)
{
    return createIndexes(s, dialect, false);
}

QStringList createRebuiltIndexes()
{
    return createIndexes(QStringLiteral("main"), Dialect(Dialect::Kind::SQLite), true);
}

QStringList rebuiltIndexNames()
{
    QStringList names;
    for (const ReadModelIndex &index : readModelIndexes)
        if (rebuilt(index))
            names << QString::fromLatin1(index.name);
    return names;
}

QStringList readModelTables()
{
    return {QStringLiteral("rm_shipment_facts"), QStringLiteral("rm_shipments"),
            QStringLiteral("rm_check_calls"), QStringLiteral("rm_trucks"),
            QStringLiteral("rm_accounts"), QStringLiteral("rm_ledger"),
            QStringLiteral("rm_status_snapshots"), QStringLiteral("rm_status_counts"),
            QStringLiteral("rm_queue")};
}

QStringList createStatements(Dialect dialect)
{
    QStringList s = translated({
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value)"),
        // The system of record. occurred_max is the running maximum of occurred_at, so that
        // "as of a time" finds the longest prefix of history that lies wholly before it.
        QStringLiteral("CREATE TABLE events (position INTEGER PRIMARY KEY, event_id TEXT NOT NULL, "
                       "stream_id TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, "
                       "schema_version INTEGER NOT NULL, data TEXT NOT NULL, command_id TEXT NOT NULL, "
                       "causation_id TEXT NOT NULL, correlation_id TEXT NOT NULL, actor_user TEXT NOT NULL, "
                       "actor_department TEXT NOT NULL, occurred_at INTEGER NOT NULL, recorded_at INTEGER NOT NULL, "
                       "occurred_max INTEGER NOT NULL, hash BLOB NOT NULL, UNIQUE (stream_id, version))"),
        QStringLiteral("CREATE UNIQUE INDEX events_event_id ON events (event_id)"),
        QStringLiteral("CREATE INDEX events_occurred_max ON events (occurred_max)"),
        // Events recorded after later ones had already happened: the only ones an as-of
        // query must look at beyond the prefix.
        QStringLiteral("CREATE INDEX events_late ON events (occurred_at) WHERE occurred_at < occurred_max"),
        QStringLiteral("CREATE TABLE commands (seq INTEGER PRIMARY KEY, command_id TEXT NOT NULL UNIQUE, "
                       "type TEXT, status TEXT NOT NULL, code TEXT, message TEXT, field TEXT, issued_at INTEGER, "
                       "actor_user TEXT, actor_department TEXT, causation_id TEXT, correlation_id TEXT NOT NULL, "
                       "first_position INTEGER, last_position INTEGER, recorded_at INTEGER NOT NULL, payload TEXT)"),
        QStringLiteral("CREATE TABLE snapshots (position INTEGER PRIMARY KEY, state BLOB NOT NULL)"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('projection_position', 0), ('head_position', 0), "
                       "('head_hash', X''), ('head_occurred_max', NULL)"),
    }, dialect);
    s += createCorrelationIndexes(dialect);
    s += createReadModelStatements(QStringLiteral("main"), dialect);
    return s;
}

QStringList createCorrelationIndexes(Dialect dialect)
{
    // A user command's correlation is its own id: its events and its log entry are found through
    // the command log's command_id and positions (correlationMembers()), so only the listeners'
    // rows, whose correlation is another command's, are indexed by it (an index entry fewer
    // for most events and commands).
    return translated({
        QStringLiteral("CREATE INDEX events_listener_correlation ON events (correlation_id) WHERE correlation_id <> command_id"),
        QStringLiteral("CREATE INDEX commands_listener_correlation ON commands (correlation_id) WHERE correlation_id <> command_id"),
    }, dialect);
}

QString correlationEvents()
{
    return QStringLiteral(
        "position IN (SELECT position FROM events WHERE correlation_id = ? AND correlation_id <> command_id "
        "UNION ALL SELECT e.position FROM commands c JOIN events e ON e.position BETWEEN c.first_position AND c.last_position "
        "WHERE c.command_id = ? AND e.correlation_id = ? AND e.correlation_id = e.command_id)");
}

QString correlationCommands()
{
    return QStringLiteral("((command_id = ? AND correlation_id = command_id) OR (correlation_id = ? AND correlation_id <> command_id))");
}

} // namespace hs::schema
