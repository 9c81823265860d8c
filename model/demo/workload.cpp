#include "workload.h"

#include <algorithm>
#include <array>

namespace hs {

namespace {

struct Place
{
    const char *city;
    const char *state;
    const char *zip;
};

constexpr std::array<Place, 16> places{{
    {"Omaha", "NE", "68102"}, {"Lincoln", "NE", "68508"}, {"Grand Island", "NE", "68801"},
    {"Kearney", "NE", "68847"}, {"North Platte", "NE", "69101"}, {"Scottsbluff", "NE", "69361"},
    {"Wichita", "KS", "67202"}, {"Salina", "KS", "67401"}, {"Topeka", "KS", "66603"},
    {"Des Moines", "IA", "50309"}, {"Sioux City", "IA", "51101"}, {"Sioux Falls", "SD", "57104"},
    {"Rapid City", "SD", "57701"}, {"Denver", "CO", "80202"}, {"Cheyenne", "WY", "82001"},
    {"Kansas City", "MO", "64105"},
}};

constexpr std::array<const char *, 24> companies{{
    "Prairie Feed & Seed", "Sandhills Lumber", "Platte Valley Dairy", "Red Cloud Implements",
    "Bluestem Grain Co-op", "Loup River Steel", "Cornhusker Hardware", "Flint Hills Ranch Supply",
    "Missouri Bend Foods", "High Plains Ethanol", "Wheatland Mills", "Pioneer Fence & Post",
    "Dakota Tire Works", "Niobrara Outfitters", "Republican River Seed", "Elkhorn Valley Cabinets",
    "Heartland Fertilizer", "Buffalo County Concrete", "Sutherland Irrigation", "Ogallala Pipe",
    "Great Bend Plastics", "Chimney Rock Brewing", "Keystone Auto Parts", "Saline Creek Pottery",
}};

constexpr std::array<const char *, 12> streets{{
    "Industrial Rd", "Main St", "Railroad Ave", "County Rd 12", "Commerce Dr", "Elevator Rd",
    "Depot St", "Highway 30", "Frontage Rd", "Mill St", "Prairie Ln", "Warehouse Way",
}};

constexpr std::array<const char *, 10> signers{{
    "J. Alvarez", "M. Schmidt", "K. Nguyen", "R. Olsen", "T. Brooks",
    "L. Novak", "D. Hansen", "P. Yellowhorse", "S. Kowalski", "A. Lindqvist",
}};

constexpr std::array<const char *, 6> breakdowns{{
    "Flat tire on I-80", "Coolant leak", "Brake warning light", "Alternator failed",
    "Cracked windshield", "Transmission slipping",
}};

QString s(const char *c) { return QString::fromUtf8(c); }

} // namespace

Workload::Workload(const Options &o) : m_o(o), m_rng(o.seed), m_now(o.startMs) {}

bool Workload::chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }

template <typename T> const T &Workload::pick(const std::vector<T> &v)
{
    return v[std::uniform_int_distribution<size_t>(0, v.size() - 1)(m_rng)];
}

CommandEnvelope Workload::make(Command c, const QString &user, Department d)
{
    CommandEnvelope e;
    e.commandId = QStringLiteral("w%1-%2").arg(m_o.seed).arg(++m_seq, 7, 10, QLatin1Char('0'));
    e.issuedAt = m_now;
    e.actor = Actor{user, d};
    e.command = std::move(c);
    m_recentCommandIds.push_back(e.commandId);
    if (m_recentCommandIds.size() > 64)
        m_recentCommandIds.erase(m_recentCommandIds.begin());
    return e;
}

Address Workload::randomAddress()
{
    const Place &p = places[std::uniform_int_distribution<size_t>(0, places.size() - 1)(m_rng)];
    Address a;
    a.name = s(companies[std::uniform_int_distribution<size_t>(0, companies.size() - 1)(m_rng)]);
    a.line1 = QStringLiteral("%1 %2").arg(std::uniform_int_distribution<int>(100, 9899)(m_rng))
                  .arg(s(streets[std::uniform_int_distribution<size_t>(0, streets.size() - 1)(m_rng)]));
    if (chance(0.2))
        a.line2 = QStringLiteral("Dock %1").arg(std::uniform_int_distribution<int>(1, 9)(m_rng));
    a.city = s(p.city);
    a.state = s(p.state);
    a.zip = s(p.zip);
    return a;
}

