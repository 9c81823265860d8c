// haulctl killed (SIGKILL) at random moments during an import (issue 8). After every kill each
// command of the file has its outcome in the log or is absent, the logged ones are the first
// ones of the file, none is there twice, every accepted command has its events and every event
// its command, and verify is ok. The same file is then submitted again; at the end every command
// is in. CI kills 5 times; HAULSTREAM_CRASH_RUNS sets how many by hand, HAULSTREAM_CRASH_SEED
// repeats a run (its seed is printed).

#include "codec/commandparser.h"
#include "demo/workload.h"
#include "util/isotime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace hs;

class TestCrashes : public QObject
{
    Q_OBJECT
private slots:
    void killedImportsLoseNothing();

private:
    QByteArray haulctl(const QStringList &args, int *exitCode);
    void check(const QStringList &fileIds, int run);

    QString m_db;
};

QByteArray TestCrashes::haulctl(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(QStringLiteral(HAULCTL_PATH), QStringList{QStringLiteral("--db"), m_db} + args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

void TestCrashes::check(const QStringList &fileIds, int run)
{
    const QString when = QStringLiteral("after kill %1: ").arg(run);
    int exit = 0;
    const QByteArray verify = haulctl({QStringLiteral("verify")}, &exit);
    QVERIFY2(exit == 0, qPrintable(when + QString::fromUtf8(verify)));

    const QJsonArray log = QJsonDocument::fromJson(haulctl({QStringLiteral("query"), QStringLiteral("commands")}, &exit)).array();
    QCOMPARE(exit, 0);
    QSet<QString> logged, accepted;
    const QSet<QString> inFile(fileIds.cbegin(), fileIds.cend());
    QStringList userCommands; // in arrival order
    for (const QJsonValue &c : log) {
        const QString id = c[u"commandId"].toString();
        QVERIFY2(!logged.contains(id), qPrintable(when + id + QStringLiteral(" is logged twice")));
        logged.insert(id);
        if (c[u"status"].toString() == u"accepted")
            accepted.insert(id);
        if (inFile.contains(id))
            userCommands << id; // not a listener's

    }
    // Batches are all or nothing, in file order: what is logged is the file's beginning.
    QVERIFY2(userCommands == fileIds.mid(0, userCommands.size()),
             qPrintable(when + QStringLiteral("the log is not a prefix of the file")));

    // Every accepted command has events, and every event's cause is an accepted command.
    QSet<QString> causes;
    for (const QByteArray &line : haulctl({QStringLiteral("events")}, &exit).split('\n'))
        if (!line.isEmpty())
            causes.insert(QJsonDocument::fromJson(line).object().value(u"causationId").toString());
    QCOMPARE(exit, 0);
    QVERIFY2(causes == accepted, qPrintable(when + QStringLiteral("%1 commands have events, %2 are accepted")
                                                       .arg(causes.size()).arg(accepted.size())));
}

void TestCrashes::killedImportsLoseNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_db = dir.filePath(QStringLiteral("haulstream.db"));
    bool set = false;
    const int runs = qEnvironmentVariableIntValue("HAULSTREAM_CRASH_RUNS", &set);
    const int kills = set && runs > 0 ? runs : 5;
    const quint32 seed = qEnvironmentVariableIsSet("HAULSTREAM_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("HAULSTREAM_CRASH_SEED"))
                             : QRandomGenerator::system()->generate();
    qInfo("%d kills, HAULSTREAM_CRASH_SEED=%u", kills, seed);
    QRandomGenerator random(seed);

    // An import of a few thousand commands: several batches of 1000, listeners included.
    Workload::Options o;
    o.startMs = *isotime::parse(u"2026-01-05T08:00:00Z");
    Workload workload(o);
    QByteArray file;
    QStringList ids;
    while (ids.size() < 4000)
        for (const CommandEnvelope &c : workload.nextRound()) {
            file += encodeCommandLine(c) + '\n';
            if (!ids.contains(c.commandId))
                ids << c.commandId; // the workload resubmits a few on purpose
        }
    const QString path = dir.filePath(QStringLiteral("import.jsonl"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(file) == file.size());
    f.close();

    int killed = 0;
    for (int run = 1; run <= kills; ++run) {
        QProcess p;
        p.start(QStringLiteral(HAULCTL_PATH), {QStringLiteral("--db"), m_db, QStringLiteral("submit"), QStringLiteral("--batch"),
                                               QStringLiteral("1000"), path});
        QVERIFY(p.waitForStarted());
        // A random moment: after a random number of answers, then a random pause.
        const int answers = int(random.bounded(ids.size() - 1000));
        int seen = 0;
        while (seen < answers && p.state() == QProcess::Running && p.waitForReadyRead(60000))
            while (p.canReadLine()) {
                p.readLine();
                ++seen;
            }
        QThread::msleep(random.bounded(400));
        if (p.state() == QProcess::Running) {
            p.kill(); // SIGKILL
            ++killed;
        }
        p.waitForFinished();
        check(ids, run);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(killed > 0, "haulctl finished every time before it could be killed");

    // The rest goes in; what was in already comes back as duplicates, nothing twice.
    int exit = 0;
    const QByteArray last = haulctl({QStringLiteral("submit"), path}, &exit);
    QCOMPARE(exit, 0);
    QCOMPARE(last.count('\n'), file.count('\n'));
    check(ids, kills + 1);
    const QJsonArray log = QJsonDocument::fromJson(haulctl({QStringLiteral("query"), QStringLiteral("commands")}, &exit)).array();
    QSet<QString> logged;
    for (const QJsonValue &c : log)
        logged.insert(c[u"commandId"].toString());
    for (const QString &id : std::as_const(ids))
        QVERIFY2(logged.contains(id), qPrintable(id + QStringLiteral(" never made it into the log")));
}

QTEST_GUILESS_MAIN(TestCrashes)
#include "tst_crashes.moc"
