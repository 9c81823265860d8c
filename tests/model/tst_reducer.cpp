// The reducer on a real file: idempotency, ordering, listeners, ids, commits, two writers.

#include "fixtures.h"

#include "readmodel/operationsqueries.h"
#include "readmodel/queries.h"
#include "reducer/reducer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "teststore.h"

using namespace hs;
using namespace fixtures;

namespace {

const QString A1 = QStringLiteral("A-1"), S1 = QStringLiteral("S-1"), S2 = QStringLiteral("S-2"),
              T1 = QStringLiteral("T-1"), T2 = QStringLiteral("T-2");

CommandResult run(Reducer &r, const CommandEnvelope &c)
{
    auto outcome = r.submit(c);
    if (outcome.failure || outcome.results.size() != 1) {
        QTest::qFail(qPrintable(QStringLiteral("the store failed: ") + outcome.failure.value_or(StoreError{}).message),
                     __FILE__, __LINE__);
        return {};
    }
    return outcome.results.front();
}

CommandResult run(Reducer &r, const QString &id, Command c, qint64 issuedAt)
{
    return run(r, command(id, std::move(c), issuedAt));
}

QString codeOf(const CommandResult &r)
{
    return r.accepted ? QStringLiteral("accepted") : rejectionCodeName(r.rejection.value_or(Rejection{}).code);
}

QStringList typesOf(const CommandResult &r)
{
    QStringList out;
    for (const RecordedEvent &e : r.events)
        out << e.type();
    return out;
}

// Account A-1, trucks T-1 (10000 lb) and T-2 (40000 lb), shipments S-1 (1200 lb) and S-2 (3000 lb).
void openStory(Reducer &r)
{
    run(r, QStringLiteral("c-open"), cmd::OpenAccount{A1, QStringLiteral("Prairie Feed & Seed")}, at(0));
    run(r, QStringLiteral("c-t1"), cmd::RegisterTruck{T1, 10000}, at(0));
    run(r, QStringLiteral("c-t2"), cmd::RegisterTruck{T2, 40000}, at(0));
    run(r, QStringLiteral("c-s1"), submit(S1, A1, 1200), at(1));
    run(r, QStringLiteral("c-s2"), submit(S2, A1, 3000), at(1));
}

qint64 countRows(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestReducer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void resubmissionReturnsTheOriginalResult();
    void resubmittedRejectionStaysRejected();
    void invalidLinesAreLoggedOnlyWithACommandId();
    void duplicatesSurviveReopening();
    void highWaterMark();
    void permissions_data();
    void permissions();
    void oneInvoicePerDeliveredShipment();
    void breakdownReturnsOnlyAnAssignedShipment();
    void causationAndCorrelation();
    void resultsOnlyAfterCommit();
    void aCommandRepeatedInItsBatchGetsItsFirstOutcome();
    void secondReducerFollowsTheFirst();
    void streamVersionsAndPositions();
    void twoReducersOpenedBeforeTheFileExisted();
    void paymentsSettleInvoicesThroughRealEvents();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Reducer> m_r;
};

// Partial payments, a reversal, an overpayment and a write-off, through the reducer and the
// store's read models (both backends), as the invoices view and the credit check see them.
void TestReducer::paymentsSettleInvoicesThroughRealEvents()
{
    constexpr qint64 day = 24 * 60 * 60 * 1000;
    run(*m_r, QStringLiteral("c-open"), cmd::OpenAccount{A1, QStringLiteral("Prairie Feed & Seed"), 120000, 10}, at(0));
    run(*m_r, QStringLiteral("c-t2"), cmd::RegisterTruck{T2, 40000}, at(0));
    // S-1 ($336.00) delivered first, S-2 ($840.00) second: both invoiced on 10-day terms.
    auto deliver = [&](const QString &s, int weightLb, qint64 minute) {
        QCOMPARE(codeOf(run(*m_r, QStringLiteral("c-s") + s, submit(s, A1, weightLb), at(minute))), QStringLiteral("accepted"));
        run(*m_r, QStringLiteral("c-a") + s, cmd::AssignTruck{s, T2}, at(minute + 1));
        run(*m_r, QStringLiteral("c-p") + s, cmd::ShipShipment{s}, at(minute + 2));
        QCOMPARE(typesOf(run(*m_r, QStringLiteral("c-d") + s, cmd::DeliverShipment{s, QStringLiteral("R. Ortiz")}, at(minute + 3))),
                 (QStringList{QStringLiteral("ShipmentDelivered"), QStringLiteral("AccountInvoiced")}));
    };
    deliver(S1, 1200, 10);
    deliver(S2, 3000, 20);
    // $1,176.00 open: another $280.00 would pass the $1,200.00 limit.
    QCOMPARE(codeOf(run(*m_r, QStringLiteral("c-s3"), submit(QStringLiteral("S-3"), A1, 1000), at(30))), QStringLiteral("credit_limit"));
    run(*m_r, QStringLiteral("c-p1"), cmd::PostPayment{A1, 20000, QStringLiteral("P-1")}, at(40));   // part of S-1
    run(*m_r, QStringLiteral("c-p2"), cmd::PostPayment{A1, 50000, QStringLiteral("P-2")}, at(41));   // rest of S-1, part of S-2
    run(*m_r, QStringLiteral("c-r1"), cmd::ReversePayment{A1, QStringLiteral("P-1"), QStringLiteral("Bounced")}, at(42));
    const CommandResult written = run(*m_r, QStringLiteral("c-w2"), cmd::WriteOffInvoice{A1, S2, QStringLiteral("Damaged load")}, at(43));
    QCOMPARE(codeOf(written), QStringLiteral("accepted"));
    // Without P-1, P-2 paid S-1 in full and $164.00 of S-2: $676.00 of S-2 is written off.
    QCOMPARE(std::get<ev::InvoiceWrittenOff>(written.events.front().event).amountCents, qint64(67600));
    QCOMPARE(codeOf(run(*m_r, QStringLiteral("c-w1"), cmd::WriteOffInvoice{A1, S1, QStringLiteral("x")}, at(44))),
             QStringLiteral("illegal_transition"));
    run(*m_r, QStringLiteral("c-p3"), cmd::PostPayment{A1, 10000, QStringLiteral("P-3")}, at(45)); // nothing open: credit

    ReadModelQueries q(m_r->database().connection());
    const auto invoices = invoicesOf(q, A1, nullptr);
    QCOMPARE(invoices.size(), size_t(2));
    QCOMPARE(invoices[0].shipmentId, S1);
    QCOMPARE(invoices[0].dueAt, at(13) + 10 * day);
    QCOMPARE(invoices[0].paidCents, qint64(33600));
    QCOMPARE(invoices[1].paidCents, qint64(16400));
    QCOMPARE(invoices[1].writtenOffCents, qint64(67600));
    QCOMPARE(invoices[1].openCents(), qint64(0));
    const auto account = q.account(A1);
    QVERIFY(account);
    QCOMPARE(account->balanceCents(), qint64(60000 - 117600 + 67600)); // paid - invoiced + written off
    QCOMPARE(account->openCents(), qint64(0));
    QCOMPARE(account->creditLimitCents, std::optional<qint64>(120000));
    QCOMPARE(account->termsDays, 10);
    std::vector<QString> kinds;
    for (const LedgerEntry &l : q.ledger(A1))
        kinds.push_back(l.kind);
    QCOMPARE(kinds, (std::vector<QString>{QStringLiteral("invoice"), QStringLiteral("invoice"), QStringLiteral("payment"),
                                          QStringLiteral("payment"), QStringLiteral("reversal"), QStringLiteral("writeoff"),
                                          QStringLiteral("payment")}));
    // The $100.00 credit on account settles the next invoice as it arrives; the limit has room again.
    deliver(QStringLiteral("S-4"), 100, 50);
    QCOMPARE(invoicesOf(q, A1, nullptr).back().paidCents, qint64(2800));
    // As of before the write-off, S-2 still had $676.00 open.
    const auto before = q.resolveAsOf(at(42));
    QVERIFY(before);
    QCOMPARE(invoicesOf(q, A1, &*before)[1].openCents(), qint64(67600));
}

void TestReducer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = hs::test::storeLocation(*m_dir, QStringLiteral("store.db"));
    StoreError error;
    m_r = Reducer::open(m_path, &error);
    QVERIFY2(m_r, qPrintable(error.message));
}

