#pragma once

// Builds cluster state for a test on the real broker: unique topic names, topics, records,
// committed consumer-group offsets and ACLs, all with librdkafka.

#include "core/Result.h"
#include "kafka/ClientConfig.h"
#include "kafka/KafkaTypes.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>

namespace Switchboard::Test {

// "prefix-<random>": topic and group names that no other test run uses.
QString uniqueName(const QString &prefix);

Status createTopics(const ClientConfig &config, const QList<NewTopic> &topics);
// count records with keys "key-N" into the topic (partition -1: spread by the partitioner).
Status produceRecords(const ClientConfig &config, const QString &topic, int count, int partition = -1);
// Commits the given offsets for a consumer group that has no active members.
Status commitOffsets(const ClientConfig &config, const QString &group, const QList<TopicPartitionOffset> &offsets);
// Commits offsets for many groups at once (AlterConsumerGroupOffsets, one group per call in
// librdkafka 2.0, so `window` calls are kept in flight): thousands of groups in seconds. A group
// the broker refused for a passing reason (coordinator moving or loading) is sent again; the
// error names a group that still failed. offsetsOf(i) gives the i-th group's offsets.
Status commitGroupOffsets(const ClientConfig &config, const QStringList &groups,
                          const std::function<QList<TopicPartitionOffset>(int)> &offsetsOf, int window = 100);
Status createAcls(const ClientConfig &config, const QList<AclBinding> &acls);

// Produces one record and waits for its delivery report; the error says why it failed.
Status tryProduce(const ClientConfig &config, const QString &topic, int timeoutMs = 10000);
// Tries until producing succeeds (expectSuccess) or is refused (!expectSuccess), for up to 20 s:
// ACL changes reach the broker's authorizer through its metadata log, a moment later. Returns
// the last outcome.
Status produceEventually(const ClientConfig &config, const QString &topic, bool expectSuccess);

} // namespace Switchboard::Test
