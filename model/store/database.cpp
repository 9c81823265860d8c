#include "database.h"

#include "checkpointer.h"

#include "postgres.h"
#include "schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>
#include <QStringEncoder>
#include <QThread>
#include <QVarLengthArray>

#include <charconv>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <sys/stat.h>

namespace hs {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("haulstream-%1").arg(++counter);
}

QVariant scalar(QSqlDatabase &db, const QString &sql, bool *ok = nullptr)
{
    QSqlQuery q(db);
    const bool done = q.exec(sql) && q.next();
    if (ok)
        *ok = done;
    return done ? q.value(0) : QVariant();
}

} // namespace

void streamRows(QSqlQuery &q)
{
    q.setForwardOnly(!(q.driver() && q.driver()->dbmsType() == QSqlDriver::PostgreSQL));
}

bool execSql(QSqlDatabase &db, const QString &sql, StoreError *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        error->message = q.lastError().text();
    return false;
}

int WaitPolicy::defaultPatienceMs()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("HAULSTREAM_WAIT_SECONDS", &ok);
    return ok && seconds >= 0 ? seconds * 1000 : 60000;
}

namespace {

QMutex openFilesMutex;
QHash<QString, int> openFiles; // connections this process has open, by file

bool fileOpenHere(const QString &path)
{
    QMutexLocker lock(&openFilesMutex);
    return openFiles.value(path) > 0;
}

// What changes while another writer works: its log grows, a checkpoint rewrites the file.
QByteArray progressOf(const QString &path)
{
    QByteArray signature;
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        struct stat st;
        if (::stat(QFile::encodeName(file).constData(), &st) == 0)
            signature += QByteArray::number(qint64(st.st_size)) + ':' + QByteArray::number(qint64(st.st_mtim.tv_sec))
                         + '.' + QByteArray::number(qint64(st.st_mtim.tv_nsec)) + ';';
    }
    return signature;
}

// SQLite's own handle behind a Qt connection, for what Qt SQL does not offer.
sqlite3 *sqliteOf(const QSqlDatabase &db) { return sqliteHandle(db); }

// Before SQLite's first connection in the process (later it is refused, harmlessly): without
// its memory statistics every allocation skips a global mutex and two counters (~6% of an import).
void configureSqliteOnce()
{
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured);
}

// Debian's SQLite overwrites deleted content by default; the store deletes nothing worth hiding
// (events are never deleted, read models are derived from them), so a writer skips it.
void skipSecureDelete(QSqlDatabase &db) { execSql(db, QStringLiteral("PRAGMA secure_delete=OFF")); }

} // namespace

bool Database::openConnection(QSqlDatabase &db, const QString &name, Mode mode, StoreError *error)
{
    configureSqliteOnce();
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        *error = storefile::describe(m_path, db.lastError(), 0);
        return false;
    }
    if (sqlite3 *h = sqliteOf(db))
        sqlite3_busy_handler(h, [](void *self, int count) { return static_cast<Database *>(self)->onBusy(count); }, this);
    return true;
}