void TestReducer::cleanup()
{
    if (m_r)
        QVERIFY2(m_r->verify().isEmpty(), qPrintable(m_r->verify().join(u'\n')));
    m_r.reset();
    m_dir.reset();
}

void TestReducer::resubmissionReturnsTheOriginalResult()
{
    openStory(*m_r);
    const CommandResult first = run(*m_r, QStringLiteral("c-assign"), cmd::AssignTruck{S1, T1}, at(5));
    QVERIFY(first.accepted);
    QVERIFY(!first.duplicate);
    QCOMPARE(first.events.size(), size_t(1));
    const qint64 head = m_r->headPosition();

    // Same id: the original result, whatever the rest of the command now says.
    const CommandResult again = run(*m_r, QStringLiteral("c-assign"), cmd::AssignTruck{S1, T2}, at(6));
    QVERIFY(again.accepted);
    QVERIFY(again.duplicate);
    QCOMPARE(again.events.size(), size_t(1));
    QCOMPARE(again.events[0].eventId, first.events[0].eventId);
    QCOMPARE(again.events[0].position, first.events[0].position);
    QCOMPARE(again.events[0].data, first.events[0].data);
    QCOMPARE(m_r->headPosition(), head);
    QCOMPARE(m_r->state().findShipment(S1)->truckId, T1);

    // Recognised before anything else is checked: even an unreadable resubmission.
    const ParsedCommand unreadable = parseCommandLine(R"({"commandId":"c-assign","type":"Nonsense"})");
    const auto outcome = m_r->submit(std::vector<ParsedCommand>{unreadable});
    QVERIFY(!outcome.failure);
    QVERIFY(outcome.results[0].duplicate);
    QVERIFY(outcome.results[0].accepted);
    QCOMPARE(m_r->headPosition(), head);
    QCOMPARE(countRows(m_r->database().connection(), QStringLiteral("SELECT count(*) FROM commands WHERE command_id = 'c-assign'")), 1);
    QVERIFY(resultJson(again).contains("\"duplicate\":true"));
    QVERIFY(!resultJson(first).contains("duplicate"));
}

