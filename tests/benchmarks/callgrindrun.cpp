#include "callgrindrun.h"

#include "sharedbench.h"
#include "util/jsonwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <map>

namespace hs::bench {

namespace {

// The measurement's own arguments: PostgreSQL, the dashboard and the output file left out.
QStringList innerArguments(const QStringList &args, const QString &innerOut)
{
    QStringList inner;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--callgrind" || a == u"--skip-open")
            continue;
        if (a == u"--out" || a == u"--db" || a == u"--dashboard" || a == u"--postgres-fill") {
            ++i;
            continue;
        }
        inner << a;
    }
    return inner << QStringLiteral("--out") << innerOut << QStringLiteral("--skip-open");
}

// Each dump callgrind wrote at a section's end: its name and the instructions counted in it.
std::map<QString, qint64> sectionTotals(const QString &dir)
{
    std::map<QString, qint64> totals;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("cg.out*")}, QDir::Files)) {
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QString section;
        qint64 instructions = -1;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("desc: Trigger: Client Request: "))
                section = QString::fromUtf8(line.mid(31).trimmed());
            else if (line.startsWith("totals:") || (instructions < 0 && line.startsWith("summary:")))
                instructions = line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong();
        }
        if (!section.isEmpty() && instructions >= 0)
            totals[section] = instructions;
    }
    return totals;
}

qint64 perEvent(const std::map<QString, qint64> &totals, const char *section, qint64 events)
{
    const auto it = totals.find(QString::fromLatin1(section));
    return it == totals.end() || events <= 0 ? -1 : qint64(std::llround(double(it->second) / events));
}

} // namespace

int countInstructions(const QStringList &args)
{
    const QString valgrind = QStandardPaths::findExecutable(QStringLiteral("valgrind"));
    const qsizetype outAt = args.indexOf(QStringLiteral("--out"));
    if (valgrind.isEmpty() || outAt < 0 || outAt + 1 >= args.size()) {
        progress(QStringLiteral("--callgrind needs valgrind on the PATH and --out FILE"));
        return 2;
    }
    QTemporaryDir temp;
    const QString innerOut = temp.filePath(QStringLiteral("inner.json"));
    QStringList command{QStringLiteral("--tool=callgrind"), QStringLiteral("--callgrind-out-file=%1").arg(temp.filePath(QStringLiteral("cg.out"))),
                        args.first()};
    command << innerArguments(args, innerOut);
    progress(QStringLiteral("valgrind %1").arg(command.join(u' ')));
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(valgrind, command);
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        progress(QStringLiteral("the run under valgrind failed"));
        return 1;
    }
    QFile innerFile(innerOut);
    innerFile.open(QIODevice::ReadOnly);
    const QJsonObject inner = QJsonDocument::fromJson(innerFile.readAll()).object();
    const qint64 events = inner.value(u"events").toInteger();
    const qint64 rebuilt = inner.value(u"rebuild").toObject().value(u"events").toInteger();
    const auto totals = sectionTotals(temp.path());
    const qint64 import = perEvent(totals, "import", events), rawInsert = perEvent(totals, "rawInsertCapi", events);
    const qint64 rebuild = perEvent(totals, "rebuild", rebuilt), rawScan = perEvent(totals, "rawScanCapi", rebuilt);

    JsonWriter w;
    w.beginObject();
    w.field("events", events);
    w.key("instructionsPerEvent").beginObject();
    w.field("import", import).field("rawInsertCapi", rawInsert).field("rebuild", rebuild).field("rawScanParseCapi", rawScan);
    w.endObject();
    num(w, "importRatioCapi", round3(double(rawInsert) / import));
    num(w, "rebuildRatioCapi", round3(double(rawScan) / rebuild));
    w.endObject();
    const QByteArray json = w.take();
    QFile out(args[outAt + 1]);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    out.write(json + '\n');
    std::fwrite(json.constData(), 1, json.size(), stdout);
    std::fputc('\n', stdout);
    return import > 0 && rebuild > 0 ? 0 : 1;
}

} // namespace hs::bench
