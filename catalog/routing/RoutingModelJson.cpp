#include "routing/RoutingModelJson.h"

#include "routing/ChannelUri.h"

#include <QJsonArray>
#include <QObject>

namespace Switchboard {

namespace {

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
qint64 num(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toInteger(); }

Result<QString> canonicalChannel(const QJsonObject &o, const char *what)
{
    auto uri = ChannelUri::parse(str(o, "channel"));
    if (!uri)
        return makeError(QObject::tr("%1 #%2: %3").arg(QLatin1String(what)).arg(num(o, "id")).arg(uri.error()));
    return uri->toString();
}

} // namespace

QJsonObject RoutingModelJson::toJson(const RoutingModel &m)
{
    QJsonArray clusters;
    for (const RoutedCluster &c : m.clusters)
        clusters.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("environment"), c.environment},
                                    {QStringLiteral("bootstrap_servers"), c.bootstrapServers}});
    QJsonArray apps;
    for (const Application &a : m.applications) {
        QJsonObject principals;
        for (auto it = a.principals.cbegin(); it != a.principals.cend(); ++it)
            principals.insert(QString::number(it.key()), it.value());
        apps.append(QJsonObject{{QStringLiteral("id"), a.id},
                                {QStringLiteral("name"), a.name},
                                {QStringLiteral("owner_team"), a.ownerTeam},
                                {QStringLiteral("description"), a.description},
                                {QStringLiteral("principals"), principals}});
    }
    QJsonArray channels;
    for (const Channel &c : m.channels)
        channels.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("uri"), c.uri},
                                    {QStringLiteral("description"), c.description},
                                    {QStringLiteral("owner_team"), c.ownerTeam}});
    QJsonArray bindings;
    for (const Binding &b : m.bindings)
        bindings.append(QJsonObject{{QStringLiteral("id"), b.id},
                                    {QStringLiteral("channel"), b.channel},
                                    {QStringLiteral("environment"), b.environment},
                                    {QStringLiteral("cluster_id"), b.clusterId},
                                    {QStringLiteral("topic"), b.topic}});
    QJsonArray rules;
    for (const PatternRule &r : m.rules)
        rules.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("environment"), r.environment},
                                 {QStringLiteral("host_pattern"), r.hostPattern},
                                 {QStringLiteral("path_pattern"), r.pathPattern},
                                 {QStringLiteral("topic_template"), r.topicTemplate},
                                 {QStringLiteral("cluster_id"), r.clusterId},
                                 {QStringLiteral("description"), r.description}});
    QJsonArray grants;
    for (const Grant &g : m.grants)
        grants.append(QJsonObject{{QStringLiteral("id"), g.id},
                                  {QStringLiteral("application_id"), g.applicationId},
                                  {QStringLiteral("channel"), g.channel},
                                  {QStringLiteral("intent"), intentName(g.intent)},
                                  {QStringLiteral("consumer_group"), g.consumerGroup},
                                  {QStringLiteral("group_is_prefix"), g.groupIsPrefix}});
    return {{QStringLiteral("clusters"), clusters},   {QStringLiteral("applications"), apps},
            {QStringLiteral("channels"), channels},   {QStringLiteral("bindings"), bindings},
            {QStringLiteral("rules"), rules},         {QStringLiteral("grants"), grants}};
}

Result<RoutingModel> RoutingModelJson::fromJson(const QJsonObject &json)
{
    RoutingModel m;
    for (const QJsonValue &v : json.value(QLatin1String("clusters")).toArray()) {
        const QJsonObject o = v.toObject();
        RoutedCluster c{num(o, "id"), str(o, "name"), str(o, "environment"), str(o, "bootstrap_servers")};
        m.clusters.insert(c.id, c);
    }
    for (const QJsonValue &v : json.value(QLatin1String("applications")).toArray()) {
        const QJsonObject o = v.toObject();
        Application a{num(o, "id"), str(o, "name"), str(o, "owner_team"), str(o, "description"), {}};
        const QJsonObject principals = o.value(QLatin1String("principals")).toObject();
        for (auto it = principals.constBegin(); it != principals.constEnd(); ++it)
            a.principals.insert(it.key().toLongLong(), it.value().toString());
        m.applications.append(a);
    }
    for (const QJsonValue &v : json.value(QLatin1String("channels")).toArray()) {
        const QJsonObject o = v.toObject();
        auto uri = ChannelUri::parse(str(o, "uri"));
        if (!uri)
            return makeError(QObject::tr("channel #%1: %2").arg(num(o, "id")).arg(uri.error()));
        m.channels.append(Channel{num(o, "id"), uri->toString(), str(o, "description"), str(o, "owner_team")});
    }
    for (const QJsonValue &v : json.value(QLatin1String("bindings")).toArray()) {
        const QJsonObject o = v.toObject();
        auto channel = canonicalChannel(o, "binding");
        if (!channel)
            return makeError(channel.error());
        m.bindings.append(Binding{num(o, "id"), *channel, str(o, "environment"), num(o, "cluster_id"), str(o, "topic")});
    }
    for (const QJsonValue &v : json.value(QLatin1String("rules")).toArray()) {
        const QJsonObject o = v.toObject();
        m.rules.append(PatternRule{num(o, "id"), str(o, "environment"), str(o, "host_pattern"), str(o, "path_pattern"),
                                   str(o, "topic_template"), num(o, "cluster_id"), str(o, "description")});
    }
    for (const QJsonValue &v : json.value(QLatin1String("grants")).toArray()) {
        const QJsonObject o = v.toObject();
        auto channel = canonicalChannel(o, "grant");
        if (!channel)
            return makeError(channel.error());
        const auto intent = parseIntent(str(o, "intent"));
        if (!intent)
            return makeError(QObject::tr("grant #%1: unknown intent \"%2\"").arg(num(o, "id")).arg(str(o, "intent")));
        m.grants.append(Grant{num(o, "id"), num(o, "application_id"), *channel, *intent, str(o, "consumer_group"),
                              o.value(QLatin1String("group_is_prefix")).toBool()});
    }
    return m;
}

} // namespace Switchboard
