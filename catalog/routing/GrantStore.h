#pragma once

// Grants in the catalog: an application may use a channel with an intent (a consume grant
// names its consumer group or group prefix). A revoked grant keeps its row (revoked_at, by
// whom) for history; only active grants route. Every change is audited. The ACLs a grant
// provisions on clusters are AclProvisioner's business (catalog/acl).

#include "core/Result.h"
#include "routing/RoutingModel.h"

#include <QDateTime>

#include <optional>

namespace Switchboard {

class Database;

struct GrantRecord {
    Grant grant;
    QString uuid;
    QString application;    // name
    QString requestUuid;    // the request it came from, if any
    QDateTime createdAt;
    QString createdBy;
    QDateTime revokedAt;    // invalid while active
    QString revokedBy;
    bool active() const { return !revokedAt.isValid(); }
};

struct GrantFilter {
    QString application;    // name; empty: all
    QString channel;        // URI; empty: all
    bool includeRevoked = false;
};

class GrantStore {
public:
    explicit GrantStore(const Database &db) : m_db(db) {}

    // Consume grants need a group (or prefix); produce grants take none.
    static Status validate(Intent intent, const QString &consumerGroup);

    Result<GrantRecord> add(const QString &application, const QString &channel, Intent intent,
                            const QString &consumerGroup = {}, bool groupIsPrefix = false,
                            const QString &requestUuid = {}) const;
    Status revoke(qint64 id) const;
    Result<QList<GrantRecord>> list(const GrantFilter &filter = {}) const;
    Result<std::optional<GrantRecord>> find(qint64 id) const;

private:
    const Database &m_db;
};

} // namespace Switchboard
