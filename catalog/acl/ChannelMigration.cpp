#include "acl/ChannelMigration.h"

#include "routing/GrantStore.h"

#include <QObject>

namespace Switchboard {

Result<MigrationOutcome> ChannelMigration::rebind(const QString &uri, const QString &environment, const QString &cluster,
                                                  const QString &topic, bool force) const
{
    auto moved = ChannelStore(m_db).rebind(uri, environment, cluster, topic, force);
    if (!moved)
        return makeError(moved.error());
    MigrationOutcome outcome;
    outcome.binding = *moved;

    GrantFilter filter;
    filter.channel = outcome.binding.binding.binding.channel;
    auto grants = GrantStore(m_db).list(filter);
    if (!grants)
        return makeError(grants.error());
    const AclProvisioner provisioner(m_db, m_connector, m_timeoutMs);
    for (const GrantRecord &g : *grants) {
        if (!g.active())
            continue;
        auto recorded = provisioner.recorded(g.grant.id);
        if (!recorded)
            return makeError(recorded.error());
        if (recorded->isEmpty())
            continue;   // its ACLs are not managed here
        GrantAclFollowUp followUp{g.grant.id, g.application, std::nullopt, {}};
        auto report = provisioner.reconcile(g.grant.id);
        if (report)
            followUp.report = *report;
        else
            followUp.error = QObject::tr("the ACLs of grant #%1 (%2) did not follow: %3; once the cluster answers, run: "
                                         "switchboard-cli grant provision %1")
                                 .arg(g.grant.id)
                                 .arg(g.application, report.error());
        outcome.grants.append(followUp);
    }
    return outcome;
}

} // namespace Switchboard
