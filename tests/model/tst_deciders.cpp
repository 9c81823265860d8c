// Given events / when command / then events or rejection, through hs::DomainState.

#include "fixtures.h"

#include "codec/eventcodec.h"
#include "domain/domainstate.h"
#include "store/storeerror.h"

#include <QTest>

using namespace hs;
using namespace fixtures;

Q_DECLARE_METATYPE(hs::cmd::SchedulePricingRule)

namespace {

// A history built by hand: each fact gets the next position and its stream.
class Given
{
public:
    RecordedEvent record(Event e, qint64 occurredAt = at(0), Actor actor = {}, QString correlation = {})
    {
        RecordedEvent r;
        r.position = ++m_position;
        r.eventId = QStringLiteral("e-%1").arg(r.position);
        r.streamId = streamOf(e);
        r.occurredAt = occurredAt;
        r.recordedAt = occurredAt;
        r.actor = actor.user.isEmpty() ? someoneFor(e) : actor;
        r.commandId = QStringLiteral("c-%1").arg(r.position);
        r.causationId = r.commandId;
        r.correlationId = correlation.isEmpty() ? r.commandId : correlation;
        r.event = std::move(e);
        r.data = eventcodec::encode(r.event);
        state.evolve(r);
        return r;
    }

    DomainState state;

private:
    static Actor someoneFor(const Event &e)
    {
        if (std::holds_alternative<ev::AccountInvoiced>(e) || std::holds_alternative<ev::ShipmentUnassigned>(e))
            return systemActor();
        if (std::holds_alternative<ev::ShipmentSubmitted>(e) || std::holds_alternative<ev::ShipmentCancelled>(e))
            return clerk();
        if (std::visit([](const auto &x) { return rowOf(x).department; }, e) == Department::Finance)
            return bookkeeper();
        return dispatcher();
    }
    qint64 m_position = 0;
};

constexpr qint64 days(qint64 n) { return n * 24 * 60 * 60 * 1000; }

ev::ShipmentSubmitted submitted(const QString &id, int weightLb, const QString &accountId = QStringLiteral("A-1"))
{
    return {id, accountId, address(), address(QStringLiteral("Lincoln")), weightLb, weightLb * 28, {}, {}, {}, {}};
}

// Account A-1 with payment P-1 (5000) and reversed P-2; pricing rule R-1 from a far future date;
// trucks: T-1 10000 lb available, T-2 holds S-2 (assigned), T-3 out of service (10000 lb),
// T-4 holds S-3 (out for delivery), T-5 available; shipments: S-1 submitted (2000 lb),
// S-2 assigned, S-3 out for delivery, S-4 delivered by T-5 and invoiced, S-5 cancelled,
// S-6 submitted (20000 lb). Everything happened at at(0).
Given greatPlains()
{
    Given g;
    g.record(ev::AccountOpened{QStringLiteral("A-1"), QStringLiteral("Prairie Feed & Seed")});
    g.record(ev::PaymentPosted{QStringLiteral("A-1"), 5000, QStringLiteral("P-1")});
    g.record(ev::PaymentPosted{QStringLiteral("A-1"), 700, QStringLiteral("P-2")});
    g.record(ev::PaymentReversed{QStringLiteral("A-1"), QStringLiteral("P-2"), 700, QStringLiteral("Bounced")});
    g.record(ev::PricingRuleScheduled{QStringLiteral("R-1"), at(100000), 30, 0});
    g.record(ev::TruckRegistered{QStringLiteral("T-1"), 10000});
    g.record(ev::TruckRegistered{QStringLiteral("T-2"), 40000});
    g.record(ev::TruckRegistered{QStringLiteral("T-3"), 10000});
    g.record(ev::TruckBrokeDown{QStringLiteral("T-3"), QStringLiteral("Flat tire")});
    g.record(ev::TruckRegistered{QStringLiteral("T-4"), 40000});
    g.record(ev::TruckRegistered{QStringLiteral("T-5"), 40000});
    g.record(submitted(QStringLiteral("S-1"), 2000));
    g.record(submitted(QStringLiteral("S-2"), 5000));
    g.record(ev::ShipmentAssigned{QStringLiteral("S-2"), QStringLiteral("T-2"), {}});
    g.record(submitted(QStringLiteral("S-3"), 3000));
    g.record(ev::ShipmentAssigned{QStringLiteral("S-3"), QStringLiteral("T-4"), {}});
    g.record(ev::ShipmentShipped{QStringLiteral("S-3"), QStringLiteral("T-4")});
    g.record(submitted(QStringLiteral("S-4"), 1000));
    g.record(ev::ShipmentAssigned{QStringLiteral("S-4"), QStringLiteral("T-5"), {}});
    g.record(ev::ShipmentShipped{QStringLiteral("S-4"), QStringLiteral("T-5")});
    g.record(ev::ShipmentDelivered{QStringLiteral("S-4"), QStringLiteral("T-5"), QStringLiteral("J. Alvarez")});
    g.record(ev::AccountInvoiced{QStringLiteral("A-1"), QStringLiteral("S-4"), 28000, at(0) + days(30)});
    g.record(submitted(QStringLiteral("S-5"), 1000));
    g.record(ev::ShipmentCancelled{QStringLiteral("S-5"), QStringLiteral("Customer called"), {}});
    g.record(submitted(QStringLiteral("S-6"), 20000));
    return g;
}

// greatPlains() and accounts with credit terms, all at at(0):
// A-3 limit $1,000.00, 15-day terms: S-8 invoiced $500.00, P-3 $88.00 paid, S-7 ($280.00)
//     submitted: exposure $692.00, $308.00 available;
// A-4 limit 0; A-5 no limit, on hold; A-6 limit 0 and on hold;
// A-7 S-10 ($10.00, due in 30 days) and S-11 ($20.00, due in 15) invoiced, P-7 $25.00 paid:
//     S-11 (due first) is paid, S-10 has $5.00 open.
Given creditStory()
{
    Given g = greatPlains();
    const QString A3 = QStringLiteral("A-3"), A7 = QStringLiteral("A-7");
    g.record(ev::AccountOpened{A3, QStringLiteral("Bluestem Grain"), 100000, 15});
    g.record(submitted(QStringLiteral("S-7"), 1000, A3));
    g.record(ev::AccountInvoiced{A3, QStringLiteral("S-8"), 50000, at(0) + days(15)});
    g.record(ev::PaymentPosted{A3, 8800, QStringLiteral("P-3")});
    g.record(ev::AccountOpened{QStringLiteral("A-4"), QStringLiteral("Loup Valley Co-op"), 0, 30});
    g.record(ev::AccountOpened{QStringLiteral("A-5"), QStringLiteral("Platte Feed"), std::nullopt, 30});
    g.record(ev::CreditHoldPlaced{QStringLiteral("A-5"), QStringLiteral("Cheque bounced twice")});
    g.record(ev::AccountOpened{QStringLiteral("A-6"), QStringLiteral("Elkhorn Mills"), 0, 30});
    g.record(ev::CreditHoldPlaced{QStringLiteral("A-6"), QStringLiteral("In receivership")});
    g.record(ev::AccountOpened{A7, QStringLiteral("Niobrara Seed"), std::nullopt, 30});
    g.record(ev::AccountInvoiced{A7, QStringLiteral("S-10"), 1000, at(0) + days(30)});
    g.record(ev::AccountInvoiced{A7, QStringLiteral("S-11"), 2000, at(0) + days(15)});
    g.record(ev::PaymentPosted{A7, 2500, QStringLiteral("P-7")});
    return g;
}

// "Type {data}" of each event, with the data as parsed JSON, so that key order does not matter.
QStringList described(const std::vector<Event> &events)
{
    QStringList out;
    for (const Event &e : events)
        out << eventTypeName(e) + u' '
                   + QString::fromUtf8(QJsonDocument(json(eventcodec::encode(e))).toJson(QJsonDocument::Compact));
    return out;
}

QString fact(const char *type, const char *data)
{
    return QString::fromLatin1(type) + u' '
           + QString::fromUtf8(QJsonDocument(json(data)).toJson(QJsonDocument::Compact));
}

CommandEnvelope fromListener(Command c, qint64 issuedAt = at(10))
{
    CommandEnvelope e = command(QStringLiteral("listener"), std::move(c), issuedAt, systemActor());
    e.causationId = QStringLiteral("e-1");
    e.correlationId = QStringLiteral("c-1");
    return e;
}

const QString S1 = QStringLiteral("S-1"), S2 = QStringLiteral("S-2"), S3 = QStringLiteral("S-3"),
              S4 = QStringLiteral("S-4"), S5 = QStringLiteral("S-5"), S6 = QStringLiteral("S-6"),
              S9 = QStringLiteral("S-9");
const QString T1 = QStringLiteral("T-1"), T2 = QStringLiteral("T-2"), T3 = QStringLiteral("T-3"),
              T4 = QStringLiteral("T-4"), T5 = QStringLiteral("T-5"), T9 = QStringLiteral("T-9");
const QString A1 = QStringLiteral("A-1"), A9 = QStringLiteral("A-9");
const QString reason = QStringLiteral("Customer called");

} // namespace

