#include "acl/AclProvisioner.h"

#include "audit/AuditLog.h"
#include "clusters/ClusterStore.h"
#include "kafka/AdminClient.h"
#include "routing/GrantStore.h"
#include "routing/Resolver.h"
#include "routing/RoutingModelStore.h"
#include "store/StoreSupport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <map>

namespace Switchboard {

using namespace Internal;

ClusterConnector defaultClusterConnector()
{
    return [](const Cluster &cluster) -> Result<ClientConfig> { return cluster.clientConfig(); };
}

namespace {

Result<std::unique_ptr<AdminClient>> adminFor(const Database &db, const ClusterConnector &connector, qint64 clusterId, int timeoutMs)
{
    auto cluster = ClusterStore(db).findById(clusterId);
    if (!cluster)
        return makeError(cluster.error());
    if (!cluster->has_value())
        return makeError(QObject::tr("Cluster #%1 is not registered").arg(clusterId));
    auto config = connector(**cluster);
    if (!config)
        return makeError(config.error());
    auto admin = AdminClient::create(*config, timeoutMs);
    if (!admin)
        return makeError(QObject::tr("Cluster %1: %2").arg((*cluster)->name, admin.error()));
    return std::move(admin.value());
}

QJsonArray toJson(const QList<ClusterAcl> &acls)
{
    QJsonArray out;
    for (const ClusterAcl &a : acls)
        out.append(QStringLiteral("%1: %2").arg(a.cluster, a.acl.toString()));
    return out;
}

} // namespace

Result<QList<ClusterAcl>> AclProvisioner::recorded(qint64 grantId) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT g.cluster_id, c.name, g.resource_type, g.resource_name, g.pattern_type, "
                                            "g.principal, g.host, g.operation, g.permission FROM grant_acls g "
                                            "JOIN clusters c ON c.id = g.cluster_id WHERE g.grant_id = ? ORDER BY g.id"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, grantId);
    QList<ClusterAcl> out;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) {
            out.append(ClusterAcl{s.integer(0), s.text(1),
                                  AclBinding{s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7), s.text(8)}});
        });
        !st)
        return makeError(st.error());
    return out;
}

