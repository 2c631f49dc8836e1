#pragma once

// Small helpers every catalog store shares (not API): timestamps as the catalog writes them,
// binding, running and reading prepared statements, and the cluster id by name.

#include "core/Result.h"
#include "store/Database.h"

#include <QDateTime>
#include <QObject>
#include <QUuid>
#include <QVariantList>

#include <functional>

namespace Switchboard::Internal {

// Timestamps are ISO 8601 text in UTC with milliseconds (they sort as text).
inline QString nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
// A timestamp column: null for an empty one; text without an offset is read as UTC.
inline QDateTime parseTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at;
}
// The column text of a timestamp; a null QString (SQL NULL) for a null one.
inline QString timeText(const QDateTime &at) { return at.isNull() ? QString() : at.toUTC().toString(Qt::ISODateWithMs); }
inline QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

// SQLite gets NULL for a null QString; NOT NULL text columns need an empty string instead.
inline QString nonNull(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

// Binds each value in order, the first to parameter `first` (1-based).
inline void bindAll(Statement &stmt, const QVariantList &values, int first = 1)
{
    for (int i = 0; i < values.size(); ++i)
        stmt.bind(first + i, values.at(i));
}

// Runs a prepared statement and calls row(stmt) for each result row.
inline Status forEachRow(Statement &stmt, const std::function<void(const Statement &)> &row)
{
    for (;;) {
        auto next = stmt.next();
        if (!next)
            return next;
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
        return stmt;
    bindAll(*stmt, values);
    return stmt->run();
}

// A cluster's id by name, or an error naming it.
inline Result<qint64> clusterIdByName(const Database &db, const QString &name)
{
    auto stmt = db.prepare(QStringLiteral("SELECT id FROM clusters WHERE name = ?"));
    if (!stmt)
        return stmt;
    stmt->bind(1, name);
    auto row = stmt->next();
    if (!row)
        return row;
    if (!*row)
        return makeError(QObject::tr("There is no cluster \"%1\"").arg(name));
    return stmt->integer(0);
}

} // namespace Switchboard::Internal
