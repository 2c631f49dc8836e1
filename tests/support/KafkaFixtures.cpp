#include "KafkaFixtures.h"

#include "kafka/AdminClient.h"
#include "kafka/Producer.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QThread>

#include <librdkafka/rdkafka.h>

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