void Workload::setup(std::vector<CommandEnvelope> &out)
{
    for (int i = 0; i < m_o.accounts; ++i) {
        const QString id = QStringLiteral("A-%1").arg(100 + i);
        QString name = s(companies[i % companies.size()]);
        if (i >= int(companies.size()))
            name += QStringLiteral(" #%1").arg(i / companies.size() + 1);
        out.push_back(make(cmd::OpenAccount{id, name}, QStringLiteral("frank"), Department::Finance));
        m_accounts.push_back(id);
    }
    static constexpr std::array<int, 3> capacities{26000, 45000, 80000};
    for (int i = 0; i < m_o.trucks; ++i) {
        Truck t;
        t.id = QStringLiteral("T-%1").arg(i + 1);
        t.capacityLb = capacities[i % 4 == 3 ? 2 : (i % 2)];
        out.push_back(make(cmd::RegisterTruck{t.id, t.capacityLb}, QStringLiteral("dan"), Department::Dispatch));
        m_trucks.push_back(t);
    }
}

void Workload::mistake(std::vector<CommandEnvelope> &out)
{
    const int kind = std::uniform_int_distribution<int>(0, 4)(m_rng);
    if (kind == 0 && !m_delivered.empty()) {
        // Shipping what was already delivered: illegal_transition.
        out.push_back(make(cmd::ShipShipment{pick(m_delivered)}, QStringLiteral("maria"), Department::Dispatch));
    } else if (kind == 1 && !m_queue.empty()) {
        // The heaviest waiting shipment onto the smallest truck: over_capacity or truck_unavailable.
        const QString &sid = m_queue.front();
        auto smallest = std::min_element(m_trucks.begin(), m_trucks.end(),
                                         [](const Truck &a, const Truck &b) { return a.capacityLb < b.capacityLb; });
        if (m_shipments[sid].weightLb > smallest->capacityLb || !smallest->shipmentId.isEmpty() || !smallest->inService)
            out.push_back(make(cmd::AssignTruck{sid, smallest->id}, QStringLiteral("maria"), Department::Dispatch));
    } else if (kind == 2 && !m_recentCommandIds.empty()) {
        // A double click: the same command again, recognised as a duplicate.
        // Re-sending needs the original command; a fresh CancelShipment with an old id is
        // still answered from the log, which is what a resubmission is.
        CommandEnvelope dup = make(cmd::ShipShipment{QStringLiteral("S-0")}, QStringLiteral("dan"), Department::Dispatch);
        dup.commandId = m_recentCommandIds.front();
        out.push_back(dup);
    } else if (kind == 3 && !m_queue.empty()) {
        // Captured long ago and sent late: stale.
        const QString &sid = m_queue.back();
        CommandEnvelope late = make(cmd::CancelShipment{sid, QStringLiteral("Customer called to cancel")},
                                    QStringLiteral("sam"), Department::CustomerService);
        late.issuedAt = m_shipments[sid].since - 3600 * 1000;
        out.push_back(late);
    } else {
        // A payment for an account that does not exist: not_found.
        out.push_back(make(cmd::PostPayment{QStringLiteral("A-999"), 12500, QStringLiteral("CHK-%1").arg(m_nextPayment++)},
                           QStringLiteral("priya"), Department::Finance));
    }
}

std::vector<CommandEnvelope> Workload::nextRound()
{
    std::vector<CommandEnvelope> out;
    if (!m_setUp) {
        m_setUp = true;
        setup(out);
        return out;
    }
    advanceClock();
    // The order of the steps is the order of the random draws: the same seed, the same story.
    takeRequests(out);
    cancelSome(out);
    for (Truck &t : m_trucks)
        moveTruck(t, out);
    breakDown(out);
    postPayments(out);
    changePricing(out);
    if (chance(m_o.mistakeRate))
        mistake(out);
    return out;
}

