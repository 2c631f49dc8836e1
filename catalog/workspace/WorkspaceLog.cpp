#include "workspace/WorkspaceLog.h"

#include "kafka/AdminClient.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QObject>

#include <librdkafka/rdkafka.h>

namespace Switchboard {

struct WorkspaceLog::State {
    QMutex mutex;
    // The delivery report of the record in flight (one at a time).
    bool reported = false;
    rd_kafka_resp_err_t deliveryError = RD_KAFKA_RESP_ERR_NO_ERROR;
    qint64 deliveredOffset = -1;
    QString clientError;
    int clientErrorCode = 0;
};

namespace {

void deliveryCallback(rd_kafka_t *, const rd_kafka_message_t *message, void *opaque)
{
    auto *state = static_cast<WorkspaceLog::State *>(opaque);
    QMutexLocker lock(&state->mutex);
    state->reported = true;
    state->deliveryError = message->err;
    state->deliveredOffset = message->offset;
}

void errorCallback(rd_kafka_t *, int err, const char *reason, void *opaque)
{
    auto *state = static_cast<WorkspaceLog::State *>(opaque);
    QMutexLocker lock(&state->mutex);
    state->clientErrorCode = err;
    state->clientError = describeKafkaError(err, QString::fromUtf8(reason));
}

void quietLog(const rd_kafka_t *, int, const char *, const char *) {}

Status set(rd_kafka_conf_t *conf, const char *name, const char *value)
{
    char errstr[512];
    if (rd_kafka_conf_set(conf, name, value, errstr, sizeof errstr) != RD_KAFKA_CONF_OK)
        return makeError(QObject::tr("Cannot set %1: %2").arg(QLatin1String(name), QString::fromUtf8(errstr)));
    return {};
}

// Errors that another attempt will not cure: the broker said no to this record.
bool isPermanent(rd_kafka_resp_err_t err)
{
    switch (err) {
    case RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED:
    case RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED:
    case RD_KAFKA_RESP_ERR_TRANSACTIONAL_ID_AUTHORIZATION_FAILED:
    case RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE:
    case RD_KAFKA_RESP_ERR_INVALID_RECORD:
    case RD_KAFKA_RESP_ERR_INVALID_MSG:
    case RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART:
    case RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC:
    case RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION:
    case RD_KAFKA_RESP_ERR__INVALID_ARG:
        return true;
    default:
        return false;
    }
}

} // namespace

WorkspaceLog::WorkspaceLog(ClientConfig config, int timeoutMs)
    : m_config(std::move(config)), m_timeoutMs(timeoutMs), m_state(std::make_unique<State>())
{
}

WorkspaceLog::~WorkspaceLog()
{
    if (m_consumer) {
        rd_kafka_destroy(m_consumer);
    }
    if (m_producer) {
        rd_kafka_flush(m_producer, 5000);
        rd_kafka_destroy(m_producer);
    }
}

std::unique_ptr<WorkspaceLog> WorkspaceLog::create(const ClientConfig &config, int timeoutMs)
{
    return std::unique_ptr<WorkspaceLog>(new WorkspaceLog(config, timeoutMs));
}

Result<rd_kafka_t *> WorkspaceLog::consumer()
{
    if (m_consumer)
        return m_consumer;
    auto conf = m_config.build();
    if (!conf)
        return makeError(conf.error());
    rd_kafka_conf_set_opaque(*conf, m_state.get());
    rd_kafka_conf_set_error_cb(*conf, errorCallback);
    rd_kafka_conf_set_log_cb(*conf, quietLog);
    // No group: positions are kept in the catalog, never committed.
    for (auto [name, value] : {std::pair{"enable.auto.commit", "false"}, std::pair{"enable.partition.eof", "true"},
                               std::pair{"auto.offset.reset", "earliest"}}) {
        if (auto st = set(*conf, name, value); !st) {
            rd_kafka_conf_destroy(*conf);
            return makeError(st.error());
        }
    }
    char errstr[512];
    m_consumer = rd_kafka_new(RD_KAFKA_CONSUMER, *conf, errstr, sizeof errstr);
    if (!m_consumer) {
        rd_kafka_conf_destroy(*conf);
        return makeError(QObject::tr("Cannot create a Kafka consumer: %1").arg(QString::fromUtf8(errstr)));
    }
    return m_consumer;
}

Result<rd_kafka_t *> WorkspaceLog::producer()
{
    if (m_producer)
        return m_producer;
    auto conf = m_config.build();
    if (!conf)
        return makeError(conf.error());
    rd_kafka_conf_set_opaque(*conf, m_state.get());
    rd_kafka_conf_set_dr_msg_cb(*conf, deliveryCallback);
    rd_kafka_conf_set_error_cb(*conf, errorCallback);
    rd_kafka_conf_set_log_cb(*conf, quietLog);
    // Idempotent: a retry after a lost acknowledgement never writes a record twice, and
    // records keep their order. The outbox gives at-least-once across restarts; applying a
    // record twice is harmless (ids).
    const QByteArray timeout = QByteArray::number(m_timeoutMs);
    for (auto [name, value] : {std::pair{"enable.idempotence", "true"}, std::pair{"acks", "all"},
                               std::pair{"message.timeout.ms", timeout.constData()}}) {
        if (auto st = set(*conf, name, value); !st) {
            rd_kafka_conf_destroy(*conf);
            return makeError(st.error());
        }
    }
    char errstr[512];
    m_producer = rd_kafka_new(RD_KAFKA_PRODUCER, *conf, errstr, sizeof errstr);
    if (!m_producer) {
        rd_kafka_conf_destroy(*conf);
        return makeError(QObject::tr("Cannot create a Kafka producer: %1").arg(QString::fromUtf8(errstr)));
    }
    return m_producer;
}

Result<qint64> WorkspaceLog::endOffset(const QString &topic)
{
    auto rk = consumer();
    if (!rk)
        return makeError(rk.error());
    int64_t low = 0, high = 0;
    const rd_kafka_resp_err_t err = rd_kafka_query_watermark_offsets(*rk, topic.toUtf8().constData(), 0, &low, &high, m_timeoutMs);
    if (err == RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION || err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART
        || err == RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC) {
        // The broker hides a topic from a principal that may not describe it.
        return makeError(QObject::tr("Cannot read %1: it does not exist, or you are not authorized to read it").arg(topic));
    }
    if (err) {
        QMutexLocker lock(&m_state->mutex);
        const QString detail = !m_state->clientError.isEmpty() && err == RD_KAFKA_RESP_ERR__TIMED_OUT
            ? m_state->clientError : QString::fromUtf8(rd_kafka_err2str(err));
        return makeError(QObject::tr("Cannot read %1: %2").arg(topic, describeKafkaError(err, detail)));
    }
    return qint64(high);
}

Result<QList<LogRecord>> WorkspaceLog::read(const QString &topic, qint64 from)
{
    auto end = endOffset(topic);
    if (!end)
        return makeError(end.error());
    QList<LogRecord> out;
    if (from >= *end)
        return out;
    rd_kafka_t *rk = *consumer();
    // The simple (legacy) consumer: it reads a partition from an offset with no group at all
    // (rd_kafka_assign without a group.id answers "Unknown group" in librdkafka 2.0.2).
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic.toUtf8().constData(), nullptr);
    if (!rkt)
        return makeError(QObject::tr("Cannot read %1: %2").arg(topic, QString::fromUtf8(rd_kafka_err2str(rd_kafka_last_error()))));
    if (rd_kafka_consume_start(rkt, 0, from < 0 ? RD_KAFKA_OFFSET_BEGINNING : from) == -1) {
        const QString detail = QString::fromUtf8(rd_kafka_err2str(rd_kafka_last_error()));
        rd_kafka_topic_destroy(rkt);
        return makeError(QObject::tr("Cannot read %1: %2").arg(topic, detail));
    }
    // Until the last record that was there when we began (compaction may leave gaps, so the
    // partition's end also stops us).
    QDeadlineTimer deadline(qint64(m_timeoutMs) * 3);
    QString error;
    bool done = false;
    while (!done) {
        if (deadline.hasExpired()) {
            error = QObject::tr("Reading %1 did not reach its end in time").arg(topic);
            break;
        }
        rd_kafka_message_t *m = rd_kafka_consume(rkt, 0, 200);
        if (!m)
            continue;
        if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            done = true;
        } else if (m->err) {
            error = QObject::tr("Cannot read %1: %2")
                        .arg(topic, describeKafkaError(m->err, QString::fromUtf8(rd_kafka_message_errstr(m))));
            done = true;
        } else {
            LogRecord r;
            r.offset = m->offset;
            if (m->key)
                r.key = QByteArray(static_cast<const char *>(m->key), qsizetype(m->key_len));
            r.isNull = m->payload == nullptr;
            if (m->payload)
                r.value = QByteArray(static_cast<const char *>(m->payload), qsizetype(m->len));
            out.append(r);
            if (m->offset >= *end - 1)
                done = true;
        }
        rd_kafka_message_destroy(m);
    }
    rd_kafka_consume_stop(rkt, 0);
    rd_kafka_topic_destroy(rkt);
    if (!error.isEmpty())
        return makeError(error);
    return out;
}

