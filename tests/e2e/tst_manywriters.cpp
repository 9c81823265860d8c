// Many writers on one store at once (issue 8): haulctl processes submitting one command per
// run and whole batches, and the dashboard's store client in this process, all on one file.
// Every command gets exactly one result, none is lost or applied twice, each decides against
// what was committed before it, and verify stays ok. Waiting for another program's lock is
// said and is no failure; readers never wait for it.

#include "domain/commands.h"
#include "service/storeclient.h"
#include "store/storefile.h"
#include "util/isotime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace hs;

namespace {

struct Output
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> l;
        for (const QByteArray &line : out.split('\n'))
            if (!line.trimmed().isEmpty())
                l << QJsonDocument::fromJson(line).object();
        return l;
    }
};

const QString accountId = QStringLiteral("A-1");
const QString missingAccount = QStringLiteral("A-MISSING");
constexpr int references = 40; // every writer pays the same references: one payment each wins

QByteArray paymentLine(const QString &commandId, const QString &account, const QString &reference)
{
    return QStringLiteral(R"({"commandId":"%1","type":"PostPayment","issuedAt":"2026-01-05T09:00:00Z",)"
                          R"("actor":{"user":"fran","department":"finance"},)"
                          R"("data":{"accountId":"%2","amountCents":100,"reference":"%3"}})")
        .arg(commandId, account, reference).toUtf8() + '\n';
}

QByteArray openAccountLine(const QString &commandId)
{
    return QStringLiteral(R"({"commandId":"%1","type":"OpenAccount","issuedAt":"2026-01-05T08:00:00Z",)"
                          R"("actor":{"user":"fran","department":"finance"},"data":{"accountId":"%2","name":"Prairie Feed"}})")
        .arg(commandId, accountId).toUtf8() + '\n';
}

// The i-th command of a writer: every third for an account that does not exist.
QString accountFor(int i) { return i % 3 == 2 ? missingAccount : accountId; }
QString referenceFor(int i) { return QStringLiteral("R-%1").arg(i % references + 1); }

// A writer holding the store's write lock from this process, as another program would.
class LockHolder
{
public:
    explicit LockHolder(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        m_db.setDatabaseName(path);
        m_held = m_db.open() && QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~LockHolder()
    {
        release();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }
    bool held() const { return m_held; }
    void release()
    {
        if (m_held)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_held = false;
    }

private:
    QSqlDatabase m_db;
    bool m_held = false;
};

} // namespace

class TestManyWriters : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_dir.reset(); }

    void writersLoseNothing();
    void aNewFileCreatedByManyAtOnce();
    void waitingIsSaidAndIsNoFailure();
    void theDashboardSaysItWaits();
    void readersNeverWaitForTheWriteLock();
    void aLockNeverLetGoNamesItsHolder();
    void pipedLinesAreAnsweredOneByOne();
    void locksLostInThisProcessAreNoticed();

private:
    QProcess *start(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    Output haulctl(const QStringList &args, const QByteArray &input = {},
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    void openTheAccount();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestManyWriters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("haulstream.db"));
}

QProcess *TestManyWriters::start(const QStringList &args, const QProcessEnvironment &env)
{
    auto *p = new QProcess(this);
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(HAULCTL_PATH), QStringList{QStringLiteral("--db"), m_db} + args);
    return p;
}

Output TestManyWriters::haulctl(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    std::unique_ptr<QProcess> p(start(args, env));
    if (!p->waitForStarted())
        return {};
    p->write(input);
    p->closeWriteChannel();
    if (!p->waitForFinished(120000)) {
        p->kill();
        p->waitForFinished();
        return {};
    }
    return {p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1, p->readAllStandardOutput(), p->readAllStandardError()};
}

void TestManyWriters::openTheAccount()
{
    const Output o = haulctl({QStringLiteral("submit")}, openAccountLine(QStringLiteral("open")));
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(o.lines().value(0).value(u"status").toString(), QStringLiteral("accepted"));
}

