// switchboard-cli workspace create|join|enroll|status|members|sync|leave (docs/workspace.md)

#include "ChannelCliSupport.h"
#include "Command.h"
#include "VaultAccess.h"
#include "WorkspaceCliSupport.h"
#include "clusters/ClusterStore.h"
#include "kafka/AdminClient.h"
#include "workspace/WorkspaceLog.h"
#include "workspace/WorkspaceRecord.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard::Cli {

using namespace Internal;

Result<std::optional<WorkspaceInfo>> currentWorkspace(Context &ctx)
{
    auto db = ctx.catalog();
    if (!db)
        return makeError(db.error());
    auto info = WorkspaceStore(**db).current();
    if (info && info->has_value())
        qputenv("SWITCHBOARD_USER", (*info)->memberName().toUtf8());
    return info;
}

namespace {

// The home cluster's client settings with this member's secrets.
Result<ClientConfig> homeConfig(Context &ctx, const QCommandLineParser &parser, const QString &clusterName)
{
    auto db = ctx.catalog();
    if (!db)
        return makeError(db.error());
    auto cluster = ClusterStore(**db).find(clusterName);
    if (!cluster)
        return makeError(cluster.error());
    if (!cluster->has_value())
        return makeError(QObject::tr("There is no cluster \"%1\"; register the home cluster with cluster add first").arg(clusterName));
    return cliConnector(ctx, parser)(**cluster);
}

} // namespace

Result<std::unique_ptr<WorkspaceLog>> openWorkspaceLog(Context &ctx, const QCommandLineParser &parser, const WorkspaceInfo &info)
{
    auto config = homeConfig(ctx, parser, info.cluster);
    if (!config)
        return makeError(config.error());
    return WorkspaceLog::create(*config);
}

int printSyncReport(Context &ctx, const WorkspaceInfo &info, const SyncReport &report)
{
    for (const QString &r : report.refused)
        ctx.err() << QObject::tr("refused: %1").arg(r) << Qt::endl;
    for (const QString &c : report.conflicts)
        ctx.err() << QObject::tr("replaced: %1").arg(c) << Qt::endl;
    for (const QString &i : report.ignored)
        ctx.err() << QObject::tr("ignored: %1").arg(i) << Qt::endl;
    if (!report.waiting.isEmpty())
        ctx.err() << QObject::tr("offline: %1").arg(report.waiting) << Qt::endl;
    if (!report.readError.isEmpty())
        ctx.err() << QObject::tr("not synced: %1").arg(report.readError) << Qt::endl;
    ctx.out() << QObject::tr("Workspace %1: sent %2, applied %3, ignored %4").arg(info.name).arg(report.sent).arg(report.applied)
                     .arg(report.ignored.size())
              << Qt::endl;
    return report.reachedCluster() && report.refused.isEmpty() ? 0 : 1;
}

int writeSharedState(Context &ctx, const QCommandLineParser &parser, const WorkspaceInfo &info, WorkspaceRecord record,
                     const QString &summary, const QString &done)
{
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    auto current = WorkspaceStore(**db).version(QString::fromUtf8(record.key()));
    if (!current)
        return ctx.fail(current.error());
    record.base = current->has_value() ? (*current)->version : -1;
    auto log = openWorkspaceLog(ctx, parser, info);
    if (!log)
        return ctx.fail(log.error());
    WorkspaceSync sync(**db, info, **log);
    auto offset = sync.appendNow(info.layout().stateTopic(), record, summary);
    if (!offset)
        return ctx.fail(offset.error());
    ctx.out() << done << Qt::endl;
    SyncReport report;
    if (auto st = sync.pull(report); !st)
        return ctx.fail(st.error());
    return printSyncReport(ctx, info, report);
}

