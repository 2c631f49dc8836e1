#pragma once

// Re-binding a channel (a migration) with its ACLs: the binding moves (ChannelStore::rebind),
// then every active grant of the channel whose ACLs Switchboard provisioned is reconciled
// (AclProvisioner::reconcile): its ACLs are created on the new topic and the ones on the old
// topic that no other grant needs are deleted. Grants whose ACLs were never provisioned here
// are left as they were (the drift report shows them). Used by the CLI and the desktop.
//
// The binding is a routing decision and stands even if a cluster cannot be reached for the
// ACLs: the outcome then names each grant whose ACLs did not follow, and how to fix it.
// Blocking network calls: run it off the GUI thread.

#include "acl/AclProvisioner.h"
#include "routing/ChannelStore.h"

namespace Switchboard {

struct GrantAclFollowUp {
    qint64 grantId = 0;
    QString application;
    std::optional<ProvisionReport> report;   // empty when it failed
    QString error;
};

struct MigrationOutcome {
    BindOutcome binding;
    QList<GrantAclFollowUp> grants;
    bool aclsFollowed() const
    {
        for (const GrantAclFollowUp &g : grants) {
            if (!g.report)
                return false;
        }
        return true;
    }
};

class ChannelMigration {
public:
    explicit ChannelMigration(const Database &db, ClusterConnector connector = defaultClusterConnector(), int timeoutMs = 10000)
        : m_db(db), m_connector(std::move(connector)), m_timeoutMs(timeoutMs) {}

    Result<MigrationOutcome> rebind(const QString &uri, const QString &environment, const QString &cluster, const QString &topic,
                                    bool force = false) const;

private:
    const Database &m_db;
    ClusterConnector m_connector;
    int m_timeoutMs;
};

} // namespace Switchboard
