#include "kafka/AdminClient.h"

#include "kafka/AdminSupport.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QObject>

#include <librdkafka/rdkafka.h>

#include <vector>

Q_LOGGING_CATEGORY(lcKafka, "switchboard.kafka", QtWarningMsg)

namespace Switchboard {

using namespace Internal;

struct AdminClient::State {
    mutable QMutex mutex;
    int lastErrorCode = 0;
    QString lastError;
};

namespace {

// librdkafka's own log lines name brokers and states, never property values.
// Errors reach the user through our results, so librdkafka's own lines only go to debug output.
void logCallback(const rd_kafka_t *, int, const char *facility, const char *message)
{
    qCDebug(lcKafka) << facility << message;
}

void errorCallback(rd_kafka_t *rk, int err, const char *reason, void *opaque)
{
    auto *state = static_cast<AdminClient::State *>(opaque);
    Q_UNUSED(rk);
    if (!state)
        return;
    QMutexLocker lock(&state->mutex);
    // "All brokers down" follows the real cause (e.g. authentication); keep the cause.
    if (err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN && state->lastErrorCode != 0)
        return;
    state->lastErrorCode = err;
    state->lastError = describeKafkaError(err, QString::fromUtf8(reason));
}

template<typename Enum, typename NameFn>
Result<Enum> enumFromName(const QString &name, int count, NameFn nameOf, const QString &kind)
{
    for (int i = 0; i < count; ++i) {
        if (name.compare(QString::fromUtf8(nameOf(Enum(i))), Qt::CaseInsensitive) == 0)
            return Enum(i);
    }
    return makeError(QObject::tr("Unknown ACL %1 \"%2\"").arg(kind, name));
}

Result<rd_kafka_AclBinding_t *> toNative(const AclBinding &acl)
{
    auto restype = enumFromName<rd_kafka_ResourceType_t>(acl.resourceType, RD_KAFKA_RESOURCE__CNT,
                                                         rd_kafka_ResourceType_name, QObject::tr("resource type"));
    auto pattern = enumFromName<rd_kafka_ResourcePatternType_t>(acl.patternType, RD_KAFKA_RESOURCE_PATTERN_TYPE__CNT,
                                                                rd_kafka_ResourcePatternType_name, QObject::tr("pattern type"));
    auto operation = enumFromName<rd_kafka_AclOperation_t>(acl.operation, RD_KAFKA_ACL_OPERATION__CNT,
                                                           rd_kafka_AclOperation_name, QObject::tr("operation"));
    auto permission = enumFromName<rd_kafka_AclPermissionType_t>(acl.permission, RD_KAFKA_ACL_PERMISSION_TYPE__CNT,
                                                                 rd_kafka_AclPermissionType_name, QObject::tr("permission"));
    for (const QString &error : {restype.error(), pattern.error(), operation.error(), permission.error()}) {
        if (!error.isEmpty())
            return makeError(error);
    }
    char errstr[512];
    rd_kafka_AclBinding_t *native = rd_kafka_AclBinding_new(
        *restype, acl.resourceName.toUtf8().constData(), *pattern, acl.principal.toUtf8().constData(),
        acl.host.toUtf8().constData(), *operation, *permission, errstr, sizeof errstr);
    if (!native)
        return makeError(QObject::tr("Invalid ACL %1: %2").arg(acl.toString(), QString::fromUtf8(errstr)));
    return native;
}

AclBinding fromNative(const rd_kafka_AclBinding_t *acl)
{
    AclBinding out;
    out.resourceType = QString::fromUtf8(rd_kafka_ResourceType_name(rd_kafka_AclBinding_restype(acl)));
    out.resourceName = QString::fromUtf8(rd_kafka_AclBinding_name(acl));
    out.patternType = QString::fromUtf8(rd_kafka_ResourcePatternType_name(rd_kafka_AclBinding_resource_pattern_type(acl)));
    out.principal = QString::fromUtf8(rd_kafka_AclBinding_principal(acl));
    out.host = QString::fromUtf8(rd_kafka_AclBinding_host(acl));
    out.operation = QString::fromUtf8(rd_kafka_AclOperation_name(rd_kafka_AclBinding_operation(acl)));
    out.permission = QString::fromUtf8(rd_kafka_AclPermissionType_name(rd_kafka_AclBinding_permission_type(acl)));
    return out;
}

// Collects per-topic errors of CreateTopics/DeleteTopics/CreatePartitions results.
Status topicResultErrors(const rd_kafka_topic_result_t *const *results, size_t count, const QString &what)
{
    QStringList failures;
    for (size_t i = 0; i < count; ++i) {
        if (rd_kafka_topic_result_error(results[i])) {
            failures << QStringLiteral("%1: %2").arg(
                QString::fromUtf8(rd_kafka_topic_result_name(results[i])),
                QString::fromUtf8(rd_kafka_topic_result_error_string(results[i])));
        }
    }
    if (failures.isEmpty())
        return {};
    return makeError(QObject::tr("%1 failed for %2").arg(what, failures.join(QStringLiteral("; "))));
}

} // namespace

QString describeKafkaError(int errorCode, const QString &detail)
{
    const auto err = rd_kafka_resp_err_t(errorCode);
    switch (err) {
    case RD_KAFKA_RESP_ERR__AUTHENTICATION:
    case RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED:
        return QObject::tr("authentication failed (check the SASL mechanism, user name and password): %1").arg(detail);
    case RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED:
    case RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED:
    case RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED:
        return QObject::tr("not authorized: %1").arg(detail);
    case RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN:
    case RD_KAFKA_RESP_ERR__TRANSPORT:
    case RD_KAFKA_RESP_ERR__RESOLVE:
        return QObject::tr("cannot reach the cluster (check the bootstrap servers and the network): %1").arg(detail);
    case RD_KAFKA_RESP_ERR__TIMED_OUT:
    case RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT:
        return QObject::tr("the cluster did not answer in time: %1").arg(detail);
    case RD_KAFKA_RESP_ERR__SSL:
        return QObject::tr("TLS handshake failed: %1").arg(detail);
    default:
        return detail.isEmpty() ? QString::fromUtf8(rd_kafka_err2str(err)) : detail;
    }
}

AdminClient::AdminClient(rd_kafka_t *rk, int timeoutMs) : m_rk(rk), m_timeoutMs(timeoutMs) {}

AdminClient::~AdminClient()
{
    if (m_rk)
        rd_kafka_destroy(m_rk);
}

Result<std::unique_ptr<AdminClient>> AdminClient::create(const ClientConfig &config, int timeoutMs)
{
    auto conf = config.build();
    if (!conf)
        return makeError(conf.error());
    auto state = std::make_unique<State>();
    rd_kafka_conf_set_opaque(*conf, state.get());
    rd_kafka_conf_set_error_cb(*conf, errorCallback);
    rd_kafka_conf_set_log_cb(*conf, logCallback);
    char errstr[512];
    // Bound how long a wrong address keeps us waiting before calls give up.
    rd_kafka_conf_set(*conf, "socket.connection.setup.timeout.ms", "5000", errstr, sizeof errstr);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, *conf, errstr, sizeof errstr);
    if (!rk) {
        rd_kafka_conf_destroy(*conf);
        return makeError(QObject::tr("Cannot create a Kafka client: %1").arg(QString::fromUtf8(errstr)));
    }
    std::unique_ptr<AdminClient> client(new AdminClient(rk, timeoutMs));
    client->m_state = std::move(state);
    return client;
}

