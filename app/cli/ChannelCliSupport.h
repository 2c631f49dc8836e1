#pragma once

// Helpers shared by the channel, grant and request commands (not API).

#include "Cli.h"
#include "requests/Role.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Switchboard::Cli::Internal {

inline QString value(const QCommandLineParser &p, const char *name) { return p.value(QString::fromLatin1(name)); }
inline bool isSet(const QCommandLineParser &p, const char *name) { return p.isSet(QString::fromLatin1(name)); }

// The platform engineer's actions; a developer's catalog refuses them. This is a setting, not
// security: enforcement between people comes with the shared workspace.
inline bool requirePlatformEngineer(Context &ctx, const Database &db, const QString &action, int *status)
{
    if (RoleSetting::current(db) == Role::PlatformEngineer)
        return true;
    *status = ctx.fail(QObject::tr("%1 is a platform engineer's action; this catalog's role is developer "
                                   "(switchboard-cli role set platform-engineer)").arg(action));
    return false;
}

} // namespace Switchboard::Cli::Internal