Result<ProvisionReport> AclProvisioner::provision(qint64 grantId) const
{
    auto grant = GrantStore(m_db).find(grantId);
    if (!grant)
        return makeError(grant.error());
    if (!grant->has_value() || !(*grant)->active())
        return makeError(QObject::tr("There is no active grant #%1").arg(grantId));
    auto model = RoutingModelStore::load(m_db);
    if (!model)
        return makeError(model.error());
    const GrantAclPlan plan = GrantAcls::required(*model, (*grant)->grant);

    ProvisionReport report;
    report.notes = plan.notes;
    std::map<qint64, QList<ClusterAcl>> byCluster;
    for (const ClusterAcl &a : plan.acls)
        byCluster[a.clusterId].append(a);
    for (const auto &[clusterId, wanted] : byCluster) {
        auto admin = adminFor(m_db, m_connector, clusterId, m_timeoutMs);
        if (!admin)
            return makeError(admin.error());
        auto existing = (*admin)->describeAcls();
        if (!existing)
            return makeError(QObject::tr("Cluster %1: reading ACLs failed: %2").arg(wanted.first().cluster, existing.error()));
        QList<ClusterAcl> missing;
        QList<AclBinding> toCreate;
        for (const ClusterAcl &a : wanted) {
            if (existing->contains(a.acl)) {
                report.present.append(a);
            } else {
                missing.append(a);
                toCreate.append(a.acl);
            }
        }
        if (toCreate.isEmpty())
            continue;
        if (auto st = (*admin)->createAcls(toCreate); !st)
            return makeError(QObject::tr("Cluster %1: creating ACLs failed: %2").arg(wanted.first().cluster, st.error()));
        // Recorded right away, cluster by cluster: what exists on a cluster must be known here.
        auto tx = m_db.transaction();
        const QString now = nowUtc();
        for (const ClusterAcl &a : missing) {
            if (auto st = execute(m_db, QStringLiteral("INSERT INTO grant_acls(grant_id, cluster_id, resource_type, resource_name, "
                                                       "pattern_type, principal, host, operation, permission, created_at) "
                                                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {grantId, a.clusterId, a.acl.resourceType, a.acl.resourceName, a.acl.patternType,
                                   a.acl.principal, a.acl.host, a.acl.operation, a.acl.permission, now});
                !st)
                return makeError(st.error());
        }
        if (auto st = AuditLog(m_db).record(QStringLiteral("acl.create"), QStringLiteral("grant:") + (*grant)->uuid,
                                            {{QStringLiteral("cluster"), wanted.first().cluster},
                                             {QStringLiteral("acls"), toJson(missing)}});
            !st)
            return makeError(st.error());
        if (auto st = tx.commit(); !st)
            return makeError(st.error());
        report.created += missing;
    }
    return report;
}

Result<ProvisionReport> AclProvisioner::revoke(qint64 grantId, bool keepAclsOnError) const
{
    auto grant = GrantStore(m_db).find(grantId);
    if (!grant)
        return makeError(grant.error());
    if (!grant->has_value() || !(*grant)->active())
        return makeError(QObject::tr("There is no active grant #%1").arg(grantId));
    auto mine = recorded(grantId);
    if (!mine)
        return makeError(mine.error());

    // The cluster calls run before any write transaction (other connections must not wait on
    // the network); what they did is recorded right after, and the grant revoked.
    ProvisionReport report;
    if (auto st = release(grantId, (*grant)->uuid, *mine, keepAclsOnError, report); !st)
        return makeError(st.error());
    if (auto st = GrantStore(m_db).revoke(grantId); !st)
        return makeError(st.error());
    return report;
}

Status AclProvisioner::release(qint64 grantId, const QString &grantUuid, const QList<ClusterAcl> &acls, bool keepAclsOnError,
                               ProvisionReport &report) const
{
    if (acls.isEmpty())
        return {};
    auto model = RoutingModelStore::load(m_db);
    if (!model)
        return makeError(model.error());

    // Who else needs what this grant made.
    QList<std::pair<qint64, ClusterAcl>> neededByOthers;
    const Resolver resolver(*model);
    for (const Grant &other : model->grants) {
        if (other.id == grantId)
            continue;
        for (const ClusterAcl &a : GrantAcls::required(resolver, other).acls)
            neededByOthers.append({other.id, a});
    }

    std::map<qint64, QList<ClusterAcl>> toDelete;
    QList<std::pair<qint64, ClusterAcl>> toTransfer;
    QList<ClusterAcl> deletedNow;
    QList<ClusterAcl> keptNow;
    for (const ClusterAcl &a : acls) {
        qint64 heir = 0;
        for (const auto &[otherId, needed] : neededByOthers) {
            if (needed == a) {
                heir = otherId;
                break;
            }
        }
        if (heir) {
            toTransfer.append({heir, a});
            keptNow.append(a);
        } else {
            toDelete[a.clusterId].append(a);
        }
    }

    QList<ClusterAcl> leftInPlace;
    for (const auto &[clusterId, list] : toDelete) {
        QList<AclBinding> bindings;
        for (const ClusterAcl &a : list)
            bindings.append(a.acl);
        auto admin = adminFor(m_db, m_connector, clusterId, m_timeoutMs);
        Status st = admin ? (*admin)->deleteAcls(bindings) : Status(makeError(admin.error()));
        if (!st) {
            if (!keepAclsOnError)
                return makeError(QObject::tr("Cluster %1: deleting the grant's ACLs failed, the grant stays: %2")
                                     .arg(list.first().cluster, st.error()));
            report.notes.append(QObject::tr("Cluster %1: ACLs left in place: %2").arg(list.first().cluster, st.error()));
            leftInPlace += list;
            continue;
        }
        deletedNow += list;
    }

    const QString match = QStringLiteral("grant_id = ? AND cluster_id = ? AND resource_type = ? AND resource_name = ? AND "
                                         "pattern_type = ? AND principal = ? AND host = ? AND operation = ? AND permission = ?");
    auto tx = m_db.transaction();
    auto params = [](qint64 id, const ClusterAcl &a) {
        return QVariantList{id, a.clusterId, a.acl.resourceType, a.acl.resourceName, a.acl.patternType,
                            a.acl.principal, a.acl.host, a.acl.operation, a.acl.permission};
    };
    for (const auto &[heir, a] : toTransfer) {
        if (auto st = execute(m_db, QStringLiteral("UPDATE grant_acls SET grant_id = ? WHERE ") + match,
                              QVariantList{heir} + params(grantId, a));
            !st)
            return st;
    }
    for (const ClusterAcl &a : deletedNow + leftInPlace) {
        if (auto st = execute(m_db, QStringLiteral("DELETE FROM grant_acls WHERE ") + match, params(grantId, a)); !st)
            return st;
    }
    report.deleted += deletedNow;
    report.kept += keptNow;
    if (!deletedNow.isEmpty() || !keptNow.isEmpty()) {
        if (auto st = AuditLog(m_db).record(QStringLiteral("acl.delete"), QStringLiteral("grant:") + grantUuid,
                                            {{QStringLiteral("deleted"), toJson(deletedNow)},
                                             {QStringLiteral("kept_for_other_grants"), toJson(keptNow)}});
            !st)
            return st;
    }
    return tx.commit();
}

Result<ProvisionReport> AclProvisioner::reconcile(qint64 grantId) const
{
    auto provisioned = provision(grantId);
    if (!provisioned)
        return provisioned;
    ProvisionReport report = *provisioned;
    auto grant = GrantStore(m_db).find(grantId);
    if (!grant || !grant->has_value())
        return makeError(grant ? QObject::tr("There is no active grant #%1").arg(grantId) : grant.error());
    auto mine = recorded(grantId);
    if (!mine)
        return makeError(mine.error());
    auto model = RoutingModelStore::load(m_db);
    if (!model)
        return makeError(model.error());
    const QList<ClusterAcl> required = GrantAcls::required(*model, (*grant)->grant).acls;
    QList<ClusterAcl> obsolete;
    for (const ClusterAcl &a : *mine) {
        if (!required.contains(a))
            obsolete.append(a);
    }
    if (auto st = release(grantId, (*grant)->uuid, obsolete, false, report); !st)
        return makeError(st.error());
    return report;
}

} // namespace Switchboard
