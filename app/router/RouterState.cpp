#include "RouterState.h"

#include "bundle/BundleSecretOpener.h"
#include "routing/ChannelUri.h"

#include <QObject>

#include <sodium.h>

namespace Switchboard::Router {

namespace {

// TokenStore's construction (catalog/vault/TokenStore.h) is lowercase hex of keyed BLAKE2b-256;
// the index holds the 32 bytes themselves, so a request hashes into a stack buffer and looks up
// without making a string. Only exactly that spelling is indexed: any other would never have
// matched a token's hash.
constexpr qsizetype kTokenHashBytes = 32;
std::optional<QByteArray> tokenHashBytes(const QString &hex)
{
    if (hex.size() != 2 * kTokenHashBytes)
        return std::nullopt;
    for (const QChar c : hex) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return std::nullopt;
    }
    return QByteArray::fromHex(hex.toLatin1());
}

// The canonical spelling of the channel URIs a bundle names. The portal writes every URI the way
// ChannelUri::toString spells it, and telling that a text is already canonical is a scan of its
// characters, where ChannelUri::parse + toString build a dozen strings per URI (most of the
// install time for 10,000 channels). The scan uses ChannelUri's own rules (isValidHost,
// isValidSegment, on views of the text: no copies), so it accepts only what parse accepts and
// spells the same; anything else goes through the parser, once per spelling.
class CanonicalUris {
public:
    // The canonical spelling (sharing uri's data when uri is canonical), or an error.
    Result<QString> canonical(const QString &uri)
    {
        if (isCanonical(uri))
            return uri;
        const auto known = m_parsed.constFind(uri);
        if (known != m_parsed.cend())
            return *known;
        auto parsed = ChannelUri::parse(uri);
        if (!parsed)
            return makeError(parsed.error());
        QString spelling = parsed->toString();
        m_parsed.insert(uri, spelling);
        return spelling;
    }

private:
    bool isCanonical(const QString &uri)
    {
        static const QLatin1String scheme("kafka://");
        if (!uri.startsWith(scheme))   // lower case only: the canonical scheme
            return false;
        const QStringView rest = QStringView(uri).mid(scheme.size());
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        if (slash <= 0)
            return false;
        // Hosts repeat (a few domains for thousands of channels): check each distinct one once.
        // A valid host has only lower-case labels, so toLower would not change it either.
        const QStringView host = rest.left(slash);
        if (host != m_lastHost) {
            if (!ChannelUri::isValidHost(QString::fromRawData(host.data(), host.size())))
                return false;
            m_lastHost = host.toString();
        }
        // Non-empty segments of the segment alphabet: no '?', '#', spaces or "//" either.
        QStringView path = rest.mid(slash + 1);
        while (true) {
            const qsizetype end = path.indexOf(QLatin1Char('/'));
            const QStringView segment = end < 0 ? path : path.left(end);
            if (!ChannelUri::isValidSegment(QString::fromRawData(segment.data(), segment.size())))
                return false;
            if (end < 0)
                return true;
            path = path.mid(end + 1);
        }
    }

    QString m_lastHost;
    QHash<QString, QString> m_parsed;   // non-canonical spelling -> canonical
};

} // namespace

RouterState::~RouterState()
{
    BundleCrypto::scrub(m_tokenHashKey);
    for (VendedCredential &c : m_credentials)
        BundleCrypto::scrub(c.secret);
}

