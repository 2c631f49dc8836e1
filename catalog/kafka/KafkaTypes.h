#pragma once

// Plain values describing what a Kafka cluster holds, as read by AdminClient.

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace Switchboard {

struct BrokerInfo {
    int id = -1;
    QString host;
    int port = 0;
    QString rack;
};

struct PartitionInfo {
    int id = 0;
    int leader = -1;
    QList<int> replicas;
    QList<int> isr;
    QString error;   // empty when the broker reported none
};

struct TopicMetadata {
    QString name;
    QList<PartitionInfo> partitions;
    QString error;
    bool isInternal() const { return name.startsWith(QLatin1String("__")); }
};

struct ClusterMetadata {
    QString clusterId;
    int controllerId = -1;
    QList<BrokerInfo> brokers;
    QList<TopicMetadata> topics;
};

struct NewTopic {
    QString name;
    int partitions = 1;
    int replicationFactor = 1;
    QMap<QString, QString> configs;
};

enum class ConfigSource { Default, DynamicTopic, DynamicBroker, StaticBroker, Other };

struct ConfigEntry {
    QString name;
    QString value;
    ConfigSource source = ConfigSource::Default;
    bool isDefault = true;
    bool isSensitive = false;
    bool isReadOnly = false;
};

// An ACL as Kafka stores it. Resource types and operations use Kafka's names
// ("TOPIC", "GROUP", "CLUSTER"; "READ", "WRITE", "DESCRIBE", ...).
struct AclBinding {
    QString resourceType;              // TOPIC, GROUP, CLUSTER, TRANSACTIONAL_ID
    QString resourceName;
    QString patternType = QStringLiteral("LITERAL");   // LITERAL or PREFIXED
    QString principal;                 // e.g. User:alice
    QString host = QStringLiteral("*");
    QString operation;                 // READ, WRITE, DESCRIBE, ALL, ...
    QString permission = QStringLiteral("ALLOW");      // ALLOW or DENY

    bool operator==(const AclBinding &) const = default;
    QString toString() const
    {
        return QStringLiteral("%1 %2 %3 on %4:%5 (%6) from %7")
            .arg(principal, permission, operation, resourceType, resourceName, patternType, host);
    }
};

struct TopicPartitionOffset {
    QString topic;
    int partition = 0;
    qint64 offset = -1;
};

// --- Read by the crawler ------------------------------------------------------------------

struct TopicPartition {
    QString topic;
    int partition = 0;
};

// Low and high watermark of one partition; -1 when the broker did not say.
struct PartitionWatermarks {
    QString topic;
    int partition = 0;
    qint64 low = -1;
    qint64 high = -1;
    QString error;
};

struct GroupMember {
    QString memberId;
    QString clientId;
    QString host;
    QString instanceId;
    QList<TopicPartition> assignment;
};

// A consumer group as ListConsumerGroups and DescribeConsumerGroups report it.
struct ConsumerGroupInfo {
    QString name;
    QString state;                 // Stable, Empty, PreparingRebalance, CompletingRebalance, Dead, Unknown
    bool isSimple = false;
    QString assignor;
    int coordinator = -1;
    QList<GroupMember> members;
    QString error;                 // describing this group failed (e.g. not authorized)
};

// The overridden configurations of many topics, and what every topic inherits.
struct TopicConfigSnapshot {
    QHash<QString, QList<ConfigEntry>> overrides;   // topic -> entries with source DynamicTopic
    QList<ConfigEntry> inherited;                    // broker and Kafka defaults (same for all topics)
    QMap<QString, QString> errors;                   // topic -> why it could not be described
};

} // namespace Switchboard
