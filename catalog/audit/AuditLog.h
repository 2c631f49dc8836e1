#pragma once

// The append-only record of every decision and change: who, when, what, on what.
// Details are JSON and must never hold a secret.

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace Switchboard {

class Database;

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString subject;
    QJsonObject detail;
};

class AuditLog {
public:
    explicit AuditLog(const Database &db) : m_db(db) {}

    Status record(const QString &action, const QString &subject, const QJsonObject &detail = {},
                  const QString &actor = currentActor()) const;
    Result<QList<AuditEntry>> entries(const QString &subject = {}, int limit = 1000) const;

    // Who is acting: $SWITCHBOARD_USER, else the login name.
    static QString currentActor();

private:
    const Database &m_db;
};

} // namespace Switchboard
