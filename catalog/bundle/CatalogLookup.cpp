#include "bundle/CatalogLookup.h"

#include "vault/Vault.h"

#include <QObject>

namespace Switchboard {

Result<std::shared_ptr<const CatalogLookup>> CatalogLookup::load(const Database &db)
{
    Vault locked(db);   // no secrets are read: a locked vault will do
    auto sources = BundleCompiler::gather(db, locked, false);
    if (!sources)
        return makeError(sources.error());
    std::shared_ptr<CatalogLookup> lookup(new CatalogLookup);
    lookup->m_model = sources->model;
    for (const RoutedCluster &c : sources->model.clusters) {
        RoutedCluster routed = c;
        const auto access = sources->access.constFind(c.id);
        if (access != sources->access.cend()) {
            if (!access->bootstrapServers.isEmpty())
                routed.bootstrapServers = access->bootstrapServers;
            lookup->m_protocols.insert(c.id, access->securityProtocol);
        }
        lookup->m_clusters.insert(c.id, routed);
    }
    for (const BundleSources::ProfileEntry &p : sources->profiles)
        lookup->m_profiles.append(LookupProfile{p.name, p.role, p.properties});
    for (const BundleSources::Credential &c : sources->credentials)
        lookup->m_credentials.insert(qMakePair(c.applicationId, c.clusterId),
                                     LookupCredential{c.mechanism, c.username, {}, c.validUntil});
    return std::shared_ptr<const CatalogLookup>(std::move(lookup));
}

LookupAnswer CatalogLookup::answer(const QString &application, const LookupRequest &lookup) const
{
    const Application *app = m_model.findApplication(application);
    if (!app) {
        LookupAnswer unknown;
        unknown.status = 401;
        unknown.message = QObject::tr("unknown application %1").arg(application);
        return unknown;
    }
    return LookupAnswer::resolve(*this, *app, lookup);
}

const LookupProfile *CatalogLookup::profile(const QString &name) const
{
    for (const LookupProfile &p : m_profiles) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QStringList CatalogLookup::profileNames() const { return sortedProfileNames(m_profiles); }

RoutingModel CatalogLookup::modelFor(const Application &, const QString &) const
{
    return m_model;   // a handful of rows in a catalog: the resolver reads the whole model
}

const RoutedCluster *CatalogLookup::cluster(qint64 id) const
{
    const auto it = m_clusters.constFind(id);
    return it == m_clusters.cend() ? nullptr : &*it;
}

const LookupCredential *CatalogLookup::credential(qint64 applicationId, qint64 clusterId) const
{
    const auto it = m_credentials.constFind(qMakePair(applicationId, clusterId));
    return it != m_credentials.cend() && it->isValidAt(QDateTime::currentDateTimeUtc()) ? &*it : nullptr;
}

QString CatalogLookup::securityProtocol(qint64 clusterId) const { return m_protocols.value(clusterId); }

} // namespace Switchboard
