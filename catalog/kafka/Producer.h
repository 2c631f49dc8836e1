#pragma once

// A small synchronous producer: send records, then wait for every delivery report.
// Used by the demo cluster, the bundle distribution topic and test fixtures.

#include "core/Result.h"
#include "kafka/ClientConfig.h"

#include <QByteArray>
#include <memory>

typedef struct rd_kafka_s rd_kafka_t;

namespace Switchboard {

class Producer {
public:
    ~Producer();   // flushes, then destroys the client
    Producer(const Producer &) = delete;
    Producer &operator=(const Producer &) = delete;

    static Result<std::unique_ptr<Producer>> create(const ClientConfig &config);

    // Queues one record; partition -1 lets the partitioner choose.
    Status produce(const QString &topic, const QByteArray &key, const QByteArray &value, int partition = -1);
    // Waits until every queued record is delivered or failed; the first failure is returned.
    Status flush(int timeoutMs = 15000);

    struct State;

private:
    explicit Producer(rd_kafka_t *rk, std::unique_ptr<State> state);
    rd_kafka_t *m_rk = nullptr;
    std::unique_ptr<State> m_state;
};

} // namespace Switchboard
