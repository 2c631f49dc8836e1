#pragma once

// Small helpers shared by the routing and request stores (not API).

#include "core/Result.h"
#include "store/Database.h"

#include <QDateTime>
#include <QObject>
#include <QUuid>

#include <functional>

namespace Switchboard::Internal {

inline QString nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
inline QDateTime parseTime(const QString &text) { return QDateTime::fromString(text, Qt::ISODateWithMs); }
inline QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

// Runs a prepared statement and calls row(stmt) for each result row.
inline Status forEachRow(Statement &stmt, const std::function<void(const Statement &)> &row)
{
    for (;;) {
        auto next = stmt.next();
        if (!next)
            return makeError(next.error());
        if (!*next)
            return {};
        row(stmt);
    }
}

// Prepares, binds each value in order (1-based) and runs sql without results.
inline Status execute(const Database &db, const QString &sql, const QVariantList &values = {})
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return makeError(stmt.error());
    for (int i = 0; i < values.size(); ++i)
        stmt->bind(i + 1, values.at(i));
    return stmt->run();
}

// A cluster's id by name, or an error naming it.
inline Result<qint64> clusterIdByName(const Database &db, const QString &name)
{
    auto stmt = db.prepare(QStringLiteral("SELECT id FROM clusters WHERE name = ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, name);
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    if (!*row)
        return makeError(QObject::tr("There is no cluster \"%1\"").arg(name));
    return stmt->integer(0);
}

inline QString clusterNameById(const Database &db, qint64 id)
{
    auto stmt = db.prepare(QStringLiteral("SELECT name FROM clusters WHERE id = ?"));
    if (!stmt)
        return QString();
    stmt->bind(1, id);
    auto row = stmt->next();
    return row && *row ? stmt->text(0) : QStringLiteral("#%1").arg(id);
}

} // namespace Switchboard::Internal

namespace Switchboard::Internal {
// SQLite gets NULL for a null QString; NOT NULL text columns need an empty string instead.
inline QString nonNull(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }
} // namespace Switchboard::Internal