// Why several checks in one place: the file is judged once, read-only, before anything is written.
std::unique_ptr<Database> Database::open(const QString &path, Mode mode, StoreError *error, const WaitPolicy &wait)
{
    if (postgres::isLocation(path))
        return openPostgres(path, mode, error);
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == Mode::ReadOnly)
            return openMemory(error); // a missing file reads as an empty store
        if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
            *error = makeStoreError(StoreError::Cause::ReadOnly, QT_TRANSLATE_NOOP("hs::StoreError", "The folder %1 cannot be created."), {info.absolutePath()});
            return nullptr;
        }
    } else if (info.isDir()) {
        *error = makeStoreError(StoreError::Cause::NotAStore, QT_TRANSLATE_NOOP("hs::StoreError", "%1 is a folder, not a Haulstream store."), {path});
        return nullptr;
    }

    std::unique_ptr<Database> d(new Database);
    d->m_path = info.absoluteFilePath();
    d->m_name = uniqueConnectionName();
    d->m_wait = wait;

    bool hasSchema = false;
    if (info.exists()) {
        // Look before touching: read-only, no WAL switch, no schema.
        const QString probeName = d->m_name + QStringLiteral("-probe");
        std::optional<StoreError> problem;
        {
            QSqlDatabase probe;
            if (!d->openConnection(probe, probeName, Mode::ReadOnly, error))
                problem = *error;
            else
                problem = d->judge(probe, path, &hasSchema);
            probe.close();
        }
        QSqlDatabase::removeDatabase(probeName);
        if (problem) {
            *error = *problem;
            return nullptr;
        }
    }

    if (!d->openConnection(d->m_db, d->m_name, mode, error))
        return nullptr;
    {
        QMutexLocker lock(&openFilesMutex);
        ++openFiles[d->m_path];
    }
    d->m_identity = storefile::identityOf(d->m_path);
    d->m_hasSchema = hasSchema;
    if (mode == Mode::ReadWrite && hasSchema && !d->switchToWal(error))
        return nullptr;
    if (mode == Mode::ReadWrite && hasSchema && d->m_storedVersion < schemaVersion && !d->migrate(error))
        return nullptr;
    execSql(d->m_db, QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (mode == Mode::ReadWrite) {
        // When the log starts again after a checkpoint, the first commit cuts the file short
        // instead of writing over it. A log frame is 24 bytes longer than a page, so writing
        // over an old one rewrites parts of two file blocks; when the kernel had dropped those
        // from its cache, each write first read them from the disk, behind the checkpointer's
        // own writes: 10-85 ms for a single command at a million events. Appending to fresh
        // blocks reads nothing. The cut costs the commit that makes it, once per start of the
        // log (0.04-0.18 s measured on an ext4 disk mounted with online discard).
        execSql(d->m_db, QStringLiteral("PRAGMA journal_size_limit=0"));
        d->checkpointInBackground();
        skipSecureDelete(d->m_db);
    }
    // The writer keeps a large page cache for imports; readers page what a screen shows.
    execSql(d->m_db, mode == Mode::ReadWrite ? QStringLiteral("PRAGMA cache_size=-65536")
                                             : QStringLiteral("PRAGMA cache_size=-8192"));
    // A reader's sorts over a whole history (the overview's trends at a million events) spill
    // to a temporary file beyond its cache instead of growing in memory.
    if (mode == Mode::ReadWrite) {
        execSql(d->m_db, QStringLiteral("PRAGMA temp_store=MEMORY"));
        d->m_sqlitePipe = std::make_unique<SqlitePipe>(sqliteOf(d->m_db));
    }
    return d;
}

std::optional<StoreError> Database::judge(QSqlDatabase &probe, const QString &path, bool *hasSchema)
{
    QSqlQuery q(probe);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        // Reading the header ourselves is safe only while no connection here holds the file.
        if (!fileOpenHere(m_path) && (q.lastError().nativeErrorCode().toInt() & 0xff) != SQLITE_BUSY)
            if (auto damaged = storefile::damage(m_path))
                return damaged;
        return storefile::describe(path, q.lastError(), systemErrno(probe));
    }
    const int tables = q.value(0).toInt();
    q.finish();
    const quint64 pages = scalar(probe, QStringLiteral("PRAGMA page_count")).toULongLong();
    if (auto cut = storefile::cutShort(path, pages, scalar(probe, QStringLiteral("PRAGMA page_size")).toULongLong()))
        return cut;
    const int appId = scalar(probe, QStringLiteral("PRAGMA application_id")).toInt();
    const int version = scalar(probe, QStringLiteral("PRAGMA user_version")).toInt();
    if (tables == 0 && appId == 0)
        return std::nullopt; // an empty SQLite file: becomes a store on first write
    if (appId != applicationId)
        return makeStoreError(StoreError::Cause::NotAStore, QT_TRANSLATE_NOOP("hs::StoreError", "%1 is not a Haulstream store (it is an SQLite database of another program)."), {path});
    if (version > schemaVersion)
        return makeStoreError(StoreError::Cause::NewerVersion,
                              QT_TRANSLATE_NOOP("hs::StoreError", "%1 was written by a newer version of Haulstream (store schema %2; this version reads up to %3). Update Haulstream to open it."),
                              {path, QString::number(version), QString::number(schemaVersion)});
    *hasSchema = true;
    m_storedVersion = version;
    return std::nullopt;
}

int Database::systemErrno(const QSqlDatabase &db)
{
    sqlite3 *h = sqliteOf(db);
    return h ? sqlite3_system_errno(h) : 0;
}

bool Database::switchToWal(StoreError *error)
{
    if (m_memory)
        return true;
    // The switch needs the file to itself for a moment. When processes that all hold a read lock
    // ask for it at once, SQLite answers busy without calling the busy handler (waiting there
    // could deadlock), so the wait is done here, as patiently as any other.
    for (int count = 0;; ++count) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.next() && q.value(0).toString() == u"wal") {
            endWait();
            return true;
        }
        // Another answer than busy (a file system without shared memory) will not change by waiting.
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) || !onBusy(count))
            break;
    }
    endWait();
    *error = makeStoreError(StoreError::Cause::Other, QT_TRANSLATE_NOOP("hs::StoreError", "%1: the store could not switch to write-ahead logging."), {m_path});
    return false;
}

