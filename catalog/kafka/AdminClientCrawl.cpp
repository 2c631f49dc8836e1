// AdminClient's calls for the crawler: probing, config overrides, watermarks, consumer groups
// and their committed offsets. Every call is batched or pipelined; none makes one blocking
// round trip per topic, partition or group.

#include "kafka/AdminClient.h"

#include "kafka/AdminSupport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace Switchboard {

using namespace Internal;

namespace {

ConfigSource toSource(rd_kafka_ConfigSource_t source)
{
    switch (source) {
    case RD_KAFKA_CONFIG_SOURCE_DYNAMIC_TOPIC_CONFIG: return ConfigSource::DynamicTopic;
    case RD_KAFKA_CONFIG_SOURCE_DYNAMIC_BROKER_CONFIG:
    case RD_KAFKA_CONFIG_SOURCE_DYNAMIC_DEFAULT_BROKER_CONFIG: return ConfigSource::DynamicBroker;
    case RD_KAFKA_CONFIG_SOURCE_STATIC_BROKER_CONFIG: return ConfigSource::StaticBroker;
    case RD_KAFKA_CONFIG_SOURCE_DEFAULT_CONFIG: return ConfigSource::Default;
    default: return ConfigSource::Other;
    }
}

bool isFastFailure(int code)
{
    switch (code) {
    case RD_KAFKA_RESP_ERR__AUTHENTICATION:
    case RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED:
    case RD_KAFKA_RESP_ERR__SSL:
    case RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN:
    case RD_KAFKA_RESP_ERR__RESOLVE:
    case RD_KAFKA_RESP_ERR__FATAL:
        return true;
    default:
        return false;
    }
}

QString groupStateName(rd_kafka_consumer_group_state_t state)
{
    return QString::fromUtf8(rd_kafka_consumer_group_state_name(state));
}

} // namespace

Status AdminClient::probe(int timeoutMs, const std::atomic_bool *cancelled) const
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (cancelled && cancelled->load())
            return makeError(QObject::tr("cancelled"));
        const qint64 remaining = timeoutMs - timer.elapsed();
        if (remaining <= 0)
            break;
        const rd_kafka_metadata_t *md = nullptr;
        // Short slices so that a failure reported by error_cb ends the wait early.
        const rd_kafka_resp_err_t err = rd_kafka_metadata(m_rk, 0, nullptr, &md, int(std::min<qint64>(remaining, 500)));
        if (!err) {
            rd_kafka_metadata_destroy(md);
            return {};
        }
        const int code = lastClientErrorCode();
        if (isFastFailure(code))
            return makeError(lastClientError());
        // A refused or reset connection may be a broker restarting: give it a second, then
        // say so rather than wait for the whole bound.
        if (code == RD_KAFKA_RESP_ERR__TRANSPORT && timer.elapsed() >= 1000)
            return makeError(lastClientError());
        if (err != RD_KAFKA_RESP_ERR__TIMED_OUT && err != RD_KAFKA_RESP_ERR__TRANSPORT)
            return makeError(describeKafkaError(err, QString::fromUtf8(rd_kafka_err2str(err))));
    }
    const QString cause = lastClientError();
    return makeError(cause.isEmpty()
                         ? QObject::tr("timeout: no broker answered within %1 s (check the bootstrap servers, the "
                                       "network and the security protocol)").arg(timeoutMs / 1000.0, 0, 'f', 1)
                         : QObject::tr("no broker answered within %1 s: %2").arg(timeoutMs / 1000.0, 0, 'f', 1).arg(cause));
}

