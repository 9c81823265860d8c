// The command log through its one door: what the reducer records is found, probed, listed,
// searched and copied with every field, on SQLite and PostgreSQL.

#include "fixtures.h"

#include "reducer/reducer.h"
#include "store/commandlog.h"

#include <QTemporaryDir>
#include <QTest>

#include "teststore.h"

using namespace hs;
using namespace fixtures;

class TestCommandLog : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<Reducer> reducer;

    CommandLog log() { return CommandLog(reducer->database().connection()); }

    static QStringList idsOf(const std::vector<CommandLogEntry> &entries)
    {
        QStringList ids;
        for (const CommandLogEntry &e : entries)
            ids << e.commandId;
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        StoreError error;
        reducer = Reducer::open(test::storeLocation(dir, QStringLiteral("log.db")), &error);
        QVERIFY2(reducer && reducer->ensureStore(&error), qPrintable(error.message));
        const std::vector<CommandEnvelope> story{
            command(QStringLiteral("c_1"), cmd::OpenAccount{QStringLiteral("A-1"), QStringLiteral("Wheatland Co-op")}, at(0)),
            command(QStringLiteral("cx1"), cmd::RegisterTruck{QStringLiteral("T-1"), 40000}, at(1)),
            command(QStringLiteral("c-2"), submit(QStringLiteral("S-1"), QStringLiteral("A-1"), 1200), at(2)),
            command(QStringLiteral("c-3"), cmd::AssignTruck{QStringLiteral("S-1"), QStringLiteral("T-1")}, at(3)),
            command(QStringLiteral("c-4"), cmd::ShipShipment{QStringLiteral("S-1")}, at(4)),
            command(QStringLiteral("c-5"), cmd::DeliverShipment{QStringLiteral("S-1"), QStringLiteral("Pat")}, at(5)),
            command(QStringLiteral("c-6"), cmd::PostPayment{QStringLiteral("A-9"), 100, QStringLiteral("CHK-1")}, at(6)),
        };
        for (const CommandEnvelope &c : story)
            QVERIFY(!reducer->submit(c).failure);
    }

    void findsAnAcceptedAndARejectedCommandWithEveryField()
    {
        const auto delivered = log().find(QStringLiteral("c-5"));
        QVERIFY(delivered);
        QCOMPARE(delivered->status, QStringLiteral("accepted"));
        QCOMPARE(delivered->type, QStringLiteral("DeliverShipment"));
        QCOMPARE(delivered->actor, std::optional(dispatcher()));
        QCOMPARE(delivered->issuedAt, std::optional(at(5)));
        QVERIFY(delivered->firstPosition > 0);
        QVERIFY2(delivered->lastPosition > delivered->firstPosition, "the invoicing listener's events belong to the delivery");
        const auto unknownAccount = log().find(QStringLiteral("c-6"));
        QVERIFY(unknownAccount);
        QCOMPARE(unknownAccount->status, QStringLiteral("rejected"));
        QCOMPARE(unknownAccount->code, QStringLiteral("not_found"));
        QVERIFY(!unknownAccount->message.isEmpty());
        QCOMPARE(unknownAccount->firstPosition, qint64(0));
        QVERIFY(!log().find(QStringLiteral("c-404")));
    }

    void probesABatchListsAndFollowsACorrelation()
    {
        const auto known = log().probe({QStringLiteral("c-2"), QStringLiteral("c-404"), QStringLiteral("c_1")});
        QVERIFY(known);
        QCOMPARE(*known, (IdSet{QStringLiteral("c-2"), QStringLiteral("c_1")}));
        const auto all = log().list();
        QVERIFY(all.size() > 7); // the listener's invoice is logged too
        QCOMPARE(idsOf(log().list(0, -1, at(2))), (QStringList{QStringLiteral("c_1"), QStringLiteral("cx1"), QStringLiteral("c-2")}));
        QCOMPARE(idsOf(log().list(all[1].seq, 1)), QStringList{all[2].commandId});
        const auto delivery = log().ofCorrelation(QStringLiteral("c-5"));
        QCOMPARE(delivery.size(), size_t(2));
        QVERIFY2(!delivery[1].causationId.isEmpty(), "a listener's command is caused by the delivery's event");
        QCOMPARE(delivery[1].correlationId, QStringLiteral("c-5"));
        QCOMPARE(delivery[1].type, QStringLiteral("InvoiceAccount"));
        QCOMPARE(idsOf(log().recentUserCommands(2)), (QStringList{QStringLiteral("c-6"), QStringLiteral("c-5")}));
    }

    void everyRejectionCodeIsReadBackFromItsName()
    {
        const QStringList names = rejectionCodeNames();
        QVERIFY(names.contains(QStringLiteral("credit_limit")) && names.contains(QStringLiteral("over_capacity")));
        for (const QString &name : names)
            QCOMPARE(rejectionCodeName(rejectionCodeFromName(name).value_or(RejectionCode::Invalid)), name);
        QVERIFY(!rejectionCodeFromName(u"not_a_code"));
    }

    void searchTakesUnderscoreLiterally()
    {
        CommandSearch s;
        s.text = QStringLiteral("c_1");
        QCOMPARE(idsOf(log().search(s)), QStringList{QStringLiteral("c_1")});
        s.text = QStringLiteral("NOT_FOUND");
        QCOMPARE(idsOf(log().search(s)), QStringList{QStringLiteral("c-6")});
    }

    void aCopyKeepsEveryField()
    {
        StoreError error;
        auto target = Database::openMemory(&error);
        QVERIFY2(target && target->ensureSchema(&error), qPrintable(error.message));
        CommandLog into(target->connection());
        const auto before = log().list(0, -1, std::nullopt, CommandLog::Payload::With);
        const auto copied = log().copyInto(into, before.back().seq);
        QCOMPARE(copied, std::optional(qint64(before.size() - 1)));
        const auto after = into.list(0, -1, std::nullopt, CommandLog::Payload::With);
        QCOMPARE(after.size(), before.size() - 1);
        for (size_t i = 0; i < after.size(); ++i) {
            CommandLogEntry a = after[i], b = before[i];
            a.seq = b.seq = 0;
            QCOMPARE(a.commandId, b.commandId);
            QCOMPARE(std::tie(a.type, a.status, a.code, a.message, a.field, a.issuedAt, a.actor, a.causationId, a.correlationId,
                              a.firstPosition, a.lastPosition, a.recordedAt, a.payload),
                     std::tie(b.type, b.status, b.code, b.message, b.field, b.issuedAt, b.actor, b.causationId, b.correlationId,
                              b.firstPosition, b.lastPosition, b.recordedAt, b.payload));
        }
        QVERIFY(!after.front().payload.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLog)
#include "tst_commandlog.moc"
