#pragma once

// Channels and their bindings in the catalog. A binding ties a channel, in one environment,
// to a (cluster, topic). Binding to a topic the catalog does not know (never crawled, or
// deleted from its cluster) is refused unless forced, and then comes back with a warning.
// Re-binding (a migration) records the old and new target, who and when; grants stay, and
// the resolver answers with the new target at once. Every change is audited.

#include "core/Result.h"
#include "routing/RoutingModel.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Switchboard {

class Database;

struct BindingInfo {
    Binding binding;
    QString cluster;        // the cluster's name
    bool forced = false;    // bound although the catalog did not know the topic
    QDateTime updatedAt;
    QString updatedBy;
};

struct BindingChange {
    qint64 id = 0;
    QString channel;
    QString environment;
    QString kind;           // bind, rebind, unbind
    QString oldCluster;
    QString oldTopic;
    QString newCluster;
    QString newTopic;
    QString actor;
    QDateTime at;
};

struct BindOutcome {
    BindingInfo binding;
    QStringList warnings;   // e.g. the topic is not in the catalog (forced)
};

class ChannelStore {
public:
    explicit ChannelStore(const Database &db) : m_db(db) {}

    enum class TopicKnowledge { Active, Deleted, Unknown };
    // What the catalog's crawl knows about a topic on a cluster.
    Result<TopicKnowledge> topicKnowledge(qint64 clusterId, const QString &topic) const;

    Result<Channel> addChannel(const QString &uri, const QString &description = {}, const QString &ownerTeam = {}) const;
    // The channel, registering it first if needed.
    Result<Channel> ensureChannel(const QString &uri) const;
    // Refused while active grants use the channel (revoke them first).
    Status removeChannel(const QString &uri) const;
    Result<QList<Channel>> channels() const;
    Result<std::optional<Channel>> findChannel(const QString &uri) const;

    // A new binding (the channel is registered if needed); refused if the channel is bound in
    // that environment already (use rebind).
    Result<BindOutcome> bind(const QString &uri, const QString &environment, const QString &cluster,
                             const QString &topic, bool force = false) const;
    // Moves an existing binding to another cluster and/or topic.
    Result<BindOutcome> rebind(const QString &uri, const QString &environment, const QString &cluster,
                               const QString &topic, bool force = false) const;
    Status unbind(const QString &uri, const QString &environment) const;

    // All bindings, or one channel's.
    Result<QList<BindingInfo>> bindings(const QString &uri = {}) const;
    // Binding history, newest first; all channels or one.
    Result<QList<BindingChange>> history(const QString &uri = {}) const;

private:
    Result<BindOutcome> write(const QString &uri, const QString &environment, const QString &cluster,
                              const QString &topic, bool force, bool rebinding) const;
    const Database &m_db;
};

} // namespace Switchboard