class TestDeciders : public QObject
{
    Q_OBJECT

private slots:
    void aReasonHoldingAPlaceholderStaysAsTyped();
    void decide_data();
    void decide();
    void credit_data();
    void credit();
    void exposureFollowsShipmentsAndInvoices();
    void anInvoiceIsDueOnTheAccountsTermsWhenInvoiced();
    void aReversalReopensAWrittenOffInvoice();
    void price_data();
    void price();
    void highWaterMarkFollowsUserEventsOnly();
    void cancelAndReassignmentFreeTheTruck();
    void aCheckCallMovesOnlyTheShipmentsMark();
    void breakdownListener_data();
    void breakdownListener();
    void deliveryListenerInvoicesThePrice();
    void listenersIgnoreOtherEvents();
};

void TestDeciders::decide_data()
{
    QTest::addColumn<CommandEnvelope>("when");
    QTest::addColumn<QString>("code");          // empty: accepted
    QTest::addColumn<QStringList>("events");    // when accepted
    QTest::addColumn<QString>("message");       // checked when not empty

    const QString none;
    auto accept = [&](const char *name, Command c, QStringList events) {
        QTest::newRow(name) << command(QStringLiteral("c-new"), std::move(c), at(10)) << none << events << none;
    };
    auto reject = [&](const char *name, Command c, const char *code, const QString &message = {}) {
        QTest::newRow(name) << command(QStringLiteral("c-new"), std::move(c), at(10)) << QString::fromLatin1(code)
                            << QStringList() << message;
    };
    const char *addr = R"("pickup":{"name":"Prairie Feed & Seed","line1":"1 Elevator Rd","city":"Omaha","state":"NE","zip":"68102"},)"
                       R"("destination":{"name":"Prairie Feed & Seed","line1":"1 Elevator Rd","city":"Lincoln","state":"NE","zip":"68102"})";

    // OpenAccount
    accept("OpenAccount", cmd::OpenAccount{QStringLiteral("A-2"), QStringLiteral("Sandhills Lumber")},
           {fact("AccountOpened", R"({"accountId":"A-2","name":"Sandhills Lumber","creditLimitCents":null,"termsDays":30})")});
    accept("OpenAccount with a limit and terms",
           cmd::OpenAccount{QStringLiteral("A-2"), QStringLiteral("Sandhills Lumber"), 250000, 45},
           {fact("AccountOpened", R"({"accountId":"A-2","name":"Sandhills Lumber","creditLimitCents":250000,"termsDays":45})")});
    reject("OpenAccount existing", cmd::OpenAccount{A1, QStringLiteral("Again")}, "already_exists",
           QStringLiteral("Account A-1 already exists."));
    // RegisterTruck
    accept("RegisterTruck", cmd::RegisterTruck{QStringLiteral("T-9"), 26000},
           {fact("TruckRegistered", R"({"truckId":"T-9","capacityLb":26000})")});
    reject("RegisterTruck existing", cmd::RegisterTruck{T1, 5000}, "already_exists",
           QStringLiteral("Truck T-1 is already registered."));
    // SubmitShipment: price from the standing rule, R-1 is not in force yet
    accept("SubmitShipment", submit(S9, A1, 1500),
           {fact("ShipmentSubmitted", QStringLiteral(R"({"shipmentId":"S-9","accountId":"A-1",%1,"weightLb":1500,"priceCents":42000,"ruleId":null,"customerReference":null,"pickupBy":null,"deliverBy":null})")
                                           .arg(QLatin1String(addr)).toLatin1().constData())});
    reject("SubmitShipment existing", submit(S1, A1, 1500), "already_exists", QStringLiteral("Shipment S-1 already exists."));
    reject("SubmitShipment no account", submit(S9, A9, 1500), "not_found");
    reject("SubmitShipment existing, no account: not_found first", submit(S1, A9, 1500), "not_found");
    // CancelShipment
    accept("CancelShipment submitted", cmd::CancelShipment{S1, reason},
           {fact("ShipmentCancelled", R"({"shipmentId":"S-1","reason":"Customer called","truckId":null})")});
    accept("CancelShipment assigned frees the truck", cmd::CancelShipment{S2, reason},
           {fact("ShipmentCancelled", R"({"shipmentId":"S-2","reason":"Customer called","truckId":"T-2"})")});
    reject("CancelShipment out for delivery", cmd::CancelShipment{S3, reason}, "illegal_transition",
           QStringLiteral("Shipment S-3 is out for delivery; only a submitted or assigned shipment can be cancelled."));
    reject("CancelShipment delivered", cmd::CancelShipment{S4, reason}, "illegal_transition");
    reject("CancelShipment cancelled", cmd::CancelShipment{S5, reason}, "illegal_transition");
    reject("CancelShipment unknown", cmd::CancelShipment{S9, reason}, "not_found", QStringLiteral("Shipment S-9 does not exist."));
    // AssignTruck
    accept("AssignTruck", cmd::AssignTruck{S1, T1},
           {fact("ShipmentAssigned", R"({"shipmentId":"S-1","truckId":"T-1","previousTruckId":null})")});
    accept("AssignTruck reassignment", cmd::AssignTruck{S2, T5},
           {fact("ShipmentAssigned", R"({"shipmentId":"S-2","truckId":"T-5","previousTruckId":"T-2"})")});
    accept("AssignTruck to the truck that delivered before", cmd::AssignTruck{S6, T5},
           {fact("ShipmentAssigned", R"({"shipmentId":"S-6","truckId":"T-5","previousTruckId":null})")});
    reject("AssignTruck same truck again", cmd::AssignTruck{S2, T2}, "illegal_transition");
    reject("AssignTruck out for delivery", cmd::AssignTruck{S3, T1}, "illegal_transition");
    reject("AssignTruck delivered", cmd::AssignTruck{S4, T1}, "illegal_transition");
    reject("AssignTruck cancelled", cmd::AssignTruck{S5, T1}, "illegal_transition");
    reject("AssignTruck out-of-service truck", cmd::AssignTruck{S1, T3}, "truck_unavailable",
           QStringLiteral("Truck T-3 is out of service."));
    reject("AssignTruck truck holding an assigned shipment", cmd::AssignTruck{S1, T2}, "truck_unavailable",
           QStringLiteral("Truck T-2 already holds shipment S-2, assigned to it."));
    reject("AssignTruck truck out for delivery", cmd::AssignTruck{S1, T4}, "truck_unavailable");
    reject("AssignTruck over capacity", cmd::AssignTruck{S6, T1}, "over_capacity",
           QStringLiteral("Shipment S-6 weighs 20000 lb; truck T-1 carries at most 10000 lb."));
    reject("AssignTruck unknown shipment", cmd::AssignTruck{S9, T1}, "not_found");
    reject("AssignTruck unknown truck", cmd::AssignTruck{S1, T9}, "not_found", QStringLiteral("Truck T-9 is not registered."));
    reject("AssignTruck out of service and over capacity: truck_unavailable first", cmd::AssignTruck{S6, T3}, "truck_unavailable");
    reject("AssignTruck out for delivery to a broken truck: illegal_transition first", cmd::AssignTruck{S3, T3}, "illegal_transition");
    reject("AssignTruck out for delivery to an unknown truck: not_found first", cmd::AssignTruck{S3, T9}, "not_found");
    // ShipShipment
    accept("ShipShipment", cmd::ShipShipment{S2}, {fact("ShipmentShipped", R"({"shipmentId":"S-2","truckId":"T-2"})")});
    reject("ShipShipment submitted", cmd::ShipShipment{S1}, "illegal_transition",
           QStringLiteral("Shipment S-1 is submitted; only an assigned shipment can be shipped."));
    reject("ShipShipment out for delivery", cmd::ShipShipment{S3}, "illegal_transition");
    reject("ShipShipment unknown", cmd::ShipShipment{S9}, "not_found");
    // DeliverShipment
    accept("DeliverShipment", cmd::DeliverShipment{S3, QStringLiteral("M. Schmidt")},
           {fact("ShipmentDelivered", R"({"shipmentId":"S-3","truckId":"T-4","signedBy":"M. Schmidt"})")});
    reject("DeliverShipment delivered", cmd::DeliverShipment{S4, QStringLiteral("M. Schmidt")}, "illegal_transition",
           QStringLiteral("Shipment S-4 is delivered; only an out-for-delivery shipment can be delivered."));
    reject("DeliverShipment assigned", cmd::DeliverShipment{S2, QStringLiteral("M. Schmidt")}, "illegal_transition");
    reject("DeliverShipment unknown", cmd::DeliverShipment{S9, QStringLiteral("M. Schmidt")}, "not_found");
    // ReportBreakdown
    accept("ReportBreakdown", cmd::ReportBreakdown{T1, QStringLiteral("Coolant leak")},
           {fact("TruckBrokeDown", R"({"truckId":"T-1","reason":"Coolant leak"})")});
    accept("ReportBreakdown busy truck", cmd::ReportBreakdown{T4, QStringLiteral("Coolant leak")},
           {fact("TruckBrokeDown", R"({"truckId":"T-4","reason":"Coolant leak"})")});
    reject("ReportBreakdown out of service", cmd::ReportBreakdown{T3, QStringLiteral("Again")}, "illegal_transition",
           QStringLiteral("Truck T-3 is already out of service."));
    reject("ReportBreakdown unknown", cmd::ReportBreakdown{T9, QStringLiteral("x")}, "not_found");
    // ReturnTruckToService
    accept("ReturnTruckToService", cmd::ReturnTruckToService{T3}, {fact("TruckReturnedToService", R"({"truckId":"T-3"})")});
    reject("ReturnTruckToService in service", cmd::ReturnTruckToService{T1}, "illegal_transition");
    reject("ReturnTruckToService unknown", cmd::ReturnTruckToService{T9}, "not_found");
    // PostPayment
    accept("PostPayment", cmd::PostPayment{A1, 12345, QStringLiteral("P-3")},
           {fact("PaymentPosted", R"({"accountId":"A-1","amountCents":12345,"reference":"P-3"})")});
    reject("PostPayment reference used", cmd::PostPayment{A1, 100, QStringLiteral("P-1")}, "already_exists",
           QStringLiteral("Payment reference P-1 was already used on account A-1."));
    reject("PostPayment reversed reference used", cmd::PostPayment{A1, 100, QStringLiteral("P-2")}, "already_exists");
    reject("PostPayment unknown account", cmd::PostPayment{A9, 100, QStringLiteral("P-1")}, "not_found");
    // ReversePayment: the amount comes from the payment
    accept("ReversePayment", cmd::ReversePayment{A1, QStringLiteral("P-1"), QStringLiteral("Bounced")},
           {fact("PaymentReversed", R"({"accountId":"A-1","reference":"P-1","amountCents":5000,"reason":"Bounced"})")});
    reject("ReversePayment reversed", cmd::ReversePayment{A1, QStringLiteral("P-2"), QStringLiteral("Twice")}, "illegal_transition");
    reject("ReversePayment unknown payment", cmd::ReversePayment{A1, QStringLiteral("P-9"), QStringLiteral("x")}, "not_found");
    reject("ReversePayment unknown account", cmd::ReversePayment{A9, QStringLiteral("P-1"), QStringLiteral("x")}, "not_found");
    // SchedulePricingRule
    accept("SchedulePricingRule", cmd::SchedulePricingRule{QStringLiteral("R-2"), at(60), 31, 25000},
           {fact("PricingRuleScheduled", R"({"ruleId":"R-2","effectiveFrom":"2026-01-05T09:00:00.000Z","centsPerLb":31,"minimumCents":25000})")});
    reject("SchedulePricingRule same id", cmd::SchedulePricingRule{QStringLiteral("R-1"), at(60), 31, 0}, "already_exists");
    reject("SchedulePricingRule same start", cmd::SchedulePricingRule{QStringLiteral("R-2"), at(100000), 31, 0}, "already_exists");

    // RecordCheckCall: while the shipment is on a truck; the event names the truck
    accept("RecordCheckCall assigned", cmd::RecordCheckCall{S2, QStringLiteral("Yard gate"), QString(), at(90)},
           {fact("CheckCallRecorded", R"({"shipmentId":"S-2","truckId":"T-2","location":"Yard gate","note":"","eta":"2026-01-05T09:30:00.000Z"})")});
    accept("RecordCheckCall out for delivery", cmd::RecordCheckCall{S3, QStringLiteral("Lincoln"), QStringLiteral("Unloading"), std::nullopt},
           {fact("CheckCallRecorded", R"({"shipmentId":"S-3","truckId":"T-4","location":"Lincoln","note":"Unloading","eta":null})")});
    reject("RecordCheckCall submitted", cmd::RecordCheckCall{S1, QStringLiteral("Yard"), QString(), std::nullopt}, "illegal_transition",
           QStringLiteral("Shipment S-1 is submitted; only an assigned or out-for-delivery shipment can take a check call."));
    reject("RecordCheckCall delivered", cmd::RecordCheckCall{S4, QStringLiteral("Yard"), QString(), std::nullopt}, "illegal_transition");
    reject("RecordCheckCall unknown", cmd::RecordCheckCall{S9, QStringLiteral("Yard"), QString(), std::nullopt}, "not_found");

    // Listener-only commands, from a listener
    QTest::newRow("InvoiceAccount from a listener")
        << fromListener(cmd::InvoiceAccount{A1, S3, 84000}) << none
        << QStringList{fact("AccountInvoiced", R"({"accountId":"A-1","shipmentId":"S-3","amountCents":84000,"dueAt":"2026-02-04T08:10:00.000Z"})")} << none;
    QTest::newRow("InvoiceAccount already invoiced")
        << fromListener(cmd::InvoiceAccount{A1, S4, 28000}) << QStringLiteral("already_exists") << QStringList() << none;
    QTest::newRow("InvoiceAccount unknown shipment")
        << fromListener(cmd::InvoiceAccount{A1, S9, 28000}) << QStringLiteral("not_found") << QStringList() << none;
    QTest::newRow("UnassignShipment from a listener")
        << fromListener(cmd::UnassignShipment{S2, QStringLiteral("Truck T-2 broke down")}) << none
        << QStringList{fact("ShipmentUnassigned", R"({"shipmentId":"S-2","truckId":"T-2","reason":"Truck T-2 broke down"})")} << none;
    QTest::newRow("UnassignShipment out for delivery")
        << fromListener(cmd::UnassignShipment{S3, QStringLiteral("x")}) << QStringLiteral("illegal_transition") << QStringList() << none;
    QTest::newRow("UnassignShipment submitted")
        << fromListener(cmd::UnassignShipment{S1, QStringLiteral("x")}) << QStringLiteral("illegal_transition") << QStringList() << none;
    QTest::newRow("listener command issued before the mark is not stale")
        << fromListener(cmd::UnassignShipment{S2, QStringLiteral("x")}, at(-60)) << none
        << QStringList{fact("ShipmentUnassigned", R"({"shipmentId":"S-2","truckId":"T-2","reason":"x"})")} << none;

    // forbidden
    QTest::newRow("forbidden: wrong department")
        << command(QStringLiteral("c-new"), cmd::OpenAccount{QStringLiteral("A-2"), QStringLiteral("x")}, at(10), dispatcher())
        << QStringLiteral("forbidden") << QStringList()
        << QStringLiteral("OpenAccount is for finance; dispatch may not issue it.");
    QTest::newRow("forbidden: customer service assigning")
        << command(QStringLiteral("c-new"), cmd::AssignTruck{S1, T1}, at(10), clerk())
        << QStringLiteral("forbidden") << QStringList() << none;
    QTest::newRow("forbidden: a user claiming system")
        << command(QStringLiteral("c-new"), cmd::AssignTruck{S1, T1}, at(10), Actor{QStringLiteral("mallory"), Department::System})
        << QStringLiteral("forbidden") << QStringList()
        << QStringLiteral("Commands from people may not claim the system department.");
    QTest::newRow("forbidden: a user claiming system for a system command")
        << command(QStringLiteral("c-new"), cmd::InvoiceAccount{A1, S3, 1}, at(10), Actor{QStringLiteral("mallory"), Department::System})
        << QStringLiteral("forbidden") << QStringList() << none;
    QTest::newRow("forbidden: listener-only command from a department")
        << command(QStringLiteral("c-new"), cmd::InvoiceAccount{A1, S3, 1}, at(10), bookkeeper())
        << QStringLiteral("forbidden") << QStringList()
        << QStringLiteral("Only the system issues InvoiceAccount; no department may send it.");
    QTest::newRow("forbidden: UnassignShipment from dispatch")
        << command(QStringLiteral("c-new"), cmd::UnassignShipment{S2, QStringLiteral("x")}, at(10), dispatcher())
        << QStringLiteral("forbidden") << QStringList() << none;
    QTest::newRow("forbidden: a listener issuing a user command")
        << fromListener(cmd::AssignTruck{S1, T1}) << QStringLiteral("forbidden") << QStringList() << none;
    QTest::newRow("forbidden before stale")
        << command(QStringLiteral("c-new"), cmd::ShipShipment{S2}, at(-1), clerk())
        << QStringLiteral("forbidden") << QStringList() << none;

    // stale: the shipment was last changed at at(0)
    QTest::newRow("stale: earlier than the mark")
        << command(QStringLiteral("c-new"), cmd::ShipShipment{S2}, at(0) - 1) << QStringLiteral("stale") << QStringList()
        << QStringLiteral("Shipment S-2 was already changed by a command issued at 2026-01-05T08:00:00.000Z; "
                          "this one, issued at 2026-01-05T07:59:59.999Z, is older and cannot apply.");
    QTest::newRow("stale: equal to the mark is accepted")
        << command(QStringLiteral("c-new"), cmd::ShipShipment{S2}, at(0)) << none
        << QStringList{fact("ShipmentShipped", R"({"shipmentId":"S-2","truckId":"T-2"})")} << none;
    QTest::newRow("stale before not_found")
        << command(QStringLiteral("c-new"), cmd::AssignTruck{S1, T9}, at(-1)) << QStringLiteral("stale") << QStringList() << none;
    QTest::newRow("stale before already_exists")
        << command(QStringLiteral("c-new"), cmd::OpenAccount{A1, QStringLiteral("x")}, at(-1)) << QStringLiteral("stale")
        << QStringList() << none;
    QTest::newRow("stale before illegal_transition")
        << command(QStringLiteral("c-new"), cmd::ReportBreakdown{T3, QStringLiteral("x")}, at(-1)) << QStringLiteral("stale")
        << QStringList() << none;
    QTest::newRow("stale on a rule")
        << command(QStringLiteral("c-new"), cmd::SchedulePricingRule{QStringLiteral("R-1"), at(5), 1, 0}, at(-1))
        << QStringLiteral("stale") << QStringList() << none;
    QTest::newRow("a new entity has no mark")
        << command(QStringLiteral("c-new"), cmd::RegisterTruck{T9, 100}, at(-100000))
        << none << QStringList{fact("TruckRegistered", R"({"truckId":"T-9","capacityLb":100})")} << none;
}

