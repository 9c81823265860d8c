// Reading one line of input: every malformed line is `invalid` with the path of what is wrong.

#include "fixtures.h"

#include "codec/commandparser.h"
#include "reducer/reducer.h"
#include "store/commandlog.h"

#include <QJsonArray>
#include <QTest>

using namespace hs;

namespace {

const QString noField = QStringLiteral("<null>");
const QString noCommandId = QStringLiteral("<none>");

QJsonObject addressObject(const char *city = "Omaha")
{
    return QJsonObject{{"name", "Prairie Feed & Seed"}, {"line1", "1 Elevator Rd"}, {"city", city},
                       {"state", "NE"}, {"zip", "68102"}};
}

QJsonObject submitShipment()
{
    return QJsonObject{
        {"commandId", "c-1"},
        {"type", "SubmitShipment"},
        {"issuedAt", "2026-01-05T10:15:00Z"},
        {"actor", QJsonObject{{"user", "carla"}, {"department", "customer-service"}}},
        {"data", QJsonObject{{"shipmentId", "S-1"}, {"accountId", "A-1"}, {"pickup", addressObject()},
                             {"destination", addressObject("Lincoln")}, {"weightLb", 1200}}}};
}

QJsonObject withType(const char *type, const QJsonObject &data)
{
    QJsonObject o = submitShipment();
    o["type"] = type;
    o["data"] = data;
    return o;
}

// Sets (or, with an undefined value, removes) the field at a dotted path.
QJsonObject edited(QJsonObject o, QStringView path, const QJsonValue &value)
{
    const auto dot = path.indexOf(u'.');
    if (dot < 0) {
        if (value.isUndefined())
            o.remove(path.toString());
        else
            o[path.toString()] = value;
        return o;
    }
    const QString head = path.left(dot).toString();
    o[head] = edited(o.value(head).toObject(), path.mid(dot + 1), value);
    return o;
}

QByteArray line(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
QByteArray submitWith(QStringView path, const QJsonValue &v) { return line(edited(submitShipment(), path, v)); }

const QJsonValue removed = QJsonValue(QJsonValue::Undefined);

} // namespace

class TestCommandParser : public QObject
{
    Q_OBJECT

private slots:
    void badInput_data();
    void badInput();
    void goodInput_data();
    void goodInput();
    void everyCommandTypeRoundTrips();
    void issuedAtIsAnInstant();
    void keepsWhatTheLogNeeds();
    void logsTheDataAsGiven();
};

void TestCommandParser::badInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("commandId");

    const QString invalid = QStringLiteral("invalid");
    const QString c1 = QStringLiteral("c-1");
    auto row = [&](const char *name, const QByteArray &in, const QString &field, const QString &id = QStringLiteral("c-1")) {
        QTest::newRow(name) << in << invalid << field << id;
    };

