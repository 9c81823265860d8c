// What verify and the snapshot reader must see: tampering with the events, the command log and
// the snapshots, made through a raw SQLite connection behind the store's back.

#include "fixtures.h"
#include "rawconnection.h"

#include "codec/commandparser.h"
#include "demo/workload.h"
#include "reducer/reducer.h"
#include "store/snapshots.h"

#include <QDataStream>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;
using namespace fixtures;
using hs::test::RawConnection;

namespace {

const QString A1 = QStringLiteral("A-1");
constexpr qint64 realAmount = 68992; // $689.92
constexpr qint64 forgedAmount = 123456789;

std::vector<ParsedCommand> workload(int count)
{
    Workload::Options o;
    o.seed = 11;
    o.startMs = at(0);
    Workload w(o);
    std::vector<ParsedCommand> out;
    while (int(out.size()) < count)
        for (CommandEnvelope &c : w.nextRound())
            out.push_back(parsedFrom(std::move(c)));
    return out;
}

// The eight bytes QDataStream writes for a qint64, to find an amount inside a snapshot.
QByteArray bigEndian(qint64 n)
{
    QByteArray bytes;
    QDataStream(&bytes, QIODevice::WriteOnly) << n;
    return bytes;
}

} // namespace

class TestIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tamperingIsFound_data();
    void tamperingIsFound();
    void truncationFailsTheAnchor();
    void aForgedAppendFailsTheCommandLog();
    void anchorsAreRead();
    void hugeSnapshotCountIsIgnored();
    void damagedSnapshotIsIgnored();
    void forgedSnapshotIsFoundByVerify();
    void snapshotOfAnotherPositionIsIgnored();

private:
    std::unique_ptr<Reducer> open(qint64 snapshotEvery = 1000000);
    std::unique_ptr<Reducer> storeWithPayment();
    QByteArray latestSnapshot(qint64 *position);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestIntegrity::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("store.db"));
}

void TestIntegrity::cleanup() { m_dir.reset(); }

std::unique_ptr<Reducer> TestIntegrity::open(qint64 snapshotEvery)
{
    StoreError error;
    Reducer::Options options;
    options.snapshotEvery = snapshotEvery;
    auto r = Reducer::open(m_path, options, &error);
    if (!r || !r->ensureStore(&error))
        qFatal("cannot open the store: %s", qPrintable(error.message));
    return r;
}

// An account with one payment of $689.92, and a snapshot taken after every batch.
std::unique_ptr<Reducer> TestIntegrity::storeWithPayment()
{
    auto r = open(1);
    r->submit(command(QStringLiteral("c-open"), cmd::OpenAccount{A1, QStringLiteral("Prairie Feed & Seed")}, at(0)));
    r->submit(command(QStringLiteral("c-pay"), cmd::PostPayment{A1, realAmount, QStringLiteral("CHK-1")}, at(1)));
    return r;
}

QByteArray TestIntegrity::latestSnapshot(qint64 *position)
{
    RawConnection raw(m_path);
    *position = raw.scalar(QStringLiteral("SELECT max(position) FROM snapshots")).toLongLong();
    return raw.scalar(QStringLiteral("SELECT state FROM snapshots WHERE position = %1").arg(*position)).toByteArray();
}

void TestIntegrity::tamperingIsFound_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("mentions");

    const QString firstRejected = QStringLiteral("(SELECT min(seq) FROM commands WHERE status = 'rejected')");
    const QString firstAccepted = QStringLiteral("(SELECT min(seq) FROM commands WHERE status = 'accepted')");
    QTest::newRow("a rejection shown as accepted")
        << QStringLiteral("UPDATE commands SET status = 'accepted', code = NULL, message = NULL WHERE seq = %1").arg(firstRejected)
        << QStringLiteral("is logged as accepted but its events are not in the store");
    QTest::newRow("an acceptance shown as rejected")
        << QStringLiteral("UPDATE commands SET status = 'rejected', code = 'not_found' WHERE seq = %1").arg(firstAccepted)
        << QStringLiteral("which the command log does not show as accepted");
    QTest::newRow("another user")
        << QStringLiteral("UPDATE commands SET actor_user = 'mallory' WHERE seq = %1").arg(firstAccepted)
        << QStringLiteral("names another actor than the command log gives");
    QTest::newRow("another department")
        << QStringLiteral("UPDATE commands SET actor_department = CASE actor_department WHEN 'finance' THEN 'dispatch' ELSE 'finance' END "
                          "WHERE seq = %1").arg(firstAccepted)
        << QStringLiteral("names another actor than the command log gives");
    QTest::newRow("a rejection without its code")
        << QStringLiteral("UPDATE commands SET code = NULL WHERE seq = %1").arg(firstRejected)
        << QStringLiteral("is logged as rejected without a known rejection code");
    QTest::newRow("an unknown rejection code")
        << QStringLiteral("UPDATE commands SET code = 'fine' WHERE seq = %1").arg(firstRejected)
        << QStringLiteral("is logged as rejected without a known rejection code");
    QTest::newRow("a command removed from the log")
        << QStringLiteral("DELETE FROM commands WHERE seq = %1").arg(firstAccepted)
        << QStringLiteral("which is not in the command log");
    QTest::newRow("an unknown status")
        << QStringLiteral("UPDATE commands SET status = 'pending' WHERE seq = %1").arg(firstRejected)
        << QStringLiteral("has an unknown status");
    QTest::newRow("a command's events moved")
        << QStringLiteral("UPDATE commands SET first_position = first_position + 1, last_position = last_position + 1 WHERE seq = %1")
               .arg(firstAccepted)
        << QStringLiteral("the events at its positions belong to another command");
    QTest::newRow("a rejection given events")
        << QStringLiteral("UPDATE commands SET first_position = 1, last_position = 1 WHERE seq = %1").arg(firstRejected)
        << QStringLiteral("is logged as rejected but names events");
}

