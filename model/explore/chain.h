#pragma once

#include "../readmodel/queries.h"
#include "../store/eventstore.h"

#include <QByteArray>
#include <optional>
#include <vector>

namespace hs {

// The causal graph of one business action: every command and event sharing a correlation,
// with an edge from each cause to its effect.
struct ChainNode
{
    QString id;   // commandId or eventId
    enum class Kind { Command, Event } kind = Kind::Command;
    QString type;
    Department department = Department::System;
    qint64 at = 0;      // issuedAt of a command, occurredAt of an event
    QString status;     // a command's outcome; empty for events
    QString code;       // a rejected command's code
    QString message;    // a rejected command's reason
    QString actorUser;
    QString streamId;   // events
    qint64 position = 0; // events
    QByteArray data;    // events: their data
    QString causeId;    // the node that caused this one; empty for the first command
};

struct ChainEdge
{
    QString from;
    QString to;
};

struct ChainGraph
{
    QString correlationId;
    std::vector<ChainNode> nodes; // causal order
    std::vector<ChainEdge> edges;
    int indexOf(const QString &id) const;
};

// Finds the correlation of a command or event id; nothing when the id is unknown.
std::optional<ChainGraph> buildChain(EventStore &events, const QString &id);

QByteArray chainJson(const ChainGraph &g);

} // namespace hs
