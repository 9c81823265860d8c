#pragma once

#include "reducer/reducer.h"
#include "util/isotime.h"

// Writes a small, known history into a store before the dashboard opens it.
struct StoreSeeder
{
    hs::Reducer &reducer;
    int next = 0;

    // True when the command was accepted.
    bool send(hs::Command c, hs::Department d, qint64 at)
    {
        hs::CommandEnvelope e{QStringLiteral("seed-%1").arg(++next), at, hs::Actor{QStringLiteral("tester"), d}, std::move(c), {}, {}};
        const auto out = reducer.submit(e);
        return !out.failure && !out.results.empty() && out.results.front().accepted;
    }

    static hs::Address address(const QString &city)
    {
        return hs::Address{QStringLiteral("Dock"), QStringLiteral("1 Main St"), std::nullopt, city, QStringLiteral("KS"), QStringLiteral("67202")};
    }

    bool shipment(const QString &id, const QString &account, int weight, qint64 at)
    {
        return send(hs::cmd::SubmitShipment{id, account, address(QStringLiteral("Salina")), address(QStringLiteral("Wichita")), weight},
                    hs::Department::CustomerService, at);
    }
};
