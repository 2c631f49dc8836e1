// switchboard-cli grant | request | requests | approve | decline | withdraw | drift | role

#include "ChannelCliSupport.h"
#include "Command.h"
#include "VaultAccess.h"
#include "WorkspaceCliSupport.h"
#include "acl/AclProvisioner.h"
#include "acl/DriftReport.h"
#include "requests/ApprovalService.h"
#include "requests/RequestStore.h"
#include "requests/Role.h"
#include "routing/GrantStore.h"
#include "vault/ClusterSecretStore.h"
#include "vault/Vault.h"
#include "workspace/WorkspaceLog.h"
#include "workspace/WorkspaceRecord.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard::Cli {

// Reaches clusters as the crawler does: its plain settings plus, for a cluster whose secrets
// live in the vault (vault cluster-secret set), those secrets; the vault is unlocked only
// when such a cluster is reached (--passphrase-fd, the environment, the keychain or a prompt).
ClusterConnector cliConnector(Context &ctx, const QCommandLineParser &parser)
{
    auto vault = std::make_shared<std::unique_ptr<Vault>>();
    return [&ctx, &parser, vault](const Cluster &cluster) -> Result<ClientConfig> {
        ClientConfig config = cluster.clientConfig();
        auto db = ctx.catalog();
        if (!db)
            return makeError(db.error());
        Vault locked(**db);
        auto names = ClusterSecretStore(locked).names(cluster.name);
        if (!names || names->isEmpty())
            return config;
        if (!*vault) {
            auto unlocked = openUnlockedVault(ctx, parser);
            if (!unlocked)
                return makeError(QObject::tr("Cluster %1 needs its secrets from the vault: %2").arg(cluster.name, unlocked.error()));
            *vault = std::move(unlocked.value());
        }
        if (auto st = ClusterSecretStore(**vault).apply(cluster.name, config); !st)
            return makeError(st.error());
        return config;
    };
}

