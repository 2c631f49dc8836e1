#pragma once

// What a crawl is asked to do and what it reports: phases, progress, options, outcome.

#include <QMap>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace Switchboard {

struct Cluster;

// The phases of one cluster's crawl, in order. Configs, Watermarks, Groups, Offsets and Acls
// can be skipped (CrawlOptions::skip); a skipped part keeps what the previous crawl stored,
// and the crawl records which phases it skipped.
enum class CrawlPhase { Connect, Metadata, Configs, Watermarks, Groups, Offsets, Acls, Store, Done };

// Stable, untranslated names ("configs", "watermarks", ...) used in the catalog and the CLI.
QString crawlPhaseName(CrawlPhase phase);
// Words for people ("Reading topic configurations").
QString crawlPhaseLabel(CrawlPhase phase);
// The phase named by crawlPhaseName(), if any.
bool crawlPhaseFromName(const QString &name, CrawlPhase *phase);
// The phases that may be skipped.
QList<CrawlPhase> skippableCrawlPhases();

inline size_t qHash(CrawlPhase phase, size_t seed = 0) { return ::qHash(int(phase), seed); }

struct CrawlProgress {
    qint64 clusterId = 0;
    QString cluster;
    CrawlPhase phase = CrawlPhase::Connect;
    int step = 0;                  // 0-based index of the phase
    int steps = int(CrawlPhase::Done);
    qint64 done = 0;               // items of this phase done so far (topics, groups, ...), if known
    qint64 total = 0;              // items of this phase, 0 when not known
};

using CrawlProgressFn = std::function<void(const CrawlProgress &)>;

struct CrawlOptions {
    QSet<CrawlPhase> skip;
    // Clusters of kind "demo" (librdkafka's mock cluster) do not answer DescribeConfigs,
    // group listing or DescribeAcls (the request waits until its timeout), so by default
    // their crawls skip those phases.
    bool skipUnsupportedOnDemo = true;
    // The bound for a cluster that cannot be reached: the crawl fails within this time
    // (plus at most half a second) when no broker answers a first Metadata request.
    int connectTimeoutMs = 10000;
    // The timeout of each request after the first answer.
    int requestTimeoutMs = 30000;
    // Secret client properties (e.g. sasl.password) for a cluster, held in memory only.
    // Unset: Crawler::secretsFromEnvironment.
    std::function<QMap<QString, QString>(const Cluster &)> secrets;
    // Test hook: called on the worker thread when a phase begins (e.g. to stop a broker).
    std::function<void(CrawlPhase)> phaseHook;
    // Run the crawl's threads (and librdkafka's, which inherit it) at a lower CPU priority
    // (Linux: nice +10 per thread), so that a window's GUI thread wins a core over them.
    bool background = false;
};

enum class CrawlStatus { Ok, Partial, Failed, Cancelled };

struct CrawlOutcome {
    qint64 clusterId = 0;
    QString cluster;
    qint64 crawlId = 0;            // the crawls row (0 when the catalog could not be opened)
    CrawlStatus status = CrawlStatus::Failed;
    QString error;                 // why it failed, in words a platform engineer understands
    QStringList missing;           // parts not read for lack of authorization (partial crawls)
    QStringList skipped;           // phases skipped on purpose
    qint64 durationMs = 0;
    int brokers = 0;
    int topics = 0;
    int partitions = 0;
    int groups = 0;
    int acls = 0;
    int changes = 0;               // history entries written
    // How long each phase took (crawlPhaseName -> ms). Configs, watermarks and the groups
    // with their offsets run side by side, so these add up to more than durationMs.
    QMap<QString, qint64> phaseMs;

    bool succeeded() const { return status == CrawlStatus::Ok || status == CrawlStatus::Partial; }
    // "ok", "partial", "failed", "cancelled", as stored in the catalog.
    QString statusName() const;
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::CrawlProgress)
Q_DECLARE_METATYPE(Switchboard::CrawlOutcome)
