#pragma once

// The catalog's topics as the desktop app and the command-line tool read and curate them:
// filtered, sorted, paged lists; ranked full-text search; one topic's full detail (partitions,
// configuration, consumer groups, ACLs, history, message-count samples); curation (tags, owner,
// description) that survives re-crawls; and each cluster's health (its last crawl).
//
// Every query is a few indexed SQL statements, fast on catalogs of 100,000 topics; lists page
// with offset/limit and report the total, so a view can fetch more as it scrolls. Run queries
// off the GUI thread on a connection of that thread (Database is one connection per thread).
// Curation changes are written to the audit log.

#include "core/Result.h"
#include "kafka/KafkaTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Switchboard {

class Database;

// Which topics a list or a search covers. Empty fields do not narrow.
struct TopicFilter {
    QString cluster;              // cluster name
    qint64 clusterId = 0;         // or its id (0: any)
    QString environment;          // e.g. "prod"
    QString tag;                  // topics carrying this tag
    QString owner;                // topics owned by this team
    QString nameContains;         // case-insensitive substring of the name (filter-as-you-type)
    bool includeDeleted = false;  // topics that vanished from their cluster
    bool includeInternal = true;  // __consumer_offsets and friends
};

enum class TopicSort { Name, Cluster, Environment, Partitions, Messages, Rate, UnderReplicated, Owner, LastChanged };

struct TopicQuery {
    TopicFilter filter;
    TopicSort sort = TopicSort::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = 200;              // <= 0: no limit
    // Count every match for TopicPage::total. A name filter (nameContains) has no index, so
    // its count reads every topic (25-45 ms on 100,000): a view asks for the page first and
    // the count after it (count()).
    bool withTotal = true;
};

// One row of a list or search: everything but the per-partition detail.
struct TopicSummary {
    qint64 id = 0;
    qint64 clusterId = 0;
    QString cluster;
    QString environment;
    QString name;
    bool deleted = false;          // status 'deleted'
    QDateTime deletedAt;
    bool internal = false;
    int partitions = 0;
    int replicationFactor = 0;
    int underReplicated = 0;       // partitions whose ISR is smaller than their replica set
    int offline = 0;               // partitions without a leader
    std::optional<qint64> messages;   // sum of (high - low) watermarks; empty: not measured
    std::optional<double> rate;       // messages per second between the last two crawls
    QStringList tags;
    QString owner;
    QString description;           // Markdown
    QDateTime firstSeen;
    QDateTime lastSeen;
    QDateTime changedAt;           // the newest history entry

    QString status() const { return deleted ? QStringLiteral("deleted") : QStringLiteral("active"); }
};

struct TopicPage {
    QList<TopicSummary> topics;    // at most query.limit rows, starting at query.offset
    qint64 total = 0;              // rows matching the filter, for scroll bars and "n of m";
                                   // -1 unless query.withTotal
};

struct SearchHit {
    TopicSummary topic;
    double score = 0;              // higher is better
};

struct PartitionDetail {
    int partition = 0;
    int leader = -1;
    QList<int> replicas;
    QList<int> isr;
    std::optional<qint64> lowWatermark;
    std::optional<qint64> highWatermark;
    QString error;
    bool underReplicated() const { return isr.size() < replicas.size(); }
    bool offline() const { return leader < 0; }
};

// One configuration value with where it comes from.
struct TopicConfigValue {
    QString name;
    QString value;                 // empty for sensitive values
    QString source;                // "topic" (overridden), "broker", "static-broker", "default"
    bool sensitive = false;
    bool readOnly = false;
    bool overridden() const { return source == QLatin1String("topic"); }
};

struct PartitionLag {
    int partition = 0;
    qint64 committedOffset = -1;
    std::optional<qint64> lag;
};

// A consumer group reading the topic, with its lag on this topic.
struct TopicConsumerGroup {
    QString group;
    QString state;
    int members = 0;
    std::optional<qint64> lag;     // summed over the topic's partitions; empty: unknown
    QList<PartitionLag> partitions;
};

struct TopicHistoryEntry {
    qint64 id = 0;
    qint64 crawlId = 0;
    QDateTime at;
    QString kind;                  // created, deleted, restored, partitions, replication, config
    QString field;                 // the config name for "config" entries
    QString oldValue;
    QString newValue;
};

struct MessageSample {
    QDateTime at;
    qint64 messages = 0;           // sum(high - low) at that time
    qint64 produced = 0;           // sum(high)
};

struct TopicDetail {
    TopicSummary topic;
    QList<PartitionDetail> partitions;
    QList<TopicConfigValue> configs;        // effective: overrides merged with the cluster's defaults
    QList<TopicConsumerGroup> consumerGroups;
    QList<AclBinding> acls;                 // ACLs whose resource pattern matches this topic
    QList<TopicHistoryEntry> history;       // newest first
    QList<MessageSample> samples;           // oldest first

