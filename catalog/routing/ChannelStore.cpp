#include "routing/ChannelStore.h"

#include "audit/AuditLog.h"
#include "routing/ChannelUri.h"
#include "routing/RulePattern.h"
#include "store/StoreSupport.h"

#include <QJsonObject>

namespace Switchboard {

using namespace Internal;

namespace {

bool tableExists(const Database &db, const char *name)
{
    auto stmt = db.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    if (!stmt)
        return false;
    stmt->bind(1, name);
    auto row = stmt->next();
    return row && *row;
}

Result<QString> canonical(const QString &uri)
{
    auto parsed = ChannelUri::parse(uri);
    if (!parsed)
        return makeError(parsed.error());
    return parsed->toString();
}

// An optional channel filter in canonical form; empty for none.
Result<QString> canonicalFilter(const QString &uri)
{
    if (uri.isEmpty())
        return QString();
    return canonical(uri);
}

} // namespace

Result<ChannelStore::TopicKnowledge> ChannelStore::topicKnowledge(qint64 clusterId, const QString &topic) const
{
    // The crawl's schema brings the topics table; without it the catalog knows no topic.
    if (!tableExists(m_db, "topics"))
        return TopicKnowledge::Unknown;
    auto stmt = m_db.prepare(QStringLiteral("SELECT status FROM topics WHERE cluster_id = ? AND name = ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, clusterId).bind(2, topic);
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    if (!*row)
        return TopicKnowledge::Unknown;
    return stmt->text(0) == QLatin1String("active") ? TopicKnowledge::Active : TopicKnowledge::Deleted;
}

Result<Channel> ChannelStore::addChannel(const QString &uri, const QString &description, const QString &ownerTeam) const
{
    auto c = canonical(uri);
    if (!c)
        return makeError(c.error());
    auto existing = findChannel(*c);
    if (!existing)
        return makeError(existing.error());
    if (existing->has_value())
        return makeError(QObject::tr("The channel %1 exists already").arg(*c));
    auto tx = m_db.transaction();
    if (auto st = execute(m_db, QStringLiteral("INSERT INTO channels(uri, description, owner_team, created_at, created_by) "
                                               "VALUES(?, ?, ?, ?, ?)"),
                          {*c, nonNull(description), nonNull(ownerTeam), nowUtc(), AuditLog::currentActor()});
        !st)
        return makeError(st.error());
    Channel channel{m_db.lastInsertId(), *c, description, ownerTeam};
    if (auto st = AuditLog(m_db).record(QStringLiteral("channel.add"), QStringLiteral("channel:") + *c); !st)
        return makeError(st.error());
    if (auto st = tx.commit(); !st)
        return makeError(st.error());
    return channel;
}

Result<Channel> ChannelStore::ensureChannel(const QString &uri) const
{
    auto c = canonical(uri);
    if (!c)
        return makeError(c.error());
    auto existing = findChannel(*c);
    if (!existing)
        return makeError(existing.error());
    if (existing->has_value())
        return **existing;
    return addChannel(*c);
}

Status ChannelStore::removeChannel(const QString &uri) const
{
    auto c = canonical(uri);
    if (!c)
        return makeError(c.error());
    auto stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM grants WHERE channel_uri = ? AND revoked_at IS NULL"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, *c);
    if (auto row = stmt->next(); !row)
        return makeError(row.error());
    if (const qint64 n = stmt->integer(0); n > 0)
        return makeError(QObject::tr("%1 still has %n active grant(s); revoke them first", nullptr, int(n)).arg(*c));
    auto tx = m_db.transaction();
    if (auto st = execute(m_db, QStringLiteral("DELETE FROM channels WHERE uri = ?"), {*c}); !st)
        return st;
    if (m_db.changes() == 0)
        return makeError(QObject::tr("There is no channel %1").arg(*c));
    if (auto st = AuditLog(m_db).record(QStringLiteral("channel.remove"), QStringLiteral("channel:") + *c); !st)
        return st;
    return tx.commit();
}

Result<QList<Channel>> ChannelStore::channels() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, uri, description, owner_team FROM channels ORDER BY uri"));
    if (!stmt)
        return makeError(stmt.error());
    QList<Channel> out;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) { out.append(Channel{s.integer(0), s.text(1), s.text(2), s.text(3)}); });
        !st)
        return makeError(st.error());
    return out;
}

