#include "shipmentwords.h"
#include "widgets/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace hs::shipmentwords {

namespace {

QString who(const Actor &a)
{
    return a.department == Department::System ? QCoreApplication::translate("ShipmentWords", "automatically") : QCoreApplication::translate("ShipmentWords", "by %1").arg(a.user);
}
} // namespace

QString when(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    if (t.date() == QDate::currentDate())
        return QLocale().toString(t.time(), QStringLiteral("HH:mm"));
    return QLocale().toString(t, QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString address(const Address &a)
{
    QStringList parts{a.name, a.line1};
    if (a.line2 && !a.line2->isEmpty())
        parts << *a.line2;
    parts << QStringLiteral("%1, %2 %3").arg(a.city, a.state, a.zip);
    return parts.join(QStringLiteral(", "));
}

QString status(ShipmentStatus s)
{
    switch (s) {
    case ShipmentStatus::Submitted: return QCoreApplication::translate("ShipmentWords", "Submitted");
    case ShipmentStatus::Assigned: return QCoreApplication::translate("ShipmentWords", "Assigned");
    case ShipmentStatus::OutForDelivery: return QCoreApplication::translate("ShipmentWords", "Out for delivery");
    case ShipmentStatus::Delivered: return QCoreApplication::translate("ShipmentWords", "Delivered");
    case ShipmentStatus::Cancelled: return QCoreApplication::translate("ShipmentWords", "Cancelled");
    }
    return {};
}

QString duration(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms / 60000);
    if (minutes < 60)
        return QCoreApplication::translate("ShipmentWords", "%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return QCoreApplication::translate("ShipmentWords", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    // A local, not an expression in the call: lupdate 6.4 loops on nested parentheses there.
    const int days = int(minutes / (24 * 60));
    return QCoreApplication::translate("ShipmentWords", "%n day(s)", nullptr, days);
}

QString timelineLine(const RecordedEvent &e)
{
    const QString at = when(e.occurredAt);
    const QString by = who(e.actor);
    return std::visit(
        [&](const auto &x) -> QString {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, ev::ShipmentSubmitted>)
                return QCoreApplication::translate("ShipmentWords", "submitted %1 at %2 for %3 (%4)")
                    .arg(by, at, formatMoney(x.priceCents), x.ruleId.isEmpty() ? QCoreApplication::translate("ShipmentWords", "standing rate") : QCoreApplication::translate("ShipmentWords", "rule %1").arg(x.ruleId));
            else if constexpr (std::is_same_v<T, ev::ShipmentAssigned>)
                return x.previousTruckId.isEmpty() ? QCoreApplication::translate("ShipmentWords", "assigned to %1 %2 at %3").arg(x.truckId, by, at)
                                                   : QCoreApplication::translate("ShipmentWords", "moved from %1 to %2 %3 at %4").arg(x.previousTruckId, x.truckId, by, at);
            else if constexpr (std::is_same_v<T, ev::ShipmentShipped>)
                return QCoreApplication::translate("ShipmentWords", "out for delivery on %1, sent %2 at %3").arg(x.truckId, by, at);
            else if constexpr (std::is_same_v<T, ev::ShipmentDelivered>)
                return QCoreApplication::translate("ShipmentWords", "delivered, signed by %1 (recorded %2 at %3)").arg(x.signedBy, by, at);
            else if constexpr (std::is_same_v<T, ev::ShipmentCancelled>)
                return QCoreApplication::translate("ShipmentWords", "cancelled %1 at %2: %3").arg(by, at, x.reason);
            else if constexpr (std::is_same_v<T, ev::ShipmentUnassigned>)
                return QCoreApplication::translate("ShipmentWords", "taken off %1 %2 at %3: %4").arg(x.truckId, by, at, x.reason);
            else
                return QCoreApplication::translate("ShipmentWords", "%1 %2 at %3").arg(e.type(), by, at);
        },
        e.event);
}

} // namespace hs::shipmentwords