int Database::onBusy(int count)
{
    if (count == 0) {
        m_waitTimer.start();
        m_lastProgressMs = 0;
        m_progress = progressOf(m_path);
    }
    if (m_noWait || (m_wait.abandon && m_wait.abandon->load()))
        return 0;
    const qint64 now = m_waitTimer.elapsed();
    if (const QByteArray p = progressOf(m_path); p != m_progress) {
        m_progress = p;
        m_lastProgressMs = now;
    }
    if (now - m_lastProgressMs > m_wait.patienceMs)
        return 0;
    if (!m_waitShown && now >= 1000) {
        m_waitShown = true;
        if (m_wait.onWaiting)
            m_wait.onWaiting(true, storefile::lockHolders(m_path).join(QStringLiteral(", ")));
    }
    QThread::msleep(count < 20 ? 2 : 20);
    return 1;
}

void Database::endWait()
{
    if (!m_waitShown)
        return;
    m_waitShown = false;
    if (m_wait.onWaiting)
        m_wait.onWaiting(false, {});
}

std::unique_ptr<Database> Database::openMemory(StoreError *error)
{
    std::unique_ptr<Database> d(new Database);
    d->m_name = uniqueConnectionName();
    d->m_memory = true;
    d->m_path = QStringLiteral(":memory:");
    configureSqliteOnce();
    d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->m_name);
    d->m_db.setDatabaseName(QStringLiteral(":memory:"));
    if (!d->m_db.open()) {
        error->message = d->m_db.lastError().text();
        return nullptr;
    }
    skipSecureDelete(d->m_db);
    if (!d->ensureSchema(error))
        return nullptr;
    return d;
}

Database::Database() = default;

Database::~Database()
{
    stopCheckpointing();
    if (!m_memory && m_db.isOpen()) {
        QMutexLocker lock(&openFilesMutex);
        if (--openFiles[m_path] <= 0)
            openFiles.remove(m_path);
    }
    m_pg.reset(); // before its connection closes
    m_sqlitePipe.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool Database::ensureSchema(StoreError *error)
{
    if (m_hasSchema)
        return true;
    if (isPostgres())
        return ensurePostgresSchema(error);
    // Pages of 8 KiB for a new store (an existing one keeps its own): a batch's commit writes
    // fewer, larger log frames and the B-trees have fewer levels and splits. Interleaved 1M
    // haulbench runs: rebuild 158 000-172 000 events/s against 81 000-153 000 with 4 KiB;
    // interactive p50 the same. Only an empty file takes it, before the transaction begins.
    execSql(m_db, QStringLiteral("PRAGMA page_size=8192"));
    if (!beginWrite(error))
        return false;
    // Inside the lock: another process may have made the store since this one found the file new.
    if (!m_memory && scalar(m_db, QStringLiteral("PRAGMA application_id")).toInt() == applicationId) {
        const int version = scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt();
        rollback();
        if (version > schemaVersion) {
            *error = makeStoreError(StoreError::Cause::NewerVersion,
                                    QT_TRANSLATE_NOOP("hs::StoreError", "%1 was written by a newer version of Haulstream (store schema %2; this version reads up to %3). Update Haulstream to open it."),
                                    {m_path, QString::number(version), QString::number(schemaVersion)});
            return false;
        }
        m_storedVersion = version;
    } else {
        for (const QString &sql : schema::createStatements()) {
            if (!exec(sql, error)) {
                rollback();
                return false;
            }
        }
        bool ok = exec(QStringLiteral("PRAGMA application_id=%1").arg(applicationId), error)
                  && exec(QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion), error);
        if (!ok || !commit(error)) {
            rollback();
            return false;
        }
        m_storedVersion = schemaVersion;
    }
    // Write-ahead logging once the store exists: the switch waits for readers like a write does.
    if (!switchToWal(error))
        return false;
    if (m_storedVersion < schemaVersion && !migrate(error))
        return false;
    m_hasSchema = true;
    m_storedVersion = schemaVersion;
    return true;
}

const QString &SqlStatement::placeholder(int i)
{
    static const QList<QString> names = [] {
        QList<QString> n;
        for (int k = 0; k < 64; ++k)
            n << QStringLiteral(":p%1").arg(k);
        return n;
    }();
    return names.at(i);
}

