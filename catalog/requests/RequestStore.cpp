#include "requests/RequestStore.h"

#include "audit/AuditLog.h"
#include "routing/ApplicationStore.h"
#include "routing/ChannelUri.h"
#include "routing/Resolver.h"
#include "routing/RoutingModelStore.h"
#include "routing/RulePattern.h"
#include "store/StoreSupport.h"

#include <QJsonDocument>

namespace Switchboard {

using namespace Internal;

QString requestStateName(RequestState state)
{
    switch (state) {
    case RequestState::Pending:
        return QStringLiteral("pending");
    case RequestState::Approved:
        return QStringLiteral("approved");
    case RequestState::Declined:
        return QStringLiteral("declined");
    case RequestState::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return QString();
}

QString requestStateDisplayName(RequestState state)
{
    switch (state) {
    case RequestState::Pending:
        return QObject::tr("Pending");
    case RequestState::Approved:
        return QObject::tr("Approved");
    case RequestState::Declined:
        return QObject::tr("Declined");
    case RequestState::Withdrawn:
        return QObject::tr("Withdrawn");
    }
    return QString();
}

std::optional<RequestState> parseRequestState(const QString &text)
{
    for (RequestState s : {RequestState::Pending, RequestState::Approved, RequestState::Declined, RequestState::Withdrawn}) {
        if (requestStateName(s) == text.trimmed().toLower())
            return s;
    }
    return std::nullopt;
}

namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.uuid, r.application, r.channel_uri, r.intent, r.consumer_group, r.group_is_prefix, r.justification, "
    "r.proposed_environment, r.proposed_cluster, r.proposed_topic, r.author, r.created_at, "
    "e.kind, e.actor, e.at, e.reason, e.detail "
    "FROM access_requests r LEFT JOIN request_events e ON e.request_uuid = r.uuid ");

AccessRequest readRequest(const Statement &s)
{
    AccessRequest r;
    r.id = s.integer(0);
    r.uuid = s.text(1);
    r.application = s.text(2);
    r.channel = s.text(3);
    r.intent = parseIntent(s.text(4)).value_or(Intent::Produce);
    r.consumerGroup = s.text(5);
    r.groupIsPrefix = s.integer(6) != 0;
    r.justification = s.text(7);
    r.proposedEnvironment = s.text(8);
    r.proposedCluster = s.text(9);
    r.proposedTopic = s.text(10);
    r.author = s.text(11);
    r.createdAt = parseTime(s.text(12));
    if (!s.isNull(13)) {
        r.state = parseRequestState(s.text(13)).value_or(RequestState::Pending);
        r.decidedBy = s.text(14);
        r.decidedAt = parseTime(s.text(15));
        r.reason = s.text(16);
        r.decisionDetail = QJsonDocument::fromJson(s.text(17).toUtf8()).object();
    }
    return r;
}

QString describe(const AccessRequest &r)
{
    return QObject::tr("%1 %2 %3").arg(r.application, intentName(r.intent), r.channel);
}

} // namespace

Result<AccessRequest> RequestStore::prepare(const AccessRequest &draftIn) const
{
    AccessRequest draft = draftIn;
    auto uri = ChannelUri::parse(draft.channel);
    if (!uri)
        return makeError(uri.error());
    draft.channel = uri->toString();
    auto app = ApplicationStore(m_db).find(draft.application);
    if (!app)
        return makeError(app.error());
    if (!app->has_value())
        return makeError(QObject::tr("There is no application \"%1\"").arg(draft.application));
    if (draft.intent == Intent::Produce) {
        draft.consumerGroup.clear();
        draft.groupIsPrefix = false;
    }
    if (auto st = GrantStore::validate(draft.intent, draft.consumerGroup); !st)
        return makeError(st.error());

    const bool anyProposal = !draft.proposedEnvironment.isEmpty() || !draft.proposedCluster.isEmpty()
        || !draft.proposedTopic.isEmpty();
    auto model = RoutingModelStore::load(m_db);
    if (!model)
        return makeError(model.error());
    if (anyProposal) {
        if (draft.proposedEnvironment.trimmed().isEmpty() || draft.proposedCluster.isEmpty() || draft.proposedTopic.isEmpty())
            return makeError(QObject::tr("A proposed binding needs an environment, a cluster and a topic"));
        draft.proposedEnvironment = draft.proposedEnvironment.trimmed();
        if (!RulePattern::isValidTopicName(draft.proposedTopic))
            return makeError(QObject::tr("\"%1\" is not a valid topic name").arg(draft.proposedTopic));
        if (!model->findCluster(draft.proposedCluster))
            return makeError(QObject::tr("There is no cluster \"%1\"").arg(draft.proposedCluster));
        for (const Binding &b : model->bindingsOf(draft.channel)) {
            if (b.environment == draft.proposedEnvironment)
                return makeError(QObject::tr("%1 is bound in %2 already; request access without proposing a topic")
                                     .arg(draft.channel, draft.proposedEnvironment));
        }
    } else if (Resolver::environmentsOf(*model, *uri).isEmpty()) {
        return makeError(QObject::tr("%1 leads nowhere yet: propose the environment, cluster and topic it should be bound to")
                             .arg(draft.channel));
    }

    // One open request per ask is enough.
    auto pending = list(RequestState::Pending);
    if (!pending)
        return makeError(pending.error());
    for (const AccessRequest &p : *pending) {
        if (p.application == draft.application && p.channel == draft.channel && p.intent == draft.intent
            && p.consumerGroup == draft.consumerGroup && p.groupIsPrefix == draft.groupIsPrefix)
            return makeError(QObject::tr("The same request is pending already (%1)").arg(p.uuid.left(8)));
    }

    draft.uuid = newUuid();
    draft.author = AuditLog::currentActor();
    draft.createdAt = QDateTime::currentDateTimeUtc();
    return draft;
}

