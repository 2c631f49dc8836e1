#include "routing/Resolver.h"

#include "routing/RulePattern.h"

#include <QObject>
#include <QHash>
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

namespace {

// Candidate gathering differs (a scan for one-off questions, hash probes for the indexed
// resolver); the decision between candidates is this one function, so both answer alike.
struct RouteCandidates {
    QList<const Binding *> bindings;      // for the channel in the environment
    QList<const PatternRule *> rules;     // in the environment; matched here
};

RouteOutcome decide(const RoutingModel &model, const ChannelUri &channel, const QString &environment,
                    const RouteCandidates &candidates)
{
    const QString uri = channel.toString();
    // An explicit binding wins over every rule.
    if (candidates.bindings.size() > 1)
        return fail(ResolveFailure::Ambiguous,
                    QObject::tr("%1 has %2 bindings in %3").arg(uri).arg(candidates.bindings.size()).arg(environment));
    if (candidates.bindings.size() == 1) {
        const Binding &b = *candidates.bindings.first();
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
    for (const PatternRule *rule : candidates.rules) {
        if (rule->environment == environment && RulePattern::matches(*rule, channel))
            matching.append(rule);
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
        std::sort(winners.begin(), winners.end(), [](const PatternRule *a, const PatternRule *b) { return a->id < b->id; });
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

RouteOutcome environmentRequired(const QString &uri, const QStringList &envs)
{
    if (envs.isEmpty())
        return fail(ResolveFailure::NoRoute, QObject::tr("%1 has no binding and no rule matches it, in any environment").arg(uri));
    return fail(ResolveFailure::EnvironmentRequired,
                QObject::tr("%1 routes in several environments (%2); say which one").arg(uri, envs.join(QStringLiteral(", "))));
}

ResolveOutcome checkGrant(const Application &app, const RouteOutcome &routed, const QList<const Grant *> &grants,
                          const ResolveQuery &query)
{
    if (!routed)
        return fail(routed.failure(), routed.message());
    const QString canonical = routed->channel.toString();
    const Grant *chosen = nullptr;
    for (const Grant *g : grants) {
        if (query.intent && g->intent != *query.intent)
            continue;
        if (query.intent == Intent::Consume && !Resolver::grantCoversGroup(*g, query.consumerGroup))
            continue;
        if (!chosen || g->id < chosen->id)
            chosen = g;
    }
    if (!chosen) {
        QStringList held;
        for (const Grant *g : grants)
            held.append(describeGrant(*g));
        QString what;
        if (!query.intent)
            what = QObject::tr("Application %1 holds no grant on %2").arg(app.name, canonical);
        else if (*query.intent == Intent::Consume && !query.consumerGroup.isEmpty())
            what = QObject::tr("Application %1 holds no consume grant on %2 for consumer group %3")
                       .arg(app.name, canonical, query.consumerGroup);
        else
            what = QObject::tr("Application %1 holds no %2 grant on %3").arg(app.name, intentName(*query.intent), canonical);
        if (!held.isEmpty())
            what += QObject::tr(" (it holds: %1)").arg(held.join(QStringLiteral(", ")));
        return fail(ResolveFailure::NoGrant, what);
    }
    return Resolution{*routed, app, *chosen};
}

} // namespace

// ---- one-off questions: scans ------------------------------------------------------------

RouteOutcome Resolver::route(const RoutingModel &model, const QString &channel, const QString &environment)
{
    auto uri = ChannelUri::parse(channel);
    if (!uri)
        return fail(ResolveFailure::MalformedUri, uri.error());
    return route(model, *uri, environment);
}

RouteOutcome Resolver::route(const RoutingModel &model, const ChannelUri &channel, const QString &environmentIn)
{
    QString environment = environmentIn.trimmed();
    if (environment.isEmpty()) {
        const QStringList envs = environmentsOf(model, channel);
        if (envs.size() != 1)
            return environmentRequired(channel.toString(), envs);
        environment = envs.first();
    }
    const QString uri = channel.toString();
    RouteCandidates candidates;
    for (const Binding &b : model.bindings) {
        if (b.channel == uri && b.environment == environment)
            candidates.bindings.append(&b);
    }
    for (const PatternRule &rule : model.rules)
        candidates.rules.append(&rule);
    return decide(model, channel, environment, candidates);
}

ResolveOutcome Resolver::resolve(const RoutingModel &model, const ResolveQuery &query)
{
    auto uri = ChannelUri::parse(query.channel);
    if (!uri)
        return fail(ResolveFailure::MalformedUri, uri.error());
    const Application *app = model.findApplication(query.application);
    if (!app)
        return fail(ResolveFailure::UnknownApplication, QObject::tr("There is no application \"%1\"").arg(query.application));
    const RouteOutcome routed = route(model, *uri, query.environment);
    QList<const Grant *> grants;
    const QString canonical = uri->toString();
    for (const Grant &g : model.grants) {
        if (g.applicationId == app->id && g.channel == canonical)
            grants.append(&g);
    }
    return checkGrant(*app, routed, grants, query);
}

// ---- the indexed resolver ----------------------------------------------------------------

struct Resolver::Index {
    QHash<QString, const Application *> applications;             // by name
    QHash<QString, QList<const Binding *>> bindings;               // by channel
    QHash<QString, QList<const Grant *>> grants;                   // by "appId\nchannel"
    // Rules by "env\nhost\nsegments" for literal hosts, "env\n*\nsegments" for any host with a
    // wildcard label; candidates only: the decision re-checks each with RulePattern::matches.
    QHash<QString, QList<const PatternRule *>> rules;
    QStringList ruleEnvironments;

    static QString grantKey(qint64 app, const QString &channel) { return QString::number(app) + QLatin1Char('\n') + channel; }
    static QString ruleKey(const QString &env, const QString &host, qsizetype segments)
    {
        return env + QLatin1Char('\n') + host + QLatin1Char('\n') + QString::number(segments);
    }

    QList<const PatternRule *> rulesFor(const QString &env, const ChannelUri &uri) const
    {
        QList<const PatternRule *> out = rules.value(ruleKey(env, uri.host(), uri.segments().size()));
        out += rules.value(ruleKey(env, QStringLiteral("*"), uri.segments().size()));
        return out;
    }
};

Resolver::Resolver(RoutingModel model) : m_model(std::move(model)), m_index(std::make_unique<Index>())
{
    for (const Application &a : m_model.applications)
        m_index->applications.insert(a.name, &a);
    for (const Binding &b : m_model.bindings)
        m_index->bindings[b.channel].append(&b);
    for (const Grant &g : m_model.grants)
        m_index->grants[Index::grantKey(g.applicationId, g.channel)].append(&g);
    QSet<QString> envs;
    for (const PatternRule &r : m_model.rules) {
        envs.insert(r.environment);
        QString path = r.pathPattern.trimmed();
        if (path.startsWith(QLatin1Char('/')))
            path.remove(0, 1);
        const qsizetype segments = path.split(QLatin1Char('/')).size();
        const QString host = r.hostPattern.trimmed().toLower();
        const bool literalHost = !host.split(QLatin1Char('.')).contains(QStringLiteral("*"));
        m_index->rules[Index::ruleKey(r.environment, literalHost ? host : QStringLiteral("*"), segments)].append(&r);
    }
    m_index->ruleEnvironments = QStringList(envs.cbegin(), envs.cend());
}

Resolver::~Resolver() = default;

QStringList Resolver::environmentsOf(const ChannelUri &channel) const
{
    QSet<QString> envs;
    for (const Binding *b : m_index->bindings.value(channel.toString()))
        envs.insert(b->environment);
    for (const QString &env : m_index->ruleEnvironments) {
        if (envs.contains(env))
            continue;
        for (const PatternRule *rule : m_index->rulesFor(env, channel)) {
            if (RulePattern::matches(*rule, channel)) {
                envs.insert(env);
                break;
            }
        }
    }
    QStringList out(envs.cbegin(), envs.cend());
    std::sort(out.begin(), out.end());
    return out;
}

RouteOutcome Resolver::route(const QString &channel, const QString &environment) const
{
    auto uri = ChannelUri::parse(channel);
    if (!uri)
        return fail(ResolveFailure::MalformedUri, uri.error());
    return route(*uri, environment);
}

RouteOutcome Resolver::route(const ChannelUri &channel, const QString &environmentIn) const
{
    QString environment = environmentIn.trimmed();
    if (environment.isEmpty()) {
        const QStringList envs = environmentsOf(channel);
        if (envs.size() != 1)
            return environmentRequired(channel.toString(), envs);
        environment = envs.first();
    }
    RouteCandidates candidates;
    for (const Binding *b : m_index->bindings.value(channel.toString())) {
        if (b->environment == environment)
            candidates.bindings.append(b);
    }
    if (candidates.bindings.isEmpty())
        candidates.rules = m_index->rulesFor(environment, channel);
    return decide(m_model, channel, environment, candidates);
}

ResolveOutcome Resolver::resolve(const ResolveQuery &query) const
{
    auto uri = ChannelUri::parse(query.channel);
    if (!uri)
        return fail(ResolveFailure::MalformedUri, uri.error());
    const Application *app = m_index->applications.value(query.application);
    if (!app)
        return fail(ResolveFailure::UnknownApplication, QObject::tr("There is no application \"%1\"").arg(query.application));
    const RouteOutcome routed = route(*uri, query.environment);
    return checkGrant(*app, routed, m_index->grants.value(Index::grantKey(app->id, uri->toString())), query);
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
