#pragma once

// Small builders shared by the model tests: times, actors, addresses and command envelopes.

#include "domain/commands.h"
#include "domain/events.h"
#include "util/isotime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fixtures {

// Minutes after the start of the Great Plains story (2026-01-05 08:00 UTC).
inline qint64 at(qint64 minutes)
{
    static const qint64 base = *hs::isotime::parse(u"2026-01-05T08:00:00Z");
    return base + minutes * 60 * 1000;
}

inline hs::Actor clerk() { return {QStringLiteral("carla"), hs::Department::CustomerService}; }
inline hs::Actor dispatcher() { return {QStringLiteral("dan"), hs::Department::Dispatch}; }
inline hs::Actor bookkeeper() { return {QStringLiteral("fran"), hs::Department::Finance}; }

inline hs::Address address(const QString &city = QStringLiteral("Omaha"))
{
    return {QStringLiteral("Prairie Feed & Seed"), QStringLiteral("1 Elevator Rd"), std::nullopt, city,
            QStringLiteral("NE"), QStringLiteral("68102")};
}

// The department that may issue a command, as a person of that department.
inline hs::Actor actorFor(const hs::Command &c)
{
    switch (hs::departmentFor(c)) {
    case hs::Department::CustomerService: return clerk();
    case hs::Department::Dispatch: return dispatcher();
    case hs::Department::Finance: return bookkeeper();
    case hs::Department::System: return hs::systemActor();
    }
    return {};
}

inline hs::CommandEnvelope command(const QString &id, hs::Command c, qint64 issuedAt,
                                   std::optional<hs::Actor> actor = std::nullopt)
{
    hs::CommandEnvelope e;
    e.commandId = id;
    e.issuedAt = issuedAt;
    e.actor = actor ? *actor : actorFor(c);
    e.command = std::move(c);
    return e;
}

inline hs::cmd::SubmitShipment submit(const QString &shipmentId, const QString &accountId, int weightLb)
{
    return {shipmentId, accountId, address(), address(QStringLiteral("Lincoln")), weightLb};
}

inline QJsonObject json(const QByteArray &bytes) { return QJsonDocument::fromJson(bytes).object(); }

} // namespace fixtures

Q_DECLARE_METATYPE(hs::CommandEnvelope)
