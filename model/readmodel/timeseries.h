#pragma once

#include "queries.h"

#include <QDate>
#include <QSqlDatabase>
#include <vector>

namespace hs {

// One calendar day's figure. Days are counted in the viewer's zone (utcOffsetSeconds east of UTC).
struct DayValue
{
    QDate day;
    qint64 value = 0;
};

// How many shipments stood in each status at the end of a day.
struct DayStatusCounts
{
    QDate day;
    StatusCounts counts{};
};

// Per-day series for the charts, aggregated in SQL in one pass over the read models. Every
// series is gap-free (a day without activity is present with its carried-over or zero value)
// and stops at the shown moment when `at` is given. Events recorded out of order that the
// moment's prefix does not yet hold are left out: a chart is a picture, not a ledger.
class TimeSeriesQueries
{
public:
    explicit TimeSeriesQueries(QSqlDatabase db, int utcOffsetSeconds = 0);

    // From rm_shipments: each row is a status held from its valid_from to its valid_to event.
    std::vector<DayStatusCounts> shipmentsByStatus(const AsOf *at = nullptr);
    std::vector<DayValue> deliveriesPerDay(const AsOf *at = nullptr);
    // Invoiced cents per day (positive), for one account or all when accountId is empty.
    std::vector<DayValue> revenuePerDay(const QString &accountId = {}, const AsOf *at = nullptr);
    // What customers owe at the end of each day (invoiced − paid, positive when owed).
    std::vector<DayValue> receivables(const QString &accountId = {}, const AsOf *at = nullptr);

    QString lastError() const { return m_error; }

private:
    QString dayOf(const QString &msColumn) const;
    std::vector<DayValue> ledgerPerDay(const QString &accountId, const AsOf *at, bool invoicesOnly);

    QSqlDatabase m_db;
    int m_offset;
    QString m_error;
};

// Fills missing days between the first and last (carrying the previous value when cumulative).
std::vector<DayValue> fillDays(const std::vector<DayValue> &sparse, bool cumulative);

} // namespace hs