void TestIntegrity::tamperingIsFound()
{
    QFETCH(QString, sql);
    QFETCH(QString, mentions);

    auto r = open();
    QVERIFY(!r->submit(workload(200)).failure);
    QVERIFY(r->headPosition() > 30);
    QVERIFY2(r->verify().isEmpty(), qPrintable(r->verify().join(u'\n')));
    {
        RawConnection raw(m_path);
        QVERIFY(raw.scalar(QStringLiteral("SELECT count(*) FROM commands WHERE status = 'rejected'")).toInt() > 0);
        QVERIFY(raw.exec(sql));
    }
    const QStringList problems = r->verify();
    QVERIFY2(problems.join(u'\n').contains(mentions), qPrintable(problems.join(u'\n')));
}

void TestIntegrity::truncationFailsTheAnchor()
{
    auto r = open();
    QVERIFY(!r->submit(workload(120)).failure);
    const maintenance::Anchor anchor = maintenance::head(r->database());
    QCOMPARE(anchor.position, r->headPosition());
    QCOMPARE(anchor.hash.size(), 32);
    QCOMPARE(r->verify({anchor}), QStringList());
    r.reset();
    {
        // Delete the last event and fix the head so that the chain ends cleanly one earlier;
        // the read models are rebuilt too, as a careful forger would.
        RawConnection raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM events WHERE position = (SELECT max(position) FROM events)")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = (SELECT max(position) FROM events) WHERE key = 'head_position'")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = (SELECT hash FROM events ORDER BY position DESC LIMIT 1) "
                                        "WHERE key = 'head_hash'")));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM snapshots")));
    }
    r = open();
    StoreError error;
    QVERIFY(r->rebuild(&error));
    const QStringList withoutAnchor = r->verify();
    QVERIFY2(withoutAnchor.join(u'\n').contains(QStringLiteral("its events are not in the store")), qPrintable(withoutAnchor.join(u'\n')));
    for (const QString &p : withoutAnchor)
        QVERIFY2(!p.contains(QStringLiteral("hash")), qPrintable(p)); // the chain itself is intact
    const QStringList problems = r->verify({anchor});
    QVERIFY2(problems.join(u'\n').contains(QStringLiteral("The store ends at event %1, before the anchor %2:")
                                               .arg(anchor.position - 1).arg(anchor.position)),
             qPrintable(problems.join(u'\n')));
}

void TestIntegrity::aForgedAppendFailsTheCommandLog()
{
    auto r = open();
    QVERIFY(!r->submit(workload(120)).failure);
    const maintenance::Anchor anchor = maintenance::head(r->database());
    r.reset();
    {
        // Appended through the store's own code, so that the chain and head are recomputed.
        StoreError error;
        auto db = Database::open(m_path, Database::Mode::ReadWrite, &error);
        QVERIFY(db);
        EventStore events(*db);
        RecordedEvent forged;
        forged.event = ev::PaymentPosted{QStringLiteral("A-1"), 500000, QStringLiteral("FORGED-1")};
        forged.occurredAt = forged.recordedAt = at(10000);
        forged.commandId = forged.causationId = forged.correlationId = QStringLiteral("forged-1");
        forged.actor = bookkeeper();
        QVERIFY(db->beginWrite());
        QVERIFY2(events.append(forged, &error), qPrintable(error.message));
        QVERIFY(events.saveHead());
        QVERIFY(db->commit());
    }
    r = open();
    StoreError error;
    QVERIFY(r->rebuild(&error));
    const maintenance::Anchor after = maintenance::head(r->database());
    QCOMPARE(after.position, anchor.position + 1);
    // The chain still passes through the earlier anchor; the command log gives the forgery away.
    const QStringList problems = r->verify({anchor});
    QCOMPARE(problems, QStringList{QStringLiteral("Event %1 was caused by command forged-1, which is not in the command log.")
                                       .arg(after.position)});
}

