#pragma once

// The crawler's secret connection properties per cluster (e.g. sasl.password), sealed in the
// vault (vault_secrets kind "cluster", name = cluster name). ClusterStore refuses secrets in a
// cluster's plain properties; they live here instead.

#include "core/Result.h"
#include "kafka/ClientConfig.h"

#include <QMap>
#include <QString>

namespace Switchboard {

class Vault;

class ClusterSecretStore {
public:
    explicit ClusterSecretStore(Vault &vault) : m_vault(vault) {}

    // Replaces the cluster's secrets (names must be secret properties librdkafka accepts). Audited.
    Status set(const QString &cluster, const QMap<QString, QString> &secrets);
    Status clear(const QString &cluster);
    // The names only; needs no unlocked vault.
    Result<QStringList> names(const QString &cluster) const;
    // Adds the secrets to a client configuration (vault unlocked).
    Status apply(const QString &cluster, ClientConfig &config) const;

private:
    Vault &m_vault;
};

} // namespace Switchboard
