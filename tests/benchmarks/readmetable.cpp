#include "readmetable.h"

#include "sharedbench.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <functional>

namespace hs::bench {

namespace {

using Cell = std::function<QString(const QJsonObject &)>;

struct Row
{
    const char *figure;
    Cell cell;
    const char *target; // at a million events, as the issues set it
};

QJsonValue at(const QJsonObject &o, const QString &path)
{
    QJsonValue v = o;
    for (const QString &key : path.split(u'.'))
        v = v.toObject().value(key);
    return v;
}

// Thousands separated by a thin space, as the README writes them; "–" where a run has no figure.
QString number(const QJsonValue &v, int decimals = 0)
{
    if (!v.isDouble())
        return QStringLiteral("–");
    const double x = v.toDouble();
    if (decimals > 0)
        return QString::number(x, 'f', decimals);
    QString digits = QString::number(qint64(std::llround(x)));
    for (qsizetype i = digits.size() - 3; i > 0 && digits[i - 1].isDigit(); i -= 3)
        digits.insert(i, u' ');
    return digits;
}

Cell one(const char *path, int decimals = 0)
{
    return [=](const QJsonObject &o) { return number(at(o, QString::fromLatin1(path)), decimals); };
}

Cell pair(const char *a, const char *b, int decimals)
{
    return [=](const QJsonObject &o) {
        return number(at(o, QString::fromLatin1(a)), decimals) + QStringLiteral(" / ") + number(at(o, QString::fromLatin1(b)), decimals);
    };
}

// "a (b)": a figure with the one it is read beside.
Cell besides(const char *a, const char *b, int decimals)
{
    return [=](const QJsonObject &o) {
        return QStringLiteral("%1 (%2)").arg(number(at(o, QString::fromLatin1(a)), decimals), number(at(o, QString::fromLatin1(b)), decimals));
    };
}

// The figure a full import or rebuild gave, else the one measured in its place (fill).
Cell either(const char *figure, const char *fill, const char *fillName)
{
    return [=](const QJsonObject &o) {
        const QJsonValue v = at(o, QString::fromLatin1(figure)), f = at(o, QString::fromLatin1(fill));
        return v.isDouble() || !f.isDouble() ? number(v) : QStringLiteral("%1 (%2)").arg(number(f), QString::fromLatin1(fillName));
    };
}

const std::vector<Row> &rows()
{
    static const std::vector<Row> r{
        {"import, events/s (commands/s)", besides("import.eventsPerSec", "import.commandsPerSec", 0), "≥ 40 000"},
        {"import ÷ raw insert through SQLite's C API (÷ through Qt SQL)", besides("import.ratioCapi", "import.ratio", 3), "≥ 0.15"},
        {"rebuild, events/s", one("rebuild.eventsPerSec"), "≥ 150 000"},
        {"rebuild ÷ raw scan-and-parse through the C API (÷ through Qt SQL)", besides("rebuild.ratioCapi", "rebuild.ratio", 3), "≥ 0.3"},
        {"interactive p50 / p99, ms per command", pair("interactive.p50Ms", "interactive.p99Ms", 2), "p99 ≤ 2"},
        {"as-of, all department views, p50 / p95 ms", pair("asOf.p50Ms", "asOf.p95Ms", 1), "p95 ≤ 20, flat"},
        {"open: first pane with data, ms (median of 3)", one("open.readyMs"), "≤ 250"},
        {"open: peak resident memory, MB", one("open.peakRssMb", 1), "≤ 200"},
        {"PostgreSQL import, events/s", either("postgresql.import.eventsPerSec", "postgresql.copy.eventsPerSec", "copied"), ""},
        {"PostgreSQL rebuild, events/s", either("postgresql.rebuild.eventsPerSec", "postgresql.projection.eventsPerSec", "projected after a copy"), ""},
        {"PostgreSQL interactive p50 / p99, ms", pair("postgresql.interactive.p50Ms", "postgresql.interactive.p99Ms", 2), ""},
        {"PostgreSQL as-of p50 / p95, ms", pair("postgresql.asOf.p50Ms", "postgresql.asOf.p95Ms", 1), ""},
        {"PostgreSQL open: first pane ms, peak MB", pair("postgresql.open.readyMs", "postgresql.open.peakRssMb", 0), ""},
    };
    return r;
}

QString sizeName(qint64 events)
{
    return events >= 1000000 && events % 1000000 == 0 ? QStringLiteral("%1M").arg(events / 1000000)
         : events >= 1000 ? QStringLiteral("%1k").arg(events / 1000) : QString::number(events);
}

QString table(const std::vector<QJsonObject> &runs, const QJsonObject &instructions)
{
    QString t = QStringLiteral("| figure |");
    QString rule = QStringLiteral("|---|");
    for (const QJsonObject &run : runs) {
        t += QStringLiteral(" %1 events |").arg(sizeName(run.value(u"requestedEvents").toInteger()));
        rule += QStringLiteral("---|");
    }
    t += QStringLiteral(" target at 1M |\n") + rule + QStringLiteral("---|\n");
    for (const Row &row : rows()) {
        t += QStringLiteral("| %1 |").arg(QString::fromUtf8(row.figure));
        for (const QJsonObject &run : runs)
            t += QStringLiteral(" %1 |").arg(row.cell(run));
        t += QStringLiteral(" %1 |\n").arg(QString::fromUtf8(row.target));
    }
    if (!instructions.isEmpty()) {
        const QJsonObject per = instructions.value(u"instructionsPerEvent").toObject();
        t += QStringLiteral("\nInstructions per event (callgrind, `haulbench --callgrind --events %1`): import %2 against %3 for the raw C-API insert (%4); rebuild %5 against %6 for the raw C-API scan-and-parse (%7).\n")
                 .arg(number(instructions.value(u"events")), number(per.value(u"import")), number(per.value(u"rawInsertCapi")),
                      number(instructions.value(u"importRatioCapi"), 3), number(per.value(u"rebuild")),
                      number(per.value(u"rawScanParseCapi")), number(instructions.value(u"rebuildRatioCapi"), 3));
    }
    return t;
}

bool replaceBetweenMarkers(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QString readme = QString::fromUtf8(f.readAll());
    f.close();
    const QString begin = QStringLiteral("<!-- haulbench:table -->\n"), end = QStringLiteral("<!-- /haulbench:table -->");
    const qsizetype from = readme.indexOf(begin), to = readme.indexOf(end);
    if (from < 0 || to < from) {
        progress(QStringLiteral("%1 has no haulbench:table markers").arg(path));
        return false;
    }
    readme.replace(from + begin.size(), to - from - begin.size(), text);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(readme.toUtf8()) > 0;
}

} // namespace

int printTable(const QStringList &args)
{
    std::vector<QJsonObject> runs;
    QJsonObject instructions;
    QString readme;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--readme") {
            readme = args.value(++i);
            continue;
        }
        QFile f(args[i]);
        const QJsonObject o = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
        if (o.isEmpty()) {
            progress(QStringLiteral("%1 is not a haulbench result").arg(args[i]));
            return 2;
        }
        if (o.contains(u"instructionsPerEvent"))
            instructions = o;
        else
            runs.push_back(o);
    }
    if (runs.empty()) {
        progress(QStringLiteral("usage: haulbench --table RESULTS.json... [--readme README.md]"));
        return 2;
    }
    const QString text = table(runs, instructions);
    if (readme.isEmpty()) {
        std::fwrite(text.toUtf8().constData(), 1, text.toUtf8().size(), stdout);
        return 0;
    }
    return replaceBetweenMarkers(readme, text) ? 0 : 1;
}

} // namespace hs::bench
