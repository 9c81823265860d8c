// Writes tests/data/v1-store.db: a store as an older Haulstream left it, with
// PricingRuleScheduled events in their version-1 shape (decimal dollars), chained with the
// real hash so that `haulctl verify` passes, followed by events this version writes itself.
//
//   make_v1_store OUT.db        (the committed file was made this way; run again only on purpose)

#include "codec/commandparser.h"
#include "reducer/reducer.h"
#include "store/eventstore.h"
#include "util/isotime.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cstdio>

using namespace hs;

namespace {

bool submit(Reducer &r, const char *line)
{
    auto outcome = r.submit({parseCommandLine(QByteArray(line))});
    const bool ok = !outcome.failure && !outcome.results.empty() && outcome.results.front().accepted;
    if (!ok)
        std::fprintf(stderr, "not accepted: %s\n", line);
    return ok;
}

QString version1Data(const QString &ruleId, const char *effectiveFrom, const char *dollarsPerLb, const char *minimumDollars)
{
    return QStringLiteral("{\"ruleId\":\"%1\",\"effectiveFrom\":\"%2\",\"dollarsPerLb\":\"%3\",\"minimumDollars\":\"%4\"}")
        .arg(ruleId, QString::fromLatin1(effectiveFrom), QString::fromLatin1(dollarsPerLb), QString::fromLatin1(minimumDollars));
}

// Appends one event exactly as version 1 stored it: raw SQL, real hash chain, a command-log entry.
bool appendVersion1Rule(Database &db, const QString &commandId, const QString &ruleId, const char *effectiveFrom,
                        const char *dollarsPerLb, const char *minimumDollars, const char *issuedAt,
                        const QByteArray &commandData)
{
    QSqlQuery meta(db.connection());
    meta.exec(QStringLiteral("SELECT (SELECT value FROM meta WHERE key = 'head_position'), "
                             "(SELECT value FROM meta WHERE key = 'head_hash'), "
                             "(SELECT value FROM meta WHERE key = 'head_occurred_max')"));
    meta.next();
    const qint64 head = meta.value(0).toLongLong();
    const QByteArray previousHash = meta.value(1).toByteArray();
    const qint64 occurredMax = meta.value(2).toLongLong();

    RecordedEvent e;
    e.position = head + 1;
    e.occurredAt = *isotime::parse(QString::fromLatin1(issuedAt));
    e.recordedAt = e.occurredAt + 250;
    e.eventId = EventStore::newEventId(e.recordedAt);
    e.event = ev::PricingRuleScheduled{ruleId, *isotime::parse(QString::fromLatin1(effectiveFrom)), 0, 0};
    e.streamId = streamOf(e.event);
    QSqlQuery version(db.connection());
    version.prepare(QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM events WHERE stream_id = ?"));
    version.addBindValue(e.streamId);
    version.exec();
    version.next();
    e.version = version.value(0).toLongLong();
    e.schemaVersion = 1;
    e.data = version1Data(ruleId, effectiveFrom, dollarsPerLb, minimumDollars).toUtf8();
    e.commandId = e.causationId = e.correlationId = commandId;
    e.actor = Actor{QStringLiteral("fiona"), Department::Finance};
    const QByteArray hash = EventStore::hashOf(previousHash, e);
    const qint64 newMax = std::max(occurredMax, e.occurredAt);

    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO events (position, event_id, stream_id, version, type, schema_version, data, command_id, "
                             "causation_id, correlation_id, actor_user, actor_department, occurred_at, recorded_at, occurred_max, hash) "
                             "VALUES (?, ?, ?, ?, 'PricingRuleScheduled', 1, ?, ?, ?, ?, 'fiona', 'finance', ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(e.position), QVariant(e.eventId), QVariant(e.streamId), QVariant(e.version),
                              QVariant(QString::fromUtf8(e.data)), QVariant(commandId), QVariant(commandId), QVariant(commandId),
                              QVariant(e.occurredAt), QVariant(e.recordedAt), QVariant(newMax), QVariant(hash)})
        q.addBindValue(v);
    bool ok = q.exec();
    if (!ok)
        std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
    // The command log keeps commands, which have no schema versions: today's command shape,
    // so that a what-if branch can re-run it.
    QSqlQuery log(db.connection());
    log.prepare(QStringLiteral("INSERT INTO commands (command_id, type, status, issued_at, actor_user, actor_department, "
                               "correlation_id, first_position, last_position, recorded_at, payload) "
                               "VALUES (?, 'SchedulePricingRule', 'accepted', ?, 'fiona', 'finance', ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(commandId), QVariant(e.occurredAt), QVariant(commandId), QVariant(e.position),
                              QVariant(e.position), QVariant(e.recordedAt), QVariant(QString::fromUtf8(commandData))})
        log.addBindValue(v);
    ok = ok && log.exec();
    if (!ok)
        std::fprintf(stderr, "%s\n", qPrintable(log.lastError().text()));
    QSqlQuery setHead(db.connection());
    setHead.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
    const std::pair<const char *, QVariant> heads[] = {
        {"head_position", QVariant(e.position)}, {"head_hash", QVariant(hash)}, {"head_occurred_max", QVariant(newMax)}};
    for (const auto &[key, value] : heads) {
        setHead.addBindValue(value);
        setHead.addBindValue(QString::fromLatin1(key));
        ok = ok && setHead.exec();
    }
    return ok;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_v1_store OUT.db\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QFile::remove(path);
    StoreError error;
    {
        // What version 1 wrote: an account, a truck, then two rules in dollars.
        auto r = Reducer::open(path, &error);
        if (!r || !r->ensureStore(&error))
            return fail(error.message);
        if (!submit(*r, R"({"commandId":"v1-open","type":"OpenAccount","issuedAt":"2026-01-02T09:00:00Z","actor":{"user":"fiona","department":"finance"},"data":{"accountId":"A-1","name":"Prairie Mills"}})")
            || !submit(*r, R"({"commandId":"v1-truck","type":"RegisterTruck","issuedAt":"2026-01-02T09:05:00Z","actor":{"user":"dan","department":"dispatch"},"data":{"truckId":"T-1","capacityLb":40000}})"))
            return 1;
        // Raw rows, not projected: the reducer of today catches up on reopening, through the upcaster.
        Database &db = r->database();
        if (!db.beginWrite()
            || !appendVersion1Rule(db, QStringLiteral("v1-rule-jan"), QStringLiteral("R-JAN"), "2026-01-05T00:00:00.000Z", "0.31", "25.00", "2026-01-03T10:00:00.000Z",
                                  R"({"ruleId":"R-JAN","effectiveFrom":"2026-01-05T00:00:00.000Z","centsPerLb":31,"minimumCents":2500})")
            || !appendVersion1Rule(db, QStringLiteral("v1-rule-feb"), QStringLiteral("R-FEB"), "2026-02-01T00:00:00.000Z", "0.35", "40.5", "2026-01-20T10:00:00.000Z",
                                  R"({"ruleId":"R-FEB","effectiveFrom":"2026-02-01T00:00:00.000Z","centsPerLb":35,"minimumCents":4050})")
            || !db.commit())
            return fail(QStringLiteral("The version-1 rows could not be written."));
    }
    {
        // Today's version carries on: shipments priced by the version-1 rules, then a version-2 rule.
        auto r = Reducer::open(path, &error);
        if (!r)
            return fail(error.message);
        const char *lines[] = {
            R"({"commandId":"s1","type":"SubmitShipment","issuedAt":"2026-01-10T08:00:00Z","actor":{"user":"carla","department":"customer-service"},"data":{"shipmentId":"S-1","accountId":"A-1","pickup":{"name":"Prairie Mills","line1":"1 Mill Rd","city":"Salina","state":"KS","zip":"67401"},"destination":{"name":"Depot","line1":"9 Main St","city":"Omaha","state":"NE","zip":"68102"},"weightLb":1000}})",
            R"({"commandId":"s2","type":"SubmitShipment","issuedAt":"2026-01-11T08:00:00Z","actor":{"user":"carla","department":"customer-service"},"data":{"shipmentId":"S-2","accountId":"A-1","pickup":{"name":"Prairie Mills","line1":"1 Mill Rd","city":"Salina","state":"KS","zip":"67401"},"destination":{"name":"Depot","line1":"9 Main St","city":"Omaha","state":"NE","zip":"68102"},"weightLb":50}})",
            R"({"commandId":"a1","type":"AssignTruck","issuedAt":"2026-01-12T08:00:00Z","actor":{"user":"dan","department":"dispatch"},"data":{"shipmentId":"S-1","truckId":"T-1"}})",
            R"({"commandId":"sh1","type":"ShipShipment","issuedAt":"2026-01-12T09:00:00Z","actor":{"user":"dan","department":"dispatch"},"data":{"shipmentId":"S-1"}})",
            R"({"commandId":"d1","type":"DeliverShipment","issuedAt":"2026-01-13T15:00:00Z","actor":{"user":"dan","department":"dispatch"},"data":{"shipmentId":"S-1","signedBy":"Pat"}})",
            R"({"commandId":"s3","type":"SubmitShipment","issuedAt":"2026-02-03T08:00:00Z","actor":{"user":"carla","department":"customer-service"},"data":{"shipmentId":"S-3","accountId":"A-1","pickup":{"name":"Prairie Mills","line1":"1 Mill Rd","city":"Salina","state":"KS","zip":"67401"},"destination":{"name":"Depot","line1":"9 Main St","city":"Omaha","state":"NE","zip":"68102"},"weightLb":1000}})",
            R"({"commandId":"v2-rule-mar","type":"SchedulePricingRule","issuedAt":"2026-02-10T10:00:00Z","actor":{"user":"fiona","department":"finance"},"data":{"ruleId":"R-MAR","effectiveFrom":"2026-03-01T00:00:00Z","centsPerLb":40,"minimumCents":3000}})",
            R"({"commandId":"s4","type":"SubmitShipment","issuedAt":"2026-03-02T08:00:00Z","actor":{"user":"carla","department":"customer-service"},"data":{"shipmentId":"S-4","accountId":"A-1","pickup":{"name":"Prairie Mills","line1":"1 Mill Rd","city":"Salina","state":"KS","zip":"67401"},"destination":{"name":"Depot","line1":"9 Main St","city":"Omaha","state":"NE","zip":"68102"},"weightLb":1000}})",
        };
        for (const char *line : lines)
            if (!submit(*r, line))
                return 1;
        const QStringList problems = r->verify();
        if (!problems.isEmpty())
            return fail(QStringLiteral("verify: ") + problems.join(u'\n'));
    }
    std::printf("wrote %s\n", qPrintable(path));
    return 0;
}
