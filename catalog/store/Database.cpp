#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QMutex>
#include <QStandardPaths>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <map>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Switchboard {

namespace {

// Migrations are the files :/migrations/NNNN_description.sql; NNNN is the schema version the
// file brings the catalog to. They are read once and kept in version order.
std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &entry : dir.entryList(QDir::Files)) {
        const auto match = name.match(entry);
        if (match.hasMatch())
            files.emplace(match.captured(1).toInt(), dir.filePath(entry));
    }
    return files;
}

// The catalog holds the team's routing state, encrypted secrets and the audit log: only its
// owner reads it. A new file is made 0600 before SQLite opens it, whatever the umask; SQLite
// gives its -wal and -shm files the database file's mode (and sets it with fchmod, so the umask
// does not get a say there either). An existing file, or a -wal/-shm beside it, that others may
// read is tightened, with a warning.
Status createPrivately(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        if (errno == EEXIST)
            return {};   // made by someone else meanwhile: tightened below like any existing one
        return makeError(QObject::tr("Cannot create the catalog %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
    }
    const int rc = ::fchmod(fd, S_IRUSR | S_IWUSR);   // a umask can only take bits away, but be exact
    ::close(fd);
    if (rc != 0)
        return makeError(QObject::tr("Cannot restrict the catalog %1 to its owner: %2")
                             .arg(path, QString::fromLocal8Bit(strerror(errno))));
    return {};
}

// Tightens path (if it exists) to 0600; returns a note for the user when it was looser.
Result<QString> tighten(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return QString();
    const mode_t mode = st.st_mode & 07777;
    if ((mode & 0077) == 0)
        return QString();
    if (::chmod(QFile::encodeName(path).constData(), mode & 0700 & ~S_IXUSR) != 0)
        return makeError(QObject::tr("%1 can be read by other users (mode %2) and cannot be restricted: %3")
                             .arg(path, QString::number(mode, 8), QString::fromLocal8Bit(strerror(errno))));
    return QObject::tr("%1 could be read by other users (mode %2); it is now readable by its owner only (mode 600)")
        .arg(path, QString::number(mode, 8));
}

} // namespace

Database::Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/switchboard");
    return dir + QStringLiteral("/catalog.sqlite");
}

int Database::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    if (path != QStringLiteral(":memory:")) {
        const QFileInfo info(path);
        const QString folder = info.absolutePath();
        const bool newFolder = !QFileInfo::exists(folder);
        if (!QDir().mkpath(folder))
            return makeError(QObject::tr("Cannot create the folder %1").arg(folder));
        if (newFolder)   // a folder we made is ours alone; one the user chose stays as it is
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (!info.exists()) {
            if (auto st = createPrivately(path); !st)
                return makeError(st.error());
        }
        for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                                    path + QStringLiteral("-journal")}) {
            auto note = tighten(file);
            if (!note)
                return makeError(note.error());
            // The CLI prints warnings on stderr; the desktop app's log has them.
            if (!note->isEmpty())
                qWarning("switchboard: %s", qPrintable(*note));
        }
    }
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = handle ? QString::fromUtf8(sqlite3_errmsg(handle))
                                      : QString::fromUtf8(sqlite3_errstr(rc));
        if (handle)
            sqlite3_close_v2(handle);
        return makeError(QObject::tr("Cannot open the catalog %1: %2").arg(path, reason));
    }
    std::unique_ptr<Database> db(new Database(handle, path));
    sqlite3_busy_timeout(handle, 5000);
    sqlite3_extended_result_codes(handle, 1);

    // A file that is not SQLite fails here, with a message that says so. A 32 MB page cache
    // keeps searches and pages of a 100,000-topic catalog from re-reading the file (default: 2 MB).
    if (auto st = db->exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; "
                                          "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768;"));
        !st) {
        return makeError(QObject::tr("Cannot open the catalog %1: %2").arg(path, st.error()));
    }
    if (auto st = db->migrate(); !st)
        return st;
    return db;
}

int Database::schemaVersion() const
{
    auto stmt = prepare(QStringLiteral("PRAGMA user_version"));
    if (!stmt)
        return -1;
    auto row = stmt->next();
    return row && *row ? int(stmt->integer(0)) : -1;
}