void TestReducer::resubmittedRejectionStaysRejected()
{
    openStory(*m_r);
    const CommandResult first = run(*m_r, QStringLiteral("c-ship"), cmd::ShipShipment{S1}, at(5));
    QCOMPARE(codeOf(first), QStringLiteral("illegal_transition"));
    // Now it could be shipped, but a resubmission is not run again.
    run(*m_r, QStringLiteral("c-assign"), cmd::AssignTruck{S1, T1}, at(6));
    const qint64 head = m_r->headPosition();
    const CommandResult again = run(*m_r, QStringLiteral("c-ship"), cmd::ShipShipment{S1}, at(7));
    QVERIFY(again.duplicate);
    QCOMPARE(codeOf(again), QStringLiteral("illegal_transition"));
    QCOMPARE(again.rejection->message, first.rejection->message);
    QVERIFY(again.events.empty());
    QCOMPARE(m_r->headPosition(), head);
    QCOMPARE(m_r->state().findShipment(S1)->status, ShipmentStatus::Assigned);
}

void TestReducer::invalidLinesAreLoggedOnlyWithACommandId()
{
    const std::vector<ParsedCommand> lines = {
        parseCommandLine("not json"),
        parseCommandLine(R"({"commandId":"c-bad","type":"OpenAccount","issuedAt":"2026-01-05T08:00:00Z",)"
                         R"("actor":{"user":"fran","department":"finance"},"data":{"accountId":"A 1","name":"x"}})"),
    };
    auto outcome = m_r->submit(lines);
    QVERIFY(!outcome.failure);
    QCOMPARE(outcome.results.size(), size_t(2));
    QVERIFY(!outcome.results[0].commandId);
    QCOMPARE(codeOf(outcome.results[0]), QStringLiteral("invalid"));
    QVERIFY(resultJson(outcome.results[0]).startsWith("{\"commandId\":null,"));
    QCOMPARE(codeOf(outcome.results[1]), QStringLiteral("invalid"));
    QCOMPARE(outcome.results[1].rejection->field, QStringLiteral("data.accountId"));
    ReadModelQueries q(m_r->database().connection());
    const auto log = CommandLog(q.connection()).list();
    QCOMPARE(log.size(), size_t(1));
    QCOMPARE(log[0].commandId, QStringLiteral("c-bad"));
    QCOMPARE(log[0].code, QStringLiteral("invalid"));
    QCOMPARE(log[0].type, QStringLiteral("OpenAccount"));
    // The resubmission, now valid, is still the rejected original.
    const CommandResult again = run(*m_r, QStringLiteral("c-bad"), cmd::OpenAccount{A1, QStringLiteral("x")}, at(0));
    QVERIFY(again.duplicate);
    QCOMPARE(codeOf(again), QStringLiteral("invalid"));
    QCOMPARE(again.rejection->field, QStringLiteral("data.accountId"));
    QCOMPARE(m_r->headPosition(), 0);
}