    // Not a command at all: nothing to attribute.
    // Not JSON: the path of the value where it breaks is named, but nothing of it is trusted.
    row("malformed JSON", R"({"commandId": "c-1", "type": )", QStringLiteral("type"), noCommandId);
    row("trailing garbage", line(submitShipment()) + " x", noField, noCommandId);
    row("array", R"([{"commandId": "c-1"}])", noField, noCommandId);
    row("string", R"("OpenAccount")", noField, noCommandId);
    row("number", "42", noField, noCommandId);
    row("null", "null", noField, noCommandId);
    row("empty line", "", noField, noCommandId);
    row("blank line", "   \t ", noField, noCommandId);
    {
        QByteArray big = line(submitShipment());
        big += QByteArray(maxCommandLineBytes + 1 - big.size(), ' ');
        row("line over 64 KiB", big, noField, noCommandId);
    }
    // commandId
    row("missing commandId", submitWith(u"commandId", removed), QStringLiteral("commandId"), noCommandId);
    row("empty commandId", submitWith(u"commandId", ""), QStringLiteral("commandId"), noCommandId);
    row("numeric commandId", submitWith(u"commandId", 7), QStringLiteral("commandId"), noCommandId);
    // Top level: the commandId is usable and kept.
    row("unknown top-level field", submitWith(u"priority", "high"), QStringLiteral("priority"));
    row("missing type", submitWith(u"type", removed), QStringLiteral("type"));
    row("type not a string", submitWith(u"type", 3), QStringLiteral("type"));
    row("missing issuedAt", submitWith(u"issuedAt", removed), QStringLiteral("issuedAt"));
    row("issuedAt without a zone", submitWith(u"issuedAt", "2026-01-05T10:15:00"), QStringLiteral("issuedAt"));
    row("issuedAt a date only", submitWith(u"issuedAt", "2026-01-05"), QStringLiteral("issuedAt"));
    row("issuedAt not a date", submitWith(u"issuedAt", "yesterday"), QStringLiteral("issuedAt"));
    row("issuedAt February 30th", submitWith(u"issuedAt", "2026-02-30T10:15:00Z"), QStringLiteral("issuedAt"));
    row("issuedAt a number", submitWith(u"issuedAt", 1767608100000.0), QStringLiteral("issuedAt"));
    row("missing actor", submitWith(u"actor", removed), QStringLiteral("actor"));
    row("actor not an object", submitWith(u"actor", "carla"), QStringLiteral("actor"));
    row("missing actor.user", submitWith(u"actor.user", removed), QStringLiteral("actor.user"));
    row("empty actor.user", submitWith(u"actor.user", ""), QStringLiteral("actor.user"));
    row("unknown department", submitWith(u"actor.department", "sales"), QStringLiteral("actor.department"));
    row("missing department", submitWith(u"actor.department", removed), QStringLiteral("actor.department"));
    row("unknown actor field", submitWith(u"actor.role", "boss"), QStringLiteral("actor.role"));
    row("missing data", submitWith(u"data", removed), QStringLiteral("data"));
    row("data not an object", submitWith(u"data", QJsonArray{1}), QStringLiteral("data"));
    // Data
    row("unknown data field", submitWith(u"data.color", "red"), QStringLiteral("data.color"));
    row("missing data field", submitWith(u"data.accountId", removed), QStringLiteral("data.accountId"));
    row("id of wrong type", submitWith(u"data.shipmentId", 17), QStringLiteral("data.shipmentId"));
    row("id with a space", submitWith(u"data.shipmentId", "S 1"), QStringLiteral("data.shipmentId"));
    row("id with a slash", submitWith(u"data.accountId", "A/1"), QStringLiteral("data.accountId"));
    row("id of 41 characters", submitWith(u"data.shipmentId", QString(41, u'S')), QStringLiteral("data.shipmentId"));
    row("empty id", submitWith(u"data.shipmentId", ""), QStringLiteral("data.shipmentId"));
    row("weightLb 0", submitWith(u"data.weightLb", 0), QStringLiteral("data.weightLb"));
    row("weightLb 80001", submitWith(u"data.weightLb", 80001), QStringLiteral("data.weightLb"));
    row("weightLb negative", submitWith(u"data.weightLb", -5), QStringLiteral("data.weightLb"));
    row("weightLb fractional", submitWith(u"data.weightLb", 10.5), QStringLiteral("data.weightLb"));
    row("weightLb a string", submitWith(u"data.weightLb", "1200"), QStringLiteral("data.weightLb"));
    // Addresses
    row("missing pickup", submitWith(u"data.pickup", removed), QStringLiteral("data.pickup"));
    row("pickup not an object", submitWith(u"data.pickup", "Omaha"), QStringLiteral("data.pickup"));
    row("zip of four digits", submitWith(u"data.pickup.zip", "1234"), QStringLiteral("data.pickup.zip"));
    row("zip with a letter", submitWith(u"data.destination.zip", "6810A"), QStringLiteral("data.destination.zip"));
    row("zip a number", submitWith(u"data.pickup.zip", 68102), QStringLiteral("data.pickup.zip"));
    row("state in lower case", submitWith(u"data.pickup.state", "ne"), QStringLiteral("data.pickup.state"));
    row("state of three letters", submitWith(u"data.destination.state", "NEB"), QStringLiteral("data.destination.state"));
    row("two capitals that are no state (Iowa cut short)", submitWith(u"data.pickup.state", "IO"), QStringLiteral("data.pickup.state"));
    row("a state's full name", submitWith(u"data.destination.state", "Iowa"), QStringLiteral("data.destination.state"));
    row("unknown address field", submitWith(u"data.pickup.country", "US"), QStringLiteral("data.pickup.country"));
    row("missing address city", submitWith(u"data.destination.city", removed), QStringLiteral("data.destination.city"));
    row("address name of 121 characters", submitWith(u"data.pickup.name", QString(121, u'n')), QStringLiteral("data.pickup.name"));
    row("empty line1", submitWith(u"data.pickup.line1", ""), QStringLiteral("data.pickup.line1"));
    row("empty line2", submitWith(u"data.pickup.line2", ""), QStringLiteral("data.pickup.line2"));
    // Other commands' ranges
    row("capacityLb 0", line(withType("RegisterTruck", {{"truckId", "T-1"}, {"capacityLb", 0}})), QStringLiteral("data.capacityLb"));
    row("capacityLb 80001", line(withType("RegisterTruck", {{"truckId", "T-1"}, {"capacityLb", 80001}})), QStringLiteral("data.capacityLb"));
    row("amountCents 0", line(withType("PostPayment", {{"accountId", "A-1"}, {"amountCents", 0}, {"reference", "P-1"}})),
        QStringLiteral("data.amountCents"));
    row("amountCents negative", line(withType("PostPayment", {{"accountId", "A-1"}, {"amountCents", -100}, {"reference", "P-1"}})),
        QStringLiteral("data.amountCents"));
    row("name of 121 characters", line(withType("OpenAccount", {{"accountId", "A-1"}, {"name", QString(121, u'x')}})),
        QStringLiteral("data.name"));
    row("empty name", line(withType("OpenAccount", {{"accountId", "A-1"}, {"name", ""}})), QStringLiteral("data.name"));
    row("reason of 201 characters", line(withType("CancelShipment", {{"shipmentId", "S-1"}, {"reason", QString(201, u'r')}})),
        QStringLiteral("data.reason"));
    row("empty signedBy", line(withType("DeliverShipment", {{"shipmentId", "S-1"}, {"signedBy", ""}})), QStringLiteral("data.signedBy"));
    row("reference with a space", line(withType("PostPayment", {{"accountId", "A-1"}, {"amountCents", 5}, {"reference", "P 1"}})),
        QStringLiteral("data.reference"));
    row("effectiveFrom without a zone",
        line(withType("SchedulePricingRule", {{"ruleId", "R-1"}, {"effectiveFrom", "2026-02-01T00:00:00"}, {"centsPerLb", 30}, {"minimumCents", 0}})),
        QStringLiteral("data.effectiveFrom"));
    row("centsPerLb 0",
        line(withType("SchedulePricingRule", {{"ruleId", "R-1"}, {"effectiveFrom", "2026-02-01T00:00:00Z"}, {"centsPerLb", 0}, {"minimumCents", 0}})),
        QStringLiteral("data.centsPerLb"));
    row("minimumCents negative",
        line(withType("SchedulePricingRule", {{"ruleId", "R-1"}, {"effectiveFrom", "2026-02-01T00:00:00Z"}, {"centsPerLb", 1}, {"minimumCents", -1}})),
        QStringLiteral("data.minimumCents"));
    row("data of another command", line(withType("ShipShipment", {{"truckId", "T-1"}})), QStringLiteral("data.truckId"));

