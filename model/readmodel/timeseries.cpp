#include "timeseries.h"

#include "../store/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <climits>

namespace hs {

namespace {

qint64 limitOf(const AsOf *at) { return at ? at->position : LLONG_MAX; }

// The last day a series should reach: the shown moment's day, or today when live.
QDate endDay(const AsOf *at, int offset)
{
    if (at && at->time != LLONG_MAX)
        return QDateTime::fromMSecsSinceEpoch(at->time, Qt::UTC).addSecs(offset).date();
    if (at)
        return {};
    return QDateTime::currentDateTimeUtc().addSecs(offset).date();
}

void extendTo(std::vector<DayValue> &series, QDate end, bool cumulative)
{
    // Only a short stretch: a store whose last event is years old should not draw years of nothing.
    if (series.empty() || !end.isValid() || end <= series.back().day || series.back().day.daysTo(end) > 366)
        return;
    for (QDate d = series.back().day.addDays(1); d <= end; d = d.addDays(1))
        series.push_back(DayValue{d, cumulative ? series.back().value : 0});
}

} // namespace

TimeSeriesQueries::TimeSeriesQueries(QSqlDatabase db, int utcOffsetSeconds) : m_db(db), m_offset(utcOffsetSeconds) {}

QString TimeSeriesQueries::dayOf(const QString &msColumn) const
{
    return Dialect::of(m_db).dayOf(msColumn, m_offset);
}

std::vector<DayValue> fillDays(const std::vector<DayValue> &sparse, bool cumulative)
{
    std::vector<DayValue> out;
    if (sparse.empty())
        return out;
    out.reserve(sparse.front().day.daysTo(sparse.back().day) + 1);
    qint64 running = 0;
    auto it = sparse.begin();
    for (QDate d = sparse.front().day; d <= sparse.back().day; d = d.addDays(1)) {
        qint64 today = 0;
        while (it != sparse.end() && it->day == d)
            today += (it++)->value;
        running += today;
        out.push_back(DayValue{d, cumulative ? running : today});
    }
    return out;
}

std::vector<DayStatusCounts> TimeSeriesQueries::shipmentsByStatus(const AsOf *at)
{
    // A status row enters the count on its first event's day and leaves on the day of the event
    // that closed it; summing those steps per day and status, then running the totals, gives
    // the end-of-day counts without touching a shipment twice.
    const QString sql = QStringLiteral(
        "SELECT day, status, SUM(delta) FROM ("
        " SELECT %1 AS day, s.status AS status, 1 AS delta FROM rm_shipments s"
        "  JOIN events e ON e.position = s.valid_from WHERE s.valid_from <= :p"
        " UNION ALL"
        " SELECT %1, s.status, -1 FROM rm_shipments s"
        "  JOIN events e ON e.position = s.valid_to WHERE s.valid_to <= :p"
        ") AS steps GROUP BY day, status ORDER BY day").arg(dayOf(QStringLiteral("e.occurred_at")));
    QSqlQuery q(m_db);
    streamRows(q);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":p"), limitOf(at));
    std::vector<DayStatusCounts> out;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    StatusCounts running{};
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const auto status = statusFromName(q.value(1).toString());
        if (!day.isValid() || !status)
            continue;
        if (out.empty() || out.back().day != day) {
            // Carry the counts over any quiet days in between.
            for (QDate d = out.empty() ? day : out.back().day.addDays(1); d < day; d = d.addDays(1))
                out.push_back(DayStatusCounts{d, running});
            out.push_back(DayStatusCounts{day, running});
        }
        running[static_cast<int>(*status)] += q.value(2).toLongLong();
        out.back().counts = running;
    }
    const QDate end = endDay(at, m_offset);
    if (!out.empty() && end.isValid() && end > out.back().day && out.back().day.daysTo(end) <= 366)
        for (QDate d = out.back().day.addDays(1); d <= end; d = d.addDays(1))
            out.push_back(DayStatusCounts{d, running});
    return out;
}

std::vector<DayValue> TimeSeriesQueries::deliveriesPerDay(const AsOf *at)
{
    // A shipment is delivered once, and that row begins with its delivery event.
    QSqlQuery q(m_db);
    streamRows(q);
    q.prepare(QStringLiteral("SELECT %1 AS day, COUNT(*) FROM rm_shipments s JOIN events e ON e.position = s.valid_from "
                             "WHERE s.status = 'delivered' AND s.valid_from <= :p GROUP BY day ORDER BY day")
                  .arg(dayOf(QStringLiteral("e.occurred_at"))));
    q.bindValue(QStringLiteral(":p"), limitOf(at));
    std::vector<DayValue> sparse;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return sparse;
    }
    while (q.next())
        sparse.push_back(DayValue{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong()});
    auto out = fillDays(sparse, false);
    extendTo(out, endDay(at, m_offset), false);
    return out;
}

std::vector<DayValue> TimeSeriesQueries::ledgerPerDay(const QString &accountId, const AsOf *at, bool invoicesOnly)
{
    QString sql = QStringLiteral("SELECT %1 AS day, SUM(amount_cents) FROM rm_ledger WHERE position <= :p")
                      .arg(dayOf(QStringLiteral("occurred_at")));
    if (!accountId.isEmpty())
        sql += QStringLiteral(" AND account_id = :a");
    if (invoicesOnly)
        sql += QStringLiteral(" AND kind = 'invoice'");
    sql += QStringLiteral(" GROUP BY day ORDER BY day");
    QSqlQuery q(m_db);
    streamRows(q);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":p"), limitOf(at));
    if (!accountId.isEmpty())
        q.bindValue(QStringLiteral(":a"), accountId);
    std::vector<DayValue> sparse;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return sparse;
    }
    // Ledger amounts are signed as they move the balance: an invoice lowers it.
    while (q.next())
        sparse.push_back(DayValue{QDate::fromString(q.value(0).toString(), Qt::ISODate), -q.value(1).toLongLong()});
    return sparse;
}

std::vector<DayValue> TimeSeriesQueries::revenuePerDay(const QString &accountId, const AsOf *at)
{
    auto out = fillDays(ledgerPerDay(accountId, at, true), false);
    extendTo(out, endDay(at, m_offset), false);
    return out;
}

std::vector<DayValue> TimeSeriesQueries::receivables(const QString &accountId, const AsOf *at)
{
    auto out = fillDays(ledgerPerDay(accountId, at, false), true);
    extendTo(out, endDay(at, m_offset), true);
    return out;
}

} // namespace hs