QString AdminClient::lastClientError() const
{
    // error_cb is served from rd_kafka_poll(); an admin client has nothing else to poll for.
    rd_kafka_poll(m_rk, 0);
    QMutexLocker lock(&m_state->mutex);
    return m_state->lastError;
}

int AdminClient::lastClientErrorCode() const
{
    rd_kafka_poll(m_rk, 0);
    QMutexLocker lock(&m_state->mutex);
    return m_state->lastErrorCode;
}

Result<ClusterMetadata> AdminClient::metadata(const QStringList &topics) const
{
    const rd_kafka_metadata_t *md = nullptr;
    const rd_kafka_resp_err_t err = rd_kafka_metadata(m_rk, 1, nullptr, &md, m_timeoutMs);
    if (err) {
        // The client's own error (authentication, resolution) says more than the request's.
        const QString cause = lastClientError();
        return makeError(QObject::tr("Metadata request failed: %1")
                             .arg(cause.isEmpty() ? describeKafkaError(err, QString::fromUtf8(rd_kafka_err2str(err)))
                                                  : cause));
    }
    ClusterMetadata out;
    for (int i = 0; i < md->broker_cnt; ++i) {
        out.brokers.append(BrokerInfo{md->brokers[i].id, QString::fromUtf8(md->brokers[i].host),
                                      md->brokers[i].port, QString()});
    }
    out.topics.reserve(md->topic_cnt);
    for (int i = 0; i < md->topic_cnt; ++i) {
        const rd_kafka_metadata_topic_t &t = md->topics[i];
        const QString name = QString::fromUtf8(t.topic);
        if (!topics.isEmpty() && !topics.contains(name))
            continue;
        TopicMetadata topic;
        topic.name = name;
        if (t.err)
            topic.error = QString::fromUtf8(rd_kafka_err2str(t.err));
        topic.partitions.reserve(t.partition_cnt);
        for (int p = 0; p < t.partition_cnt; ++p) {
            const rd_kafka_metadata_partition_t &mp = t.partitions[p];
            PartitionInfo part;
            part.id = mp.id;
            part.leader = mp.leader;
            for (int r = 0; r < mp.replica_cnt; ++r)
                part.replicas.append(mp.replicas[r]);
            for (int r = 0; r < mp.isr_cnt; ++r)
                part.isr.append(mp.isrs[r]);
            if (mp.err)
                part.error = QString::fromUtf8(rd_kafka_err2str(mp.err));
            topic.partitions.append(part);
        }
        out.topics.append(std::move(topic));
    }
    rd_kafka_metadata_destroy(md);

    // Both come from the metadata already cached above; no extra round trip.
    if (char *id = rd_kafka_clusterid(m_rk, m_timeoutMs)) {
        out.clusterId = QString::fromUtf8(id);
        rd_kafka_mem_free(m_rk, id);
    }
    out.controllerId = rd_kafka_controllerid(m_rk, m_timeoutMs);
    return out;
}