// The row's command decided against `g`: its events (when given) or its rejection.
void checkDecision(const Given &g)
{
    QFETCH(CommandEnvelope, when);
    QFETCH(QString, code);
    QFETCH(QStringList, events);
    QFETCH(QString, message);

    const Decision d = g.state.decide(when);
    if (code.isEmpty()) {
        QVERIFY2(d.accepted(), qPrintable(d.rejection ? d.rejection->message : QString()));
        if (!events.isEmpty())
            QCOMPARE(described(d.events), events);
    } else {
        QVERIFY2(!d.accepted(), qPrintable(described(d.events).join(u'\n')));
        QCOMPARE(rejectionCodeName(d.rejection->code), code);
        QVERIFY(d.events.empty());
        QVERIFY(!d.rejection->message.isEmpty());
        if (!message.isEmpty())
            QCOMPARE(d.rejection->message, message);
    }
}

void TestDeciders::decide() { checkDecision(greatPlains()); }

void TestDeciders::credit_data()
{
    QTest::addColumn<CommandEnvelope>("when");
    QTest::addColumn<QString>("code");       // empty: accepted
    QTest::addColumn<QStringList>("events"); // when accepted
    QTest::addColumn<QString>("message");    // checked when not empty

    const QString none;
    const QString A3 = QStringLiteral("A-3"), A4 = QStringLiteral("A-4"), A5 = QStringLiteral("A-5"),
                  A6 = QStringLiteral("A-6"), A7 = QStringLiteral("A-7");
    auto row = [&](const char *name, Command c, const char *code, QStringList events = {}, QString message = {},
                   qint64 issuedAt = at(10), std::optional<Actor> actor = std::nullopt) {
        QTest::newRow(name) << command(QStringLiteral("c-new"), std::move(c), issuedAt, actor)
                            << QString::fromLatin1(code) << events << message;
    };
    auto submitFor = [](const QString &account, int weightLb, QString shipmentId = QStringLiteral("S-9")) {
        return submit(shipmentId, account, weightLb);
    };

    // SubmitShipment against the limit: A-3 has $308.00 left; 1100 lb at 28 cents is exactly that.
    row("credit: exactly up to the limit", submitFor(A3, 1100), "",
        {fact("ShipmentSubmitted", R"({"shipmentId":"S-9","accountId":"A-3","pickup":{"name":"Prairie Feed & Seed","line1":"1 Elevator Rd","city":"Omaha","state":"NE","zip":"68102"},)"
                                   R"("destination":{"name":"Prairie Feed & Seed","line1":"1 Elevator Rd","city":"Lincoln","state":"NE","zip":"68102"},)"
                                   R"("weightLb":1100,"priceCents":30800,"ruleId":null,"customerReference":null,"pickupBy":null,"deliverBy":null})")});
    row("credit_limit: one pound over, by how much", submitFor(A3, 1101), "credit_limit", {},
        QStringLiteral("This shipment ($308.28) would take account A-3 to $1,000.28 against its credit limit of $1,000.00: $0.28 over."));
    row("credit_limit: a limit of 0 refuses every shipment", submitFor(A4, 1), "credit_limit", {},
        QStringLiteral("This shipment ($0.28) would take account A-4 to $0.28 against its credit limit of $0.00: $0.28 over."));
    row("credit_hold", submitFor(A5, 1), "credit_hold", {},
        QStringLiteral("Account A-5 is on credit hold; Finance must release the hold before it can book shipments."));
    row("credit_hold before credit_limit", submitFor(A6, 1), "credit_hold");
    row("already_exists before credit_hold", submitFor(A5, 1, QStringLiteral("S-1")), "already_exists");
    row("not_found before credit", submitFor(QStringLiteral("A-9"), 1), "not_found");
    row("stale before credit_hold", submitFor(A5, 1, QStringLiteral("S-1")), "stale", {}, {}, at(-1));
    row("forbidden before credit_hold", submitFor(A5, 1), "forbidden", {}, {}, at(10), dispatcher());
    row("no limit: any amount", submitFor(A7, 80000), "", {}, {});
    {
        cmd::SubmitShipment promised = submitFor(A7, 10);
        promised.customerReference = QStringLiteral("PO 4471/b");
        promised.pickupBy = at(60);
        promised.deliverBy = at(60 * 24);
        row("SubmitShipment with a reference and promises", promised, "",
            {fact("ShipmentSubmitted", R"({"shipmentId":"S-9","accountId":"A-7","pickup":{"name":"Prairie Feed & Seed","line1":"1 Elevator Rd","city":"Omaha","state":"NE","zip":"68102"},)"
                                       R"("destination":{"name":"Prairie Feed & Seed","line1":"1 Elevator Rd","city":"Lincoln","state":"NE","zip":"68102"},)"
                                       R"("weightLb":10,"priceCents":280,"ruleId":null,"customerReference":"PO 4471/b",)"
                                       R"("pickupBy":"2026-01-05T09:00:00.000Z","deliverBy":"2026-01-06T08:00:00.000Z"})")});
    }

    // SetCreditLimit
    row("SetCreditLimit carries the previous limit", cmd::SetCreditLimit{A3, 200000}, "",
        {fact("CreditLimitSet", R"({"accountId":"A-3","creditLimitCents":200000,"previousLimitCents":100000})")});
    row("SetCreditLimit null removes it", cmd::SetCreditLimit{A3, std::nullopt}, "",
        {fact("CreditLimitSet", R"({"accountId":"A-3","creditLimitCents":null,"previousLimitCents":100000})")});
    row("SetCreditLimit where there was none", cmd::SetCreditLimit{A5, 0}, "",
        {fact("CreditLimitSet", R"({"accountId":"A-5","creditLimitCents":0,"previousLimitCents":null})")});
    row("SetCreditLimit unknown account", cmd::SetCreditLimit{QStringLiteral("A-9"), 1}, "not_found", {},
        QStringLiteral("Account A-9 does not exist."));
    row("SetCreditLimit stale", cmd::SetCreditLimit{A3, 1}, "stale", {}, {}, at(-1));
    row("SetCreditLimit forbidden to customer service", cmd::SetCreditLimit{A3, 1}, "forbidden", {}, {}, at(10), clerk());

    // PlaceCreditHold / ReleaseCreditHold
    row("PlaceCreditHold", cmd::PlaceCreditHold{A3, QStringLiteral("90 days late")}, "",
        {fact("CreditHoldPlaced", R"({"accountId":"A-3","reason":"90 days late"})")});
    row("PlaceCreditHold already on hold", cmd::PlaceCreditHold{A5, QStringLiteral("Again")}, "illegal_transition", {},
        QStringLiteral("Account A-5 is already on credit hold."));
    row("PlaceCreditHold unknown account", cmd::PlaceCreditHold{QStringLiteral("A-9"), QStringLiteral("x")}, "not_found");
    row("PlaceCreditHold stale before illegal_transition", cmd::PlaceCreditHold{A5, QStringLiteral("x")}, "stale", {}, {}, at(-1));
    row("ReleaseCreditHold", cmd::ReleaseCreditHold{A5}, "", {fact("CreditHoldReleased", R"({"accountId":"A-5"})")});
    row("ReleaseCreditHold not on hold", cmd::ReleaseCreditHold{A3}, "illegal_transition", {},
        QStringLiteral("Account A-3 is not on credit hold."));
    row("ReleaseCreditHold unknown account", cmd::ReleaseCreditHold{QStringLiteral("A-9")}, "not_found");
    row("ReleaseCreditHold forbidden to dispatch", cmd::ReleaseCreditHold{A5}, "forbidden", {}, {}, at(10), dispatcher());

    // WriteOffInvoice: the open amount after payments applied oldest due first
    row("WriteOffInvoice the open rest", cmd::WriteOffInvoice{A3, QStringLiteral("S-8"), QStringLiteral("Settled for less")}, "",
        {fact("InvoiceWrittenOff", R"({"accountId":"A-3","shipmentId":"S-8","amountCents":41200,"reason":"Settled for less"})")});
    row("WriteOffInvoice what the earlier-due invoice left open", cmd::WriteOffInvoice{A7, QStringLiteral("S-10"), QStringLiteral("Small balance")}, "",
        {fact("InvoiceWrittenOff", R"({"accountId":"A-7","shipmentId":"S-10","amountCents":500,"reason":"Small balance"})")});
    row("WriteOffInvoice a paid invoice", cmd::WriteOffInvoice{A7, QStringLiteral("S-11"), QStringLiteral("x")}, "illegal_transition", {},
        QStringLiteral("The invoice for shipment S-11 on account A-7 has nothing left open to write off."));
    row("WriteOffInvoice a shipment invoiced to another account", cmd::WriteOffInvoice{A3, QStringLiteral("S-4"), QStringLiteral("x")},
        "not_found", {}, QStringLiteral("Shipment S-4 was not invoiced to account A-3."));
    row("WriteOffInvoice a shipment never invoiced", cmd::WriteOffInvoice{A3, QStringLiteral("S-7"), QStringLiteral("x")}, "not_found");
    row("WriteOffInvoice unknown account", cmd::WriteOffInvoice{QStringLiteral("A-9"), QStringLiteral("S-8"), QStringLiteral("x")},
        "not_found", {}, QStringLiteral("Account A-9 does not exist."));
    row("WriteOffInvoice stale before not_found", cmd::WriteOffInvoice{A3, QStringLiteral("S-7"), QStringLiteral("x")}, "stale", {}, {}, at(-1));
    row("WriteOffInvoice stale before illegal_transition", cmd::WriteOffInvoice{A7, QStringLiteral("S-11"), QStringLiteral("x")}, "stale", {}, {}, at(-1));
}

