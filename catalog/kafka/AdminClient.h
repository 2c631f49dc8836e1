#pragma once

// A blocking wrapper over librdkafka's admin API and metadata request. Every call is a
// batched request with a timeout; call it off the GUI thread (crawler, workers, tests).
// Errors come back as readable messages that never contain a secret.

#include "core/Result.h"
#include "kafka/ClientConfig.h"
#include "kafka/KafkaTypes.h"

#include <QStringList>

#include <atomic>
#include <memory>

typedef struct rd_kafka_s rd_kafka_t;

namespace Switchboard {

class AdminClient {
public:
    ~AdminClient();
    AdminClient(const AdminClient &) = delete;
    AdminClient &operator=(const AdminClient &) = delete;

    // Creates the client; no network traffic happens until the first call.
    static Result<std::unique_ptr<AdminClient>> create(const ClientConfig &config, int timeoutMs = 10000);

    int timeoutMs() const { return m_timeoutMs; }
    rd_kafka_t *handle() const { return m_rk; }

    // One Metadata request: brokers, controller, cluster id and (all or the named) topics.
    Result<ClusterMetadata> metadata(const QStringList &topics = {}) const;

    Status createTopics(const QList<NewTopic> &topics) const;
    Status deleteTopics(const QStringList &topics) const;
    Status createPartitions(const QString &topic, int totalPartitions) const;
    Status alterTopicConfig(const QString &topic, const QMap<QString, QString> &configs) const;

    // DescribeConfigs for many topics in one request per batch. Topic name -> its entries.
    Result<QMap<QString, QList<ConfigEntry>>> describeTopicConfigs(const QStringList &topics) const;

    Status createAcls(const QList<AclBinding> &acls) const;
    Status deleteAcls(const QList<AclBinding> &acls) const;
    // All ACLs of the cluster (one DescribeAcls with an any-filter).
    Result<QList<AclBinding>> describeAcls() const;

    // --- Crawling (AdminClientCrawl.cpp). All batched: never one round trip per topic. ---

    // Waits until the cluster answers a brokers-only Metadata request, at most timeoutMs.
    // Fails early, with the cause, when authentication fails or no broker can be reached.
    // cancelled (may be null) is checked every half second: a user's Cancel need not wait for
    // the bound of a cluster that does not answer.
    Status probe(int timeoutMs, const std::atomic_bool *cancelled = nullptr) const;
    // DescribeConfigs for all the topics, in batches of 500 sent together. Keeps only what the
    // catalog stores: each topic's overrides and one copy of the inherited values.
    Result<TopicConfigSnapshot> describeTopicConfigOverrides(const QStringList &topics) const;
    // Low and high watermarks of the partitions: ListOffsets requests per leader (through
    // rd_kafka_offsets_for_times with the earliest/latest markers), in chunks run side by side.
    // cancelled (may be null) is checked between chunks.
    Result<QList<PartitionWatermarks>> watermarks(const QList<TopicPartition> &partitions,
                                                  const std::atomic_bool *cancelled = nullptr) const;
    // Every consumer group of the cluster (ListConsumerGroups: every broker names the groups it
    // coordinates). Brokers that failed to answer while others did are described in errors
    // (their groups are missing from the list); none answering is an error.
    Result<QList<ConsumerGroupInfo>> listConsumerGroups(QStringList *errors = nullptr) const;
    // Members and state of the groups (DescribeConsumerGroups, batches of 500 sent together).
    // Every group asked for comes back: one that could not be described carries its error.
    Result<QList<ConsumerGroupInfo>> describeConsumerGroups(const QStringList &groups) const;
    // Committed offsets of each group. librdkafka 2.0 takes one group per ListConsumerGroupOffsets
    // call, so the calls are pipelined (window calls in flight on one queue), not made one by
    // one; a call that failed for a passing reason (coordinator moving or loading, timeout) is
    // made again, up to three times. Every group asked for is either in the result or named in
    // errors (group -> reason). Without errors, failing for every group is an error.
    Result<QHash<QString, QList<TopicPartitionOffset>>> listConsumerGroupOffsets(
        const QStringList &groups, QMap<QString, QString> *errors = nullptr,
        const std::atomic_bool *cancelled = nullptr, int window = 200) const;

    // The last error reported through librdkafka's error callback (fatal or all brokers down).
    QString lastClientError() const;
    // Its librdkafka error code (0 when none was reported).
    int lastClientErrorCode() const;

    struct State;   // what librdkafka's callbacks report; internal

private:
    AdminClient(rd_kafka_t *rk, int timeoutMs);

    rd_kafka_t *m_rk = nullptr;
    int m_timeoutMs = 10000;
    std::unique_ptr<State> m_state;
};

// Maps a librdkafka error to words a platform engineer understands.
QString describeKafkaError(int errorCode, const QString &detail);

} // namespace Switchboard
