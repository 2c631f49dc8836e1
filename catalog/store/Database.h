#pragma once

// The catalog's SQLite file: one connection, WAL, foreign keys on, schema kept current by
// forward migrations embedded as resources (:/migrations/NNNN_name.sql, applied in order).
//
// A Database is used from one thread at a time; a worker that needs the catalog opens its own
// connection to the same file (WAL lets readers and one writer work side by side).

#include "core/Result.h"
#include "store/Statement.h"

#include <QString>

#include <memory>

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

private:
    Database(sqlite3 *db, QString path);
    Status migrate();

    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace Switchboard