void TestDeciders::credit() { checkDecision(creditStory()); }

void TestDeciders::exposureFollowsShipmentsAndInvoices()
{
    Given g = creditStory();
    const QString A3 = QStringLiteral("A-3"), S7 = QStringLiteral("S-7");
    auto credit = [&] { return g.state.findAccount(A3)->credit(); };
    QCOMPARE(credit().openCents, qint64(41200));
    QCOMPARE(credit().activeShipmentCents, qint64(28000));
    QCOMPARE(credit().availableCents(), std::optional<qint64>(30800));

    g.record(ev::ShipmentAssigned{S7, T1, {}}, at(1));
    g.record(ev::ShipmentShipped{S7, T1}, at(2));
    QCOMPARE(credit().activeShipmentCents, qint64(28000)); // still on the books out for delivery
    g.record(ev::ShipmentDelivered{S7, T1, QStringLiteral("R. Ortiz")}, at(3));
    QCOMPARE(credit().activeShipmentCents, qint64(0));
    g.record(ev::AccountInvoiced{A3, S7, 28000, at(3) + days(15)}, at(3), systemActor());
    QCOMPARE(credit().openCents, qint64(41200 + 28000));
    g.record(ev::PaymentPosted{A3, 100000, QStringLiteral("P-4")}, at(4));
    QCOMPARE(credit().openCents, qint64(0)); // the rest is a credit on account
    g.record(ev::PaymentReversed{A3, QStringLiteral("P-4"), 100000, QStringLiteral("Bounced")}, at(5));
    QCOMPARE(credit().openCents, qint64(69200));
    g.record(ev::InvoiceWrittenOff{A3, QStringLiteral("S-8"), 41200, QStringLiteral("Settled")}, at(6));
    QCOMPARE(credit().openCents, qint64(28000));
    g.record(submitted(QStringLiteral("S-12"), 100, A3), at(7));
    g.record(ev::ShipmentCancelled{QStringLiteral("S-12"), reason, {}}, at(8));
    QCOMPARE(credit().activeShipmentCents, qint64(0));
    g.record(ev::CreditLimitSet{A3, std::nullopt, 100000}, at(9));
    QCOMPARE(credit().availableCents(), std::nullopt);

    // The snapshot keeps all of it.
    const auto restored = DomainState::deserialize(g.state.serialize());
    QVERIFY(restored);
    QCOMPARE(restored->serialize(), g.state.serialize());
    QCOMPARE(restored->findAccount(A3)->credit().openCents, qint64(28000));
    QCOMPARE(restored->findAccount(A3)->termsDays, 15);
}

