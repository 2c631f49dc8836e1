#include "routing/GrantStore.h"

#include "audit/AuditLog.h"
#include "routing/ApplicationStore.h"
#include "routing/ChannelUri.h"
#include "store/StoreSupport.h"

#include <QJsonObject>

namespace Switchboard {

using namespace Internal;

Status GrantStore::validate(Intent intent, const QString &consumerGroup)
{
    if (intent == Intent::Consume && consumerGroup.trimmed().isEmpty())
        return makeError(QObject::tr("A consume grant names the consumer group (or a group prefix) the application uses"));
    if (intent == Intent::Produce && !consumerGroup.isEmpty())
        return makeError(QObject::tr("A produce grant takes no consumer group"));
    for (QChar c : consumerGroup) {
        if (c.isSpace() || !c.isPrint())
            return makeError(QObject::tr("Consumer group \"%1\" contains a space or control character").arg(consumerGroup));
    }
    return {};
}

Result<GrantRecord> GrantStore::add(const QString &application, const QString &channel, Intent intent,
                                    const QString &consumerGroup, bool groupIsPrefix, const QString &requestUuid) const
{
    auto uri = ChannelUri::parse(channel);
    if (!uri)
        return makeError(uri.error());
    if (auto st = validate(intent, consumerGroup); !st)
        return makeError(st.error());
    auto app = ApplicationStore(m_db).find(application);
    if (!app)
        return makeError(app.error());
    if (!app->has_value())
        return makeError(QObject::tr("There is no application \"%1\"").arg(application));
    const QString canonical = uri->toString();
    const bool prefix = intent == Intent::Consume && groupIsPrefix;

    auto existing = list(GrantFilter{application, canonical, false});
    if (!existing)
        return makeError(existing.error());
    for (const GrantRecord &g : *existing) {
        if (g.grant.intent == intent && g.grant.consumerGroup == consumerGroup && g.grant.groupIsPrefix == prefix)
            return makeError(QObject::tr("%1 holds this %2 grant on %3 already (grant #%4)")
                                 .arg(application, intentName(intent), canonical).arg(g.grant.id));
    }

    auto tx = m_db.transaction();
    const QString uuid = newUuid();
    if (auto st = execute(m_db, QStringLiteral("INSERT INTO grants(uuid, application_id, channel_uri, intent, consumer_group, "
                                               "group_is_prefix, request_uuid, created_at, created_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {uuid, (*app)->id, canonical, intentName(intent), nonNull(consumerGroup), prefix,
                           requestUuid.isEmpty() ? QVariant() : QVariant(requestUuid), nowUtc(), AuditLog::currentActor()});
        !st)
        return makeError(st.error());
    const qint64 id = m_db.lastInsertId();
    if (auto st = AuditLog(m_db).record(QStringLiteral("grant.add"), QStringLiteral("grant:%1").arg(uuid),
                                        {{QStringLiteral("application"), application},
                                         {QStringLiteral("channel"), canonical},
                                         {QStringLiteral("intent"), intentName(intent)},
                                         {QStringLiteral("consumer_group"), consumerGroup},
                                         {QStringLiteral("group_is_prefix"), prefix},
                                         {QStringLiteral("request"), requestUuid}});
        !st)
        return makeError(st.error());
    if (auto st = tx.commit(); !st)
        return makeError(st.error());
    auto added = find(id);
    if (!added)
        return makeError(added.error());
    return **added;
}

Status GrantStore::revoke(qint64 id) const
{
    auto grant = find(id);
    if (!grant)
        return makeError(grant.error());
    if (!grant->has_value())
        return makeError(QObject::tr("There is no grant #%1").arg(id));
    if (!(*grant)->active())
        return makeError(QObject::tr("Grant #%1 was revoked already").arg(id));
    auto tx = m_db.transaction();
    if (auto st = execute(m_db, QStringLiteral("UPDATE grants SET revoked_at = ?, revoked_by = ? WHERE id = ?"),
                          {nowUtc(), AuditLog::currentActor(), id});
        !st)
        return st;
    if (auto st = AuditLog(m_db).record(QStringLiteral("grant.revoke"), QStringLiteral("grant:%1").arg((*grant)->uuid),
                                        {{QStringLiteral("application"), (*grant)->application},
                                         {QStringLiteral("channel"), (*grant)->grant.channel},
                                         {QStringLiteral("intent"), intentName((*grant)->grant.intent)}});
        !st)
        return st;
    return tx.commit();
}

Result<QList<GrantRecord>> GrantStore::list(const GrantFilter &filter) const
{
    QStringList where;
    QVariantList args;
    if (!filter.application.isEmpty()) {
        where << QStringLiteral("a.name = ?");
        args << filter.application;
    }
    if (!filter.channel.isEmpty()) {
        auto uri = ChannelUri::parse(filter.channel);
        if (!uri)
            return makeError(uri.error());
        where << QStringLiteral("g.channel_uri = ?");
        args << uri->toString();
    }
    if (!filter.includeRevoked)
        where << QStringLiteral("g.revoked_at IS NULL");
    return [&]() -> Result<QList<GrantRecord>> {
        auto stmt = m_db.prepare(QStringLiteral("SELECT g.id, g.application_id, g.channel_uri, g.intent, g.consumer_group, "
                                                "g.group_is_prefix, g.uuid, a.name, g.request_uuid, g.created_at, g.created_by, "
                                                "g.revoked_at, g.revoked_by FROM grants g JOIN applications a ON a.id = g.application_id "
                                                "%1 ORDER BY g.id")
                                     .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
        if (!stmt)
            return makeError(stmt.error());
        bindAll(*stmt, args);
        QList<GrantRecord> out;
        if (auto st = forEachRow(*stmt, [&](const Statement &s) {
                GrantRecord r;
                r.grant = Grant{s.integer(0), s.integer(1), s.text(2), parseIntent(s.text(3)).value_or(Intent::Produce),
                                s.text(4), s.integer(5) != 0};
                r.uuid = s.text(6);
                r.application = s.text(7);
                r.requestUuid = s.text(8);
                r.createdAt = parseTime(s.text(9));
                r.createdBy = s.text(10);
                r.revokedAt = s.isNull(11) ? QDateTime() : parseTime(s.text(11));
                r.revokedBy = s.text(12);
                out.append(r);
            });
            !st)
            return makeError(st.error());
        return out;
    }();
}

Result<std::optional<GrantRecord>> GrantStore::find(qint64 id) const
{
    auto all = list(GrantFilter{{}, {}, true});
    if (!all)
        return makeError(all.error());
    for (const GrantRecord &g : *all) {
        if (g.grant.id == id)
            return std::optional<GrantRecord>(g);
    }
    return std::optional<GrantRecord>();
}

} // namespace Switchboard
