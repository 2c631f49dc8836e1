#include "snippets/SnippetBuilder.h"

#include "clusters/ClusterStore.h"
#include "profiles/ProfileStore.h"
#include "routing/ConsumerGroup.h"
#include "routing/Resolver.h"
#include "routing/RoutingModelStore.h"
#include "store/Database.h"
#include "vault/CredentialStore.h"
#include "vault/Vault.h"

#include <QObject>

namespace Switchboard {

Result<SnippetInput> SnippetBuilder::build(const SnippetRequest &request) const
{
    if (request.channels.isEmpty())
        return build(RoutingModel{}, request);
    auto model = RoutingModelStore::load(m_db);
    if (!model)
        return makeError(model.error());
    return build(*model, request);
}

Result<SnippetInput> SnippetBuilder::build(const RoutingModel &model, const SnippetRequest &request) const
{
    if (request.application.trimmed().isEmpty())
        return makeError(QObject::tr("A snippet needs an application"));
    auto profile = ProfileStore(m_db).find(request.profile);
    if (!profile)
        return makeError(profile.error());
    if (!profile->has_value())
        return makeError(QObject::tr("No profile named \"%1\" (see: switchboard-cli profile list)").arg(request.profile));

    SnippetInput input;
    input.application = request.application;
    input.profile = **profile;
    input.reveal = request.reveal;
    input.routingUrl = request.routingUrl;
    const bool producer = input.profile.role == ProfileRole::Producer;
    qint64 clusterId = 0;

    if (!request.channels.isEmpty()) {
        if (!request.cluster.isEmpty() || !request.topics.isEmpty())
            return makeError(QObject::tr("Give either channels or a cluster with topics, not both"));
        QList<ConsumerGroup::ChannelGrants> consumeGrants;
        for (const QString &channel : request.channels) {
            ResolveQuery query;
            query.application = request.application;
            query.channel = channel;
            query.environment = request.environment;
            query.intent = producer ? Intent::Produce : Intent::Consume;
            query.consumerGroup = request.consumerGroup;
            const ResolveOutcome outcome = Resolver::resolve(model, query);
            if (!outcome)
                return makeError(QObject::tr("Channel %1: %2").arg(channel, outcome.message()));
            const Resolution &r = *outcome;
            if (clusterId != 0 && r.route.cluster.id != clusterId) {
                return makeError(QObject::tr("The channels lead to different clusters (%1 and %2); one client "
                                             "configuration cannot reach both: export them separately")
                                     .arg(model.findCluster(clusterId) ? model.findCluster(clusterId)->name : QString(),
                                          r.route.cluster.name));
            }
            clusterId = r.route.cluster.id;
            input.environment = r.route.environment;
            input.channels.append({r.route.channel.toString(), r.route.channel.key(), r.route.topic});
            if (!producer)
                consumeGrants.append({r.route.channel.toString(), model.grantsOf(r.application.id, r.route.channel.toString())});
        }
        // One client, one group, chosen as the routing service chooses it (ConsumerGroup).
        if (!producer) {
            const auto group = ConsumerGroup::choose(request.application, consumeGrants, request.consumerGroup,
                                                     input.profile.name,
                                                     input.profile.properties.value(QStringLiteral("group.id")).toString());
            if (!group)
                return makeError(group.message());
            input.consumerGroup = group->group;
        }
    } else {
        if (request.cluster.isEmpty() || request.topics.isEmpty())
            return makeError(QObject::tr("A snippet needs at least one channel (or a cluster and a topic)"));
        auto cluster = ClusterStore(m_db).find(request.cluster);
        if (!cluster)
            return makeError(cluster.error());
        if (!cluster->has_value())
            return makeError(QObject::tr("No cluster named \"%1\"").arg(request.cluster));
        clusterId = (*cluster)->id;
        input.environment = (*cluster)->environment;
        for (const QString &topic : request.topics)
            input.channels.append({QString(), topic, topic});
        input.consumerGroup = request.consumerGroup.isEmpty() ? request.application : request.consumerGroup;
    }
    return finish(std::move(input), clusterId, request);
}

Result<SnippetInput> SnippetBuilder::finish(SnippetInput input, qint64 clusterId, const SnippetRequest &request) const
{
    auto cluster = ClusterStore(m_db).findById(clusterId);
    if (!cluster)
        return makeError(cluster.error());
    if (!cluster->has_value())
        return makeError(QObject::tr("No cluster with id %1").arg(clusterId));
    const Cluster &c = **cluster;
    input.clusterName = c.name;
    input.clusterId = c.id;
    input.bootstrapServers = c.labels.value(QStringLiteral("client.bootstrap.servers"), c.bootstrapServers);

    CredentialStore credentials(m_db, m_vault);
    auto current = credentials.current(input.application, clusterId);
    if (!current)
        return makeError(current.error());
    if (!current->has_value()) {
        if (request.requireCredential) {
            return makeError(QObject::tr("Application \"%1\" has no valid credential on cluster %2; store one with: "
                                         "switchboard-cli credential set --app %1 --cluster %2 --username USER")
                                 .arg(input.application, c.name));
        }
        return input;
    }
    const AppCredential &credential = **current;
    auto config = credentials.clientConfig(c, credential, false);   // protocol and mechanism, as the router hands them out
    if (!config)
        return makeError(config.error());
    input.hasCredential = true;
    input.bootstrapServers = config->bootstrapServers;
    input.securityProtocol = config->properties.value(QStringLiteral("security.protocol"));
    input.saslMechanism = credential.mechanism;
    input.username = credential.username;
    input.credentialVersion = credential.version;
    if (request.reveal) {
        if (!m_vault.isUnlocked())
            return makeError(QObject::tr("The vault is locked: unlock it to include the secret"));
        auto secret = credentials.secret(credential);
        if (!secret)
            return makeError(secret.error());
        input.secret = std::move(*secret);
    }
    return input;
}

} // namespace Switchboard
