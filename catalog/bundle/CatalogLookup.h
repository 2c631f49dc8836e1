#pragma once

// The routing service's answer computed from the catalog, without a routing service: the
// approved state a bundle would carry (BundleCompiler::gather, without secrets) as a
// LookupSource, answered by the same LookupAnswer::resolve the service runs. The portal's
// "Try the lookup" uses it when no routing service can be asked; the password in its answer is
// always empty (the secrets stay in the vault).

#include "bundle/BundleCompiler.h"
#include "routing/LookupAnswer.h"

#include <QHash>

namespace Switchboard {

class Database;

class CatalogLookup : public LookupSource {
public:
    static Result<std::shared_ptr<const CatalogLookup>> load(const Database &db);

    // The answer for a registered application (401 for an unknown one, as the service says).
    LookupAnswer answer(const QString &application, const LookupRequest &lookup) const;

    const LookupProfile *profile(const QString &name) const override;
    QStringList profileNames() const override;
    RoutingModel modelFor(const Application &application, const QString &canonicalChannel) const override;
    const RoutedCluster *cluster(qint64 id) const override;
    const LookupCredential *credential(qint64 applicationId, qint64 clusterId) const override;
    QString securityProtocol(qint64 clusterId) const override;

private:
    CatalogLookup() = default;
    RoutingModel m_model;
    QMap<qint64, RoutedCluster> m_clusters;   // with the applications' listener
    QHash<qint64, QString> m_protocols;
    QList<LookupProfile> m_profiles;
    QHash<QPair<qint64, qint64>, LookupCredential> m_credentials;
};

} // namespace Switchboard