// Why long: three kinds of writer run at once, and every check is on what all of them did.
void TestManyWriters::writersLoseNothing()
{
    openTheAccount();
    constexpr int singleWriters = 3, singleRuns = 40;
    constexpr int batchWriters = 2, batchLines = 150;
    constexpr int dashboardCommands = 30;

    QHash<QString, QJsonObject> results; // by commandId, from every writer
    QStringList problems;
    auto take = [&](const QString &who, const Output &o, int expectedLines) {
        if (o.exitCode != 0)
            problems << QStringLiteral("%1 exited %2: %3").arg(who).arg(o.exitCode).arg(QString::fromUtf8(o.err));
        for (const QByteArray &line : o.err.split('\n'))
            if (!line.isEmpty() && !line.startsWith("haulctl: waiting for another writer"))
                problems << QStringLiteral("%1 said: %2").arg(who, QString::fromUtf8(line));
        const auto lines = o.lines();
        if (lines.size() != expectedLines)
            problems << QStringLiteral("%1 answered %2 lines for %3").arg(who).arg(lines.size()).arg(expectedLines);
        for (const QJsonObject &r : lines) {
            const QString id = r.value(u"commandId").toString();
            if (results.contains(id))
                problems << QStringLiteral("%1 answered twice").arg(id);
            results.insert(id, r);
        }
    };

    // One haulctl run per command, one after another per writer, all writers at once.
    int running = 0, singleDone = 0;
    std::function<void(int, int)> runSingle = [&](int w, int i) {
        if (i == singleRuns)
            return;
        const QString id = QStringLiteral("single%1-%2").arg(w).arg(i);
        QProcess *p = start({QStringLiteral("submit")});
        ++running;
        connect(p, &QProcess::finished, this, [&, p, w, i, id] {
            take(id, {p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1, p->readAllStandardOutput(), p->readAllStandardError()}, 1);
            p->deleteLater();
            --running;
            ++singleDone;
            runSingle(w, i + 1);
        });
        p->write(paymentLine(id, accountFor(i), referenceFor(i)));
        p->closeWriteChannel();
    };
    for (int w = 0; w < singleWriters; ++w)
        runSingle(w, 0);

    // Whole files, batched up.
    for (int w = 0; w < batchWriters; ++w) {
        QByteArray file;
        for (int i = 0; i < batchLines; ++i)
            file += paymentLine(QStringLiteral("batch%1-%2").arg(w).arg(i), accountFor(i), referenceFor(i + 7 * w));
        const QString path = m_dir->filePath(QStringLiteral("batch%1.jsonl").arg(w));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(file) == file.size());
        f.close();
        QProcess *p = start({QStringLiteral("submit"), path});
        ++running;
        connect(p, &QProcess::finished, this, [&, p, w] {
            take(QStringLiteral("batch writer %1").arg(w), {p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1, p->readAllStandardOutput(), p->readAllStandardError()}, batchLines);
            p->deleteLater();
            --running;
        });
    }

    // The dashboard's writer, in this process, joins halfway: before, every haulctl run may be
    // the last one to close the file (and tidy its log away), after, never.
    QTRY_VERIFY_WITH_TIMEOUT(singleDone >= singleWriters * singleRuns / 2, 240000);
    StoreClient client;
    QSignalSpy opened(&client, &StoreClient::opened);
    client.open(m_db);
    QVERIFY(opened.wait(60000));
    int dashboardDone = 0;
    connect(&client, &StoreClient::commandFinished, this, [&](const CommandEnvelope &c, const CommandResult &r) {
        ++dashboardDone;
        QJsonObject o{{QStringLiteral("commandId"), c.commandId},
                      {QStringLiteral("status"), r.accepted ? QStringLiteral("accepted") : QStringLiteral("rejected")}};
        if (r.rejection)
            o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), rejectionCodeName(r.rejection->code)}});
        if (results.contains(c.commandId))
            problems << QStringLiteral("%1 answered twice").arg(c.commandId);
        results.insert(c.commandId, o);
    });
    connect(&client, &StoreClient::commandFailed, this, [&](const CommandEnvelope &c, const QString &message) {
        ++dashboardDone;
        problems << QStringLiteral("the dashboard's %1 failed: %2").arg(c.commandId, message);
    });
    for (int i = 0; i < dashboardCommands; ++i) {
        CommandEnvelope e;
        e.commandId = QStringLiteral("dashboard-%1").arg(i);
        e.issuedAt = *isotime::parse(u"2026-01-05T09:00:00Z");
        e.actor = Actor{QStringLiteral("fran"), Department::Finance};
        e.command = cmd::PostPayment{accountFor(i), 100, referenceFor(i + 3)};
        client.submit(e);
    }

    QTRY_VERIFY_WITH_TIMEOUT(running == 0 && dashboardDone == dashboardCommands, 240000);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(results.size(), singleWriters * singleRuns + batchWriters * batchLines + dashboardCommands);

    // Each decided against what was committed before it: one payment per reference wins.
    QHash<QString, int> acceptedByReference;
    QSet<QString> paidReferences;
    auto note = [&](const QString &id, const QString &account, const QString &reference) {
        const QJsonObject r = results.value(id);
        const QString status = r.value(u"status").toString();
        const QString code = r.value(u"error").toObject().value(u"code").toString();
        if (account == missingAccount) {
            if (code != u"not_found")
                problems << QStringLiteral("%1 for a missing account: %2 %3").arg(id, status, code);
            return;
        }
        paidReferences.insert(reference);
        if (status == u"accepted")
            ++acceptedByReference[reference];
        else if (code != u"already_exists")
            problems << QStringLiteral("%1: %2 %3").arg(id, status, code);
    };
    for (int w = 0; w < singleWriters; ++w)
        for (int i = 0; i < singleRuns; ++i)
            note(QStringLiteral("single%1-%2").arg(w).arg(i), accountFor(i), referenceFor(i));
    for (int w = 0; w < batchWriters; ++w)
        for (int i = 0; i < batchLines; ++i)
            note(QStringLiteral("batch%1-%2").arg(w).arg(i), accountFor(i), referenceFor(i + 7 * w));
    for (int i = 0; i < dashboardCommands; ++i)
        note(QStringLiteral("dashboard-%1").arg(i), accountFor(i), referenceFor(i + 3));
    for (const QString &reference : std::as_const(paidReferences))
        if (acceptedByReference.value(reference) != 1)
            problems << QStringLiteral("reference %1 accepted %2 times").arg(reference).arg(acceptedByReference.value(reference));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // The store holds exactly that: every command logged once, one event per winning payment.
    const Output log = haulctl({QStringLiteral("query"), QStringLiteral("commands")});
    QCOMPARE(log.exitCode, 0);
    const QJsonArray commands = QJsonDocument::fromJson(log.out).array();
    QSet<QString> logged;
    for (const QJsonValue &c : commands)
        logged.insert(c[u"commandId"].toString());
    QCOMPARE(commands.size(), results.size() + 1);
    QCOMPARE(logged.size(), commands.size());
    const Output events = haulctl({QStringLiteral("events"), QStringLiteral("--type"), QStringLiteral("PaymentPosted")});
    QCOMPARE(events.lines().size(), paidReferences.size());
    const Output account = haulctl({QStringLiteral("query"), QStringLiteral("account"), accountId});
    QCOMPARE(account.lines().value(0).value(u"paidCents").toInt(), 100 * paidReferences.size());
    const Output verify = haulctl({QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.out.constData());
}

