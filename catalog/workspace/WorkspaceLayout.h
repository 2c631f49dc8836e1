#pragma once

// Where a team workspace lives on its home cluster and who may do what there: the topic names
// under the workspace's prefix with their partitions and configs, and the ACLs each role gets.
// Pure functions; docs/workspace.md is the same table in prose. The broker enforces the ACLs,
// so the topic a record arrived on tells who could have written it.

#include "core/Result.h"
#include "kafka/KafkaTypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

enum class WorkspaceRole { Platform, Developer };
QString workspaceRoleName(WorkspaceRole role);                       // platform, developer
std::optional<WorkspaceRole> parseWorkspaceRole(const QString &text);

class WorkspaceLayout {
public:
    // A workspace name: 1 to 64 of a-z, 0-9 and '-', starting with a letter or digit.
    static Status validateName(const QString &name);
    // "User:alice" from "alice" or "User:alice"; the name part must be a valid topic-name piece
    // (letters, digits, '.', '_', '-'), because it names the member's request topic.
    static Result<QString> principal(const QString &text);
    // "alice" for "User:alice".
    static QString memberName(const QString &principal);

    explicit WorkspaceLayout(QString name) : m_name(std::move(name)) {}
    QString name() const { return m_name; }

    // "switchboard.<name>.": every topic of the workspace starts with it.
    QString prefix() const;
    // The shared state: compacted, one partition (one order for everyone).
    QString stateTopic() const;
    // The member's own request topic (literal WRITE for that member only).
    QString requestTopic(const QString &principal) const;
    // The member whose request topic this is ("" when it is none).
    QString requestTopicOwner(const QString &topic) const;

    // The state topic and, for the creator, their request topic.
    NewTopic stateTopicSpec(int replicationFactor) const;
    NewTopic requestTopicSpec(const QString &principal, int replicationFactor) const;

    // Exactly the ACLs a member of that role needs (see docs/workspace.md, "ACL table").
    QList<AclBinding> aclsFor(const QString &principal, WorkspaceRole role) const;

private:
    QString m_name;
};

} // namespace Switchboard
