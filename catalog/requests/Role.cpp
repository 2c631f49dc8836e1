#include "requests/Role.h"

#include "audit/AuditLog.h"
#include "store/StoreSupport.h"

#include <QJsonObject>

namespace Switchboard {

namespace {
const QLatin1String kKey("role");
}

QString RoleSetting::name(Role role)
{
    return role == Role::Developer ? QStringLiteral("developer") : QStringLiteral("platform-engineer");
}

QString RoleSetting::displayName(Role role)
{
    return role == Role::Developer ? QObject::tr("Developer") : QObject::tr("Platform engineer");
}

std::optional<Role> RoleSetting::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("developer"))
        return Role::Developer;
    if (t == QLatin1String("platform-engineer") || t == QLatin1String("platform"))
        return Role::PlatformEngineer;
    return std::nullopt;
}

Role RoleSetting::current(const Database &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!stmt)
        return Role::PlatformEngineer;
    stmt->bind(1, QString(kKey));
    auto row = stmt->next();
    if (!row || !*row)
        return Role::PlatformEngineer;
    return parse(stmt->text(0)).value_or(Role::PlatformEngineer);
}

Status RoleSetting::set(const Database &db, Role role)
{
    auto tx = db.transaction();
    if (auto st = Internal::execute(db, QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                    {QString(kKey), name(role)});
        !st)
        return st;
    if (auto st = AuditLog(db).record(QStringLiteral("settings.role"), QStringLiteral("settings:role"),
                                      {{QStringLiteral("role"), name(role)}});
        !st)
        return st;
    return tx.commit();
}

} // namespace Switchboard
