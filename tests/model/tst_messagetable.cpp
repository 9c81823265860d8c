#include "codec/commandparser.h"
#include "codec/eventcodec.h"
#include "codec/fieldcodec.h"
#include "domain/commands.h"
#include "domain/events.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hs;

namespace {

constexpr qint64 sampleTime = 1767607200123; // 2026-01-05T10:00:00.123Z

// A valid value for each field, from its rule, so that every field of every type is exercised.
template <typename F> void fill(QString &v, const F &f)
{
    v = f.rule == Rule::Text ? QStringLiteral("words of %1").arg(QLatin1String(f.name)).left(int(f.max))
                             : QStringLiteral("%1-7").arg(QLatin1String(f.name));
}
template <typename F> void fill(std::optional<QString> &v, const F &f) { v = QStringLiteral("some %1").arg(QLatin1String(f.name)); }
template <typename F> void fill(qint64 &v, const F &f) { v = f.rule == Rule::Time ? sampleTime : std::max<qint64>(f.min, 1) + 6; }
template <typename F> void fill(int &v, const F &f) { v = int(std::max<qint64>(f.min, 1) + 6); }
template <typename F> void fill(std::optional<qint64> &v, const F &f) { v = f.rule == Rule::NullableTime ? sampleTime : f.min + 5; }
template <typename F> void fill(Address &v, const F &f)
{
    v = Address{QLatin1String(f.name), QStringLiteral("1 Main St"), QStringLiteral("Dock 4"), QStringLiteral("Omaha"),
                QStringLiteral("NE"), QStringLiteral("68102")};
}

template <typename M> M sample()
{
    M m{};
    forEachField<M>([&](const auto &f) { fill(m.*f.member, f); });
    return m;
}

// The fields that differ between two messages of a type, by name.
template <typename M> QStringList differences(const M &a, const M &b)
{
    QStringList out;
    forEachField<M>([&](const auto &f) {
        if (!(a.*f.member == b.*f.member))
            out << QString::fromLatin1(f.name);
    });
    return out;
}

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// A message's data changed the ways stored data could differ from what this release writes:
// members in another order (Qt's writer sorts them), each member missing, null or of another
// JSON type, the same for an address's members, and strings with escapes.
QList<QByteArray> variantsOf(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QList<QByteArray> out{json, compact(o), QByteArray(json).replace("words of", R"(w\u00f6rds \"of\")")};
    const QJsonValue others[] = {QJsonValue::Null, 12, 12.5, QStringLiteral("12"), QStringLiteral("2026-01-05T10:00:00.123Z"),
                                 true, QJsonObject(), QJsonArray()};
    for (const QString &key : o.keys()) {
        QJsonObject changed = o;
        changed.remove(key);
        out << compact(changed);
        for (const QJsonValue &other : others) {
            changed = o;
            changed[key] = other;
            out << compact(changed);
        }
        if (!o[key].isObject())
            continue;
        const QJsonObject inner = o[key].toObject();
        for (const QString &innerKey : inner.keys()) {
            QJsonObject within = inner;
            within.remove(innerKey);
            changed = o;
            changed[key] = within;
            out << compact(changed);
            within = inner;
            within[innerKey] = 7;
            changed[key] = within;
            out << compact(changed);
        }
    }
    return out;
}

template <typename V, typename F> void forEachAlternative(F &&f)
{
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (f(std::type_identity<std::variant_alternative_t<I, V>>{}), ...);
    }(std::make_index_sequence<std::variant_size_v<V>>());
}

} // namespace

class TestMessageTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCommandRoundTripsThroughItsLine()
    {
        forEachAlternative<Command>([&]<typename T>(std::type_identity<T>) {
            const T sent = sample<T>();
            const CommandEnvelope envelope{QStringLiteral("c-1"), sampleTime, Actor{QStringLiteral("dan"), Department::Dispatch},
                                           sent, {}, {}};
            const QByteArray line = encodeCommandLine(envelope);
            const ParsedCommand parsed = parseCommandLine(line);
            QVERIFY2(!parsed.rejection, qPrintable(QString::fromUtf8(line) + u' ' + (parsed.rejection ? parsed.rejection->message : QString())));
            QVERIFY2(parsed.envelope, line.constData());
            const T *read = std::get_if<T>(&parsed.envelope->command);
            QVERIFY2(read, line.constData());
            QCOMPARE(differences(sent, *read), QStringList());
            QCOMPARE(encodeCommandData(parsed.envelope->command), encodeCommandData(envelope.command));
        });
    }

    void everyEventRoundTripsThroughItsData()
    {
        forEachAlternative<Event>([&]<typename T>(std::type_identity<T>) {
            const T written = sample<T>();
            const Event event = written;
            const QString type = eventTypeName(event);
            const auto decoded = eventcodec::decode(type, eventcodec::currentSchemaVersion(type), eventcodec::encode(event), sampleTime);
            QVERIFY2(decoded, qPrintable(type));
            const T *read = std::get_if<T>(&*decoded);
            QVERIFY2(read, qPrintable(type));
            QCOMPARE(differences(written, *read), QStringList());
        });
    }

    // Events of the current version are read from the checked text, older ones through Qt's
    // JSON classes: both readers give the same message for the same data, however it differs.
    void checkedReadsAgreeWithQtReads()
    {
        forEachAlternative<Event>([&]<typename T>(std::type_identity<T>) {
            for (const QByteArray &json : variantsOf(fieldcodec::encode(sample<T>()))) {
                strictjson::Document doc;
                QVERIFY2(!strictjson::check(json, &doc), json.constData());
                const T viaQt = fieldcodec::read<T>(QJsonDocument::fromJson(json).object());
                const T checked = fieldcodec::read<T>(doc, 0);
                QVERIFY2(differences(viaQt, checked).isEmpty(),
                         qPrintable(differences(viaQt, checked).join(u',') + u' ' + QString::fromUtf8(json)));
            }
        });
    }

    // Stored text the strict check refuses (a name given twice) is still read, as before.
    void dataTheStrictCheckRefusesIsStillRead()
    {
        const QByteArray twice = R"({"accountId":"A-1","accountId":"A-1","name":"Prairie Mills","creditLimitCents":null,"termsDays":30})";
        QVERIFY(strictjson::check(twice));
        const std::optional<Event> e = eventcodec::decode(u"AccountOpened", 2, twice, sampleTime);
        QVERIFY(e);
        QCOMPARE(std::get<ev::AccountOpened>(*e).name, QStringLiteral("Prairie Mills"));
    }

    void anUnknownFieldIsInvalidWithItsPath()
    {
        forEachAlternative<Command>([&]<typename T>(std::type_identity<T>) {
            QByteArray line = encodeCommandLine({QStringLiteral("c-1"), sampleTime,
                                                 Actor{QStringLiteral("dan"), Department::Dispatch}, sample<T>(), {}, {}});
            line.replace("\"data\":{", "\"data\":{\"colour\":\"red\",");
            const ParsedCommand parsed = parseCommandLine(line);
            QVERIFY2(parsed.rejection, line.constData());
            QCOMPARE(parsed.rejection->code, RejectionCode::Invalid);
            QCOMPARE(parsed.rejection->field, QStringLiteral("data.colour"));
        });
    }

    void commandsHaveTheirDepartmentAndEntity_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("department");
        QTest::addColumn<QString>("entity");
        const auto row = [](const char *t, const char *d, const char *e) { QTest::newRow(t) << QString::fromLatin1(t) << QString::fromLatin1(d) << QString::fromLatin1(e); };
        row("OpenAccount", "finance", "account:accountId-7");
        row("RegisterTruck", "dispatch", "truck:truckId-7");
        row("SubmitShipment", "customer-service", "shipment:shipmentId-7");
        row("CancelShipment", "customer-service", "shipment:shipmentId-7");
        row("AssignTruck", "dispatch", "shipment:shipmentId-7");
        row("ShipShipment", "dispatch", "shipment:shipmentId-7");
        row("DeliverShipment", "dispatch", "shipment:shipmentId-7");
        row("ReportBreakdown", "dispatch", "truck:truckId-7");
        row("ReturnTruckToService", "dispatch", "truck:truckId-7");
        row("PostPayment", "finance", "account:accountId-7");
        row("ReversePayment", "finance", "account:accountId-7");
        row("SchedulePricingRule", "finance", "rule:ruleId-7");
        row("InvoiceAccount", "system", "shipment:shipmentId-7");
        row("UnassignShipment", "system", "shipment:shipmentId-7");
        row("RecordCheckCall", "dispatch", "shipment:shipmentId-7");
    }
    void commandsHaveTheirDepartmentAndEntity()
    {
        QFETCH(QString, type);
        QFETCH(QString, department);
        QFETCH(QString, entity);
        bool seen = false;
        forEachAlternative<Command>([&]<typename T>(std::type_identity<T>) {
            const Command c = sample<T>();
            if (commandTypeName(c) != type)
                return;
            seen = true;
            QCOMPARE(departmentName(departmentFor(c)), department);
            QCOMPARE(departmentName(departmentForType(type)), department);
            QCOMPARE(targetEntity(c), entity);
        });
        QVERIFY(seen);
    }

    void eventsHaveTheirStreamAndEntity_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QString>("entity");
        const auto row = [](const char *t, const char *s, const char *e) { QTest::newRow(t) << QString::fromLatin1(t) << QString::fromLatin1(s) << QString::fromLatin1(e); };
        row("AccountOpened", "account-accountId-7", "account:accountId-7");
        row("TruckRegistered", "truck-truckId-7", "truck:truckId-7");
        row("ShipmentSubmitted", "shipment-shipmentId-7", "shipment:shipmentId-7");
        row("ShipmentCancelled", "shipment-shipmentId-7", "shipment:shipmentId-7");
        row("ShipmentAssigned", "shipment-shipmentId-7", "shipment:shipmentId-7");
        row("ShipmentShipped", "shipment-shipmentId-7", "shipment:shipmentId-7");
        row("ShipmentDelivered", "shipment-shipmentId-7", "shipment:shipmentId-7");
        row("ShipmentUnassigned", "shipment-shipmentId-7", "shipment:shipmentId-7");
        row("TruckBrokeDown", "truck-truckId-7", "truck:truckId-7");
        row("TruckReturnedToService", "truck-truckId-7", "truck:truckId-7");
        row("PaymentPosted", "account-accountId-7", "account:accountId-7");
        row("PaymentReversed", "account-accountId-7", "account:accountId-7");
        row("PricingRuleScheduled", "pricing-schedule", "rule:ruleId-7");
        row("AccountInvoiced", "account-accountId-7", "account:accountId-7");
        row("CheckCallRecorded", "shipment-shipmentId-7", "shipment:shipmentId-7");
    }
    void eventsHaveTheirStreamAndEntity()
    {
        QFETCH(QString, type);
        QFETCH(QString, stream);
        QFETCH(QString, entity);
        bool seen = false;
        forEachAlternative<Event>([&]<typename T>(std::type_identity<T>) {
            const Event e = sample<T>();
            if (eventTypeName(e) != type)
                return;
            seen = true;
            QCOMPARE(streamOf(e), stream);
            QCOMPARE(entityOf(e), entity);
        });
        QVERIFY(seen);
    }

    // Stored events of an older version read as today's shape, with the contract's defaults.
    void olderVersionsUpcast_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("version");
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<qint64>("occurredAt");
        QTest::addColumn<QByteArray>("today");

        QTest::newRow("AccountOpened v1: no limit, 30 days")
            << QStringLiteral("AccountOpened") << 1 << QByteArray(R"({"accountId":"A-1","name":"Prairie Mills"})") << sampleTime
            << QByteArray(R"({"accountId":"A-1","name":"Prairie Mills","creditLimitCents":null,"termsDays":30})");
        QTest::newRow("AccountOpened v2 unchanged")
            << QStringLiteral("AccountOpened") << 2
            << QByteArray(R"({"accountId":"A-1","name":"Prairie Mills","creditLimitCents":0,"termsDays":0})") << sampleTime
            << QByteArray(R"({"accountId":"A-1","name":"Prairie Mills","creditLimitCents":0,"termsDays":0})");
        const QByteArray address = R"({"name":"Mill","line1":"1 Main St","city":"Omaha","state":"NE","zip":"68102"})";
        const QByteArray shipment = R"({"shipmentId":"S-1","accountId":"A-1","pickup":)" + address + R"(,"destination":)" + address
                                    + R"(,"weightLb":100,"priceCents":2800,"ruleId":null)";
        QTest::newRow("ShipmentSubmitted v1: no reference, no promises")
            << QStringLiteral("ShipmentSubmitted") << 1 << QByteArray(shipment + "}") << sampleTime
            << QByteArray(shipment + R"(,"customerReference":null,"pickupBy":null,"deliverBy":null})");
        QTest::newRow("AccountInvoiced v1: due 30 days after it occurred")
            << QStringLiteral("AccountInvoiced") << 1 << QByteArray(R"({"accountId":"A-1","shipmentId":"S-1","amountCents":2800})")
            << sampleTime << QByteArray(R"({"accountId":"A-1","shipmentId":"S-1","amountCents":2800,"dueAt":"2026-02-04T10:00:00.123Z"})");
        QTest::newRow("AccountInvoiced v1 across a month end")
            << QStringLiteral("AccountInvoiced") << 1 << QByteArray(R"({"accountId":"A-1","shipmentId":"S-1","amountCents":2800})")
            << qint64(1769817600000) /* 2026-01-31T00:00:00Z */
            << QByteArray(R"({"accountId":"A-1","shipmentId":"S-1","amountCents":2800,"dueAt":"2026-03-02T00:00:00.000Z"})");
        QTest::newRow("AccountInvoiced v2 keeps its own date")
            << QStringLiteral("AccountInvoiced") << 2
            << QByteArray(R"({"accountId":"A-1","shipmentId":"S-1","amountCents":2800,"dueAt":"2026-01-20T00:00:00.000Z"})") << sampleTime
            << QByteArray(R"({"accountId":"A-1","shipmentId":"S-1","amountCents":2800,"dueAt":"2026-01-20T00:00:00.000Z"})");
    }

    void olderVersionsUpcast()
    {
        QFETCH(QString, type);
        QFETCH(int, version);
        QFETCH(QByteArray, stored);
        QFETCH(qint64, occurredAt);
        QFETCH(QByteArray, today);
        QCOMPARE(eventcodec::currentSchemaVersion(type), 2);
        const std::optional<Event> e = eventcodec::decode(type, version, stored, occurredAt);
        QVERIFY(e);
        QCOMPARE(eventcodec::encode(*e), today);
        QVERIFY(!eventcodec::decode(type, 3, stored, occurredAt)); // from a newer release: not read
    }
};

QTEST_GUILESS_MAIN(TestMessageTable)
#include "tst_messagetable.moc"
