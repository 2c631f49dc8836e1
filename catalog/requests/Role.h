#pragma once

// Who the person at this desktop is, for the UI and the CLI: a platform engineer (curates,
// binds, writes rules, approves and declines) or a developer (discovers, requests access,
// withdraws their own requests). Stored in the catalog's settings table.
//
// This is a setting, not a security boundary: whoever can write the catalog file can change it.
// Enforcement between people comes with the shared workspace.

#include "core/Result.h"

#include <QString>

#include <optional>

namespace Switchboard {

class Database;

enum class Role { PlatformEngineer, Developer };

class RoleSetting {
public:
    // "platform-engineer" / "developer".
    static QString name(Role role);
    static QString displayName(Role role);   // translated
    static std::optional<Role> parse(const QString &text);

    // A catalog without the setting belongs to a platform engineer: they set it up.
    static Role current(const Database &db);
    static Status set(const Database &db, Role role);
};

} // namespace Switchboard
