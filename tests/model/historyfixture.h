#pragma once

#include "reducer/reducer.h"
#include "util/isotime.h"

#include <QString>

// A small, known history shared by the explorer tests: one account, one truck, one shipment
// taken from submission to delivery (with its invoice), a payment, and a rejected command.
//   1 AccountOpened  2 TruckRegistered  3 ShipmentSubmitted  4 ShipmentAssigned
//   5 ShipmentShipped  6 ShipmentDelivered  7 AccountInvoiced (listener)  8 PaymentPosted
namespace historyfixture {

inline qint64 minute(int n) { return *hs::isotime::parse(u"2026-01-05T10:00:00Z") + n * 60000; }

inline hs::Address address(const QString &city)
{
    return hs::Address{QStringLiteral("Dock"), QStringLiteral("1 Main St"), std::nullopt, city, QStringLiteral("NE"),
                       QStringLiteral("68102")};
}

inline bool fill(hs::Reducer &r)
{
    using namespace hs;
    const Actor fran{QStringLiteral("fran"), Department::Finance};
    const Actor dan{QStringLiteral("dan"), Department::Dispatch};
    const Actor cara{QStringLiteral("cara"), Department::CustomerService};
    const std::vector<CommandEnvelope> commands{
        {QStringLiteral("c1"), minute(0), fran, cmd::OpenAccount{QStringLiteral("ACME"), QStringLiteral("Acme Feed & Seed")}, {}, {}},
        {QStringLiteral("c2"), minute(1), dan, cmd::RegisterTruck{QStringLiteral("T-7"), 20000}, {}, {}},
        {QStringLiteral("c3"), minute(2), cara,
         cmd::SubmitShipment{QStringLiteral("S-1"), QStringLiteral("ACME"), address(QStringLiteral("Omaha")),
                             address(QStringLiteral("Lincoln")), 1000},
         {}, {}},
        {QStringLiteral("c4"), minute(3), dan, cmd::AssignTruck{QStringLiteral("S-1"), QStringLiteral("T-7")}, {}, {}},
        {QStringLiteral("c5"), minute(4), dan, cmd::ShipShipment{QStringLiteral("S-1")}, {}, {}},
        {QStringLiteral("c6"), minute(5), dan, cmd::DeliverShipment{QStringLiteral("S-1"), QStringLiteral("Pat Doe")}, {}, {}},
        {QStringLiteral("c7"), minute(6), fran, cmd::PostPayment{QStringLiteral("ACME"), 28000, QStringLiteral("R-1")}, {}, {}},
        {QStringLiteral("c8"), minute(7), dan, cmd::ShipShipment{QStringLiteral("S-1")}, {}, {}},
    };
    for (const CommandEnvelope &c : commands)
        if (r.submit(c).failure)
            return false;
    return r.headPosition() == 8;
}

} // namespace historyfixture
