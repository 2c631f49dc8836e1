#include "KafkaFixtures.h"

#include "kafka/AdminClient.h"
#include "kafka/Producer.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QThread>

#include <librdkafka/rdkafka.h>

#include <cstdint>

namespace Switchboard::Test {

QString uniqueName(const QString &prefix)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(QRandomGenerator::global()->generate64(), 0, 36);
}

Status createTopics(const ClientConfig &config, const QList<NewTopic> &topics)
{
    auto admin = AdminClient::create(config, 30000);
    if (!admin)
        return makeError(admin.error());
    return (*admin)->createTopics(topics);
}

Status produceRecords(const ClientConfig &config, const QString &topic, int count, int partition)
{
    auto producer = Producer::create(config);
    if (!producer)
        return makeError(producer.error());
    for (int i = 0; i < count; ++i) {
        if (auto st = (*producer)->produce(topic, QStringLiteral("key-%1").arg(i).toUtf8(),
                                           QStringLiteral("{\"n\":%1}").arg(i).toUtf8(), partition);
            !st)
            return st;
    }
    return (*producer)->flush(30000);
}

Status commitOffsets(const ClientConfig &config, const QString &group, const QList<TopicPartitionOffset> &offsets)
{
    auto conf = config.build();
    if (!conf)
        return makeError(conf.error());
    char errstr[512];
    rd_kafka_conf_set(*conf, "group.id", group.toUtf8().constData(), errstr, sizeof errstr);
    rd_kafka_conf_set(*conf, "enable.auto.commit", "false", errstr, sizeof errstr);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, *conf, errstr, sizeof errstr);
    if (!rk) {
        rd_kafka_conf_destroy(*conf);
        return makeError(QString::fromUtf8(errstr));
    }
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(int(offsets.size()));
    for (const auto &o : offsets)
        rd_kafka_topic_partition_list_add(list, o.topic.toUtf8().constData(), o.partition)->offset = o.offset;
    const rd_kafka_resp_err_t err = rd_kafka_commit(rk, list, 0);
    Status result;
    if (err) {
        result = makeError(QStringLiteral("Committing offsets for %1 failed: %2").arg(group, QString::fromUtf8(rd_kafka_err2str(err))));
    } else {
        for (int i = 0; i < list->cnt; ++i) {
            if (list->elems[i].err) {
                result = makeError(QStringLiteral("Committing %1/%2 failed: %3")
                                       .arg(QString::fromUtf8(list->elems[i].topic)).arg(list->elems[i].partition)
                                       .arg(QString::fromUtf8(rd_kafka_err2str(list->elems[i].err))));
                break;
            }
        }
    }
    rd_kafka_topic_partition_list_destroy(list);
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    return result;
}

Status commitGroupOffsets(const ClientConfig &config, const QStringList &groups,
                          const std::function<QList<TopicPartitionOffset>(int)> &offsetsOf, int window)
{
    auto admin = AdminClient::create(config, 120000);
    if (!admin)
        return makeError(admin.error());
    rd_kafka_t *rk = (*admin)->handle();
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_AdminOptions_t *options = rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_ALTERCONSUMERGROUPOFFSETS);
    QList<int> pending;   // next one last
    for (int i = int(groups.size()) - 1; i >= 0; --i)
        pending << i;
    QList<int> attempts(groups.size(), 0);
    int inFlight = 0;
    QString failure;
    auto retry = [&](int index, const QString &why) {
        if (++attempts[index] < 5)
            pending.prepend(index);
        else if (failure.isEmpty())
            failure = QStringLiteral("Committing offsets for %1 failed: %2").arg(groups[index], why);
    };
    while ((!pending.isEmpty() || inFlight > 0) && failure.isEmpty()) {
        while (!pending.isEmpty() && inFlight < window) {
            const int index = pending.takeLast();
            const QList<TopicPartitionOffset> offsets = offsetsOf(index);
            rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(int(offsets.size()));
            for (const TopicPartitionOffset &o : offsets)
                rd_kafka_topic_partition_list_add(list, o.topic.toUtf8().constData(), o.partition)->offset = o.offset;
            rd_kafka_AlterConsumerGroupOffsets_t *alter =
                rd_kafka_AlterConsumerGroupOffsets_new(groups[index].toUtf8().constData(), list);
            rd_kafka_AdminOptions_set_opaque(options, reinterpret_cast<void *>(intptr_t(index) + 1));
            rd_kafka_AlterConsumerGroupOffsets(rk, &alter, 1, options, queue);
            rd_kafka_AlterConsumerGroupOffsets_destroy(alter);
            rd_kafka_topic_partition_list_destroy(list);
            ++inFlight;
        }
        rd_kafka_event_t *ev = rd_kafka_queue_poll(queue, (*admin)->timeoutMs() + 10000);
        if (!ev) {
            failure = QStringLiteral("Committing offsets timed out");
            break;
        }
        --inFlight;
        const int index = int(reinterpret_cast<intptr_t>(rd_kafka_event_opaque(ev)) - 1);
        if (rd_kafka_event_error(ev)) {
            retry(index, QString::fromUtf8(rd_kafka_event_error_string(ev)));
        } else {
            size_t count = 0;
            const rd_kafka_group_result_t **results =
                rd_kafka_AlterConsumerGroupOffsets_result_groups(rd_kafka_event_AlterConsumerGroupOffsets_result(ev), &count);
            for (size_t i = 0; i < count; ++i) {
                if (const rd_kafka_error_t *e = rd_kafka_group_result_error(results[i])) {
                    retry(index, QString::fromUtf8(rd_kafka_error_string(e)));
                    continue;
                }
                const rd_kafka_topic_partition_list_t *parts = rd_kafka_group_result_partitions(results[i]);
                for (int p = 0; parts && p < parts->cnt; ++p) {
                    if (parts->elems[p].err) {
                        retry(index, QString::fromUtf8(rd_kafka_err2str(parts->elems[p].err)));
                        break;
                    }
                }
            }
        }
        rd_kafka_event_destroy(ev);
    }
    rd_kafka_AdminOptions_destroy(options);
    rd_kafka_queue_destroy(queue);
    if (!failure.isEmpty())
        return makeError(failure);
    return {};
}

Status createAcls(const ClientConfig &config, const QList<AclBinding> &acls)
{
    auto admin = AdminClient::create(config, 30000);
    if (!admin)
        return makeError(admin.error());
    return (*admin)->createAcls(acls);
}

Status tryProduce(const ClientConfig &config, const QString &topic, int timeoutMs)
{
    ClientConfig bounded = config;
    // Fail fast on authorization errors instead of retrying until the timeout.
    bounded.properties.insert(QStringLiteral("message.timeout.ms"), QString::number(timeoutMs));
    auto producer = Producer::create(bounded);
    if (!producer)
        return makeError(producer.error());
    if (auto st = (*producer)->produce(topic, "probe", "probe"); !st)
        return st;
    return (*producer)->flush(timeoutMs + 2000);
}

Status produceEventually(const ClientConfig &config, const QString &topic, bool expectSuccess)
{
    QDeadlineTimer deadline(20000);
    Status last;
    do {
        last = tryProduce(config, topic, 4000);
        if (last.ok() == expectSuccess)
            return last;
        QThread::msleep(300);
    } while (!deadline.hasExpired());
    return last;
}

} // namespace Switchboard::Test