namespace {

// ACLs just created reach the broker's authorizer through the metadata log a moment later.
constexpr int kAclGraceMs = 15000;

// The member's principal: --principal, else User:<sasl.username> of the home cluster.
Result<QString> memberPrincipal(Context &ctx, const QCommandLineParser &p, const QString &clusterName)
{
    if (isSet(p, "principal"))
        return WorkspaceLayout::principal(value(p, "principal"));
    auto db = ctx.catalog();
    if (!db)
        return makeError(db.error());
    auto cluster = ClusterStore(**db).find(clusterName);
    if (!cluster)
        return makeError(cluster.error());
    if (!cluster->has_value())
        return makeError(QObject::tr("There is no cluster \"%1\"; register the home cluster with cluster add first").arg(clusterName));
    const QString user = (*cluster)->properties.value(QStringLiteral("sasl.username"));
    if (user.isEmpty())
        return makeError(QObject::tr("Cluster %1 names no sasl.username; give the Kafka principal you are known by with --principal")
                             .arg(clusterName));
    return WorkspaceLayout::principal(user);
}

bool refuseSecondWorkspace(Context &ctx, int *status)
{
    auto current = currentWorkspace(ctx);
    if (!current) {
        *status = ctx.fail(current.error());
        return true;
    }
    if (current->has_value()) {
        *status = ctx.fail(QObject::tr("This catalog is a member of workspace %1 already; leave it first (workspace leave)")
                               .arg((*current)->name));
        return true;
    }
    return false;
}

// The workspace of this catalog, or a failure saying there is none.
std::optional<WorkspaceInfo> requireWorkspace(Context &ctx, int *status)
{
    auto current = currentWorkspace(ctx);
    if (!current) {
        *status = ctx.fail(current.error());
        return std::nullopt;
    }
    if (!current->has_value()) {
        *status = ctx.fail(QObject::tr("This catalog is in no workspace (single-user mode); create one with workspace create "
                                       "or join one with workspace join"));
        return std::nullopt;
    }
    return **current;
}

Status createTopicsIfMissing(const AdminClient &admin, const QList<NewTopic> &topics)
{
    auto existing = admin.metadata();
    if (!existing)
        return existing;
    QList<NewTopic> missing;
    for (const NewTopic &t : topics) {
        bool found = false;
        for (const TopicMetadata &m : existing->topics)
            found = found || m.name == t.name;
        if (!found)
            missing.append(t);
    }
    return admin.createTopics(missing);
}

void printAcls(Context &ctx, const QList<AclBinding> &acls)
{
    for (const AclBinding &a : acls)
        ctx.out() << QObject::tr("  ACL %1").arg(a.toString()) << "\n";
    ctx.out().flush();
}

// What create and join are given: the workspace, its home cluster and who this member is;
// refused when this catalog has a workspace already.
std::optional<WorkspaceInfo> newMembership(Context &ctx, const Arguments &p, int *status)
{
    if (refuseSecondWorkspace(ctx, status))
        return std::nullopt;
    const QString name = p.arg(0);
    const QString clusterName = value(p, "cluster");
    if (auto st = WorkspaceLayout::validateName(name); !st) {
        *status = ctx.fail(st.error());
        return std::nullopt;
    }
    auto principal = memberPrincipal(ctx, p, clusterName);
    if (!principal) {
        *status = ctx.fail(principal.error());
        return std::nullopt;
    }
    return WorkspaceInfo{name, clusterName, *principal, QDateTime::currentDateTimeUtc()};
}

int workspaceCreate(Context &ctx, const Arguments &p)
{
    int status = 0;
    const auto membership = newMembership(ctx, p, &status);
    if (!membership)
        return status;
    const WorkspaceInfo &info = *membership;
    auto config = homeConfig(ctx, p, info.cluster);
    if (!config)
        return ctx.fail(config.error());
    auto admin = AdminClient::create(*config);
    if (!admin)
        return ctx.fail(admin.error());
    const WorkspaceLayout layout(info.name);
    const int replication = int(p.number(QStringLiteral("replication-factor"), -1));
    auto existing = (*admin)->metadata({layout.stateTopic()});
    if (existing && !existing->topics.isEmpty() && existing->topics.first().error.isEmpty())
        return ctx.fail(QObject::tr("Workspace %1 exists on %2 already; join it (workspace join %1 --cluster %2)").arg(info.name, info.cluster));
    if (auto st = (*admin)->createTopics({layout.stateTopicSpec(replication), layout.requestTopicSpec(info.principal, replication)}); !st)
        return ctx.fail(QObject::tr("Cannot create the workspace's topics (the creator needs CREATE on the topic prefix %1): %2")
                            .arg(layout.prefix(), st.error()));
    const QList<AclBinding> acls = layout.aclsFor(info.principal, WorkspaceRole::Platform);
    if (auto st = (*admin)->createAcls(acls); !st)
        return ctx.fail(QObject::tr("Cannot create the workspace's ACLs (the creator needs ALTER on the cluster): %1").arg(st.error()));

    auto db = ctx.catalog();
    if (auto st = WorkspaceStore(**db).setCurrent(info); !st)
        return ctx.fail(st.error());
    qputenv("SWITCHBOARD_USER", info.memberName().toUtf8());
    auto log = WorkspaceLog::create(*config);
    WorkspaceSync sync(**db, info, *log);
    auto offset = sync.appendNow(layout.stateTopic(), WorkspaceRecord::member(info.principal, WorkspaceRole::Platform, info.memberName(), -1),
                                 QObject::tr("enroll %1 as platform").arg(info.principal), kAclGraceMs);
    if (!offset) {
        (void)WorkspaceStore(**db).forget();   // best effort: the failure below is what the user needs
        return ctx.fail(offset.error());
    }
    ctx.out() << QObject::tr("Created workspace %1 on %2: %3 (compacted) and %4; %5 is its first platform member")
                     .arg(info.name, info.cluster, layout.stateTopic(), layout.requestTopic(info.principal), info.principal)
              << Qt::endl;
    printAcls(ctx, acls);
    SyncReport report;
    if (auto st = sync.pull(report); !st)
        return ctx.fail(st.error());
    return printSyncReport(ctx, info, report);
}

int workspaceJoin(Context &ctx, const Arguments &p)
{
    int status = 0;
    const auto membership = newMembership(ctx, p, &status);
    if (!membership)
        return status;
    const WorkspaceInfo &info = *membership;
    auto log = openWorkspaceLog(ctx, p, info);
    if (!log)
        return ctx.fail(log.error());
    auto db = ctx.catalog();
    WorkspaceStore store(**db);
    if (auto st = store.setCurrent(info); !st)
        return ctx.fail(st.error());
    qputenv("SWITCHBOARD_USER", info.memberName().toUtf8());
    SyncReport report;
    WorkspaceSync sync(**db, info, **log);
    if (auto st = sync.pull(report); !st) {
        (void)store.forget();   // best effort: the failure below is what the user needs
        return ctx.fail(st.error());
    }
    auto me = store.member(info.principal);
    if (!report.readError.isEmpty() || !me || !me->has_value()) {
        const QString why = !report.readError.isEmpty() ? report.readError : QObject::tr("the workspace does not list you");
        (void)store.forget();   // best effort: the failure below is what the user needs
        return ctx.fail(QObject::tr("Cannot join workspace %1 as %2: %3. A platform member enrolls you with: "
                                    "switchboard-cli workspace enroll %2 --role developer")
                            .arg(info.name, info.principal, why));
    }
    ctx.out() << QObject::tr("Joined workspace %1 on %2 as %3 (%4)")
                     .arg(info.name, info.cluster, info.principal, workspaceRoleName((*me)->role))
              << Qt::endl;
    return printSyncReport(ctx, info, report);
}

int workspaceEnroll(Context &ctx, const Arguments &p)
{
    int status = 0;
    auto info = requireWorkspace(ctx, &status);
    if (!info)
        return status;
    auto principal = WorkspaceLayout::principal(p.arg(0));
    if (!principal)
        return ctx.fail(principal.error());
    const auto role = parseWorkspaceRole(value(p, "role"));
    if (!role)
        return ctx.fail(QObject::tr("--role is developer or platform"));
    auto config = homeConfig(ctx, p, info->cluster);
    if (!config)
        return ctx.fail(config.error());
    auto admin = AdminClient::create(*config);
    if (!admin)
        return ctx.fail(admin.error());
    const WorkspaceLayout layout = info->layout();
    const int replication = int(p.number(QStringLiteral("replication-factor"), -1));
    if (auto st = createTopicsIfMissing(**admin, {layout.requestTopicSpec(*principal, replication)}); !st)
        return ctx.fail(QObject::tr("Cannot create %1: %2").arg(layout.requestTopic(*principal), st.error()));
    const QList<AclBinding> acls = layout.aclsFor(*principal, *role);
    if (auto st = (*admin)->createAcls(acls); !st)
        return ctx.fail(QObject::tr("Cannot grant %1 the workspace's ACLs (enrolling needs ALTER on the cluster): %2")
                            .arg(*principal, st.error()));
    // Exactly the ACLs of the role and no more: a member enrolled again with another role loses
    // what only the old role had (a platform member made a developer no longer writes the state).
    QList<AclBinding> surplus;
    for (const AclBinding &a : layout.aclsFor(*principal, *role == WorkspaceRole::Platform ? WorkspaceRole::Developer
                                                                                         : WorkspaceRole::Platform)) {
        if (!acls.contains(a))
            surplus.append(a);
    }
    if (auto st = (*admin)->deleteAcls(surplus); !st)
        return ctx.fail(QObject::tr("Cannot take the ACLs of the other role from %1: %2").arg(*principal, st.error()));
    auto db = ctx.catalog();
    auto log = WorkspaceLog::create(*config);
    WorkspaceSync sync(**db, *info, *log);
    auto current = WorkspaceStore(**db).member(*principal);
    const qint64 base = current && current->has_value() ? (*current)->version : -1;
    auto offset = sync.appendNow(layout.stateTopic(), WorkspaceRecord::member(*principal, *role, info->memberName(), base),
                                 QObject::tr("enroll %1 as %2").arg(*principal, workspaceRoleName(*role)));
    if (!offset)
        return ctx.fail(offset.error());
    ctx.out() << QObject::tr("Enrolled %1 as %2 in workspace %3; they join with: switchboard-cli workspace join %3 --cluster CLUSTER")
                     .arg(*principal, workspaceRoleName(*role), info->name)
              << Qt::endl;
    printAcls(ctx, acls);
    SyncReport report;
    if (auto st = sync.pull(report); !st)
        return ctx.fail(st.error());
    return printSyncReport(ctx, *info, report);
}

int workspaceSync(Context &ctx, const Arguments &p)
{
    int status = 0;
    auto info = requireWorkspace(ctx, &status);
    if (!info)
        return status;
    auto log = openWorkspaceLog(ctx, p, *info);
    if (!log)
        return ctx.fail(log.error());
    auto db = ctx.catalog();
    SyncReport report;
    if (auto st = WorkspaceSync(**db, *info, **log).sync(report); !st)
        return ctx.fail(st.error());
    return printSyncReport(ctx, *info, report);
}

int workspaceStatus(Context &ctx, const Arguments &p)
{
    auto current = currentWorkspace(ctx);
    if (!current)
        return ctx.fail(current.error());
    auto db = ctx.catalog();
    WorkspaceStore store(**db);
    if (!current->has_value()) {
        if (isSet(p, "json")) {
            printJson(ctx, QJsonDocument(QJsonObject{{QStringLiteral("workspace"), QJsonValue::Null}}));
            return 0;
        }
        ctx.out() << QObject::tr("No workspace: this catalog is in single-user mode.") << Qt::endl;
        return 0;
    }
    const WorkspaceInfo &info = **current;
    auto me = store.member(info.principal);
    auto members = store.members();
    auto outbox = store.outbox();
    auto rejects = store.rejects();
    if (!me || !members || !outbox || !rejects)
        return ctx.fail(!me ? me.error() : !members ? members.error() : !outbox ? outbox.error() : rejects.error());
    const QString role = me->has_value() ? workspaceRoleName((*me)->role) : QObject::tr("not enrolled");
    if (isSet(p, "json")) {
        QJsonArray waiting;
        for (const OutboxEntry &e : *outbox)
            waiting.append(QJsonObject{{QStringLiteral("topic"), e.topic}, {QStringLiteral("summary"), e.summary},
                                       {QStringLiteral("created_at"), e.createdAt.toString(Qt::ISODateWithMs)}});
        QJsonArray ignored;
        for (const WorkspaceReject &r : *rejects)
            ignored.append(QJsonObject{{QStringLiteral("topic"), r.topic}, {QStringLiteral("offset"), r.offset},
                                       {QStringLiteral("reason"), r.reason}});
        printJson(ctx, QJsonDocument(QJsonObject{{QStringLiteral("workspace"), info.name},
                                                 {QStringLiteral("cluster"), info.cluster},
                                                 {QStringLiteral("principal"), info.principal},
                                                 {QStringLiteral("role"), role},
                                                 {QStringLiteral("members"), int(members->size())},
                                                 {QStringLiteral("outbox"), waiting},
                                                 {QStringLiteral("ignored"), ignored}}));
        return 0;
    }
    ctx.out() << QObject::tr("Workspace %1 on %2, as %3 (%4); %n member(s)", nullptr, int(members->size()))
                     .arg(info.name, info.cluster, info.principal, role)
              << Qt::endl;
    ctx.out() << QObject::tr("%n change(s) wait in the outbox", nullptr, int(outbox->size())) << Qt::endl;
    for (const OutboxEntry &e : *outbox)
        ctx.out() << "  " << e.summary << Qt::endl;
    if (!rejects->isEmpty())
        ctx.out() << QObject::tr("%n record(s) ignored (no authorized writer could have produced them)", nullptr, int(rejects->size()))
                  << Qt::endl;
    for (const WorkspaceReject &r : *rejects)
        ctx.out() << QObject::tr("  %1 at offset %2: %3").arg(r.topic).arg(r.offset).arg(r.reason) << Qt::endl;
    return 0;
}

int workspaceMembers(Context &ctx, const Arguments &p)
{
    int status = 0;
    auto info = requireWorkspace(ctx, &status);
    if (!info)
        return status;
    auto db = ctx.catalog();
    auto members = WorkspaceStore(**db).members();
    if (!members)
        return ctx.fail(members.error());
    if (isSet(p, "json")) {
        QJsonArray out;
        for (const WorkspaceMember &m : *members)
            out.append(QJsonObject{{QStringLiteral("principal"), m.principal}, {QStringLiteral("role"), workspaceRoleName(m.role)},
                                   {QStringLiteral("enrolled_by"), m.enrolledBy},
                                   {QStringLiteral("enrolled_at"), m.enrolledAt.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("request_topic"), info->layout().requestTopic(m.principal)}});
        printJson(ctx, QJsonDocument(out));
        return 0;
    }
    QList<QStringList> rows;
    for (const WorkspaceMember &m : *members)
        rows.append({m.principal, workspaceRoleName(m.role), m.enrolledBy, info->layout().requestTopic(m.principal)});
    printTable(ctx, {QStringLiteral("PRINCIPAL"), QStringLiteral("ROLE"), QStringLiteral("ENROLLED BY"), QStringLiteral("REQUEST TOPIC")},
               rows);
    return 0;
}

int workspaceLeave(Context &ctx, const Arguments &p)
{
    int status = 0;
    auto info = requireWorkspace(ctx, &status);
    if (!info)
        return status;
    auto db = ctx.catalog();
    WorkspaceStore store(**db);
    auto waiting = store.outboxCount();
    if (!waiting)
        return ctx.fail(waiting.error());
    if (*waiting > 0 && !isSet(p, "discard-outbox"))
        return ctx.fail(QObject::tr("%n change(s) made here were never sent; run workspace sync first, or leave with "
                                    "--discard-outbox to drop them", nullptr, *waiting));
    if (auto st = store.forget(); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Left workspace %1; what was replicated stays in this catalog, and it is in single-user mode again. "
                             "Your ACLs on %2 stay until a platform member removes them.")
                     .arg(info->name, info->cluster)
              << Qt::endl;
    return 0;
}

OptionSpec clusterOption()
{
    return Options::cluster(QT_TRANSLATE_NOOP("Cli", "the home cluster (registered with cluster add; your secret: vault cluster-secret set)"))
        .mandatory();
}

OptionSpec principalOption()
{
    return OptionSpec::text(QStringLiteral("principal"), QStringLiteral("PRINCIPAL"),
                            QT_TRANSLATE_NOOP("Cli", "your Kafka principal (default: User:<the home cluster's sasl.username>)"));
}

OptionSpec replicationOption()
{
    return OptionSpec::text(QStringLiteral("replication-factor"), QStringLiteral("N"),
                            QT_TRANSLATE_NOOP("Cli", "replicas of the workspace's topics (default: the broker's default)"))
        .integer(1, 32);
}

const Registration registration(
    CommandSpec("workspace", QT_TRANSLATE_NOOP("Cli", "a team workspace shared over the team's Kafka cluster (docs/workspace.md)"))
        .describe(QT_TRANSLATE_NOOP("Cli", "Members share requests and decisions through topics on a home cluster; the broker's ACLs "
                                           "decide who may write what. Your Kafka secret comes from the vault (vault cluster-secret "
                                           "set CLUSTER), never from the command line."))
        .byDefault(QStringLiteral("status"))
        .sub(CommandSpec("create", QT_TRANSLATE_NOOP("Cli", "create a workspace on a home cluster: its topics, your ACLs; you are its first platform member"))
                 .arg(ArgumentSpec::one(QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "the workspace's name (a-z, 0-9, -)")))
                 .option(clusterOption())
                 .option(principalOption())
                 .option(replicationOption())
                 .needing(Needs::Vault)
                 .handler(workspaceCreate))
        .sub(CommandSpec("join", QT_TRANSLATE_NOOP("Cli", "join a workspace you were enrolled in and replicate it into this catalog"))
                 .arg(ArgumentSpec::one(QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "the workspace's name")))
                 .option(clusterOption())
                 .option(principalOption())
                 .needing(Needs::Vault)
                 .handler(workspaceJoin))
        .sub(CommandSpec("enroll", QT_TRANSLATE_NOOP("Cli", "enroll a member: their request topic and exactly the ACLs of their role"))
                 .arg(ArgumentSpec::one(QStringLiteral("PRINCIPAL"), QT_TRANSLATE_NOOP("Cli", "their Kafka principal, e.g. User:bob")))
                 .option(OptionSpec::text(QStringLiteral("role"), QStringLiteral("ROLE"), QT_TRANSLATE_NOOP("Cli", "developer or platform"))
                             .choices({QStringLiteral("developer"), QStringLiteral("platform")})
                             .mandatory())
                 .option(replicationOption())
                 .needing(Needs::Vault)
                 .handler(workspaceEnroll))
        .sub(CommandSpec("status", QT_TRANSLATE_NOOP("Cli", "the workspace, your role, what waits in the outbox and what was ignored"))
                 .option(Options::json())
                 .handler(workspaceStatus))
        .sub(CommandSpec("members", QT_TRANSLATE_NOOP("Cli", "the members and their roles, as the workspace's state says"))
                 .option(Options::json())
                 .handler(workspaceMembers))
        .sub(CommandSpec("sync", QT_TRANSLATE_NOOP("Cli", "send the outbox, then apply what is new in the workspace's log"))
                 .needing(Needs::Vault)
                 .handler(workspaceSync))
        .sub(CommandSpec("leave", QT_TRANSLATE_NOOP("Cli", "stop replicating the workspace; this catalog returns to single-user mode"))
                 .option(OptionSpec::flag(QStringLiteral("discard-outbox"), QT_TRANSLATE_NOOP("Cli", "drop changes that were never sent")))
                 .handler(workspaceLeave)));

} // namespace
} // namespace Switchboard::Cli