    // invalid comes before unknown_command
    row("unknown type with a bad actor", line(edited(withType("LaunchRocket", {}), u"actor", removed)), QStringLiteral("actor"));
    QTest::newRow("unknown type") << line(withType("LaunchRocket", {{"x", 1}})) << QStringLiteral("unknown_command") << noField << c1;
    QTest::newRow("type in the wrong case") << line(withType("openaccount", {})) << QStringLiteral("unknown_command") << noField << c1;
}

void TestCommandParser::badInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, commandId);

    const ParsedCommand p = parseCommandLine(input);
    QVERIFY(!p.envelope);
    QVERIFY(p.rejection);
    QCOMPARE(rejectionCodeName(p.rejection->code), code);
    QCOMPARE(p.rejection->field.isEmpty() ? noField : p.rejection->field, field);
    QVERIFY(!p.rejection->message.isEmpty());
    QCOMPARE(p.commandId.value_or(noCommandId), commandId);
}

void TestCommandParser::goodInput_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("complete") << line(submitShipment());
    QTest::newRow("weightLb 1") << submitWith(u"data.weightLb", 1);
    QTest::newRow("weightLb 80000") << submitWith(u"data.weightLb", 80000);
    QTest::newRow("weightLb written 1200.0") << QByteArray(line(submitShipment())).replace("1200", "1200.0");
    QTest::newRow("id of 40 characters") << submitWith(u"data.shipmentId", QString(40, u'S'));
    QTest::newRow("id of every allowed character") << submitWith(u"data.shipmentId", "Az09._-");
    QTest::newRow("line2 given") << submitWith(u"data.pickup.line2", "Dock 4");
    QTest::newRow("state IA") << submitWith(u"data.pickup.state", "IA");
    QTest::newRow("state DC") << submitWith(u"data.pickup.state", "DC");
    QTest::newRow("territory PR") << submitWith(u"data.destination.state", "PR");
    QTest::newRow("line2 null") << submitWith(u"data.pickup.line2", QJsonValue::Null);
    QTest::newRow("address name of 120 characters") << submitWith(u"data.pickup.name", QString(120, u'n'));
    QTest::newRow("issuedAt with milliseconds") << submitWith(u"issuedAt", "2026-01-05T10:15:00.123Z");
    QTest::newRow("issuedAt with an offset") << submitWith(u"issuedAt", "2026-01-05T04:15:00-06:00");
    QTest::newRow("a user claiming system: for the decider to refuse") << submitWith(u"actor.department", "system");
    QTest::newRow("capacityLb 80000") << line(withType("RegisterTruck", {{"truckId", "T-1"}, {"capacityLb", 80000}}));
    QTest::newRow("name of 120 characters") << line(withType("OpenAccount", {{"accountId", "A-1"}, {"name", QString(120, u'x')}}));
    QTest::newRow("amountCents 1") << line(withType("PostPayment", {{"accountId", "A-1"}, {"amountCents", 1}, {"reference", "P-1"}}));
    QTest::newRow("minimumCents 0")
        << line(withType("SchedulePricingRule", {{"ruleId", "R-1"}, {"effectiveFrom", "2026-02-01T00:00:00+01:00"}, {"centsPerLb", 30}, {"minimumCents", 0}}));
    QTest::newRow("surrounding whitespace") << "  " + line(submitShipment()) + "\r\n";
    {
        // Exactly 64 KiB is still allowed.
        QByteArray big = line(submitShipment());
        big += QByteArray(maxCommandLineBytes - big.size(), ' ');
        QTest::newRow("exactly 64 KiB") << big;
    }
}