    // Only the overridden configs, name -> value (what `topic --json` prints as "configs").
    QMap<QString, QString> overriddenConfigs() const;
};

// One crawl of one cluster, as recorded in the catalog.
struct CrawlRecord {
    qint64 id = 0;
    qint64 clusterId = 0;
    QString cluster;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString outcome;               // running, ok, partial, failed, cancelled
    QString error;
    QStringList skipped;           // phases not run (e.g. unsupported by the demo cluster)
    QStringList missing;           // parts the crawler was not allowed to read
    qint64 durationMs = 0;
    int brokers = 0;
    int topics = 0;
    int partitions = 0;
    int groups = 0;
    int acls = 0;
    int changes = 0;
    bool succeeded() const { return outcome == QLatin1String("ok") || outcome == QLatin1String("partial"); }
};

// A cluster's health in the catalog: the last crawl and what the last good one found.
struct ClusterHealth {
    qint64 clusterId = 0;
    QString cluster;
    QString environment;
    std::optional<CrawlRecord> lastCrawl;      // the newest, whatever its outcome
    std::optional<CrawlRecord> lastSuccess;    // the newest ok or partial crawl
    QString kafkaClusterId;
    int controllerId = -1;
    QList<BrokerInfo> brokers;
    int topics = 0;                // active topics
    int underReplicatedPartitions = 0;
    int offlinePartitions = 0;
};

class TopicStore {
public:
    explicit TopicStore(const Database &db) : m_db(db) {}

    // A page of topics matching the filter, sorted; total counts every match.
    Result<TopicPage> list(const TopicQuery &query) const;
    Result<qint64> count(const TopicFilter &filter) const;

    // Ranked full-text search over names (also split on '.', '-', '_'), descriptions and
    // tags. Each word of text must match, as a prefix ("inv" finds "invoices"); a name that
    // equals the text ranks first, then the rank from where the words hit: per word its best
    // hit, a name hit weighing 10, a tag 5, the description 2, doubled when the word starts the
    // name (or tags, description); ties in catalog order. Narrowed by the filter. Costs little
    // more than finding the matches, also when they are tens of thousands.
    Result<QList<SearchHit>> search(const QString &text, const TopicFilter &filter = {}, int limit = 50,
                                    int offset = 0) const;
    // How many topics search() finds for text and filter in all.
    Result<qint64> searchCount(const QString &text, const TopicFilter &filter = {}) const;

    Result<std::optional<qint64>> findId(const QString &cluster, const QString &topic) const;
    Result<std::optional<TopicDetail>> detail(qint64 topicId) const;
    Result<std::optional<TopicDetail>> detail(const QString &cluster, const QString &topic) const;
    // The summary alone (cheaper than detail()).
    Result<std::optional<TopicSummary>> summary(qint64 topicId) const;

    // For many topics at once (lists, exports): each topic's overridden configs, and the
    // consumer groups reading it with their summed lag (no per-partition detail).
    Result<QHash<qint64, QMap<QString, QString>>> overriddenConfigs(const QList<qint64> &topicIds) const;
    Result<QHash<qint64, QList<TopicConsumerGroup>>> consumerGroups(const QList<qint64> &topicIds) const;

    // Curation. Tags are trimmed and lower-cased; a tag is letters, digits, '.', '_', ':', '-'
    // (at most 64). Each change is audited.
    Status addTags(qint64 topicId, const QStringList &tags) const;
    Status removeTags(qint64 topicId, const QStringList &tags) const;
    Status setTags(qint64 topicId, const QStringList &tags) const;
    Status setOwner(qint64 topicId, const QString &owner) const;
    Status setDescription(qint64 topicId, const QString &markdown) const;
    static Status validateTag(const QString &tag);

    // Tags in use (for completion), most used first, optionally starting with prefix.
    Result<QStringList> tags(const QString &prefix = {}, int limit = 100) const;
    // Owner teams in use, alphabetically.
    Result<QStringList> owners() const;

    // Health of every registered cluster, or of one.
    Result<QList<ClusterHealth>> clusterHealth() const;
    Result<std::optional<ClusterHealth>> clusterHealth(qint64 clusterId) const;
    // The cluster's crawls, newest first.
    Result<QList<CrawlRecord>> crawls(qint64 clusterId, int limit = 50) const;

    // The FTS5 MATCH expression for what a user typed (words quoted, prefix-matched, ANDed).
    // Empty when the text has no searchable word.
    static QString ftsQuery(const QString &text);

private:
    // The FROM and WHERE of a search (empty when text has no word) and their bound values:
    // ?1 the MATCH expression, ?2 the trimmed text, then the filters'.
    struct SearchSql {
        QString from;
        QVariantList args;
    };
    static SearchSql searchSql(const QString &text, const TopicFilter &filter);
    Result<QList<TopicSummary>> summaries(const QList<qint64> &ids) const;
    const Database &m_db;
};

} // namespace Switchboard
