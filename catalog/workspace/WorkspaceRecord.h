#pragma once

// One record of a workspace's log (docs/workspace.md, "Record format"): the key names the
// entity ("request:<uuid>", "decision:<request uuid>", "member:<principal>"), the value is a
// JSON object {"format": 1, "kind", "id", "at", "base", "data"}; a null value (tombstone)
// deletes the entity. Parsing is strict: anything else is refused with the reason, and the
// caller reports and skips it. Who wrote a record is never read from it: the topic tells.

#include "core/Result.h"
#include "requests/RequestStore.h"
#include "workspace/WorkspaceLayout.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>

namespace Switchboard {

struct WorkspaceRecord {
    static constexpr int kFormat = 1;
    static constexpr qsizetype kMaxBytes = 64 * 1024;

    QString kind;        // request, decision, member
    QString id;
    QDateTime at;
    qint64 base = -1;    // the version (state offset) the writer saw; -1: none
    QJsonObject data;
    bool tombstone = false;

    QByteArray key() const;
    QByteArray value() const;   // empty for a tombstone

    // Refuses what does not have the shape above (and a key that does not match the value).
    static Result<WorkspaceRecord> parse(const QByteArray &key, const QByteArray &value, bool isNull);

    // --- The kinds --------------------------------------------------------------------------
    static WorkspaceRecord request(const AccessRequest &r);
    // The request it carries; its author is the owner of the topic it arrived on, given here.
    Result<AccessRequest> toRequest(const QString &author) const;

    // The author's withdrawal of their request, on their own request topic. It takes effect
    // when a platform member's replica relays it to the state topic as a "withdrawn"
    // decision, so that withdrawals and decisions have one order.
    static WorkspaceRecord withdrawal(const QString &requestUuid);

    static WorkspaceRecord decision(const QString &requestUuid, RequestState state, const QString &reason,
                                    const QString &by, qint64 base);
    struct Decision {
        QString request;
        RequestState state = RequestState::Approved;
        QString reason;
        QString by;
    };
    Result<Decision> toDecision() const;

    // A client application as platform members share it; principals by cluster name.
    struct SharedApplication {
        QString name;
        QString ownerTeam;
        QString description;
        QMap<QString, QString> principals;   // cluster name -> principal
        QString by;
    };
    static WorkspaceRecord application(const SharedApplication &app, qint64 base);
    static WorkspaceRecord applicationRemoved(const QString &name, qint64 base);
    Result<SharedApplication> toApplication() const;

    static WorkspaceRecord member(const QString &principal, WorkspaceRole role, const QString &enrolledBy, qint64 base);
    struct Member {
        QString principal;
        WorkspaceRole role = WorkspaceRole::Developer;
        QString enrolledBy;
    };
    Result<Member> toMember() const;
};

} // namespace Switchboard
