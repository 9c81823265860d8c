// haulctl's table of subcommands: help made from it, the version, and readers that never write.

#include "reducer/reducer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run haulctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HAULCTL_PATH), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray fileState(const QString &path)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly))
            h.addData(f.readAll());
        h.addData(suffix.toUtf8());
    }
    return h.result().toHex();
}

const char subcommandNames[][9] = {"init", "submit", "query", "events", "chain", "rebuild", "verify", "whatif", "catalog", "document"};

} // namespace

class TestHaulctlSubcommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpForEverySubcommand_data();
    void helpForEverySubcommand();
    void helpForAnUnknownSubcommand();
    void version();
    void readersLeaveALaggingStoreAlone();
};

void TestHaulctlSubcommands::helpForEverySubcommand_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : subcommandNames)
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestHaulctlSubcommands::helpForEverySubcommand()
{
    QFETCH(QString, name);
    const Run help = haulctl({QStringLiteral("help"), name});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith("Usage: haulctl [--db PATH] " + name.toLatin1()), help.out.constData());
    QVERIFY(help.out.contains("Options:\n"));
    QVERIFY(help.err.isEmpty());
    // The same text from the subcommand's own --help, and its line in the whole usage.
    QCOMPARE(haulctl({name, QStringLiteral("--help")}).out, help.out);
    const QByteArray synopsis = help.out.mid(7, help.out.indexOf('\n') - 7);
    QVERIFY2(haulctl({QStringLiteral("--help")}).out.contains("  " + synopsis), synopsis.constData());
}

void TestHaulctlSubcommands::helpForAnUnknownSubcommand()
{
    const Run r = haulctl({QStringLiteral("help"), QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.startsWith("haulctl: unknown command frobnicate."));
}

void TestHaulctlSubcommands::version()
{
    const Run r = haulctl({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("haulctl " HAULSTREAM_VERSION "\n"));
}

void TestHaulctlSubcommands::readersLeaveALaggingStoreAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lagging.db"));
    {
        // Events committed, read models left behind: what a writer that died in between leaves.
        hs::StoreError error;
        hs::Reducer::Options crashy;
        crashy.projectInline = false;
        auto r = hs::Reducer::open(path, crashy, &error);
        QVERIFY2(r, qPrintable(error.message));
        const auto outcome = r->submit({hs::parseCommandLine(
            R"({"commandId":"c-1","type":"RegisterTruck","issuedAt":"2026-01-05T08:05:00Z","actor":{"user":"dan","department":"dispatch"},"data":{"truckId":"T-7","capacityLb":26000}})")});
        QVERIFY(!outcome.failure && outcome.results.front().accepted);
    }
    const QByteArray before = fileState(path);
    const QStringList db = {QStringLiteral("--db"), path};
    struct Expected
    {
        QStringList args;
        int exitCode;
    };
    const Expected readers[] = {
        {{QStringLiteral("query"), QStringLiteral("trucks")}, 1},
        {{QStringLiteral("whatif"), QStringLiteral("--skip"), QStringLiteral("c-1")}, 1},
        {{QStringLiteral("verify")}, 1},
        {{QStringLiteral("events")}, 0},
        {{QStringLiteral("chain"), QStringLiteral("c-1")}, 0},
        {{QStringLiteral("catalog")}, 0},
    };
    for (const Expected &e : readers) {
        const Run r = haulctl(db + e.args);
        QVERIFY2(r.exitCode == e.exitCode, qPrintable(e.args.join(u' ') + u'\n' + QString::fromUtf8(r.err)));
        QCOMPARE(fileState(path), before);
    }
    QVERIFY(haulctl(db + QStringList{QStringLiteral("query"), QStringLiteral("trucks")}).err.contains("haulctl rebuild"));
    QVERIFY(haulctl(db + QStringList{QStringLiteral("verify")}).out.contains("The read models stand at event 0 but the store holds 1 events."));

    // The writer the message points at brings them up to date.
    QCOMPARE(haulctl(db + QStringList{QStringLiteral("rebuild")}).exitCode, 0);
    const Run trucks = haulctl(db + QStringList{QStringLiteral("query"), QStringLiteral("trucks")});
    QCOMPARE(trucks.exitCode, 0);
    QVERIFY(trucks.out.contains("\"truckId\":\"T-7\""));
}

QTEST_GUILESS_MAIN(TestHaulctlSubcommands)
#include "tst_haulctlsubcommands.moc"
