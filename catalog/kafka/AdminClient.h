#pragma once

// A blocking wrapper over librdkafka's admin API and metadata request. Every call is a
// batched request with a timeout; call it off the GUI thread (crawler, workers, tests).
// Errors come back as readable messages that never contain a secret.

#include "core/Result.h"
#include "kafka/ClientConfig.h"
#include "kafka/KafkaTypes.h"

#include <QStringList>

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
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
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

    // The last error reported through librdkafka's error callback (fatal or all brokers down).
    QString lastClientError() const;

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
