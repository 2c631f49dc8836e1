#pragma once

// Kafka credentials of client applications, per application (by name) and per cluster:
// mechanism, username and secret, versioned.
//
//  - set() stores a new version and makes it current; the previous current one is revoked at
//    once (a replacement, e.g. a typo fix). rotate() stores a new version and lets the previous
//    one stay valid for a grace period the engineer chooses, after which it counts as revoked.
//  - revoke() ends a version (or all versions) immediately.
//  - Every set, rotation and revocation is audited; audit entries and errors never hold the secret.
//  - The secret is sealed with the Vault (associated data "cred:<app>:<cluster id>:<version>");
//    listing and metadata need no unlocked vault, secret() does.
//
// Note: the broker's own user database (SASL/SCRAM users, JAAS PLAIN users) is not changed
// here; librdkafka 2.0.2 has no SCRAM admin API. The platform rolls the broker side, then
// rotates here so clients pick the new secret up at their next refresh.

#include "clusters/Cluster.h"
#include "core/Result.h"
#include "vault/SecretBytes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

class Database;
class Vault;

struct AppCredential {
    qint64 id = 0;
    QString application;
    qint64 clusterId = 0;
    int version = 0;
    QString mechanism;   // PLAIN, SCRAM-SHA-256, SCRAM-SHA-512
    QString username;
    QDateTime validFrom;
    QDateTime validUntil;   // null: no end
    QDateTime revokedAt;    // null: not revoked
    QDateTime createdAt;
    QString createdBy;

    // Usable at that moment: started, not past its end, not revoked.
    bool isValidAt(const QDateTime &at) const;
    // "current", "grace (until ...)", "expired", "revoked"
    QString stateAt(const QDateTime &at) const;
};

class CredentialStore {
public:
    CredentialStore(const Database &db, Vault &vault) : m_db(db), m_vault(vault) {}

    static QStringList mechanisms();
    static Status validateMechanism(const QString &mechanism);

    // A new version that is current from now on; any earlier version is revoked now.
    Result<AppCredential> set(const QString &application, qint64 clusterId, const QString &mechanism,
                              const QString &username, const SecretBytes &secret);
    // A new version (same mechanism and username unless given) that is current from now on; the
    // previous current version stays valid for graceSeconds (0: revoked now). With no secret
    // given, a random one is generated (32 bytes, base64url).
    Result<AppCredential> rotate(const QString &application, qint64 clusterId, qint64 graceSeconds,
                                 const SecretBytes &newSecret = {}, const QString &username = {});
    // Revokes one version now; version 0 revokes every version of that application on that cluster.
    Status revoke(const QString &application, qint64 clusterId, int version = 0);

    // Metadata only, newest version first. Empty application: every application.
    Result<QList<AppCredential>> list(const QString &application = {}) const;
    // The current version (the newest valid one) at that moment.
    Result<std::optional<AppCredential>> current(const QString &application, qint64 clusterId,
                                                 const QDateTime &at = QDateTime::currentDateTimeUtc()) const;
    // Every version valid at that moment (the current one and those in their grace period).
    Result<QList<AppCredential>> validAt(const QString &application, qint64 clusterId,
                                         const QDateTime &at = QDateTime::currentDateTimeUtc()) const;
    // Records in the audit log that a credential's secret left the vault in clear (a revealed
    // snippet copied, saved or printed), and for what; never the secret itself.
    Status recordReveal(const QString &application, qint64 clusterId, int version, const QString &purpose) const;
    // The secret of one version. Needs the vault unlocked.
    Result<SecretBytes> secret(const AppCredential &credential) const;

    // The librdkafka connection for a credential on a cluster, and, with the vault unlocked,
    // sasl.password in secrets. Applications may use another listener than the crawler: the
    // cluster labels "client.bootstrap.servers" and "client.security.protocol" win over the
    // cluster's bootstrap list and security.protocol property; a protocol that is not SASL_*
    // becomes SASL_SSL (a credential means SASL).
    Result<ClientConfig> clientConfig(const Cluster &cluster, const AppCredential &credential,
                                      bool includeSecret = true) const;

private:
    static QByteArray associatedData(const QString &application, qint64 clusterId, int version);
    Result<QList<AppCredential>> query(const QString &where, const QVariantList &args) const;
    Result<AppCredential> insertVersion(const QString &application, qint64 clusterId, const QString &mechanism,
                                        const QString &username, const SecretBytes &secret,
                                        std::optional<qint64> graceSeconds, const QString &action);
    const Database &m_db;
    Vault &m_vault;
};

} // namespace Switchboard