Status AdminClient::createTopics(const QList<NewTopic> &topics) const
{
    if (topics.isEmpty())
        return {};
    std::vector<rd_kafka_NewTopic_t *> natives;
    auto cleanup = [&] { rd_kafka_NewTopic_destroy_array(natives.data(), natives.size()); };
    char errstr[512];
    for (const NewTopic &t : topics) {
        rd_kafka_NewTopic_t *nt = rd_kafka_NewTopic_new(t.name.toUtf8().constData(), t.partitions,
                                                        t.replicationFactor, errstr, sizeof errstr);
        if (!nt) {
            cleanup();
            return makeError(QObject::tr("Invalid topic %1: %2").arg(t.name, QString::fromUtf8(errstr)));
        }
        natives.push_back(nt);
        for (auto it = t.configs.cbegin(); it != t.configs.cend(); ++it)
            rd_kafka_NewTopic_set_config(nt, it.key().toUtf8().constData(), it.value().toUtf8().constData());
    }
    QueuePtr queue(rd_kafka_queue_new(m_rk));
    auto options = makeOptions(m_rk, RD_KAFKA_ADMIN_OP_ANY, m_timeoutMs, true);
    rd_kafka_CreateTopics(m_rk, natives.data(), natives.size(), options.get(), queue.get());
    cleanup();
    auto ev = awaitResult(queue.get(), m_timeoutMs, QObject::tr("Creating topics"));
    if (!ev)
        return makeError(ev.error());
    size_t count = 0;
    const auto *results = rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(ev->get()), &count);
    return topicResultErrors(results, count, QObject::tr("Creating topics"));
}

