#pragma once

// Grants as a platform engineer approves them, for tests that need one in place.

#include "core/Result.h"
#include "requests/ApprovalService.h"
#include "requests/RequestStore.h"
#include "store/Database.h"

namespace Switchboard::Test {

// Files the request and approves it as the Requests view does (ApprovalService).
Result<ApprovalResult> fileAndApprove(const Database &db, const AccessRequest &request, const ApproveOptions &options);

// Files a produce request and approves it with its ACLs provisioned on the broker, bound to the
// topic although the catalog never crawled that broker (forced). The grant's id.
Result<qint64> approveProduceWithAcls(const Database &db, const QString &application, const QString &channel,
                                      const QString &cluster, const QString &topic);

} // namespace Switchboard::Test
