// At-risk rules under a fake clock: the flags appear and their age grows as the moment moves.

#include "tracking/atrisk.h"
#include "util/isotime.h"

#include <QTest>

using namespace hs;
using namespace hs::tracking;

namespace {

constexpr qint64 hour = 60LL * 60 * 1000;
const qint64 noon = *isotime::parse(u"2026-03-02T12:00:00Z");

Promise promise(const QString &id, ShipmentStatus status, const QString &truck, std::optional<qint64> pickupBy,
                std::optional<qint64> deliverBy)
{
    return Promise{id, QStringLiteral("A-1"), status, truck, pickupBy, deliverBy};
}

QStringList reasons(const std::vector<AtRisk> &risks)
{
    QStringList out;
    for (const AtRisk &r : risks)
        out << r.shipmentId + QLatin1Char(' ') + riskReasonName(r.reason);
    return out;
}

} // namespace

class TestAtRisk : public QObject
{
    Q_OBJECT
private slots:
    void rules_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("truck");
        QTest::addColumn<qint64>("clock"); // hours after noon
        QTest::addColumn<QStringList>("expected");
        // Pickup promised by noon, delivery by 18:00; truck T-9 broke down at 09:00.
        const QStringList none;
        const auto s = [](ShipmentStatus st) { return int(st); };
        QTest::newRow("submitted, at the pickup moment") << s(ShipmentStatus::Submitted) << "" << 0LL << none;
        QTest::newRow("submitted, pickup passed") << s(ShipmentStatus::Submitted) << "" << 1LL << QStringList{"S-1 pickup_late"};
        QTest::newRow("assigned, both passed")
            << s(ShipmentStatus::Assigned) << "T-1" << 7LL << QStringList{"S-1 pickup_late", "S-1 delivery_late"};
        QTest::newRow("out for delivery: picked up, only delivery counts")
            << s(ShipmentStatus::OutForDelivery) << "T-1" << 7LL << QStringList{"S-1 delivery_late"};
        QTest::newRow("delivered: nothing") << s(ShipmentStatus::Delivered) << "T-1" << 7LL << none;
        QTest::newRow("cancelled: nothing") << s(ShipmentStatus::Cancelled) << "" << 7LL << none;
        QTest::newRow("out for delivery on a broken truck")
            << s(ShipmentStatus::OutForDelivery) << "T-9" << -1LL << QStringList{"S-1 truck_out_of_service"};
        QTest::newRow("delivered by a truck broken since: nothing") << s(ShipmentStatus::Delivered) << "T-9" << -1LL << none;
        QTest::newRow("every reason at once")
            << s(ShipmentStatus::Assigned) << "T-9" << 20LL
            << QStringList{"S-1 pickup_late", "S-1 delivery_late", "S-1 truck_out_of_service"};
    }
    void rules()
    {
        QFETCH(int, status);
        QFETCH(QString, truck);
        QFETCH(qint64, clock);
        QFETCH(QStringList, expected);
        const QHash<QString, qint64> broken{{QStringLiteral("T-9"), noon - 3 * hour}};
        const Promise p = promise(QStringLiteral("S-1"), ShipmentStatus(status), truck, noon, noon + 6 * hour);
        QCOMPARE(reasons(risksOf(p, broken, noon + clock * hour)), expected);
    }

    void sinceIsThePromiseOrTheBreakdown()
    {
        const QHash<QString, qint64> broken{{QStringLiteral("T-9"), noon - 3 * hour}};
        const auto risks = risksOf(promise(QStringLiteral("S-1"), ShipmentStatus::Assigned, QStringLiteral("T-9"), noon,
                                           noon + 6 * hour),
                                   broken, noon + 20 * hour);
        QCOMPARE(risks.size(), size_t(3));
        QCOMPARE(risks[0].since, noon);
        QCOMPARE(risks[1].since, noon + 6 * hour);
        QCOMPARE(risks[2].since, noon - 3 * hour);
        QCOMPARE(risks[2].lateByMs(noon + 20 * hour), 23 * hour);
    }

    void flagsFollowTheClock()
    {
        const std::vector<Promise> board{
            promise(QStringLiteral("S-3"), ShipmentStatus::Submitted, {}, noon + 2 * hour, std::nullopt),
            promise(QStringLiteral("S-1"), ShipmentStatus::OutForDelivery, QStringLiteral("T-1"), std::nullopt, noon + 1 * hour),
            promise(QStringLiteral("S-2"), ShipmentStatus::Submitted, {}, std::nullopt, std::nullopt),
        };
        qint64 clock = noon;
        QCOMPARE(reasons(atRisk(board, {}, clock)), QStringList{});
        clock += 90 * 60 * 1000;
        QCOMPARE(reasons(atRisk(board, {}, clock)), QStringList{"S-1 delivery_late"});
        clock += 2 * hour;
        const auto later = atRisk(board, {}, clock);
        QCOMPARE(reasons(later), (QStringList{"S-1 delivery_late", "S-3 pickup_late"}));
        QCOMPARE(later[0].lateByMs(clock), qint64(150 * 60 * 1000));
    }
};

QTEST_GUILESS_MAIN(TestAtRisk)
#include "tst_atrisk.moc"