Status AdminClient::deleteTopics(const QStringList &topics) const
{
    if (topics.isEmpty())
        return {};
    std::vector<rd_kafka_DeleteTopic_t *> natives;
    for (const QString &t : topics)
        natives.push_back(rd_kafka_DeleteTopic_new(t.toUtf8().constData()));
    QueuePtr queue(rd_kafka_queue_new(m_rk));
    auto options = makeOptions(m_rk, RD_KAFKA_ADMIN_OP_ANY, m_timeoutMs, true);
    rd_kafka_DeleteTopics(m_rk, natives.data(), natives.size(), options.get(), queue.get());
    rd_kafka_DeleteTopic_destroy_array(natives.data(), natives.size());
    auto ev = awaitResult(queue.get(), m_timeoutMs, QObject::tr("Deleting topics"));
    if (!ev)
        return makeError(ev.error());
    size_t count = 0;
    const auto *results = rd_kafka_DeleteTopics_result_topics(rd_kafka_event_DeleteTopics_result(ev->get()), &count);
    return topicResultErrors(results, count, QObject::tr("Deleting topics"));
}

Status AdminClient::createPartitions(const QString &topic, int totalPartitions) const
{
    char errstr[512];
    rd_kafka_NewPartitions_t *np = rd_kafka_NewPartitions_new(topic.toUtf8().constData(), size_t(totalPartitions),
                                                              errstr, sizeof errstr);
    if (!np)
        return makeError(QObject::tr("Invalid partition count for %1: %2").arg(topic, QString::fromUtf8(errstr)));
    QueuePtr queue(rd_kafka_queue_new(m_rk));
    auto options = makeOptions(m_rk, RD_KAFKA_ADMIN_OP_ANY, m_timeoutMs, true);
    rd_kafka_CreatePartitions(m_rk, &np, 1, options.get(), queue.get());
    rd_kafka_NewPartitions_destroy(np);
    auto ev = awaitResult(queue.get(), m_timeoutMs, QObject::tr("Adding partitions"));
    if (!ev)
        return makeError(ev.error());
    size_t count = 0;
    const auto *results = rd_kafka_CreatePartitions_result_topics(rd_kafka_event_CreatePartitions_result(ev->get()), &count);
    return topicResultErrors(results, count, QObject::tr("Adding partitions"));
}

Status AdminClient::alterTopicConfig(const QString &topic, const QMap<QString, QString> &configs) const
{
    // AlterConfigs replaces the whole set of overrides, so start from the current ones.
    auto current = describeTopicConfigs({topic});
    if (!current)
        return makeError(current.error());
    QMap<QString, QString> merged;
    for (const ConfigEntry &e : current->value(topic)) {
        if (e.source == ConfigSource::DynamicTopic)
            merged.insert(e.name, e.value);
    }
    for (auto it = configs.cbegin(); it != configs.cend(); ++it)
        merged.insert(it.key(), it.value());

    rd_kafka_ConfigResource_t *res = rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic.toUtf8().constData());
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        rd_kafka_ConfigResource_set_config(res, it.key().toUtf8().constData(), it.value().toUtf8().constData());
    QueuePtr queue(rd_kafka_queue_new(m_rk));
    auto options = makeOptions(m_rk, RD_KAFKA_ADMIN_OP_ANY, m_timeoutMs);
    rd_kafka_AlterConfigs(m_rk, &res, 1, options.get(), queue.get());
    rd_kafka_ConfigResource_destroy(res);
    auto ev = awaitResult(queue.get(), m_timeoutMs, QObject::tr("Changing the configuration of %1").arg(topic));
    if (!ev)
        return makeError(ev.error());
    size_t count = 0;
    const auto *results = rd_kafka_AlterConfigs_result_resources(rd_kafka_event_AlterConfigs_result(ev->get()), &count);
    for (size_t i = 0; i < count; ++i) {
        if (rd_kafka_ConfigResource_error(results[i])) {
            return makeError(QObject::tr("Changing the configuration of %1 failed: %2")
                                 .arg(topic, QString::fromUtf8(rd_kafka_ConfigResource_error_string(results[i]))));
        }
    }
    return {};
}

