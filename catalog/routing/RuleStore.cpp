#include "routing/RuleStore.h"

#include "audit/AuditLog.h"
#include "routing/Resolver.h"
#include "routing/RoutingModelStore.h"
#include "routing/RulePattern.h"
#include "store/StoreSupport.h"

#include <QJsonObject>

namespace Switchboard {

using namespace Internal;

PatternRule RuleStore::normalized(PatternRule rule)
{
    rule.environment = rule.environment.trimmed();
    rule.hostPattern = rule.hostPattern.trimmed().toLower();
    rule.pathPattern = rule.pathPattern.trimmed();
    while (rule.pathPattern.startsWith(QLatin1Char('/')))
        rule.pathPattern.remove(0, 1);
    rule.topicTemplate = rule.topicTemplate.trimmed();
    return rule;
}

Result<PatternRule> RuleStore::add(PatternRule rule, const QString &cluster) const
{
    auto clusterId = clusterIdByName(m_db, cluster);
    if (!clusterId)
        return makeError(clusterId.error());
    rule = normalized(rule);
    rule.id = 0;
    rule.clusterId = *clusterId;
    auto tx = m_db.transaction();
    auto model = RoutingModelStore::load(m_db);
    if (!model)
        return makeError(model.error());
    if (auto st = Resolver::checkRule(*model, rule); !st)
        return makeError(st.error());
    if (auto st = execute(m_db, QStringLiteral("INSERT INTO routing_rules(environment, host_pattern, path_pattern, topic_template, "
                                               "cluster_id, description, created_at, created_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                          {rule.environment, rule.hostPattern, rule.pathPattern, rule.topicTemplate, rule.clusterId,
                           nonNull(rule.description), nowUtc(), AuditLog::currentActor()});
        !st)
        return makeError(st.error());
    rule.id = m_db.lastInsertId();
    if (auto st = AuditLog(m_db).record(QStringLiteral("rule.add"), QStringLiteral("rule:%1").arg(rule.id),
                                        {{QStringLiteral("environment"), rule.environment},
                                         {QStringLiteral("rule"), RulePattern::describe(rule)},
                                         {QStringLiteral("cluster"), cluster}});
        !st)
        return makeError(st.error());
    if (auto st = tx.commit(); !st)
        return makeError(st.error());
    return rule;
}

Status RuleStore::remove(qint64 id) const
{
    auto tx = m_db.transaction();
    if (auto st = execute(m_db, QStringLiteral("DELETE FROM routing_rules WHERE id = ?"), {id}); !st)
        return st;
    if (m_db.changes() == 0)
        return makeError(QObject::tr("There is no rule #%1").arg(id));
    if (auto st = AuditLog(m_db).record(QStringLiteral("rule.remove"), QStringLiteral("rule:%1").arg(id)); !st)
        return st;
    return tx.commit();
}

Result<QList<RuleInfo>> RuleStore::list() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT r.id, r.environment, r.host_pattern, r.path_pattern, r.topic_template, "
                                            "r.cluster_id, r.description, c.name FROM routing_rules r "
                                            "JOIN clusters c ON c.id = r.cluster_id ORDER BY r.environment, r.id"));
    if (!stmt)
        return makeError(stmt.error());
    QList<RuleInfo> out;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) {
            out.append(RuleInfo{PatternRule{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.integer(5), s.text(6)},
                                s.text(7)});
        });
        !st)
        return makeError(st.error());
    return out;
}

} // namespace Switchboard