Result<std::shared_ptr<const RouterState>> RouterState::build(BundlePayload payload, const X25519KeyPair &serviceKey,
                                                              QByteArray envelope)
{
    std::shared_ptr<RouterState> state(new RouterState);
    // Format 2: one X25519 agreement for the whole bundle, then a cheap symmetric open per
    // secret (a microsecond each: no helper thread needed). The shared key is wiped when the
    // opener goes, at the end of this function.
    auto opener = BundleSecretOpener::create(payload, serviceKey);
    if (!opener)
        return makeError(QObject::tr("bundle refused: %1").arg(opener.error()));
    auto key = opener->open(payload.boxedTokenHashKey);
    if (!key)
        return makeError(QObject::tr("bundle refused: the token-hash key: %1").arg(key.error()));
    state->m_tokenHashKey = *key;

    for (const BundleCluster &c : payload.clusters) {
        state->m_model.clusters.insert(c.id, RoutedCluster{c.id, c.name, c.environment, c.bootstrapServers});
        state->m_securityProtocols.insert(c.id, c.securityProtocol);
    }

    CanonicalUris canonicalUris;
    state->m_channels.reserve(payload.channels.size());
    state->m_model.channels.reserve(payload.channels.size());
    qsizetype bindingCount = 0;
    for (const BundleChannel &ch : payload.channels)
        bindingCount += ch.bindings.size();
    state->m_model.bindings.reserve(bindingCount);
    for (const BundleChannel &ch : payload.channels) {
        auto uri = canonicalUris.canonical(ch.uri);
        if (!uri)
            return makeError(QObject::tr("malformed bundle: channel %1: %2").arg(ch.uri, uri.error()));
        ChannelEntry entry;
        entry.channel.id = ch.id;
        entry.channel.uri = std::move(*uri);
        for (const BundleBinding &b : ch.bindings) {
            const Binding binding{b.id, entry.channel.uri, b.environment, b.clusterId, b.topic};
            entry.bindings.append(binding);
            state->m_model.bindings.append(binding);
        }
        state->m_model.channels.append(entry.channel);
        state->m_channels.insert(entry.channel.uri, std::move(entry));
    }
    for (const BundleRule &r : payload.rules)
        state->m_model.rules.append(PatternRule{r.id, r.environment, r.hostPattern, r.pathPattern, r.topicTemplate,
                                                r.clusterId, QString()});

    for (const BundleProfile &p : payload.profiles)
        state->m_profileList.append(RouterProfile{p.name, p.role, p.properties});
    for (const RouterProfile &p : state->m_profileList)
        state->m_profiles.insert(p.name, &p);

    qsizetype grantCount = 0, hashCount = 0;
    for (const BundleApplication &a : payload.applications) {
        grantCount += a.grants.size();
        hashCount += a.tokenHashes.size();
    }
    state->m_model.applications.reserve(payload.applications.size());
    state->m_applicationIndex.reserve(payload.applications.size());
    state->m_applicationByTokenHash.reserve(hashCount);
    state->m_model.grants.reserve(grantCount);
    state->m_grants.reserve(grantCount);
    state->m_credentials.reserve(payload.applications.size());
    for (const BundleApplication &a : payload.applications) {
        Application app;
        app.id = a.id;
        app.name = a.name;
        state->m_applicationIndex.insert(a.id, state->m_model.applications.size());
        state->m_model.applications.append(app);
        for (const QString &hash : a.tokenHashes) {
            if (const auto bytes = tokenHashBytes(hash))
                state->m_applicationByTokenHash.insert(*bytes, a.id);
        }
        for (const BundleGrant &g : a.grants) {
            auto canonical = canonicalUris.canonical(g.channel);
            auto intent = parseIntent(g.intent);
            if (!canonical || !intent)
                return makeError(QObject::tr("malformed bundle: grant %1 of %2").arg(g.id).arg(a.name));
            Grant grant{g.id, a.id, std::move(*canonical), *intent, g.consumerGroup, g.groupIsPrefix};
            state->m_model.grants.append(grant);
            state->m_grants[qMakePair(a.id, grant.channel)].append(grant);
        }
        for (const BundleCredential &c : a.credentials) {
            const auto slot = qMakePair(a.id, c.clusterId);
            const auto kept = state->m_credentials.find(slot);
            if (kept != state->m_credentials.end() && kept->validUntil.isValid() && c.validUntil.isValid()
                && c.validUntil < kept->validUntil)
                continue;   // the compiler sends the current version; keep the longest-lived if not
            auto secret = opener->open(c.boxedSecret);
            if (!secret)
                return makeError(QObject::tr("bundle refused: credential of %1 on cluster #%2: %3")
                                     .arg(a.name).arg(c.clusterId).arg(secret.error()));
            if (kept != state->m_credentials.end())
                BundleCrypto::scrub(kept->secret);   // replaced: the older secret does not linger
            state->m_credentials.insert(slot, VendedCredential{c.mechanism, c.username, std::move(*secret),
                                                               c.validUntil});
        }
    }
    state->m_envelope = std::move(envelope);
    state->m_payload = std::move(payload);
    // The state keeps no boxed copies it does not need.
    state->m_payload.applications.clear();
    state->m_payload.channels.clear();
    return std::shared_ptr<const RouterState>(std::move(state));
}

