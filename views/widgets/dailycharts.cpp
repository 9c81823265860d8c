#include "dailycharts.h"
#include "money.h"
#include "widgets/heading.h"
#include "shell/theme.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QRegularExpression>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

namespace hs {

namespace {

qint64 msOf(QDate d) { return d.startOfDay().toMSecsSinceEpoch(); }

// The language's short date without the year: 11/30 in English, 30.11 in German, 30/11 in Spanish.
QString dayMonthFormat()
{
    QString f = moneyLocale().dateFormat(QLocale::ShortFormat);
    f.remove(QRegularExpression(QStringLiteral("[^dM]*y+[^dM]*")));
    return f;
}

QString dayLabel(QDate d) { return moneyLocale().toString(d, dayMonthFormat()); }

// "$%.0f" in English, "%.0f $" in German: where the language puts the dollar sign.
QString dollarAxisFormat()
{
    const QLocale l = moneyLocale();
    return l.toCurrencyString(1.0, QStringLiteral("$"), 0).replace(l.toString(1), QStringLiteral("%.0f"));
}

// A round upper bound so the axis reads 0, 5, 10… rather than 0, 4.6, 9.2; never under 4, so
// that five ticks labelled in whole units (dollars, shipments) never repeat a label (a balance
// of zero throughout read $0, $0, $0, $1, $1, $1).
double niceCeiling(double v)
{
    if (v <= 4)
        return 4;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (v <= m * p)
            return m * p;
    return 10 * p;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes()) {
        chart->removeAxis(a);
        delete a;
    }
}

} // namespace

void styleChart(QChart *chart, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(6);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setTitleFont(headingFont(QFont(), HeadingLevel::Group));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers with thousands separators; dollars written the business's way without a language.
    chart->setLocale(moneyLocale());
    chart->setLocalizeNumbers(true);
}

DailyChart::DailyChart(Style style, QColor color, QWidget *parent)
    : QChartView(parent), m_style(style), m_color(color), m_format([](qint64 v) { return QLocale().toString(v); })
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    chart()->legend()->hide();
    styleChart(chart(), palette());
}

void DailyChart::setTitle(const QString &title)
{
    chart()->setTitle(title);
    setAccessibleName(title);
}

void DailyChart::setValueFormat(std::function<QString(qint64)> format, double scale)
{
    m_format = std::move(format);
    m_scale = scale;
}

void DailyChart::setSeries(const std::vector<DayValue> &days)
{
    clearChart(chart());
    m_points = int(days.size());
    double top = 0, bottom = 0;
    for (const DayValue &d : days) {
        top = std::max(top, d.value * m_scale);
        bottom = std::min(bottom, d.value * m_scale);
    }
    auto *y = new QValueAxis;
    y->setRange(bottom < 0 ? -niceCeiling(-bottom) : 0, niceCeiling(top));
    y->setTickCount(5);
    chart()->setLocale(moneyLocale()); // the language may have changed since the chart was made
    y->setLabelFormat(m_scale == 1.0 ? QStringLiteral("%.0f") : dollarAxisFormat());
    y->setGridLineColor(palette().color(QPalette::Midlight));
    QString summary;
    if (!days.empty())
        summary = tr("%1 to %2; latest %3").arg(dayLabel(days.front().day), dayLabel(days.back().day), m_format(days.back().value));
    setAccessibleDescription(summary);
    if (m_style == Style::Bars) {
        auto *set = new QBarSet(chart()->title());
        set->setColor(m_color);
        set->setBorderColor(m_color);
        QStringList labels;
        for (const DayValue &d : days) {
            *set << d.value * m_scale;
            labels << dayLabel(d.day);
        }
        auto *series = new QBarSeries;
        series->setBarWidth(0.75);
        series->append(set);
        chart()->addSeries(series);
        // A label every few days rather than one per bar, which would not fit.
        auto *x = new QCategoryAxis;
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        x->setStartValue(-0.5);
        const int step = std::max(1, int(days.size() + 3) / 4);
        for (int i = 0; i < int(days.size()); i += step)
            x->append(labels[i], i);
        x->setRange(-0.5, std::max(0.5, days.size() - 0.5));
        x->setGridLineVisible(false);
        chart()->addAxis(x, Qt::AlignBottom);
        chart()->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        y->applyNiceNumbers();
        const std::vector<DayValue> copy = days;
        connect(series, &QBarSeries::hovered, this, [this, copy](bool on, int i) {
            if (on && i >= 0 && i < int(copy.size()))
                QToolTip::showText(QCursor::pos(), QStringLiteral("%1: %2").arg(QLocale().toString(copy[size_t(i)].day, QLocale::ShortFormat), m_format(copy[size_t(i)].value)), this);
            else
                QToolTip::hideText();
        });
    } else {
        auto *series = new QLineSeries;
        QPen pen(m_color);
        pen.setWidthF(2.5);
        series->setPen(pen);
        for (const DayValue &d : days)
            series->append(double(msOf(d.day)), d.value * m_scale);
        chart()->addSeries(series);
        auto *x = new QDateTimeAxis;
        x->setFormat(dayMonthFormat());
        x->setTickCount(std::min<int>(6, std::max<int>(2, int(days.size()))));
        if (!days.empty())
            x->setRange(days.front().day.startOfDay(), days.back().day.startOfDay());
        x->setGridLineColor(palette().color(QPalette::Midlight));
        chart()->addAxis(x, Qt::AlignBottom);
        chart()->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        y->applyNiceNumbers();
    }
}

