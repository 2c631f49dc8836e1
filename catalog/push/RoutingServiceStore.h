#pragma once

// The routing services registered in the portal (name, URL, public key) and what each holds:
// the version and state hash of its last good push, and the last error. Also the monotonic
// bundle version counter and the record of every push.

#include "bundle/BundlePayload.h"
#include "core/Result.h"
#include "store/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

struct RoutingService {
    qint64 id = 0;
    QString name;
    QString url;
    QByteArray publicKey;   // X25519, 32 bytes
    QDateTime createdAt;
    qint64 deployedVersion = 0;   // 0: never pushed
    QString deployedStateHash;
    QDateTime deployedAt;
    QDateTime lastAttemptAt;
    QString lastError;
    QByteArray caCertificates;   // PEM: CAs trusted for this service's HTTPS besides the system's; empty: system only

    // Deployed, but compiled from another state than currentStateHash.
    bool isStale(const QString &currentStateHash) const
    {
        return deployedVersion == 0 || deployedStateHash != currentStateHash;
    }
};

struct PushRecord {
    QString service;
    qint64 version = 0;
    QDateTime at;
    bool ok = false;
    int httpStatus = 0;
    int attempts = 0;
    QString message;
};

class RoutingServiceStore {
public:
    explicit RoutingServiceStore(const Database &db) : m_db(db) {}

    // URL: http(s)://host[:port][/prefix]; key: base64 of 32 bytes; caPem: PEM certificates of
    // the CA (or the self-signed certificate) the service's HTTPS certificate chains to, checked
    // here (only for https). Audited.
    Result<RoutingService> add(const QString &name, const QString &url, const QString &publicKeyBase64,
                               const QByteArray &caPem = {}) const;
    // Replaces the URL, the key and the CA certificates of a registered service. Audited.
    Result<RoutingService> update(const QString &name, const QString &url, const QString &publicKeyBase64,
                                  const QByteArray &caPem) const;
    // Parses PEM CA certificates: at least one, every block a certificate, none expired.
    static Status validateCaCertificates(const QByteArray &pem);
    Status remove(const QString &name) const;
    Result<QList<RoutingService>> list() const;
    Result<std::optional<RoutingService>> find(const QString &name) const;

    // Reserves the next bundle version (greater than any compiled or deployed one).
    Result<qint64> nextVersion(const QString &stateHash) const;
    Status recordPush(const RoutingService &service, qint64 version, const QString &stateHash, bool ok,
                      int httpStatus, int attempts, const QString &message) const;
    Result<QList<PushRecord>> history(const QString &service = {}, int limit = 100) const;

    // The catalog-wide "push automatically" setting (settings table, so the desktop and the CLI
    // agree): after a change that makes a service stale, push to the stale services. Off by default.
    static bool autoPush(const Database &db);
    static Status setAutoPush(const Database &db, bool on);

    // The catalog-wide bundle lifetime: a pushed bundle's not-after time is this many seconds
    // after it was compiled; no routing service installs it later (no rollback by replaying an
    // old bundle). Default BundlePayload::kDefaultLifetimeSeconds (30 days); between one hour
    // and 366 days. Longer means a service keeps its kept bundle through a longer portal outage.
    static constexpr qint64 kMinBundleLifetimeSeconds = 3600;
    static constexpr qint64 kMaxBundleLifetimeSeconds = 366 * 24 * 3600;
    static qint64 bundleLifetimeSeconds(const Database &db);
    static Status setBundleLifetimeSeconds(const Database &db, qint64 seconds);

private:
    Result<QString> checkedUrl(const QString &url) const;
    // What add() and update() both check: the URL, the public key, the CA file for https.
    struct Registration {
        QString url;
        QByteArray publicKey;
    };
    Result<Registration> checkedRegistration(const QString &url, const QString &publicKeyBase64,
                                             const QByteArray &caPem) const;
    // The end of add() and update(): the audit record, the commit, the service as stored.
    Result<RoutingService> auditCommitAndFind(Database::Transaction &tx, const QString &action, const QString &name,
                                              const Registration &registration, bool customCa) const;
    const Database &m_db;
};

} // namespace Switchboard