Result<QMap<QString, QList<ConfigEntry>>> AdminClient::describeTopicConfigs(const QStringList &topics) const
{
    QMap<QString, QList<ConfigEntry>> out;
    // Many resources per request; batches bound the size of one request and response.
    constexpr int kBatch = 500;
    for (int start = 0; start < topics.size(); start += kBatch) {
        std::vector<rd_kafka_ConfigResource_t *> resources;
        for (int i = start; i < std::min<int>(start + kBatch, topics.size()); ++i)
            resources.push_back(rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topics[i].toUtf8().constData()));
        QueuePtr queue(rd_kafka_queue_new(m_rk));
        auto options = makeOptions(m_rk, RD_KAFKA_ADMIN_OP_ANY, m_timeoutMs);
        rd_kafka_DescribeConfigs(m_rk, resources.data(), resources.size(), options.get(), queue.get());
        rd_kafka_ConfigResource_destroy_array(resources.data(), resources.size());
        auto ev = awaitResult(queue.get(), m_timeoutMs, QObject::tr("Describing topic configurations"));
        if (!ev)
            return makeError(ev.error());
        size_t count = 0;
        const auto *results = rd_kafka_DescribeConfigs_result_resources(
            rd_kafka_event_DescribeConfigs_result(ev->get()), &count);
        for (size_t i = 0; i < count; ++i) {
            const QString name = QString::fromUtf8(rd_kafka_ConfigResource_name(results[i]));
            if (rd_kafka_ConfigResource_error(results[i]))
                continue;   // the topic vanished or is not authorized: no configs for it
            size_t entryCount = 0;
            const auto *entries = rd_kafka_ConfigResource_configs(results[i], &entryCount);
            QList<ConfigEntry> list;
            list.reserve(int(entryCount));
            for (size_t e = 0; e < entryCount; ++e) {
                ConfigEntry entry;
                entry.name = QString::fromUtf8(rd_kafka_ConfigEntry_name(entries[e]));
                const char *value = rd_kafka_ConfigEntry_value(entries[e]);
                entry.value = value ? QString::fromUtf8(value) : QString();
                entry.isDefault = rd_kafka_ConfigEntry_is_default(entries[e]);
                entry.isSensitive = rd_kafka_ConfigEntry_is_sensitive(entries[e]);
                entry.isReadOnly = rd_kafka_ConfigEntry_is_read_only(entries[e]);
                switch (rd_kafka_ConfigEntry_source(entries[e])) {
                case RD_KAFKA_CONFIG_SOURCE_DYNAMIC_TOPIC_CONFIG: entry.source = ConfigSource::DynamicTopic; break;
                case RD_KAFKA_CONFIG_SOURCE_DYNAMIC_BROKER_CONFIG:
                case RD_KAFKA_CONFIG_SOURCE_DYNAMIC_DEFAULT_BROKER_CONFIG: entry.source = ConfigSource::DynamicBroker; break;
                case RD_KAFKA_CONFIG_SOURCE_STATIC_BROKER_CONFIG: entry.source = ConfigSource::StaticBroker; break;
                case RD_KAFKA_CONFIG_SOURCE_DEFAULT_CONFIG: entry.source = ConfigSource::Default; break;
                default: entry.source = ConfigSource::Other; break;
                }
                list.append(std::move(entry));
            }
            out.insert(name, std::move(list));
        }
    }
    return out;
}

