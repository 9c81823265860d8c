#include "intakequeries.h"

#include "../store/database.h"

#include <QSqlQuery>

namespace hs::intake {

QString nextShipmentId(QSqlDatabase db)
{
    QSqlQuery q(db);
    streamRows(q);
    // Ids such as "S-12a" are left out; the digits are read as a number, not as text.
    const Dialect dialect = Dialect::of(db);
    const QString prefix = QStringLiteral("S-");
    qint64 highest = 0;
    if (q.exec(QStringLiteral("SELECT MAX(%1) FROM rm_shipment_facts WHERE %2")
                   .arg(dialect.numberOf(QStringLiteral("shipment_id"), prefix), dialect.numberedId(QStringLiteral("shipment_id"), prefix)))
        && q.next())
        highest = q.value(0).toLongLong();
    return QStringLiteral("S-%1").arg(highest + 1);
}

pricing::Schedule pricingSchedule(EventStore &events, std::optional<qint64> upTo)
{
    pricing::Schedule schedule;
    EventStore::Filter filter;
    filter.streamId = pricingStream();
    events.forEach(filter, [&](const RecordedEvent &e) {
        if (const auto *rule = std::get_if<ev::PricingRuleScheduled>(&e.event); rule && (!upTo || e.occurredAt <= *upTo))
            pricing::evolve(schedule, *rule);
        return true;
    });
    return schedule;
}

std::vector<RecordedEvent> shipmentEvents(EventStore &events, const QString &shipmentId, std::optional<qint64> upTo)
{
    std::vector<RecordedEvent> out;
    EventStore::Filter filter;
    filter.streamId = shipmentStream(shipmentId);
    events.forEach(filter, [&](const RecordedEvent &e) {
        if (!upTo || e.occurredAt <= *upTo)
            out.push_back(e);
        return true;
    });
    return out;
}

} // namespace hs::intake