StatusAreaChart::StatusAreaChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    styleChart(chart(), palette());
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void StatusAreaChart::setTitle(const QString &title)
{
    chart()->setTitle(title);
    setAccessibleName(title);
}

void StatusAreaChart::setStatusNames(const QStringList &names) { m_names = names; }

void StatusAreaChart::setIncludeSettled(bool include)
{
    m_includeSettled = include;
    setSeries(std::vector<DayStatusCounts>(m_last));
}

void StatusAreaChart::setSeries(const std::vector<DayStatusCounts> &days)
{
    m_last = days;
    clearChart(chart());
    m_days = int(days.size());
    // Settled work at the bottom, open work stacked on top where its changes show.
    const ShipmentStatus order[] = {ShipmentStatus::Delivered, ShipmentStatus::Cancelled, ShipmentStatus::OutForDelivery,
                                    ShipmentStatus::Assigned, ShipmentStatus::Submitted};
    auto *x = new QDateTimeAxis;
    x->setFormat(dayMonthFormat());
    x->setTickCount(std::min<int>(6, std::max<int>(2, int(days.size()))));
    if (!days.empty())
        x->setRange(days.front().day.startOfDay(), days.back().day.startOfDay());
    x->setGridLineColor(palette().color(QPalette::Midlight));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTickCount(5);
    y->setGridLineColor(palette().color(QPalette::Midlight));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    std::vector<qint64> below(days.size(), 0);
    double top = 0;
    for (ShipmentStatus s : order) {
        if (!m_includeSettled && (s == ShipmentStatus::Delivered || s == ShipmentStatus::Cancelled))
            continue;
        auto *lower = new QLineSeries;
        auto *upper = new QLineSeries;
        for (size_t i = 0; i < days.size(); ++i) {
            const double t = double(msOf(days[i].day));
            lower->append(t, double(below[i]));
            below[i] += days[i].counts[size_t(s)];
            upper->append(t, double(below[i]));
            top = std::max(top, double(below[i]));
        }
        auto *area = new QAreaSeries(upper, lower);
        const int i = static_cast<int>(s);
        area->setName(i < m_names.size() ? m_names[i] : statusName(s));
        QColor c = theme::shipmentStatus(s, palette());
        area->setBorderColor(c.darker(115));
        c.setAlpha(210);
        area->setColor(c);
        chart()->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
    }
    y->setRange(0, niceCeiling(top));
    y->applyNiceNumbers();
    if (!days.empty()) {
        QStringList parts;
        for (int i = 0; i < 5 && i < m_names.size(); ++i)
            parts << QStringLiteral("%1 %2").arg(m_names[i], QLocale().toString(days.back().counts[size_t(i)]));
        setAccessibleDescription(parts.join(QStringLiteral(", ")));
    }
}

} // namespace hs
