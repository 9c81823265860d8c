#include "domainstate.h"

#include "../util/isotime.h"


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
const T *findIn(const QHash<QString, T> &h, const QString &id)
{
    auto it = h.constFind(id);
    return it == h.constEnd() ? nullptr : &*it;
}

QString entityOf(const Event &e)
{
    return std::visit(
        [](const auto &x) -> QString {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, ev::PricingRuleScheduled>)
                return QStringLiteral("rule:") + x.ruleId;
            else if constexpr (requires { x.shipmentId; } && !std::is_same_v<T, ev::AccountInvoiced>)
                return QStringLiteral("shipment:") + x.shipmentId;
            else if constexpr (requires { x.accountId; })
                return QStringLiteral("account:") + x.accountId;
            else
                return QStringLiteral("truck:") + x.truckId;
        },
        e);
}

// "%1 was already changed ..." for each kind of entity, so that each reads whole in translation.
const char *staleReason(const QString &entity)
{
    if (entity.startsWith(u"shipment:"))
        return QT_TRANSLATE_NOOP("hs::Rejection", "Shipment %1 was already changed by a command issued at %2; this one, issued at %3, is older and cannot apply.");
    if (entity.startsWith(u"truck:"))
        return QT_TRANSLATE_NOOP("hs::Rejection", "Truck %1 was already changed by a command issued at %2; this one, issued at %3, is older and cannot apply.");
    if (entity.startsWith(u"account:"))
        return QT_TRANSLATE_NOOP("hs::Rejection", "Account %1 was already changed by a command issued at %2; this one, issued at %3, is older and cannot apply.");
    return QT_TRANSLATE_NOOP("hs::Rejection", "Pricing rule %1 was already changed by a command issued at %2; this one, issued at %3, is older and cannot apply.");
}

} // namespace

std::optional<Rejection> permissionRefusal(const QString &commandType, Department department)
{
    const Department allowed = departmentForType(commandType);
    if (department == Department::System)
        return makeRejection(RejectionCode::Forbidden, QT_TRANSLATE_NOOP("hs::Rejection", "Commands from people may not claim the system department."));
    if (allowed == Department::System)
        return makeRejection(RejectionCode::Forbidden, QT_TRANSLATE_NOOP("hs::Rejection", "Only the system issues %1; no department may send it."),
                             {commandType});
    if (allowed != department)
        return makeRejection(RejectionCode::Forbidden, QT_TRANSLATE_NOOP("hs::Rejection", "%1 is for %2; %3 may not issue it."),
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
        return Decision::reject(RejectionCode::Forbidden, QT_TRANSLATE_NOOP("hs::Rejection", "Listeners may only issue system commands."));
    }

    return std::visit(
        [&](const auto &x) -> Decision {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, cmd::OpenAccount> || std::is_same_v<T, cmd::PostPayment>
                          || std::is_same_v<T, cmd::ReversePayment>)
                return account::decide(findAccount(x.accountId), x);
            else if constexpr (std::is_same_v<T, cmd::InvoiceAccount>)
                return account::decide(findAccount(x.accountId), x,
                                       findShipment(x.shipmentId) != nullptr);
            else if constexpr (std::is_same_v<T, cmd::RegisterTruck>
                               || std::is_same_v<T, cmd::ReportBreakdown>
                               || std::is_same_v<T, cmd::ReturnTruckToService>)
                return truck::decide(x.truckId, findTruck(x.truckId), x);
            else if constexpr (std::is_same_v<T, cmd::SubmitShipment>)
                return shipment::decide(findShipment(x.shipmentId), x,
                                        findAccount(x.accountId) != nullptr,
                                        pricing::quote(m_pricing, x.weightLb, c.issuedAt));
            else if constexpr (std::is_same_v<T, cmd::AssignTruck>)
                return shipment::decide(findShipment(x.shipmentId), x, findTruck(x.truckId));
            else if constexpr (std::is_same_v<T, cmd::SchedulePricingRule>)
                return pricing::decide(m_pricing, x);
            else
                return shipment::decide(findShipment(x.shipmentId), x);
        },
        c.command);
}

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
        [&](const auto &x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, ev::PricingRuleScheduled>) {
                pricing::evolve(m_pricing, x);
            } else if constexpr (std::is_same_v<T, ev::AccountOpened>
                                 || std::is_same_v<T, ev::PaymentPosted>
                                 || std::is_same_v<T, ev::PaymentReversed>
                                 || std::is_same_v<T, ev::AccountInvoiced>) {
                std::optional<account::State> a;
                if (auto it = m_accounts.find(x.accountId); it != m_accounts.end())
                    a = std::move(*it);
                account::evolve(a, re.event);
                if (a)
                    m_accounts.insert(x.accountId, std::move(*a));
            } else if constexpr (std::is_same_v<T, ev::TruckRegistered>
                                 || std::is_same_v<T, ev::TruckBrokeDown>
                                 || std::is_same_v<T, ev::TruckReturnedToService>) {
                truck::evolve(m_trucks[x.truckId], x.truckId, re.event);
            } else {
                // Shipment events: the shipment, and the trucks they name.
                std::optional<shipment::State> s;
                if (auto it = m_shipments.find(x.shipmentId); it != m_shipments.end())
                    s = std::move(*it);
                shipment::evolve(s, re.event);
                if (s)
                    m_shipments.insert(x.shipmentId, std::move(*s));
                if constexpr (requires { x.previousTruckId; }) {
                    if (!x.previousTruckId.isEmpty())
                        if (auto it = m_trucks.find(x.previousTruckId); it != m_trucks.end())
                            truck::evolve(*it, x.previousTruckId, re.event);
                }
                if constexpr (requires { x.truckId; }) {
                    if (!x.truckId.isEmpty())
                        if (auto it = m_trucks.find(x.truckId); it != m_trucks.end())
                            truck::evolve(*it, x.truckId, re.event);
                }
            }
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

const shipment::State *DomainState::findShipment(const QString &id) const { return findIn(m_shipments, id); }
const truck::State *DomainState::findTruck(const QString &id) const { return findIn(m_trucks, id); }
const account::State *DomainState::findAccount(const QString &id) const { return findIn(m_accounts, id); }

} // namespace hs
