#pragma once

#include "readmodel/timeseries.h"

#include <QChartView>
#include <functional>

namespace hs {

// A chart of one figure per day: bars (counts, revenue) or a line (a running balance).
class DailyChart : public QChartView
{
    Q_OBJECT
public:
    enum class Style { Bars, Line };
    DailyChart(Style style, QColor color, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // How a value reads on the axis and in tooltips (counts by default).
    void setValueFormat(std::function<QString(qint64)> format, double scale = 1.0);
    void setSeries(const std::vector<DayValue> &days);
    int pointCount() const { return m_points; }

private:
    Style m_style;
    QColor m_color;
    std::function<QString(qint64)> m_format;
    double m_scale = 1.0;
    int m_points = 0;
};

// Shipments per status at the end of each day, as stacked areas in the status colours.
class StatusAreaChart : public QChartView
{
    Q_OBJECT
public:
    explicit StatusAreaChart(QWidget *parent = nullptr);
    void setTitle(const QString &title);
    void setStatusNames(const QStringList &names);
    void setSeries(const std::vector<DayStatusCounts> &days);
    int dayCount() const { return m_days; }
    // Delivered and cancelled only grow; left out, the open work shows its ups and downs.
    void setIncludeSettled(bool include);

private:
    QStringList m_names;
    int m_days = 0;
    bool m_includeSettled = false;
    std::vector<DayStatusCounts> m_last;
};

// Follows the application palette, light or dark.
void styleChart(QChart *chart, const QPalette &palette);

} // namespace hs