namespace {

using namespace Internal;

QString groupText(const QString &group, bool prefix)
{
    if (group.isEmpty())
        return QStringLiteral("-");
    return prefix ? group + QLatin1Char('*') : group;
}

void printAclReport(Context &ctx, const ProvisionReport &r)
{
    for (const ClusterAcl &a : r.created)
        ctx.out() << QObject::tr("  created  %1: %2").arg(a.cluster, a.acl.toString()) << "\n";
    for (const ClusterAcl &a : r.present)
        ctx.out() << QObject::tr("  present  %1: %2").arg(a.cluster, a.acl.toString()) << "\n";
    for (const ClusterAcl &a : r.deleted)
        ctx.out() << QObject::tr("  deleted  %1: %2").arg(a.cluster, a.acl.toString()) << "\n";
    for (const ClusterAcl &a : r.kept)
        ctx.out() << QObject::tr("  kept     %1: %2 (another grant needs it)").arg(a.cluster, a.acl.toString()) << "\n";
    for (const QString &n : r.notes)
        ctx.err() << QObject::tr("note: %1").arg(n) << "\n";
    ctx.out().flush();
    ctx.err().flush();
}

// Reads --group / --group-prefix for an intent.
bool readGroup(Context &ctx, const QCommandLineParser &p, Intent intent, QString *group, bool *prefix, int *status)
{
    if (isSet(p, "group") && isSet(p, "group-prefix")) {
        *status = ctx.fail(QObject::tr("give --group or --group-prefix, not both"));
        return false;
    }
    *prefix = isSet(p, "group-prefix");
    *group = *prefix ? value(p, "group-prefix") : value(p, "group");
    if (intent == Intent::Produce && !group->isEmpty()) {
        *status = ctx.fail(QObject::tr("a produce grant takes no consumer group"));
        return false;
    }
    return true;
}

bool readIntent(Context &ctx, const QCommandLineParser &p, Intent *intent, int *status)
{
    const auto parsed = parseIntent(value(p, "intent"));
    if (!parsed) {
        *status = ctx.fail(QObject::tr("--intent is produce or consume"));
        return false;
    }
    *intent = *parsed;
    return true;
}

QJsonObject grantJson(const GrantRecord &g)
{
    return {{QStringLiteral("id"), g.grant.id},
            {QStringLiteral("uuid"), g.uuid},
            {QStringLiteral("application"), g.application},
            {QStringLiteral("channel"), g.grant.channel},
            {QStringLiteral("intent"), intentName(g.grant.intent)},
            {QStringLiteral("consumer_group"), g.grant.consumerGroup},
            {QStringLiteral("group_is_prefix"), g.grant.groupIsPrefix},
            {QStringLiteral("request"), g.requestUuid},
            {QStringLiteral("created_at"), g.createdAt.toString(Qt::ISODate)},
            {QStringLiteral("created_by"), g.createdBy},
            {QStringLiteral("active"), g.active()},
            {QStringLiteral("revoked_at"), g.revokedAt.isValid() ? g.revokedAt.toString(Qt::ISODate) : QString()},
            {QStringLiteral("revoked_by"), g.revokedBy}};
}

QJsonObject requestJson(const AccessRequest &r)
{
    QJsonObject o{{QStringLiteral("id"), r.uuid},
                  {QStringLiteral("application"), r.application},
                  {QStringLiteral("channel"), r.channel},
                  {QStringLiteral("intent"), intentName(r.intent)},
                  {QStringLiteral("consumer_group"), r.consumerGroup},
                  {QStringLiteral("group_is_prefix"), r.groupIsPrefix},
                  {QStringLiteral("justification"), r.justification},
                  {QStringLiteral("author"), r.author},
                  {QStringLiteral("created_at"), r.createdAt.toString(Qt::ISODate)},
                  {QStringLiteral("state"), requestStateName(r.state)}};
    if (r.proposesBinding())
        o.insert(QStringLiteral("proposed_binding"), QJsonObject{{QStringLiteral("environment"), r.proposedEnvironment},
                                                                 {QStringLiteral("cluster"), r.proposedCluster},
                                                                 {QStringLiteral("topic"), r.proposedTopic}});
    if (r.state != RequestState::Pending) {
        o.insert(QStringLiteral("decided_by"), r.decidedBy);
        o.insert(QStringLiteral("decided_at"), r.decidedAt.toString(Qt::ISODate));
        o.insert(QStringLiteral("reason"), r.reason);
    }
    return o;
}

// ---- grant -----------------------------------------------------------------------------

int grantAdd(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    Intent intent;
    QString group;
    bool prefix = false;
    if (!readIntent(ctx, p, &intent, &status) || !readGroup(ctx, p, intent, &group, &prefix, &status))
        return status;
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (!requirePlatformEngineer(ctx, **db, QObject::tr("Granting access"), &status))
        return status;
    auto g = GrantStore(**db).add(p.positionalArguments().at(0), p.positionalArguments().at(1), intent, group, prefix);
    if (!g)
        return ctx.fail(g.error());
    ctx.out() << QObject::tr("Grant #%1: %2 may %3 %4").arg(g->grant.id).arg(g->application, intentName(intent), g->grant.channel)
              << Qt::endl;
    if (isSet(p, "provision")) {
        auto report = AclProvisioner(**db, cliConnector(ctx, p)).provision(g->grant.id);
        if (!report)
            return ctx.fail(QObject::tr("the grant stands, but provisioning its ACLs failed: %1").arg(report.error()));
        printAclReport(ctx, *report);
    }
    return 0;
}

int grantList(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    auto grants = GrantStore(**db).list(GrantFilter{value(p, "app"), value(p, "channel"), isSet(p, "all")});
    if (!grants)
        return ctx.fail(grants.error());
    if (isSet(p, "json")) {
        QJsonArray out;
        for (const GrantRecord &g : *grants)
            out.append(grantJson(g));
        printJson(ctx, QJsonDocument(out));
        return 0;
    }
    QList<QStringList> rows;
    for (const GrantRecord &g : *grants)
        rows.append({QString::number(g.grant.id), g.application, intentName(g.grant.intent), g.grant.channel,
                     groupText(g.grant.consumerGroup, g.grant.groupIsPrefix),
                     g.active() ? QObject::tr("active") : QObject::tr("revoked")});
    printTable(ctx, {QStringLiteral("ID"), QStringLiteral("APPLICATION"), QStringLiteral("INTENT"), QStringLiteral("CHANNEL"),
                     QStringLiteral("GROUP"), QStringLiteral("STATE")},
               rows);
    return 0;
}

int grantRevokeOrProvision(Context &ctx, const Arguments &p, bool revoke)
{
    const QString command = revoke ? QStringLiteral("grant revoke") : QStringLiteral("grant provision");
    [[maybe_unused]] int status = 0;
    bool ok = false;
    const qint64 id = p.positionalArguments().first().toLongLong(&ok);
    if (!ok)
        return ctx.fail(QObject::tr("%1 takes a grant id (see grant list)").arg(command));
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (!requirePlatformEngineer(ctx, **db, revoke ? QObject::tr("Revoking a grant") : QObject::tr("Provisioning ACLs"), &status))
        return status;
    AclProvisioner provisioner(**db, cliConnector(ctx, p));
    auto report = revoke ? provisioner.revoke(id, isSet(p, "keep-acls-on-error")) : provisioner.provision(id);
    if (!report)
        return ctx.fail(report.error());
    ctx.out() << (revoke ? QObject::tr("Revoked grant #%1").arg(id) : QObject::tr("Provisioned grant #%1").arg(id)) << Qt::endl;
    printAclReport(ctx, *report);
    return 0;
}

// ---- requests --------------------------------------------------------------------------

// Sends what waits in the outbox now and applies what came back; offline it stays in the outbox
// (report.waiting says why) and the command still succeeds. Returns non-zero when the command
// fails: the sync itself failed, or the broker refused a record (each printed).
int sendNow(Context &ctx, const Arguments &p, const WorkspaceInfo &info, const Database &db, SyncReport &report)
{
    auto log = openWorkspaceLog(ctx, p, info);
    if (!log)
        report.waiting = log.error();
    else if (auto st = WorkspaceSync(db, info, **log).sync(report); !st)
        return ctx.fail(st.error());
    for (const QString &r : report.refused)
        ctx.err() << QObject::tr("refused: %1").arg(r) << Qt::endl;
    for (const QString &i : report.ignored)
        ctx.err() << QObject::tr("ignored: %1").arg(i) << Qt::endl;
    return report.refused.isEmpty() ? 0 : 1;
}

// In a workspace a request goes to the member's own request topic through the outbox, and
// into this catalog when it comes back from the log: the log is the one order for everyone.
// Offline, it waits in the outbox and the command still succeeds.
int requestInWorkspace(Context &ctx, const Arguments &p, const WorkspaceInfo &info, const AccessRequest &draft)
{
    auto db = ctx.catalog();
    auto prepared = RequestStore(**db).prepare(draft);
    if (!prepared)
        return ctx.fail(prepared.error());
    const QString summary = QObject::tr("request %1: %2 %3 %4").arg(prepared->uuid.left(8), prepared->application,
                                                                   intentName(prepared->intent), prepared->channel);
    if (auto id = WorkspaceStore(**db).enqueue(info.layout().requestTopic(info.principal), WorkspaceRecord::request(*prepared), summary);
        !id)
        return ctx.fail(id.error());
    SyncReport report;
    if (const int failed = sendNow(ctx, p, info, **db, report))
        return failed;
    auto filed = RequestStore(**db).find(prepared->uuid);
    if (!filed) {
        ctx.out() << QObject::tr("Filed request %1: %2 %3 %4 (pending); it waits in the outbox and goes to workspace %5 "
                                 "with the next workspace sync: %6")
                         .arg(prepared->uuid, prepared->application, intentName(prepared->intent), prepared->channel, info.name,
                              report.waiting.isEmpty() ? report.readError : report.waiting)
                  << Qt::endl;
        return 0;
    }
    if (isSet(p, "json")) {
        printJson(ctx, QJsonDocument(requestJson(*filed)));
        return 0;
    }
    ctx.out() << QObject::tr("Filed request %1: %2 %3 %4 (pending) in workspace %5").arg(filed->uuid, filed->application,
                                                                                         intentName(filed->intent), filed->channel,
                                                                                         info.name)
              << Qt::endl;
    return 0;
}

// In a workspace a decision must be in the log before it takes effect here: it is appended
// to the state topic at once (the broker refuses it unless this member is a platform member),
// everything before it in the log is applied, and only then, if the request is still
// pending, does it take effect here (decide). Whoever decided first in the log stands.
int decideInWorkspace(Context &ctx, const Arguments &p, const WorkspaceInfo &info, const QString &id, RequestState state,
                      const QString &reason, const std::function<int()> &decide)
{
    auto db = ctx.catalog();
    auto request = RequestStore(**db).find(id);
    if (!request)
        return ctx.fail(request.error());
    if (request->state != RequestState::Pending)
        return ctx.fail(QObject::tr("Request %1 is %2 already").arg(request->uuid.left(8), requestStateName(request->state)));
    auto log = openWorkspaceLog(ctx, p, info);
    if (!log)
        return ctx.fail(log.error());
    WorkspaceSync sync(**db, info, **log);
    const QString summary = QObject::tr("%1 request %2").arg(state == RequestState::Approved ? QStringLiteral("approve")
                                                                                            : QStringLiteral("decline"),
                                                            request->uuid.left(8));
    auto offset = sync.appendNow(info.layout().stateTopic(),
                                 WorkspaceRecord::decision(request->uuid, state, reason, info.memberName(), -1), summary);
    if (!offset)
        return ctx.fail(offset.error());
    SyncReport report;
    if (auto st = sync.pull(report, *offset); !st)
        return ctx.fail(st.error());
    auto now = RequestStore(**db).find(request->uuid);
    if (!now)
        return ctx.fail(now.error());
    if (now->state != RequestState::Pending)
        return ctx.fail(QObject::tr("%1 had %2 request %3 before your decision reached the log; theirs stands")
                            .arg(now->decidedBy, requestStateName(now->state), request->uuid.left(8)));
    const int status = decide();
    SyncReport after;
    if (auto st = sync.pull(after); !st)
        return ctx.fail(st.error());
    return status;
}

int approveHere(Context &ctx, const Arguments &p, const ApproveOptions &options);

// In a workspace the author's withdrawal goes to their own request topic (so the broker vouches
// that the author withdrew it); a platform member's Switchboard relays it to the state topic,
// where it takes its place in the one order with the decisions.
int withdrawInWorkspace(Context &ctx, const Arguments &p, const WorkspaceInfo &info)
{
    auto db = ctx.catalog();
    auto request = RequestStore(**db).find(p.arg(0));
    if (!request)
        return ctx.fail(request.error());
    if (request->author != info.memberName())
        return ctx.fail(QObject::tr("Request %1 was filed by %2; only its author withdraws it").arg(request->uuid.left(8), request->author));
    if (request->state != RequestState::Pending)
        return ctx.fail(QObject::tr("Request %1 is %2 already").arg(request->uuid.left(8), requestStateName(request->state)));
    if (auto id = WorkspaceStore(**db).enqueue(info.layout().requestTopic(info.principal), WorkspaceRecord::withdrawal(request->uuid),
                                               QObject::tr("withdraw request %1").arg(request->uuid.left(8)));
        !id)
        return ctx.fail(id.error());
    SyncReport report;
    if (const int failed = sendNow(ctx, p, info, **db, report))
        return failed;
    auto now = RequestStore(**db).find(request->uuid);
    if (now && now->state == RequestState::Withdrawn) {
        ctx.out() << QObject::tr("Withdrew request %1").arg(request->uuid.left(8)) << Qt::endl;
    } else if (!report.waiting.isEmpty()) {
        ctx.out() << QObject::tr("Withdrawal of request %1 waits in the outbox and goes to workspace %2 with the next "
                                 "workspace sync: %3").arg(request->uuid.left(8), info.name, report.waiting)
                  << Qt::endl;
    } else {
        ctx.out() << QObject::tr("Withdrawal of request %1 sent to workspace %2; it takes effect when a platform member's "
                                 "Switchboard next syncs").arg(request->uuid.left(8), info.name)
                  << Qt::endl;
    }
    return 0;
}

int request(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    AccessRequest draft;
    if (!readIntent(ctx, p, &draft.intent, &status)
        || !readGroup(ctx, p, draft.intent, &draft.consumerGroup, &draft.groupIsPrefix, &status))
        return status;
    draft.application = p.positionalArguments().at(0);
    draft.channel = p.positionalArguments().at(1);
    draft.justification = value(p, "justification");
    draft.proposedEnvironment = value(p, "env");
    draft.proposedCluster = value(p, "cluster");
    draft.proposedTopic = value(p, "topic");
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    auto workspace = currentWorkspace(ctx);
    if (!workspace)
        return ctx.fail(workspace.error());
    if (workspace->has_value())
        return requestInWorkspace(ctx, p, **workspace, draft);
    auto filed = RequestStore(**db).file(draft);
    if (!filed)
        return ctx.fail(filed.error());
    if (isSet(p, "json")) {
        printJson(ctx, QJsonDocument(requestJson(*filed)));
        return 0;
    }
    ctx.out() << QObject::tr("Filed request %1: %2 %3 %4 (pending)").arg(filed->uuid, filed->application,
                                                                        intentName(filed->intent), filed->channel)
              << Qt::endl;
    return 0;
}

int requests(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    std::optional<RequestState> state;
    if (isSet(p, "state")) {
        state = parseRequestState(value(p, "state"));
        if (!state)
            return ctx.fail(QObject::tr("--state is pending, approved, declined or withdrawn"));
    }
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    auto list = RequestStore(**db).list(state);
    if (!list)
        return ctx.fail(list.error());
    if (isSet(p, "json")) {
        QJsonArray out;
        for (const AccessRequest &r : *list)
            out.append(requestJson(r));
        printJson(ctx, QJsonDocument(out));
        return 0;
    }
    if (list->isEmpty()) {
        ctx.out() << QObject::tr("No requests.") << Qt::endl;
        return 0;
    }
    QList<QStringList> rows;
    for (const AccessRequest &r : *list)
        rows.append({r.uuid.left(8), requestStateName(r.state), r.application, intentName(r.intent), r.channel,
                     groupText(r.consumerGroup, r.groupIsPrefix), r.author, r.reason});
    printTable(ctx, {QStringLiteral("ID"), QStringLiteral("STATE"), QStringLiteral("APPLICATION"), QStringLiteral("INTENT"),
                     QStringLiteral("CHANNEL"), QStringLiteral("GROUP"), QStringLiteral("BY"), QStringLiteral("REASON")},
               rows);
    return 0;
}

int approve(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    ApproveOptions options;
    options.comment = value(p, "comment");
    options.createTopic = isSet(p, "create-topic");
    options.provisionAcls = isSet(p, "provision");
    options.forceBinding = isSet(p, "force");
    if (isSet(p, "partitions"))
        options.partitions = int(p.number(QStringLiteral("partitions")));
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (!requirePlatformEngineer(ctx, **db, QObject::tr("Approving a request"), &status))
        return status;
    auto workspace = currentWorkspace(ctx);
    if (!workspace)
        return ctx.fail(workspace.error());
    if (workspace->has_value()) {
        return decideInWorkspace(ctx, p, **workspace, p.arg(0), RequestState::Approved, options.comment,
                                 [&] { return approveHere(ctx, p, options); });
    }
    return approveHere(ctx, p, options);
}

int approveHere(Context &ctx, const Arguments &p, const ApproveOptions &options)
{
    auto db = ctx.catalog();
    auto result = ApprovalService(**db, cliConnector(ctx, p)).approve(p.positionalArguments().first(), options);
    if (!result)
        return ctx.fail(result.error());
    for (const QString &w : result->warnings)
        ctx.err() << QObject::tr("note: %1").arg(w) << Qt::endl;
    if (isSet(p, "json")) {
        QJsonObject out = requestJson(result->outcome.request);
        out.insert(QStringLiteral("grant"), grantJson(result->outcome.grant));
        out.insert(QStringLiteral("topic_created"), result->topicCreated);
        if (result->acls) {
            QJsonArray created;
            for (const ClusterAcl &a : result->acls->created)
                created.append(QStringLiteral("%1: %2").arg(a.cluster, a.acl.toString()));
            out.insert(QStringLiteral("acls_created"), created);
        }
        out.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result->warnings));
        printJson(ctx, QJsonDocument(out));
        return 0;
    }
    ctx.out() << QObject::tr("Approved request %1: grant #%2").arg(result->outcome.request.uuid.left(8)).arg(result->outcome.grant.grant.id)
              << Qt::endl;
    if (result->acls)
        printAclReport(ctx, *result->acls);
    return 0;
}

