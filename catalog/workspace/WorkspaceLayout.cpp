#include "workspace/WorkspaceLayout.h"

#include <QObject>
#include <QRegularExpression>

namespace Switchboard {

QString workspaceRoleName(WorkspaceRole role)
{
    return role == WorkspaceRole::Platform ? QStringLiteral("platform") : QStringLiteral("developer");
}

std::optional<WorkspaceRole> parseWorkspaceRole(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("platform"))
        return WorkspaceRole::Platform;
    if (t == QLatin1String("developer"))
        return WorkspaceRole::Developer;
    return std::nullopt;
}

Status WorkspaceLayout::validateName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (!valid.match(name).hasMatch())
        return makeError(QObject::tr("\"%1\" is not a workspace name: use 1 to 64 lower-case letters, digits and '-', "
                                     "starting with a letter or digit").arg(name));
    return {};
}

Result<QString> WorkspaceLayout::principal(const QString &text)
{
    const QString t = text.trimmed();
    const QString name = t.startsWith(QLatin1String("User:")) ? t.mid(5) : t;
    // Kafka topic names allow [a-zA-Z0-9._-] and at most 249 characters; the prefix and
    // "requests." take some of that.
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]{1,128}$"));
    if (!valid.match(name).hasMatch())
        return makeError(QObject::tr("\"%1\" cannot be a workspace member: the principal's name must be 1 to 128 letters, "
                                     "digits, '.', '_' or '-' (it names the member's request topic)").arg(t));
    return QStringLiteral("User:") + name;
}

QString WorkspaceLayout::memberName(const QString &principal)
{
    return principal.startsWith(QLatin1String("User:")) ? principal.mid(5) : principal;
}

QString WorkspaceLayout::prefix() const
{
    return QStringLiteral("switchboard.%1.").arg(m_name);
}

QString WorkspaceLayout::stateTopic() const
{
    return prefix() + QStringLiteral("state");
}

QString WorkspaceLayout::requestTopic(const QString &principal) const
{
    return prefix() + QStringLiteral("requests.") + memberName(principal);
}

QString WorkspaceLayout::requestTopicOwner(const QString &topic) const
{
    const QString head = prefix() + QStringLiteral("requests.");
    if (!topic.startsWith(head) || topic.size() == head.size())
        return {};
    return QStringLiteral("User:") + topic.mid(head.size());
}

NewTopic WorkspaceLayout::stateTopicSpec(int replicationFactor) const
{
    // Compacted: the latest record per entity stays forever, so a member who joins later
    // replays the whole state; the tombstone of a deleted entity stays a day for replicas
    // that are behind.
    return NewTopic{stateTopic(), 1, replicationFactor,
                    {{QStringLiteral("cleanup.policy"), QStringLiteral("compact")},
                     {QStringLiteral("delete.retention.ms"), QStringLiteral("86400000")},
                     {QStringLiteral("min.insync.replicas"), QStringLiteral("1")}}};
}

NewTopic WorkspaceLayout::requestTopicSpec(const QString &principal, int replicationFactor) const
{
    // Requests are few and small and their history matters: kept, never compacted away.
    return NewTopic{requestTopic(principal), 1, replicationFactor,
                    {{QStringLiteral("cleanup.policy"), QStringLiteral("delete")},
                     {QStringLiteral("retention.ms"), QStringLiteral("-1")},
                     {QStringLiteral("retention.bytes"), QStringLiteral("-1")}}};
}

QList<AclBinding> WorkspaceLayout::aclsFor(const QString &principal, WorkspaceRole role) const
{
    auto acl = [&](const QString &resource, const QString &pattern, const QString &operation) {
        return AclBinding{QStringLiteral("TOPIC"), resource, pattern, principal, QStringLiteral("*"), operation,
                          QStringLiteral("ALLOW")};
    };
    const QString prefixed = QStringLiteral("PREFIXED");
    const QString literal = QStringLiteral("LITERAL");
    // Everyone enrolled reads the whole workspace: the state and every request topic.
    QList<AclBinding> acls{acl(prefix(), prefixed, QStringLiteral("READ")),
                           acl(prefix(), prefixed, QStringLiteral("DESCRIBE")),
                           // Their own request topic, and nothing else, as writer.
                           acl(requestTopic(principal), literal, QStringLiteral("WRITE"))};
    if (role == WorkspaceRole::Platform) {
        // The state (decisions, members) and new members' request topics.
        acls.append(acl(stateTopic(), literal, QStringLiteral("WRITE")));
        acls.append(acl(prefix() + QStringLiteral("requests."), prefixed, QStringLiteral("CREATE")));
    }
    return acls;
}

} // namespace Switchboard
