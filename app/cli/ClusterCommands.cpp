// switchboard-cli cluster add|list|remove

#include "Cli.h"
#include "clusters/ClusterStore.h"

#include <QCommandLineParser>
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

int clusterAdd(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("cluster name"));
    parser.addOption({QStringLiteral("bootstrap"), QStringLiteral("bootstrap servers"), QStringLiteral("HOST:PORT[,...]")});
    parser.addOption({QStringLiteral("env"), QStringLiteral("environment"), QStringLiteral("ENV"), QStringLiteral("dev")});
    parser.addOption({QStringLiteral("property"), QStringLiteral("client property"), QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("label"), QStringLiteral("label"), QStringLiteral("KEY=VALUE")});
    if (!parser.parse(QStringList{QStringLiteral("cluster add")} + args))
        return ctx.fail(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QObject::tr("cluster add takes one NAME"));
    if (!parser.isSet(QStringLiteral("bootstrap")))
        return ctx.fail(QObject::tr("cluster add needs --bootstrap HOST:PORT[,...]"));

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

int clusterList(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QStringLiteral("print JSON")});
    if (!parser.parse(QStringList{QStringLiteral("cluster list")} + args))
        return ctx.fail(parser.errorText());
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
    qsizetype nameWidth = 4, envWidth = 11;
    for (const Cluster &c : *clusters) {
        nameWidth = std::max(nameWidth, c.name.size());
        envWidth = std::max(envWidth, c.environment.size());
    }
    ctx.out() << QStringLiteral("NAME").leftJustified(nameWidth + 2) << QStringLiteral("ENVIRONMENT").leftJustified(envWidth + 2)
              << "BOOTSTRAP\n";
    for (const Cluster &c : *clusters)
        ctx.out() << c.name.leftJustified(nameWidth + 2) << c.environment.leftJustified(envWidth + 2) << c.bootstrapServers << "\n";
    return 0;
}

int clusterRemove(Context &ctx, const QStringList &args)
{
    if (args.size() != 1)
        return ctx.fail(QObject::tr("cluster remove takes one NAME"));
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    if (auto st = ClusterStore(**db).remove(args.first()); !st)
        return ctx.fail(st.error());
    ctx.out() << QObject::tr("Removed cluster %1").arg(args.first()) << Qt::endl;
    return 0;
}

int cluster(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return clusterAdd(ctx, rest);
    if (sub == QLatin1String("list"))
        return clusterList(ctx, rest);
    if (sub == QLatin1String("remove"))
        return clusterRemove(ctx, rest);
    return ctx.fail(QObject::tr("cluster needs add, list or remove"));
}

const Registration registration({
    QStringLiteral("cluster"),
    QStringLiteral("cluster add NAME --bootstrap HOST:PORT[,...] [--env ENV] [--property KEY=VALUE]... | list [--json] | remove NAME"),
    QStringLiteral("register, list and remove Kafka clusters"),
    cluster,
});

} // namespace
} // namespace Switchboard::Cli
