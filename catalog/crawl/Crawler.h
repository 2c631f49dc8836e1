#pragma once

// Crawls registered clusters into the catalog: one Metadata request, then DescribeConfigs,
// watermarks (ListOffsets per leader), ListConsumerGroups + DescribeConsumerGroups, committed
// offsets and DescribeAcls, all batched; then one write transaction per cluster (CrawlWriter).
// A crawl that fails or is cancelled leaves the previous snapshot as it was and is recorded
// in the crawls table with its error. Several clusters are crawled side by side.
//
// Two ways to use it:
//  - blocking, from a worker thread, the CLI or a test: Crawler::crawl() / crawlAll();
//  - asynchronous, from the GUI thread: a Crawler object, start(), its signals, cancel().
//
// Crawler secrets (sasl.password) never touch the catalog: they come from
// CrawlOptions::secrets or, by default, the environment (see secretsFromEnvironment()).

#include "clusters/Cluster.h"
#include "crawl/CrawlTypes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Switchboard {

class Crawler : public QObject {
    Q_OBJECT
public:
    explicit Crawler(QString catalogPath, QObject *parent = nullptr);
    ~Crawler() override;   // cancels a running crawl and waits for it

    // --- Blocking ------------------------------------------------------------------------
    // Crawls one cluster on the calling thread (which must not be the GUI thread). Opens
    // its own connection to the catalog. progress is called on the calling thread.
    static CrawlOutcome crawl(const QString &catalogPath, const Cluster &cluster, const CrawlOptions &options,
                              const std::atomic_bool &cancelled, const CrawlProgressFn &progress = {});
    // Crawls the clusters side by side and returns when all are done, in the order given.
    // progress is called from the worker threads (serialize inside it if needed).
    static QList<CrawlOutcome> crawlAll(const QString &catalogPath, const QList<Cluster> &clusters,
                                        const CrawlOptions &options, const std::atomic_bool &cancelled,
                                        const CrawlProgressFn &progress = {});

    // The crawler's password for a cluster that authenticates with SASL:
    // $SWITCHBOARD_CRAWL_PASSWORD_<NAME> (NAME upper-cased, other characters than A-Z and
    // 0-9 as '_'), else $SWITCHBOARD_CRAWL_PASSWORD. Returned as {"sasl.password": ...}.
    static QMap<QString, QString> secretsFromEnvironment(const Cluster &cluster);
    static QString passwordVariable(const QString &clusterName);
    // Whether the cluster's properties ask for SASL, i.e. the crawler needs a password.
    static bool needsPassword(const Cluster &cluster);
    // The phases a demo (mock) cluster does not support.
    static QSet<CrawlPhase> unsupportedOnDemo();

    // --- Asynchronous ----------------------------------------------------------------------
    // Starts crawling; false when a crawl is already running.
    bool start(const QList<Cluster> &clusters, const CrawlOptions &options = {});
    // Asks the running crawl to stop at the next phase or batch; it reports Cancelled.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(const Switchboard::CrawlProgress &progress);
    void clusterFinished(const Switchboard::CrawlOutcome &outcome);
    void finished(const QList<Switchboard::CrawlOutcome> &outcomes);

private:
    QString m_catalogPath;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QFutureWatcher<QList<CrawlOutcome>> m_watcher;
};

} // namespace Switchboard
