#pragma once

// Brings a replica (this catalog) and the workspace's log together: sends the outbox in the
// order it was written, then applies what is new in log order. Requests come from the
// members' request topics, their author being the owner of the topic they arrived on; the
// state topic carries decisions and members. A record that no authorized writer could have
// produced (a kind that does not belong on its topic, a malformed value, a decision for a
// request nobody filed) is ignored and reported, never applied. Blocking: run it off the GUI
// thread, with a catalog connection of that thread.

#include "core/Result.h"
#include "workspace/WorkspaceStore.h"

#include <QStringList>

namespace Switchboard {

class Database;
class WorkspaceLog;
struct LogRecord;

struct SyncReport {
    int sent = 0;
    QStringList refused;     // outbox entries the broker refused for good, in plain words
    QString waiting;         // why the rest of the outbox waits ("" when all of it went)
    int applied = 0;
    QStringList ignored;     // records not applied: where and why
    QStringList conflicts;   // edits made here that a later write in the log replaced
    QString readError;       // why the log could not be read ("" when it was)

    bool reachedCluster() const { return waiting.isEmpty() && readError.isEmpty(); }
};

class WorkspaceSync {
public:
    WorkspaceSync(const Database &db, WorkspaceInfo info, WorkspaceLog &log) : m_db(db), m_info(std::move(info)), m_log(log) {}

    // Sends the outbox in order; stops at the first entry the cluster could not take (that
    // one and the rest wait). Fails only when the catalog does.
    Status send(SyncReport &report) const;
    // Reads and applies what is new. State records at offset stateLimit or later wait for a
    // later pull (-1: none wait). Fails only when the catalog does.
    Status pull(SyncReport &report, qint64 stateLimit = -1) const;
    Status sync(SyncReport &report) const;

    // Appends one record at once (through the outbox, so a crash loses nothing) and says
    // where it landed; a refusal is in plain words. Used where the caller must know before
    // going on (a decision).
    // refusalGraceMs: for ACLs created a moment ago (create, enroll), which reach the
    // brokers' authorizers through the metadata log a little later, a refusal is retried
    // for that long before it counts.
    Result<qint64> appendNow(const QString &topic, const struct WorkspaceRecord &record, const QString &summary,
                             int refusalGraceMs = 0) const;

    // Why the broker refused a write to one of the workspace's topics, in plain words.
    QString refusal(const QString &topic, const QString &detail) const;

private:
    Status applyRequest(const QString &topic, const LogRecord &record, SyncReport &report) const;
    Status applyState(const LogRecord &record, SyncReport &report) const;
    Status relayWithdrawal(const QString &topic, const LogRecord &record, const struct WorkspaceRecord &parsed,
                           SyncReport &report) const;
    Status ignore(const QString &topic, qint64 offset, const QString &reason, SyncReport &report) const;

    const Database &m_db;
    WorkspaceInfo m_info;
    WorkspaceLog &m_log;
};

} // namespace Switchboard
