#pragma once

// A prepared SQLite statement with Qt-typed binding and reading. Move-only; finalizes itself.

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace Switchboard {

class Statement {
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Parameters are 1-based, as in SQLite.
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *value) { return bind(index, QString::fromUtf8(value)); }
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    Statement &bind(int index, const QVariant &value);

    // Steps once. true: a row is ready to read; false: done. A failure is an error.
    Result<bool> next();
    // Runs to completion (for statements without results).
    Status run();
    // Ready to run again with new bindings.
    void reset();

    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    QVariant value(int column) const;
    int columnCount() const;

    bool isValid() const { return m_stmt != nullptr; }

private:
    QString error() const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace Switchboard
