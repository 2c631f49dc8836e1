#include "main/CrawlController.h"

#include "clusters/Cluster.h"
#include "crawl/Crawler.h"

namespace Switchboard {

CrawlController::CrawlController(QString catalogPath, QObject *parent)
    : QObject(parent), m_path(std::move(catalogPath)), m_crawler(new Crawler(m_path, this))
{
    connect(m_crawler, &Crawler::progress, this, [this](const CrawlProgress &p) {
        QString text = tr("%1: %2").arg(p.cluster, crawlPhaseLabel(p.phase));
        if (p.total > 0)
            text = tr("%1 (%2 of %3)").arg(text).arg(p.done).arg(p.total);
        // Each phase is a hundredth of the bar, filled by its own counts when known.
        const int within = p.total > 0 ? int(100 * p.done / p.total) : 0;
        emit progressChanged(text, p.step * 100 + within, std::max(1, p.steps) * 100);
    });
    connect(m_crawler, &Crawler::clusterFinished, this, &CrawlController::clusterFinished);
    connect(m_crawler, &Crawler::finished, this, [this] {
        m_running = 0;
        emit allFinished();
    });
}

CrawlController::~CrawlController()
{
    // The crawler (our child) cancels and waits for its workers when it is destroyed.
    cancel();
}

bool CrawlController::crawl(const QList<Cluster> &clusters)
{
    if (isRunning() || clusters.isEmpty())
        return false;
    CrawlOptions options;
    options.connectTimeoutMs = m_connectTimeoutMs;
    // The window must stay responsive on a small machine while the crawl parses and writes.
    options.background = true;
    if (!m_crawler->start(clusters, options))
        return false;
    m_running = int(clusters.size());
    for (const Cluster &c : clusters)
        emit started(c.id);
    return true;
}

void CrawlController::cancel()
{
    if (m_crawler)
        m_crawler->cancel();
    emit cancelRequested();
}

} // namespace Switchboard
