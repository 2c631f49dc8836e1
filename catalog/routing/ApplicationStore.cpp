#include "routing/ApplicationStore.h"

#include "audit/AuditLog.h"
#include "store/StoreSupport.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace Switchboard {

using namespace Internal;

Status ApplicationStore::validateName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
    if (!re.match(name).hasMatch())
        return makeError(QObject::tr("\"%1\" is not a valid application name: use letters, digits, '.', '_' and '-', "
                                     "starting with a letter or digit").arg(name));
    return {};
}

Status ApplicationStore::validatePrincipal(const QString &principal)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9]*:\\S+$"));
    if (!re.match(principal).hasMatch())
        return makeError(QObject::tr("\"%1\" is not a Kafka principal; expected Type:name, e.g. User:alice").arg(principal));
    return {};
}

Result<Application> ApplicationStore::add(const Application &app) const
{
    if (auto st = validateName(app.name); !st)
        return makeError(st.error());
    auto existing = find(app.name);
    if (!existing)
        return makeError(existing.error());
    if (existing->has_value())
        return makeError(QObject::tr("An application named \"%1\" exists already").arg(app.name));
    auto tx = m_db.transaction();
    const QString now = nowUtc();
    if (auto st = execute(m_db, QStringLiteral("INSERT INTO applications(name, owner_team, description, created_at, updated_at) "
                                               "VALUES(?, ?, ?, ?, ?)"),
                          {app.name, nonNull(app.ownerTeam), nonNull(app.description), now, now});
        !st)
        return makeError(st.error());
    Application added = app;
    added.id = m_db.lastInsertId();
    for (auto it = app.principals.cbegin(); it != app.principals.cend(); ++it) {
        if (auto st = validatePrincipal(it.value()); !st)
            return makeError(st.error());
        if (auto st = execute(m_db, QStringLiteral("INSERT INTO application_principals VALUES(?, ?, ?)"),
                              {added.id, it.key(), it.value()});
            !st)
            return makeError(st.error());
    }
    if (auto st = AuditLog(m_db).record(QStringLiteral("application.add"), QStringLiteral("application:") + app.name,
                                        {{QStringLiteral("owner_team"), app.ownerTeam}});
        !st)
        return makeError(st.error());
    if (auto st = tx.commit(); !st)
        return makeError(st.error());
    return added;
}

Status ApplicationStore::update(const Application &app) const
{
    auto tx = m_db.transaction();
    if (auto st = execute(m_db, QStringLiteral("UPDATE applications SET owner_team = ?, description = ?, updated_at = ? WHERE name = ?"),
                          {nonNull(app.ownerTeam), nonNull(app.description), nowUtc(), app.name});
        !st)
        return st;
    if (m_db.changes() == 0)
        return makeError(QObject::tr("There is no application \"%1\"").arg(app.name));
    if (auto st = AuditLog(m_db).record(QStringLiteral("application.update"), QStringLiteral("application:") + app.name,
                                        {{QStringLiteral("owner_team"), app.ownerTeam}});
        !st)
        return st;
    return tx.commit();
}

Status ApplicationStore::remove(const QString &name) const
{
    // Its grants may have ACLs on clusters; removing the application would orphan them.
    auto grants = m_db.prepare(QStringLiteral("SELECT count(*) FROM grants g JOIN applications a ON a.id = g.application_id "
                                              "WHERE a.name = ? AND g.revoked_at IS NULL"));
    if (!grants)
        return makeError(grants.error());
    grants->bind(1, name);
    if (auto row = grants->next(); !row)
        return makeError(row.error());
    if (const qint64 n = grants->integer(0); n > 0)
        return makeError(QObject::tr("Application %1 still holds %n active grant(s); revoke them first (their ACLs go with them)", nullptr,
                                         int(n))
                             .arg(name));
    auto tx = m_db.transaction();
    if (auto st = execute(m_db, QStringLiteral("DELETE FROM applications WHERE name = ?"), {name}); !st)
        return st;
    if (m_db.changes() == 0)
        return makeError(QObject::tr("There is no application \"%1\"").arg(name));
    if (auto st = AuditLog(m_db).record(QStringLiteral("application.remove"), QStringLiteral("application:") + name); !st)
        return st;
    return tx.commit();
}

Result<QList<Application>> ApplicationStore::query(const QString &where, const QString &arg) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, name, owner_team, description FROM applications %1 ORDER BY name").arg(where));
    if (!stmt)
        return makeError(stmt.error());
    if (!arg.isNull())
        stmt->bind(1, arg);
    QList<Application> apps;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) {
            apps.append(Application{s.integer(0), s.text(1), s.text(2), s.text(3), {}});
        });
        !st)
        return makeError(st.error());
    auto principals = m_db.prepare(QStringLiteral("SELECT cluster_id, principal FROM application_principals WHERE application_id = ?"));
    if (!principals)
        return makeError(principals.error());
    for (Application &app : apps) {
        principals->reset();
        principals->bind(1, app.id);
        if (auto st = forEachRow(*principals, [&](const Statement &s) { app.principals.insert(s.integer(0), s.text(1)); }); !st)
            return makeError(st.error());
    }
    return apps;
}

Result<QList<Application>> ApplicationStore::list() const { return query(QString(), QString()); }

Result<std::optional<Application>> ApplicationStore::find(const QString &name) const
{
    auto apps = query(QStringLiteral("WHERE name = ?"), name);
    if (!apps)
        return makeError(apps.error());
    if (apps->isEmpty())
        return std::optional<Application>();
    return std::optional<Application>(apps->first());
}

Status ApplicationStore::setPrincipal(const QString &application, const QString &cluster, const QString &principal) const
{
    auto app = find(application);
    if (!app)
        return makeError(app.error());
    if (!app->has_value())
        return makeError(QObject::tr("There is no application \"%1\"").arg(application));
    auto clusterId = clusterIdByName(m_db, cluster);
    if (!clusterId)
        return makeError(clusterId.error());
    if (!principal.isEmpty()) {
        if (auto st = validatePrincipal(principal); !st)
            return st;
    }
    auto tx = m_db.transaction();
    Status st = principal.isEmpty()
        ? execute(m_db, QStringLiteral("DELETE FROM application_principals WHERE application_id = ? AND cluster_id = ?"),
                  {(*app)->id, *clusterId})
        : execute(m_db, QStringLiteral("INSERT INTO application_principals VALUES(?, ?, ?) "
                                       "ON CONFLICT(application_id, cluster_id) DO UPDATE SET principal = excluded.principal"),
                  {(*app)->id, *clusterId, principal});
    if (!st)
        return st;
    if (auto st2 = AuditLog(m_db).record(QStringLiteral("application.principal"), QStringLiteral("application:") + application,
                                         {{QStringLiteral("cluster"), cluster}, {QStringLiteral("principal"), principal}});
        !st2)
        return st2;
    return tx.commit();
}

} // namespace Switchboard
