#include "demo/workload.h"
#include "readmodel/positionranges.h"
#include "readmodel/queries.h"
#include "readmodel/shipmentsearch.h"
#include "readmodel/timeline.h"
#include "readmodel/viewjson.h"
#include "storefixture.h"
#include "store/snapshots.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <random>

using namespace hs;

// As-of reads against the definition: the views that the events with occurredAt <= T make,
// replayed in memory from scratch. And the domain-state snapshots the reducer reopens from.
class TestAsOf : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> store;
    std::vector<RecordedEvent> events;
    qint64 lateEvents = 0;

    // Drives the realistic workload, with some commands captured late (their issuedAt earlier
    // than commands already applied to other entities), so that history is out of order.
    // maxRoundsPerBatch: rounds submitted together, from 1 up to it, so that rows change many
    // times within one batch and rows left open by earlier batches are closed.
    static void fill(Reducer &r, int rounds, quint32 seed, int maxRoundsPerBatch = 1)
    {
        Workload::Options o;
        o.seed = seed;
        o.accounts = 5;
        o.trucks = 5;
        o.startMs = 1767600000000; // 2026-01-05
        o.businessHoursOnly = false;
        Workload w(o);
        std::mt19937 rng(seed);
        for (int i = 0; i < rounds;) {
            std::vector<ParsedCommand> batch;
            for (int end = std::min<int>(rounds, i + 1 + int(rng() % maxRoundsPerBatch)); i < end; ++i) {
                for (CommandEnvelope &c : w.nextRound()) {
                    if (rng() % 6 == 0)
                        c.issuedAt -= qint64(rng() % (3 * 3600)) * 1000;
                    ParsedCommand p;
                    p.commandId = c.commandId;
                    p.type = commandTypeName(c.command);
                    p.issuedAt = c.issuedAt;
                    p.actor = c.actor;
                    p.envelope = c;
                    batch.push_back(p);
                }
            }
            QVERIFY(!r.submit(batch).failure);
        }
    }

    template <typename V> static QByteArray json(const V &v) { return viewjson::toJson(v); }

