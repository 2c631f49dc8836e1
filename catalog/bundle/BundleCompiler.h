#pragma once

// Compiles the portal's approved, current state into a routing bundle for one routing service.
//
// Two steps: gather() reads the catalog and the vault into BundleSources (plain values:
// only approved grants, only valid tokens, only each application's current credential per
// cluster; revoked ones never enter), and compile() turns sources into a payload, boxing every
// secret for the service's public key (format 2: one ephemeral key pair per bundle, see
// SharedBoxKey). compile() is pure, so tests and the benchmark drive it
// without a catalog. stateHash() fingerprints the non-secret content (credential versions
// stand in for their secrets) so the portal can tell a deployed bundle is stale.

#include "bundle/BundleCrypto.h"
#include "bundle/BundlePayload.h"
#include "core/Result.h"
#include "routing/RoutingModel.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace Switchboard {

class Database;
class Vault;

struct BundleSources {
    struct ClusterAccess {
        QString bootstrapServers;   // what applications use
        QString securityProtocol;
    };
    struct Credential {
        qint64 applicationId = 0;
        qint64 clusterId = 0;
        QString mechanism;
        QString username;
        QByteArray secret;          // scrubbed by ~BundleSources
        int version = 1;
        QDateTime validUntil;
    };
    struct ProfileEntry {
        QString name;
        QString role;
        QString description;
        QJsonObject properties;
    };

    RoutingModel model;                          // approved grants only
    QHash<qint64, ClusterAccess> access;         // cluster id -> client listener
    QList<ProfileEntry> profiles;
    QHash<qint64, QStringList> tokenHashes;      // application id -> valid token hashes (hex)
    QList<Credential> credentials;               // current version per (application, cluster)
    QByteArray tokenHashKey;                     // scrubbed by ~BundleSources

    BundleSources() = default;
    BundleSources(BundleSources &&) = default;
    BundleSources &operator=(BundleSources &&) = default;
    ~BundleSources();
};

class BundleCompiler {
public:
    // The routing state from the catalog. withSecrets: also the token-hash key and the
    // credentials' secrets (needs the vault unlocked); without, enough for stateHash().
    static Result<BundleSources> gather(const Database &db, Vault &vault, bool withSecrets = true);

    // format: BundlePayload::kFormatVersion; 1 only to test that a service still reads the
    // sealed boxes of bundles an older portal wrote.
    static BundlePayload compile(const BundleSources &sources, qint64 version, int ttlSeconds,
                                 const QByteArray &recipientPublicKey, int format = BundlePayload::kFormatVersion);

    // Hex SHA-256 over the non-secret content; equal sources give equal hashes.
    static QString stateHash(const BundleSources &sources);
};

} // namespace Switchboard
