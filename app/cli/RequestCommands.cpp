// switchboard-cli grant | request | requests | approve | decline | withdraw | drift | role

#include "ChannelCliSupport.h"
#include "VaultAccess.h"
#include "acl/AclProvisioner.h"
#include "acl/DriftReport.h"
#include "requests/ApprovalService.h"
#include "requests/RequestStore.h"
#include "requests/Role.h"
#include "routing/GrantStore.h"
#include "vault/ClusterSecretStore.h"
#include "vault/Vault.h"

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

int grantAdd(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(opt("intent", "produce or consume", "INTENT"));
    p.addOption(opt("group", "consumer group", "GROUP"));
    p.addOption(opt("group-prefix", "consumer group prefix", "PREFIX"));
    p.addOption(opt("provision", "create the ACLs on the cluster"));
    addPassphraseOption(p);
    int status = 0;
    if (!parse(ctx, p, QStringLiteral("grant add"), args, 2, 2, &status))
        return status;
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

int grantList(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(opt("app", "application", "NAME"));
    p.addOption(opt("channel", "channel URI", "URI"));
    p.addOption(opt("all", "include revoked grants"));
    p.addOption(opt("json", "print JSON"));
    int status = 0;
    if (!parse(ctx, p, QStringLiteral("grant list"), args, 0, 0, &status))
        return status;
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

int grantRevokeOrProvision(Context &ctx, const QStringList &args, bool revoke)
{
    const QString command = revoke ? QStringLiteral("grant revoke") : QStringLiteral("grant provision");
    QCommandLineParser p;
    if (revoke)
        p.addOption(opt("keep-acls-on-error", "revoke even if a cluster cannot be reached to delete the ACLs"));
    addPassphraseOption(p);
    int status = 0;
    if (!parse(ctx, p, command, args, 1, 1, &status))
        return status;
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

int grant(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return grantAdd(ctx, rest);
    if (sub == QLatin1String("list"))
        return grantList(ctx, rest);
    if (sub == QLatin1String("revoke"))
        return grantRevokeOrProvision(ctx, rest, true);
    if (sub == QLatin1String("provision"))
        return grantRevokeOrProvision(ctx, rest, false);
    return ctx.fail(QObject::tr("grant needs add, list, revoke or provision"));
}

// ---- requests --------------------------------------------------------------------------

int request(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(opt("intent", "produce or consume", "INTENT"));
    p.addOption(opt("group", "consumer group", "GROUP"));
    p.addOption(opt("group-prefix", "consumer group prefix", "PREFIX"));
    p.addOption(opt("justification", "why", "TEXT"));
    p.addOption(opt("env", "proposed binding: environment", "ENV"));
    p.addOption(opt("cluster", "proposed binding: cluster", "NAME"));
    p.addOption(opt("topic", "proposed binding: topic", "TOPIC"));
    p.addOption(opt("json", "print JSON"));
    int status = 0;
    if (!parse(ctx, p, QStringLiteral("request"), args, 2, 2, &status))
        return status;
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

int requests(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(opt("state", "pending, approved, declined or withdrawn", "STATE"));
    p.addOption(opt("json", "print JSON"));
    int status = 0;
    if (!parse(ctx, p, QStringLiteral("requests"), args, 0, 0, &status))
        return status;
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

int approve(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(opt("comment", "a note for the requester", "TEXT"));
    p.addOption(opt("create-topic", "create the proposed topic on its cluster"));
    p.addOption(opt("partitions", "partitions of a created topic", "N"));
    p.addOption(opt("provision", "create the grant's ACLs on the cluster"));
    p.addOption(opt("force", "bind even if the catalog does not know the proposed topic"));
    p.addOption(opt("json", "print JSON"));
    addPassphraseOption(p);
    int status = 0;
    if (!parse(ctx, p, QStringLiteral("approve"), args, 1, 1, &status))
        return status;
    ApproveOptions options;
    options.comment = value(p, "comment");
    options.createTopic = isSet(p, "create-topic");
    options.provisionAcls = isSet(p, "provision");
    options.forceBinding = isSet(p, "force");
    if (isSet(p, "partitions")) {
        bool ok = false;
        options.partitions = value(p, "partitions").toInt(&ok);
        if (!ok || options.partitions < 1)
            return ctx.fail(QObject::tr("--partitions takes a positive number"));
    }
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (!requirePlatformEngineer(ctx, **db, QObject::tr("Approving a request"), &status))
        return status;
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

int decline(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(opt("reason", "why (the requester reads it)", "TEXT"));
    int status = 0;
    if (!parse(ctx, p, QStringLiteral("decline"), args, 1, 1, &status))
        return status;
    if (value(p, "reason").trimmed().isEmpty())
        return ctx.fail(QObject::tr("decline needs --reason TEXT"));
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (!requirePlatformEngineer(ctx, **db, QObject::tr("Declining a request"), &status))
        return status;
    if (auto st = RequestStore(**db).decline(p.positionalArguments().first(), value(p, "reason")); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Declined request %1").arg(p.positionalArguments().first()) << Qt::endl;
    return 0;
}

int withdraw(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    int status = 0;
    if (!parse(ctx, p, QStringLiteral("withdraw"), args, 1, 1, &status))
        return status;
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (auto st = RequestStore(**db).withdraw(p.positionalArguments().first()); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Withdrew request %1").arg(p.positionalArguments().first()) << Qt::endl;
    return 0;
}

// ---- drift, role -----------------------------------------------------------------------

int drift(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(opt("cluster", "one cluster", "NAME"));
    p.addOption(opt("crawled", "compare the last crawl's ACLs instead of asking the cluster"));
    p.addOption(opt("json", "print JSON"));
    addPassphraseOption(p);
    int status = 0;
    if (!parse(ctx, p, QStringLiteral("drift"), args, 0, 0, &status))
        return status;
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
        ctx.out() << QObject::tr("No drift on %1").arg(report->clusters.join(QStringLiteral(", "))) << Qt::endl;
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

int role(Context &ctx, const QStringList &args)
{
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (args.isEmpty()) {
        ctx.out() << RoleSetting::name(RoleSetting::current(**db)) << Qt::endl;
        return 0;
    }
    if (args.size() != 2 || args.first() != QLatin1String("set"))
        return ctx.fail(QObject::tr("role takes no arguments, or: set platform-engineer|developer"));
    const auto r = RoleSetting::parse(args.at(1));
    if (!r)
        return ctx.fail(QObject::tr("a role is platform-engineer or developer"));
    if (auto st = RoleSetting::set(**db, *r); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Role: %1").arg(RoleSetting::name(*r)) << Qt::endl;
    return 0;
}

const Registration grantRegistration({
    QStringLiteral("grant"),
    QStringLiteral("grant add APP CHANNEL --intent produce|consume [--group G | --group-prefix P] [--provision] | "
                   "list [--app A] [--channel URI] [--all] [--json] | revoke ID [--keep-acls-on-error] | provision ID"),
    QStringLiteral("grants of channels to applications, and the ACLs they provision"),
    grant,
});
const Registration requestRegistration({
    QStringLiteral("request"),
    QStringLiteral("request APP CHANNEL --intent produce|consume [--group G | --group-prefix P] [--justification TEXT] "
                   "[--env ENV --cluster NAME --topic TOPIC] [--json]"),
    QStringLiteral("file an access request (a new channel: propose where to bind it)"),
    request,
});
const Registration requestsRegistration({
    QStringLiteral("requests"),
    QStringLiteral("requests [--state pending|approved|declined|withdrawn] [--json]"),
    QStringLiteral("list access requests and their decisions"),
    requests,
});
const Registration approveRegistration({
    QStringLiteral("approve"),
    QStringLiteral("approve ID [--comment TEXT] [--create-topic [--partitions N]] [--provision] [--force] [--json]"),
    QStringLiteral("approve a request: binding (if proposed) and grant; optionally the topic and the ACLs"),
    approve,
});
const Registration declineRegistration({
    QStringLiteral("decline"),
    QStringLiteral("decline ID --reason TEXT"),
    QStringLiteral("decline a request with a reason the requester reads"),
    decline,
});
const Registration withdrawRegistration({
    QStringLiteral("withdraw"),
    QStringLiteral("withdraw ID"),
    QStringLiteral("withdraw a pending request"),
    withdraw,
});
const Registration driftRegistration({
    QStringLiteral("drift"),
    QStringLiteral("drift [--cluster NAME] [--crawled] [--json]"),
    QStringLiteral("ACLs missing for approved grants, and ACLs no grant explains"),
    drift,
});
const Registration roleRegistration({
    QStringLiteral("role"),
    QStringLiteral("role [set platform-engineer|developer]"),
    QStringLiteral("this catalog's role (a setting; enforcement between people comes with the shared workspace)"),
    role,
});

} // namespace
} // namespace Switchboard::Cli
