#pragma once

// This catalog's side of a team workspace (tables workspace*, schema 9): which workspace it
// replicates and as whom, the members as the state topic says, the sync cursor per topic, the
// outbox of changes made here that wait to be sent, and the records that were ignored. A
// catalog without a workspace row is in single-user mode, exactly as before.

#include "core/Result.h"
#include "workspace/WorkspaceLayout.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Switchboard {

class Database;
struct WorkspaceRecord;

struct WorkspaceInfo {
    QString name;
    QString cluster;      // the home cluster (registered in this catalog)
    QString principal;    // User:<name>
    QDateTime joinedAt;

    WorkspaceLayout layout() const { return WorkspaceLayout(name); }
    QString memberName() const { return WorkspaceLayout::memberName(principal); }
};

struct WorkspaceMember {
    QString principal;
    WorkspaceRole role = WorkspaceRole::Developer;
    QString enrolledBy;
    QDateTime enrolledAt;
    qint64 version = -1;   // the state offset that wrote it
};

struct OutboxEntry {
    qint64 id = 0;
    QString topic;
    QByteArray key;
    QByteArray value;
    bool isNull = false;
    QString summary;
    QDateTime createdAt;
};

// The version of a shared entity as last applied here (the state offset) and who wrote it.
struct EntityVersion {
    qint64 version = -1;
    QString writtenBy;
};

struct WorkspaceReject {
    QString topic;
    qint64 offset = -1;
    QString reason;
    QDateTime at;
};

class WorkspaceStore {
public:
    explicit WorkspaceStore(const Database &db) : m_db(db) {}

    // The workspace this catalog replicates, or none (single-user mode).
    Result<std::optional<WorkspaceInfo>> current() const;
    Status setCurrent(const WorkspaceInfo &info) const;
    // Forgets the workspace: its members, cursors, outbox and rejects. What was replicated
    // (requests, decisions) stays in the catalog.
    Status forget() const;

    Result<QList<WorkspaceMember>> members() const;
    Result<std::optional<WorkspaceMember>> member(const QString &principal) const;
    Status putMember(const WorkspaceMember &member) const;
    Status removeMember(const QString &principal) const;

    // The next offset to apply (0 when the topic was never read).
    Result<qint64> cursor(const QString &topic) const;
    Status setCursor(const QString &topic, qint64 nextOffset) const;

    Result<qint64> enqueue(const QString &topic, const WorkspaceRecord &record, const QString &summary) const;
    Result<QList<OutboxEntry>> outbox() const;
    Status dequeue(qint64 id) const;
    Result<int> outboxCount() const;

    // Shared entities by record key ("application:billing").
    Result<std::optional<EntityVersion>> version(const QString &entity) const;
    Status setVersion(const QString &entity, const EntityVersion &version) const;

    Status reject(const QString &topic, qint64 offset, const QString &reason) const;
    Result<QList<WorkspaceReject>> rejects() const;

private:
    const Database &m_db;
};

} // namespace Switchboard