const Application *RouterState::authenticate(QByteArrayView token) const
{
    if (token.isEmpty())
        return nullptr;
    unsigned char hash[kTokenHashBytes];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(token.data()), size_t(token.size()),
                       reinterpret_cast<const unsigned char *>(m_tokenHashKey.constData()), size_t(m_tokenHashKey.size()));
    const auto it = m_applicationByTokenHash.constFind(QByteArray::fromRawData(reinterpret_cast<const char *>(hash), sizeof hash));
    const bool found = it != m_applicationByTokenHash.cend();
    // The lookup found an equal key already; compare once more in constant time so the
    // success path does not depend on a variable-time compare alone.
    const bool equal = found && sodium_memcmp(it.key().constData(), hash, sizeof hash) == 0;
    sodium_memzero(hash, sizeof hash);
    if (!equal)
        return nullptr;
    return &m_model.applications.at(m_applicationIndex.value(it.value()));
}

QStringList RouterState::profileNames() const { return sortedProfileNames(m_profileList); }

const VendedCredential *RouterState::credential(qint64 applicationId, qint64 clusterId) const
{
    const auto it = m_credentials.constFind(qMakePair(applicationId, clusterId));
    return it != m_credentials.cend() && it->isValidAt(QDateTime::currentDateTimeUtc()) ? &*it : nullptr;
}

std::optional<CachedAnswer> RouterState::cached(const QByteArray &key) const
{
    Shard &shard = m_cache[qHash(key) % kShards];
    QMutexLocker lock(&shard.mutex);
    const auto it = shard.answers.constFind(key);
    if (it == shard.answers.cend())
        return std::nullopt;
    if (it->expires.isValid() && it->expires.toMSecsSinceEpoch() < QDateTime::currentMSecsSinceEpoch())
        return std::nullopt;
    return *it;   // implicitly shared: no bytes copied
}

qint64 RouterState::cost(const QByteArray &key, const CachedAnswer &answer)
{
    // The bytes a client's lookup can make large (the key, the body) and the rest of the entry;
    // a fixed allowance for the hash node and the strings' headers.
    return key.size() + answer.body.size() + answer.etag.size() + answer.headerLines.size() + 2 * (answer.bootstrap.size() + answer.topic.size()) + 128;
}

void RouterState::remember(const QByteArray &key, const CachedAnswer &answer) const
{
    const qint64 size = cost(key, answer);
    if (size > kMaxShardBytes)
        return;
    Shard &shard = m_cache[qHash(key) % kShards];
    QMutexLocker lock(&shard.mutex);
    if (const auto old = shard.answers.constFind(key); old != shard.answers.cend()) {
        shard.bytes -= cost(old.key(), *old);
        shard.answers.erase(old);
    }
    // Past the byte budget, older answers make room (in the hash's order: cheap, and an attacker
    // cannot choose which ones); past the entry bound, the answer is not kept.
    while (shard.bytes + size > kMaxShardBytes && !shard.answers.isEmpty()) {
        const auto victim = shard.answers.cbegin();
        shard.bytes -= cost(victim.key(), *victim);
        shard.answers.erase(victim);
    }
    if (shard.answers.size() >= kMaxPerShard)
        return;
    // A key of bytes of its own: a caller may look up with a view (QByteArray::fromRawData).
    shard.answers.insert(QByteArray(key.constData(), key.size()), answer);
    shard.bytes += size;
}

qint64 RouterState::cacheBytes() const
{
    qint64 total = 0;
    for (Shard &shard : m_cache) {
        QMutexLocker lock(&shard.mutex);
        total += shard.bytes;
    }
    return total;
}

qsizetype RouterState::cacheEntries() const
{
    qsizetype total = 0;
    for (Shard &shard : m_cache) {
        QMutexLocker lock(&shard.mutex);
        total += shard.answers.size();
    }
    return total;
}

RoutingModel RouterState::modelFor(const Application &application, const QString &canonicalChannel) const
{
    RoutingModel model;
    model.clusters = m_model.clusters;
    model.rules = m_model.rules;
    model.applications.append(application);
    const auto channel = m_channels.constFind(canonicalChannel);
    if (channel != m_channels.cend()) {
        model.channels.append(channel->channel);
        model.bindings = channel->bindings;
    }
    model.grants = m_grants.value(qMakePair(application.id, canonicalChannel));
    return model;
}

} // namespace Switchboard::Router
