#include "kafka/Producer.h"

#include "kafka/AdminClient.h"

#include <QMutex>
#include <QObject>

#include <librdkafka/rdkafka.h>

namespace Switchboard {

struct Producer::State {
    QMutex mutex;
    QString firstError;
    QString clientError;
};

namespace {

void deliveryCallback(rd_kafka_t *, const rd_kafka_message_t *message, void *opaque)
{
    if (!message->err)
        return;
    auto *state = static_cast<Producer::State *>(opaque);
    QMutexLocker lock(&state->mutex);
    if (state->firstError.isEmpty()) {
        state->firstError = QObject::tr("Delivery to %1 failed: %2")
                                .arg(QString::fromUtf8(rd_kafka_topic_name(message->rkt)),
                                     describeKafkaError(message->err, QString::fromUtf8(rd_kafka_err2str(message->err))));
    }
}

void errorCallback(rd_kafka_t *, int err, const char *reason, void *opaque)
{
    auto *state = static_cast<Producer::State *>(opaque);
    QMutexLocker lock(&state->mutex);
    state->clientError = describeKafkaError(err, QString::fromUtf8(reason));
}

void quietLog(const rd_kafka_t *, int, const char *, const char *) {}

} // namespace

Producer::Producer(rd_kafka_t *rk, std::unique_ptr<State> state) : m_rk(rk), m_state(std::move(state)) {}

Producer::~Producer()
{
    if (m_rk) {
        rd_kafka_flush(m_rk, 5000);
        rd_kafka_destroy(m_rk);
    }
}

Result<std::unique_ptr<Producer>> Producer::create(const ClientConfig &config)
{
    auto conf = config.build();
    if (!conf)
        return makeError(conf.error());
    auto state = std::make_unique<State>();
    rd_kafka_conf_set_opaque(*conf, state.get());
    rd_kafka_conf_set_dr_msg_cb(*conf, deliveryCallback);
    rd_kafka_conf_set_error_cb(*conf, errorCallback);
    rd_kafka_conf_set_log_cb(*conf, quietLog);
    char errstr[512];
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, *conf, errstr, sizeof errstr);
    if (!rk) {
        rd_kafka_conf_destroy(*conf);
        return makeError(QObject::tr("Cannot create a Kafka producer: %1").arg(QString::fromUtf8(errstr)));
    }
    return std::unique_ptr<Producer>(new Producer(rk, std::move(state)));
}

Status Producer::produce(const QString &topic, const QByteArray &key, const QByteArray &value, int partition)
{
    const QByteArray topicName = topic.toUtf8();
    for (;;) {
        const rd_kafka_resp_err_t err = rd_kafka_producev(
            m_rk, RD_KAFKA_V_TOPIC(topicName.constData()), RD_KAFKA_V_PARTITION(partition),
            RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
            RD_KAFKA_V_KEY(key.isNull() ? nullptr : const_cast<char *>(key.constData()), size_t(key.size())),
            RD_KAFKA_V_VALUE(const_cast<char *>(value.constData()), size_t(value.size())), RD_KAFKA_V_END);
        if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            rd_kafka_poll(m_rk, 100);   // let deliveries drain, then retry
            continue;
        }
        if (err)
            return makeError(QObject::tr("Cannot produce to %1: %2").arg(topic, QString::fromUtf8(rd_kafka_err2str(err))));
        rd_kafka_poll(m_rk, 0);
        return {};
    }
}

Status Producer::flush(int timeoutMs)
{
    const rd_kafka_resp_err_t err = rd_kafka_flush(m_rk, timeoutMs);
    QMutexLocker lock(&m_state->mutex);
    if (!m_state->firstError.isEmpty())
        return makeError(std::exchange(m_state->firstError, QString()));
    if (err) {
        const QString detail = m_state->clientError.isEmpty() ? QString::fromUtf8(rd_kafka_err2str(err))
                                                              : m_state->clientError;
        return makeError(QObject::tr("Records were not delivered within %1 ms: %2").arg(timeoutMs).arg(detail));
    }
    return {};
}

} // namespace Switchboard