Result<std::optional<Channel>> ChannelStore::findChannel(const QString &uri) const
{
    auto c = canonical(uri);
    if (!c)
        return makeError(c.error());
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, uri, description, owner_team FROM channels WHERE uri = ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, *c);
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    if (!*row)
        return std::optional<Channel>();
    return std::optional<Channel>(Channel{stmt->integer(0), stmt->text(1), stmt->text(2), stmt->text(3)});
}

Result<BindOutcome> ChannelStore::bind(const QString &uri, const QString &environment, const QString &cluster,
                                       const QString &topic, bool force) const
{
    return write(uri, environment, cluster, topic, force, false);
}

Result<BindOutcome> ChannelStore::rebind(const QString &uri, const QString &environment, const QString &cluster,
                                         const QString &topic, bool force) const
{
    return write(uri, environment, cluster, topic, force, true);
}

Result<BindOutcome> ChannelStore::write(const QString &uri, const QString &environmentIn, const QString &cluster,
                                        const QString &topic, bool force, bool rebinding) const
{
    auto c = canonical(uri);
    if (!c)
        return makeError(c.error());
    const QString environment = environmentIn.trimmed();
    if (environment.isEmpty())
        return makeError(QObject::tr("A binding needs an environment (e.g. prod, dev)"));
    if (!RulePattern::isValidTopicName(topic))
        return makeError(QObject::tr("\"%1\" is not a valid topic name").arg(topic));
    auto clusterId = clusterIdByName(m_db, cluster);
    if (!clusterId)
        return makeError(clusterId.error());

    BindOutcome outcome;
    auto known = topicKnowledge(*clusterId, topic);
    if (!known)
        return makeError(known.error());
    if (*known != TopicKnowledge::Active) {
        const QString why = *known == TopicKnowledge::Deleted
            ? QObject::tr("The topic %1 was deleted from cluster %2 (as of the last crawl)").arg(topic, cluster)
            : QObject::tr("The catalog does not know a topic %1 on cluster %2 (crawl the cluster first)").arg(topic, cluster);
        if (!force)
            return makeError(why + QObject::tr("; bind anyway with force"));
        outcome.warnings.append(why + QObject::tr("; bound anyway (forced)"));
    }

    auto tx = m_db.transaction();
    auto channel = ensureChannel(*c);
    if (!channel)
        return makeError(channel.error());
    auto current = m_db.prepare(QStringLiteral("SELECT b.id, cl.name, b.topic, b.cluster_id FROM channel_bindings b "
                                               "JOIN clusters cl ON cl.id = b.cluster_id "
                                               "WHERE b.channel_id = ? AND b.environment = ?"));
    if (!current)
        return makeError(current.error());
    current->bind(1, channel->id).bind(2, environment);
    auto row = current->next();
    if (!row)
        return makeError(row.error());
    const bool exists = *row;
    const QString oldCluster = exists ? current->text(1) : QString();
    const QString oldTopic = exists ? current->text(2) : QString();
    const qint64 oldClusterId = exists ? current->integer(3) : 0;
    if (rebinding && !exists)
        return makeError(QObject::tr("%1 is not bound in %2; bind it first").arg(*c, environment));
    if (!rebinding && exists)
        return makeError(QObject::tr("%1 is bound in %2 already (to %3 on %4); use rebind to move it")
                             .arg(*c, environment, oldTopic, oldCluster));
    if (rebinding && oldClusterId == *clusterId && oldTopic == topic)
        return makeError(QObject::tr("%1 in %2 leads to %3 on %4 already").arg(*c, environment, topic, cluster));

    const QString now = nowUtc();
    const QString actor = AuditLog::currentActor();
    Status st = rebinding
        ? execute(m_db, QStringLiteral("UPDATE channel_bindings SET cluster_id = ?, topic = ?, forced = ?, updated_at = ?, "
                                       "updated_by = ? WHERE channel_id = ? AND environment = ?"),
                  {*clusterId, topic, !outcome.warnings.isEmpty(), now, actor, channel->id, environment})
        : execute(m_db, QStringLiteral("INSERT INTO channel_bindings(channel_id, environment, cluster_id, topic, forced, "
                                       "updated_at, updated_by) VALUES(?, ?, ?, ?, ?, ?, ?)"),
                  {channel->id, environment, *clusterId, topic, !outcome.warnings.isEmpty(), now, actor});
    if (!st)
        return makeError(st.error());
    const QString kind = rebinding ? QStringLiteral("rebind") : QStringLiteral("bind");
    if (auto st2 = execute(m_db, QStringLiteral("INSERT INTO binding_history(channel_uri, environment, kind, old_cluster, old_topic, "
                                                "new_cluster, new_topic, actor, at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {*c, environment, kind, oldCluster, oldTopic, cluster, topic, actor, now});
        !st2)
        return makeError(st2.error());
    QJsonObject detail{{QStringLiteral("environment"), environment},
                       {QStringLiteral("cluster"), cluster},
                       {QStringLiteral("topic"), topic},
                       {QStringLiteral("forced"), !outcome.warnings.isEmpty()}};
    if (rebinding) {
        detail.insert(QStringLiteral("old_cluster"), oldCluster);
        detail.insert(QStringLiteral("old_topic"), oldTopic);
    }
    if (auto st2 = AuditLog(m_db).record(QStringLiteral("channel.") + kind, QStringLiteral("channel:") + *c, detail); !st2)
        return makeError(st2.error());
    if (auto st2 = tx.commit(); !st2)
        return makeError(st2.error());

    auto all = bindings(*c);
    if (!all)
        return makeError(all.error());
    for (const BindingInfo &b : *all) {
        if (b.binding.environment == environment)
            outcome.binding = b;
    }
    return outcome;
}

Status ChannelStore::unbind(const QString &uri, const QString &environment) const
{
    auto c = canonical(uri);
    if (!c)
        return makeError(c.error());
    auto all = bindings(*c);
    if (!all)
        return makeError(all.error());
    std::optional<BindingInfo> found;
    for (const BindingInfo &b : *all) {
        if (b.binding.environment == environment)
            found = b;
    }
    if (!found)
        return makeError(QObject::tr("%1 is not bound in %2").arg(*c, environment));
    auto tx = m_db.transaction();
    if (auto st = execute(m_db, QStringLiteral("DELETE FROM channel_bindings WHERE id = ?"), {found->binding.id}); !st)
        return st;
    const QString actor = AuditLog::currentActor();
    if (auto st = execute(m_db, QStringLiteral("INSERT INTO binding_history(channel_uri, environment, kind, old_cluster, old_topic, "
                                               "actor, at) VALUES(?, ?, 'unbind', ?, ?, ?, ?)"),
                          {*c, environment, found->cluster, found->binding.topic, actor, nowUtc()});
        !st)
        return st;
    if (auto st = AuditLog(m_db).record(QStringLiteral("channel.unbind"), QStringLiteral("channel:") + *c,
                                        {{QStringLiteral("environment"), environment},
                                         {QStringLiteral("old_cluster"), found->cluster},
                                         {QStringLiteral("old_topic"), found->binding.topic}});
        !st)
        return st;
    return tx.commit();
}

Result<QList<BindingInfo>> ChannelStore::bindings(const QString &uri) const
{
    auto c = canonicalFilter(uri);
    if (!c)
        return c;
    auto stmt = m_db.prepare(QStringLiteral("SELECT b.id, ch.uri, b.environment, b.cluster_id, b.topic, cl.name, b.forced, "
                                            "b.updated_at, b.updated_by FROM channel_bindings b "
                                            "JOIN channels ch ON ch.id = b.channel_id JOIN clusters cl ON cl.id = b.cluster_id %1 "
                                            "ORDER BY ch.uri, b.environment")
                                 .arg(c->isEmpty() ? QString() : QStringLiteral("WHERE ch.uri = ?")));
    if (!stmt)
        return makeError(stmt.error());
    if (!c->isEmpty())
        stmt->bind(1, *c);
    QList<BindingInfo> out;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) {
            out.append(BindingInfo{Binding{s.integer(0), s.text(1), s.text(2), s.integer(3), s.text(4)}, s.text(5),
                                   s.integer(6) != 0, parseTime(s.text(7)), s.text(8)});
        });
        !st)
        return st;
    return out;
}

Result<QList<BindingChange>> ChannelStore::history(const QString &uri) const
{
    auto c = canonicalFilter(uri);
    if (!c)
        return c;
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, channel_uri, environment, kind, old_cluster, old_topic, new_cluster, "
                                            "new_topic, actor, at FROM binding_history %1 ORDER BY id DESC")
                                 .arg(c->isEmpty() ? QString() : QStringLiteral("WHERE channel_uri = ?")));
    if (!stmt)
        return makeError(stmt.error());
    if (!c->isEmpty())
        stmt->bind(1, *c);
    QList<BindingChange> out;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) {
            out.append(BindingChange{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6),
                                     s.text(7), s.text(8), parseTime(s.text(9))});
        });
        !st)
        return st;
    return out;
}

} // namespace Switchboard
