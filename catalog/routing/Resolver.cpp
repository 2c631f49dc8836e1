#include "routing/Resolver.h"

#include "routing/RulePattern.h"

#include <QObject>
#include <QSet>

#include <algorithm>

namespace Switchboard {

QString failureCode(ResolveFailure failure)
{
    switch (failure) {
    case ResolveFailure::MalformedUri:
        return QStringLiteral("malformed_uri");
    case ResolveFailure::UnknownApplication:
        return QStringLiteral("unknown_application");
    case ResolveFailure::EnvironmentRequired:
        return QStringLiteral("environment_required");
    case ResolveFailure::NoRoute:
        return QStringLiteral("no_route");
    case ResolveFailure::Ambiguous:
        return QStringLiteral("ambiguous");
    case ResolveFailure::UnknownCluster:
        return QStringLiteral("unknown_cluster");
    case ResolveFailure::NoGrant:
        return QStringLiteral("no_grant");
    }
    return QString();
}

namespace {

ResolveError fail(ResolveFailure reason, const QString &message) { return ResolveError{reason, message}; }

QString describeGrant(const Grant &g)
{
    if (g.intent == Intent::Produce)
        return intentName(g.intent);
    if (g.consumerGroup.isEmpty())
        return intentName(g.intent);
    return g.groupIsPrefix ? QObject::tr("consume (groups %1*)").arg(g.consumerGroup)
                           : QObject::tr("consume (group %1)").arg(g.consumerGroup);
}

} // namespace

bool Resolver::grantCoversGroup(const Grant &grant, const QString &group)
{
    if (grant.intent != Intent::Consume || group.isEmpty())
        return true;
    return grant.groupIsPrefix ? group.startsWith(grant.consumerGroup) : group == grant.consumerGroup;
}

QStringList Resolver::environmentsOf(const RoutingModel &model, const ChannelUri &channel)
{
    QSet<QString> envs;
    const QString uri = channel.toString();
    for (const Binding &b : model.bindings) {
        if (b.channel == uri)
            envs.insert(b.environment);
    }
    for (const PatternRule &r : model.rules) {
        if (RulePattern::matches(r, channel))
            envs.insert(r.environment);
    }
    QStringList out(envs.cbegin(), envs.cend());
    std::sort(out.begin(), out.end());
    return out;
}

RouteOutcome Resolver::route(const RoutingModel &model, const QString &channel, const QString &environment)
{
    auto uri = ChannelUri::parse(channel);
    if (!uri)
        return fail(ResolveFailure::MalformedUri, uri.error());
    return route(model, *uri, environment);
}

RouteOutcome Resolver::route(const RoutingModel &model, const ChannelUri &channel, const QString &environmentIn)
{
    const QString uri = channel.toString();
    QString environment = environmentIn.trimmed();
    if (environment.isEmpty()) {
        const QStringList envs = environmentsOf(model, channel);
        if (envs.isEmpty())
            return fail(ResolveFailure::NoRoute,
                        QObject::tr("%1 has no binding and no rule matches it, in any environment").arg(uri));
        if (envs.size() > 1)
            return fail(ResolveFailure::EnvironmentRequired,
                        QObject::tr("%1 routes in several environments (%2); say which one")
                            .arg(uri, envs.join(QStringLiteral(", "))));
        environment = envs.first();
    }

    // An explicit binding wins over every rule.
    QList<const Binding *> bindings;
    for (const Binding &b : model.bindings) {
        if (b.channel == uri && b.environment == environment)
            bindings.append(&b);
    }
    if (bindings.size() > 1)
        return fail(ResolveFailure::Ambiguous,
                    QObject::tr("%1 has %2 bindings in %3").arg(uri).arg(bindings.size()).arg(environment));
    if (bindings.size() == 1) {
        const Binding &b = *bindings.first();
        const RoutedCluster *cluster = model.findCluster(b.clusterId);
        if (!cluster)
            return fail(ResolveFailure::UnknownCluster,
                        QObject::tr("%1 is bound in %2 to cluster #%3, which is not known")
                            .arg(uri, environment).arg(b.clusterId));
        Route r;
        r.channel = channel;
        r.environment = environment;
        r.cluster = *cluster;
        r.topic = b.topic;
        r.source = Route::Source::Binding;
        r.bindingId = b.id;
        return r;
    }

    QList<const PatternRule *> matching;
    for (const PatternRule &rule : model.rules) {
        if (rule.environment == environment && RulePattern::matches(rule, channel))
            matching.append(&rule);
    }
    if (matching.isEmpty())
        return fail(ResolveFailure::NoRoute,
                    QObject::tr("%1 has no binding in %2 and no rule there matches it").arg(uri, environment));
    RuleSpecificity best;
    for (const PatternRule *rule : matching)
        best = std::max(best, RulePattern::specificity(*rule));
    QList<const PatternRule *> winners;
    for (const PatternRule *rule : matching) {
        if (RulePattern::specificity(*rule) == best)
            winners.append(rule);
    }
    if (winners.size() > 1) {
        QStringList names;
        for (const PatternRule *rule : winners)
            names.append(RulePattern::describe(*rule));
        return fail(ResolveFailure::Ambiguous, QObject::tr("%1 is ambiguous in %2: rules %3 match equally well")
                                                   .arg(uri, environment, names.join(QStringLiteral("; "))));
    }
    const PatternRule &rule = *winners.first();
    const RoutedCluster *cluster = model.findCluster(rule.clusterId);
    if (!cluster)
        return fail(ResolveFailure::UnknownCluster, QObject::tr("Rule %1 names cluster #%2, which is not known")
                                                        .arg(RulePattern::describe(rule)).arg(rule.clusterId));
    auto topic = RulePattern::expandTopic(rule, channel);
    if (!topic)
        return fail(ResolveFailure::NoRoute, topic.error());
    Route r;
    r.channel = channel;
    r.environment = environment;
    r.cluster = *cluster;
    r.topic = *topic;
    r.source = Route::Source::Rule;
    r.ruleId = rule.id;
    return r;
}

ResolveOutcome Resolver::resolve(const RoutingModel &model, const ResolveQuery &query)
{
    auto uri = ChannelUri::parse(query.channel);
    if (!uri)
        return fail(ResolveFailure::MalformedUri, uri.error());
    const Application *app = model.findApplication(query.application);
    if (!app)
        return fail(ResolveFailure::UnknownApplication, QObject::tr("There is no application \"%1\"").arg(query.application));

    auto routed = route(model, *uri, query.environment);
    if (!routed)
        return fail(routed.failure(), routed.message());

    const QString canonical = uri->toString();
    const QList<Grant> grants = model.grantsOf(app->id, canonical);
    const Grant *chosen = nullptr;
    for (const Grant &g : grants) {
        if (query.intent && g.intent != *query.intent)
            continue;
        if (query.intent == Intent::Consume && !grantCoversGroup(g, query.consumerGroup))
            continue;
        chosen = &g;
        break;
    }
    if (!chosen) {
        QStringList held;
        for (const Grant &g : grants)
            held.append(describeGrant(g));
        QString what;
        if (!query.intent)
            what = QObject::tr("Application %1 holds no grant on %2").arg(app->name, canonical);
        else if (*query.intent == Intent::Consume && !query.consumerGroup.isEmpty())
            what = QObject::tr("Application %1 holds no consume grant on %2 for consumer group %3")
                       .arg(app->name, canonical, query.consumerGroup);
        else
            what = QObject::tr("Application %1 holds no %2 grant on %3").arg(app->name, intentName(*query.intent), canonical);
        if (!held.isEmpty())
            what += QObject::tr(" (it holds: %1)").arg(held.join(QStringLiteral(", ")));
        return fail(ResolveFailure::NoGrant, what);
    }
    return Resolution{*routed, *app, *chosen};
}

Status Resolver::checkRule(const RoutingModel &model, const PatternRule &rule)
{
    if (auto st = RulePattern::validate(rule); !st)
        return st;
    if (!model.findCluster(rule.clusterId))
        return makeError(QObject::tr("Rule %1 names cluster #%2, which is not known")
                             .arg(RulePattern::describe(rule)).arg(rule.clusterId));
    const RuleSpecificity mine = RulePattern::specificity(rule);
    for (const PatternRule &other : model.rules) {
        if ((rule.id != 0 && other.id == rule.id) || other.environment != rule.environment)
            continue;
        if (RulePattern::overlaps(rule, other) && RulePattern::specificity(other) == mine)
            return makeError(QObject::tr("Rule %1 would tie with rule %2 in %3: a channel could match both equally "
                                         "well. Make one of them more specific (fewer '*').")
                                 .arg(RulePattern::describe(rule), RulePattern::describe(other), rule.environment));
    }
    return {};
}

} // namespace Switchboard