Status Database::migrate()
{
    const int current = schemaVersion();
    if (current < 0)
        return makeError(QObject::tr("Cannot read the catalog's schema version: %1").arg(lastError()));
    const auto files = migrationFiles();
    const int latest = files.empty() ? 0 : files.rbegin()->first;
    if (current > latest) {
        return makeError(QObject::tr("The catalog %1 was written by a newer Switchboard (schema %2; "
                                     "this build knows up to %3). Upgrade Switchboard to open it.")
                             .arg(m_path).arg(current).arg(latest));
    }
    for (const auto &[version, file] : files) {
        if (version <= current)
            continue;
        QFile sql(file);
        if (!sql.open(QIODevice::ReadOnly))
            return makeError(QObject::tr("Migration %1 is missing from this build").arg(file));
        auto tx = transaction();
        if (auto st = exec(QString::fromUtf8(sql.readAll())); !st)
            return makeError(QObject::tr("Migrating the catalog to schema %1 failed: %2")
                                 .arg(version).arg(st.error()));
        if (auto st = exec(QStringLiteral("PRAGMA user_version=%1").arg(version)); !st)
            return st;
        if (auto st = tx.commit(); !st)
            return st;
    }
    return {};
}

namespace {

std::atomic<QThread *> s_guardedThread{nullptr};
QMutex s_guardMutex;
Database::GuardReport s_guardReport;
thread_local int t_allowances = 0;

} // namespace

void Database::guardThread(QThread *thread, GuardReport report)
{
    QMutexLocker lock(&s_guardMutex);
    s_guardReport = std::move(report);
    s_guardedThread = thread;
}

QThread *Database::guardedThread() { return s_guardedThread.load(); }

Database::GuardedThreadAllowance::GuardedThreadAllowance() { ++t_allowances; }
Database::GuardedThreadAllowance::~GuardedThreadAllowance() { --t_allowances; }

Status Database::checkThread(const QString &sql) const
{
    // One atomic load when no thread is guarded (the CLI, the router, the shipped desktop).
    QThread *guarded = s_guardedThread.load(std::memory_order_relaxed);
    if (!guarded || guarded != QThread::currentThread() || m_allowedOnGuardedThread || t_allowances > 0)
        return {};
    const QString what = sql.simplified().left(120);
    GuardReport report;
    {
        QMutexLocker lock(&s_guardMutex);
        report = s_guardReport;
    }
    if (report)
        report(what);
    else
        qFatal("switchboard: catalog query on the guarded (GUI) thread: %s", qPrintable(what));
    return makeError(QObject::tr("Catalog work on the GUI thread was refused: %1").arg(what));
}

Result<Statement> Database::prepare(const QString &sql) const
{
    if (auto st = checkThread(sql); !st)
        return makeError(st.error());
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return makeError(lastError());
    return Statement(m_db, stmt);
}

Status Database::exec(const QString &sql) const
{
    if (auto st = checkThread(sql); !st)
        return st;
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString error = message ? QString::fromUtf8(message) : lastError();
        sqlite3_free(message);
        return makeError(error);
    }
    return {};
}

qint64 Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

int Database::changes() const { return sqlite3_changes(m_db); }

QString Database::lastError() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

// A transaction opened while another is active becomes a savepoint, so a store method that
// makes its own transaction can also run inside a caller's larger one.
Database::Transaction::Transaction(const Database &db) : m_db(db)
{
    if (sqlite3_get_autocommit(m_db.handle())) {
        m_active = bool(m_db.exec(QStringLiteral("BEGIN IMMEDIATE")));
    } else {
        static std::atomic<quint64> counter{0};
        m_savepoint = QStringLiteral("sp_%1").arg(++counter);
        m_active = bool(m_db.exec(QStringLiteral("SAVEPOINT %1").arg(m_savepoint)));
    }
}

Database::Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO %1").arg(m_savepoint));
        (void)m_db.exec(QStringLiteral("RELEASE %1").arg(m_savepoint));
    }
}

Status Database::Transaction::commit()
{
    if (!m_active)
        return makeError(QObject::tr("No transaction is open: %1").arg(m_db.lastError()));
    m_active = false;
    return m_db.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                           : QStringLiteral("RELEASE %1").arg(m_savepoint));
}

} // namespace Switchboard