void TestDeciders::anInvoiceIsDueOnTheAccountsTermsWhenInvoiced()
{
    Given g = creditStory();
    const QString A3 = QStringLiteral("A-3");
    const Decision d = g.state.decide(fromListener(cmd::InvoiceAccount{A3, QStringLiteral("S-7"), 28000}, at(10)));
    QVERIFY(d.accepted());
    QCOMPARE(std::get<ev::AccountInvoiced>(d.events.front()).dueAt, at(10) + days(15));
    // Terms of 0 days: due when invoiced.
    g.record(ev::AccountOpened{QStringLiteral("A-8"), QStringLiteral("Calamus Ranch"), std::nullopt, 0});
    g.record(submitted(QStringLiteral("S-13"), 10, QStringLiteral("A-8")));
    const Decision cash = g.state.decide(fromListener(cmd::InvoiceAccount{QStringLiteral("A-8"), QStringLiteral("S-13"), 280}, at(20)));
    QCOMPARE(std::get<ev::AccountInvoiced>(cash.events.front()).dueAt, at(20));
}

void TestDeciders::aReversalReopensAWrittenOffInvoice()
{
    // A-3's S-8: $500.00, $88.00 paid by P-3, the rest written off; then P-3 bounces.
    Given g = creditStory();
    const QString A3 = QStringLiteral("A-3"), S8 = QStringLiteral("S-8");
    g.record(ev::InvoiceWrittenOff{A3, S8, 41200, QStringLiteral("Settled")}, at(1));
    const auto writeOff = command(QStringLiteral("c-w"), cmd::WriteOffInvoice{A3, S8, QStringLiteral("Again")}, at(3));
    QCOMPARE(g.state.decide(writeOff).rejection->code, RejectionCode::IllegalTransition);
    g.record(ev::PaymentReversed{A3, QStringLiteral("P-3"), 8800, QStringLiteral("Bounced")}, at(2));
    const Decision d = g.state.decide(writeOff);
    QVERIFY(d.accepted());
    QCOMPARE(std::get<ev::InvoiceWrittenOff>(d.events.front()).amountCents, qint64(8800));
}

