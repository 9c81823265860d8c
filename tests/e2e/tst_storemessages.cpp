// haulctl names the real cause when a store cannot be read or written, and leaves the file as
// it was (issue 8): a read-only disk, a full disk, a truncated file, a file from a newer version.
// The disks are small tmpfs mounts, so those cases need root (CI runs as root); elsewhere they
// are skipped, saying why.

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Output
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Output haulctl(const QString &db, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(HAULCTL_PATH), QStringList{QStringLiteral("--db"), db} + args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray paymentLines(int from, int count)
{
    QByteArray lines;
    for (int i = from; i < from + count; ++i)
        lines += QStringLiteral(R"({"commandId":"p-%1","type":"PostPayment","issuedAt":"2026-01-05T09:00:00Z",)"
                                R"("actor":{"user":"fran","department":"finance"},)"
                                R"("data":{"accountId":"A-1","amountCents":100,"reference":"R-%1"}})").arg(i).toUtf8() + '\n';
    return lines;
}

QByteArray openAccount()
{
    return R"({"commandId":"open","type":"OpenAccount","issuedAt":"2026-01-05T08:00:00Z",)"
           R"("actor":{"user":"fran","department":"finance"},"data":{"accountId":"A-1","name":"Prairie Feed"}})" "\n";
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A small tmpfs of its own, unmounted at the end.
class Mount
{
public:
    Mount(const QString &where, const QString &options) : m_where(where)
    {
        m_mounted = run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                                                  QStringLiteral("tmpfs"), where});
    }
    ~Mount()
    {
        if (m_mounted)
            run(QStringLiteral("umount"), {m_where});
    }
    bool mounted() const { return m_mounted; }
    bool remountReadOnly()
    {
        return run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_where});
    }

private:
    QString m_where;
    bool m_mounted = false;
};

} // namespace

class TestStoreMessages : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_dir.reset(); }

    void aTruncatedStoreSaysWhere();
    void aStoreFromANewerVersion();
    void aReadOnlyDisk();
    void aFullDisk();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreMessages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreMessages::aTruncatedStoreSaysWhere()
{
    const QString db = m_dir->filePath(QStringLiteral("haulstream.db"));
    QCOMPARE(haulctl(db, {QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    QVERIFY(!QFile::exists(db + QStringLiteral("-wal"))); // all of it is in the file itself
    QFile f(db);
    const qint64 size = f.size();
    QVERIFY(f.resize(size / 2));
    const QByteArray before = digest(db);
    for (const QString &command : {QStringLiteral("verify"), QStringLiteral("submit")}) {
        const Output o = haulctl(db, {command}, paymentLines(0, 1));
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("is damaged: it ends after %1 bytes, but its header says it holds %2 bytes")
                                    .arg(size / 2).arg(size).toUtf8()),
                 o.err.constData());
        QVERIFY2(o.err.contains("It was cut short"), o.err.constData());
    }
    QCOMPARE(digest(db), before);
}

void TestStoreMessages::aStoreFromANewerVersion()
{
    const QString db = m_dir->filePath(QStringLiteral("haulstream.db"));
    QCOMPARE(haulctl(db, {QStringLiteral("submit")}, openAccount()).exitCode, 0);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version=99")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = digest(db);
    const Output o = haulctl(db, {QStringLiteral("submit")}, paymentLines(0, 1));
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains("was written by a newer version of Haulstream (store schema 99"), o.err.constData());
    QCOMPARE(digest(db), before);
}

void TestStoreMessages::aReadOnlyDisk()
{
    const QString where = m_dir->filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(where));
    Mount disk(where, QStringLiteral("size=4m"));
    if (!disk.mounted())
        QSKIP("cannot mount a tmpfs here (needs root): the read-only disk is not tried");
    const QString db = where + QStringLiteral("/haulstream.db");
    QCOMPARE(haulctl(db, {QStringLiteral("submit")}, openAccount()).exitCode, 0);
    QVERIFY(disk.remountReadOnly());
    const QByteArray before = digest(db);
    const Output o = haulctl(db, {QStringLiteral("submit")}, paymentLines(0, 1));
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QStringLiteral("%1 is on a read-only disk").arg(db).toUtf8()), o.err.constData());
    QCOMPARE(digest(db), before);
    // SQLite cannot read a write-ahead-logged store on a read-only disk either: it says so.
    const Output accounts = haulctl(db, {QStringLiteral("query"), QStringLiteral("accounts")});
    QCOMPARE(accounts.exitCode, 1);
    QVERIFY2(accounts.err.contains("is on a read-only disk"), accounts.err.constData());
}

void TestStoreMessages::aFullDisk()
{
    const QString where = m_dir->filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(where));
    Mount disk(where, QStringLiteral("size=2m"));
    if (!disk.mounted())
        QSKIP("cannot mount a tmpfs here (needs root): the full disk is not tried");
    const QString db = where + QStringLiteral("/haulstream.db");
    QCOMPARE(haulctl(db, {QStringLiteral("submit")}, openAccount()).exitCode, 0);
    // Fill the disk up to its last byte.
    QFile filler(where + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    filler.close();
    const Output o = haulctl(db, {QStringLiteral("submit")}, paymentLines(0, 500));
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QStringLiteral("The disk that holds %1 is full. Nothing was changed").arg(db).toUtf8()), o.err.constData());
    // Nothing of the batch is in, and the store is whole.
    QFile::remove(filler.fileName());
    const Output log = haulctl(db, {QStringLiteral("query"), QStringLiteral("commands")});
    QCOMPARE(QJsonDocument::fromJson(log.out).array().size(), 1);
    const Output verify = haulctl(db, {QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.out.constData());
}

QTEST_GUILESS_MAIN(TestStoreMessages)
#include "tst_storemessages.moc"