void TestReducer::duplicatesSurviveReopening()
{
    openStory(*m_r);
    const CommandResult first = run(*m_r, QStringLiteral("c-assign"), cmd::AssignTruck{S1, T1}, at(5));
    m_r.reset();
    StoreError error;
    m_r = Reducer::open(m_path, &error);
    QVERIFY2(m_r, qPrintable(error.message));
    QCOMPARE(m_r->state().findShipment(S1)->status, ShipmentStatus::Assigned);
    const CommandResult again = run(*m_r, QStringLiteral("c-assign"), cmd::AssignTruck{S1, T1}, at(5));
    QVERIFY(again.duplicate);
    QCOMPARE(again.events[0].eventId, first.events[0].eventId);
    QCOMPARE(codeOf(run(*m_r, QStringLiteral("c-open"), cmd::OpenAccount{QStringLiteral("A-2"), QStringLiteral("x")}, at(9))),
             QStringLiteral("accepted"));
    QCOMPARE(m_r->state().findAccount(QStringLiteral("A-2")), nullptr);
}

void TestReducer::highWaterMark()
{
    openStory(*m_r);
    QCOMPARE(codeOf(run(*m_r, QStringLiteral("c-1"), cmd::AssignTruck{S1, T1}, at(10))), QStringLiteral("accepted"));
    QCOMPARE(codeOf(run(*m_r, QStringLiteral("c-2"), cmd::ShipShipment{S1}, at(9))), QStringLiteral("stale"));
    // Another entity is not held back by S-1's mark.
    QCOMPARE(codeOf(run(*m_r, QStringLiteral("c-3"), cmd::AssignTruck{S2, T2}, at(2))), QStringLiteral("accepted"));
    // A rejected command does not raise the mark.
    QCOMPARE(codeOf(run(*m_r, QStringLiteral("c-4"), cmd::DeliverShipment{S1, QStringLiteral("x")}, at(50))),
             QStringLiteral("illegal_transition"));
    QCOMPARE(codeOf(run(*m_r, QStringLiteral("c-5"), cmd::ShipShipment{S1}, at(10))), QStringLiteral("accepted"));
    // A listener's command neither faces nor raises it: the breakdown at at(60) unassigns S-2
    // (last changed by a user at at(2)), and a user may still act on S-2 at at(30).
    const CommandResult broke = run(*m_r, QStringLiteral("c-6"), cmd::ReportBreakdown{T2, QStringLiteral("Coolant leak")}, at(60));
    QCOMPARE(typesOf(broke), (QStringList{QStringLiteral("TruckBrokeDown"), QStringLiteral("ShipmentUnassigned")}));
    QCOMPARE(codeOf(run(*m_r, QStringLiteral("c-7"), cmd::CancelShipment{S2, QStringLiteral("x")}, at(30))),
             QStringLiteral("accepted"));
}

void TestReducer::permissions_data()
{
    QTest::addColumn<CommandEnvelope>("when");
    QTest::newRow("dispatch opening an account")
        << command(QStringLiteral("c-x"), cmd::OpenAccount{QStringLiteral("A-2"), QStringLiteral("x")}, at(5), dispatcher());
    QTest::newRow("finance submitting a shipment") << command(QStringLiteral("c-x"), submit(QStringLiteral("S-3"), A1, 10), at(5), bookkeeper());
    QTest::newRow("a person claiming system")
        << command(QStringLiteral("c-x"), cmd::RegisterTruck{QStringLiteral("T-3"), 10}, at(5), Actor{QStringLiteral("eve"), Department::System});
    QTest::newRow("finance invoicing by hand") << command(QStringLiteral("c-x"), cmd::InvoiceAccount{A1, S1, 100}, at(5), bookkeeper());
    QTest::newRow("a person claiming system to invoice")
        << command(QStringLiteral("c-x"), cmd::InvoiceAccount{A1, S1, 100}, at(5), Actor{QStringLiteral("system"), Department::System});
}

void TestReducer::permissions()
{
    QFETCH(CommandEnvelope, when);
    openStory(*m_r);
    const qint64 head = m_r->headPosition();
    const CommandResult r = run(*m_r, when);
    QCOMPARE(codeOf(r), QStringLiteral("forbidden"));
    QCOMPARE(m_r->headPosition(), head);
    ReadModelQueries q(m_r->database().connection());
    QCOMPARE(CommandLog(q.connection()).find(QStringLiteral("c-x"))->code, QStringLiteral("forbidden"));
}