Result<TopicConfigSnapshot> AdminClient::describeTopicConfigOverrides(const QStringList &topics) const
{
    TopicConfigSnapshot out;
    if (topics.isEmpty())
        return out;
    constexpr int kBatch = 500;
    QueuePtr queue(rd_kafka_queue_new(m_rk));
    int inFlight = 0;
    for (int start = 0; start < topics.size(); start += kBatch) {
        std::vector<rd_kafka_ConfigResource_t *> resources;
        for (int i = start; i < std::min<int>(start + kBatch, int(topics.size())); ++i)
            resources.push_back(rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topics[i].toUtf8().constData()));
        auto options = makeOptions(m_rk, RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, m_timeoutMs);
        rd_kafka_DescribeConfigs(m_rk, resources.data(), resources.size(), options.get(), queue.get());
        rd_kafka_ConfigResource_destroy_array(resources.data(), resources.size());
        ++inFlight;
    }
    QHash<QString, ConfigEntry> inherited;
    bool inheritedComplete = false;
    QString firstError;
    for (; inFlight > 0; --inFlight) {
        auto ev = awaitResult(queue.get(), m_timeoutMs, QObject::tr("Describing topic configurations"));
        if (!ev) {
            if (firstError.isEmpty())
                firstError = ev.error();
            // A timed-out poll means nothing else is coming either.
            if (ev.error().contains(QLatin1String("timed out")))
                break;
            continue;
        }
        size_t count = 0;
        const auto *results = rd_kafka_DescribeConfigs_result_resources(rd_kafka_event_DescribeConfigs_result(ev->get()), &count);
        for (size_t i = 0; i < count; ++i) {
            const QString name = QString::fromUtf8(rd_kafka_ConfigResource_name(results[i]));
            if (const rd_kafka_resp_err_t err = rd_kafka_ConfigResource_error(results[i])) {
                out.errors.insert(name, describeKafkaError(err, QString::fromUtf8(rd_kafka_ConfigResource_error_string(results[i]))));
                continue;
            }
            size_t entryCount = 0;
            const auto *entries = rd_kafka_ConfigResource_configs(results[i], &entryCount);
            QList<ConfigEntry> overrides;
            for (size_t e = 0; e < entryCount; ++e) {
                const ConfigSource source = toSource(rd_kafka_ConfigEntry_source(entries[e]));
                if (source != ConfigSource::DynamicTopic && inheritedComplete)
                    continue;
                ConfigEntry entry;
                entry.name = QString::fromUtf8(rd_kafka_ConfigEntry_name(entries[e]));
                if (source != ConfigSource::DynamicTopic && inherited.contains(entry.name))
                    continue;
                const char *value = rd_kafka_ConfigEntry_value(entries[e]);
                entry.isSensitive = rd_kafka_ConfigEntry_is_sensitive(entries[e]);
                entry.value = value && !entry.isSensitive ? QString::fromUtf8(value) : QString();
                entry.isDefault = rd_kafka_ConfigEntry_is_default(entries[e]);
                entry.isReadOnly = rd_kafka_ConfigEntry_is_read_only(entries[e]);
                entry.source = source;
                if (source == ConfigSource::DynamicTopic)
                    overrides.append(std::move(entry));
                else
                    inherited.insert(entry.name, std::move(entry));
            }
            // Inherited values are broker-wide, the same for every topic. A topic without
            // overrides shows all of them; once one has been read, the rest need no copying.
            if (overrides.isEmpty())
                inheritedComplete = true;
            out.overrides.insert(name, std::move(overrides));
        }
    }
    if (!firstError.isEmpty() && out.overrides.isEmpty())
        return makeError(firstError);
    out.inherited = inherited.values();
    std::sort(out.inherited.begin(), out.inherited.end(),
              [](const ConfigEntry &a, const ConfigEntry &b) { return a.name < b.name; });
    for (const QString &topic : topics) {
        if (!out.overrides.contains(topic) && !out.errors.contains(topic))
            out.errors.insert(topic, firstError.isEmpty() ? QObject::tr("no answer") : firstError);
    }
    return out;
}

Result<QList<PartitionWatermarks>> AdminClient::watermarks(const QList<TopicPartition> &partitions,
                                                           const std::atomic_bool *cancelled) const
{
    QList<PartitionWatermarks> out;
    out.resize(partitions.size());
    for (int i = 0; i < partitions.size(); ++i) {
        out[i].topic = partitions[i].topic;
        out[i].partition = partitions[i].partition;
    }
    if (partitions.isEmpty())
        return out;
    // librdkafka merges a ListOffsets answer into the request list with a linear search per
    // partition, so one call for 30,000 partitions costs quadratic time; chunks keep it linear.
    constexpr int kChunk = 1000;
    const int chunks = int((partitions.size() + kChunk - 1) / kChunk);
    std::atomic_int next{0};
    std::mutex errorMutex;
    QString firstError;
    std::vector<QByteArray> topicNames(partitions.size());
    for (int i = 0; i < partitions.size(); ++i)
        topicNames[size_t(i)] = partitions[i].topic.toUtf8();

    auto worker = [&] {
        for (;;) {
            const int chunk = next.fetch_add(1);
            if (chunk >= chunks || (cancelled && cancelled->load()))
                return;
            const int begin = chunk * kChunk;
            const int end = std::min<int>(begin + kChunk, int(partitions.size()));
            for (const qint64 marker : {qint64(RD_KAFKA_OFFSET_BEGINNING), qint64(RD_KAFKA_OFFSET_END)}) {
                PartitionListPtr list(rd_kafka_topic_partition_list_new(end - begin));
                for (int i = begin; i < end; ++i)
                    rd_kafka_topic_partition_list_add(list.get(), topicNames[size_t(i)].constData(), partitions[i].partition)->offset = marker;
                const rd_kafka_resp_err_t err = rd_kafka_offsets_for_times(m_rk, list.get(), m_timeoutMs);
                if (err && err != RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION) {
                    std::lock_guard lock(errorMutex);
                    if (firstError.isEmpty())
                        firstError = QObject::tr("Reading watermarks failed: %1")
                                         .arg(describeKafkaError(err, QString::fromUtf8(rd_kafka_err2str(err))));
                    return;
                }
                // The list keeps the order we gave it.
                for (int j = 0; j < list->cnt; ++j) {
                    PartitionWatermarks &w = out[begin + j];
                    const rd_kafka_topic_partition_t &e = list->elems[j];
                    if (e.err) {
                        w.error = describeKafkaError(e.err, QString::fromUtf8(rd_kafka_err2str(e.err)));
                        continue;
                    }
                    (marker == RD_KAFKA_OFFSET_BEGINNING ? w.low : w.high) = e.offset;
                }
            }
        }
    };
    // ListOffsets requests of different chunks travel side by side.
    const int threads = std::min(chunks, 4);
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto &t : pool)
        t.join();
    if (!firstError.isEmpty())
        return makeError(firstError);
    if (cancelled && cancelled->load())
        return makeError(QObject::tr("cancelled"));
    return out;
}