AppendOutcome WorkspaceLog::append(const QString &topic, const QByteArray &key, const QByteArray &value, bool isNull)
{
    AppendOutcome outcome;
    auto rk = producer();
    if (!rk) {
        outcome.error = rk.error();
        return outcome;
    }
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->reported = false;
        m_state->deliveryError = RD_KAFKA_RESP_ERR_NO_ERROR;
        m_state->deliveredOffset = -1;
    }
    const QByteArray topicName = topic.toUtf8();
    rd_kafka_resp_err_t err = rd_kafka_producev(
        *rk, RD_KAFKA_V_TOPIC(topicName.constData()), RD_KAFKA_V_PARTITION(0), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
        RD_KAFKA_V_KEY(const_cast<char *>(key.constData()), size_t(key.size())),
        RD_KAFKA_V_VALUE(isNull ? nullptr : const_cast<char *>(value.constData()), isNull ? 0 : size_t(value.size())),
        RD_KAFKA_V_END);
    if (err) {
        outcome.kind = isPermanent(err) ? AppendOutcome::Refused : AppendOutcome::Unreachable;
        outcome.errorCode = err;
        outcome.error = describeKafkaError(err, QString::fromUtf8(rd_kafka_err2str(err)));
        return outcome;
    }
    rd_kafka_flush(*rk, m_timeoutMs + 2000);
    QMutexLocker lock(&m_state->mutex);
    if (!m_state->reported) {
        outcome.error = m_state->clientError.isEmpty() ? QObject::tr("the cluster did not acknowledge the record in time")
                                                       : m_state->clientError;
        return outcome;
    }
    if (!m_state->deliveryError) {
        outcome.kind = AppendOutcome::Delivered;
        outcome.offset = m_state->deliveredOffset;
        return outcome;
    }
    outcome.errorCode = m_state->deliveryError;
    outcome.kind = isPermanent(m_state->deliveryError) ? AppendOutcome::Refused : AppendOutcome::Unreachable;
    QString detail = QString::fromUtf8(rd_kafka_err2str(m_state->deliveryError));
    if (m_state->deliveryError == RD_KAFKA_RESP_ERR__MSG_TIMED_OUT && !m_state->clientError.isEmpty())
        detail = m_state->clientError;
    outcome.error = describeKafkaError(m_state->deliveryError, detail);
    return outcome;
}

} // namespace Switchboard