void TestReducer::oneInvoicePerDeliveredShipment()
{
    openStory(*m_r);
    run(*m_r, QStringLiteral("c-assign"), cmd::AssignTruck{S1, T1}, at(5));
    run(*m_r, QStringLiteral("c-ship"), cmd::ShipShipment{S1}, at(6));
    const CommandResult delivered = run(*m_r, QStringLiteral("c-deliver"), cmd::DeliverShipment{S1, QStringLiteral("J. Alvarez")}, at(7));
    QCOMPARE(typesOf(delivered), (QStringList{QStringLiteral("ShipmentDelivered"), QStringLiteral("AccountInvoiced")}));
    QCOMPARE(fixtures::json(delivered.events[1].data).value(u"amountCents").toInteger(), 1200 * 28);

    // The same id again, a new id, and again after reopening the store.
    const CommandResult again = run(*m_r, QStringLiteral("c-deliver"), cmd::DeliverShipment{S1, QStringLiteral("J. Alvarez")}, at(7));
    QVERIFY(again.duplicate);
    QCOMPARE(typesOf(again), typesOf(delivered));
    QCOMPARE(again.events[1].eventId, delivered.events[1].eventId);
    QCOMPARE(codeOf(run(*m_r, QStringLiteral("c-deliver-2"), cmd::DeliverShipment{S1, QStringLiteral("J. Alvarez")}, at(8))),
             QStringLiteral("illegal_transition"));
    m_r.reset();
    StoreError error;
    m_r = Reducer::open(m_path, &error);
    QVERIFY(m_r);
    QVERIFY(run(*m_r, QStringLiteral("c-deliver"), cmd::DeliverShipment{S1, QStringLiteral("J. Alvarez")}, at(7)).duplicate);
    QCOMPARE(codeOf(run(*m_r, QStringLiteral("c-deliver-3"), cmd::DeliverShipment{S1, QStringLiteral("x")}, at(9))),
             QStringLiteral("illegal_transition"));

    QSqlDatabase &db = m_r->database().connection();
    QCOMPARE(countRows(db, QStringLiteral("SELECT count(*) FROM events WHERE type = 'AccountInvoiced'")), 1);
    ReadModelQueries q(db);
    QCOMPARE(q.account(A1)->invoicedCents, 1200 * 28);
    QCOMPARE(q.ledger(A1).size(), size_t(1));
    QCOMPARE(m_r->rebuild(&error).value_or(-1), m_r->headPosition());
    QCOMPARE(q.account(A1)->invoicedCents, 1200 * 28);
}

void TestReducer::breakdownReturnsOnlyAnAssignedShipment()
{
    openStory(*m_r);
    run(*m_r, QStringLiteral("c-a1"), cmd::AssignTruck{S1, T1}, at(5));
    run(*m_r, QStringLiteral("c-a2"), cmd::AssignTruck{S2, T2}, at(5));
    run(*m_r, QStringLiteral("c-ship2"), cmd::ShipShipment{S2}, at(6));

    const CommandResult b1 = run(*m_r, QStringLiteral("c-b1"), cmd::ReportBreakdown{T1, QStringLiteral("Flat tire on I-80")}, at(7));
    QCOMPARE(typesOf(b1), (QStringList{QStringLiteral("TruckBrokeDown"), QStringLiteral("ShipmentUnassigned")}));
    const QJsonObject unassigned = fixtures::json(b1.events[1].data);
    QCOMPARE(unassigned.value(u"shipmentId").toString(), S1);
    QCOMPARE(unassigned.value(u"truckId").toString(), T1);
    const CommandResult b2 = run(*m_r, QStringLiteral("c-b2"), cmd::ReportBreakdown{T2, QStringLiteral("Coolant leak")}, at(7));
    QCOMPARE(typesOf(b2), QStringList{QStringLiteral("TruckBrokeDown")});

    ReadModelQueries q(m_r->database().connection());
    QCOMPARE(q.shipment(S1)->status, ShipmentStatus::Submitted);
    QVERIFY(q.shipment(S1)->truckId.isEmpty());
    QCOMPARE(q.truck(T1)->state(), TruckState::OutOfService);
    QVERIFY(q.truck(T1)->truck.shipmentId.isEmpty());
    QCOMPARE(q.shipment(S2)->status, ShipmentStatus::OutForDelivery);
    QCOMPARE(q.shipment(S2)->truckId, T2);
    QCOMPARE(q.truck(T2)->state(), TruckState::OutOfService);
    QCOMPARE(q.truck(T2)->truck.shipmentId, S2);
    // The history shows who did it: dispatch, then the system.
    const auto h = q.history(S1);
    QCOMPARE(h.back().type, QStringLiteral("ShipmentUnassigned"));
    QCOMPARE(h.back().actor, systemActor());
    // The stranded shipment can go on once its truck is back.
    run(*m_r, QStringLiteral("c-back"), cmd::ReturnTruckToService{T2}, at(8));
    QCOMPARE(codeOf(run(*m_r, QStringLiteral("c-d2"), cmd::DeliverShipment{S2, QStringLiteral("x")}, at(9))), QStringLiteral("accepted"));
    QCOMPARE(q.truck(T2)->state(), TruckState::Available);
}

