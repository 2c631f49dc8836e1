#include "Approvals.h"

namespace Switchboard::Test {

Result<ApprovalResult> fileAndApprove(const Database &db, const AccessRequest &request, const ApproveOptions &options)
{
    auto filed = RequestStore(db).file(request);
    if (!filed)
        return makeError(filed.error());
    return ApprovalService(db).approve(filed->uuid, options);
}

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
    ApproveOptions options;
    options.provisionAcls = true;
    options.forceBinding = true;
    auto approved = fileAndApprove(db, draft, options);
    if (!approved)
        return makeError(approved.error());
    return approved->outcome.grant.grant.id;
}

} // namespace Switchboard::Test
