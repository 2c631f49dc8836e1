#include "routing/LookupAnswer.h"

#include "routing/ChannelUri.h"
#include "routing/ConsumerGroup.h"
#include "routing/Resolver.h"

#include <QObject>

namespace Switchboard {

namespace {

int statusFor(ResolveFailure failure)
{
    switch (failure) {
    case ResolveFailure::MalformedUri: return 400;
    case ResolveFailure::EnvironmentRequired: return 400;
    case ResolveFailure::UnknownApplication: return 401;
    case ResolveFailure::NoRoute: return 404;
    case ResolveFailure::UnknownCluster: return 404;
    case ResolveFailure::Ambiguous: return 409;
    case ResolveFailure::NoGrant: return 403;
    }
    return 500;
}

LookupAnswer failure(int status, const QString &message)
{
    LookupAnswer a;
    a.status = status;
    a.message = message;
    return a;
}

} // namespace

QStringList sortedProfileNames(const QList<LookupProfile> &profiles)
{
    QStringList names;
    for (const LookupProfile &p : profiles)
        names.append(p.name);
    names.sort();
    return names;
}

LookupAnswer LookupAnswer::resolve(const LookupSource &source, const Application &app, const LookupRequest &lookup)
{
    const LookupProfile *profile = nullptr;
    if (lookup.profile.isEmpty()) {
        if (lookup.profileRequired)
            return failure(400, QObject::tr("no profile given: add config_profile=<name> (known: %1)")
                                    .arg(source.profileNames().join(QStringLiteral(", "))));
    } else {
        profile = source.profile(lookup.profile);
        if (!profile)
            return failure(404, QObject::tr("unknown profile %1 (known: %2)")
                                    .arg(lookup.profile, source.profileNames().join(QStringLiteral(", "))));
    }
    if (!lookup.profileType.isEmpty() && profile && lookup.profileType != profile->role)
        return failure(400, QObject::tr("profile %1 is a %2 profile, but config_profile.type asks for %3: "
                                        "pick a %3 profile").arg(profile->name, profile->role, lookup.profileType));
    if (lookup.channels.isEmpty())
        return failure(400, QObject::tr("no channel given: add channel=kafka://<domain>/<name>"));

    QList<ChannelUri> uris;
    for (const QString &text : lookup.channels) {
        auto uri = ChannelUri::parse(text);
        if (!uri)
            return failure(400, QObject::tr("channel %1 is malformed: %2").arg(text, uri.error()));
        if (!uris.isEmpty() && uri->host() != uris.first().host())
            return failure(400, QObject::tr("channels of different hosts (%1, %2): ask for one host per request")
                                    .arg(uris.first().host(), uri->host()));
        uris.append(*uri);
    }

    std::optional<Intent> intent;
    if (profile)
        intent = profile->role == QLatin1String("consumer") ? Intent::Consume : Intent::Produce;

    QJsonObject mapping;
    QList<ConsumerGroup::ChannelGrants> consumeGrants;
    const RoutedCluster *cluster = nullptr;
    QString firstTopic;
    QString firstChannel;
    for (const ChannelUri &uri : uris) {
        const QString canonical = uri.toString();
        const RoutingModel model = source.modelFor(app, canonical);
        ResolveQuery query;
        query.application = app.name;
        query.channel = canonical;
        query.environment = lookup.environment;
        query.intent = intent;
        const ResolveOutcome outcome = Resolver::resolve(model, query);
        if (!outcome)
            return failure(statusFor(outcome.failure()), outcome.message());
        const RoutedCluster *routed = source.cluster(outcome->route.cluster.id);
        if (!routed)
            return failure(404, QObject::tr("%1 routes to an unknown cluster").arg(canonical));
        if (cluster && cluster->id != routed->id)
            return failure(409, QObject::tr("%1 is on cluster %2 but %3 is on cluster %4: one client connects "
                                            "to one cluster, ask for them separately")
                                    .arg(firstChannel, cluster->name, canonical, routed->name));
        if (!cluster) {
            cluster = routed;
            firstTopic = outcome->route.topic;
            firstChannel = canonical;
        }
        const QString key = uri.key();
        if (mapping.contains(key) && mapping.value(key).toString() != outcome->route.topic)
            return failure(409, QObject::tr("two channels share the key %1 but lead to different topics").arg(key));
        mapping.insert(key, outcome->route.topic);
        if (intent == Intent::Consume)
            consumeGrants.append({canonical, model.grants});
    }

    // A consumer is told its group: the SDKs build the consumer from the answer alone.
    QJsonObject configuration = profile ? profile->properties : QJsonObject();
    if (intent == Intent::Consume) {
        const auto group = ConsumerGroup::choose(app.name, consumeGrants, lookup.consumerGroup, profile->name,
                                                 profile->properties.value(QStringLiteral("group.id")).toString());
        if (!group)
            return failure(statusFor(group.failure()), group.message());
        configuration.insert(QStringLiteral("group.id"), group->group);
    }

    const LookupCredential *credential = source.credential(app.id, cluster->id);
    if (!credential)
        return failure(403, QObject::tr("application %1 has no current credentials for cluster %2: ask the "
                                        "platform team to issue them").arg(app.name, cluster->name));
    QJsonObject credentials{{QStringLiteral("sasl.mechanisms"), credential->mechanism},
                            {QStringLiteral("sasl.username"), credential->username},
                            {QStringLiteral("sasl.password"), QString::fromUtf8(credential->secret)}};
    const QString protocol = source.securityProtocol(cluster->id);
    credentials.insert(QStringLiteral("security.protocol"), protocol.isEmpty() ? QStringLiteral("SASL_SSL") : protocol);

    LookupAnswer answer;
    answer.body = QJsonObject{{QStringLiteral("connection"), QJsonObject{{QStringLiteral("bootstrap.servers"), cluster->bootstrapServers}}},
                              {QStringLiteral("channel_mapping"), mapping},
                              {QStringLiteral("configuration"), configuration},
                              {QStringLiteral("credentials"), credentials}};
    answer.bootstrapServers = cluster->bootstrapServers;
    answer.topic = firstTopic;
    answer.credentialValidUntil = credential->validUntil;
    return answer;
}

QJsonObject LookupAnswer::redacted(const QJsonObject &body)
{
    QJsonObject out;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key().toLower();
        if (it.value().isObject())
            out.insert(it.key(), redacted(it.value().toObject()));
        else if ((key.contains(QLatin1String("password")) || key.contains(QLatin1String("secret"))) && it.value().isString())
            out.insert(it.key(), QStringLiteral("<redacted>"));
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace Switchboard
