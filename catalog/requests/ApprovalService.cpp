#include "requests/ApprovalService.h"

#include "audit/AuditLog.h"
#include "clusters/ClusterStore.h"
#include "kafka/AdminClient.h"

#include <QJsonObject>

namespace Switchboard {

Result<ApprovalResult> ApprovalService::approve(const QString &requestId, const ApproveOptions &options) const
{
    RequestStore requests(m_db);
    auto request = requests.find(requestId);
    if (!request)
        return makeError(request.error());
    if (request->state != RequestState::Pending)
        return makeError(QObject::tr("Request %1 is %2 already").arg(request->uuid.left(8), requestStateName(request->state)));

    ApprovalResult result;
    bool force = options.forceBinding;
    if (options.createTopic) {
        if (!request->proposesBinding())
            return makeError(QObject::tr("Request %1 proposes no topic to create").arg(request->uuid.left(8)));
        auto cluster = ClusterStore(m_db).find(request->proposedCluster);
        if (!cluster)
            return makeError(cluster.error());
        if (!cluster->has_value())
            return makeError(QObject::tr("There is no cluster \"%1\"").arg(request->proposedCluster));
        auto config = m_connector(**cluster);
        if (!config)
            return makeError(config.error());
        auto admin = AdminClient::create(*config);
        if (!admin)
            return makeError(admin.error());
        auto st = (*admin)->createTopics({NewTopic{request->proposedTopic, options.partitions, options.replicationFactor, {}}});
        if (!st && !st.error().contains(QLatin1String("already exists"), Qt::CaseInsensitive))
            return makeError(QObject::tr("Creating topic %1 on %2 failed: %3")
                                 .arg(request->proposedTopic, request->proposedCluster, st.error()));
        result.topicCreated = st.ok();
        force = true;   // the catalog learns about the topic at the next crawl
        if (st) {
            if (auto audit = AuditLog(m_db).record(QStringLiteral("topic.create"),
                                                   QStringLiteral("topic:%1/%2").arg(request->proposedCluster, request->proposedTopic),
                                                   {{QStringLiteral("partitions"), options.partitions},
                                                    {QStringLiteral("request"), request->uuid}});
                !audit)
                return makeError(audit.error());
        }
    }

    auto outcome = requests.approve(request->uuid, options.comment, force);
    if (!outcome)
        return makeError(outcome.error());
    result.outcome = *outcome;
    if (options.createTopic) {
        // The forced-binding warning is expected here: the topic was just made.
        result.warnings.append(result.topicCreated
                                   ? QObject::tr("Created topic %1 on %2").arg(request->proposedTopic, request->proposedCluster)
                                   : QObject::tr("Topic %1 existed on %2 already").arg(request->proposedTopic, request->proposedCluster));
    } else {
        result.warnings += outcome->warnings;
    }

    if (options.provisionAcls) {
        auto report = AclProvisioner(m_db, m_connector).provision(outcome->grant.grant.id);
        if (!report) {
            result.warnings.append(QObject::tr("The grant is approved, but its ACLs were not provisioned: %1. Retry with "
                                               "\"grant provision %2\".").arg(report.error()).arg(outcome->grant.grant.id));
        } else {
            result.acls = *report;
            result.warnings += report->notes;
        }
    }
    return result;
}

} // namespace Switchboard
