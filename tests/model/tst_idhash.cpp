#include "util/idhash.h"

#include <QTest>

#include <set>

using namespace hs;

// The ids' own hash (model/util/idhash.h): equal text hashes equal whatever holds it, the seed
// changes every hash, and ids that differ anywhere, in any length, land apart.
class TestIdHash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equalTextHashesEqual()
    {
        const QString built = QStringLiteral("S-%1").arg(123, 7, 10, QLatin1Char('0'));
        const QString literal = QStringLiteral("S-0000123");
        QVERIFY(built.constData() != literal.constData());
        QCOMPARE(qHash(IdKey(built), 7), qHash(IdKey(literal), 7));
        const QString line = QStringLiteral("{\"shipmentId\":\"S-0000123\"}");
        const QStringView inside = QStringView(line).mid(15, 9);
        QCOMPARE(inside, QStringView(literal));
        QCOMPARE(qHash(IdViewKey(inside), 7), qHash(IdKey(literal), 7));
    }

    void theSeedChangesEveryHash()
    {
        int same = 0;
        for (int i = 0; i < 1000; ++i) {
            const IdKey id(QStringLiteral("T-%1").arg(i));
            same += qHash(id, 1) == qHash(id, 2);
        }
        QCOMPARE(same, 0);
    }

    // Every length from empty to past four words, and a change in each position of each length
    // (the last units go through the tail), gives a hash of its own.
    void everyLengthAndPositionCounts()
    {
        std::set<size_t> seen;
        int made = 0;
        for (int length = 0; length <= 40; ++length) {
            const QString base(length, QLatin1Char('a'));
            seen.insert(qHash(IdKey(base), 99));
            ++made;
            for (int at = 0; at < length; ++at) {
                QString changed = base;
                changed[at] = QLatin1Char('b');
                seen.insert(qHash(IdKey(changed), 99));
                ++made;
            }
        }
        QCOMPARE(int(seen.size()), made);
    }

    // A hundred thousand sequential ids over 65 536 buckets: a uniform hash fills about 78% of
    // them (1 - e^-1.53); a hash that ignored some of the id would fill far fewer.
    void sequentialIdsSpreadOverBuckets()
    {
        std::set<size_t> buckets;
        for (int i = 0; i < 100000; ++i)
            buckets.insert(qHash(IdKey(QStringLiteral("S-%1").arg(i, 7, 10, QLatin1Char('0'))), 12345) & 0xffff);
        QVERIFY2(buckets.size() > 48000, qPrintable(QString::number(buckets.size())));
    }

    void tablesFindByEqualText()
    {
        IdHash<int> versions;
        versions.insert(QStringLiteral("A-1"), 1);
        versions[QStringLiteral("A-%1").arg(2)] = 2;
        QCOMPARE(versions.value(QStringLiteral("A-%1").arg(1)), 1);
        QVERIFY(versions.contains(QStringLiteral("A-2")));
        QVERIFY(!versions.contains(QStringLiteral("A-3")));
        QVERIFY(versions.remove(QStringLiteral("A-1")));
        QCOMPARE(versions.size(), 1);
        const IdSet a{QStringLiteral("c-1"), QStringLiteral("c-2")};
        const IdSet b{QStringLiteral("c-%1").arg(2), QStringLiteral("c-%1").arg(1)};
        QCOMPARE(a, b);
        QVERIFY(a != (IdSet{QStringLiteral("c-1")}));
    }
};

QTEST_GUILESS_MAIN(TestIdHash)
#include "tst_idhash.moc"
