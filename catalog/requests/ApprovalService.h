#pragma once

// Approving a request end to end: optionally create the proposed topic on its cluster, then
// record the approval (binding + grant, RequestStore::approve), then optionally provision the
// grant's ACLs. The catalog part is all-or-nothing; the network parts around it are not
// transactional with it, so what happened is reported step by step: a grant whose ACLs could
// not be provisioned stays approved, with a warning saying how to retry.
// Blocking network calls: run it off the GUI thread.

#include "acl/AclProvisioner.h"
#include "core/Result.h"
#include "requests/RequestStore.h"

#include <optional>

namespace Switchboard {

class Database;

struct ApproveOptions {
    QString comment;
    bool createTopic = false;       // create the proposed topic on its cluster first
    int partitions = 1;
    int replicationFactor = -1;     // -1: the broker's default
    bool provisionAcls = false;
    bool forceBinding = false;      // bind even if the catalog does not know the topic
};

struct ApprovalResult {
    ApprovalOutcome outcome;
    bool topicCreated = false;
    std::optional<ProvisionReport> acls;
    QStringList warnings;
};

class ApprovalService {
public:
    explicit ApprovalService(const Database &db, ClusterConnector connector = defaultClusterConnector())
        : m_db(db), m_connector(std::move(connector)) {}

    Result<ApprovalResult> approve(const QString &requestId, const ApproveOptions &options) const;

private:
    const Database &m_db;
    ClusterConnector m_connector;
};

} // namespace Switchboard
