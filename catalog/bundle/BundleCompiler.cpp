#include "bundle/BundleCompiler.h"

#include "bundle/SharedBoxKey.h"

#include "clusters/ClusterStore.h"
#include "profiles/ProfileStore.h"
#include "routing/RoutingModelJson.h"
#include "vault/CredentialStore.h"
#include "vault/TokenStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

#include <algorithm>
#include <optional>

#if __has_include("routing/RoutingModelStore.h")
#include "routing/RoutingModelStore.h"
#define SWITCHBOARD_HAVE_ROUTING_STORE 1
#endif

namespace Switchboard {

Result<BundleSources> BundleCompiler::gather(const Database &db, Vault &vault, bool withSecrets)
{
#ifndef SWITCHBOARD_HAVE_ROUTING_STORE
    Q_UNUSED(db);
    Q_UNUSED(vault);
    Q_UNUSED(withSecrets);
    return makeError(QObject::tr("this build has no routing store (channels) to compile a bundle from"));
#else
    BundleSources sources;
    auto model = RoutingModelStore::load(db);
    if (!model)
        return makeError(model.error());
    sources.model = std::move(model).value();

    auto profiles = ProfileStore(db).list();
    if (!profiles)
        return makeError(profiles.error());
    for (const Profile &p : *profiles)
        sources.profiles.append({p.name, p.roleName(), p.description, p.properties});

    const QDateTime now = QDateTime::currentDateTimeUtc();
    TokenStore tokens(db, vault);
    if (withSecrets) {
        auto key = tokens.hashKey();
        if (!key)
            return makeError(QObject::tr("the token-hash key: %1").arg(key.error()));
        sources.tokenHashKey = QByteArray(key->bytes().constData(), key->size());
    }
    auto tokenList = tokens.list();
    if (!tokenList)
        return makeError(tokenList.error());
    for (const AppToken &t : *tokenList) {
        const Application *app = sources.model.findApplication(t.application);
        if (app && t.isValidAt(now))
            sources.tokenHashes[app->id].append(t.tokenHash);
    }

    auto clusters = ClusterStore(db).list();
    if (!clusters)
        return makeError(clusters.error());
    CredentialStore credentials(db, vault);
    for (const Cluster &cluster : *clusters) {
        // The client listener and protocol, by the rules of CredentialStore::clientConfig (which
        // needs a stored credential; this must work for clusters without one too).
        QString protocol = cluster.labels.value(QStringLiteral("client.security.protocol"),
                                                cluster.properties.value(QStringLiteral("security.protocol")));
        if (!protocol.startsWith(QLatin1String("SASL"), Qt::CaseInsensitive))
            protocol = QStringLiteral("SASL_SSL");
        sources.access.insert(cluster.id, {cluster.labels.value(QStringLiteral("client.bootstrap.servers"),
                                                                cluster.bootstrapServers),
                                           protocol.toUpper()});
        for (const Application &app : sources.model.applications) {
            auto current = credentials.current(app.name, cluster.id, now);
            if (!current)
                return makeError(current.error());
            if (!current->has_value())
                continue;
            QByteArray secretBytes;
            if (withSecrets) {
                auto secret = credentials.secret(**current);
                if (!secret)
                    return makeError(QObject::tr("credential of %1 on %2: %3").arg(app.name, cluster.name, secret.error()));
                secretBytes = QByteArray(secret->bytes().constData(), secret->size());
            }
            sources.credentials.append({app.id, cluster.id, (*current)->mechanism, (*current)->username, secretBytes,
                                        (*current)->version, (*current)->validUntil});
        }
    }
    return sources;
#endif
}

BundleSources::~BundleSources()
{
    BundleCrypto::scrub(tokenHashKey);
    for (Credential &c : credentials)
        BundleCrypto::scrub(c.secret);
}

BundlePayload BundleCompiler::compile(const BundleSources &sources, qint64 version, int ttlSeconds,
                                      const QByteArray &recipientPublicKey, int format)
{
    BundlePayload p;
    p.format = format;
    p.version = version;
    p.createdAt = QDateTime::currentDateTimeUtc();
    p.notAfter = p.createdAt.addSecs(BundlePayload::kDefaultLifetimeSeconds);   // the pusher sets the catalog's lifetime
    p.ttlSeconds = ttlSeconds;
    p.stateHash = stateHash(sources);
    p.recipient = recipientPublicKey;

    // Format 2: one key agreement per bundle. The ephemeral secret key goes as soon as the
    // shared key is made, and the shared key when this function returns.
    std::optional<SharedBoxKey> shared;
    if (format >= 2) {
        X25519KeyPair ephemeral = BundleCrypto::generateX25519KeyPair();
        auto agreed = SharedBoxKey::agree(recipientPublicKey, ephemeral.secretKey);
        BundleCrypto::scrub(ephemeral.secretKey);
        if (agreed)
            shared.emplace(std::move(agreed).value());
        p.secretBoxPublicKey = ephemeral.publicKey;
    }
    // A recipient key of the wrong size leaves the boxes empty, and the service refuses them.
    const auto protect = [&](const QByteArray &secret) {
        if (format < 2)
            return BundleCrypto::seal(secret, recipientPublicKey);
        return shared ? shared->box(secret) : QByteArray();
    };
    p.boxedTokenHashKey = protect(sources.tokenHashKey);

    for (const RoutedCluster &c : sources.model.clusters) {
        const BundleSources::ClusterAccess access = sources.access.value(c.id);
        p.clusters.append(BundleCluster{c.id, c.name, c.environment,
                                        access.bootstrapServers.isEmpty() ? c.bootstrapServers : access.bootstrapServers,
                                        access.securityProtocol});
    }
    QHash<QString, qsizetype> channelIndex;
    for (const Channel &ch : sources.model.channels) {
        channelIndex.insert(ch.uri, p.channels.size());
        p.channels.append(BundleChannel{ch.id, ch.uri, {}});
    }
    for (const Binding &b : sources.model.bindings) {
        auto it = channelIndex.constFind(b.channel);
        if (it == channelIndex.cend()) {
            // A binding is reason enough to carry the channel.
            it = channelIndex.insert(b.channel, p.channels.size());
            p.channels.append(BundleChannel{0, b.channel, {}});
        }
        p.channels[*it].bindings.append(BundleBinding{b.id, b.environment, b.clusterId, b.topic});
    }
    for (const PatternRule &r : sources.model.rules)
        p.rules.append(BundleRule{r.id, r.environment, r.hostPattern, r.pathPattern, r.topicTemplate, r.clusterId});
    for (const BundleSources::ProfileEntry &pr : sources.profiles)
        p.profiles.append(BundleProfile{pr.name, pr.role, pr.description, pr.properties});

    QHash<qint64, qsizetype> appIndex;
    for (const Application &a : sources.model.applications) {
        appIndex.insert(a.id, p.applications.size());
        BundleApplication app;
        app.id = a.id;
        app.name = a.name;
        app.tokenHashes = sources.tokenHashes.value(a.id);
        p.applications.append(app);
    }
    for (const Grant &g : sources.model.grants) {
        const auto it = appIndex.constFind(g.applicationId);
        if (it == appIndex.cend())
            continue;
        p.applications[*it].grants.append(
            BundleGrant{g.id, g.channel, intentName(g.intent), g.consumerGroup, g.groupIsPrefix});
    }
    for (const BundleSources::Credential &c : sources.credentials) {
        const auto it = appIndex.constFind(c.applicationId);
        if (it == appIndex.cend())
            continue;
        p.applications[*it].credentials.append(BundleCredential{c.clusterId, c.mechanism, c.username,
                                                                protect(c.secret),
                                                                c.version, c.validUntil});
    }
    return p;
}

QString BundleCompiler::stateHash(const BundleSources &sources)
{
    QJsonObject o;
    o.insert(QStringLiteral("model"), RoutingModelJson::toJson(sources.model));
    QJsonArray access;
    QList<qint64> ids = sources.access.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids)
        access.append(QJsonArray{id, sources.access.value(id).bootstrapServers, sources.access.value(id).securityProtocol});
    o.insert(QStringLiteral("access"), access);
    QJsonArray profiles;
    for (const auto &p : sources.profiles)
        profiles.append(QJsonArray{p.name, p.role, p.description, p.properties});
    o.insert(QStringLiteral("profiles"), profiles);
    QJsonArray tokens;
    ids = sources.tokenHashes.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids) {
        QStringList hashes = sources.tokenHashes.value(id);
        hashes.sort();
        tokens.append(QJsonArray{id, QJsonArray::fromStringList(hashes)});
    }
    o.insert(QStringLiteral("tokens"), tokens);
    QJsonArray creds;
    for (const auto &c : sources.credentials)
        creds.append(QJsonArray{c.applicationId, c.clusterId, c.mechanism, c.username, c.version,
                                c.validUntil.toString(Qt::ISODate)});
    o.insert(QStringLiteral("credentials"), creds);
    const QByteArray canonical = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

} // namespace Switchboard
