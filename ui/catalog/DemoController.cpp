#include "catalog/DemoController.h"

#include "demo/DemoCluster.h"
#include "main/QueryRunner.h"
#include "store/Database.h"


namespace Switchboard {

DemoController::DemoController(QueryRunner *runner, QObject *parent) : QObject(parent), m_runner(runner)
{
}

DemoController::~DemoController() = default;

QString DemoController::bootstrapServers() const
{
    return m_demo ? m_demo->bootstrapServers() : QString();
}

void DemoController::open(bool crawl)
{
    m_crawlWhenReady = m_crawlWhenReady || crawl;
    if (m_starting)
        return;
    if (m_demo) {
        auto found = m_runner->run([](const Database &db) { return DemoCluster::findIn(db); });
        onResultReady(found, this, [this, crawl](const Result<std::optional<Cluster>> &demo) {
            if (demo && demo->has_value()) {
                if (crawl)
                    emit crawlRequested((*demo)->id);
                return;
            }
            // The row was removed while the mock kept running: register it again.
            start();
        });
        return;
    }
    start();
}

void DemoController::start()
{
    if (m_starting)
        return;
    m_starting = true;
    emit starting();
    std::shared_ptr<DemoCluster> running = m_demo;
    auto future = QueryRunner::runTask([running]() -> Result<std::shared_ptr<DemoCluster>> {
        if (running)
            return running;
        auto demo = DemoCluster::start();
        if (!demo)
            return makeError(demo.error());
        return std::shared_ptr<DemoCluster>(std::move(demo.value()));
    });
    onResultReady(future, this, [this](const Result<std::shared_ptr<DemoCluster>> &result) {
        m_starting = false;
        if (!result) {
            emit startFailed(result.error());
            return;
        }
        m_demo = *result;
        const QString bootstrap = m_demo->bootstrapServers();
        auto registered = m_runner->write([bootstrap](const Database &db) { return DemoCluster::registerIn(db, bootstrap); });
        onResultReady(registered, this, [this](const Result<Cluster> &cluster) {
            if (!cluster) {
                emit registerFailed(cluster.error());
                return;
            }
            emit ready(cluster->id);
            if (m_crawlWhenReady) {
                m_crawlWhenReady = false;
                emit crawlRequested(cluster->id);
            }
        });
    });
}

void DemoController::resumeIfRegistered()
{
    // The mock lives only as long as the app: a catalog that has the demo cluster gets a new
    // one (on a new port) at every start.
    auto found = m_runner->run([](const Database &db) { return DemoCluster::findIn(db); });
    onResultReady(found, this, [this](const Result<std::optional<Cluster>> &demo) {
        if (demo && demo->has_value())
            open(false);
    });
}

void DemoController::recordAfterCrawl(qint64 clusterId)
{
    std::shared_ptr<DemoCluster> demo = m_demo;
    if (!demo)
        return;
    auto future = m_runner->write([demo, clusterId](const Database &db) -> Result<bool> {
        if (auto st = demo->recordConsumerGroups(db, clusterId); !st)
            return makeError(st.error());
        return DemoCluster::applySuggestedCuration(db, clusterId);
    });
    onResultReady(future, this, [this](const Result<bool> &applied) {
        if (!applied) {
            emit groupsFailed(applied.error());
            return;
        }
        emit groupsRecorded(*applied);
    });
}

} // namespace Switchboard