Result<AccessRequest> RequestStore::file(const AccessRequest &draftIn) const
{
    auto draft = prepare(draftIn);
    if (!draft)
        return draft;
    auto tx = m_db.transaction();
    if (auto st = insert(*draft); !st)
        return makeError(st.error());
    if (auto st = tx.commit(); !st)
        return makeError(st.error());
    return find(draft->uuid);
}

Status RequestStore::insert(const AccessRequest &r) const
{
    if (auto st = execute(m_db, QStringLiteral("INSERT INTO access_requests(uuid, application, channel_uri, intent, consumer_group, "
                                               "group_is_prefix, justification, proposed_environment, proposed_cluster, "
                                               "proposed_topic, author, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {r.uuid, r.application, r.channel, intentName(r.intent), nonNull(r.consumerGroup),
                           r.groupIsPrefix, nonNull(r.justification), nonNull(r.proposedEnvironment),
                           nonNull(r.proposedCluster), nonNull(r.proposedTopic), r.author, timeText(r.createdAt)});
        !st)
        return st;
    return AuditLog(m_db).record(QStringLiteral("request.file"), QStringLiteral("request:") + r.uuid,
                                 {{QStringLiteral("application"), r.application},
                                  {QStringLiteral("channel"), r.channel},
                                  {QStringLiteral("intent"), intentName(r.intent)},
                                  {QStringLiteral("consumer_group"), r.consumerGroup},
                                  {QStringLiteral("proposed_topic"), r.proposedTopic}},
                                 r.author);
}

Status RequestStore::insertReplicated(const AccessRequest &request) const
{
    return insert(request);
}

Status RequestStore::recordDecision(const QString &requestUuid, RequestState state, const QString &reason, const QString &actor,
                                    const QDateTime &at) const
{
    auto request = find(requestUuid);
    if (!request)
        return request;
    if (auto st = execute(m_db, QStringLiteral("INSERT INTO request_events(uuid, request_uuid, kind, reason, actor, at, detail) "
                                               "VALUES(?, ?, ?, ?, ?, ?, '{}')"),
                          {newUuid(), requestUuid, requestStateName(state), nonNull(reason), actor, timeText(at)});
        !st)
        return st;
    const QString action = state == RequestState::Approved ? QStringLiteral("request.approve")
        : state == RequestState::Declined                  ? QStringLiteral("request.decline")
                                                           : QStringLiteral("request.withdraw");
    return AuditLog(m_db).record(action, QStringLiteral("request:") + requestUuid,
                                 {{QStringLiteral("reason"), reason}, {QStringLiteral("request"), describe(*request)},
                                  {QStringLiteral("via"), QStringLiteral("workspace")}},
                                 actor);
}

Result<QList<AccessRequest>> RequestStore::list(std::optional<RequestState> state) const
{
    QString where;
    if (state == RequestState::Pending)
        where = QStringLiteral("WHERE e.kind IS NULL ");
    else if (state)
        where = QStringLiteral("WHERE e.kind = ? ");
    auto stmt = m_db.prepare(kSelect + where + QStringLiteral("ORDER BY r.created_at DESC, r.id DESC"));
    if (!stmt)
        return makeError(stmt.error());
    if (state && *state != RequestState::Pending)
        stmt->bind(1, requestStateName(*state));
    QList<AccessRequest> out;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) { out.append(readRequest(s)); }); !st)
        return makeError(st.error());
    return out;
}

