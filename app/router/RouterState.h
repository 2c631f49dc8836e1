#pragma once

// One installed routing bundle, ready to answer from: the RoutingModel the resolver reads,
// indexes for the lookups a request needs (token hash -> application, channel URI -> its
// bindings, (application, channel) -> grants, profiles by name), and the opened credentials.
// Immutable once built: requests share it through a shared_ptr<const RouterState>, and a new
// bundle means a new RouterState swapped in whole.

#include "bundle/BundleCrypto.h"
#include "bundle/BundlePayload.h"
#include "routing/LookupAnswer.h"
#include "routing/RoutingModel.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <QMutex>

#include <array>
#include <memory>
#include <optional>

namespace Switchboard::Router {

// What the shared answer builder reads (catalog/routing/LookupAnswer.h).
using VendedCredential = LookupCredential;
using RouterProfile = LookupProfile;

struct ChannelEntry {
    Channel channel;
    QList<Binding> bindings;
};

// A resolved 200 answer, kept for the lifetime of one RouterState: the state never changes, so
// the same (application, lookup) always resolves the same way until the next bundle.
struct CachedAnswer {
    QByteArray body;
    QByteArray etag;
    QString bootstrap;
    QString topic;
    QDateTime expires;   // the vended credential's end, if it has one
    // "\r\nETag: ...\r\nCache-Control: ..." as sent (HttpResponse::headerLines); empty: made per answer.
    QByteArray headerLines;
};

class RouterState : public LookupSource {
public:
    ~RouterState() override;

    // Opens the boxed secrets with the service's key (either payload format) and indexes everything.
    static Result<std::shared_ptr<const RouterState>> build(BundlePayload payload, const X25519KeyPair &serviceKey,
                                                            QByteArray envelope);

    qint64 version() const { return m_payload.version; }
    QDateTime createdAt() const { return m_payload.createdAt; }
    QDateTime expiresAt() const { return m_payload.expiresAt(); }   // its not-after time
    int ttlSeconds() const { return m_payload.ttlSeconds; }
    const QByteArray &envelope() const { return m_envelope; }   // as received, for the disk copy

    // The application a presented token belongs to (keyed hash, constant-time compare).
    const Application *authenticate(QByteArrayView token) const;
    const RouterProfile *profile(const QString &name) const override { return m_profiles.value(name); }
    QStringList profileNames() const override;
    const VendedCredential *credential(qint64 applicationId, qint64 clusterId) const override;
    QString securityProtocol(qint64 clusterId) const override { return m_securityProtocols.value(clusterId); }
    const RoutedCluster *cluster(qint64 id) const override { return m_model.findCluster(id); }

    // A RoutingModel holding only what one resolution of (application, channel) can read: the
    // application, the channel and its bindings, every rule and cluster, and the application's
    // grants on it. The resolver walks its lists linearly; the full model has tens of thousands
    // of rows, this one a handful. Rules and clusters are implicitly shared, not copied.
    RoutingModel modelFor(const Application &application, const QString &canonicalChannel) const override;

    const RoutingModel &model() const { return m_model; }

    // The answer cache: sharded, bounded by entries (kMaxPerShard a shard: answers beyond it are
    // simply not kept) and by bytes (kMaxCacheBytes in all, each shard a 16th: the key and the
    // answer's bytes are counted, and a new answer evicts older ones of its shard until it fits;
    // one larger than a shard's share is not kept). A lookup that is not cached is resolved
    // again, so eviction costs time, never correctness.
    static constexpr qint64 kMaxCacheBytes = 64 * 1024 * 1024;
    std::optional<CachedAnswer> cached(const QByteArray &key) const;
    void remember(const QByteArray &key, const CachedAnswer &answer) const;
    // What the cache holds now, over all shards: for tests and metrics.
    qint64 cacheBytes() const;
    qsizetype cacheEntries() const;
    // What one entry counts against the budget.
    static qint64 cost(const QByteArray &key, const CachedAnswer &answer);

private:
    RouterState() = default;

    BundlePayload m_payload;
    QByteArray m_envelope;
    QByteArray m_tokenHashKey;
    RoutingModel m_model;
    QHash<QByteArray, qint64> m_applicationByTokenHash;  // keyed hash (32 bytes) -> application id
    QHash<qint64, qsizetype> m_applicationIndex;          // id -> index in m_model.applications
    QHash<QString, ChannelEntry> m_channels;              // canonical URI
    QHash<QPair<qint64, QString>, QList<Grant>> m_grants; // (application id, canonical URI)
    QHash<QString, const RouterProfile *> m_profiles;
    QList<RouterProfile> m_profileList;
    QHash<qint64, QString> m_securityProtocols;            // cluster id -> for applications
    QHash<QPair<qint64, qint64>, VendedCredential> m_credentials;   // (application id, cluster id)

    static constexpr int kShards = 16;
    static constexpr qsizetype kMaxPerShard = 8192;
    static constexpr qint64 kMaxShardBytes = kMaxCacheBytes / kShards;
    struct Shard {
        QMutex mutex;
        QHash<QByteArray, CachedAnswer> answers;
        qint64 bytes = 0;   // sum of cost() over answers
    };
    mutable std::array<Shard, kShards> m_cache;
};

} // namespace Switchboard::Router