Result<QList<ConsumerGroupInfo>> AdminClient::listConsumerGroups(QStringList *errors) const
{
    QueuePtr queue(rd_kafka_queue_new(m_rk));
    auto options = makeOptions(m_rk, RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS, m_timeoutMs);
    rd_kafka_ListConsumerGroups(m_rk, options.get(), queue.get());
    auto ev = awaitResult(queue.get(), m_timeoutMs, QObject::tr("Listing consumer groups"));
    if (!ev)
        return makeError(ev.error());
    const auto *result = rd_kafka_event_ListConsumerGroups_result(ev->get());
    size_t errorCount = 0;
    const rd_kafka_error_t **brokerErrors = rd_kafka_ListConsumerGroups_result_errors(result, &errorCount);
    size_t count = 0;
    const auto **groups = rd_kafka_ListConsumerGroups_result_valid(result, &count);
    // The listing asks every broker for the groups it coordinates. One that fails (timed out,
    // still loading its offsets partitions, not authorized) leaves its groups out of the
    // answer: that is a partial listing, never a silent one. None answering is an error.
    QStringList failures;
    for (size_t i = 0; i < errorCount; ++i)
        failures << describeKafkaError(rd_kafka_error_code(brokerErrors[i]), QString::fromUtf8(rd_kafka_error_string(brokerErrors[i])));
    if (!failures.isEmpty() && count == 0)
        return makeError(QObject::tr("Listing consumer groups failed: %1").arg(failures.first()));
    if (errors)
        *errors = failures;
    QList<ConsumerGroupInfo> out;
    out.reserve(int(count));
    QSet<QString> seen;   // a group that moved coordinator mid-listing may be named twice
    for (size_t i = 0; i < count; ++i) {
        ConsumerGroupInfo g;
        g.name = QString::fromUtf8(rd_kafka_ConsumerGroupListing_group_id(groups[i]));
        if (seen.contains(g.name))
            continue;
        seen.insert(g.name);
        g.isSimple = rd_kafka_ConsumerGroupListing_is_simple_consumer_group(groups[i]);
        g.state = groupStateName(rd_kafka_ConsumerGroupListing_state(groups[i]));
        out.append(std::move(g));
    }
    return out;
}

