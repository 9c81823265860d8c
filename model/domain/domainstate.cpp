#include "domainstate.h"

#include "../util/isotime.h"
#include "../util/overloaded.h"


namespace hs {

namespace {

QString departmentWords(Department d)
{
    switch (d) {
    case Department::CustomerService: return QString::fromUtf8(QT_TRANSLATE_NOOP("hs::Rejection", "customer service"));
    case Department::Dispatch: return QString::fromUtf8(QT_TRANSLATE_NOOP("hs::Rejection", "dispatch"));
    case Department::Finance: return QString::fromUtf8(QT_TRANSLATE_NOOP("hs::Rejection", "finance"));
    case Department::System: return QString::fromUtf8(QT_TRANSLATE_NOOP("hs::Rejection", "the system"));
    }
    return {};
}

template <typename T>
const T *findIn(const IdHash<T> &h, const QString &id)
{
    auto it = h.constFind(id);
    return it == h.constEnd() ? nullptr : &*it;
}

// "%1 was already changed ..." for each kind of entity, so that each reads whole in translation.
const char *staleReason(const QString &entity)
{
    if (entity.startsWith(u"shipment:"))
        return refusal::shipmentStale;
    if (entity.startsWith(u"truck:"))
        return refusal::truckStale;
    if (entity.startsWith(u"account:"))
        return refusal::accountStale;
    return refusal::ruleStale;
}

} // namespace

std::optional<Rejection> permissionRefusal(const QString &commandType, Department department)
{
    const Department allowed = departmentForType(commandType);
    if (department == Department::System)
        return makeRejection(RejectionCode::Forbidden, refusal::systemClaimed);
    if (allowed == Department::System)
        return makeRejection(RejectionCode::Forbidden, refusal::systemOnly,
                             {commandType});
    if (allowed != department)
        return makeRejection(RejectionCode::Forbidden, refusal::wrongDepartment,
                             {commandType, departmentWords(allowed), departmentWords(department)});
    return std::nullopt;
}

Decision DomainState::decide(const CommandEnvelope &c) const
{
    const bool fromListener = c.actor.department == Department::System && !c.causationId.isEmpty();
    if (!fromListener) {
        if (auto refusal = permissionRefusal(commandTypeName(c.command), c.actor.department))
            return Decision::reject(std::move(*refusal));
        const QString entity = targetEntity(c.command);
        const qint64 mark = highWaterMark(entity);
        if (c.issuedAt < mark)
            return Decision::reject(RejectionCode::Stale, staleReason(entity),
                                    {entity.mid(entity.indexOf(u':') + 1), isotime::format(mark),
                                     isotime::format(c.issuedAt)});
    } else if (departmentFor(c.command) != Department::System) {
        return Decision::reject(RejectionCode::Forbidden, refusal::listenersSystemOnly);
    }

    // Commands go to the aggregate they address; the few that need more than it are named.
    return std::visit(
        overloaded{
            [&](const cmd::SubmitShipment &x) {
                return shipment::decide(findShipment(x.shipmentId), x, findAccount(x.accountId),
                                        pricing::quote(m_pricing, x.weightLb, c.issuedAt));
            },
            [&](const cmd::AssignTruck &x) {
                return shipment::decide(findShipment(x.shipmentId), x, findTruck(x.truckId));
            },
            [&](const cmd::InvoiceAccount &x) {
                return account::decide(findAccount(x.accountId), x, findShipment(x.shipmentId) != nullptr, c.issuedAt);
            },
            [&](const cmd::SchedulePricingRule &x) { return pricing::decide(m_pricing, x); },
            [&]<ShipmentMessage T>(const T &x) { return shipment::decide(findShipment(x.shipmentId), x); },
            [&]<TruckMessage T>(const T &x) { return truck::decide(x.truckId, findTruck(x.truckId), x); },
            [&]<AccountMessage T>(const T &x) { return account::decide(findAccount(x.accountId), x); },
        },
        c.command);
}

namespace {
// Moved out and back, never copied: an account's ledger grows with its history (QHash::insert
// would copy it, and the copy's first new entry would copy it again).
template <typename State, typename E> void evolveIn(IdHash<State> &states, const QString &id, const E &e)
{
    std::optional<State> s;
    const auto it = states.find(id);
    if (it != states.end())
        s = std::move(*it);
    evolve(s, e); // found by argument: shipment::evolve or account::evolve
    if (s && it != states.end())
        *it = std::move(*s);
    else if (s)
        states.emplace(id, std::move(*s));
}
} // namespace

void DomainState::evolve(const RecordedEvent &re)
{
    m_position = re.position;
    if (re.actor.department != Department::System) {
        const QString entity = entityOf(re.event);
        auto it = m_marks.find(entity);
        if (it == m_marks.end())
            m_marks.insert(entity, re.occurredAt);
        else if (re.occurredAt > *it)
            *it = re.occurredAt;
    }
    std::visit(
        overloaded{
            [&](const ev::PricingRuleScheduled &x) { pricing::evolve(m_pricing, x); },
            [&]<AccountMessage T>(const T &x) { evolveIn(m_accounts, x.accountId, x); },
            [&]<TruckMessage T>(const T &x) { truck::evolve(m_trucks[x.truckId], x.truckId, x); },
            [&]<ShipmentMessage T>(const T &x) {
                bookOnAccount(x.shipmentId, -1);
                evolveIn(m_shipments, x.shipmentId, x);
                bookOnAccount(x.shipmentId, +1);
                // The trucks it names follow it where the truck aggregate says how.
                if constexpr (requires(truck::State t) { truck::evolve(t, x.shipmentId, x); })
                    for (const QString &truckId : idsNaming(x, Entity::Truck))
                        if (auto it = m_trucks.find(truckId); it != m_trucks.end())
                            truck::evolve(*it, truckId, x);
            },
        },
        re.event);
}

std::vector<CommandEnvelope> DomainState::reactTo(const RecordedEvent &re) const
{
    std::vector<CommandEnvelope> out;
    auto issue = [&](const QString &policy, Command c) {
        out.push_back(CommandEnvelope{policy + QLatin1Char(':') + re.eventId, re.occurredAt,
                                      systemActor(), std::move(c), re.eventId, re.correlationId});
    };
    if (const auto *delivered = std::get_if<ev::ShipmentDelivered>(&re.event)) {
        // Delivery invoicing: the account pays the price quoted at submission.
        if (const auto *s = findShipment(delivered->shipmentId))
            issue(QStringLiteral("invoice"),
                  cmd::InvoiceAccount{s->accountId, delivered->shipmentId, s->priceCents});
    } else if (const auto *broke = std::get_if<ev::TruckBrokeDown>(&re.event)) {
        // Breakdown: a shipment still in the yard goes back to the dispatch queue.
        const auto *t = findTruck(broke->truckId);
        if (t && !t->shipmentId.isEmpty() && !t->outForDelivery)
            issue(QStringLiteral("unassign"),
                  cmd::UnassignShipment{t->shipmentId,
                                        QStringLiteral("Truck %1 broke down: %2")
                                            .arg(broke->truckId, broke->reason)});
    }
    return out;
}

// A shipment's price counts toward its account's exposure while it is on the books: taken
// off before the event (sign -1), put back after it (+1).
void DomainState::bookOnAccount(const QString &shipmentId, int sign)
{
    const shipment::State *s = findShipment(shipmentId);
    if (!s || !shipment::isOnTheBooks(s->status))
        return;
    if (auto it = m_accounts.find(s->accountId); it != m_accounts.end())
        it->activeShipmentCents += sign * s->priceCents;
}

const shipment::State *DomainState::findShipment(const QString &id) const { return findIn(m_shipments, id); }
const truck::State *DomainState::findTruck(const QString &id) const { return findIn(m_trucks, id); }
const account::State *DomainState::findAccount(const QString &id) const { return findIn(m_accounts, id); }

bool DomainState::startsStream(const Event &e) const
{
    return std::visit(
        [this](const auto &x) {
            const QString &id = addressedId(x);
            switch (rowOf(x).entity) {
            case Entity::Shipment: return !m_shipments.contains(id);
            case Entity::Truck: return !m_trucks.contains(id);
            case Entity::Account: return !m_accounts.contains(id);
            default: return false;
            }
        },
        e);
}

} // namespace hs
