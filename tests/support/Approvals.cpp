#include "Approvals.h"

#include "requests/ApprovalService.h"
#include "requests/RequestStore.h"

namespace Switchboard::Test {

Result<qint64> approveProduceWithAcls(const Database &db, const QString &application, const QString &channel,
                                      const QString &cluster, const QString &topic)
{
    AccessRequest draft;
    draft.application = application;
    draft.channel = channel;
    draft.intent = Intent::Produce;
    draft.justification = QStringLiteral("approved by a test");
    draft.proposedEnvironment = QStringLiteral("test");
    draft.proposedCluster = cluster;
    draft.proposedTopic = topic;
    auto filed = RequestStore(db).file(draft);
    if (!filed)
        return makeError(filed.error());
    ApproveOptions options;
    options.provisionAcls = true;
    options.forceBinding = true;
    auto approved = ApprovalService(db).approve(filed->uuid, options);
    if (!approved)
        return makeError(approved.error());
    return approved->outcome.grant.grant.id;
}

} // namespace Switchboard::Test