SqlStatement::SqlStatement(const QSqlDatabase &db)
    : m_query(db), m_connection(sqliteOf(db)), m_pipe(SqlitePipe::of(m_connection)),
      m_session(m_connection ? nullptr : PgSession::of(db))
{
}

namespace {

// Qt finalizes the statement with m_query, or when it is prepared again: a write of it still
// queued runs first. (Asked of the registry: the statement may outlive its connection.)
void settleBeforeFinalizing(sqlite3 *connection)
{
    if (SqlitePipe *pipe = SqlitePipe::of(connection); pipe && pipe->busy())
        pipe->settle();
}

} // namespace

SqlStatement::~SqlStatement()
{
    settleBeforeFinalizing(m_connection);
    finish();
}

bool SqlStatement::prepareUnread(const QString &sql)
{
    const bool ok = prepare(sql);
    m_writes = true;
    return ok;
}

namespace {

// A statement that returns no rows: pipelined (PostgreSQL, SQLite) inside a batch.
bool writesOnly(const QString &sql)
{
    const QString head = sql.trimmed().left(7).toUpper();
    return (head.startsWith(u"INSERT") || head.startsWith(u"UPDATE") || head.startsWith(u"DELETE"))
           && !sql.contains(u"RETURNING", Qt::CaseInsensitive);
}

} // namespace

bool SqlStatement::preparePostgres(const QString &sql)
{
    static std::atomic<int> made{0};
    QByteArray numbered;
    numbered.reserve(sql.size() + 32);
    m_count = 0;
    for (QChar c : sql) {
        if (c == u'?')
            numbered += '$' + QByteArray::number(++m_count);
        else
            numbered += QString(c).toUtf8();
    }
    m_held.fill(QByteArray(), m_count);
    m_nulls.fill(true, m_count);
    m_binary.fill(false, m_count);
    m_name = "hs_" + QByteArray::number(++made);
    QSqlError e;
    if (m_session->prepare(m_name, numbered, &e))
        return true;
    m_error = e;
    m_name.clear();
    return false;
}

bool SqlStatement::prepare(const QString &sql)
{
    finish();
    m_next = 0;
    m_error.reset();
    m_writes = writesOnly(sql);
    if (m_session)
        return preparePostgres(sql);
    if (m_connection) {
        settleBeforeFinalizing(m_connection);
        m_deferring = false;
        m_deferred.clear();
        const bool ok = m_query.prepare(sql);
        sqlite3_stmt *s = native();
        m_count = s ? sqlite3_bind_parameter_count(s) : 0;
        m_held.resize(m_count);
        if (!ok || !s)
            m_error = m_query.lastError();
        return ok && s;
    }
    QString named;
    named.reserve(sql.size() + 64);
    m_count = 0;
    for (QChar c : sql) {
        if (c == u'?')
            named += placeholder(m_count++);
        else
            named += c;
    }
    return m_query.prepare(named);
}

// Qt SQL's own statement: it finalizes it when the connection closes, so it is asked each time.
sqlite3_stmt *SqlStatement::native() const
{
    const QVariant v = m_query.result() ? m_query.result()->handle() : QVariant();
    return v.isValid() && qstrcmp(v.typeName(), "sqlite3_stmt*") == 0 ? *static_cast<sqlite3_stmt *const *>(v.constData())
                                                                       : nullptr;
}

sqlite3_stmt *SqlStatement::bindTarget()
{
    if (m_next == 0)
        m_bindTarget = native();
    return m_bindTarget;
}

void SqlStatement::advance()
{
    if (++m_next >= m_count)
        m_next = 0;
}

// The next placeholder gets a value: from sqlite (given the statement and the placeholder's
// number) on SQLite, from postgres (a QVariant) on PostgreSQL.
bool SqlStatement::putPostgres(const QByteArray &bytes, bool binary)
{
    if (m_next < m_count) {
        m_held[m_next] = bytes;
        m_nulls[m_next] = bytes.isNull();
        m_binary[m_next] = binary;
    }
    advance();
    return true;
}

template <typename OnPostgres, typename OnSqlite>
void SqlStatement::put(OnPostgres postgres, OnSqlite sqlite)
{
    if (m_session) {
        const QVariant v = postgres();
        if (v.isNull())
            putPostgres(QByteArray(), false);
        else if (v.typeId() == QMetaType::QByteArray)
            putPostgres(v.toByteArray(), true);
        else if (v.typeId() == QMetaType::QString)
            putPostgres(v.toString().toUtf8(), false);
        else if (v.typeId() == QMetaType::Double)
            putPostgres(QByteArray::number(v.toDouble(), 'g', 17), false);
        else
            putPostgres(QByteArray::number(v.toLongLong()), false);
        return;
    }
    if (!m_connection)
        m_query.bindValue(placeholder(m_next), postgres());
    else if (sqlite3_stmt *s = bindTarget())
        sqlite(s, m_next + 1);
    advance();
}