void TestDeciders::price_data()
{
    QTest::addColumn<QList<cmd::SchedulePricingRule>>("rules"); // scheduled in this order
    QTest::addColumn<int>("weightLb");
    QTest::addColumn<qint64>("issuedAt");
    QTest::addColumn<qint64>("priceCents");
    QTest::addColumn<QString>("ruleId");

    using Rules = QList<cmd::SchedulePricingRule>;
    const cmd::SchedulePricingRule r1{QStringLiteral("R-1"), at(0), 30, 50000};
    const cmd::SchedulePricingRule r2{QStringLiteral("R-2"), at(100), 35, 0};
    QTest::newRow("standing rule, no minimum") << Rules{} << 1 << at(10) << qint64(28) << QString();
    QTest::newRow("standing rule 28c/lb") << Rules{} << 80000 << at(10) << qint64(2240000) << QString();
    QTest::newRow("before the first rule") << Rules{r1} << 1000 << at(0) - 1 << qint64(28000) << QString();
    QTest::newRow("minimum wins") << Rules{r1} << 1000 << at(0) << qint64(50000) << QStringLiteral("R-1");
    QTest::newRow("weight x rate wins") << Rules{r1} << 2000 << at(50) << qint64(60000) << QStringLiteral("R-1");
    QTest::newRow("just above the minimum") << Rules{r1} << 1667 << at(50) << qint64(50010) << QStringLiteral("R-1");
    QTest::newRow("older rule between two") << Rules{r2, r1} << 2000 << at(99) << qint64(60000) << QStringLiteral("R-1");
    QTest::newRow("newer rule from its start") << Rules{r2, r1} << 2000 << at(100) << qint64(70000) << QStringLiteral("R-2");
    QTest::newRow("newer rule later on") << Rules{r1, r2} << 1000 << at(5000) << qint64(35000) << QStringLiteral("R-2");
}