void Workload::advanceClock()
{
    m_now += m_o.tickMs;
    if (m_o.businessHoursOnly) {
        // Great Plains works 6 am to 8 pm Central: 12:00 to 02:00 UTC.
        const qint64 day = 86400000;
        const qint64 hour = (m_now % day) / 3600000;
        if (hour >= 2 && hour < 12)
            m_now = (m_now / day) * day + 12 * 3600000;
    }
}

// Customer Service takes requests.
void Workload::takeRequests(std::vector<CommandEnvelope> &out)
{
    double submits = m_o.submitsPerTick;
    while (submits > 0) {
        if (submits < 1 && !chance(submits))
            break;
        submits -= 1;
        Shipment sh;
        sh.id = QStringLiteral("S-%1").arg(m_nextShipment++);
        sh.accountId = pick(m_accounts);
        const int band = std::uniform_int_distribution<int>(0, 9)(m_rng);
        sh.weightLb = band < 6 ? std::uniform_int_distribution<int>(200, 12000)(m_rng)
                    : band < 9 ? std::uniform_int_distribution<int>(12000, 26000)(m_rng)
                               : std::uniform_int_distribution<int>(26000, 44000)(m_rng);
        sh.since = m_now;
        cmd::SubmitShipment c{sh.id, sh.accountId, randomAddress(), randomAddress(), sh.weightLb};
        out.push_back(make(c, chance(0.5) ? QStringLiteral("carla") : QStringLiteral("sam"), Department::CustomerService));
        m_shipments.insert(sh.id, sh);
        m_queue.push_back(sh.id);
    }
}

void Workload::cancelSome(std::vector<CommandEnvelope> &out)
{
    // Now and then a customer cancels a waiting shipment.
    if (!m_queue.empty() && chance(0.02)) {
        const size_t i = std::uniform_int_distribution<size_t>(0, m_queue.size() - 1)(m_rng);
        const QString sid = m_queue[i];
        m_queue.erase(m_queue.begin() + i);
        m_shipments[sid].status = ShipmentStatus::Cancelled;
        out.push_back(make(cmd::CancelShipment{sid, QStringLiteral("Customer no longer needs the pickup")},
                           QStringLiteral("carla"), Department::CustomerService));
    }
}

// Dispatch moves a truck along: back into service, onto a waiting shipment, out, delivered.
void Workload::moveTruck(Truck &t, std::vector<CommandEnvelope> &out)
{
    if (!t.inService) {
        if (m_now - t.brokeAt > 20 * 3600 * 1000 && chance(0.05)) {
            t.inService = true;
            out.push_back(make(cmd::ReturnTruckToService{t.id}, QStringLiteral("dan"), Department::Dispatch));
        }
        return;
    }
    if (t.shipmentId.isEmpty()) {
        if (m_now > m_o.dispatchUntilMs)
            return;
        for (size_t i = 0; i < std::min<size_t>(m_queue.size(), 6); ++i) {
            Shipment &sh = m_shipments[m_queue[i]];
            if (sh.weightLb <= t.capacityLb && m_now - sh.since >= 20 * 60 * 1000) {
                sh.status = ShipmentStatus::Assigned;
                sh.truckId = t.id;
                sh.since = m_now;
                t.shipmentId = sh.id;
                m_queue.erase(m_queue.begin() + i);
                out.push_back(make(cmd::AssignTruck{sh.id, t.id}, chance(0.6) ? QStringLiteral("dan") : QStringLiteral("maria"), Department::Dispatch));
                break;
            }
        }
        return;
    }
    Shipment &sh = m_shipments[t.shipmentId];
    if (sh.status == ShipmentStatus::Assigned && m_now - sh.since >= 30 * 60 * 1000 && m_now <= m_o.dispatchUntilMs && chance(0.4)) {
        sh.status = ShipmentStatus::OutForDelivery;
        sh.since = m_now;
        out.push_back(make(cmd::ShipShipment{sh.id}, QStringLiteral("dan"), Department::Dispatch));
    } else if (sh.status == ShipmentStatus::OutForDelivery && m_now - sh.since >= 90 * 60 * 1000 && chance(0.3)) {
        sh.status = ShipmentStatus::Delivered;
        sh.since = m_now;
        t.shipmentId.clear();
        m_delivered.push_back(sh.id);
        if (m_delivered.size() > 256)
            m_delivered.erase(m_delivered.begin());
        out.push_back(make(cmd::DeliverShipment{sh.id, s(signers[std::uniform_int_distribution<size_t>(0, signers.size() - 1)(m_rng)])},
                           QStringLiteral("maria"), Department::Dispatch));
        m_owed.emplace_back(sh.accountId, std::max<qint64>(sh.weightLb * 28, 1));
    }
}

