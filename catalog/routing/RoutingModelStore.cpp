#include "routing/RoutingModelStore.h"

#include "routing/ApplicationStore.h"
#include "routing/ChannelStore.h"
#include "routing/RuleStore.h"
#include "store/StoreSupport.h"

namespace Switchboard {

using namespace Internal;

Result<RoutingModel> RoutingModelStore::load(const Database &db)
{
    RoutingModel m;
    auto clusters = db.prepare(QStringLiteral("SELECT id, name, environment, bootstrap_servers FROM clusters"));
    if (!clusters)
        return makeError(clusters.error());
    if (auto st = forEachRow(*clusters, [&](const Statement &s) {
            m.clusters.insert(s.integer(0), RoutedCluster{s.integer(0), s.text(1), s.text(2), s.text(3)});
        });
        !st)
        return makeError(st.error());

    auto apps = ApplicationStore(db).list();
    if (!apps)
        return makeError(apps.error());
    m.applications = *apps;

    ChannelStore channels(db);
    auto list = channels.channels();
    if (!list)
        return makeError(list.error());
    m.channels = *list;
    auto bindings = channels.bindings();
    if (!bindings)
        return makeError(bindings.error());
    for (const BindingInfo &b : *bindings)
        m.bindings.append(b.binding);

    auto rules = RuleStore(db).list();
    if (!rules)
        return makeError(rules.error());
    for (const RuleInfo &r : *rules)
        m.rules.append(r.rule);

    auto grants = db.prepare(QStringLiteral("SELECT id, application_id, channel_uri, intent, consumer_group, group_is_prefix "
                                            "FROM grants WHERE revoked_at IS NULL ORDER BY id"));
    if (!grants)
        return makeError(grants.error());
    if (auto st = forEachRow(*grants, [&](const Statement &s) {
            m.grants.append(Grant{s.integer(0), s.integer(1), s.text(2), parseIntent(s.text(3)).value_or(Intent::Produce),
                                  s.text(4), s.integer(5) != 0});
        });
        !st)
        return makeError(st.error());
    return m;
}

} // namespace Switchboard
