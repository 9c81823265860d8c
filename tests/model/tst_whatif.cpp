#include "explore/whatif.h"
#include "explore/whatifrunner.h"
#include "readmodel/queries.h"
#include "storefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace hs;
using hs::test::commandLine;

// Given one shipment through its whole life and a payment, skip parts of it in a branch.
class TestWhatIf : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> store;

    static QJsonObject object(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }
    const WhatIf::Difference *find(const std::vector<WhatIf::Difference> &d, const QString &id)
    {
        for (const auto &x : d)
            if (x.id == id)
                return &x;
        return nullptr;
    }
    qint64 eventCount()
    {
        QSqlQuery q(store->reducer->database().connection());
        q.exec(QStringLiteral("SELECT count(*) FROM events"));
        q.next();
        return q.value(0).toLongLong();
    }
    QString invoiceCommandId()
    {
        for (const auto &c : CommandLog(store->reducer->database().connection()).list())
            if (c.type == u"InvoiceAccount")
                return c.commandId;
        return {};
    }

private Q_SLOTS:
    void init()
    {
        store = std::make_unique<test::TempStore>();
        const QString d = QStringLiteral("dispatch"), f = QStringLiteral("finance");
        QVERIFY(store->submit(commandLine("open", "OpenAccount", "2026-01-05T08:00:00Z", "fiona", f, R"({"accountId":"A-1","name":"Prairie Mills"})")).accepted);
        QVERIFY(store->submit(commandLine("truck", "RegisterTruck", "2026-01-05T08:01:00Z", "dan", d, R"({"truckId":"T-1","capacityLb":40000})")).accepted);
        QVERIFY(store->submit(commandLine("submit", "SubmitShipment", "2026-01-05T09:00:00Z", "carla", "customer-service",
                                          QStringLiteral(R"({"shipmentId":"S-1","accountId":"A-1","pickup":%1,"destination":%2,"weightLb":1000})")
                                              .arg(test::address("Salina"), test::address("Omaha")))).accepted);
        QVERIFY(store->submit(commandLine("assign", "AssignTruck", "2026-01-05T10:00:00Z", "dan", d, R"({"shipmentId":"S-1","truckId":"T-1"})")).accepted);
        QVERIFY(store->submit(commandLine("ship", "ShipShipment", "2026-01-05T11:00:00Z", "dan", d, R"({"shipmentId":"S-1"})")).accepted);
        QVERIFY(store->submit(commandLine("deliver", "DeliverShipment", "2026-01-05T15:00:00Z", "dan", d, R"({"shipmentId":"S-1","signedBy":"Pat"})")).accepted);
        QVERIFY(store->submit(commandLine("pay", "PostPayment", "2026-01-06T09:00:00Z", "fiona", f, R"({"accountId":"A-1","amountCents":10000,"reference":"P-1"})")).accepted);
    }

    void skippingADeliveryRemovesItsInvoiceAndChangesTheBalance()
    {
        const qint64 before = eventCount();
        const WhatIf::Outcome o = WhatIf::run(*store->reducer, {QStringLiteral("deliver")}, {});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.skipped, QStringList{QStringLiteral("deliver")});
        QVERIFY(o.outcomeChanges.empty()); // the payment is accepted either way

        const auto *account = find(o.accounts, QStringLiteral("A-1"));
        QVERIFY(account);
        QCOMPARE(object(account->live).value(u"invoicedCents").toInteger(), 28000); // 1000 lb x the standing 28 c
        QCOMPARE(object(account->branch).value(u"invoicedCents").toInteger(), 0);
        QCOMPARE(object(account->live).value(u"balanceCents").toInteger(), 10000 - 28000);
        QCOMPARE(object(account->branch).value(u"balanceCents").toInteger(), 10000);

        QCOMPARE(o.ledgers.size(), size_t(1));
        const auto hasInvoice = [](const std::vector<LedgerEntry> &l) {
            return std::any_of(l.begin(), l.end(), [](const LedgerEntry &e) { return e.kind == u"invoice"; });
        };
        QVERIFY(hasInvoice(o.ledgers[0].live));
        QVERIFY(!hasInvoice(o.ledgers[0].branch));

        const auto *shipment = find(o.shipments, QStringLiteral("S-1"));
        QVERIFY(shipment);
        QCOMPARE(object(shipment->live).value(u"status").toString(), QStringLiteral("delivered"));
        QCOMPARE(object(shipment->branch).value(u"status").toString(), QStringLiteral("out_for_delivery"));

        // The live store is only read.
        QCOMPARE(eventCount(), before);
        QCOMPARE(store->reducer->verify(), QStringList());
    }

    void skippingAnAssignmentRejectsTheLaterShipAndDeliver()
    {
        const WhatIf::Outcome o = WhatIf::run(*store->reducer, {QStringLiteral("assign")}, {});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.outcomeChanges.size(), size_t(2));
        QCOMPARE(o.outcomeChanges[0].commandId, QStringLiteral("ship"));
        QCOMPARE(o.outcomeChanges[1].commandId, QStringLiteral("deliver"));
        for (const auto &c : o.outcomeChanges) {
            QCOMPARE(c.live, QStringLiteral("accepted"));
            QCOMPARE(c.branch, QStringLiteral("rejected"));
            QCOMPARE(c.code, QStringLiteral("illegal_transition"));
            QVERIFY(!c.message.isEmpty());
        }
        const auto *shipment = find(o.shipments, QStringLiteral("S-1"));
        QVERIFY(shipment);
        QCOMPARE(object(shipment->branch).value(u"status").toString(), QStringLiteral("submitted"));
        const auto *truck = find(o.trucks, QStringLiteral("T-1"));
        QVERIFY(!truck); // free at the end either way
        QVERIFY(find(o.accounts, QStringLiteral("A-1")));
        const QJsonObject json = object(whatIfJson(o));
        QCOMPARE(json.value(u"outcomeChanges").toArray().size(), 2);
    }

    void skippingAListenersCommandMeansItIsNotIssued_data()
    {
        QTest::addColumn<bool>("byEvent");
        QTest::newRow("the invoice command") << false;
        QTest::newRow("the AccountInvoiced event") << true;
    }
    void skippingAListenersCommandMeansItIsNotIssued()
    {
        QFETCH(bool, byEvent);
        const QString invoice = invoiceCommandId();
        QVERIFY(!invoice.isEmpty());
        QString id = invoice;
        if (byEvent) {
            store->reducer->events().forEach({QString(), QStringLiteral("AccountInvoiced")}, [&](const RecordedEvent &e) {
                id = e.eventId;
                return false;
            });
            QVERIFY(id != invoice);
        }
        const qint64 before = eventCount();
        const WhatIf::Outcome o = WhatIf::run(*store->reducer, {id}, {});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.skipped, QStringList{invoice});
        const auto *account = find(o.accounts, QStringLiteral("A-1"));
        QVERIFY(account);
        QCOMPARE(object(account->branch).value(u"invoicedCents").toInteger(), 0);
        QVERIFY(!find(o.shipments, QStringLiteral("S-1"))); // the delivery itself still happened
        QCOMPARE(eventCount(), before);
    }

    void anUnknownIdIsReported()
    {
        const WhatIf::Outcome o = WhatIf::run(*store->reducer, {QStringLiteral("no-such-thing")}, {});
        QCOMPARE(o.unknownId, QStringLiteral("no-such-thing"));
    }

    void theRunnerReplaysOnItsOwnThreadFromTheFile()
    {
        const QString path = store->reducer->database().path();
        WhatIfRunner runner;
        QSignalSpy finished(&runner, &WhatIfRunner::finished);
        runner.start(path, {QStringLiteral("deliver")});
        QVERIFY(finished.wait(20000));
        const auto o = finished.at(0).at(0).value<WhatIf::Outcome>();
        QVERIFY(!finished.at(0).at(1).toBool());
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.accounts.size(), size_t(1));
        QCOMPARE(o.ledgers.size(), size_t(1));
        QVERIFY(!runner.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
