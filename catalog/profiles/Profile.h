#pragma once

// A config profile: a named, vetted set of Kafka client properties for one role (producer or
// consumer), each with the reason it is there. Property values keep their JSON type (number,
// boolean, string) because the routing service hands them to SDKs as typed JSON
// ("configuration": {"acks": "all", "retries": 3}).
//
// Built-in profiles live in code (ProfileStore::builtins()) and cannot be changed; custom
// profiles live in the catalog and are versioned.

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Switchboard {

enum class ProfileRole { Producer, Consumer };

struct Profile {
    QString name;
    ProfileRole role = ProfileRole::Producer;
    QString description;
    QJsonObject properties;   // property -> typed value (number, bool, string)
    QJsonObject reasons;      // property -> why it is set (string)
    bool builtin = false;
    QString copiedFrom;       // the profile this one was copied from, if any
    int version = 1;          // custom profiles: bumped by every change
    QDateTime updatedAt;
    QString updatedBy;

    QString roleName() const { return roleToString(role); }
    QString reason(const QString &property) const { return reasons.value(property).toString(); }

    static QString roleToString(ProfileRole role);
    static std::optional<ProfileRole> roleFromString(const QString &text);

    // A typed value as the string librdkafka's and Java's parsers read (true/false, 5, 0.5, lz4).
    static QString valueToString(const QJsonValue &value);

    // The profile as JSON: {"name","role","description","properties","reasons",...}. Used for
    // history snapshots, the CLI and the routing bundle.
    QJsonObject toJson() const;
    static std::optional<Profile> fromJson(const QJsonObject &json);

    friend bool operator==(const Profile &a, const Profile &b)
    {
        return a.name == b.name && a.role == b.role && a.description == b.description
            && a.properties == b.properties && a.reasons == b.reasons;
    }
};

} // namespace Switchboard