Status AdminClient::createAcls(const QList<AclBinding> &acls) const
{
    if (acls.isEmpty())
        return {};
    std::vector<rd_kafka_AclBinding_t *> natives;
    for (const AclBinding &acl : acls) {
        auto native = toNative(acl);
        if (!native) {
            rd_kafka_AclBinding_destroy_array(natives.data(), natives.size());
            return makeError(native.error());
        }
        natives.push_back(*native);
    }
    QueuePtr queue(rd_kafka_queue_new(m_rk));
    auto options = makeOptions(m_rk, RD_KAFKA_ADMIN_OP_ANY, m_timeoutMs);
    rd_kafka_CreateAcls(m_rk, natives.data(), natives.size(), options.get(), queue.get());
    rd_kafka_AclBinding_destroy_array(natives.data(), natives.size());
    auto ev = awaitResult(queue.get(), m_timeoutMs, QObject::tr("Creating ACLs"));
    if (!ev)
        return makeError(ev.error());
    size_t count = 0;
    const auto *results = rd_kafka_CreateAcls_result_acls(rd_kafka_event_CreateAcls_result(ev->get()), &count);
    for (size_t i = 0; i < count; ++i) {
        if (const rd_kafka_error_t *error = rd_kafka_acl_result_error(results[i])) {
            return makeError(QObject::tr("Creating ACL %1 failed: %2")
                                 .arg(acls.value(int(i)).toString(), QString::fromUtf8(rd_kafka_error_string(error))));
        }
    }
    return {};
}

Status AdminClient::deleteAcls(const QList<AclBinding> &acls) const
{
    if (acls.isEmpty())
        return {};
    // A filter with every field set matches exactly one binding.
    std::vector<rd_kafka_AclBindingFilter_t *> filters;
    for (const AclBinding &acl : acls) {
        auto native = toNative(acl);
        if (!native) {
            rd_kafka_AclBinding_destroy_array(filters.data(), filters.size());
            return makeError(native.error());
        }
        filters.push_back(*native);
    }
    QueuePtr queue(rd_kafka_queue_new(m_rk));
    auto options = makeOptions(m_rk, RD_KAFKA_ADMIN_OP_ANY, m_timeoutMs);
    rd_kafka_DeleteAcls(m_rk, filters.data(), filters.size(), options.get(), queue.get());
    rd_kafka_AclBinding_destroy_array(filters.data(), filters.size());
    auto ev = awaitResult(queue.get(), m_timeoutMs, QObject::tr("Deleting ACLs"));
    if (!ev)
        return makeError(ev.error());
    size_t count = 0;
    const auto *responses = rd_kafka_DeleteAcls_result_responses(rd_kafka_event_DeleteAcls_result(ev->get()), &count);
    for (size_t i = 0; i < count; ++i) {
        if (const rd_kafka_error_t *error = rd_kafka_DeleteAcls_result_response_error(responses[i])) {
            return makeError(QObject::tr("Deleting ACLs failed: %1").arg(QString::fromUtf8(rd_kafka_error_string(error))));
        }
    }
    return {};
}

Result<QList<AclBinding>> AdminClient::describeAcls() const
{
    char errstr[512];
    rd_kafka_AclBindingFilter_t *filter = rd_kafka_AclBindingFilter_new(
        RD_KAFKA_RESOURCE_ANY, nullptr, RD_KAFKA_RESOURCE_PATTERN_ANY, nullptr, nullptr,
        RD_KAFKA_ACL_OPERATION_ANY, RD_KAFKA_ACL_PERMISSION_TYPE_ANY, errstr, sizeof errstr);
    if (!filter)
        return makeError(QString::fromUtf8(errstr));
    QueuePtr queue(rd_kafka_queue_new(m_rk));
    auto options = makeOptions(m_rk, RD_KAFKA_ADMIN_OP_ANY, m_timeoutMs);
    rd_kafka_DescribeAcls(m_rk, filter, options.get(), queue.get());
    rd_kafka_AclBinding_destroy(filter);
    auto ev = awaitResult(queue.get(), m_timeoutMs, QObject::tr("Describing ACLs"));
    if (!ev)
        return makeError(ev.error());
    size_t count = 0;
    const auto *acls = rd_kafka_DescribeAcls_result_acls(rd_kafka_event_DescribeAcls_result(ev->get()), &count);
    QList<AclBinding> out;
    out.reserve(int(count));
    for (size_t i = 0; i < count; ++i)
        out.append(fromNative(acls[i]));
    return out;
}

} // namespace Switchboard