Result<QList<ConsumerGroupInfo>> AdminClient::describeConsumerGroups(const QStringList &groups) const
{
    QList<ConsumerGroupInfo> out;
    if (groups.isEmpty())
        return out;
    constexpr int kBatch = 500;
    QueuePtr queue(rd_kafka_queue_new(m_rk));
    int inFlight = 0;
    for (int start = 0; start < groups.size(); start += kBatch) {
        std::vector<QByteArray> names;
        for (int i = start; i < std::min<int>(start + kBatch, int(groups.size())); ++i)
            names.push_back(groups[i].toUtf8());
        std::vector<const char *> pointers;
        for (const QByteArray &n : names)
            pointers.push_back(n.constData());
        auto options = makeOptions(m_rk, RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS, m_timeoutMs);
        rd_kafka_DescribeConsumerGroups(m_rk, pointers.data(), pointers.size(), options.get(), queue.get());
        ++inFlight;
    }
    QString firstError;
    QSet<QString> answered;
    for (; inFlight > 0; --inFlight) {
        auto ev = awaitResult(queue.get(), m_timeoutMs, QObject::tr("Describing consumer groups"));
        if (!ev) {
            // A batch that failed as a whole: its groups are named below, with this reason.
            if (firstError.isEmpty())
                firstError = ev.error();
            if (ev.error().contains(QLatin1String("timed out")))
                break;   // nothing else is coming either
            continue;
        }
        size_t count = 0;
        const auto **descs = rd_kafka_DescribeConsumerGroups_result_groups(
            rd_kafka_event_DescribeConsumerGroups_result(ev->get()), &count);
        for (size_t i = 0; i < count; ++i) {
            ConsumerGroupInfo g;
            g.name = QString::fromUtf8(rd_kafka_ConsumerGroupDescription_group_id(descs[i]));
            answered.insert(g.name);
            if (const rd_kafka_error_t *error = rd_kafka_ConsumerGroupDescription_error(descs[i])) {
                g.error = describeKafkaError(rd_kafka_error_code(error), QString::fromUtf8(rd_kafka_error_string(error)));
                out.append(std::move(g));
                continue;
            }
            g.isSimple = rd_kafka_ConsumerGroupDescription_is_simple_consumer_group(descs[i]);
            g.state = groupStateName(rd_kafka_ConsumerGroupDescription_state(descs[i]));
            g.assignor = QString::fromUtf8(rd_kafka_ConsumerGroupDescription_partition_assignor(descs[i]));
            if (const rd_kafka_Node_t *node = rd_kafka_ConsumerGroupDescription_coordinator(descs[i]))
                g.coordinator = rd_kafka_Node_id(node);
            const size_t members = rd_kafka_ConsumerGroupDescription_member_count(descs[i]);
            for (size_t m = 0; m < members; ++m) {
                const rd_kafka_MemberDescription_t *md = rd_kafka_ConsumerGroupDescription_member(descs[i], m);
                GroupMember member;
                member.memberId = QString::fromUtf8(rd_kafka_MemberDescription_consumer_id(md));
                member.clientId = QString::fromUtf8(rd_kafka_MemberDescription_client_id(md));
                member.host = QString::fromUtf8(rd_kafka_MemberDescription_host(md));
                if (const char *instance = rd_kafka_MemberDescription_group_instance_id(md))
                    member.instanceId = QString::fromUtf8(instance);
                if (const rd_kafka_MemberAssignment_t *a = rd_kafka_MemberDescription_assignment(md)) {
                    if (const rd_kafka_topic_partition_list_t *parts = rd_kafka_MemberAssignment_partitions(a)) {
                        for (int p = 0; p < parts->cnt; ++p)
                            member.assignment.append({QString::fromUtf8(parts->elems[p].topic), parts->elems[p].partition});
                    }
                }
                g.members.append(std::move(member));
            }
            out.append(std::move(g));
        }
    }
    if (out.isEmpty() && !firstError.isEmpty())
        return makeError(firstError);
    for (const QString &name : groups) {
        if (!answered.contains(name))
            out.append(ConsumerGroupInfo{name, {}, false, {}, -1, {}, firstError.isEmpty() ? QObject::tr("no answer") : firstError});
    }
    return out;
}

namespace {

// Errors after which the same request may well succeed: the coordinator moved or was still
// loading its offsets partition, or the answer was lost in a timeout.
bool isRetriable(rd_kafka_resp_err_t code)
{
    switch (code) {
    case RD_KAFKA_RESP_ERR__TIMED_OUT:
    case RD_KAFKA_RESP_ERR__TIMED_OUT_QUEUE:
    case RD_KAFKA_RESP_ERR__TRANSPORT:
    case RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT:
    case RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE:
    case RD_KAFKA_RESP_ERR_NOT_COORDINATOR:
    case RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS:
        return true;
    default:
        return false;
    }
}

} // namespace

