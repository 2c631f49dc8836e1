#pragma once

// Internal to AdminClient's two source files (AdminClient.cpp, AdminClientCrawl.cpp): owning
// handles for librdkafka's admin objects and the wait for one admin call's result.

#include "core/Result.h"
#include "kafka/AdminClient.h"

#include <QObject>

#include <librdkafka/rdkafka.h>

#include <memory>

namespace Switchboard::Internal {

struct EventDeleter {
    void operator()(rd_kafka_event_t *ev) const { rd_kafka_event_destroy(ev); }
};
using EventPtr = std::unique_ptr<rd_kafka_event_t, EventDeleter>;

struct QueueDeleter {
    void operator()(rd_kafka_queue_t *q) const { rd_kafka_queue_destroy(q); }
};
using QueuePtr = std::unique_ptr<rd_kafka_queue_t, QueueDeleter>;

struct OptionsDeleter {
    void operator()(rd_kafka_AdminOptions_t *o) const { rd_kafka_AdminOptions_destroy(o); }
};
using OptionsPtr = std::unique_ptr<rd_kafka_AdminOptions_t, OptionsDeleter>;

struct PartitionListDeleter {
    void operator()(rd_kafka_topic_partition_list_t *l) const { rd_kafka_topic_partition_list_destroy(l); }
};
using PartitionListPtr = std::unique_ptr<rd_kafka_topic_partition_list_t, PartitionListDeleter>;

// Options with the request timeout; waitForOperation also waits for the controller to finish
// (topic creation and deletion), not only for the request to be accepted.
inline OptionsPtr makeOptions(rd_kafka_t *rk, rd_kafka_admin_op_t op, int timeoutMs, bool waitForOperation = false)
{
    OptionsPtr options(rd_kafka_AdminOptions_new(rk, op));
    char errstr[256];
    rd_kafka_AdminOptions_set_request_timeout(options.get(), timeoutMs, errstr, sizeof errstr);
    if (waitForOperation)
        rd_kafka_AdminOptions_set_operation_timeout(options.get(), timeoutMs, errstr, sizeof errstr);
    return options;
}

// Waits for the result of one admin call on its own queue; every failure is a readable message.
inline Result<EventPtr> awaitResult(rd_kafka_queue_t *queue, int timeoutMs, const QString &what)
{
    // librdkafka enforces the request timeout itself; the margin only guards against a hang.
    EventPtr ev(rd_kafka_queue_poll(queue, timeoutMs + 5000));
    if (!ev)
        return makeError(QObject::tr("%1 timed out after %2 ms").arg(what).arg(timeoutMs));
    if (rd_kafka_event_error(ev.get())) {
        return makeError(QObject::tr("%1 failed: %2")
                             .arg(what, describeKafkaError(rd_kafka_event_error(ev.get()),
                                                           QString::fromUtf8(rd_kafka_event_error_string(ev.get())))));
    }
    return ev;
}

} // namespace Switchboard::Internal