void TestManyWriters::aNewFileCreatedByManyAtOnce()
{
    constexpr int writers = 8;
    QList<QProcess *> processes;
    for (int w = 0; w < writers; ++w) {
        QProcess *p = start({QStringLiteral("submit")});
        p->write(openAccountLine(QStringLiteral("open-%1").arg(w)));
        p->closeWriteChannel();
        processes << p;
    }
    int accepted = 0;
    for (QProcess *p : processes) {
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        const QJsonObject r = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        if (r.value(u"status").toString() == u"accepted")
            ++accepted;
        else
            QCOMPARE(r.value(u"error").toObject().value(u"code").toString(), QStringLiteral("already_exists"));
        delete p;
    }
    QCOMPARE(accepted, 1);
    const Output verify = haulctl({QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.out.constData());
    QCOMPARE(QJsonDocument::fromJson(haulctl({QStringLiteral("query"), QStringLiteral("commands")}).out).array().size(), writers);
}

void TestManyWriters::waitingIsSaidAndIsNoFailure()
{
    openTheAccount();
    LockHolder holder(m_db);
    QVERIFY(holder.held());
    std::unique_ptr<QProcess> p(start({QStringLiteral("submit")}));
    p->write(paymentLine(QStringLiteral("c-1"), accountId, QStringLiteral("R-1")));
    p->closeWriteChannel();
    p->setReadChannel(QProcess::StandardError);
    QByteArray err;
    while (!err.contains("waiting for another writer") && p->state() != QProcess::NotRunning && p->waitForReadyRead(60000))
        err += p->readAllStandardError();
    QVERIFY2(err.contains("haulctl: waiting for another writer (tst_manywriters (process "), err.constData());
    QCOMPARE(p->state(), QProcess::Running);
    holder.release();
    p->setReadChannel(QProcess::StandardOutput);
    QVERIFY(p->waitForFinished(60000));
    QCOMPARE(p->exitCode(), 0);
    QCOMPARE(QJsonDocument::fromJson(p->readAllStandardOutput()).object().value(u"status").toString(), QStringLiteral("accepted"));
}

void TestManyWriters::theDashboardSaysItWaits()
{
    openTheAccount();
    StoreClient client;
    QSignalSpy opened(&client, &StoreClient::opened);
    client.open(m_db);
    QVERIFY(opened.wait(60000));
    QSignalSpy waiting(&client, &StoreClient::waitingForWriter);
    QSignalSpy finished(&client, &StoreClient::commandFinished);
    auto holder = std::make_unique<LockHolder>(m_db);
    QVERIFY(holder->held());
    CommandEnvelope e;
    e.commandId = QStringLiteral("c-1");
    e.issuedAt = *isotime::parse(u"2026-01-05T09:00:00Z");
    e.actor = Actor{QStringLiteral("fran"), Department::Finance};
    e.command = cmd::PostPayment{accountId, 100, QStringLiteral("R-1")};
    client.submit(e);
    QTRY_VERIFY_WITH_TIMEOUT(!waiting.isEmpty(), 60000);
    QCOMPARE(waiting.first().at(0).toBool(), true); // (the holder is this process: not named)
    QVERIFY(finished.isEmpty());
    holder.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QVERIFY(finished.first().at(1).value<CommandResult>().accepted);
    QCOMPARE(waiting.last().at(0).toBool(), false);
}

void TestManyWriters::readersNeverWaitForTheWriteLock()
{
    openTheAccount();
    LockHolder holder(m_db);
    QVERIFY(holder.held());
    // Were any of these to need the lock, it would give up after a second and fail.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HAULSTREAM_WAIT_SECONDS"), QStringLiteral("1"));
    const Output verify = haulctl({QStringLiteral("verify")}, {}, env);
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
    QCOMPARE(QJsonDocument::fromJson(verify.out).object().value(u"ok").toBool(), true);
    const Output query = haulctl({QStringLiteral("query"), QStringLiteral("accounts")}, {}, env);
    QVERIFY2(query.exitCode == 0, query.err.constData());
    // And the dashboard's client closes without taking it.
    {
        StoreClient client;
        QSignalSpy opened(&client, &StoreClient::opened);
        client.open(m_db);
        QVERIFY(opened.wait(60000));
    }
}

void TestManyWriters::aLockNeverLetGoNamesItsHolder()
{
    openTheAccount();
    LockHolder holder(m_db);
    QVERIFY(holder.held());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HAULSTREAM_WAIT_SECONDS"), QStringLiteral("0"));
    const Output o = haulctl({QStringLiteral("submit")}, paymentLine(QStringLiteral("c-1"), accountId, QStringLiteral("R-1")), env);
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QStringLiteral("is locked by another program, tst_manywriters (process %1)")
                                .arg(QCoreApplication::applicationPid()).toUtf8()),
             o.err.constData());
    QVERIFY2(o.err.contains("Nothing was changed"), o.err.constData());
    holder.release();
    const QJsonArray log = QJsonDocument::fromJson(haulctl({QStringLiteral("query"), QStringLiteral("commands")}).out).array();
    QCOMPARE(log.size(), 1); // only the account's opening
}

