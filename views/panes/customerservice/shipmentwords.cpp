#include "shipmentwords.h"
#include "panes/history/eventtext.h"
#include "widgets/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace hs::shipmentwords {


QString when(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    if (t.date() == QDate::currentDate())
        return QLocale().toString(t.time(), QStringLiteral("HH:mm"));
    return eventtext::shortDateTime(ms);
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

} // namespace hs::shipmentwords