void TestDeciders::price()
{
    QFETCH(QList<cmd::SchedulePricingRule>, rules);
    QFETCH(int, weightLb);
    QFETCH(qint64, issuedAt);
    QFETCH(qint64, priceCents);
    QFETCH(QString, ruleId);

    Given g;
    g.record(ev::AccountOpened{A1, QStringLiteral("Prairie Feed & Seed")}, at(-1000));
    for (const auto &r : rules) {
        const Decision d = g.state.decide(command(QStringLiteral("c-rule"), r, at(-1000)));
        QVERIFY(d.accepted());
        g.record(d.events.front(), at(-1000));
    }
    const Decision d = g.state.decide(command(QStringLiteral("c-1"), submit(S1, A1, weightLb), issuedAt));
    QVERIFY(d.accepted());
    const auto &e = std::get<ev::ShipmentSubmitted>(d.events.front());
    QCOMPARE(e.priceCents, priceCents);
    QCOMPARE(e.ruleId, ruleId);
    QCOMPARE(json(eventcodec::encode(d.events.front())).value(u"ruleId").isNull(), ruleId.isEmpty());
}

void TestDeciders::highWaterMarkFollowsUserEventsOnly()
{
    Given g = greatPlains();
    // A user event at at(50) raises S-1's mark; S-2's and T-1's stay.
    g.record(ev::ShipmentAssigned{S1, T1, {}}, at(50));
    QCOMPARE(g.state.highWaterMark(QStringLiteral("shipment:S-1")), at(50));
    QCOMPARE(g.state.highWaterMark(QStringLiteral("truck:T-1")), at(0));
    auto code = [&](const Command &c, qint64 when) {
        const Decision d = g.state.decide(command(QStringLiteral("c-x"), c, when));
        return d.accepted() ? QStringLiteral("accepted") : rejectionCodeName(d.rejection->code);
    };
    QCOMPARE(code(cmd::ShipShipment{S1}, at(20)), QStringLiteral("stale"));
    QCOMPARE(code(cmd::ShipShipment{S1}, at(50)), QStringLiteral("accepted"));
    QCOMPARE(code(cmd::ShipShipment{S2}, at(20)), QStringLiteral("accepted"));
    QCOMPARE(code(cmd::ReportBreakdown{T1, QStringLiteral("x")}, at(20)), QStringLiteral("accepted"));

    // A listener's event at at(90) neither faces nor raises the mark.
    g.record(ev::ShipmentUnassigned{S2, T2, QStringLiteral("Truck T-2 broke down")}, at(90), systemActor());
    QCOMPARE(g.state.highWaterMark(QStringLiteral("shipment:S-2")), at(0));
    QCOMPARE(code(cmd::AssignTruck{S2, T5}, at(20)), QStringLiteral("accepted"));
    // Nor does an invoice raise the account's mark.
    g.record(ev::AccountInvoiced{A1, S3, 1}, at(90), systemActor());
    QCOMPARE(code(cmd::PostPayment{A1, 1, QStringLiteral("P-7")}, at(20)), QStringLiteral("accepted"));
}

void TestDeciders::aCheckCallMovesOnlyTheShipmentsMark()
{
    Given g = greatPlains();
    g.record(ev::CheckCallRecorded{S2, T2, QStringLiteral("I-80"), QString(), std::nullopt}, at(50));
    QCOMPARE(g.state.highWaterMark(QStringLiteral("shipment:S-2")), at(50));
    QCOMPARE(g.state.highWaterMark(QStringLiteral("truck:T-2")), at(0));
    QCOMPARE(g.state.findShipment(S2)->status, ShipmentStatus::Assigned);
    QCOMPARE(g.state.findTruck(T2)->shipmentId, S2);
    const auto code = [&](Command c, qint64 when) {
        const Decision d = g.state.decide(command(QStringLiteral("c"), std::move(c), when, dispatcher()));
        return d.accepted() ? QStringLiteral("accepted") : rejectionCodeName(d.rejection->code);
    };
    QCOMPARE(code(cmd::RecordCheckCall{S2, QStringLiteral("Earlier"), QString(), std::nullopt}, at(20)), QStringLiteral("stale"));
    QCOMPARE(code(cmd::ShipShipment{S2}, at(20)), QStringLiteral("stale"));
    QCOMPARE(code(cmd::ShipShipment{S2}, at(50)), QStringLiteral("accepted"));
}