// Inside a pipelined batch a write's values are kept for the pipe's thread, which binds them;
// make gives the value only then.
template <typename MakeValue>
bool SqlStatement::defer(MakeValue make)
{
    if (!m_pipe || !m_writes)
        return false;
    if (m_next == 0)
        m_deferring = m_pipe->active();
    if (!m_deferring)
        return false;
    m_deferred.push_back(make());
    advance();
    return true;
}

void SqlStatement::bind(qint64 value)
{
    if (defer([value] { return SqlitePipe::Value{SqlitePipe::Value::Kind::Integer, value, 0, {}}; }))
        return;
    if (m_session) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        putPostgres(QByteArray(digits, end - digits), false);
        return;
    }
    put([&] { return QVariant(value); }, [&](sqlite3_stmt *s, int i) { sqlite3_bind_int64(s, i, value); });
}

void SqlStatement::bind(const std::optional<qint64> &value)
{
    if (value)
        bind(*value);
    else
        bindNull();
}

void SqlStatement::bindNull()
{
    if (defer([] { return SqlitePipe::Value{}; }))
        return;
    put([] { return QVariant(); }, [](sqlite3_stmt *s, int i) { sqlite3_bind_null(s, i); });
}

void SqlStatement::bind(const QString &text)
{
    if (text.isNull())
        return bindNull();
    if (defer([&text] { return SqlitePipe::Value{SqlitePipe::Value::Kind::Text, 0, 0, text.toUtf8()}; }))
        return;
    if (m_session) {
        putPostgres(text.toUtf8(), false);
        return;
    }
    put([&] { return QVariant(text); }, [&](sqlite3_stmt *s, int i) {
        // Encoded into this placeholder's own buffer, which only grows from row to row.
        QByteArray &utf8 = m_held[i - 1];
        if (utf8.size() < text.size() * 3 + 1)
            utf8.resize(text.size() * 3 + 1);
        QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const char *end = encoder.appendToBuffer(utf8.data(), text);
        sqlite3_bind_text(s, i, utf8.constData(), int(end - utf8.constData()), SQLITE_STATIC);
    });
}

void SqlStatement::bindUtf8(const QByteArray &text)
{
    if (text.isNull())
        return bindNull();
    if (defer([&text] { return SqlitePipe::Value{SqlitePipe::Value::Kind::Text, 0, 0, text}; }))
        return;
    if (m_session) {
        putPostgres(text.isEmpty() ? QByteArray("") : text, false);
        return;
    }
    put([&] { return QVariant(QString::fromUtf8(text)); }, [&](sqlite3_stmt *s, int i) {
        m_held[i - 1] = text;
        sqlite3_bind_text(s, i, text.isEmpty() ? "" : text.constData(), int(text.size()), SQLITE_STATIC);
    });
}

