#include "ClusterFixture.h"

#include "clusters/ClusterStore.h"

namespace Switchboard::Test {

Cluster addCluster(const Database &db, const QString &name, const QString &bootstrap, const QMap<QString, QString> &properties)
{
    Cluster c;
    c.name = name;
    c.bootstrapServers = bootstrap;
    c.properties = properties;
    auto added = ClusterStore(db).add(c);
    return added ? *added : Cluster{};
}

} // namespace Switchboard::Test
