#include "workspace/WorkspaceSync.h"

#include "requests/RequestStore.h"
#include "routing/ApplicationStore.h"
#include "store/Database.h"
#include "store/StoreSupport.h"
#include "workspace/WorkspaceLog.h"
#include "workspace/WorkspaceRecord.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QThread>
#include <QUuid>

namespace Switchboard {

using namespace Internal;

QString WorkspaceSync::refusal(const QString &topic, const QString &detail) const
{
    const WorkspaceLayout layout = m_info.layout();
    const QString me = m_info.principal;
    if (topic == layout.stateTopic())
        return QObject::tr("The broker refused it: %1 may not write the shared state of workspace %2; only its platform "
                           "members decide requests and change what is shared (%3)")
            .arg(me, layout.name(), detail);
    const QString owner = layout.requestTopicOwner(topic);
    if (!owner.isEmpty() && owner != me)
        return QObject::tr("The broker refused it: %1 may not file requests as %2; each member files only on their own "
                           "request topic (%3)")
            .arg(me, owner, detail);
    return QObject::tr("The broker refused it: %1 may not write %2; is %1 enrolled in workspace %3? (%4)")
        .arg(me, topic, layout.name(), detail);
}

Status WorkspaceSync::send(SyncReport &report) const
{
    WorkspaceStore store(m_db);
    auto entries = store.outbox();
    if (!entries)
        return entries;
    for (const OutboxEntry &e : *entries) {
        const AppendOutcome outcome = m_log.append(e.topic, e.key, e.value, e.isNull);
        if (outcome.kind == AppendOutcome::Unreachable) {
            report.waiting = QObject::tr("%n change(s) wait in the outbox: %1", nullptr, int(entries->size()) - report.sent)
                                 .arg(outcome.error);
            return {};
        }
        if (outcome.kind == AppendOutcome::Refused)
            report.refused.append(QStringLiteral("%1: %2").arg(e.summary, refusal(e.topic, outcome.error)));
        else
            ++report.sent;
        // Delivered or refused for good: either way it leaves the outbox.
        if (auto st = store.dequeue(e.id); !st)
            return st;
    }
    return {};
}

Result<qint64> WorkspaceSync::appendNow(const QString &topic, const WorkspaceRecord &record, const QString &summary,
                                        int refusalGraceMs) const
{
    WorkspaceStore store(m_db);
    auto id = store.enqueue(topic, record, summary);
    if (!id)
        return id;
    QDeadlineTimer grace(refusalGraceMs);
    AppendOutcome outcome = m_log.append(topic, record.key(), record.value(), record.tombstone);
    while (outcome.kind == AppendOutcome::Refused && !grace.hasExpired()) {
        QThread::msleep(250);
        outcome = m_log.append(topic, record.key(), record.value(), record.tombstone);
    }
    if (outcome.kind == AppendOutcome::Unreachable) {
        // Not known to have gone: it must not go later behind the user's back either, since
        // the caller tells them it did not happen.
        if (auto st = store.dequeue(*id); !st)
            return makeError(st.error());
        return makeError(QObject::tr("The workspace's cluster could not be reached, nothing was changed: %1").arg(outcome.error));
    }
    if (auto st = store.dequeue(*id); !st)
        return makeError(st.error());
    if (outcome.kind == AppendOutcome::Refused)
        return makeError(refusal(topic, outcome.error));
    return outcome.offset;
}

Status WorkspaceSync::ignore(const QString &topic, qint64 offset, const QString &reason, SyncReport &report) const
{
    report.ignored.append(QObject::tr("%1 at offset %2: %3").arg(topic).arg(offset).arg(reason));
    return WorkspaceStore(m_db).reject(topic, offset, reason);
}

Status WorkspaceSync::applyRequest(const QString &topic, const LogRecord &record, SyncReport &report) const
{
    const QString owner = m_info.layout().requestTopicOwner(topic);
    auto parsed = WorkspaceRecord::parse(record.key, record.value, record.isNull);
    if (!parsed)
        return ignore(topic, record.offset, parsed.error(), report);
    if (parsed->kind == QLatin1String("withdrawal"))
        return relayWithdrawal(topic, record, *parsed, report);
    if (parsed->kind != QLatin1String("request"))
        return ignore(topic, record.offset,
                      QObject::tr("a %1 record cannot come from a request topic; only the state topic carries it").arg(parsed->kind),
                      report);
    auto member = WorkspaceStore(m_db).member(owner);
    if (!member)
        return member;
    if (!member->has_value())
        return ignore(topic, record.offset, QObject::tr("%1 is not a member of the workspace").arg(owner), report);
    const QString author = WorkspaceLayout::memberName(owner);
    auto request = parsed->toRequest(author);
    if (!request)
        return ignore(topic, record.offset, request.error(), report);
    RequestStore requests(m_db);
    if (auto existing = requests.find(request->uuid)) {
        if (existing->author == author)
            return {};   // seen already (sent again after a lost acknowledgement)
        return ignore(topic, record.offset, QObject::tr("request %1 was filed by %2 already").arg(request->uuid, existing->author),
                      report);
    }
    if (auto st = requests.insertReplicated(*request); !st)
        return ignore(topic, record.offset, st.error(), report);
    ++report.applied;
    return {};
}

Status WorkspaceSync::relayWithdrawal(const QString &topic, const LogRecord &record, const WorkspaceRecord &parsed,
                                      SyncReport &report) const
{
    const QString author = WorkspaceLayout::memberName(m_info.layout().requestTopicOwner(topic));
    if (parsed.tombstone || parsed.id.size() != 36 || QUuid::fromString(parsed.id).isNull())
        return ignore(topic, record.offset, QObject::tr("a withdrawal names a request by its full id"), report);
    auto request = RequestStore(m_db).find(parsed.id);
    if (!request || request->author != author)
        return ignore(topic, record.offset, QObject::tr("%1 withdrew request %2, which they did not file").arg(author, parsed.id.left(36)),
                      report);
    WorkspaceStore store(m_db);
    auto me = store.member(m_info.principal);
    if (!me)
        return me;
    // Only a platform member can put it in the one order (the state topic); the others wait.
    if (request->state != RequestState::Pending || !me->has_value() || (*me)->role != WorkspaceRole::Platform)
        return {};
    auto id = store.enqueue(m_info.layout().stateTopic(),
                            WorkspaceRecord::decision(request->uuid, RequestState::Withdrawn, QString(), author, -1),
                            QObject::tr("relay %1's withdrawal of request %2").arg(author, request->uuid.left(8)));
    if (!id)
        return makeError(id.error());
    return {};
}

Status WorkspaceSync::applyState(const LogRecord &record, SyncReport &report) const
{
    const QString topic = m_info.layout().stateTopic();
    auto parsed = WorkspaceRecord::parse(record.key, record.value, record.isNull);
    if (!parsed)
        return ignore(topic, record.offset, parsed.error(), report);
    WorkspaceStore store(m_db);
    if (parsed->kind == QLatin1String("member")) {
        auto member = parsed->toMember();
        if (!member)
            return ignore(topic, record.offset, member.error(), report);
        auto current = store.member(member->principal);
        if (!current)
            return current;
        // Later write wins; the member whose edit it replaced is told (base: what the writer saw).
        if (current->has_value() && (*current)->version != record.offset && parsed->base < (*current)->version
            && (*current)->enrolledBy == m_info.memberName())
            report.conflicts.append(QObject::tr("Your enrollment of %1 as %2 was replaced by a later change in the log (%3)")
                                        .arg(member->principal, workspaceRoleName((*current)->role),
                                             parsed->tombstone ? QObject::tr("removed") : workspaceRoleName(member->role)));
        Status st = parsed->tombstone
            ? store.removeMember(member->principal)
            : store.putMember(WorkspaceMember{member->principal, member->role, member->enrolledBy, parsed->at, record.offset});
        if (!st)
            return st;
        ++report.applied;
        return {};
    }
    if (parsed->kind == QLatin1String("application")) {
        auto app = parsed->toApplication();
        if (!app)
            return ignore(topic, record.offset, app.error(), report);
        const QString entity = QString::fromUtf8(record.key);
        auto current = store.version(entity);
        if (!current)
            return current;
        // Later write wins; the member whose edit it replaced is told.
        if (current->has_value() && (*current)->version != record.offset && parsed->base < (*current)->version
            && (*current)->writtenBy == m_info.memberName())
            report.conflicts.append(parsed->tombstone
                                        ? QObject::tr("Your change of application %1 was replaced: it was removed later").arg(app->name)
                                        : QObject::tr("Your change of application %1 was replaced by %2's later one").arg(app->name, app->by));
        ApplicationStore apps(m_db);
        auto existing = apps.find(app->name);
        if (!existing)
            return existing;
        // All of the record or nothing of it (a savepoint inside the sync's transaction).
        auto apply = [&]() -> Status {
            auto tx = m_db.transaction();
            if (parsed->tombstone) {
                if (existing->has_value()) {
                    if (auto st = apps.remove(app->name); !st)
                        return st;
                }
            } else {
                const Application local{0, app->name, app->ownerTeam, app->description, {}};
                if (existing->has_value()) {
                    if (auto st = apps.update(local); !st)
                        return st;
                } else if (auto added = apps.add(local); !added) {
                    return makeError(added.error());
                }
                // Principals on clusters this catalog knows; the others wait for clusters to be shared.
                for (auto it = app->principals.cbegin(); it != app->principals.cend(); ++it) {
                    if (!clusterIdByName(m_db, it.key()))
                        continue;
                    if (auto st = apps.setPrincipal(app->name, it.key(), it.value()); !st)
                        return st;
                }
            }
            if (auto st = store.setVersion(entity, EntityVersion{record.offset, app->by}); !st)
                return st;
            return tx.commit();
        };
        if (auto st = apply(); !st)
            return ignore(topic, record.offset, st.error(), report);
        ++report.applied;
        return {};
    }
    if (parsed->kind == QLatin1String("decision")) {
        auto decision = parsed->toDecision();
        if (!decision)
            return ignore(topic, record.offset, decision.error(), report);
        RequestStore requests(m_db);
        auto request = requests.find(decision->request);
        if (!request)
            return ignore(topic, record.offset, QObject::tr("a decision for request %1, which nobody filed").arg(decision->request),
                          report);
        if (request->state == decision->state && request->decidedBy == decision->by)
            return {};   // applied here already (this desktop decided it, or relayed it twice)
        if (decision->state == RequestState::Withdrawn && decision->by != request->author)
            return ignore(topic, record.offset,
                          QObject::tr("a withdrawal of request %1 in the name of %2, who did not file it")
                              .arg(decision->request.left(8), decision->by),
                          report);
        if (request->state != RequestState::Pending) {
            // A decision is an event, not an edit: the first one in the log stands (what it
            // created may be in use already); a later one is reported, to its author above all.
            const QString text = QObject::tr("%1 %2 request %3, but %4 had %5 it first")
                                     .arg(decision->by, requestStateName(decision->state), decision->request.left(8),
                                          request->decidedBy, requestStateName(request->state));
            if (decision->by == m_info.memberName())
                report.conflicts.append(text);
            return ignore(topic, record.offset, text, report);
        }
        if (auto st = requests.recordDecision(decision->request, decision->state, decision->reason, decision->by, parsed->at); !st)
            return ignore(topic, record.offset, st.error(), report);
        ++report.applied;
        return {};
    }
    return ignore(topic, record.offset,
                  QObject::tr("a %1 record cannot come from the state topic; members file requests on their own topics")
                      .arg(parsed->kind),
                  report);
}

Status WorkspaceSync::pull(SyncReport &report, qint64 stateLimit) const
{
    WorkspaceStore store(m_db);
    const WorkspaceLayout layout = m_info.layout();
    const QString stateTopic = layout.stateTopic();
    // The state's end first, the request topics next: a decision read below was written after
    // its request, so that request is on its topic by the time the topic is read.
    auto stateCursor = store.cursor(stateTopic);
    if (!stateCursor)
        return stateCursor;
    auto state = m_log.read(stateTopic, *stateCursor);
    if (!state) {
        report.readError = state.error();
        return {};
    }
    if (stateLimit >= 0) {
        state->erase(std::remove_if(state->begin(), state->end(), [&](const LogRecord &r) { return r.offset >= stateLimit; }),
                     state->end());
    }
    // Whose request topics to read: the members known here and those the new state names.
    QStringList principals;
    auto members = store.members();
    if (!members)
        return members;
    for (const WorkspaceMember &m : *members)
        principals.append(m.principal);
    // Members first, in order, so that requests of a member enrolled in this batch count.
    QList<LogRecord> rest;
    {
        auto tx = m_db.transaction();
        for (const LogRecord &r : *state) {
            if (r.key.startsWith("member:")) {
                if (auto st = applyState(r, report); !st)
                    return st;
            } else {
                rest.append(r);
            }
        }
        if (auto st = tx.commit(); !st)
            return st;
    }
    members = store.members();
    if (!members)
        return members;
    for (const WorkspaceMember &m : *members) {
        const QString topic = layout.requestTopic(m.principal);
        auto cursor = store.cursor(topic);
        if (!cursor)
            return cursor;
        auto records = m_log.read(topic, *cursor);
        if (!records) {
            report.readError = records.error();
            return {};
        }
        auto tx = m_db.transaction();
        for (const LogRecord &r : *records) {
            if (auto st = applyRequest(topic, r, report); !st)
                return st;
        }
        if (!records->isEmpty()) {
            if (auto st = store.setCursor(topic, records->last().offset + 1); !st)
                return st;
        }
        if (auto st = tx.commit(); !st)
            return st;
    }
    auto tx = m_db.transaction();
    for (const LogRecord &r : rest) {
        if (auto st = applyState(r, report); !st)
            return st;
    }
    if (!state->isEmpty()) {
        if (auto st = store.setCursor(stateTopic, state->last().offset + 1); !st)
            return st;
    }
    return tx.commit();
}

Status WorkspaceSync::sync(SyncReport &report) const
{
    if (auto st = send(report); !st)
        return st;
    if (auto st = pull(report); !st)
        return st;
    // What the pull queued (a platform member relaying withdrawals) goes out and comes back now.
    auto waiting = WorkspaceStore(m_db).outboxCount();
    if (!waiting)
        return waiting;
    if (*waiting == 0 || !report.reachedCluster())
        return {};
    if (auto st = send(report); !st)
        return st;
    return pull(report);
}

} // namespace Switchboard