private Q_SLOTS:
    void initTestCase()
    {
        store = std::make_unique<test::TempStore>();
        fill(*store->reducer, 900, 7);
        qint64 max = LLONG_MIN;
        store->reducer->events().forEach({}, [&](const RecordedEvent &e) {
            if (e.occurredAt < max)
                ++lateEvents;
            max = std::max(max, e.occurredAt);
            events.push_back(e);
            return true;
        });
        QVERIFY2(events.size() > 500, qPrintable(QString::number(events.size())));
        QVERIFY2(lateEvents > 20, "the workload must record some history out of order");
    }

    void asOfEqualsAReplayOfTheEventsThatHadOccurred_data()
    {
        QTest::addColumn<qint64>("time");
        std::mt19937_64 rng(42);
        const qint64 first = events.front().occurredAt, last = events.back().occurredAt;
        QTest::newRow("before anything") << first - 1;
        for (int i = 0; i < 25; ++i) {
            const qint64 t = first + qint64(rng() % quint64(last - first + 1));
            QTest::newRow(qPrintable(QStringLiteral("random %1").arg(i))) << t;
        }
        // Exactly at the times of late events, where prefix and late part meet.
        int late = 0;
        qint64 max = LLONG_MIN;
        for (const RecordedEvent &e : events) {
            if (e.occurredAt < max && late++ < 5)
                QTest::newRow(qPrintable(QStringLiteral("at late event %1").arg(e.position))) << e.occurredAt;
            max = std::max(max, e.occurredAt);
        }
        QTest::newRow("after everything") << last + 1;
    }
    void asOfEqualsAReplayOfTheEventsThatHadOccurred()
    {
        QFETCH(qint64, time);
        ViewSet expected;
        for (const RecordedEvent &e : events)
            if (e.occurredAt <= time)
                expected.apply(e);

        ReadModelQueries q(store->reducer->database().connection());
        const auto at = q.resolveAsOf(time);
        QVERIFY(at);

        const auto shipments = q.shipments({}, &*at);
        QCOMPARE(shipments.size(), expected.shipments.size());
        for (const ShipmentView &s : shipments) {
            QVERIFY(expected.shipments.count(s.shipmentId));
            QCOMPARE(json(s), json(expected.shipments.at(s.shipmentId)));
            // Its history as of the moment: its events up to the prefix, late ones put in.
            const auto history = q.history(s.shipmentId, &*at);
            const auto &want = expected.histories.at(s.shipmentId);
            QCOMPARE(history.size(), want.size());
            for (size_t i = 0; i < want.size(); ++i) {
                QCOMPARE(history[i].position, want[i].position);
                QCOMPARE(history[i].shipmentId, want[i].shipmentId);
                QCOMPARE(history[i].type, want[i].type);
                QCOMPARE(history[i].occurredAt, want[i].occurredAt);
                QCOMPARE(history[i].actor.user, want[i].actor.user);
                QCOMPARE(history[i].actor.department, want[i].actor.department);
            }
        }
        const auto trucks = q.trucks(&*at);
        QCOMPARE(trucks.size(), expected.trucks.size());
        for (const TruckView &t : trucks)
            QCOMPARE(json(t), json(expected.trucks.at(t.truckId)));
        const auto accounts = q.accounts(&*at);
        QCOMPARE(accounts.size(), expected.accounts.size());
        for (const AccountView &a : accounts)
            QCOMPARE(json(a), json(expected.accounts.at(a.accountId)));
        QCOMPARE(q.statusCounts(&*at), expected.counts);

        // The unassigned queue as of the moment is read through its ranges, not the versions.
        ShipmentQuery queue;
        queue.status = ShipmentStatus::Submitted;
        queue.order = ShipmentQuery::Order::OldestFirst;
        const auto waiting = q.shipments(queue, &*at);
        QCOMPARE(qint64(waiting.size()), expected.counts[int(ShipmentStatus::Submitted)]);
        for (const ShipmentView &s : waiting)
            QCOMPARE(json(s), json(expected.shipments.at(s.shipmentId)));
    }

    // A page as of a moment with late events is merged from a page of the stored rows and the
    // late ones: it must be the page of the whole replay, whichever filter and order.
    void aPageAsOfALateMomentIsThePageOfTheReplay_data()
    {
        QTest::addColumn<int>("status"); // -1: any
        QTest::addColumn<bool>("oneAccount");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("limit");
        using O = ShipmentQuery::Order;
        QTest::newRow("first page by id") << -1 << false << QString() << int(O::ById) << 0 << 10;
        QTest::newRow("later page by id") << -1 << false << QString() << int(O::ById) << 25 << 10;
        QTest::newRow("oldest first") << -1 << false << QString() << int(O::OldestFirst) << 7 << 12;
        QTest::newRow("newest first") << -1 << false << QString() << int(O::NewestFirst) << 0 << 15;
        QTest::newRow("unassigned queue") << int(ShipmentStatus::Submitted) << false << QString() << int(O::OldestFirst) << 0 << 5;
        QTest::newRow("delivered, newest") << int(ShipmentStatus::Delivered) << false << QString() << int(O::NewestFirst) << 3 << 6;
        QTest::newRow("assigned, by id") << int(ShipmentStatus::Assigned) << false << QString() << int(O::ById) << 0 << 4;
        QTest::newRow("one account") << -1 << true << QString() << int(O::NewestFirst) << 2 << 8;
        QTest::newRow("text") << -1 << false << QStringLiteral("a") << int(O::OldestFirst) << 1 << 9;
        QTest::newRow("past the end") << -1 << false << QString() << int(O::ById) << 100000 << 10;
    }
    void aPageAsOfALateMomentIsThePageOfTheReplay()
    {
        QFETCH(int, status);
        QFETCH(bool, oneAccount);
        QFETCH(QString, text);
        QFETCH(int, order);
        QFETCH(int, offset);
        QFETCH(int, limit);
        ReadModelQueries q(store->reducer->database().connection());
        int lateMoments = 0, pagesWithLateRows = 0;
        qint64 max = LLONG_MIN;
        for (const RecordedEvent &late : events) {
            const bool isLate = late.occurredAt < max;
            max = std::max(max, late.occurredAt);
            if (!isLate || lateMoments >= 12)
                continue;
            ViewSet expected;
            for (const RecordedEvent &e : events)
                if (e.occurredAt <= late.occurredAt)
                    expected.apply(e);
            const auto at = q.resolveAsOf(late.occurredAt);
            QVERIFY(at);
            if (!at->hasLate)
                continue;
            ++lateMoments;
            ShipmentQuery page;
            if (status >= 0)
                page.status = ShipmentStatus(status);
            if (oneAccount) // the account of a shipment changed late, so that its row is merged
                page.accountId = at->late.shipments.empty() ? QStringLiteral("A-100") : at->late.shipments.begin()->second.accountId;
            page.text = text;
            page.order = ShipmentQuery::Order(order);
            page.offset = offset;
            page.limit = limit;

            QSet<QString> accountsNamed;
            const ShipmentTextSearch search(text);
            for (const auto &[id, a] : expected.accounts)
                if (search.matchesName(a.name))
                    accountsNamed.insert(id);
            std::vector<const ShipmentView *> want;
            for (const auto &[id, s] : expected.shipments)
                if ((!page.status || s.status == *page.status) && (!oneAccount || s.accountId == page.accountId)
                    && (text.isEmpty() || search.matches(s, accountsNamed)))
                    want.push_back(&s);
            // Ties on the submitting position (there are none) would go by id: map order, kept.
            std::stable_sort(want.begin(), want.end(), [&](const ShipmentView *a, const ShipmentView *b) {
                return page.order == ShipmentQuery::Order::OldestFirst ? a->submittedPosition < b->submittedPosition
                     : page.order == ShipmentQuery::Order::NewestFirst ? a->submittedPosition > b->submittedPosition
                                                                       : false;
            });
            want.erase(want.begin(), want.begin() + std::min<size_t>(want.size(), offset));
            want.resize(std::min<size_t>(want.size(), limit));

            const auto got = q.shipments(page, &*at);
            QCOMPARE(got.size(), want.size());
            bool lateRow = false;
            for (size_t i = 0; i < got.size(); ++i) {
                QCOMPARE(json(got[i]), json(*want[i]));
                lateRow = lateRow || at->late.shipments.count(got[i].shipmentId);
            }
            pagesWithLateRows += lateRow;
        }
        QVERIFY2(lateMoments >= 5, "the moments must have late events to merge");
        if (ShipmentQuery::Order(order) == ShipmentQuery::Order::NewestFirst && status < 0 && !oneAccount) // late rows are recent
            QVERIFY2(pagesWithLateRows > 0, "some page must show a row changed late");
    }

    // Rows that change several times in one batch are written once, already closed, and rows
    // of earlier batches are closed when first replaced: the read models at every position
    // must still be a replay of the events up to it, and equal a rebuild row for row.
    void asOfEveryPositionOfLargeBatchesEqualsAReplay()
    {
        test::TempStore batched;
        fill(*batched.reducer, 1500, 5, 40);
        QCOMPARE(batched.reducer->verify({}), QStringList());
        std::vector<RecordedEvent> all;
        batched.reducer->events().forEach({}, [&](const RecordedEvent &e) {
            all.push_back(e);
            return true;
        });
        QVERIFY2(all.size() > 1000, qPrintable(QString::number(all.size())));
        ReadModelQueries q(batched.reducer->database().connection());
        ViewSet expected;
        for (const RecordedEvent &e : all) {
            expected.apply(e);
            const AsOf at = q.atPosition(e.position);
            const auto trucks = q.trucks(&at);
            QCOMPARE(trucks.size(), expected.trucks.size());
            for (const TruckView &t : trucks)
                QCOMPARE(json(t), json(expected.trucks.at(t.truckId)));
            const auto accounts = q.accounts(&at);
            QCOMPARE(accounts.size(), expected.accounts.size());
            for (const AccountView &a : accounts)
                QCOMPARE(json(a), json(expected.accounts.at(a.accountId)));
            QCOMPARE(q.statusCounts(&at), expected.counts);
            for (const auto &[id, s] : expected.shipments)
                if (s.version > 0 && expected.histories.at(id).back().position == e.position)
                    QCOMPARE(json(*q.shipment(id, &at)), json(s));
            if (e.position % 7 != 0)
                continue; // the queue's ranges at a sample of the positions
            ShipmentQuery queue;
            queue.status = ShipmentStatus::Submitted;
            QStringList waiting, want;
            for (const ShipmentView &s : q.shipments(queue, &at))
                waiting << s.shipmentId;
            for (const auto &[id, s] : expected.shipments)
                if (s.status == ShipmentStatus::Submitted)
                    want << id;
            QCOMPARE(waiting, want);
        }
    }

    void theQueueRangesFindEveryRangeThatContainsAPosition()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ranges"));
        {
            db.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE r (lo INTEGER PRIMARY KEY, node INTEGER, hi INTEGER)")));
            // Short and long ranges, live ones, and the ends of the position space.
            std::mt19937 rng(11);
            std::vector<std::pair<qint64, qint64>> ranges{{1, 1}, {2, positionranges::openEnd}, {1 << 30, 1 << 30}};
            for (qint64 lo = 3; lo < 4000; lo += 1 + qint64(rng() % 7))
                ranges.push_back({lo, rng() % 5 == 0 ? positionranges::openEnd : lo + qint64(rng() % (rng() % 3 ? 20 : 3000))});
            ranges.push_back({positionranges::openEnd, positionranges::openEnd});
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO r VALUES (?, ?, ?)")));
            for (const auto &[lo, hi] : ranges) {
                q.addBindValue(lo);
                q.addBindValue(positionranges::nodeOf(lo, hi));
                q.addBindValue(hi);
                QVERIFY(q.exec());
            }
            std::vector<qint64> points{0, 1, 2, 3, 1 << 30, positionranges::openEnd - 1, positionranges::openEnd};
            for (qint64 p = 1; p < 7000; p += 1 + qint64(rng() % 13))
                points.push_back(p);
            for (qint64 p : points) {
                QSqlQuery stab(db);
                QVERIFY(stab.prepare(QStringLiteral("SELECT lo FROM r WHERE %1 ORDER BY lo").arg(positionranges::containing(QStringLiteral("r"), p))));
                stab.bindValue(QStringLiteral(":p"), p);
                QVERIFY(stab.exec());
                std::vector<qint64> found, expected;
                while (stab.next())
                    found.push_back(stab.value(0).toLongLong());
                for (const auto &[lo, hi] : ranges)
                    if (lo <= p && p <= hi)
                        expected.push_back(lo);
                std::sort(expected.begin(), expected.end());
                QCOMPARE(found, expected);
            }
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("ranges"));
    }

    void theTimelineMapsPositionsToTheirMoments()
    {
        Timeline timeline(store->reducer->database().connection());
        const Timeline::Span span = timeline.span();
        QCOMPARE(span.head, qint64(events.size()));
        qint64 earliest = LLONG_MAX, max = LLONG_MIN;
        for (const RecordedEvent &e : events)
            earliest = std::min(earliest, e.occurredAt);
        QCOMPARE(*span.first, earliest);
        QCOMPARE(*timeline.timeAtPosition(0), earliest - 1);
        QCOMPARE(timeline.positionAtTime(earliest - 1), 0);
        for (const RecordedEvent &e : events) {
            max = std::max(max, e.occurredAt);
            if (e.position % 37 != 0)
                continue;
            QCOMPARE(*timeline.timeAtPosition(e.position), max);
            // The position the slider lands on shows at least that event, and nothing later.
            const qint64 p = timeline.positionAtTime(max);
            QVERIFY(p >= e.position);
            QCOMPARE(*timeline.timeAtPosition(p), max);
        }
        QCOMPARE(*span.last, max);
        QCOMPARE(timeline.positionAtTime(max), span.head);
    }

    // A snapshot is written and streamed back in slices on PostgreSQL (from SQLite's blob a few
    // pages at a time): slices far smaller than the state cross many borders and end in the
    // checksum, and a byte spoiled in a later slice is still caught.
    void aSnapshotReadInSlicesIsTheStateItSealed()
    {
        test::TempStore snapshotted(Reducer::Options{true, 40, {}});
        fill(*snapshotted.reducer, 150, 13);
        const DomainState &state = snapshotted.reducer->state();
        QSqlDatabase &db = snapshotted.reducer->database().connection();
        const QByteArray sealed = snapshots::seal({state.position(), {}, state.serialize()});
        QVERIFY2(sealed.size() > 10000, qPrintable(QString::number(sealed.size())));
        for (const qint64 written : {qint64(1000), snapshots::defaultWriteSliceBytes}) {
            QVERIFY(snapshots::save(db, state, written));
            for (const qint64 slice : {qint64(7), qint64(997), qint64(4096), snapshots::defaultReadSliceBytes}) {
                const DomainState loaded = snapshots::loadLatest(db, state.position(), slice);
                QCOMPARE(loaded.position(), state.position());
                QCOMPARE(loaded.serialize(), state.serialize());
            }
        }

        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT state FROM snapshots WHERE position = %1").arg(state.position())) && q.next());
        QByteArray spoiled = q.value(0).toByteArray();
        q.finish();
        spoiled[spoiled.size() * 3 / 4] = char(spoiled[spoiled.size() * 3 / 4] ^ 0x20);
        q.prepare(QStringLiteral("UPDATE snapshots SET state = ? WHERE position = ?"));
        q.addBindValue(spoiled);
        q.addBindValue(state.position());
        QVERIFY(q.exec());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("snapshot at event %1 is ignored .*checksum").arg(state.position())));
        const DomainState older = snapshots::loadLatest(db, state.position(), 997);
        QVERIFY(older.position() > 0);
        QVERIFY(older.position() < state.position());
    }

    void reopeningUsesTheLatestSnapshotAndDecidesAsFromScratch()
    {
        test::TempStore snapshotted(Reducer::Options{true, 25, {}});
        fill(*snapshotted.reducer, 120, 11);
        const qint64 head = snapshotted.reducer->headPosition();
        const QByteArray state = snapshotted.reducer->state().serialize();
        snapshotted.reducer.reset();

        StoreError error;
        qint64 latest = 0;
        {
            auto db = Database::open(snapshotted.path, Database::Mode::ReadWrite, &error);
            QVERIFY(db);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(position) FROM snapshots")) && q.next());
            QVERIFY2(q.value(0).toInt() >= 3, "a snapshot every 25 events");
            latest = q.value(1).toLongLong();
            QVERIFY(latest > head - 25 && latest <= head);
            // Spoil an event the latest snapshot covers: a reducer that replays it from the
            // start would see a different truck; one that starts from the snapshot does not.
            QVERIFY(q.exec(QStringLiteral("UPDATE events SET data = replace(data, 'capacityLb\":', 'capacityLb\":1') "
                                          "WHERE type = 'TruckRegistered' AND position <= %1").arg(latest)));
            QVERIFY(q.numRowsAffected() > 0);
        }
        auto reopened = Reducer::open(snapshotted.path, Reducer::Options{true, 25, {}}, &error);
        QVERIFY(reopened);
        QCOMPARE(reopened->state().position(), head);
        QCOMPARE(reopened->state().serialize(), state);

        // Without snapshots (and with the events put right), the state is rebuilt from scratch
        // and decides every probe the same way.
        reopened.reset();
        {
            auto db = Database::open(snapshotted.path, Database::Mode::ReadWrite, &error);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE events SET data = replace(data, 'capacityLb\":1', 'capacityLb\":') "
                                          "WHERE type = 'TruckRegistered'")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM snapshots")));
        }
        auto fresh = Reducer::open(snapshotted.path, Reducer::Options{true, 1000000, {}}, &error);
        QVERIFY(fresh);
        QCOMPARE(fresh->state().serialize(), state);
        auto fromSnapshot = DomainState::deserialize(state);
        QVERIFY(fromSnapshot);
        int probes = 0;
        ReadModelQueries q(fresh->database().connection());
        for (const ShipmentView &s : q.shipments()) {
            for (const TruckView &t : q.trucks()) {
                CommandEnvelope c{QStringLiteral("probe-%1").arg(++probes), LLONG_MAX / 2,
                                  Actor{QStringLiteral("dan"), Department::Dispatch}, cmd::AssignTruck{s.shipmentId, t.truckId}, {}, {}};
                const Decision a = fromSnapshot->decide(c), b = fresh->state().decide(c);
                QCOMPARE(a.rejection.has_value(), b.rejection.has_value());
                if (a.rejection)
                    QCOMPARE(a.rejection->code, b.rejection->code);
            }
        }
        QVERIFY(probes > 50);
    }
};

QTEST_GUILESS_MAIN(TestAsOf)
#include "tst_asof.moc"
