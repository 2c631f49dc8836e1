#pragma once

// The routing bundle's payload: the portal's approved, current routing state as the routing
// service needs it. Plain structs with a JSON form; docs/bundle-format.md documents every field.
// Secret values (Kafka passwords, the token-hash key) appear only boxed for the service's X25519
// public key, so a payload never holds a secret in the clear. Format 2 boxes them under one key
// per bundle (SharedBoxKey: the bundle's ephemeral key pair and the service's key); format 1
// sealed each on its own (crypto_box_seal) and is still read (BundleSecretOpener opens both).

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Switchboard {

struct BundleCluster {
    qint64 id = 0;
    QString name;
    QString environment;
    QString bootstrapServers;   // the listener applications use (may differ from the crawler's)
    QString securityProtocol;   // for applications, e.g. SASL_PLAINTEXT, SASL_SSL
};

struct BundleBinding {
    qint64 id = 0;
    QString environment;
    qint64 clusterId = 0;
    QString topic;
};

struct BundleChannel {
    qint64 id = 0;
    QString uri;                       // kafka://<domain>/<path>
    QList<BundleBinding> bindings;     // at most one per environment
};

// A pattern rule: channels on a host matching hostPattern whose path matches pathPattern
// ("t1/*") map to topicTemplate ("c1{1}") on a cluster, per environment (see RoutingModel).
struct BundleRule {
    qint64 id = 0;
    QString environment;
    QString hostPattern;
    QString pathPattern;
    QString topicTemplate;
    qint64 clusterId = 0;
};

struct BundleProfile {
    QString name;
    QString role;            // "producer" | "consumer"
    QString description;
    QJsonObject properties;  // typed client properties: numbers stay numbers, booleans booleans
};

struct BundleGrant {
    qint64 id = 0;
    QString channel;         // canonical channel URI
    QString intent;          // "produce" | "consume"
    QString consumerGroup;   // consume: the group, or a prefix when groupIsPrefix
    bool groupIsPrefix = false;
};

struct BundleCredential {
    qint64 clusterId = 0;
    QString mechanism;            // SASL mechanism, e.g. PLAIN, SCRAM-SHA-512
    QString username;
    QByteArray boxedSecret;       // the password, boxed for the service (see BundlePayload::format)
    int version = 1;
    QDateTime validUntil;         // invalid: no end
};

struct BundleApplication {
    qint64 id = 0;
    QString name;
    QStringList tokenHashes;   // lowercase hex keyed hashes of its tokens (TokenStore::hashToken)
    QList<BundleGrant> grants;
    QList<BundleCredential> credentials;
};

struct BundlePayload {
    static constexpr int kFormatVersion = 2;       // what the portal writes
    static constexpr int kOldestReadableFormat = 1;

    // 2: secrets are nonce || crypto_box_easy_afternm under crypto_box_beforenm(recipient,
    //    the bundle's ephemeral secret key), whose public half is secretBoxPublicKey.
    // 1: secrets are crypto_box_seal(secret, recipient), one ephemeral key each.
    // How long a bundle may be installed after the portal compiled it, unless the portal says
    // otherwise (its "bundle lifetime" setting). Also what a service assumes for an envelope of an
    // earlier portal that carries no not_after: created_at + this.
    static constexpr qint64 kDefaultLifetimeSeconds = 30 * 24 * 3600;

    int format = kFormatVersion;
    qint64 version = 0;              // monotonic; the service only accepts a newer one
    QDateTime createdAt;
    // No service installs the bundle after this time (signed with the rest): an old bundle cannot
    // be replayed to a service, not even to one with an empty state. Invalid: not given (earlier
    // portals); expiresAt() then counts kDefaultLifetimeSeconds from createdAt.
    QDateTime notAfter;
    int ttlSeconds = 300;            // Cache-Control: max-age for clients
    QString stateHash;               // hash of the approved state this bundle was compiled from
    QByteArray recipient;            // X25519 public key the secrets are boxed for
    QByteArray secretBoxPublicKey;   // format 2: the bundle's ephemeral X25519 public key
    QByteArray boxedTokenHashKey;    // the token-hash key, boxed for the service
    QList<BundleCluster> clusters;
    QList<BundleChannel> channels;
    QList<BundleRule> rules;
    QList<BundleProfile> profiles;
    QList<BundleApplication> applications;

    // notAfter, or for a payload without one, createdAt + kDefaultLifetimeSeconds.
    QDateTime expiresAt() const { return notAfter.isValid() ? notAfter : createdAt.addSecs(kDefaultLifetimeSeconds); }

    QJsonObject toJson() const;
    // The payload's JSON bytes (as signed). Strict: a missing or mistyped field is an error
    // naming the field ("field applications[3].grants[0].intent: must be produce or consume").
    static Result<BundlePayload> fromJson(QByteArrayView json);
};

} // namespace Switchboard
