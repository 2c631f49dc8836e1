#pragma once

// Compares a cluster's ACLs with what the approved grants need: ACLs missing for a grant, and
// ACLs that no grant explains (made by hand, left behind by a revoke that could not reach the
// cluster, or for a channel that moved). The comparison is pure; the ACLs come either live
// from the cluster (DescribeAcls) or from the last crawl (table acls).

#include "acl/AclProvisioner.h"
#include "acl/GrantAcls.h"
#include "core/Result.h"

#include <QJsonObject>

namespace Switchboard {

class Database;

struct MissingAcl {
    qint64 grantId = 0;
    QString application;
    QString channel;
    Intent intent = Intent::Produce;
    ClusterAcl acl;
};

struct UnexplainedAcl {
    ClusterAcl acl;
    QString application;   // whose principal it is, if an application's
};

struct DriftReport {
    enum class Source { Live, Crawl };
    Source source = Source::Live;
    QStringList clusters;   // the clusters compared
    QList<MissingAcl> missing;
    QList<UnexplainedAcl> unexplained;
    QStringList notes;      // e.g. a cluster never crawled, a grant without a principal

    bool clean() const { return missing.isEmpty() && unexplained.isEmpty(); }
    QJsonObject toJson() const;

    // Pure: the model's active grants against each cluster's ACLs (cluster id -> its ACLs).
    static DriftReport compare(const RoutingModel &model, const QMap<qint64, QList<AclBinding>> &actual);
    // All clusters (empty name) or one, read live with DescribeAcls.
    static Result<DriftReport> live(const Database &db, const QString &cluster = {},
                                    const ClusterConnector &connector = defaultClusterConnector());
    // The same from the last crawl's acls table.
    static Result<DriftReport> crawled(const Database &db, const QString &cluster = {});
};

} // namespace Switchboard