void TestManyWriters::pipedLinesAreAnsweredOneByOne()
{
    openTheAccount();
    std::unique_ptr<QProcess> p(start({QStringLiteral("submit")}));
    QVERIFY(p->waitForStarted());
    for (int i = 1; i <= 3; ++i) {
        const QString id = QStringLiteral("c-%1").arg(i);
        p->write(paymentLine(id, accountId, QStringLiteral("R-%1").arg(i)));
        // The answer comes while the input is still open: nobody waits for a batch to fill.
        QByteArray answer;
        while (!answer.endsWith('\n') && p->waitForReadyRead(60000))
            answer += p->readAllStandardOutput();
        const QJsonObject r = QJsonDocument::fromJson(answer).object();
        QCOMPARE(r.value(u"commandId").toString(), id);
        QCOMPARE(r.value(u"status").toString(), QStringLiteral("accepted"));
    }
    p->closeWriteChannel();
    QVERIFY(p->waitForFinished(60000));
    QCOMPARE(p->exitCode(), 0);
}

void TestManyWriters::locksLostInThisProcessAreNoticed()
{
    openTheAccount();
    StoreClient client;
    QSignalSpy opened(&client, &StoreClient::opened);
    QSignalSpy finished(&client, &StoreClient::commandFinished);
    QSignalSpy reopened(&client, &StoreClient::storeReopened);
    client.open(m_db);
    QVERIFY(opened.wait(60000));
    auto payment = [](const QString &id, const QString &reference) {
        CommandEnvelope e;
        e.commandId = id;
        e.issuedAt = *isotime::parse(u"2026-01-05T09:00:00Z");
        e.actor = Actor{QStringLiteral("fran"), Department::Finance};
        e.command = cmd::PostPayment{accountId, 100, reference};
        return e;
    };
    client.submit(payment(QStringLiteral("c-1"), QStringLiteral("R-1")));
    QVERIFY(finished.wait(60000));
    QVERIFY(storefile::processHoldsLock(m_db));

    // What a file dialog peeking at the store does: open, read, close. POSIX drops every lock
    // this process held on the file, SQLite's included.
    {
        QFile peek(m_db);
        QVERIFY(peek.open(QIODevice::ReadOnly));
        QCOMPARE(peek.read(16), QByteArray("SQLite format 3", 16));
    }
    QVERIFY(!storefile::processHoldsLock(m_db));

    // Another program writes meanwhile (and, finding no other user, may tidy the log away).
    const Output other = haulctl({QStringLiteral("submit")}, paymentLine(QStringLiteral("c-2"), accountId, QStringLiteral("R-2")));
    QCOMPARE(other.exitCode, 0);
    QCOMPARE(other.lines().value(0).value(u"status").toString(), QStringLiteral("accepted"));

    // The dashboard notices, says so and opens the store again, keeping its locks from then on.
    QTRY_VERIFY_WITH_TIMEOUT(!reopened.isEmpty(), 60000);
    QVERIFY(reopened.first().at(0).toString().contains(QStringLiteral("lost its hold")));
    QTRY_VERIFY_WITH_TIMEOUT(opened.size() >= 2, 60000);
    // It decides against what the other program committed: R-2 is taken.
    finished.clear();
    QSignalSpy failed(&client, &StoreClient::commandFailed);
    client.submit(payment(QStringLiteral("c-3"), QStringLiteral("R-2")));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    const CommandResult r = finished.first().at(1).value<CommandResult>();
    QVERIFY(r.rejection);
    QCOMPARE(r.rejection->code, RejectionCode::AlreadyExists);
    client.submit(payment(QStringLiteral("c-4"), QStringLiteral("R-4")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QVERIFY(finished.last().at(1).value<CommandResult>().accepted);
    QVERIFY(storefile::processHoldsLock(m_db)); // its new connections hold the file again

    // Nothing lost, nothing twice.
    const QJsonArray log = QJsonDocument::fromJson(haulctl({QStringLiteral("query"), QStringLiteral("commands")}).out).array();
    QStringList ids;
    for (const QJsonValue &c : log)
        ids << c[u"commandId"].toString();
    QCOMPARE(ids, (QStringList{QStringLiteral("open"), QStringLiteral("c-1"), QStringLiteral("c-2"), QStringLiteral("c-3"), QStringLiteral("c-4")}));
    QCOMPARE(haulctl({QStringLiteral("events"), QStringLiteral("--type"), QStringLiteral("PaymentPosted")}).lines().size(), 3);
    const Output verify = haulctl({QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.out.constData());
}

QTEST_GUILESS_MAIN(TestManyWriters)
#include "tst_manywriters.moc"