int decline(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    if (value(p, "reason").trimmed().isEmpty())
        return ctx.fail(QObject::tr("decline needs --reason TEXT"));
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (!requirePlatformEngineer(ctx, **db, QObject::tr("Declining a request"), &status))
        return status;
    auto here = [&] {
        if (auto st = RequestStore(**db).decline(p.positionalArguments().first(), value(p, "reason")); !st)
            return ctx.fail(st.error());
        ctx.out() << QObject::tr("Declined request %1").arg(p.positionalArguments().first()) << Qt::endl;
        return 0;
    };
    auto workspace = currentWorkspace(ctx);
    if (!workspace)
        return ctx.fail(workspace.error());
    if (workspace->has_value())
        return decideInWorkspace(ctx, p, **workspace, p.arg(0), RequestState::Declined, value(p, "reason"), here);
    return here();
}

int withdraw(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    auto workspace = currentWorkspace(ctx);
    if (!workspace)
        return ctx.fail(workspace.error());
    if (workspace->has_value())
        return withdrawInWorkspace(ctx, p, **workspace);
    if (auto st = RequestStore(**db).withdraw(p.positionalArguments().first()); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Withdrew request %1").arg(p.positionalArguments().first()) << Qt::endl;
    return 0;
}

// ---- drift, role -----------------------------------------------------------------------

int drift(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    auto report = isSet(p, "crawled") ? DriftReport::crawled(**db, value(p, "cluster")) : DriftReport::live(**db, value(p, "cluster"), cliConnector(ctx, p));
    if (!report)
        return ctx.fail(report.error());
    if (isSet(p, "json")) {
        printJson(ctx, QJsonDocument(report->toJson()));
        return 0;
    }
    for (const QString &n : report->notes)
        ctx.err() << QObject::tr("note: %1").arg(n) << Qt::endl;
    if (report->clean()) {
        ctx.out() << (report->clusters.isEmpty() ? QObject::tr("No drift (no cluster to compare)")
                                                 : QObject::tr("No drift on %1").arg(report->clusters.join(QStringLiteral(", "))))
                  << Qt::endl;
        return 0;
    }
    if (!report->missing.isEmpty()) {
        ctx.out() << QObject::tr("Missing for approved grants:") << "\n";
        for (const MissingAcl &m : report->missing)
            ctx.out() << QStringLiteral("  grant #%1 (%2 %3 %4) on %5: %6\n")
                             .arg(m.grantId)
                             .arg(m.application, intentName(m.intent), m.channel, m.acl.cluster, m.acl.acl.toString());
    }
    if (!report->unexplained.isEmpty()) {
        ctx.out() << QObject::tr("Not explained by any grant:") << "\n";
        for (const UnexplainedAcl &u : report->unexplained)
            ctx.out() << QStringLiteral("  %1: %2%3\n")
                             .arg(u.acl.cluster, u.acl.acl.toString(),
                                  u.application.isEmpty() ? QString() : QObject::tr(" (principal of %1)").arg(u.application));
    }
    ctx.out().flush();
    return 0;
}

int roleShow(Context &ctx, const Arguments &)
{
    ctx.out() << RoleSetting::name(RoleSetting::current(*ctx.catalog().value())) << Qt::endl;
    return 0;
}

int roleSet(Context &ctx, const Arguments &p)
{
    Database &db = *ctx.catalog().value();
    const auto r = RoleSetting::parse(p.arg(0));
    if (!r)
        return ctx.fail(QObject::tr("a role is platform-engineer or developer"));
    if (auto st = RoleSetting::set(db, *r); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Role: %1").arg(RoleSetting::name(*r)) << Qt::endl;
    return 0;
}

OptionSpec textOption(const char *name, const char *valueName, const char *description)
{
    return OptionSpec::text(QString::fromLatin1(name), QString::fromLatin1(valueName), description);
}

ArgumentSpec idArgument(const char *description)
{
    return ArgumentSpec::one(QStringLiteral("ID"), description).integer(1, std::numeric_limits<qint64>::max());
}

OptionSpec intentOption(bool required = true)
{
    OptionSpec o = textOption("intent", "INTENT", QT_TRANSLATE_NOOP("Cli", "what the application does with the channel"))
                       .choices({QStringLiteral("produce"), QStringLiteral("consume")});
    return required ? o.mandatory() : o;
}

const QStringList kRequestStates{QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("declined"),
                                 QStringLiteral("withdrawn")};

const Registration grantRegistration(
    CommandSpec("grant", QT_TRANSLATE_NOOP("Cli", "grants of channels to applications, and the ACLs they provision"))
        .sub(CommandSpec("add", QT_TRANSLATE_NOOP("Cli", "let an application produce to or consume from a channel"))
                 .arg(ArgumentSpec::one(QStringLiteral("APP"), QT_TRANSLATE_NOOP("Cli", "the application's name")))
                 .arg(ArgumentSpec::one(QStringLiteral("CHANNEL"), QT_TRANSLATE_NOOP("Cli", "the channel's URI")))
                 .option(intentOption())
                 .option(textOption("group", "GROUP", QT_TRANSLATE_NOOP("Cli", "the consumer group (consume)")))
                 .option(textOption("group-prefix", "PREFIX", QT_TRANSLATE_NOOP("Cli", "a consumer group prefix (consume)")))
                 .option(OptionSpec::flag(QStringLiteral("provision"), QT_TRANSLATE_NOOP("Cli", "create the ACLs on the cluster")))
                 .needing(Needs::Vault)
                 .handler(grantAdd))
        .sub(CommandSpec("list", QT_TRANSLATE_NOOP("Cli", "list the grants"))
                 .option(Options::app(QT_TRANSLATE_NOOP("Cli", "only this application's grants")))
                 .option(textOption("channel", "URI", QT_TRANSLATE_NOOP("Cli", "only this channel's grants")))
                 .option(OptionSpec::flag(QStringLiteral("all"), QT_TRANSLATE_NOOP("Cli", "include revoked grants")))
                 .option(Options::json())
                 .handler(grantList))
        .sub(CommandSpec("revoke", QT_TRANSLATE_NOOP("Cli", "revoke a grant and delete the ACLs no other grant needs"))
                 .arg(idArgument(QT_TRANSLATE_NOOP("Cli", "the grant's id (see grant list)")))
                 .option(OptionSpec::flag(QStringLiteral("keep-acls-on-error"),
                                          QT_TRANSLATE_NOOP("Cli", "revoke even if a cluster cannot be reached to delete the ACLs")))
                 .needing(Needs::Vault)
                 .handler([](Context &ctx, const Arguments &p) { return grantRevokeOrProvision(ctx, p, true); }))
        .sub(CommandSpec("provision", QT_TRANSLATE_NOOP("Cli", "create a grant's ACLs on its cluster"))
                 .arg(idArgument(QT_TRANSLATE_NOOP("Cli", "the grant's id (see grant list)")))
                 .needing(Needs::Vault)
                 .handler([](Context &ctx, const Arguments &p) { return grantRevokeOrProvision(ctx, p, false); })));

const Registration requestRegistration(
    CommandSpec("request", QT_TRANSLATE_NOOP("Cli", "file an access request (a new channel: propose where to bind it)"))
        .arg(ArgumentSpec::one(QStringLiteral("APP"), QT_TRANSLATE_NOOP("Cli", "the application's name")))
        .arg(ArgumentSpec::one(QStringLiteral("CHANNEL"), QT_TRANSLATE_NOOP("Cli", "the channel's URI")))
        .option(intentOption())
        .option(textOption("group", "GROUP", QT_TRANSLATE_NOOP("Cli", "the consumer group (consume)")))
        .option(textOption("group-prefix", "PREFIX", QT_TRANSLATE_NOOP("Cli", "a consumer group prefix (consume)")))
        .option(textOption("justification", "TEXT", QT_TRANSLATE_NOOP("Cli", "why the application needs it")))
        .option(Options::env(QT_TRANSLATE_NOOP("Cli", "proposed binding: the environment")))
        .option(Options::cluster(QT_TRANSLATE_NOOP("Cli", "proposed binding: the cluster")))
        .option(textOption("topic", "TOPIC", QT_TRANSLATE_NOOP("Cli", "proposed binding: the topic")))
        .option(Options::json())
        .needing(Needs::Vault)
        .handler(request));

const Registration requestsRegistration(
    CommandSpec("requests", QT_TRANSLATE_NOOP("Cli", "list access requests and their decisions"))
        .option(textOption("state", "STATE", QT_TRANSLATE_NOOP("Cli", "only requests in this state")).choices(kRequestStates))
        .option(Options::json())
        .handler(requests));

const Registration approveRegistration(
    CommandSpec("approve", QT_TRANSLATE_NOOP("Cli", "approve a request: binding (if proposed) and grant; optionally the topic and the ACLs"))
        .arg(ArgumentSpec::one(QStringLiteral("ID"), QT_TRANSLATE_NOOP("Cli", "the request's id, or its first 8 characters")))
        .option(textOption("comment", "TEXT", QT_TRANSLATE_NOOP("Cli", "a note for the requester")))
        .option(OptionSpec::flag(QStringLiteral("create-topic"), QT_TRANSLATE_NOOP("Cli", "create the proposed topic on its cluster")))
        .option(textOption("partitions", "N", QT_TRANSLATE_NOOP("Cli", "partitions of a created topic")).integer(1, 100000))
        .option(OptionSpec::flag(QStringLiteral("provision"), QT_TRANSLATE_NOOP("Cli", "create the grant's ACLs on the cluster")))
        .option(OptionSpec::flag(QStringLiteral("force"), QT_TRANSLATE_NOOP("Cli", "bind even if the catalog does not know the proposed topic")))
        .option(Options::json())
        .needing(Needs::Vault)
        .handler(approve));

const Registration declineRegistration(
    CommandSpec("decline", QT_TRANSLATE_NOOP("Cli", "decline a request with a reason the requester reads"))
        .arg(ArgumentSpec::one(QStringLiteral("ID"), QT_TRANSLATE_NOOP("Cli", "the request's id, or its first 8 characters")))
        .option(textOption("reason", "TEXT", QT_TRANSLATE_NOOP("Cli", "why (the requester reads it)")))
        .needing(Needs::Vault)
        .handler(decline));

const Registration withdrawRegistration(
    CommandSpec("withdraw", QT_TRANSLATE_NOOP("Cli", "withdraw a pending request"))
        .arg(ArgumentSpec::one(QStringLiteral("ID"), QT_TRANSLATE_NOOP("Cli", "the request's id, or its first 8 characters")))
        .needing(Needs::Vault)
        .handler(withdraw));

const Registration driftRegistration(
    CommandSpec("drift", QT_TRANSLATE_NOOP("Cli", "ACLs missing for approved grants, and ACLs no grant explains"))
        .option(Options::cluster(QT_TRANSLATE_NOOP("Cli", "only this cluster")))
        .option(OptionSpec::flag(QStringLiteral("crawled"), QT_TRANSLATE_NOOP("Cli", "compare the last crawl's ACLs instead of asking the cluster")))
        .option(Options::json())
        .needing(Needs::Vault)
        .handler(drift));

const Registration roleRegistration(
    CommandSpec("role", QT_TRANSLATE_NOOP("Cli", "this catalog's role (a setting; enforcement between people comes with the shared workspace)"))
        .sub(CommandSpec("show", QT_TRANSLATE_NOOP("Cli", "print the role")).handler(roleShow))
        .sub(CommandSpec("set", QT_TRANSLATE_NOOP("Cli", "set the role"))
                 .arg(ArgumentSpec::one(QStringLiteral("ROLE"), QT_TRANSLATE_NOOP("Cli", "the role"))
                          .choices({QStringLiteral("platform-engineer"), QStringLiteral("developer")}))
                 .handler(roleSet))
        .byDefault(QStringLiteral("show")));

} // namespace
} // namespace Switchboard::Cli
