#pragma once

// The workspace's topics as a log: read one partition from an offset to its end as of now,
// and append records with an idempotent producer, one acknowledgement at a time so that each
// outbox entry knows its own fate. No consumer group: a replica keeps its position (the sync
// cursor) in its own catalog, so members need no group ACLs and never disturb each other.
// Blocking calls with timeouts: run them off the GUI thread.

#include "core/Result.h"
#include "kafka/ClientConfig.h"

#include <QByteArray>
#include <QList>

#include <memory>

typedef struct rd_kafka_s rd_kafka_t;

namespace Switchboard {

struct LogRecord {
    qint64 offset = -1;
    QByteArray key;
    QByteArray value;
    bool isNull = false;   // a tombstone
};

// How an append ended: delivered, refused for good by the broker (not authorized, too large,
// unknown topic), or not known yet (unreachable, timed out: try again later).
struct AppendOutcome {
    enum Kind { Delivered, Refused, Unreachable } kind = Unreachable;
    qint64 offset = -1;
    int errorCode = 0;
    QString error;
};

class WorkspaceLog {
public:
    ~WorkspaceLog();
    WorkspaceLog(const WorkspaceLog &) = delete;
    WorkspaceLog &operator=(const WorkspaceLog &) = delete;

    static std::unique_ptr<WorkspaceLog> create(const ClientConfig &config, int timeoutMs = 10000);

    // The offset the next record of partition 0 will get.
    Result<qint64> endOffset(const QString &topic);
    // Every record of partition 0 from `from` (or the first one kept, if later) to the end
    // as it was when the call began.
    Result<QList<LogRecord>> read(const QString &topic, qint64 from);
    // Appends one record to partition 0 and waits for its acknowledgement.
    AppendOutcome append(const QString &topic, const QByteArray &key, const QByteArray &value, bool isNull);

    struct State;

private:
    WorkspaceLog(ClientConfig config, int timeoutMs);
    Result<rd_kafka_t *> consumer();
    Result<rd_kafka_t *> producer();

    ClientConfig m_config;
    int m_timeoutMs;
    rd_kafka_t *m_consumer = nullptr;
    rd_kafka_t *m_producer = nullptr;
    std::unique_ptr<State> m_state;
};

} // namespace Switchboard
