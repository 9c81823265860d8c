#include "timeline.h"

#include <QSqlQuery>
#include <QVariant>

namespace hs {

namespace {

std::optional<qint64> scalar(QSqlQuery &q)
{
    if (q.exec() && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return std::nullopt;
}

} // namespace

Timeline::Timeline(QSqlDatabase db) : m_db(db) {}

Timeline::Span Timeline::span()
{
    Span s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT position, occurred_max FROM events ORDER BY position DESC LIMIT 1"));
    if (q.exec() && q.next()) {
        s.head = q.value(0).toLongLong();
        s.last = q.value(1).toLongLong();
    }
    // The first event's time, or an earlier one recorded late (served by the events_late index).
    QSqlQuery first(m_db);
    first.prepare(QStringLiteral("SELECT occurred_at FROM events ORDER BY position LIMIT 1"));
    s.first = scalar(first);
    QSqlQuery late(m_db);
    late.prepare(QStringLiteral("SELECT min(occurred_at) FROM events WHERE occurred_at < occurred_max"));
    if (const auto l = scalar(late); l && (!s.first || *l < *s.first))
        s.first = l;
    return s;
}

std::optional<qint64> Timeline::timeAtPosition(qint64 position)
{
    if (position <= 0) {
        const auto first = span().first;
        return first ? std::optional(*first - 1) : std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT occurred_max FROM events WHERE position = ?"));
    q.addBindValue(position);
    return scalar(q);
}

qint64 Timeline::positionAtTime(qint64 time)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT position FROM events WHERE occurred_max <= ? "
                             "ORDER BY occurred_max DESC, position DESC LIMIT 1"));
    q.addBindValue(time);
    return scalar(q).value_or(0);
}

} // namespace hs