void TestIntegrity::anchorsAreRead()
{
    const QString hash(64, u'a');
    QCOMPARE(maintenance::parseAnchor(QStringLiteral("17:") + hash)->position, 17);
    QCOMPARE(maintenance::parseAnchor(QStringLiteral("17:") + hash.toUpper())->hash, QByteArray(32, '\xaa'));
    QCOMPARE(maintenance::parseAnchor(u"0:")->position, 0);
    for (const QString &bad : {QStringLiteral("17"), QStringLiteral("17:abc"), QStringLiteral("-1:") + hash,
                               QStringLiteral("017:") + hash, QStringLiteral("0:") + hash, QStringLiteral("17:"),
                               QStringLiteral("x:") + hash, QStringLiteral("17:") + hash + u'a'})
        QVERIFY2(!maintenance::parseAnchor(bad), qPrintable(bad));
    QCOMPARE(maintenance::anchorJson({3, QByteArray(32, '\x01')}),
             "{\"position\":3,\"hash\":\"" + QByteArray(32, '\x01').toHex() + "\"}");

    auto r = open();
    QVERIFY(!r->submit(workload(60)).failure);
    maintenance::Anchor wrong = maintenance::head(r->database());
    wrong.hash[0] = char(wrong.hash[0] ^ 1);
    const QStringList problems = r->verify({wrong});
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems[0].contains(QStringLiteral("no longer passes through the anchor")), qPrintable(problems[0]));
}

void TestIntegrity::hugeSnapshotCountIsIgnored()
{
    const QByteArray replayed = storeWithPayment()->state().serialize();
    qint64 position = 0;
    QString problem;
    auto sealed = snapshots::unseal(latestSnapshot(&position), &problem);
    QVERIFY2(sealed, qPrintable(problem));
    // The shipment count follows magic, version and position: claim 2^40 shipments.
    sealed->payload.replace(16, 8, bigEndian(qint64(1) << 40));
    {
        RawConnection raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("UPDATE snapshots SET state = ? WHERE position = ?"),
                         {snapshots::seal(*sealed), position}));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("The snapshot at event %1 is ignored \\(its contents are implausible\\)").arg(position)));
    auto r = open(1000000);
    QCOMPARE(r->state().serialize(), replayed);
    // Still a working store: it takes a payment, and verify names the bad snapshot.
    QVERIFY(r->submit(command(QStringLiteral("c-pay-2"), cmd::PostPayment{A1, 100, QStringLiteral("CHK-2")}, at(2))).results[0].accepted);
    const QStringList problems = r->verify();
    QCOMPARE(problems, QStringList{QStringLiteral("The snapshot at event %1 is damaged: its contents are implausible.").arg(position)});
}

void TestIntegrity::damagedSnapshotIsIgnored()
{
    storeWithPayment().reset();
    qint64 position = 0;
    QByteArray bytes = latestSnapshot(&position);
    const qsizetype at = bytes.indexOf(bigEndian(realAmount));
    QVERIFY(at > 0);
    bytes.replace(at, 8, bigEndian(forgedAmount)); // the checksum is left as it was
    {
        RawConnection raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("UPDATE snapshots SET state = ? WHERE position = ?"), {bytes, position}));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("The snapshot at event %1 is ignored \\(its checksum does not match").arg(position)));
    auto r = open(1000000);
    QCOMPARE(r->state().findAccount(A1)->payments.value(QStringLiteral("CHK-1")).amountCents, realAmount);
    const CommandResult reversal = r->submit(command(QStringLiteral("c-reverse"), cmd::ReversePayment{A1, QStringLiteral("CHK-1"), QStringLiteral("bounced")}, fixtures::at(5))).results[0];
    QVERIFY(reversal.accepted);
    QCOMPARE(std::get<ev::PaymentReversed>(reversal.events.at(0).event).amountCents, realAmount);
    QVERIFY(r->verify().join(u'\n').contains(QStringLiteral("its checksum does not match its contents")));
}

void TestIntegrity::forgedSnapshotIsFoundByVerify()
{
    storeWithPayment().reset();
    qint64 position = 0;
    QString problem;
    auto sealed = snapshots::unseal(latestSnapshot(&position), &problem);
    QVERIFY(sealed);
    const qsizetype at = sealed->payload.indexOf(bigEndian(realAmount));
    QVERIFY(at > 0);
    sealed->payload.replace(at, 8, bigEndian(forgedAmount));
    {
        RawConnection raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("UPDATE snapshots SET state = ? WHERE position = ?"), {snapshots::seal(*sealed), position}));
    }
    auto r = open(1000000);
    const QStringList problems = r->verify();
    QCOMPARE(problems, QStringList{QStringLiteral("The snapshot at event %1 differs from a replay of the events up to it: "
                                                  "it was forged or the events before it were changed.").arg(position)});
}

void TestIntegrity::snapshotOfAnotherPositionIsIgnored()
{
    storeWithPayment().reset();
    {
        // The snapshot after the first event, filed under the second.
        RawConnection raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM snapshots WHERE position = 2")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE snapshots SET position = 2 WHERE position = 1")));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("The snapshot at event 2 is ignored \\(it covers event 1 but is filed under event 2\\)")));
    auto r = open(1000000);
    QCOMPARE(r->state().position(), 2);
    QVERIFY(r->state().findAccount(A1)->payments.contains(QStringLiteral("CHK-1")));
}

QTEST_GUILESS_MAIN(TestIntegrity)
#include "tst_integrity.moc"