void SqlStatement::bindBlob(const QByteArray &bytes)
{
    if (bytes.isNull())
        return bindNull();
    if (defer([&bytes] { return SqlitePipe::Value{SqlitePipe::Value::Kind::Blob, 0, 0, bytes}; }))
        return;
    put([&] { return QVariant(bytes); }, [&](sqlite3_stmt *s, int i) {
        m_held[i - 1] = bytes;
        if (bytes.isEmpty())
            sqlite3_bind_zeroblob(s, i, 0);
        else
            sqlite3_bind_blob(s, i, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    });
}

// As Qt SQL binds a value: null strings and byte arrays as NULL, byte arrays as blobs.
void SqlStatement::addBindValue(const QVariant &value)
{
    if (m_session) {
        if (!value.isValid() || value.isNull())
            return bindNull();
        return put([&] { return value.typeId() == QMetaType::Bool ? QVariant(qint64(value.toBool())) : value; }, [](sqlite3_stmt *, int) {});
    }
    if (!m_connection) {
        m_query.bindValue(placeholder(m_next), value);
        return advance();
    }
    if (!value.isValid() || value.isNull())
        return bindNull();
    switch (value.typeId()) {
    case QMetaType::QString:
        return bind(value.toString());
    case QMetaType::QByteArray:
        return bindBlob(value.toByteArray());
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        return bind(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        if (defer([&value] { return SqlitePipe::Value{SqlitePipe::Value::Kind::Real, 0, value.toDouble(), {}}; }))
            return;
        return put([&] { return value; }, [&](sqlite3_stmt *s, int i) { sqlite3_bind_double(s, i, value.toDouble()); });
    default:
        return bind(value.toString());
    }
}

bool SqlStatement::exec()
{
    m_next = 0;
    m_error.reset();
    if (m_session) {
        finish();
        if (m_name.isEmpty()) {
            m_error = QSqlError(QStringLiteral("The statement is not prepared."), QString(), QSqlError::StatementError);
            return false;
        }
        QVarLengthArray<const char *, 32> values(m_count);
        QVarLengthArray<int, 32> lengths(m_count), formats(m_count);
        for (int i = 0; i < m_count; ++i) {
            values[i] = m_nulls[i] ? nullptr : m_held[i].constData();
            lengths[i] = int(m_held[i].size());
            formats[i] = m_binary[i] ? 1 : 0;
        }
        const PgSession::Params p{m_count, values.data(), lengths.data(), formats.data()};
        QSqlError e;
        if (m_writes ? m_session->send(m_name, p, &e) : (m_result = m_session->run(m_name, p, &e)) != nullptr)
            return true;
        m_error = e;
        return false;
    }
    if (!m_connection)
        return m_query.exec();
    finish();
    sqlite3_stmt *s = native();
    if (!s) {
        m_error = QSqlError(QStringLiteral("The statement is not prepared."), QString(), QSqlError::StatementError);
        return false;
    }
    if (m_pipe && m_writes && (m_deferring || (m_count == 0 && m_pipe->active()))) {
        m_deferring = false;
        if (m_pipe->push(s, m_deferred))
            return true;
        m_error = m_pipe->failure();
        return false;
    }
    if (!settlePipe())
        return false;
    m_rows = s;
    const int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        m_rowWaiting = true;
        return true;
    }
    if (rc == SQLITE_DONE) {
        finish();
        return true;
    }
    return failed();
}

// Before the connection runs anything itself, the writes queued before are run; one that
// failed fails this statement too.
bool SqlStatement::settlePipe()
{
    if (!m_pipe || !m_pipe->active())
        return true;
    QSqlError e;
    if (m_pipe->settle(&e))
        return true;
    m_error = e;
    return false;
}

bool SqlStatement::next()
{
    if (m_session)
        return m_result && ++m_row < PQntuples(m_result);
    if (!m_connection)
        return m_query.next();
    if (m_rowWaiting) {
        m_rowWaiting = false;
        return true;
    }
    if (!m_rows)
        return false;
    const int rc = sqlite3_step(m_rows);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        return failed();
    finish();
    return false;
}

// Described as Qt SQL describes a failed step (in Qt's own words and translation, hence not
// literals here), so that StoreError finds the same cause.
bool SqlStatement::failed()
{
    static const char *const qtContext = "QSQLiteResult";
    static const char *const qtWords = "Unable to fetch row";
    m_error = QSqlError(QCoreApplication::translate(qtContext, qtWords),
                        QString::fromUtf8(sqlite3_errmsg(m_connection)), QSqlError::StatementError,
                        QString::number(sqlite3_extended_errcode(m_connection)));
    finish();
    return false;
}

void SqlStatement::finish()
{
    if (m_session) {
        PQclear(m_result);
        m_result = nullptr;
        m_row = -1;
        return;
    }
    if (!m_connection)
        return m_query.finish();
    if (m_rows)
        sqlite3_reset(m_rows);
    m_rows = nullptr;
    m_rowWaiting = false;
}

QVariant SqlStatement::value(int column) const
{
    if (m_session) {
        if (isNull(column))
            return {};
        const char *v = PQgetvalue(m_result, m_row, column);
        switch (PQftype(m_result, column)) {
        case 20: // int8
        case 21: // int2
        case 23: // int4
            return integer(column);
        case 16: // bool
            return *v == 't';
        case 700: // float4
        case 701: // float8
        case 1700: // numeric
            return QByteArray(v).toDouble();
        case 17: { // bytea
            size_t n = 0;
            unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(v), &n);
            QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(n));
            PQfreemem(bytes);
            return out;
        }
        default:
            return text(column);
        }
    }
    if (!m_connection)
        return m_query.value(column);
    if (!m_rows)
        return {};
    switch (sqlite3_column_type(m_rows, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_rows, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_rows, column);
    case SQLITE_TEXT:
        return text(column);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_rows, column)), sqlite3_column_bytes(m_rows, column));
    default:
        return {};
    }
}

