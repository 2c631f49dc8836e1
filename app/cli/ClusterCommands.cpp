// switchboard-cli cluster add|list|remove

#include "Command.h"
#include "clusters/ClusterStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

QJsonObject toJson(const Cluster &c)
{
    QJsonObject properties;
    for (auto it = c.properties.cbegin(); it != c.properties.cend(); ++it)
        properties.insert(it.key(), it.value());
    QJsonObject labels;
    for (auto it = c.labels.cbegin(); it != c.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("environment"), c.environment},
            {QStringLiteral("bootstrap_servers"), c.bootstrapServers},
            {QStringLiteral("kind"), c.kind},
            {QStringLiteral("labels"), labels},
            {QStringLiteral("properties"), properties}};
}

int clusterAdd(Context &ctx, const Arguments &parser)
{
    Cluster cluster;
    cluster.name = parser.positionalArguments().first();
    cluster.bootstrapServers = parser.value(QStringLiteral("bootstrap"));
    cluster.environment = parser.value(QStringLiteral("env"));
    for (const QString &kv : parser.values(QStringLiteral("property"))) {
        auto pair = parseKeyValue(kv);
        if (!pair)
            return ctx.fail(pair.error());
        cluster.properties.insert(pair->first, pair->second);
    }
    for (const QString &kv : parser.values(QStringLiteral("label"))) {
        auto pair = parseKeyValue(kv);
        if (!pair)
            return ctx.fail(pair.error());
        cluster.labels.insert(pair->first, pair->second);
    }
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    auto added = ClusterStore(**db).add(cluster);
    if (!added)
        return ctx.fail(added.error());
    ctx.out() << QObject::tr("Registered cluster %1 (%2) at %3").arg(added->name, added->environment,
                                                                   added->bootstrapServers) << Qt::endl;
    return 0;
}

int clusterList(Context &ctx, const Arguments &parser)
{
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    auto clusters = ClusterStore(**db).list();
    if (!clusters)
        return ctx.fail(clusters.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Cluster &c : *clusters)
            array.append(toJson(c));
        ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (clusters->isEmpty()) {
        ctx.out() << QObject::tr("No clusters registered. Add one with: switchboard-cli cluster add NAME --bootstrap HOST:PORT")
                  << Qt::endl;
        return 0;
    }
    QList<QStringList> rows;
    for (const Cluster &c : *clusters)
        rows.append({c.name, c.environment, c.bootstrapServers});
    printTable(ctx, {QStringLiteral("NAME"), QStringLiteral("ENVIRONMENT"), QStringLiteral("BOOTSTRAP")}, rows);
    return 0;
}

int clusterRemove(Context &ctx, const Arguments &args)
{
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (auto st = ClusterStore(**db).remove(args.arg(0)); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Removed cluster %1").arg(args.arg(0)) << Qt::endl;
    return 0;
}

const Registration registration(
    CommandSpec("cluster", QT_TRANSLATE_NOOP("Cli", "register, list and remove Kafka clusters"))
        .sub(CommandSpec("add", QT_TRANSLATE_NOOP("Cli", "register a cluster"))
                 .arg(ArgumentSpec::one(QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "the cluster's name")))
                 .option(OptionSpec::text(QStringLiteral("bootstrap"), QStringLiteral("HOST:PORT[,...]"),
                                          QT_TRANSLATE_NOOP("Cli", "bootstrap servers")).mandatory())
                 .option(Options::env().defaultsTo(QStringLiteral("dev")))
                 .option(OptionSpec::text(QStringLiteral("property"), QStringLiteral("KEY=VALUE"),
                                          QT_TRANSLATE_NOOP("Cli", "a client property for the crawler, e.g. security.protocol=SASL_SSL")).many())
                 .option(OptionSpec::text(QStringLiteral("label"), QStringLiteral("KEY=VALUE"), QT_TRANSLATE_NOOP("Cli", "a label")).many())
                 .handler(clusterAdd))
        .sub(CommandSpec("list", QT_TRANSLATE_NOOP("Cli", "list the registered clusters"))
                 .option(Options::json())
                 .handler(clusterList))
        .sub(CommandSpec("remove", QT_TRANSLATE_NOOP("Cli", "remove a cluster and what was crawled from it"))
                 .arg(ArgumentSpec::one(QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "the cluster's name")))
                 .handler(clusterRemove)));

} // namespace
} // namespace Switchboard::Cli
