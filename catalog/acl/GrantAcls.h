#pragma once

// Which Kafka ACLs a grant needs, derived purely from the routing model: for every
// environment in which the grant's channel routes, on the cluster it routes to, for the
// application's principal there:
//   produce: WRITE and DESCRIBE on the topic;
//   consume: READ and DESCRIBE on the topic, and READ on the consumer group (LITERAL) or on
//            the group prefix (PREFIXED).
// All ALLOW, from any host, on LITERAL topic names.

#include "kafka/KafkaTypes.h"
#include "routing/RoutingModel.h"

#include <QStringList>

namespace Switchboard {

class Resolver;

struct ClusterAcl {
    qint64 clusterId = 0;
    QString cluster;   // name, for messages
    AclBinding acl;
    bool operator==(const ClusterAcl &other) const { return clusterId == other.clusterId && acl == other.acl; }
};

struct GrantAclPlan {
    QList<ClusterAcl> acls;
    QStringList notes;   // why some part needs nothing (no route, no principal on a cluster)
};

class GrantAcls {
public:
    static GrantAclPlan required(const RoutingModel &model, const Grant &grant);
    // The same over an indexed resolver, for many grants at once (drift, revoke).
    static GrantAclPlan required(const Resolver &resolver, const Grant &grant);
    static QList<AclBinding> forTopic(Intent intent, const QString &topic, const QString &principal,
                                      const QString &consumerGroup, bool groupIsPrefix);
};

} // namespace Switchboard
