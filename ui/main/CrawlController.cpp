#include "main/CrawlController.h"

#include "clusters/Cluster.h"

#include <QTimer>

namespace Switchboard {

CrawlController::CrawlController(QString catalogPath, QObject *parent)
    : QObject(parent), m_path(std::move(catalogPath))
{
}

CrawlController::~CrawlController()
{
    cancel();
}

bool CrawlController::crawl(const QList<Cluster> &clusters)
{
    if (isRunning() || clusters.isEmpty())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // Placeholder until the crawler lands (branch crawl): every crawl reports that it cannot run.
    m_running = int(clusters.size());
    for (const Cluster &c : clusters) {
        emit started(c.id);
        QTimer::singleShot(0, this, [this, id = c.id, name = c.name] {
            CrawlReport report;
            report.clusterId = id;
            report.cluster = name;
            report.outcome = QStringLiteral("failed");
            report.error = tr("the crawler is not part of this build");
            --m_running;
            emit clusterFinished(report);
            if (m_running == 0)
                emit allFinished();
        });
    }
    return true;
}

void CrawlController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace Switchboard
