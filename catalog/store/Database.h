#pragma once

// The catalog's SQLite file: one connection, WAL, foreign keys on, schema kept current by
// forward migrations embedded as resources (:/migrations/NNNN_name.sql, applied in order).
//
// A Database is used from one thread at a time; a worker that needs the catalog opens its own
// connection to the same file (WAL lets readers and one writer work side by side).

#include "core/Result.h"
#include "store/Statement.h"

#include <QString>

#include <functional>
#include <memory>

class QThread;
struct sqlite3;

namespace Switchboard {

class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates the catalog at path. ":memory:" works for tests.
    // A catalog written by a newer build is refused, not touched.
    static Result<std::unique_ptr<Database>> open(const QString &path);

    // The default catalog: $XDG_DATA_HOME/switchboard/catalog.sqlite (created on first use).
    static QString defaultPath();

    // The newest schema version this build knows.
    static int latestSchemaVersion();
    int schemaVersion() const;

    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    Result<Statement> prepare(const QString &sql) const;
    Status exec(const QString &sql) const;     // one or more statements, no results
    qint64 lastInsertId() const;
    int changes() const;
    QString lastError() const;

    // RAII transaction: rolls back unless commit() was called. Nests (as a savepoint).
    class Transaction {
    public:
        explicit Transaction(const Database &db);
        ~Transaction();
        Status commit();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

    private:
        const Database &m_db;
        QString m_savepoint;   // empty for the outermost transaction
        bool m_active = false;
    };
    Transaction transaction() const { return Transaction(*this); }

    // A check for the desktop's rule that the GUI thread runs no catalog work (everything goes
    // through ui/main/QueryRunner; docs/architecture.md, Threads). Once a thread is guarded, a
    // statement prepared or executed on it is refused with an error and reported (by default
    // with qFatal, so a test that reaches one fails right there, naming the SQL), unless the
    // connection or the calling scope is allowed there. The GUI tests turn it on; nullptr turns
    // it off.
    using GuardReport = std::function<void(const QString &sql)>;
    static void guardThread(QThread *thread, GuardReport report = {});
    static QThread *guardedThread();
    // This connection may be used on the guarded thread (a test's own connection for its setup
    // and checks).
    void allowOnGuardedThread() { m_allowedOnGuardedThread = true; }
    // While one lives, the calling thread may query (the vault's short reads while unlocking:
    // its key lives with the window). Nests.
    class GuardedThreadAllowance {
    public:
        GuardedThreadAllowance();
        ~GuardedThreadAllowance();
        GuardedThreadAllowance(const GuardedThreadAllowance &) = delete;
        GuardedThreadAllowance &operator=(const GuardedThreadAllowance &) = delete;
    };

private:
    Database(sqlite3 *db, QString path);
    Status migrate();
    Status checkThread(const QString &sql) const;

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_allowedOnGuardedThread = false;
};

} // namespace Switchboard