void TestReducer::causationAndCorrelation()
{
    openStory(*m_r);
    run(*m_r, QStringLiteral("c-assign"), cmd::AssignTruck{S1, T1}, at(5));
    run(*m_r, QStringLiteral("c-ship"), cmd::ShipShipment{S1}, at(6));
    const CommandResult r = run(*m_r, QStringLiteral("c-deliver"), cmd::DeliverShipment{S1, QStringLiteral("J. Alvarez")}, at(7));
    QCOMPARE(r.events.size(), size_t(2));
    const RecordedEvent &delivered = r.events[0];
    const RecordedEvent &invoiced = r.events[1];
    QCOMPARE(delivered.causationId, QStringLiteral("c-deliver"));
    QCOMPARE(delivered.correlationId, QStringLiteral("c-deliver"));
    QCOMPARE(delivered.actor, dispatcher());
    QCOMPARE(delivered.occurredAt, at(7));
    QCOMPARE(invoiced.correlationId, QStringLiteral("c-deliver"));
    QCOMPARE(invoiced.actor, systemActor());
    QCOMPARE(invoiced.occurredAt, delivered.occurredAt);
    QVERIFY(invoiced.position == delivered.position + 1);

    // The listener's command: caused by the event, in the same correlation, logged after it.
    ReadModelQueries q(m_r->database().connection());
    const auto chain = CommandLog(q.connection()).ofCorrelation(QStringLiteral("c-deliver"));
    QCOMPARE(chain.size(), size_t(2));
    QCOMPARE(chain[0].commandId, QStringLiteral("c-deliver"));
    QVERIFY(chain[0].causationId.isEmpty());
    QCOMPARE(chain[1].type, QStringLiteral("InvoiceAccount"));
    QCOMPARE(chain[1].causationId, delivered.eventId);
    QCOMPARE(chain[1].correlationId, QStringLiteral("c-deliver"));
    QCOMPARE(chain[1].issuedAt.value_or(0), delivered.occurredAt);
    QCOMPARE(chain[1].actor.value_or(Actor{}), systemActor());
    QCOMPARE(chain[1].status, QStringLiteral("accepted"));
    // ...and its event names it as cause.
    QCOMPARE(invoiced.causationId, chain[1].commandId);
    QCOMPARE(invoiced.commandId, chain[1].commandId);
    // The user command's log entry spans both events.
    QCOMPARE(chain[0].firstPosition, delivered.position);
    QCOMPARE(chain[0].lastPosition, invoiced.position);
    // An unrelated command has its own correlation.
    QCOMPARE(CommandLog(q.connection()).ofCorrelation(QStringLiteral("c-ship")).size(), size_t(1));
}