void TestDeciders::cancelAndReassignmentFreeTheTruck()
{
    Given g = greatPlains();
    QCOMPARE(truck::boardState(*g.state.findTruck(T2)), TruckState::Assigned);
    g.record(ev::ShipmentCancelled{S2, reason, T2}, at(10));
    QCOMPARE(truck::boardState(*g.state.findTruck(T2)), TruckState::Available);
    QVERIFY(g.state.findTruck(T2)->shipmentId.isEmpty());
    QVERIFY(g.state.decide(command(QStringLiteral("c-a"), cmd::AssignTruck{S1, T2}, at(20))).accepted());

    // Reassignment: S-1 moves from T-1 to T-5; T-1 is free again, T-5 holds it.
    g.record(ev::ShipmentAssigned{S1, T1, {}}, at(20));
    QCOMPARE(g.state.findTruck(T1)->shipmentId, S1);
    const Decision d = g.state.decide(command(QStringLiteral("c-b"), cmd::AssignTruck{S1, T5}, at(30)));
    QVERIFY(d.accepted());
    QCOMPARE(std::get<ev::ShipmentAssigned>(d.events.front()).previousTruckId, T1);
    g.record(d.events.front(), at(30));
    QCOMPARE(truck::boardState(*g.state.findTruck(T1)), TruckState::Available);
    QCOMPARE(g.state.findTruck(T5)->shipmentId, S1);
    QCOMPARE(g.state.findShipment(S1)->truckId, T5);
    QVERIFY(g.state.decide(command(QStringLiteral("c-c"), cmd::AssignTruck{S6, T2}, at(30))).accepted());

    // Delivery frees the truck too: T-4 took S-3 out and comes back.
    g.record(ev::ShipmentDelivered{S3, T4, QStringLiteral("R. Olsen")}, at(40));
    QCOMPARE(truck::boardState(*g.state.findTruck(T4)), TruckState::Available);
    QCOMPARE(g.state.findShipment(S3)->truckId, T4); // the truck that delivered it
}

void TestDeciders::breakdownListener_data()
{
    QTest::addColumn<QString>("truckId");
    QTest::addColumn<QString>("unassigned"); // the shipment sent back, or empty

    QTest::newRow("holding an assigned shipment") << T2 << S2;
    QTest::newRow("holding a shipment out for delivery") << T4 << QString();
    QTest::newRow("holding nothing") << T1 << QString();
    QTest::newRow("after delivering") << T5 << QString();
}

void TestDeciders::breakdownListener()
{
    QFETCH(QString, truckId);
    QFETCH(QString, unassigned);

    Given g = greatPlains();
    const RecordedEvent broke = g.record(ev::TruckBrokeDown{truckId, QStringLiteral("Coolant leak")}, at(30),
                                         dispatcher(), QStringLiteral("c-corr"));
    const auto reactions = g.state.reactTo(broke);
    if (unassigned.isEmpty()) {
        QCOMPARE(reactions.size(), size_t(0));
        return;
    }
    QCOMPARE(reactions.size(), size_t(1));
    const CommandEnvelope &c = reactions.front();
    const auto *u = std::get_if<cmd::UnassignShipment>(&c.command);
    QVERIFY(u);
    QCOMPARE(u->shipmentId, unassigned);
    QVERIFY(u->reason.contains(QStringLiteral("Coolant leak")));
    QCOMPARE(c.actor, systemActor());
    QCOMPARE(c.issuedAt, at(30));
    QCOMPARE(c.causationId, broke.eventId);
    QCOMPARE(c.correlationId, QStringLiteral("c-corr"));
    // ...and the decider accepts it: the shipment goes back to submitted.
    const Decision d = g.state.decide(c);
    QVERIFY(d.accepted());
    g.record(d.events.front(), at(30), systemActor());
    QCOMPARE(g.state.findShipment(unassigned)->status, ShipmentStatus::Submitted);
    QVERIFY(g.state.findShipment(unassigned)->truckId.isEmpty());
    QCOMPARE(truck::boardState(*g.state.findTruck(truckId)), TruckState::OutOfService);
    QVERIFY(g.state.findTruck(truckId)->shipmentId.isEmpty());
}

void TestDeciders::deliveryListenerInvoicesThePrice()
{
    Given g = greatPlains();
    const RecordedEvent delivered = g.record(ev::ShipmentDelivered{S3, T4, QStringLiteral("K. Nguyen")}, at(30),
                                             dispatcher(), QStringLiteral("c-deliver"));
    const auto reactions = g.state.reactTo(delivered);
    QCOMPARE(reactions.size(), size_t(1));
    const CommandEnvelope &c = reactions.front();
    const auto *invoice = std::get_if<cmd::InvoiceAccount>(&c.command);
    QVERIFY(invoice);
    QCOMPARE(invoice->accountId, A1);
    QCOMPARE(invoice->shipmentId, S3);
    QCOMPARE(invoice->amountCents, qint64(3000 * 28)); // the price stored at submission
    QCOMPARE(c.actor, systemActor());
    QCOMPARE(c.issuedAt, at(30));
    QCOMPARE(c.causationId, delivered.eventId);
    QCOMPARE(c.correlationId, QStringLiteral("c-deliver"));
    const Decision d = g.state.decide(c);
    QVERIFY(d.accepted());
    g.record(d.events.front(), at(30), systemActor());
    // A second invoice for the same shipment is refused.
    const Decision again = g.state.decide(c);
    QVERIFY(!again.accepted());
    QCOMPARE(again.rejection->code, RejectionCode::AlreadyExists);
}

void TestDeciders::listenersIgnoreOtherEvents()
{
    Given g = greatPlains();
    const RecordedEvent events[] = {
        g.record(ev::ShipmentShipped{S2, T2}, at(10)),
        g.record(ev::TruckReturnedToService{T3}, at(10)),
        g.record(ev::PaymentPosted{A1, 10, QStringLiteral("P-5")}, at(10)),
        g.record(ev::ShipmentCancelled{S1, reason, {}}, at(10)),
    };
    for (const RecordedEvent &e : events)
        QVERIFY2(g.state.reactTo(e).empty(), qPrintable(e.type()));
}

void TestDeciders::aReasonHoldingAPlaceholderStaysAsTyped()
{
    // Typed text and paths may hold "%1"-like sequences: a message fills its own placeholders once.
    const Rejection r = makeRejection(RejectionCode::IllegalTransition, "Shipment %1 was cancelled: %2",
                                      {QStringLiteral("S-1"), QStringLiteral("rate was 50%1 off, see %2")});
    QCOMPARE(r.message, QStringLiteral("Shipment S-1 was cancelled: rate was 50%1 off, see %2"));
    QCOMPARE(localizedMessage(r), r.message);
    const StoreError e = makeStoreError(StoreError::Cause::Damaged, "%1 is damaged near %2",
                                        {QStringLiteral("/home/%2/gp.db"), QStringLiteral("page 7")});
    QCOMPARE(e.message, QStringLiteral("/home/%2/gp.db is damaged near page 7"));
}

QTEST_GUILESS_MAIN(TestDeciders)
#include "tst_deciders.moc"
