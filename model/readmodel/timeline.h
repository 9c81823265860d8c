#pragma once

#include <QSqlDatabase>
#include <optional>

namespace hs {

// The event timeline as the time machine's slider sees it: positions 0..head, each mapped to
// the moment it became true (the running maximum of occurredAt, events.occurred_max), so that
// "as of that time" shows exactly that prefix of history. Every call is one indexed lookup.
class Timeline
{
public:
    explicit Timeline(QSqlDatabase db);

    struct Span
    {
        qint64 head = 0;
        std::optional<qint64> first; // the earliest occurredAt stored, late events included
        std::optional<qint64> last;  // occurred_max of the head
    };
    Span span();

    // The moment position became true; position 0 is just before the first event.
    std::optional<qint64> timeAtPosition(qint64 position);
    // The last position wholly at or before time (0 when none): the inverse of timeAtPosition.
    qint64 positionAtTime(qint64 time);

private:
    QSqlDatabase m_db;
};

} // namespace hs