void TestReducer::resultsOnlyAfterCommit()
{
    openStory(*m_r);
    // Another connection sees every result's events as soon as submit returns.
    {
        QSqlDatabase other = hs::test::rawConnection(m_path, QStringLiteral("observer"));
        QVERIFY(other.isOpen());
        const CommandResult r = run(*m_r, QStringLiteral("c-assign"), cmd::AssignTruck{S1, T1}, at(5));
        QCOMPARE(countRows(other, QStringLiteral("SELECT max(position) FROM events")), r.events.back().position);
        QCOMPARE(countRows(other, QStringLiteral("SELECT count(*) FROM commands WHERE command_id = 'c-assign'")), 1);

        // A batch that fails to be stored gives no results and keeps nothing of itself.
        const QStringList trigger = hs::test::onPostgres()
            ? QStringList{QStringLiteral("CREATE FUNCTION fail_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                         "IF NEW.command_id = 'c-boom' THEN RAISE EXCEPTION 'disk on fire'; END IF; "
                                         "RETURN NEW; END $$"),
                          QStringLiteral("CREATE TRIGGER fail_boom BEFORE INSERT ON commands FOR EACH ROW EXECUTE FUNCTION fail_boom()")}
            : QStringList{QStringLiteral("CREATE TRIGGER fail_boom BEFORE INSERT ON commands WHEN NEW.command_id = 'c-boom' "
                                         "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")};
        for (const QString &sql : trigger)
            QVERIFY(QSqlQuery(other).exec(sql));
        const qint64 head = m_r->headPosition();
        std::vector<ParsedCommand> batch(2);
        batch[0].commandId = QStringLiteral("c-ok");
        batch[0].envelope = command(QStringLiteral("c-ok"), cmd::ShipShipment{S1}, at(6));
        batch[1].commandId = QStringLiteral("c-boom");
        batch[1].envelope = command(QStringLiteral("c-boom"), cmd::AssignTruck{S2, T2}, at(6));
        const auto outcome = m_r->submit(batch);
        QVERIFY(outcome.failure);
        QVERIFY(outcome.results.empty());
        QCOMPARE(m_r->headPosition(), head);
        QCOMPARE(countRows(other, QStringLiteral("SELECT max(position) FROM events")), head);
        QCOMPARE(countRows(other, QStringLiteral("SELECT count(*) FROM commands WHERE command_id = 'c-ok'")), 0);
        QCOMPARE(m_r->state().findShipment(S1)->status, ShipmentStatus::Assigned);
        QVERIFY(QSqlQuery(other).exec(hs::test::onPostgres() ? QStringLiteral("DROP TRIGGER fail_boom ON commands")
                                                              : QStringLiteral("DROP TRIGGER fail_boom")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("observer"));
    // Nothing of the lost batch was remembered: it runs afresh.
    const CommandResult retry = run(*m_r, QStringLiteral("c-ok"), cmd::ShipShipment{S1}, at(6));
    QVERIFY(retry.accepted);
    QVERIFY(!retry.duplicate);
    QCOMPARE(codeOf(run(*m_r, QStringLiteral("c-boom"), cmd::AssignTruck{S2, T2}, at(6))), QStringLiteral("accepted"));
}

// A batch's writes may still be queued when a command of it comes again: the repeat is a
// duplicate with the first one's events (a delivery's invoice included), never decided twice.
void TestReducer::aCommandRepeatedInItsBatchGetsItsFirstOutcome()
{
    openStory(*m_r);
    std::vector<ParsedCommand> batch;
    auto add = [&batch](const QString &id, Command c, qint64 issuedAt) {
        ParsedCommand p;
        p.commandId = id;
        p.envelope = command(id, std::move(c), issuedAt);
        batch.push_back(std::move(p));
    };
    add(QStringLiteral("c-a1"), cmd::AssignTruck{S1, T1}, at(2));
    add(QStringLiteral("c-p1"), cmd::ShipShipment{S1}, at(3));
    add(QStringLiteral("c-d1"), cmd::DeliverShipment{S1, QStringLiteral("R. Ortiz")}, at(4));
    add(QStringLiteral("c-a2"), cmd::AssignTruck{S2, T2}, at(5));
    add(QStringLiteral("c-d1"), cmd::DeliverShipment{S1, QStringLiteral("R. Ortiz")}, at(4));
    add(QStringLiteral("c-a1"), cmd::AssignTruck{S1, T1}, at(2));
    const auto outcome = m_r->submit(batch);
    QVERIFY(!outcome.failure);
    QCOMPARE(outcome.results.size(), batch.size());
    for (auto [first, again] : {std::pair{2, 4}, std::pair{0, 5}}) {
        const CommandResult &original = outcome.results[size_t(first)], &repeat = outcome.results[size_t(again)];
        QVERIFY(original.accepted && !original.duplicate);
        QVERIFY(repeat.accepted && repeat.duplicate);
        QCOMPARE(typesOf(repeat), typesOf(original));
        QCOMPARE(repeat.events.back().position, original.events.back().position);
    }
    QCOMPARE(typesOf(outcome.results[2]), (QStringList{QStringLiteral("ShipmentDelivered"), QStringLiteral("AccountInvoiced")}));
    QCOMPARE(countRows(m_r->database().connection(), QStringLiteral("SELECT count(*) FROM commands")), qint64(5 + 4 + 1)); // + the invoice
}

void TestReducer::secondReducerFollowsTheFirst()
{
    openStory(*m_r);
    StoreError error;
    auto second = Reducer::open(m_path, &error);
    QVERIFY2(second, qPrintable(error.message));
    QVERIFY(second->state().findShipment(S1));

    // Each writes in turn; each decides against what the other committed.
    QVERIFY(run(*m_r, QStringLiteral("c-a"), cmd::AssignTruck{S1, T1}, at(5)).accepted);
    QCOMPARE(codeOf(run(*second, QStringLiteral("c-b"), cmd::AssignTruck{S2, T1}, at(5))), QStringLiteral("truck_unavailable"));
    QVERIFY(run(*second, QStringLiteral("c-c"), cmd::ShipShipment{S1}, at(6)).accepted);
    QCOMPARE(codeOf(run(*m_r, QStringLiteral("c-d"), cmd::ShipShipment{S1}, at(7))), QStringLiteral("illegal_transition"));
    // A command id used through one is a duplicate through the other.
    QVERIFY(run(*m_r, QStringLiteral("c-c"), cmd::ShipShipment{S1}, at(6)).duplicate);

    // catchUp alone brings state and read models along.
    QVERIFY(run(*m_r, QStringLiteral("c-e"), cmd::DeliverShipment{S1, QStringLiteral("x")}, at(8)).accepted);
    QCOMPARE(second->state().findShipment(S1)->status, ShipmentStatus::OutForDelivery);
    QVERIFY(second->catchUp(&error));
    QCOMPARE(second->state().findShipment(S1)->status, ShipmentStatus::Delivered);
    QCOMPARE(second->headPosition(), m_r->headPosition());
    QVERIFY(second->state().findAccount(A1)->invoicedShipments.contains(S1));
    ReadModelQueries q(second->database().connection());
    QCOMPARE(q.shipment(S1)->status, ShipmentStatus::Delivered);
    QVERIFY2(second->verify().isEmpty(), qPrintable(second->verify().join(u'\n')));
}

void TestReducer::streamVersionsAndPositions()
{
    openStory(*m_r);
    run(*m_r, QStringLiteral("c-rule"), cmd::SchedulePricingRule{QStringLiteral("R-1"), at(1000), 30, 0}, at(2));
    run(*m_r, QStringLiteral("c-a1"), cmd::AssignTruck{S1, T1}, at(5));
    const CommandResult re = run(*m_r, QStringLiteral("c-a2"), cmd::AssignTruck{S1, T2}, at(6));
    run(*m_r, QStringLiteral("c-ship"), cmd::ShipShipment{S1}, at(7));
    run(*m_r, QStringLiteral("c-deliver"), cmd::DeliverShipment{S1, QStringLiteral("x")}, at(8));
    run(*m_r, QStringLiteral("c-pay"), cmd::PostPayment{A1, 100, QStringLiteral("P-1")}, at(9));
    QCOMPARE(fixtures::json(re.events[0].data).value(u"previousTruckId").toString(), T1);

    QStringList seen;
    qint64 expected = 0;
    m_r->events().forEach({}, [&](const RecordedEvent &e) {
        ++expected;
        if (e.position != expected)
            return false;
        seen << QStringLiteral("%1 v%2 %3").arg(e.streamId).arg(e.version).arg(e.type());
        return true;
    });
    QCOMPARE(seen, (QStringList{
                       QStringLiteral("account-A-1 v1 AccountOpened"),
                       QStringLiteral("truck-T-1 v1 TruckRegistered"),
                       QStringLiteral("truck-T-2 v1 TruckRegistered"),
                       QStringLiteral("shipment-S-1 v1 ShipmentSubmitted"),
                       QStringLiteral("shipment-S-2 v1 ShipmentSubmitted"),
                       QStringLiteral("pricing-schedule v1 PricingRuleScheduled"),
                       QStringLiteral("shipment-S-1 v2 ShipmentAssigned"),
                       QStringLiteral("shipment-S-1 v3 ShipmentAssigned"),
                       QStringLiteral("shipment-S-1 v4 ShipmentShipped"),
                       QStringLiteral("shipment-S-1 v5 ShipmentDelivered"),
                       QStringLiteral("account-A-1 v2 AccountInvoiced"),
                       QStringLiteral("account-A-1 v3 PaymentPosted"),
                   }));
    QCOMPARE(m_r->headPosition(), 12);
    ReadModelQueries q(m_r->database().connection());
    QCOMPARE(q.shipment(S1)->version, 5);
    QCOMPARE(q.shipment(S2)->version, 1);
    QCOMPARE(q.eventCount(), 12);
    QCOMPARE(q.projectionPosition(), 12);
}

void TestReducer::twoReducersOpenedBeforeTheFileExisted()
{
    // Both open a file that does not exist yet (the dashboard and a haulctl script); the
    // first to write creates the store, the other must write into it, not fail.
    const QString path = hs::test::storeLocation(*m_dir, QStringLiteral("fresh.db"));
    StoreError error;
    auto first = Reducer::open(path, &error);
    auto second = Reducer::open(path, &error);
    QVERIFY(first && second);
    QVERIFY(run(*first, QStringLiteral("c-1"), cmd::OpenAccount{A1, QStringLiteral("x")}, at(0)).accepted);
    const auto outcome = second->submit(command(QStringLiteral("c-2"), submit(S1, A1, 100), at(1)));
    QVERIFY2(!outcome.failure, qPrintable(outcome.failure.value_or(StoreError{}).message));
    QVERIFY(outcome.results[0].accepted);
    QVERIFY(run(*first, QStringLiteral("c-1"), cmd::OpenAccount{A1, QStringLiteral("x")}, at(0)).duplicate);
    QVERIFY(first->catchUp(&error));
    QCOMPARE(first->headPosition(), 2);
    QVERIFY(first->state().findShipment(S1));
    QVERIFY2(second->verify().isEmpty(), qPrintable(second->verify().join(u'\n')));
}

QTEST_GUILESS_MAIN(TestReducer)
#include "tst_reducer.moc"
