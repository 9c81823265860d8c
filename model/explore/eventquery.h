#pragma once

#include "../readmodel/queries.h"
#include "../store/eventstore.h"

#include <QIODevice>
#include <optional>
#include <vector>

namespace hs {

// Which events the history viewer shows. Every filter narrows; empty means "any".
struct EventFilter
{
    QString streamId;
    QString type;
    std::optional<Department> department;
    QString actorUser;
    std::optional<qint64> from; // occurredAt, inclusive
    std::optional<qint64> to;   // occurredAt, inclusive
    QString text;               // searched inside the event's data
    enum class Order { NewestFirst, OldestFirst } order = Order::NewestFirst;
};

// One page, read by keyset: the rows after `after` in the filter's order, so that the
// thousandth page costs what the first one does.
struct EventPageRequest
{
    EventFilter filter;
    qint64 after = 0; // the position of the last row already shown; 0: from the start
    int limit = 200;
};

struct EventPage
{
    std::vector<RecordedEvent> events;
    qint64 last = 0;   // the keyset for the next page
    bool atEnd = true; // nothing more matches
};

// How many events match. Counting stops at `cap`, so a filter over a million events answers
// at once; `exact` is false when the count stopped there.
struct EventCount
{
    qint64 count = 0;
    bool exact = true;
};

// One business action for the compact view: a correlation, its first command, its events.
struct BusinessAction
{
    QString correlationId;
    QString commandType;
    Actor actor;
    qint64 at = 0;              // the first command's issuedAt
    QString status;             // the first command's outcome
    qint64 firstPosition = 0;
    qint64 eventCount = 0;      // all events of the correlation up to the shown moment
    std::vector<RecordedEvent> events;
};

struct ActionPage
{
    std::vector<BusinessAction> actions;
    qint64 last = 0;
    bool atEnd = true;
};

// One field of an entity's state as the department views show it.
struct StateField
{
    QString name;
    QString value;
};

// An entity the event changed, before and after it; `before` is empty when it created it.
struct EntityChange
{
    QString kind; // shipment, truck, account
    QString id;
    std::vector<StateField> before;
    std::vector<StateField> after;
    bool existedBefore = false;
    // Names of the fields whose value differs (every field when the entity was created).
    QStringList changedFields() const;
};

// A command the chain explorer can start from.
struct ActionSummary
{
    QString commandId;
    QString type;
    QString status;
    qint64 issuedAt = 0;
};

// Reads the events table for the explorer panes. One instance per connection and thread.
class EventQuery
{
public:
    explicit EventQuery(EventStore &events);

    // `at` limits everything to the events at or before the shown moment.
    EventPage page(const EventPageRequest &request, const AsOf *at = nullptr);
    EventCount count(const EventFilter &filter, const AsOf *at = nullptr, qint64 cap = 100000);
    // Events after a position, oldest first: what live tail adds.
    std::vector<RecordedEvent> newerThan(const EventFilter &filter, qint64 position, int limit = 1000);
    ActionPage actions(const EventPageRequest &request, const AsOf *at = nullptr);

    // Replays the entities the event touches up to just before it and up to it.
    std::vector<EntityChange> stateAround(qint64 position);

    // Writes every matching event as `haulctl events` prints it, one per line; the number written.
    qint64 exportJsonLines(const EventFilter &filter, QIODevice &out, const AsOf *at = nullptr);

    // Recent user commands, newest first, for picking a chain to explore.
    std::vector<ActionSummary> recentActions(int limit, const QString &type = {}, const AsOf *at = nullptr);

    // Stream ids starting with a prefix, for completing the stream filter.
    QStringList streams(const QString &prefix, int limit = 50);

private:
    QString where(const EventFilter &f, const AsOf *at, QVariantList &binds);
    qint64 upperBound(const AsOf *at);

    EventStore &m_events;
};

// The fields of each view, in the order the contract lists them.
std::vector<StateField> stateFields(const ShipmentView &s);
std::vector<StateField> stateFields(const TruckView &t);
std::vector<StateField> stateFields(const AccountView &a);

} // namespace hs
