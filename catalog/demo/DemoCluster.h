#pragma once

// The demo cluster: an in-process librdkafka mock cluster (rdkafka_mock.h) with a few dozen
// realistic topics, some records and consumer groups with committed offsets, so a newcomer
// sees a populated catalog in the first minute without installing a broker.
//
// The mock lives as long as this object (in the app: as long as the app). Its bootstrap port
// changes with every start, so the catalog row (kind 'demo') is updated by registerIn().
//
// What the 2.0.2 mock answers (verified on these machines, see tests/gui/tst_democluster):
// Metadata, Produce, Fetch, ListOffsets (watermarks), OffsetCommit and OffsetFetch
// (ListConsumerGroupOffsets with explicit partitions). ListConsumerGroups and
// DescribeConsumerGroups fail at once with "not supported"; DescribeConfigs and DescribeAcls
// are never answered (the request waits for the client's timeout). A crawl of the demo
// cluster therefore skips configs, group listing and ACLs: see skippedPhases().

#include "clusters/Cluster.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>

typedef struct rd_kafka_s rd_kafka_t;
typedef struct rd_kafka_mock_cluster_s rd_kafka_mock_cluster_t;

namespace Switchboard {

class Database;

struct DemoTopic {
    QString name;
    int partitions = 1;
    int replicationFactor = 3;   // the 2.0.2 mock puts a replica on every broker, whatever is asked
    int records = 0;          // produced at start
    QString owner;            // suggested curation, applied once after the first crawl
    QStringList tags;
    QString description;      // Markdown
};

struct DemoGroup {
    QString name;
    QString topic;
    double consumedFraction = 1.0;   // committed offset = high watermark * fraction (lag = the rest)
};

class DemoCluster {
public:
    ~DemoCluster();
    DemoCluster(const DemoCluster &) = delete;
    DemoCluster &operator=(const DemoCluster &) = delete;

    // Starts the mock, creates the topics, produces the records and commits the groups'
    // offsets. Blocks for a second or two: call it off the GUI thread.
    static Result<std::unique_ptr<DemoCluster>> start();

    static QString clusterName() { return QStringLiteral("demo"); }
    static QString environment() { return QStringLiteral("demo"); }
    static const QList<DemoTopic> &topics();
    static const QList<DemoGroup> &groups();
    // Crawl phases the mock cannot answer; the crawler skips them for kind 'demo'.
    static QStringList skippedPhases();

    QString bootstrapServers() const { return m_bootstrap; }

    // Adds the demo cluster to the catalog, or points the existing row at this mock's
    // bootstrap servers (the port changes on every start).
    static Result<Cluster> registerIn(const Database &db, const QString &bootstrapServers);
    // After the demo's first crawl: gives its topics the suggested owners, tags and
    // descriptions, once per catalog (what a user changes later is never overwritten).
    // true when it applied them now.
    static Result<bool> applySuggestedCuration(const Database &db, qint64 clusterId);
    // The mock cannot list or describe groups, so a crawl skips them; the demo knows its own
    // groups and reads their committed offsets from the mock (OffsetFetch, which it does
    // answer), then records them with their lag against the crawled high watermarks.
    // Blocks briefly (in-process round trips): call it off the GUI thread.
    Status recordConsumerGroups(const Database &db, qint64 clusterId) const;
    // The demo cluster's row, if the catalog has one.
    static Result<std::optional<Cluster>> findIn(const Database &db);

private:
    DemoCluster() = default;
    // A trickle of new records into a few busy topics while the app runs, so re-crawls show
    // rates, growing lag and a chart that moves.
    void runTraffic();
    std::thread m_traffic;
    std::atomic_bool m_stop{false};

    rd_kafka_t *m_handle = nullptr;
    rd_kafka_mock_cluster_t *m_mock = nullptr;
    QString m_bootstrap;
};

} // namespace Switchboard
