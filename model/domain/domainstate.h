#pragma once

#include "account.h"
#include "pricing.h"
#include "shipment.h"
#include "truck.h"

#include "../util/idhash.h"

class QIODevice;

#include <climits>

namespace hs {

// Every aggregate's current state and the high-water marks: what the reducer decides against.
// Pure: no I/O. The reducer keeps one in memory; what-if and tests build their own.
class DomainState
{
public:
    // Permission, high-water mark, then the addressed aggregate's decider.
    Decision decide(const CommandEnvelope &c) const;
    void evolve(const RecordedEvent &e);

    // Listener policies: the commands an event causes, given the state after it.
    std::vector<CommandEnvelope> reactTo(const RecordedEvent &e) const;

    const shipment::State *findShipment(const QString &id) const;
    const truck::State *findTruck(const QString &id) const;
    const account::State *findAccount(const QString &id) const;
    const pricing::Schedule &pricing() const { return m_pricing; }
    // Whether e is the first event of its stream: it names a shipment, truck or account this
    // state does not hold (none is ever removed, so none of its events was ever recorded).
    // False for the pricing schedule's one stream, which is not an entity here.
    bool startsStream(const Event &e) const;
    qint64 highWaterMark(const QString &entity) const { return m_marks.value(entity, LLONG_MIN); }

    qint64 position() const { return m_position; }

    // The snapshot payload (domainsnapshot.cpp): one canonical encoding per state. The reader
    // trusts no count and accepts only what serialize() could have written.
    QByteArray serialize() const;
    static std::optional<DomainState> deserialize(const QByteArray &bytes);
    // The same from a device positioned at the payload, which must end where the payload does;
    // *older tells a payload an older version wrote (unused, but not damaged).
    static std::optional<DomainState> deserialize(QIODevice *device, bool *older);
    // A payload an older version wrote: unused (the events are replayed), but not damaged.
    static bool isOlderSnapshot(const QByteArray &bytes);

private:
    friend class SnapshotReader;
    void bookOnAccount(const QString &shipmentId, int sign);
    IdHash<shipment::State> m_shipments;
    IdHash<truck::State> m_trucks;
    IdHash<account::State> m_accounts;
    pricing::Schedule m_pricing;
    IdHash<qint64> m_marks; // entity -> latest issuedAt applied by a user command
    qint64 m_position = 0;
};

// Permission rule, shared with the dashboard so that it can explain a disabled action.
std::optional<Rejection> permissionRefusal(const QString &commandType, Department department);

} // namespace hs
