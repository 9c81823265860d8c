#include "codec/catalog.h"
#include "readmodel/operationsqueries.h"
#include "codec/eventcodec.h"
#include "demo/demoseed.h"
#include "storefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace hs;

namespace {

// Every alternative of the Event variant, default-constructed: the code's own list of types.
template <size_t... I> QStringList allEventTypes(std::index_sequence<I...>)
{
    return {eventTypeName(Event(std::in_place_index<I>))...};
}
QStringList allEventTypes() { return allEventTypes(std::make_index_sequence<std::variant_size_v<Event>>{}); }

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryEventTypeOnce()
    {
        QStringList listed;
        for (const CatalogEntry &e : eventCatalog())
            listed << e.type;
        QStringList expected = allEventTypes();
        QCOMPARE(listed.size(), expected.size());
        listed.sort();
        expected.sort();
        QCOMPARE(listed, expected);
    }

    void fieldsComeFromTheCodec()
    {
        for (const CatalogEntry &e : eventCatalog()) {
            QVERIFY2(!e.fields.isEmpty(), qPrintable(e.type));
            QVERIFY2(!e.producedBy.isEmpty(), qPrintable(e.type));
            QVERIFY2(!e.consumedBy.isEmpty(), qPrintable(e.type));
            QVERIFY(QStringList({"customer-service", "dispatch", "finance"}).contains(e.context));
            QCOMPARE(e.schemaVersion, eventcodec::currentSchemaVersion(e.type));
            QCOMPARE(e.storedVersions.last(), e.schemaVersion);
        }
        const auto entry = [](const QString &type) {
            for (const CatalogEntry &e : eventCatalog())
                if (e.type == type)
                    return e;
            return CatalogEntry{};
        };
        // The contract's field lists, in the order the codec writes them.
        QCOMPARE(entry("ShipmentSubmitted").fields,
                 QStringList({"shipmentId", "accountId", "pickup", "destination", "weightLb", "priceCents", "ruleId",
                              "customerReference", "pickupBy", "deliverBy"}));
        QCOMPARE(entry("PricingRuleScheduled").fields, QStringList({"ruleId", "effectiveFrom", "centsPerLb", "minimumCents"}));
        QCOMPARE(entry("PricingRuleScheduled").storedVersions, QList<int>({1, 2}));
        QCOMPARE(entry("AccountInvoiced").producedBy, QStringList{"InvoiceAccount"});
        QVERIFY(entry("ShipmentDelivered").consumedBy.contains("listener:delivery-invoicing"));
    }

    void countsWhatIsStored()
    {
        test::TempStore store;
        StoreError error;
        QVERIFY(seedDemo(*store.reducer, 1767600000000, &error));
        auto catalog = eventCatalog();
        countStored(catalog, store.reducer->database().connection());
        qint64 total = 0;
        for (const CatalogEntry &e : catalog) {
            QSqlQuery q(store.reducer->database().connection());
            q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE type = ?"));
            q.addBindValue(e.type);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(e.count, q.value(0).toLongLong());
            total += e.count;
        }
        QCOMPARE(total, store.reducer->headPosition());

        const QJsonArray json = QJsonDocument::fromJson(catalogJson(catalog)).array();
        QCOMPARE(json.size(), qsizetype(catalog.size()));
        for (const auto &v : json)
            for (const char *key : {"type", "schemaVersion", "context", "fields", "producedBy", "consumedBy", "count"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        // The demo shows the operations depth out of the box.
        for (const char *type : {"CreditLimitSet", "CreditHoldPlaced", "InvoiceWrittenOff", "CheckCallRecorded"})
            QVERIFY2(std::any_of(catalog.begin(), catalog.end(), [&](const CatalogEntry &e) { return e.type == QLatin1String(type) && e.count > 0; }), type);
        ReadModelQueries q(store.reducer->database().connection());
        int overLimit = 0, onHold = 0;
        for (const AccountView &a : q.accounts()) {
            overLimit += a.credit().availableCents().value_or(0) < 0;
            onHold += a.onHold;
        }
        QCOMPARE(overLimit, 1);
        QCOMPARE(onHold, 1);
        ShipmentQuery withReference;
        withReference.reference = QStringLiteral("PO-");
        QCOMPARE(q.shipments(withReference).size(), size_t(2));
        QVERIFY(!atRiskShipments(q, nullptr, 1767600000000).empty());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
