#include "profiles/ProfileStore.h"

#include "audit/AuditLog.h"
#include "store/Database.h"
#include "store/StoreSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QObject>

namespace Switchboard {

namespace {

QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonObject parse(const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).object(); }

struct Setting {
    const char *name;
    QJsonValue value;
    const char *reason;
};

Profile makeBuiltin(const char *name, ProfileRole role, const char *description, std::initializer_list<Setting> settings)
{
    Profile p;
    p.name = QString::fromLatin1(name);
    p.role = role;
    p.description = QCoreApplication::translate("Switchboard::Profiles", description);
    p.builtin = true;
    for (const Setting &s : settings) {
        p.properties.insert(QString::fromLatin1(s.name), s.value);
        p.reasons.insert(QString::fromLatin1(s.name), QCoreApplication::translate("Switchboard::Profiles", s.reason));
    }
    return p;
}

} // namespace

const QList<Profile> &ProfileStore::builtins()
{
    // Every value here passes ProfileValidator with no warning (tst_profiles checks it), and
    // is understood the same way by librdkafka and the Java client.
    static const QList<Profile> profiles = {
        makeBuiltin("durableWrite", ProfileRole::Producer,
                    QT_TRANSLATE_NOOP("Switchboard::Profiles", "No acknowledged record is lost and none is written twice, at some cost in latency."),
                    {{"acks", QStringLiteral("all"),
                      QT_TRANSLATE_NOOP("Switchboard::Profiles", "The leader answers only once every in-sync replica has the record, so a broker failure "
                                 "right after the acknowledgement loses nothing.")},
                     {"enable.idempotence", true,
                      QT_TRANSLATE_NOOP("Switchboard::Profiles", "Retries cannot write a record twice or reorder records: the broker drops duplicates by "
                                 "producer id and sequence number.")},
                     {"max.in.flight.requests.per.connection", 5,
                      QT_TRANSLATE_NOOP("Switchboard::Profiles", "The highest value that idempotence allows while keeping order; more is refused.")},
                     {"delivery.timeout.ms", 120000,
                      QT_TRANSLATE_NOOP("Switchboard::Profiles", "A record is retried for up to two minutes (the Java default; librdkafka's is five), then "
                                 "reported as failed so the application can react instead of waiting.")}}),
        makeBuiltin("highThroughputProducer", ProfileRole::Producer,
                    QT_TRANSLATE_NOOP("Switchboard::Profiles", "Large, compressed batches for bulk and streaming loads, trading a little latency."),
                    {{"linger.ms", 50,
                      QT_TRANSLATE_NOOP("Switchboard::Profiles", "Waiting up to 50 ms lets batches fill: fewer, larger requests and better compression.")},
                     {"batch.size", 1048576,
                      QT_TRANSLATE_NOOP("Switchboard::Profiles", "Batches of up to 1 MiB so a busy partition is not cut into many small requests.")},
                     {"compression.type", QStringLiteral("lz4"),
                      QT_TRANSLATE_NOOP("Switchboard::Profiles", "LZ4 compresses quickly with little CPU and typically halves network and disk use.")},
                     {"acks", QStringLiteral("all"),
                      QT_TRANSLATE_NOOP("Switchboard::Profiles", "Throughput comes from batching, not from giving up durability.")}}),
        makeBuiltin("lowLatencyProducer", ProfileRole::Producer,
                    QT_TRANSLATE_NOOP("Switchboard::Profiles", "Each record leaves at once, for request/response and interactive traffic."),
                    {{"linger.ms", 0,
                      QT_TRANSLATE_NOOP("Switchboard::Profiles", "Do not wait for a batch to fill: send as soon as a record is produced.")},
                     {"compression.type", QStringLiteral("none"),
                      QT_TRANSLATE_NOOP("Switchboard::Profiles", "Small records gain little from compression, and compressing costs time on both ends.")},
                     {"acks", QStringLiteral("1"),
                      QT_TRANSLATE_NOOP("Switchboard::Profiles", "Only the leader acknowledges, saving the replication round trip; a record can be lost "
                                 "if the leader fails before its followers copy it. Use durableWrite when that matters.")}}),
        makeBuiltin("highThroughputConsumer", ProfileRole::Consumer,
                    QT_TRANSLATE_NOOP("Switchboard::Profiles", "Fewer, larger fetches for consumers that process data in bulk."),
                    {{"fetch.min.bytes", 1048576,
                      QT_TRANSLATE_NOOP("Switchboard::Profiles", "The broker answers once 1 MiB is ready (or the wait ends), so each fetch carries a lot.")},
                     {"fetch.wait.max.ms", 500,
                      QT_TRANSLATE_NOOP("Switchboard::Profiles", "The longest the broker holds a fetch to gather fetch.min.bytes; bounds the added latency.")},
                     {"max.partition.fetch.bytes", 4194304,
                      QT_TRANSLATE_NOOP("Switchboard::Profiles", "Up to 4 MiB per partition and fetch, so a busy partition is drained in few round trips.")},
                     {"fetch.max.bytes", 104857600,
                      QT_TRANSLATE_NOOP("Switchboard::Profiles", "Up to 100 MiB per fetch response across partitions.")}}),
        makeBuiltin("safeConsumer", ProfileRole::Consumer,
                    QT_TRANSLATE_NOOP("Switchboard::Profiles", "At-least-once processing: offsets are committed by the application after the work is done."),
                    {{"enable.auto.commit", false,
                      QT_TRANSLATE_NOOP("Switchboard::Profiles", "The application commits offsets itself after processing, so a crash re-reads records "
                                 "instead of skipping them.")},
                     {"isolation.level", QStringLiteral("read_committed"),
                      QT_TRANSLATE_NOOP("Switchboard::Profiles", "Records of aborted or still open transactions are never delivered.")},
                     {"auto.offset.reset", QStringLiteral("earliest"),
                      QT_TRANSLATE_NOOP("Switchboard::Profiles", "A new consumer group starts at the oldest record rather than silently skipping history.")}}),
    };
    return profiles;
}

