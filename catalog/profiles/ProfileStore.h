#pragma once

// The config profiles: the vetted built-ins (in code, read-only) and the platform team's own
// (in the catalog). Custom profiles are validated before they are stored (ProfileValidator:
// errors refuse, warnings pass) and versioned: every change records who, when and the diff
// against the previous version (table profile_versions), and is audited.
//
// Names are unique across built-in and custom profiles.

#include "core/Result.h"
#include "profiles/Profile.h"
#include "profiles/ProfileValidator.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace Switchboard {

class Database;

struct ProfileVersion {
    QString profile;
    int version = 0;
    QDateTime at;
    QString actor;
    Profile snapshot;
    // {"added": {name: value}, "removed": {name: value}, "changed": {name: {"from": v, "to": v}},
    //  "role": {"from","to"}, "description": {"from","to"}, "reasons": {...}} (keys present only
    // when something changed).
    QJsonObject diff;
};

class ProfileStore {
public:
    explicit ProfileStore(const Database &db) : m_db(db) {}

    // durableWrite, highThroughputProducer, lowLatencyProducer, highThroughputConsumer,
    // safeConsumer: each property with its reason.
    static const QList<Profile> &builtins();
    static std::optional<Profile> builtin(const QString &name);

    // Built-ins first, then custom profiles by name.
    Result<QList<Profile>> list() const;
    Result<std::optional<Profile>> find(const QString &name) const;

    // Stores a new custom profile (version 1). Refused if invalid or the name is taken.
    Result<Profile> add(Profile profile, const QString &actor = {}) const;
    // Replaces a custom profile's role, description, properties and reasons (next version).
    // Built-ins are refused. No change, no new version.
    Result<Profile> update(Profile profile, const QString &actor = {}) const;
    // Copies any profile (built-in or custom) to a new custom profile.
    Result<Profile> copy(const QString &from, const QString &to, const QString &actor = {}) const;
    Status remove(const QString &name, const QString &actor = {}) const;

    // Newest first.
    Result<QList<ProfileVersion>> history(const QString &name) const;

    static QJsonObject diff(const Profile &before, const Profile &after);

private:
    Result<QList<Profile>> customProfiles(const QString &name) const;
    Status recordVersion(const Profile &profile, const QJsonObject &diff, const QString &actor) const;
    const Database &m_db;
};

} // namespace Switchboard