Result<AccessRequest> RequestStore::find(const QString &idIn) const
{
    const QString id = idIn.trimmed();
    QString where;
    QVariant arg;
    if (id.startsWith(QLatin1Char('#'))) {
        where = QStringLiteral("WHERE r.id = ?");
        arg = id.mid(1).toLongLong();
    } else {
        if (id.size() < 4)
            return makeError(QObject::tr("\"%1\" is too short to name a request; give at least 4 characters of its id").arg(id));
        where = QStringLiteral("WHERE r.uuid LIKE ? ESCAPE '\\'");
        QString escaped = id.toLower();
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        arg = escaped + QLatin1Char('%');
    }
    auto stmt = m_db.prepare(kSelect + where);
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, arg);
    QList<AccessRequest> found;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) { found.append(readRequest(s)); }); !st)
        return makeError(st.error());
    if (found.isEmpty())
        return makeError(QObject::tr("There is no request %1").arg(id));
    if (found.size() > 1)
        return makeError(QObject::tr("%1 names %2 requests; give more of the id").arg(id).arg(found.size()));
    return found.first();
}

Result<int> RequestStore::pendingCount() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM access_requests r LEFT JOIN request_events e "
                                            "ON e.request_uuid = r.uuid WHERE e.kind IS NULL"));
    if (!stmt)
        return makeError(stmt.error());
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    return int(stmt->integer(0));
}

Status RequestStore::decide(const AccessRequest &request, RequestState state, const QString &reason,
                            const QJsonObject &detail) const
{
    if (auto st = execute(m_db, QStringLiteral("INSERT INTO request_events(uuid, request_uuid, kind, reason, actor, at, detail) "
                                               "VALUES(?, ?, ?, ?, ?, ?, ?)"),
                          {newUuid(), request.uuid, requestStateName(state), nonNull(reason), AuditLog::currentActor(), nowUtc(),
                           QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
        !st)
        return st;
    QJsonObject audit = detail;
    audit.insert(QStringLiteral("reason"), reason);
    audit.insert(QStringLiteral("request"), describe(request));
    const QString action = state == RequestState::Approved ? QStringLiteral("request.approve")
        : state == RequestState::Declined                  ? QStringLiteral("request.decline")
                                                           : QStringLiteral("request.withdraw");
    return AuditLog(m_db).record(action, QStringLiteral("request:") + request.uuid, audit);
}

Result<ApprovalOutcome> RequestStore::approve(const QString &id, const QString &comment, bool forceBinding) const
{
    auto request = find(id);
    if (!request)
        return makeError(request.error());
    if (request->state != RequestState::Pending)
        return makeError(QObject::tr("Request %1 is %2 already").arg(request->uuid.left(8), requestStateName(request->state)));

    ApprovalOutcome outcome;
    auto tx = m_db.transaction();
    QJsonObject detail;
    ChannelStore channels(m_db);
    if (auto channel = channels.ensureChannel(request->channel); !channel)
        return makeError(channel.error());
    if (request->proposesBinding()) {
        auto bound = channels.bind(request->channel, request->proposedEnvironment, request->proposedCluster,
                                   request->proposedTopic, forceBinding);
        if (!bound)
            return makeError(bound.error());
        outcome.binding = bound->binding;
        outcome.warnings += bound->warnings;
        detail.insert(QStringLiteral("binding"), QJsonObject{{QStringLiteral("environment"), request->proposedEnvironment},
                                                             {QStringLiteral("cluster"), request->proposedCluster},
                                                             {QStringLiteral("topic"), request->proposedTopic}});
    }
    auto grant = GrantStore(m_db).add(request->application, request->channel, request->intent, request->consumerGroup,
                                      request->groupIsPrefix, request->uuid);
    if (!grant)
        return makeError(grant.error());
    outcome.grant = *grant;
    detail.insert(QStringLiteral("grant"), grant->uuid);
    if (auto st = decide(*request, RequestState::Approved, comment, detail); !st)
        return makeError(st.error());
    if (auto st = tx.commit(); !st)
        return makeError(st.error());
    auto after = find(request->uuid);
    if (!after)
        return makeError(after.error());
    outcome.request = *after;
    return outcome;
}

Status RequestStore::decline(const QString &id, const QString &reason) const
{
    if (reason.trimmed().isEmpty())
        return makeError(QObject::tr("Declining a request needs a reason the requester can read"));
    auto request = find(id);
    if (!request)
        return makeError(request.error());
    if (request->state != RequestState::Pending)
        return makeError(QObject::tr("Request %1 is %2 already").arg(request->uuid.left(8), requestStateName(request->state)));
    auto tx = m_db.transaction();
    if (auto st = decide(*request, RequestState::Declined, reason.trimmed(), {}); !st)
        return st;
    return tx.commit();
}

Status RequestStore::withdraw(const QString &id) const
{
    auto request = find(id);
    if (!request)
        return makeError(request.error());
    if (request->state != RequestState::Pending)
        return makeError(QObject::tr("Request %1 is %2 already").arg(request->uuid.left(8), requestStateName(request->state)));
    auto tx = m_db.transaction();
    if (auto st = decide(*request, RequestState::Withdrawn, {}, {}); !st)
        return st;
    return tx.commit();
}

} // namespace Switchboard