qint64 SqlStatement::integer(int column) const
{
    if (m_session) {
        if (isNull(column))
            return 0;
        const char *v = PQgetvalue(m_result, m_row, column);
        qint64 n = 0;
        std::from_chars(v, v + PQgetlength(m_result, m_row, column), n);
        return n;
    }
    if (!m_connection)
        return m_query.value(column).toLongLong();
    return m_rows ? sqlite3_column_int64(m_rows, column) : 0;
}

QString SqlStatement::text(int column) const
{
    if (!m_connection && !m_session)
        return m_query.value(column).toString();
    const QByteArrayView bytes = utf8(column);
    return bytes.isNull() ? QString() : QString::fromUtf8(bytes);
}

QByteArrayView SqlStatement::utf8(int column) const
{
    if (m_session) {
        if (isNull(column))
            return {};
        return QByteArrayView(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
    }
    if (!m_connection) {
        m_converted = m_query.value(column).toString().toUtf8();
        return m_converted;
    }
    if (!m_rows)
        return {};
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_rows, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_rows, column)) : QByteArrayView();
}

bool SqlStatement::isNull(int column) const
{
    if (m_session)
        return !m_result || m_row < 0 || m_row >= PQntuples(m_result) || PQgetisnull(m_result, m_row, column);
    if (!m_connection)
        return m_query.isNull(column);
    return !m_rows || sqlite3_column_type(m_rows, column) == SQLITE_NULL;
}

QSqlError SqlStatement::lastError() const
{
    if (m_session)
        return m_error.value_or(QSqlError());
    if (!m_connection)
        return m_query.lastError();
    return m_error.value_or(QSqlError());
}

bool Database::migrate(StoreError *error)
{
    // Read models are disposable: they are dropped, made anew and caught up from the first
    // event. Of the rest only indexes have changed so far.
    if (!beginWrite(error))
        return false;
    // Another process may have brought it up to date while this one waited for the lock.
    const int stored = storedSchemaVersion();
    if (stored >= schemaVersion) {
        rollback();
        m_storedVersion = schemaVersion;
        return true;
    }
    bool ok = true;
    QSqlQuery q(m_db);
    QStringList existing;
    const QString tables = isPostgres()
        ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'");
    if (q.exec(tables + QStringLiteral(" AND %1 LIKE 'rm\\_%' ESCAPE '\\'").arg(isPostgres() ? u"tablename" : u"name")))
        while (q.next())
            existing << q.value(0).toString();
    q.finish();
    for (const QString &table : existing)
        ok = ok && execSql(m_db, QStringLiteral("DROP TABLE IF EXISTS %1").arg(table), error);
    for (const QString &sql : schema::createReadModelStatements(QStringLiteral("main"), dialect()))
        ok = ok && execSql(m_db, sql, error);
    if (stored < 7) {
        const QStringList correlation = QStringList{QStringLiteral("DROP INDEX IF EXISTS events_correlation"),
                                                    QStringLiteral("DROP INDEX IF EXISTS commands_correlation")}
                                        + schema::createCorrelationIndexes(dialect());
        for (const QString &sql : correlation)
            ok = ok && execSql(m_db, sql, error);
    }
    ok = ok && execSql(m_db, QStringLiteral("UPDATE meta SET value = 0 WHERE key = 'projection_position'"), error);
    ok = ok && setStoredSchemaVersion(schemaVersion, error);
    if (!ok || !commit()) {
        rollback();
        *error = makeStoreError(error->cause, QT_TRANSLATE_NOOP("hs::StoreError", "%1 could not be brought up to this version of Haulstream: %2"), {m_path, localizedMessage(*error)});
        return false;
    }
    m_storedVersion = schemaVersion;
    return true;
}

bool Database::beginWrite(StoreError *error)
{
    if (isPostgres()) {
        if (m_pg) {
            m_pg->begin();
            static const QByteArray lock = "SELECT pg_advisory_xact_lock(" + QByteArray::number(postgres::appendLock) + ")";
            QSqlError e;
            if (m_pg->runTogether({"BEGIN", lock.constData()}, &e))
                return true;
            if (error)
                error->message = e.text();
            rollback();
            return false;
        }
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("BEGIN"))
            && q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(postgres::appendLock)))
            return true;
        if (error)
            error->message = q.lastError().text();
        rollback();
        return false;
    }
    if (m_sqlitePipe)
        m_sqlitePipe->end(); // nothing of an earlier transaction is left
    QSqlQuery q(m_db);
    const bool begun = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    endWait();
    StoreError problem;
    if (!begun) {
        problem = failure(q.lastError());
    } else if (!keepsItsLocks()) {
        rollback();
        problem = makeStoreError(StoreError::Cause::ViewLost,
                                 QT_TRANSLATE_NOOP("hs::StoreError", "Haulstream lost its hold on %1 (another part of this program opened and closed the file, or the file was replaced). Nothing was recorded; the store is being opened again."),
                                 {m_path});
    } else {
        return true;
    }
    if (error)
        *error = problem;
    return false;
}

