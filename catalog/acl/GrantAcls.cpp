#include "acl/GrantAcls.h"

#include "routing/Resolver.h"

#include <QObject>

namespace Switchboard {

namespace {
AclBinding acl(const QString &type, const QString &name, const QString &pattern, const QString &principal, const QString &op)
{
    return AclBinding{type, name, pattern, principal, QStringLiteral("*"), op, QStringLiteral("ALLOW")};
}
} // namespace

QList<AclBinding> GrantAcls::forTopic(Intent intent, const QString &topic, const QString &principal,
                                      const QString &consumerGroup, bool groupIsPrefix)
{
    const QString topicType = QStringLiteral("TOPIC");
    const QString literal = QStringLiteral("LITERAL");
    if (intent == Intent::Produce)
        return {acl(topicType, topic, literal, principal, QStringLiteral("WRITE")),
                acl(topicType, topic, literal, principal, QStringLiteral("DESCRIBE"))};
    QList<AclBinding> out{acl(topicType, topic, literal, principal, QStringLiteral("READ")),
                          acl(topicType, topic, literal, principal, QStringLiteral("DESCRIBE"))};
    if (!consumerGroup.isEmpty())
        out.append(acl(QStringLiteral("GROUP"), consumerGroup, groupIsPrefix ? QStringLiteral("PREFIXED") : literal, principal,
                       QStringLiteral("READ")));
    return out;
}

GrantAclPlan GrantAcls::required(const RoutingModel &model, const Grant &grant)
{
    return required(Resolver(model), grant);
}

GrantAclPlan GrantAcls::required(const Resolver &resolver, const Grant &grant)
{
    const RoutingModel &model = resolver.model();
    GrantAclPlan plan;
    const Application *app = model.findApplication(grant.applicationId);
    if (!app) {
        plan.notes.append(QObject::tr("Grant #%1 names an unknown application").arg(grant.id));
        return plan;
    }
    auto uri = ChannelUri::parse(grant.channel);
    if (!uri) {
        plan.notes.append(uri.error());
        return plan;
    }
    const QStringList envs = resolver.environmentsOf(*uri);
    if (envs.isEmpty())
        plan.notes.append(QObject::tr("%1 routes nowhere: no ACLs needed yet").arg(grant.channel));
    for (const QString &env : envs) {
        const RouteOutcome route = resolver.route(*uri, env);
        if (!route) {
            plan.notes.append(route.message());
            continue;
        }
        const QString principal = app->principals.value(route->cluster.id);
        if (principal.isEmpty()) {
            plan.notes.append(QObject::tr("%1 has no principal on cluster %2 (%3): set one to provision its ACLs there")
                                  .arg(app->name, route->cluster.name, env));
            continue;
        }
        for (const AclBinding &a : forTopic(grant.intent, route->topic, principal, grant.consumerGroup, grant.groupIsPrefix)) {
            const ClusterAcl ca{route->cluster.id, route->cluster.name, a};
            if (!plan.acls.contains(ca))
                plan.acls.append(ca);
        }
    }
    return plan;
}

} // namespace Switchboard