Result<QHash<QString, QList<TopicPartitionOffset>>> AdminClient::listConsumerGroupOffsets(
    const QStringList &groups, QMap<QString, QString> *errors, const std::atomic_bool *cancelled, int window) const
{
    QHash<QString, QList<TopicPartitionOffset>> out;
    if (groups.isEmpty())
        return out;
    // librdkafka 2.0 takes one group per call: each call is a FindCoordinator and an OffsetFetch
    // (its coordinator cache holds about ten groups, so it does not help here). The calls are
    // pipelined: a window of them in flight on one queue, each tagged with its group's index,
    // so that a call that fails as a whole still names its group.
    QueuePtr queue(rd_kafka_queue_new(m_rk));
    auto options = makeOptions(m_rk, RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS, m_timeoutMs);
    std::vector<QByteArray> names;
    names.reserve(size_t(groups.size()));
    for (const QString &g : groups)
        names.push_back(g.toUtf8());
    std::vector<int> attempts(names.size(), 0);
    QList<int> pending;   // indexes still to send, next one last
    pending.reserve(groups.size());
    for (int i = int(groups.size()) - 1; i >= 0; --i)
        pending.append(i);
    constexpr int kAttempts = 3;
    int inFlight = 0;
    auto send = [&] {
        const int index = pending.takeLast();
        ++attempts[size_t(index)];
        rd_kafka_AdminOptions_set_opaque(options.get(), reinterpret_cast<void *>(intptr_t(index) + 1));
        rd_kafka_ListConsumerGroupOffsets_t *request =
            rd_kafka_ListConsumerGroupOffsets_new(names[size_t(index)].constData(), nullptr);
        rd_kafka_ListConsumerGroupOffsets(m_rk, &request, 1, options.get(), queue.get());
        rd_kafka_ListConsumerGroupOffsets_destroy(request);
        ++inFlight;
    };
    QMap<QString, QString> failed;
    auto fail = [&](int index, rd_kafka_resp_err_t code, const QString &message) {
        if (isRetriable(code) && attempts[size_t(index)] < kAttempts) {
            pending.prepend(index);   // again, after the others
            return;
        }
        failed.insert(groups[index], message);
    };
    while (!pending.isEmpty() || inFlight > 0) {
        while (!pending.isEmpty() && inFlight < window)
            send();
        if (cancelled && cancelled->load())
            return makeError(QObject::tr("cancelled"));
        EventPtr ev(rd_kafka_queue_poll(queue.get(), m_timeoutMs + 5000));
        if (!ev) {
            // librdkafka answers every call by its own timeout; this only guards against a hang.
            return makeError(QObject::tr("Reading committed offsets timed out after %1 ms").arg(m_timeoutMs));
        }
        --inFlight;
        const int index = int(reinterpret_cast<intptr_t>(rd_kafka_event_opaque(ev.get())) - 1);
        if (index < 0 || index >= groups.size())
            continue;
        if (const rd_kafka_resp_err_t err = rd_kafka_event_error(ev.get())) {
            fail(index, err, describeKafkaError(err, QString::fromUtf8(rd_kafka_event_error_string(ev.get()))));
            continue;
        }
        size_t count = 0;
        const auto **results = rd_kafka_ListConsumerGroupOffsets_result_groups(
            rd_kafka_event_ListConsumerGroupOffsets_result(ev.get()), &count);
        if (count == 0) {
            fail(index, RD_KAFKA_RESP_ERR__BAD_MSG, QObject::tr("no answer for the group"));
            continue;
        }
        for (size_t i = 0; i < count; ++i) {
            if (const rd_kafka_error_t *error = rd_kafka_group_result_error(results[i])) {
                fail(index, rd_kafka_error_code(error),
                     describeKafkaError(rd_kafka_error_code(error), QString::fromUtf8(rd_kafka_error_string(error))));
                continue;
            }
            QList<TopicPartitionOffset> offsets;
            bool complete = true;
            if (const rd_kafka_topic_partition_list_t *parts = rd_kafka_group_result_partitions(results[i])) {
                for (int p = 0; p < parts->cnt; ++p) {
                    const rd_kafka_topic_partition_t &e = parts->elems[p];
                    if (e.err) {
                        // e.g. UNSTABLE_OFFSET_COMMIT: a transaction's offsets not yet settled.
                        fail(index, e.err, QObject::tr("partition %1 of %2: %3").arg(e.partition)
                                               .arg(QString::fromUtf8(e.topic),
                                                    describeKafkaError(e.err, QString::fromUtf8(rd_kafka_err2str(e.err)))));
                        complete = false;
                        break;
                    }
                    if (e.offset < 0)
                        continue;   // nothing committed for this partition
                    offsets.append(TopicPartitionOffset{QString::fromUtf8(e.topic), e.partition, e.offset});
                }
            }
            if (complete) {
                out.insert(groups[index], std::move(offsets));
                failed.remove(groups[index]);
            }
        }
    }
    if (errors)
        errors->insert(failed);
    else if (out.isEmpty() && !failed.isEmpty())
        return makeError(QObject::tr("Reading committed offsets failed: %1").arg(failed.first()));
    return out;
}

} // namespace Switchboard
