// switchboard-cli app | channel | rule | resolve

#include "ChannelCliSupport.h"
#include "Command.h"
#include "VaultAccess.h"
#include "WorkspaceCliSupport.h"
#include "acl/ChannelMigration.h"
#include "routing/ApplicationStore.h"
#include "routing/ChannelStore.h"
#include "routing/ConsumerGroup.h"
#include "routing/Resolver.h"
#include "routing/RoutingModelStore.h"
#include "routing/RulePattern.h"
#include "routing/RuleStore.h"
#include "workspace/WorkspaceRecord.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

using namespace Internal;

QString clusterName(const RoutingModel &m, qint64 id)
{
    const RoutedCluster *c = m.findCluster(id);
    return c ? c->name : QStringLiteral("#%1").arg(id);
}

// ---- app -------------------------------------------------------------------------------

int appAdd(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (!requirePlatformEngineer(ctx, **db, QObject::tr("Registering an application"), &status))
        return status;
    auto workspace = currentWorkspace(ctx);
    if (!workspace)
        return ctx.fail(workspace.error());
    if (workspace->has_value()) {
        // Shared: it goes to the workspace's state and takes effect here from the log.
        WorkspaceRecord::SharedApplication shared{p.arg(0), value(p, "team"), value(p, "description"), {}, (*workspace)->memberName()};
        if (auto st = ApplicationStore::validateName(shared.name); !st)
            return ctx.fail(st.error());
        for (const QString &kv : p.values(QStringLiteral("principal"))) {
            auto pair = parseKeyValue(kv);
            if (!pair)
                return ctx.fail(pair.error());
            if (auto st = ApplicationStore::validatePrincipal(pair->second); !st)
                return ctx.fail(st.error());
            shared.principals.insert(pair->first, pair->second);
        }
        return writeSharedState(ctx, p, **workspace, WorkspaceRecord::application(shared, -1),
                                QObject::tr("register application %1").arg(shared.name),
                                QObject::tr("Registered application %1 in workspace %2").arg(shared.name, (*workspace)->name));
    }
    ApplicationStore store(**db);
    auto tx = (*db)->transaction();
    Application app;
    app.name = p.positionalArguments().first();
    app.ownerTeam = value(p, "team");
    app.description = value(p, "description");
    auto added = store.add(app);
    if (!added)
        return ctx.fail(added.error());
    for (const QString &kv : p.values(QStringLiteral("principal"))) {
        auto pair = parseKeyValue(kv);
        if (!pair)
            return ctx.fail(pair.error());
        if (auto st = store.setPrincipal(app.name, pair->first, pair->second); !st)
            return ctx.fail(st.error());
    }
    if (auto st = tx.commit(); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Registered application %1").arg(app.name) << Qt::endl;
    return 0;
}

int appList(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    auto model = RoutingModelStore::load(**db);
    if (!model)
        return ctx.fail(model.error());
    if (isSet(p, "json")) {
        QJsonArray out;
        for (const Application &a : model->applications) {
            QJsonObject principals;
            for (auto it = a.principals.cbegin(); it != a.principals.cend(); ++it)
                principals.insert(clusterName(*model, it.key()), it.value());
            out.append(QJsonObject{{QStringLiteral("name"), a.name},
                                   {QStringLiteral("owner_team"), a.ownerTeam},
                                   {QStringLiteral("description"), a.description},
                                   {QStringLiteral("principals"), principals}});
        }
        printJson(ctx, QJsonDocument(out));
        return 0;
    }
    if (model->applications.isEmpty()) {
        ctx.out() << QObject::tr("No applications. Register one with: switchboard-cli app add NAME --team TEAM") << Qt::endl;
        return 0;
    }
    QList<QStringList> rows;
    for (const Application &a : model->applications) {
        QStringList principals;
        for (auto it = a.principals.cbegin(); it != a.principals.cend(); ++it)
            principals << QStringLiteral("%1=%2").arg(clusterName(*model, it.key()), it.value());
        rows.append({a.name, a.ownerTeam, principals.join(QStringLiteral(", "))});
    }
    printTable(ctx, {QStringLiteral("NAME"), QStringLiteral("TEAM"), QStringLiteral("PRINCIPALS")}, rows);
    return 0;
}

int appRemove(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (!requirePlatformEngineer(ctx, **db, QObject::tr("Removing an application"), &status))
        return status;
    auto workspace = currentWorkspace(ctx);
    if (!workspace)
        return ctx.fail(workspace.error());
    if (workspace->has_value()) {
        return writeSharedState(ctx, p, **workspace, WorkspaceRecord::applicationRemoved(p.arg(0), -1),
                                QObject::tr("remove application %1").arg(p.arg(0)),
                                QObject::tr("Removed application %1 from workspace %2").arg(p.arg(0), (*workspace)->name));
    }
    if (auto st = ApplicationStore(**db).remove(p.positionalArguments().first()); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Removed application %1").arg(p.positionalArguments().first()) << Qt::endl;
    return 0;
}

int appPrincipal(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    if (!isSet(p, "cluster"))
        return ctx.fail(QObject::tr("app principal needs --cluster NAME"));
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (!requirePlatformEngineer(ctx, **db, QObject::tr("Setting a principal"), &status))
        return status;
    const QString app = p.positionalArguments().at(0);
    const QString principal = p.positionalArguments().at(1);
    if (auto st = ApplicationStore(**db).setPrincipal(app, value(p, "cluster"), principal); !st)
        return ctx.fail(st.error());
    ctx.out() << (principal.isEmpty() ? QObject::tr("Cleared the principal of %1 on %2").arg(app, value(p, "cluster"))
                                      : QObject::tr("%1 is %2 on %3").arg(app, principal, value(p, "cluster")))
              << Qt::endl;
    return 0;
}

// ---- channel ---------------------------------------------------------------------------

QJsonObject bindingJson(const BindingInfo &b)
{
    return {{QStringLiteral("environment"), b.binding.environment},
            {QStringLiteral("cluster"), b.cluster},
            {QStringLiteral("topic"), b.binding.topic},
            {QStringLiteral("forced"), b.forced},
            {QStringLiteral("updated_at"), b.updatedAt.toString(Qt::ISODate)},
            {QStringLiteral("updated_by"), b.updatedBy}};
}

int channelAdd(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (!requirePlatformEngineer(ctx, **db, QObject::tr("Adding a channel"), &status))
        return status;
    auto added = ChannelStore(**db).addChannel(p.positionalArguments().first(), value(p, "description"), value(p, "team"));
    if (!added)
        return ctx.fail(added.error());
    ctx.out() << QObject::tr("Added channel %1 (key %2)").arg(added->uri, added->uri.section(QLatin1Char('/'), -1)) << Qt::endl;
    return 0;
}

int channelList(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    ChannelStore store(**db);
    auto channels = store.channels();
    auto bindings = store.bindings();
    if (!channels || !bindings)
        return ctx.fail(channels ? bindings.error() : channels.error());
    if (isSet(p, "json")) {
        QJsonArray out;
        for (const Channel &c : *channels) {
            QJsonArray bs;
            for (const BindingInfo &b : *bindings) {
                if (b.binding.channel == c.uri)
                    bs.append(bindingJson(b));
            }
            out.append(QJsonObject{{QStringLiteral("uri"), c.uri},
                                   {QStringLiteral("key"), ChannelUri::parse(c.uri)->key()},
                                   {QStringLiteral("description"), c.description},
                                   {QStringLiteral("owner_team"), c.ownerTeam},
                                   {QStringLiteral("bindings"), bs}});
        }
        printJson(ctx, QJsonDocument(out));
        return 0;
    }
    if (channels->isEmpty()) {
        ctx.out() << QObject::tr("No channels. Bind one with: switchboard-cli channel bind URI --env ENV --cluster NAME --topic TOPIC")
                  << Qt::endl;
        return 0;
    }
    QList<QStringList> rows;
    for (const Channel &c : *channels) {
        bool any = false;
        for (const BindingInfo &b : *bindings) {
            if (b.binding.channel != c.uri)
                continue;
            rows.append({c.uri, b.binding.environment, b.cluster, b.binding.topic + (b.forced ? QStringLiteral(" (forced)") : QString())});
            any = true;
        }
        if (!any)
            rows.append({c.uri, QStringLiteral("-"), QStringLiteral("-"), QObject::tr("(not bound)")});
    }
    printTable(ctx, {QStringLiteral("CHANNEL"), QStringLiteral("ENV"), QStringLiteral("CLUSTER"), QStringLiteral("TOPIC")}, rows);
    return 0;
}

int channelBind(Context &ctx, const Arguments &p, bool rebind)
{
    const QString command = rebind ? QStringLiteral("channel rebind") : QStringLiteral("channel bind");
    [[maybe_unused]] int status = 0;
    if (!isSet(p, "env") || !isSet(p, "cluster") || !isSet(p, "topic"))
        return ctx.fail(QObject::tr("%1 needs --env ENV --cluster NAME --topic TOPIC").arg(command));
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (!requirePlatformEngineer(ctx, **db, QObject::tr("Binding a channel"), &status))
        return status;
    ChannelStore store(**db);
    const QString uri = p.positionalArguments().first();
    auto before = store.bindings(uri);
    std::optional<MigrationOutcome> migration;
    Result<BindOutcome> outcome = makeError(QString());
    if (rebind) {
        auto moved = ChannelMigration(**db, cliConnector(ctx, p)).rebind(uri, value(p, "env"), value(p, "cluster"), value(p, "topic"),
                                                                         isSet(p, "force"));
        if (!moved)
            return ctx.fail(moved.error());
        migration = *moved;
        outcome = moved->binding;
    } else {
        outcome = store.bind(uri, value(p, "env"), value(p, "cluster"), value(p, "topic"), isSet(p, "force"));
    }
    if (!outcome)
        return ctx.fail(outcome.error());
    for (const QString &w : outcome->warnings)
        ctx.err() << QObject::tr("warning: %1").arg(w) << Qt::endl;
    const BindingInfo &b = outcome->binding;
    if (rebind && before) {
        for (const BindingInfo &old : *before) {
            if (old.binding.environment == b.binding.environment)
                ctx.out() << QObject::tr("Moved %1 in %2 from %3 on %4 to %5 on %6; clients follow at their next refresh")
                                 .arg(b.binding.channel, b.binding.environment, old.binding.topic, old.cluster, b.binding.topic,
                                      b.cluster)
                          << Qt::endl;
        }
        // The grants' ACLs follow the binding (those Switchboard provisioned).
        for (const GrantAclFollowUp &g : migration->grants) {
            if (!g.report) {
                ctx.err() << QObject::tr("error: %1").arg(g.error) << Qt::endl;
                continue;
            }
            ctx.out() << QObject::tr("ACLs of grant #%1 (%2) follow:").arg(g.grantId).arg(g.application) << Qt::endl;
            for (const ClusterAcl &a : g.report->created)
                ctx.out() << QObject::tr("  created  %1: %2").arg(a.cluster, a.acl.toString()) << Qt::endl;
            for (const ClusterAcl &a : g.report->deleted)
                ctx.out() << QObject::tr("  deleted  %1: %2").arg(a.cluster, a.acl.toString()) << Qt::endl;
            for (const ClusterAcl &a : g.report->kept)
                ctx.out() << QObject::tr("  kept     %1: %2 (another grant needs it)").arg(a.cluster, a.acl.toString()) << Qt::endl;
        }
        return migration->aclsFollowed() ? 0 : 1;
    }
    ctx.out() << QObject::tr("Bound %1 in %2 to %3 on %4").arg(b.binding.channel, b.binding.environment, b.binding.topic, b.cluster)
              << Qt::endl;
    return 0;
}

int channelUnbind(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    if (!isSet(p, "env"))
        return ctx.fail(QObject::tr("channel unbind needs --env ENV"));
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (!requirePlatformEngineer(ctx, **db, QObject::tr("Unbinding a channel"), &status))
        return status;
    if (auto st = ChannelStore(**db).unbind(p.positionalArguments().first(), value(p, "env")); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Unbound %1 in %2").arg(p.positionalArguments().first(), value(p, "env")) << Qt::endl;
    return 0;
}

int channelHistory(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    auto history = ChannelStore(**db).history(p.positionalArguments().value(0));
    if (!history)
        return ctx.fail(history.error());
    if (isSet(p, "json")) {
        QJsonArray out;
        for (const BindingChange &c : *history)
            out.append(QJsonObject{{QStringLiteral("channel"), c.channel},       {QStringLiteral("environment"), c.environment},
                                   {QStringLiteral("kind"), c.kind},             {QStringLiteral("old_cluster"), c.oldCluster},
                                   {QStringLiteral("old_topic"), c.oldTopic},    {QStringLiteral("new_cluster"), c.newCluster},
                                   {QStringLiteral("new_topic"), c.newTopic},    {QStringLiteral("actor"), c.actor},
                                   {QStringLiteral("at"), c.at.toString(Qt::ISODate)}});
        printJson(ctx, QJsonDocument(out));
        return 0;
    }
    QList<QStringList> rows;
    auto target = [](const QString &cluster, const QString &topic) {
        return cluster.isEmpty() ? QStringLiteral("-") : QStringLiteral("%1/%2").arg(cluster, topic);
    };
    for (const BindingChange &c : *history)
        rows.append({c.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), c.channel, c.environment, c.kind,
                     target(c.oldCluster, c.oldTopic), target(c.newCluster, c.newTopic), c.actor});
    printTable(ctx, {QStringLiteral("WHEN"), QStringLiteral("CHANNEL"), QStringLiteral("ENV"), QStringLiteral("CHANGE"),
                     QStringLiteral("FROM"), QStringLiteral("TO"), QStringLiteral("WHO")},
               rows);
    return 0;
}

int channelRemove(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (!requirePlatformEngineer(ctx, **db, QObject::tr("Removing a channel"), &status))
        return status;
    if (auto st = ChannelStore(**db).removeChannel(p.positionalArguments().first()); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Removed channel %1").arg(p.positionalArguments().first()) << Qt::endl;
    return 0;
}

// ---- rule ------------------------------------------------------------------------------

int ruleAdd(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    for (const char *required : {"env", "host", "path", "topic", "cluster"}) {
        if (!isSet(p, required))
            return ctx.fail(QObject::tr("rule add needs --env, --host, --path, --topic and --cluster (missing --%1)")
                                .arg(QLatin1String(required)));
    }
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (!requirePlatformEngineer(ctx, **db, QObject::tr("Writing a rule"), &status))
        return status;
    PatternRule rule{0, value(p, "env"), value(p, "host"), value(p, "path"), value(p, "topic"), 0, value(p, "description")};
    auto added = RuleStore(**db).add(rule, value(p, "cluster"));
    if (!added)
        return ctx.fail(added.error());
    ctx.out() << QObject::tr("Rule #%1 in %2: %3 on %4").arg(added->id).arg(added->environment, RulePattern::describe(*added),
                                                               value(p, "cluster"))
              << Qt::endl;
    return 0;
}

int ruleList(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    auto rules = RuleStore(**db).list();
    if (!rules)
        return ctx.fail(rules.error());
    if (isSet(p, "json")) {
        QJsonArray out;
        for (const RuleInfo &r : *rules)
            out.append(QJsonObject{{QStringLiteral("id"), r.rule.id},
                                   {QStringLiteral("environment"), r.rule.environment},
                                   {QStringLiteral("host_pattern"), r.rule.hostPattern},
                                   {QStringLiteral("path_pattern"), r.rule.pathPattern},
                                   {QStringLiteral("topic_template"), r.rule.topicTemplate},
                                   {QStringLiteral("cluster"), r.cluster},
                                   {QStringLiteral("description"), r.rule.description}});
        printJson(ctx, QJsonDocument(out));
        return 0;
    }
    QList<QStringList> rows;
    for (const RuleInfo &r : *rules)
        rows.append({QString::number(r.rule.id), r.rule.environment, r.rule.hostPattern, r.rule.pathPattern, r.rule.topicTemplate,
                     r.cluster});
    printTable(ctx, {QStringLiteral("ID"), QStringLiteral("ENV"), QStringLiteral("HOST"), QStringLiteral("PATH"),
                     QStringLiteral("TOPIC"), QStringLiteral("CLUSTER")},
               rows);
    return 0;
}

int ruleRemove(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    bool ok = false;
    const qint64 id = p.positionalArguments().first().toLongLong(&ok);
    if (!ok)
        return ctx.fail(QObject::tr("rule remove takes a rule id (see rule list)"));
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (!requirePlatformEngineer(ctx, **db, QObject::tr("Removing a rule"), &status))
        return status;
    if (auto st = RuleStore(**db).remove(id); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Removed rule #%1").arg(id) << Qt::endl;
    return 0;
}

// ---- resolve ---------------------------------------------------------------------------

int resolve(Context &ctx, const Arguments &p)
{
    [[maybe_unused]] int status = 0;
    if (!isSet(p, "intent"))
        return ctx.fail(QObject::tr("resolve needs --intent produce|consume|any"));
    ResolveQuery q;
    q.application = p.positionalArguments().at(0);
    q.channel = p.positionalArguments().at(1);
    q.environment = value(p, "env");
    q.consumerGroup = value(p, "group");
    if (value(p, "intent") != QLatin1String("any")) {
        q.intent = parseIntent(value(p, "intent"));
        if (!q.intent)
            return ctx.fail(QObject::tr("--intent is produce, consume or any, not \"%1\"").arg(value(p, "intent")));
    }
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    auto model = RoutingModelStore::load(**db);
    if (!model)
        return ctx.fail(model.error());
    const ResolveOutcome r = Resolver::resolve(*model, q);
    // A consumer's group.id, as the routing service would answer it (ConsumerGroup).
    QString group;
    if (r && q.intent == Intent::Consume) {
        const QString canonical = r->route.channel.toString();
        const auto chosen = ConsumerGroup::choose(r->application.name, {{canonical, model->grantsOf(r->application.id, canonical)}},
                                                  q.consumerGroup);
        if (chosen)
            group = chosen->group;
    }
    if (isSet(p, "json")) {
        QJsonObject out{{QStringLiteral("ok"), r.ok()}};
        if (r) {
            out.insert(QStringLiteral("channel"), r->route.channel.toString());
            out.insert(QStringLiteral("key"), r->route.channel.key());
            out.insert(QStringLiteral("environment"), r->route.environment);
            out.insert(QStringLiteral("cluster"), r->route.cluster.name);
            out.insert(QStringLiteral("bootstrap_servers"), r->route.cluster.bootstrapServers);
            out.insert(QStringLiteral("topic"), r->route.topic);
            out.insert(QStringLiteral("source"), r->route.source == Route::Source::Binding ? QStringLiteral("binding")
                                                                                           : QStringLiteral("rule"));
            out.insert(QStringLiteral("grant"), QJsonObject{{QStringLiteral("id"), r->grant.id},
                                                            {QStringLiteral("intent"), intentName(r->grant.intent)},
                                                            {QStringLiteral("consumer_group"), r->grant.consumerGroup},
                                                            {QStringLiteral("group_is_prefix"), r->grant.groupIsPrefix}});
            if (!group.isEmpty())
                out.insert(QStringLiteral("group_id"), group);
        } else {
            out.insert(QStringLiteral("reason"), failureCode(r.failure()));
            out.insert(QStringLiteral("message"), r.message());
        }
        printJson(ctx, QJsonDocument(out));
        return r ? 0 : 1;
    }
    if (!r)
        return ctx.fail(QStringLiteral("%1 (%2)").arg(r.message(), failureCode(r.failure())));
    ctx.out() << QObject::tr("%1 -> topic %2 on %3 (%4) in %5, by %6; grant #%7 (%8)")
                     .arg(r->route.channel.toString(), r->route.topic, r->route.cluster.name, r->route.cluster.bootstrapServers,
                          r->route.environment,
                          r->route.source == Route::Source::Binding ? QObject::tr("binding") : QObject::tr("rule"))
                     .arg(r->grant.id)
                     .arg(intentName(r->grant.intent))
              << Qt::endl;
    if (!group.isEmpty())
        ctx.out() << QObject::tr("group.id %1").arg(group) << Qt::endl;
    return 0;
}

OptionSpec textOption(const char *name, const char *valueName, const char *description)
{
    return OptionSpec::text(QString::fromLatin1(name), QString::fromLatin1(valueName), description);
}

ArgumentSpec channelArgument() { return ArgumentSpec::one(QStringLiteral("URI"), QT_TRANSLATE_NOOP("Cli", "the channel, kafka://domain/path")); }

CommandSpec bindCommand(const char *name, const char *summary, bool rebind)
{
    CommandSpec c(QString::fromLatin1(name), summary);
    c.arg(channelArgument())
        .option(Options::env().mandatory())
        .option(Options::cluster().mandatory())
        .option(textOption("topic", "TOPIC", QT_TRANSLATE_NOOP("Cli", "the topic on that cluster")).mandatory())
        .option(OptionSpec::flag(QStringLiteral("force"), QT_TRANSLATE_NOOP("Cli", "bind even if the catalog does not know the topic")))
        .handler([rebind](Context &ctx, const Arguments &p) { return channelBind(ctx, p, rebind); });
    if (rebind)
        c.needing(Needs::Vault);   // for clusters whose admin secrets are in the vault (the ACLs follow)
    return c;
}

const Registration appRegistration(
    CommandSpec("app", QT_TRANSLATE_NOOP("Cli", "register client applications and their Kafka principal per cluster"))
        .sub(CommandSpec("add", QT_TRANSLATE_NOOP("Cli", "register an application"))
                 .arg(ArgumentSpec::one(QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "the application's name")))
                 .option(textOption("team", "TEAM", QT_TRANSLATE_NOOP("Cli", "the owner team")))
                 .option(textOption("description", "TEXT", QT_TRANSLATE_NOOP("Cli", "what it is")))
                 .option(textOption("principal", "CLUSTER=PRINCIPAL", QT_TRANSLATE_NOOP("Cli", "its Kafka principal on a cluster")).many())
                 .needing(Needs::Vault)   // in a workspace: the member's secret for the home cluster
                 .handler(appAdd))
        .sub(CommandSpec("list", QT_TRANSLATE_NOOP("Cli", "list the applications")).option(Options::json()).handler(appList))
        .sub(CommandSpec("remove", QT_TRANSLATE_NOOP("Cli", "remove an application"))
                 .arg(ArgumentSpec::one(QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "the application's name")))
                 .needing(Needs::Vault)
                 .handler(appRemove))
        .sub(CommandSpec("principal", QT_TRANSLATE_NOOP("Cli", "set (or, with an empty PRINCIPAL, clear) an application's principal "
                                                               "on a cluster"))
                 .arg(ArgumentSpec::one(QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "the application's name")))
                 .arg(ArgumentSpec::one(QStringLiteral("PRINCIPAL"), QT_TRANSLATE_NOOP("Cli", "e.g. User:billing")))
                 .option(Options::cluster().mandatory())
                 .handler(appPrincipal)));

const Registration channelRegistration(
    CommandSpec("channel", QT_TRANSLATE_NOOP("Cli", "channels (kafka://domain/path) and their binding per environment; rebind migrates"))
        .sub(CommandSpec("add", QT_TRANSLATE_NOOP("Cli", "add a channel"))
                 .arg(channelArgument())
                 .option(textOption("description", "TEXT", QT_TRANSLATE_NOOP("Cli", "what it carries")))
                 .option(textOption("team", "TEAM", QT_TRANSLATE_NOOP("Cli", "the owner team")))
                 .handler(channelAdd))
        .sub(CommandSpec("list", QT_TRANSLATE_NOOP("Cli", "list the channels and their bindings")).option(Options::json()).handler(channelList))
        .sub(bindCommand("bind", QT_TRANSLATE_NOOP("Cli", "bind a channel in an environment to a topic on a cluster"), false))
        .sub(bindCommand("rebind", QT_TRANSLATE_NOOP("Cli", "move a bound channel to another topic or cluster; the grants' ACLs follow, "
                                                            "clients follow at their next refresh"), true))
        .sub(CommandSpec("unbind", QT_TRANSLATE_NOOP("Cli", "remove a channel's binding in an environment"))
                 .arg(channelArgument())
                 .option(Options::env().mandatory())
                 .handler(channelUnbind))
        .sub(CommandSpec("history", QT_TRANSLATE_NOOP("Cli", "the binding changes, newest first"))
                 .arg(channelArgument().maybe())
                 .option(Options::json())
                 .handler(channelHistory))
        .sub(CommandSpec("remove", QT_TRANSLATE_NOOP("Cli", "remove a channel")).arg(channelArgument()).handler(channelRemove)));

const Registration ruleRegistration(
    CommandSpec("rule", QT_TRANSLATE_NOOP("Cli", "pattern rules, e.g. --host example.org --path 't1/*' --topic 'c1{1}'"))
        .sub(CommandSpec("add", QT_TRANSLATE_NOOP("Cli", "add a pattern rule ({N} is path segment N from 0, {key} the last)"))
                 .option(Options::env().mandatory())
                 .option(textOption("host", "PATTERN", QT_TRANSLATE_NOOP("Cli", "the host pattern")).mandatory())
                 .option(textOption("path", "PATTERN", QT_TRANSLATE_NOOP("Cli", "the path pattern")).mandatory())
                 .option(textOption("topic", "TEMPLATE", QT_TRANSLATE_NOOP("Cli", "the topic template")).mandatory())
                 .option(Options::cluster().mandatory())
                 .option(textOption("description", "TEXT", QT_TRANSLATE_NOOP("Cli", "what the rule is for")))
                 .handler(ruleAdd))
        .sub(CommandSpec("list", QT_TRANSLATE_NOOP("Cli", "list the rules")).option(Options::json()).handler(ruleList))
        .sub(CommandSpec("remove", QT_TRANSLATE_NOOP("Cli", "remove a rule"))
                 .arg(ArgumentSpec::one(QStringLiteral("ID"), QT_TRANSLATE_NOOP("Cli", "the rule's id (see rule list)"))
                          .integer(1, std::numeric_limits<qint64>::max()))
                 .handler(ruleRemove)));

const Registration resolveRegistration(
    CommandSpec("resolve", QT_TRANSLATE_NOOP("Cli", "dry run: where the channel leads for the application, or why not"))
        .arg(ArgumentSpec::one(QStringLiteral("APP"), QT_TRANSLATE_NOOP("Cli", "the application's name")))
        .arg(channelArgument())
        .option(textOption("intent", "INTENT", QT_TRANSLATE_NOOP("Cli", "what the application wants to do"))
                    .choices({QStringLiteral("produce"), QStringLiteral("consume"), QStringLiteral("any")})
                    .mandatory())
        .option(Options::env(QT_TRANSLATE_NOOP("Cli", "the environment of the binding")))
        .option(textOption("group", "GROUP", QT_TRANSLATE_NOOP("Cli", "the consumer group to check")))
        .option(Options::json())
        .handler(resolve));

} // namespace
} // namespace Switchboard::Cli
