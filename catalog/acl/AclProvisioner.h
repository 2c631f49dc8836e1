#pragma once

// Puts a grant's ACLs on its clusters and takes them away again. Provisioning creates only
// the ACLs that are missing and records each one it created (table grant_acls); revoking
// deletes exactly those, except where another active grant still needs the same ACL: then
// the record passes to that grant instead. ACLs that were there before, or that someone made
// by hand, are never touched. Blocking network calls: run it off the GUI thread.

#include "acl/GrantAcls.h"
#include "clusters/Cluster.h"
#include "core/Result.h"

#include <functional>

namespace Switchboard {

class Database;

// How to reach a cluster as an administrator (the vault adds secrets here later). The
// default uses the cluster's own connection settings.
using ClusterConnector = std::function<Result<ClientConfig>(const Cluster &)>;
ClusterConnector defaultClusterConnector();

struct ProvisionReport {
    QList<ClusterAcl> created;   // made now, recorded for the grant
    QList<ClusterAcl> present;   // needed and already there (not ours to delete)
    QList<ClusterAcl> deleted;   // on revoke
    QList<ClusterAcl> kept;      // on revoke: still needed by another grant
    QStringList notes;
};

class AclProvisioner {
public:
    explicit AclProvisioner(const Database &db, ClusterConnector connector = defaultClusterConnector(), int timeoutMs = 10000)
        : m_db(db), m_connector(std::move(connector)), m_timeoutMs(timeoutMs) {}

    Result<ProvisionReport> provision(qint64 grantId) const;
    // Deletes the grant's ACLs and revokes it. If a cluster cannot be reached the grant stays
    // unless keepAclsOnError, which revokes it anyway and leaves the ACLs (drift will show them).
    Result<ProvisionReport> revoke(qint64 grantId, bool keepAclsOnError = false) const;
    // Brings a grant's ACLs in line with where its channel routes now (after a re-binding):
    // provisions what is missing (as provision()), then deletes the ACLs the grant created and
    // no longer needs, by the rules of revoke(): one that another active grant still needs
    // passes to that grant instead. ACLs it did not create are never touched.
    Result<ProvisionReport> reconcile(qint64 grantId) const;
    // The ACLs the grant created and still owns.
    Result<QList<ClusterAcl>> recorded(qint64 grantId) const;

private:
    // Deletes (or hands over) those of the grant's recorded ACLs; the rows go from grant_acls.
    Status release(qint64 grantId, const QString &grantUuid, const QList<ClusterAcl> &acls, bool keepAclsOnError,
                   ProvisionReport &report) const;
    const Database &m_db;
    ClusterConnector m_connector;
    int m_timeoutMs;
};

} // namespace Switchboard