void TestCommandParser::goodInput()
{
    QFETCH(QByteArray, input);
    const ParsedCommand p = parseCommandLine(input);
    QVERIFY2(!p.rejection, qPrintable(p.rejection ? p.rejection->field + QStringLiteral(": ") + p.rejection->message : QString()));
    QVERIFY(p.envelope);
    QCOMPARE(p.commandId.value_or(QString()), QStringLiteral("c-1"));
    QCOMPARE(p.envelope->commandId, QStringLiteral("c-1"));
    QVERIFY(p.envelope->causationId.isEmpty());
}

void TestCommandParser::everyCommandTypeRoundTrips()
{
    using namespace fixtures;
    const std::vector<Command> all = {
        cmd::OpenAccount{QStringLiteral("A-1"), QStringLiteral("Prairie \"Feed\" & Seed")},
        cmd::RegisterTruck{QStringLiteral("T-1"), 26000},
        cmd::SubmitShipment{QStringLiteral("S-1"), QStringLiteral("A-1"),
                            Address{QStringLiteral("Depot"), QStringLiteral("2 Main St"), QStringLiteral("Suite 5"),
                                    QStringLiteral("Kearney"), QStringLiteral("NE"), QStringLiteral("68847")},
                            address(), 1200},
        cmd::CancelShipment{QStringLiteral("S-1"), QStringLiteral("Customer called")},
        cmd::AssignTruck{QStringLiteral("S-1"), QStringLiteral("T-1")},
        cmd::ShipShipment{QStringLiteral("S-1")},
        cmd::DeliverShipment{QStringLiteral("S-1"), QStringLiteral("J. Alvarez")},
        cmd::ReportBreakdown{QStringLiteral("T-1"), QStringLiteral("Flat tire")},
        cmd::ReturnTruckToService{QStringLiteral("T-1")},
        cmd::PostPayment{QStringLiteral("A-1"), 123456, QStringLiteral("CHK-1001")},
        cmd::ReversePayment{QStringLiteral("A-1"), QStringLiteral("CHK-1001"), QStringLiteral("Bounced")},
        cmd::SchedulePricingRule{QStringLiteral("R-1"), at(600), 30, 25000},
        cmd::InvoiceAccount{QStringLiteral("A-1"), QStringLiteral("S-1"), 33600},
        cmd::UnassignShipment{QStringLiteral("S-1"), QStringLiteral("Truck T-1 broke down")},
        cmd::RecordCheckCall{QStringLiteral("S-1"), QStringLiteral("I-80 near Kearney"), QStringLiteral("Rain"), at(900)},
        cmd::SetCreditLimit{QStringLiteral("A-1"), 500000},
        cmd::PlaceCreditHold{QStringLiteral("A-1"), QStringLiteral("Cheque bounced")},
        cmd::ReleaseCreditHold{QStringLiteral("A-1")},
        cmd::WriteOffInvoice{QStringLiteral("A-1"), QStringLiteral("S-1"), QStringLiteral("Disputed weight")},
    };
    QCOMPARE(qsizetype(all.size()), commandTypeNames().size());
    for (const Command &c : all) {
        const CommandEnvelope original = command(QStringLiteral("c-") + commandTypeName(c), c, at(5) + 123);
        const QByteArray text = encodeCommandLine(original);
        const ParsedCommand p = parseCommandLine(text);
        QVERIFY2(p.envelope, qPrintable(QString::fromUtf8(text) + u' ' + (p.rejection ? p.rejection->message : QString())));
        QCOMPARE(commandTypeName(p.envelope->command), commandTypeName(c));
        QCOMPARE(p.envelope->issuedAt, original.issuedAt);
        QCOMPARE(p.envelope->actor, original.actor);
        QCOMPARE(encodeCommandLine(*p.envelope), text);
    }
}

