#include "eventtext.h"
#include "widgets/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace hs::eventtext {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("hs::eventtext", text); }
} // namespace

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString department(Department d)
{
    switch (d) {
    case Department::CustomerService: return tr("Customer service");
    case Department::Dispatch: return tr("Dispatch");
    case Department::Finance: return tr("Finance");
    case Department::System: return tr("System");
    }
    return {};
}

QString summary(const RecordedEvent &e)
{
    return std::visit(
        [](const auto &x) -> QString {
            using T = std::decay_t<decltype(x)>;
            using namespace ev;
            if constexpr (std::is_same_v<T, AccountOpened>)
                return tr("Account %1 opened for %2").arg(x.accountId, x.name);
            else if constexpr (std::is_same_v<T, TruckRegistered>)
                return tr("Truck %1 registered, %2 lb capacity").arg(x.truckId, QLocale().toString(x.capacityLb));
            else if constexpr (std::is_same_v<T, ShipmentSubmitted>)
                return tr("%1 for %2: %3 lb, %4 → %5, %6")
                    .arg(x.shipmentId, x.accountId, QLocale().toString(x.weightLb), x.pickup.city, x.destination.city,
                         formatMoney(x.priceCents));
            else if constexpr (std::is_same_v<T, ShipmentCancelled>)
                return tr("%1 cancelled: %2").arg(x.shipmentId, x.reason);
            else if constexpr (std::is_same_v<T, ShipmentAssigned>)
                return x.previousTruckId.isEmpty()
                           ? tr("%1 assigned to truck %2").arg(x.shipmentId, x.truckId)
                           : tr("%1 moved from truck %2 to %3").arg(x.shipmentId, x.previousTruckId, x.truckId);
            else if constexpr (std::is_same_v<T, ShipmentShipped>)
                return tr("%1 left the yard on truck %2").arg(x.shipmentId, x.truckId);
            else if constexpr (std::is_same_v<T, ShipmentDelivered>)
                return tr("%1 delivered by truck %2, signed by %3").arg(x.shipmentId, x.truckId, x.signedBy);
            else if constexpr (std::is_same_v<T, ShipmentUnassigned>)
                return tr("%1 taken off truck %2: %3").arg(x.shipmentId, x.truckId, x.reason);
            else if constexpr (std::is_same_v<T, TruckBrokeDown>)
                return tr("Truck %1 broke down: %2").arg(x.truckId, x.reason);
            else if constexpr (std::is_same_v<T, TruckReturnedToService>)
                return tr("Truck %1 back in service").arg(x.truckId);
            else if constexpr (std::is_same_v<T, PaymentPosted>)
                return tr("Payment %1 of %2 from %3").arg(x.reference, formatMoney(x.amountCents), x.accountId);
            else if constexpr (std::is_same_v<T, PaymentReversed>)
                return tr("Payment %1 of %2 reversed for %3: %4").arg(x.reference, formatMoney(x.amountCents), x.accountId, x.reason);
            else if constexpr (std::is_same_v<T, PricingRuleScheduled>)
                return tr("Pricing rule %1: %2/lb, minimum %3, from %4")
                    .arg(x.ruleId, formatMoney(x.centsPerLb), formatMoney(x.minimumCents), localTime(x.effectiveFrom));
            else
                return tr("%1 invoiced %2 for %3").arg(x.accountId, formatMoney(x.amountCents), x.shipmentId);
        },
        e.event);
}

QString indentedJson(const QByteArray &compact)
{
    const QString in = QString::fromUtf8(compact);
    QString out;
    int depth = 0;
    bool inString = false;
    auto newline = [&] { out += QLatin1Char('\n') + QString(depth * 2, QLatin1Char(' ')); };
    for (int i = 0; i < in.size(); ++i) {
        const QChar c = in[i];
        if (inString) {
            out += c;
            if (c == u'\\' && i + 1 < in.size())
                out += in[++i];
            else if (c == u'"')
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case '"': inString = true; out += c; break;
        case '{':
        case '[':
            out += c;
            if (i + 1 < in.size() && (in[i + 1] == u'}' || in[i + 1] == u']')) {
                out += in[++i];
                break;
            }
            ++depth;
            newline();
            break;
        case '}':
        case ']': --depth; newline(); out += c; break;
        case ',': out += c; newline(); break;
        case ':': out += QStringLiteral(": "); break;
        default: out += c;
        }
    }
    return out;
}

} // namespace hs::eventtext
