#include "workspace/WorkspaceStore.h"

#include "store/StoreSupport.h"
#include "workspace/WorkspaceRecord.h"

namespace Switchboard {

using namespace Internal;

Result<std::optional<WorkspaceInfo>> WorkspaceStore::current() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT name, cluster, principal, joined_at FROM workspace WHERE id = 1"));
    if (!stmt)
        return makeError(stmt.error());
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    if (!*row)
        return std::optional<WorkspaceInfo>();
    return std::optional<WorkspaceInfo>(WorkspaceInfo{stmt->text(0), stmt->text(1), stmt->text(2), parseTime(stmt->text(3))});
}

Status WorkspaceStore::setCurrent(const WorkspaceInfo &info) const
{
    return execute(m_db, QStringLiteral("INSERT INTO workspace(id, name, cluster, principal, joined_at) VALUES(1, ?, ?, ?, ?) "
                                        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, cluster = excluded.cluster, "
                                        "principal = excluded.principal, joined_at = excluded.joined_at"),
                   {info.name, info.cluster, info.principal, timeText(info.joinedAt.isValid() ? info.joinedAt
                                                                                              : QDateTime::currentDateTimeUtc())});
}

Status WorkspaceStore::forget() const
{
    auto tx = m_db.transaction();
    for (const char *table : {"workspace", "workspace_members", "workspace_cursors", "workspace_outbox", "workspace_rejects",
                              "workspace_versions"}) {
        if (auto st = execute(m_db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))); !st)
            return st;
    }
    return tx.commit();
}

namespace {

WorkspaceMember readMember(const Statement &s)
{
    return WorkspaceMember{s.text(0), parseWorkspaceRole(s.text(1)).value_or(WorkspaceRole::Developer), s.text(2),
                           parseTime(s.text(3)), s.integer(4)};
}

const QString kMemberSelect = QStringLiteral("SELECT principal, role, enrolled_by, enrolled_at, version FROM workspace_members ");

} // namespace

Result<QList<WorkspaceMember>> WorkspaceStore::members() const
{
    auto stmt = m_db.prepare(kMemberSelect + QStringLiteral("ORDER BY principal"));
    if (!stmt)
        return makeError(stmt.error());
    QList<WorkspaceMember> out;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) { out.append(readMember(s)); }); !st)
        return makeError(st.error());
    return out;
}

Result<std::optional<WorkspaceMember>> WorkspaceStore::member(const QString &principal) const
{
    auto stmt = m_db.prepare(kMemberSelect + QStringLiteral("WHERE principal = ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, principal);
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    if (!*row)
        return std::optional<WorkspaceMember>();
    return std::optional<WorkspaceMember>(readMember(*stmt));
}

Status WorkspaceStore::putMember(const WorkspaceMember &m) const
{
    return execute(m_db, QStringLiteral("INSERT INTO workspace_members(principal, role, enrolled_by, enrolled_at, version) "
                                        "VALUES(?, ?, ?, ?, ?) ON CONFLICT(principal) DO UPDATE SET role = excluded.role, "
                                        "enrolled_by = excluded.enrolled_by, enrolled_at = excluded.enrolled_at, "
                                        "version = excluded.version"),
                   {m.principal, workspaceRoleName(m.role), m.enrolledBy, timeText(m.enrolledAt), m.version});
}

Status WorkspaceStore::removeMember(const QString &principal) const
{
    return execute(m_db, QStringLiteral("DELETE FROM workspace_members WHERE principal = ?"), {principal});
}

Result<qint64> WorkspaceStore::cursor(const QString &topic) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT next_offset FROM workspace_cursors WHERE topic = ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, topic);
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    return *row ? stmt->integer(0) : qint64(0);
}

Status WorkspaceStore::setCursor(const QString &topic, qint64 nextOffset) const
{
    return execute(m_db, QStringLiteral("INSERT INTO workspace_cursors(topic, next_offset) VALUES(?, ?) "
                                        "ON CONFLICT(topic) DO UPDATE SET next_offset = excluded.next_offset"),
                   {topic, nextOffset});
}

Result<qint64> WorkspaceStore::enqueue(const QString &topic, const WorkspaceRecord &record, const QString &summary) const
{
    const QVariant value = record.tombstone ? QVariant() : QVariant(record.value());
    if (auto st = execute(m_db, QStringLiteral("INSERT INTO workspace_outbox(topic, record_key, record_value, summary, created_at) "
                                               "VALUES(?, ?, ?, ?, ?)"),
                          {topic, QString::fromUtf8(record.key()), value, summary, nowUtc()});
        !st)
        return makeError(st.error());
    return m_db.lastInsertId();
}

Result<QList<OutboxEntry>> WorkspaceStore::outbox() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, topic, record_key, record_value, summary, created_at "
                                            "FROM workspace_outbox ORDER BY id"));
    if (!stmt)
        return makeError(stmt.error());
    QList<OutboxEntry> out;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) {
            out.append(OutboxEntry{s.integer(0), s.text(1), s.text(2).toUtf8(), s.blob(3), s.isNull(3), s.text(4),
                                   parseTime(s.text(5))});
        });
        !st)
        return makeError(st.error());
    return out;
}

Status WorkspaceStore::dequeue(qint64 id) const
{
    return execute(m_db, QStringLiteral("DELETE FROM workspace_outbox WHERE id = ?"), {id});
}

Result<int> WorkspaceStore::outboxCount() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM workspace_outbox"));
    if (!stmt)
        return makeError(stmt.error());
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    return int(stmt->integer(0));
}

Result<std::optional<EntityVersion>> WorkspaceStore::version(const QString &entity) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT version, written_by FROM workspace_versions WHERE entity = ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, entity);
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    if (!*row)
        return std::optional<EntityVersion>();
    return std::optional<EntityVersion>(EntityVersion{stmt->integer(0), stmt->text(1)});
}

Status WorkspaceStore::setVersion(const QString &entity, const EntityVersion &version) const
{
    return execute(m_db, QStringLiteral("INSERT INTO workspace_versions(entity, version, written_by) VALUES(?, ?, ?) "
                                        "ON CONFLICT(entity) DO UPDATE SET version = excluded.version, written_by = excluded.written_by"),
                   {entity, version.version, nonNull(version.writtenBy)});
}

Status WorkspaceStore::reject(const QString &topic, qint64 offset, const QString &reason) const
{
    return execute(m_db, QStringLiteral("INSERT OR IGNORE INTO workspace_rejects(topic, log_offset, reason, at) VALUES(?, ?, ?, ?)"),
                   {topic, offset, reason, nowUtc()});
}

Result<QList<WorkspaceReject>> WorkspaceStore::rejects() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT topic, log_offset, reason, at FROM workspace_rejects ORDER BY id"));
    if (!stmt)
        return makeError(stmt.error());
    QList<WorkspaceReject> out;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) {
            out.append(WorkspaceReject{s.text(0), s.integer(1), s.text(2), parseTime(s.text(3))});
        });
        !st)
        return makeError(st.error());
    return out;
}

} // namespace Switchboard