std::optional<Profile> ProfileStore::builtin(const QString &name)
{
    for (const Profile &p : builtins()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

Result<QList<Profile>> ProfileStore::customProfiles(const QString &name) const
{
    auto stmt = m_db.prepare(name.isEmpty()
        ? QStringLiteral("SELECT name, role, description, properties, reasons, copied_from, version, updated_at, updated_by "
                         "FROM profiles ORDER BY name")
        : QStringLiteral("SELECT name, role, description, properties, reasons, copied_from, version, updated_at, updated_by "
                         "FROM profiles WHERE name = ?"));
    if (!stmt)
        return makeError(stmt.error());
    if (!name.isEmpty())
        stmt->bind(1, name);
    QList<Profile> out;
    if (auto st = Internal::forEachRow(*stmt, [&](const Statement &s) {
            Profile p;
            p.name = s.text(0);
            p.role = Profile::roleFromString(s.text(1)).value_or(ProfileRole::Producer);
            p.description = s.text(2);
            p.properties = parse(s.text(3));
            p.reasons = parse(s.text(4));
            p.copiedFrom = s.text(5);
            p.version = int(s.integer(6));
            p.updatedAt = Internal::parseTime(s.text(7));
            p.updatedBy = s.text(8);
            out.append(p);
        });
        !st)
        return st;
    return out;
}

Result<QList<Profile>> ProfileStore::list() const
{
    auto custom = customProfiles({});
    if (!custom)
        return custom;
    return builtins() + *custom;
}

Result<std::optional<Profile>> ProfileStore::find(const QString &name) const
{
    if (auto b = builtin(name))
        return std::optional<Profile>(*b);
    auto custom = customProfiles(name);
    if (!custom)
        return makeError(custom.error());
    if (custom->isEmpty())
        return std::optional<Profile>();
    return std::optional<Profile>(custom->first());
}

QJsonObject ProfileStore::diff(const Profile &before, const Profile &after)
{
    QJsonObject d;
    QJsonObject added, removed, changed;
    for (auto it = after.properties.begin(); it != after.properties.end(); ++it) {
        if (!before.properties.contains(it.key()))
            added.insert(it.key(), it.value());
        else if (before.properties.value(it.key()) != it.value())
            changed.insert(it.key(), QJsonObject{{QStringLiteral("from"), before.properties.value(it.key())},
                                                 {QStringLiteral("to"), it.value()}});
    }
    for (auto it = before.properties.begin(); it != before.properties.end(); ++it) {
        if (!after.properties.contains(it.key()))
            removed.insert(it.key(), it.value());
    }
    if (!added.isEmpty())
        d.insert(QStringLiteral("added"), added);
    if (!removed.isEmpty())
        d.insert(QStringLiteral("removed"), removed);
    if (!changed.isEmpty())
        d.insert(QStringLiteral("changed"), changed);
    if (before.role != after.role)
        d.insert(QStringLiteral("role"), QJsonObject{{QStringLiteral("from"), before.roleName()}, {QStringLiteral("to"), after.roleName()}});
    if (before.description != after.description)
        d.insert(QStringLiteral("description"), QJsonObject{{QStringLiteral("from"), before.description}, {QStringLiteral("to"), after.description}});
    if (before.reasons != after.reasons)
        d.insert(QStringLiteral("reasons"), QJsonObject{{QStringLiteral("from"), before.reasons}, {QStringLiteral("to"), after.reasons}});
    return d;
}

Status ProfileStore::recordVersion(const Profile &profile, const QJsonObject &diff, const QString &actor) const
{
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO profile_versions(profile_name, version, at, actor, snapshot, diff) VALUES(?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, profile.name).bind(2, profile.version).bind(3, profile.updatedAt.toString(Qt::ISODateWithMs))
        .bind(4, actor).bind(5, compact(profile.toJson())).bind(6, compact(diff));
    if (auto st = stmt->run(); !st)
        return st;
    return AuditLog(m_db).record(profile.version == 1 ? QStringLiteral("profile.add") : QStringLiteral("profile.update"),
                                 QStringLiteral("profile:") + profile.name,
                                 {{QStringLiteral("version"), profile.version}, {QStringLiteral("diff"), diff}}, actor);
}

Result<Profile> ProfileStore::add(Profile profile, const QString &actor) const
{
    const QString who = actor.isEmpty() ? AuditLog::currentActor() : actor;
    const auto issues = ProfileValidator::validate(profile);
    if (ProfileValidator::hasErrors(issues))
        return makeError(ProfileValidator::errorSummary(issues));
    auto existing = find(profile.name);
    if (!existing)
        return makeError(existing.error());
    if (existing->has_value())
        return makeError(QObject::tr("A profile named \"%1\" already exists").arg(profile.name));

    auto tx = m_db.transaction();
    // A name used before keeps counting its versions, so history entries stay unique.
    auto last = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM profile_versions WHERE profile_name = ?"));
    if (!last)
        return makeError(last.error());
    last->bind(1, profile.name);
    if (auto row = last->next(); !row)
        return makeError(row.error());
    profile.version = int(last->integer(0)) + 1;
    profile.builtin = false;
    profile.updatedAt = QDateTime::currentDateTimeUtc();
    profile.updatedBy = who;
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO profiles(name, role, description, properties, reasons, copied_from, version, created_at, updated_at, updated_by) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, profile.name).bind(2, profile.roleName()).bind(3, Internal::nonNull(profile.description))
        .bind(4, compact(profile.properties)).bind(5, compact(profile.reasons));
    if (profile.copiedFrom.isEmpty())
        stmt->bindNull(6);
    else
        stmt->bind(6, profile.copiedFrom);
    stmt->bind(7, profile.version).bind(8, profile.updatedAt.toString(Qt::ISODateWithMs)).bind(9, who);
    if (auto st = stmt->run(); !st)
        return makeError(st.error());
    if (auto st = recordVersion(profile, diff(Profile{profile.name, profile.role}, profile), who); !st)
        return makeError(st.error());
    if (auto st = tx.commit(); !st)
        return makeError(st.error());
    return profile;
}

Result<Profile> ProfileStore::update(Profile profile, const QString &actor) const
{
    const QString who = actor.isEmpty() ? AuditLog::currentActor() : actor;
    if (builtin(profile.name))
        return makeError(QObject::tr("\"%1\" is a built-in profile and cannot be changed; copy it first").arg(profile.name));
    const auto issues = ProfileValidator::validate(profile);
    if (ProfileValidator::hasErrors(issues))
        return makeError(ProfileValidator::errorSummary(issues));
    auto tx = m_db.transaction();
    auto existing = customProfiles(profile.name);
    if (!existing)
        return makeError(existing.error());
    if (existing->isEmpty())
        return makeError(QObject::tr("No profile named \"%1\"").arg(profile.name));
    const Profile before = existing->first();
    const QJsonObject changes = diff(before, profile);
    if (changes.isEmpty())
        return before;
    profile.builtin = false;
    profile.copiedFrom = before.copiedFrom;
    profile.version = before.version + 1;
    profile.updatedAt = QDateTime::currentDateTimeUtc();
    profile.updatedBy = who;
    auto stmt = m_db.prepare(QStringLiteral(
        "UPDATE profiles SET role = ?, description = ?, properties = ?, reasons = ?, version = ?, updated_at = ?, "
        "updated_by = ? WHERE name = ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, profile.roleName()).bind(2, Internal::nonNull(profile.description)).bind(3, compact(profile.properties))
        .bind(4, compact(profile.reasons)).bind(5, profile.version).bind(6, profile.updatedAt.toString(Qt::ISODateWithMs))
        .bind(7, who).bind(8, profile.name);
    if (auto st = stmt->run(); !st)
        return makeError(st.error());
    if (auto st = recordVersion(profile, changes, who); !st)
        return makeError(st.error());
    if (auto st = tx.commit(); !st)
        return makeError(st.error());
    return profile;
}

Result<Profile> ProfileStore::copy(const QString &from, const QString &to, const QString &actor) const
{
    auto source = find(from);
    if (!source)
        return makeError(source.error());
    if (!source->has_value())
        return makeError(QObject::tr("No profile named \"%1\"").arg(from));
    Profile copy = **source;
    copy.name = to;
    copy.copiedFrom = from;
    copy.builtin = false;
    return add(copy, actor);
}

Status ProfileStore::remove(const QString &name, const QString &actor) const
{
    if (builtin(name))
        return makeError(QObject::tr("\"%1\" is a built-in profile and cannot be removed").arg(name));
    auto tx = m_db.transaction();
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM profiles WHERE name = ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, name);
    if (auto st = stmt->run(); !st)
        return st;
    if (m_db.changes() == 0)
        return makeError(QObject::tr("No profile named \"%1\"").arg(name));
    if (auto st = AuditLog(m_db).record(QStringLiteral("profile.remove"), QStringLiteral("profile:") + name, {},
                                        actor.isEmpty() ? AuditLog::currentActor() : actor);
        !st)
        return st;
    return tx.commit();
}

Result<QList<ProfileVersion>> ProfileStore::history(const QString &name) const
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT version, at, actor, snapshot, diff FROM profile_versions WHERE profile_name = ? ORDER BY version DESC"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, name);
    QList<ProfileVersion> out;
    if (auto st = Internal::forEachRow(*stmt, [&](const Statement &s) {
            ProfileVersion v;
            v.profile = name;
            v.version = int(s.integer(0));
            v.at = Internal::parseTime(s.text(1));
            v.actor = s.text(2);
            v.snapshot = Profile::fromJson(parse(s.text(3))).value_or(Profile{});
            v.diff = parse(s.text(4));
            out.append(v);
        });
        !st)
        return st;
    return out;
}

} // namespace Switchboard
