#pragma once

// Access requests and their decisions. A developer files a request (an application, a channel
// - existing, or new and proposed for a topic -, an intent, a consumer group for consume, a
// justification); a platform engineer approves it (which creates the binding, if one was
// proposed, and the grant, in one transaction) or declines it with a reason; the author may
// withdraw it while it is pending.
//
// Requests and decisions are append-only records with stable ids (UUIDs), author and time,
// so a later shared workspace can exchange them between desktops. Every change is audited.
// Creating a proposed topic on the cluster and provisioning ACLs are network work: see
// ApprovalService, which calls approve() here for the catalog part.

#include "core/Result.h"
#include "routing/ChannelStore.h"
#include "routing/GrantStore.h"
#include "routing/RoutingModel.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Switchboard {

class Database;

enum class RequestState { Pending, Approved, Declined, Withdrawn };
QString requestStateName(RequestState state);            // pending, approved, declined, withdrawn
QString requestStateDisplayName(RequestState state);     // translated
std::optional<RequestState> parseRequestState(const QString &text);

struct AccessRequest {
    qint64 id = 0;
    QString uuid;
    QString application;          // name
    QString channel;              // canonical URI
    Intent intent = Intent::Produce;
    QString consumerGroup;
    bool groupIsPrefix = false;
    QString justification;
    // A new channel proposed for a topic: where approval binds it (all empty: none proposed).
    QString proposedEnvironment;
    QString proposedCluster;      // name
    QString proposedTopic;
    QString author;
    QDateTime createdAt;

    // From the decision, if there is one.
    RequestState state = RequestState::Pending;
    QString decidedBy;
    QDateTime decidedAt;
    QString reason;
    QJsonObject decisionDetail;

    bool proposesBinding() const { return !proposedTopic.isEmpty(); }
};

struct ApprovalOutcome {
    AccessRequest request;               // as it stands after the decision
    GrantRecord grant;
    std::optional<BindingInfo> binding;  // when the request proposed one
    QStringList warnings;
};

class RequestStore {
public:
    explicit RequestStore(const Database &db) : m_db(db) {}

    // Validates and files a request (author: the current actor). A request needs a channel
    // that routes somewhere already, or a proposed environment, cluster and topic.
    Result<AccessRequest> file(const AccessRequest &draft) const;
    // What file() checks, without storing: the request as it would be filed (uuid, author and
    // time set). A workspace member's request goes to the workspace's log first (prepare), and
    // into the catalog when it comes back from the log (insertReplicated).
    Result<AccessRequest> prepare(const AccessRequest &draft) const;
    // A request as another replica filed it (author and time as given), checked for shape
    // by the caller only: the application need not be known here. Audited under its author.
    Status insertReplicated(const AccessRequest &request) const;
    // A decision as the workspace's log carries it: the event only (what approval created
    // stays on the desktop that approved). Audited under its actor.
    Status recordDecision(const QString &requestUuid, RequestState state, const QString &reason, const QString &actor,
                          const QDateTime &at) const;

    // Newest first; all states or one.
    Result<QList<AccessRequest>> list(std::optional<RequestState> state = std::nullopt) const;
    // By UUID, or an unambiguous UUID prefix (at least 4 characters), or "#<row id>".
    Result<AccessRequest> find(const QString &id) const;
    Result<int> pendingCount() const;

    // Creates the proposed binding (forceBinding: even for a topic the catalog does not know)
    // and the grant, and records the decision; all or nothing.
    Result<ApprovalOutcome> approve(const QString &id, const QString &comment = {}, bool forceBinding = false) const;
    Status decline(const QString &id, const QString &reason) const;
    Status withdraw(const QString &id) const;

private:
    Status insert(const AccessRequest &request) const;
    Status decide(const AccessRequest &request, RequestState state, const QString &reason, const QJsonObject &detail) const;
    const Database &m_db;
};

} // namespace Switchboard