bool Database::tryBeginWrite()
{
    if (isPostgres())
        return beginWrite();
    if (m_sqlitePipe)
        m_sqlitePipe->end(); // nothing of an earlier transaction is left
    m_noWait = true;
    const bool begun = execSql(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_noWait = false;
    return begun;
}

bool Database::commit(StoreError *error)
{
    if (m_pg) {
        QSqlError e;
        if (m_pg->commit(&e))
            return true;
        if (error)
            *error = failure(e);
        return false;
    }
    if (m_sqlitePipe) {
        // Refused, not committed, when a pipelined write failed: the caller rolls back.
        QSqlError e;
        if (!m_sqlitePipe->settle(&e)) {
            if (error)
                *error = failure(e);
            return false;
        }
        m_sqlitePipe->end();
    }
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    if (error)
        *error = failure(q.lastError());
    return false;
}

void Database::rollback()
{
    if (m_pg)
        m_pg->discard();
    if (m_sqlitePipe)
        m_sqlitePipe->end();
    execSql(m_db, QStringLiteral("ROLLBACK"));
}

bool Database::exec(const QString &sql, StoreError *error)
{
    QSqlQuery q(connection());
    if (q.exec(sql))
        return true;
    if (error)
        *error = failure(q.lastError());
    return false;
}

StoreError Database::failure(const QSqlError &error) const
{
    if (isPostgres()) {
        // A pipelined write that failed is the cause; what failed after it only followed.
        const QSqlError &cause = m_pg && m_pg->failure() ? *m_pg->failure() : error;
        return makeStoreError(StoreError::Cause::Other, QT_TRANSLATE_NOOP("hs::StoreError", "%1 could not be used: %2"), {m_path, cause.text().trimmed()});
    }
    // A pipelined write that failed is the cause; what failed after it only followed.
    const std::optional<QSqlError> piped = m_sqlitePipe ? m_sqlitePipe->failure() : std::nullopt;
    return storefile::describe(m_path, piped.value_or(error), systemErrno(m_db));
}

StoreError Database::lastFailure() const
{
    sqlite3 *h = sqliteOf(m_db);
    if (!h)
        return failure(m_db.lastError());
    const QSqlError e(QString(), QString::fromUtf8(sqlite3_errmsg(h)), QSqlError::StatementError,
                      QString::number(sqlite3_extended_errcode(h)));
    return failure(e);
}

bool Database::keepsItsLocks() const
{
    if (m_memory || !m_identity || isPostgres())
        return true;
    return storefile::identityOf(m_path) == m_identity && storefile::processHoldsLock(m_path);
}

void Database::forgoCheckpointOnClose()
{
    if (m_checkpointer)
        m_checkpointer->forgo();
    stopCheckpointing();
    if (sqlite3 *h = sqliteOf(m_db))
        sqlite3_db_config(h, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

// A checkpoint (with its fsync) is what an interactive command would otherwise wait for now
// and then: tens of milliseconds once the store is large.
void Database::checkpointInBackground()
{
    sqlite3 *h = sqliteOf(m_db);
    if (!h || m_memory)
        return;
    m_checkpointer = std::make_unique<BackgroundCheckpointer>(QFile::encodeName(m_path));
    sqlite3_wal_hook(h, &BackgroundCheckpointer::afterCommit, m_checkpointer.get());
}

void Database::stopCheckpointing()
{
    if (!m_checkpointer)
        return;
    if (sqlite3 *h = sqliteOf(m_db))
        sqlite3_wal_hook(h, nullptr, nullptr);
    m_checkpointer.reset();
}

qint64 Database::dataVersion()
{
    if (isPostgres())
        return scalar(m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'head_position'")).toLongLong();
    return scalar(m_db, QStringLiteral("PRAGMA data_version")).toLongLong();
}

int Database::storedSchemaVersion()
{
    if (isPostgres())
        return scalar(m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt();
    return scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt();
}

bool Database::setStoredSchemaVersion(int version, StoreError *error)
{
    if (isPostgres())
        return execSql(m_db, QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(version), error);
    return execSql(m_db, QStringLiteral("PRAGMA user_version=%1").arg(version), error);
}

} // namespace hs