void TestCommandParser::issuedAtIsAnInstant()
{
    const ParsedCommand utc = parseCommandLine(submitWith(u"issuedAt", "2026-01-05T10:15:00Z"));
    const ParsedCommand offset = parseCommandLine(submitWith(u"issuedAt", "2026-01-05T11:45:00+01:30"));
    const ParsedCommand millis = parseCommandLine(submitWith(u"issuedAt", "2026-01-05T10:15:00.250Z"));
    QVERIFY(utc.envelope && offset.envelope && millis.envelope);
    QCOMPARE(offset.envelope->issuedAt, utc.envelope->issuedAt);
    QCOMPARE(millis.envelope->issuedAt, utc.envelope->issuedAt + 250);
    QCOMPARE(isotime::format(utc.envelope->issuedAt), QStringLiteral("2026-01-05T10:15:00.000Z"));
}

void TestCommandParser::keepsWhatTheLogNeeds()
{
    // An invalid command is still logged with what could be read of it.
    const ParsedCommand p = parseCommandLine(submitWith(u"data.weightLb", 0));
    QVERIFY(p.rejection);
    QCOMPARE(p.type, QStringLiteral("SubmitShipment"));
    QCOMPARE(p.issuedAt.value_or(0), *isotime::parse(u"2026-01-05T10:15:00Z"));
    QVERIFY(p.actor);
    QCOMPARE(p.actor->user, QStringLiteral("carla"));
    QCOMPARE(p.actor->department, Department::CustomerService);
}

// The command log keeps a command's data object exactly as its line gave it, not re-encoded.
void TestCommandParser::logsTheDataAsGiven()
{
    const QByteArray data = R"({ "accountId" : "A-1", "name" : "Caf\u00e9 & Co" })";
    const QByteArray line = R"({"commandId":"c-9","type":"OpenAccount","issuedAt":"2026-01-05T10:15:00Z",)"
                            R"("actor":{"user":"fran","department":"finance"},"data":)" + data + "}";
    const ParsedCommand p = parseCommandLine(line);
    QVERIFY(p.envelope);
    QCOMPARE(p.data, data);
    StoreError error;
    auto r = Reducer::openMemory(&error);
    QVERIFY2(r, qPrintable(error.message));
    const auto outcome = r->submit(std::vector<ParsedCommand>{p});
    QVERIFY(!outcome.failure);
    QVERIFY(outcome.results.front().accepted);
    const std::vector<CommandLogEntry> logged = CommandLog(r->database().connection()).from(0);
    QCOMPARE(logged.size(), size_t(1));
    QCOMPARE(logged.front().payload, data);
}

QTEST_GUILESS_MAIN(TestCommandParser)
#include "tst_commandparser.moc"