void Workload::breakDown(std::vector<CommandEnvelope> &out)
{
    // A breakdown: a shipment still in the yard goes back to the queue (the listener does it).
    if (chance(0.004)) {
        Truck &t = m_trucks[std::uniform_int_distribution<size_t>(0, m_trucks.size() - 1)(m_rng)];
        if (t.inService) {
            t.inService = false;
            t.brokeAt = m_now;
            out.push_back(make(cmd::ReportBreakdown{t.id, s(breakdowns[std::uniform_int_distribution<size_t>(0, breakdowns.size() - 1)(m_rng)])},
                               QStringLiteral("dan"), Department::Dispatch));
            if (!t.shipmentId.isEmpty() && m_shipments[t.shipmentId].status == ShipmentStatus::Assigned) {
                Shipment &sh = m_shipments[t.shipmentId];
                sh.status = ShipmentStatus::Submitted;
                sh.truckId.clear();
                sh.since = m_now;
                auto at = std::lower_bound(m_queue.begin(), m_queue.end(), sh.id, [](const QString &a, const QString &b) {
                    return a.size() != b.size() ? a.size() < b.size() : a < b;
                });
                m_queue.insert(at, sh.id);
                t.shipmentId.clear();
            }
        }
    }
}

void Workload::postPayments(std::vector<CommandEnvelope> &out)
{
    // Finance posts the cheques that arrived, and now and then one bounces.
    for (double payments = m_o.paymentsPerTick; payments > 0 && !m_owed.empty(); payments -= 1) {
        if (payments < 1 && !chance(payments))
            break;
        const auto [account, cents] = m_owed.front();
        m_owed.erase(m_owed.begin());
        const QString ref = QStringLiteral("CHK-%1").arg(m_nextPayment++);
        out.push_back(make(cmd::PostPayment{account, cents, ref}, QStringLiteral("priya"), Department::Finance));
        m_payments.emplace_back(account, ref);
        if (m_payments.size() > 64)
            m_payments.erase(m_payments.begin());
    }
    if (!m_payments.empty() && chance(0.003)) {
        const size_t i = std::uniform_int_distribution<size_t>(0, m_payments.size() - 1)(m_rng);
        const auto [account, ref] = m_payments[i];
        m_payments.erase(m_payments.begin() + i);
        out.push_back(make(cmd::ReversePayment{account, ref, QStringLiteral("Cheque returned by the bank")},
                           QStringLiteral("priya"), Department::Finance));
    }
}

void Workload::changePricing(std::vector<CommandEnvelope> &out)
{
    // Pricing changes with the diesel price, announced a day ahead.
    if (chance(0.0008)) {
        out.push_back(make(cmd::SchedulePricingRule{QStringLiteral("R-%1").arg(m_nextRule++), m_now + 86400000,
                                                    std::uniform_int_distribution<int>(26, 34)(m_rng),
                                                    std::uniform_int_distribution<int>(5, 15)(m_rng) * 500},
                           QStringLiteral("frank"), Department::Finance));
    }
}

} // namespace hs
