#pragma once

// The routing state as plain values: which clusters exist, which applications may use which
// channels, and where each channel leads in each environment. The portal loads it from the
// catalog (RoutingModelStore); the routing service builds the same structs from a bundle.
// Nothing here touches the database, the network or Qt's object model, so a RoutingModel can
// be copied, compared, serialised and handed to another thread freely.
//
// Identity: clusters and applications are referred to by id (stable across renames); channels
// by their canonical URI string (ChannelUri::toString()), because rules route channels that
// were never registered.

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Switchboard {

enum class Intent { Produce, Consume };

// "produce" / "consume"; parseIntent accepts them in any case and nothing else.
QString intentName(Intent intent);
std::optional<Intent> parseIntent(const QString &text);

struct RoutedCluster {
    qint64 id = 0;
    QString name;
    QString environment;        // the cluster's own environment label (prod, dev, ...)
    QString bootstrapServers;   // host:port[,host:port...]

    bool operator==(const RoutedCluster &) const = default;
};

struct Application {
    qint64 id = 0;
    QString name;
    QString ownerTeam;
    QString description;
    QMap<qint64, QString> principals;   // cluster id -> Kafka principal there, e.g. "User:alice"

    bool operator==(const Application &) const = default;
};

struct Channel {
    qint64 id = 0;
    QString uri;   // canonical
    QString description;
    QString ownerTeam;

    bool operator==(const Channel &) const = default;
};

// An explicit binding: channel in environment -> (cluster, topic). At most one per
// (channel, environment).
struct Binding {
    qint64 id = 0;
    QString channel;   // canonical URI
    QString environment;
    qint64 clusterId = 0;
    QString topic;

    bool operator==(const Binding &) const = default;
};

// A pattern rule: channels whose host matches hostPattern and whose path matches pathPattern
// go, in environment, to the topic topicTemplate names on the cluster.
//   hostPattern: a domain whose labels may be "*" (exactly one label), or "*" alone (any host).
//   pathPattern: segments separated by '/', each a literal or "*" (exactly one segment); the
//                URI must have as many segments as the pattern.
//   topicTemplate: text with placeholders {N} (path segment N, counted from 0) and {key} (the
//                last segment); e.g. path "t1/*" with template "c1{1}" routes
//                kafka://example.org/t1/orders to topic c1orders.
// See RulePattern for matching and specificity.
struct PatternRule {
    qint64 id = 0;
    QString environment;
    QString hostPattern;
    QString pathPattern;
    QString topicTemplate;
    qint64 clusterId = 0;
    QString description;

    bool operator==(const PatternRule &) const = default;
};

// Lets an application use a channel with one intent. A consume grant names the consumer group
// the application uses, or (groupIsPrefix) a prefix all its groups start with.
struct Grant {
    qint64 id = 0;
    qint64 applicationId = 0;
    QString channel;   // canonical URI
    Intent intent = Intent::Produce;
    QString consumerGroup;   // consume only
    bool groupIsPrefix = false;

    bool operator==(const Grant &) const = default;
};

struct RoutingModel {
    QMap<qint64, RoutedCluster> clusters;   // by id
    QList<Application> applications;
    QList<Channel> channels;
    QList<Binding> bindings;
    QList<PatternRule> rules;
    QList<Grant> grants;

    bool operator==(const RoutingModel &) const = default;

    // Lookups (linear: a model holds hundreds or thousands of rows, and the router indexes
    // what it needs once per bundle).
    const Application *findApplication(const QString &name) const;
    const Application *findApplication(qint64 id) const;
    const Channel *findChannel(const QString &canonicalUri) const;
    const RoutedCluster *findCluster(qint64 id) const;
    const RoutedCluster *findCluster(const QString &name) const;
    QList<Binding> bindingsOf(const QString &canonicalUri) const;
    QList<Grant> grantsOf(qint64 applicationId, const QString &canonicalUri) const;
};

} // namespace Switchboard
