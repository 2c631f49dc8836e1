#include "catalog/DemoController.h"
#include "push/PushRecording.h"

#include "demo/DemoCluster.h"
#include "demo/DemoRoutingService.h"
#include "demo/DemoTeam.h"
#include "main/QueryRunner.h"
#include "push/BundlePusher.h"
#include "push/RoutingServiceStore.h"
#include "store/Database.h"
#include "vault/Vault.h"


namespace Switchboard {

DemoController::DemoController(QueryRunner *runner, QObject *parent) : QObject(parent), m_runner(runner)
{
}

DemoController::~DemoController()
{
    close();
}

void DemoController::close()
{
    // The routing service first: it answers lookups for a cluster the mock serves.
    m_router.reset();
    m_routingUrl.clear();
    m_tokens.clear();
    m_routingBusy = false;
    m_clusterId = 0;
    ++m_session;   // what a start under way brings back belongs to the closed demo
    m_demo.reset();
}

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
            m_clusterId = cluster->id;
            emit ready(cluster->id);
            if (m_crawlWhenReady) {
                m_crawlWhenReady = false;
                emit crawlRequested(cluster->id);
            } else {
                // A catalog that had the demo: its team is there, its routing service is not.
                startRouting();
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
    m_clusterId = clusterId;
    struct Recorded {
        bool curation = false;
        bool team = false;
    };
    // On the writer: the team's requests and grants are writes that must not race the view's.
    auto future = m_runner->write([demo, clusterId](const Database &db) -> Result<Recorded> {
        if (auto st = demo->recordConsumerGroups(db, clusterId); !st)
            return makeError(st.error());
        auto curation = DemoCluster::applySuggestedCuration(db, clusterId);
        if (!curation)
            return makeError(curation.error());
        auto team = DemoTeam::seed(db, clusterId);
        if (!team)
            return makeError(team.error());
        return Recorded{*curation, *team};
    });
    onResultReady(future, this, [this](const Result<Recorded> &recorded) {
        if (!recorded) {
            emit groupsFailed(recorded.error());
            return;
        }
        emit groupsRecorded(recorded->curation);
        if (recorded->team)
            emit teamSeeded();
        startRouting();
    });
}

void DemoController::startRouting()
{
    if (m_router || m_routingBusy || !m_demo || m_clusterId <= 0 || !DemoRoutingService::isAvailable())
        return;
    if (!m_vault || !m_vault->isUnlocked()) {
        emit vaultNeeded();
        return;
    }
    auto key = m_vault->dataKeyForKeychain();
    if (!key) {
        emit routingFailed(key.error());
        return;
    }
    m_routingBusy = true;
    emit routingStarting();
    const QByteArray dataKey(key->bytes().constData(), key->size());
    const qint64 clusterId = m_clusterId;
    struct Session {
        bool seeded = false;
        QByteArray portalKey;
        QMap<QString, QByteArray> tokens;
    };
    // Each worker has a vault of its own on its own connection, unlocked with the window's key.
    auto session = m_runner->write([dataKey, clusterId](const Database &db) -> Result<Session> {
        auto seeded = DemoTeam::isSeeded(db, clusterId);
        if (!seeded)
            return makeError(seeded.error());
        if (!*seeded)
            return Session{};
        Vault vault(db);
        if (auto st = vault.unlockWithDataKey(SecretBytes(dataKey)); !st)
            return makeError(st.error());
        auto signing = vault.signingKeyPair();
        if (!signing)
            return makeError(signing.error());
        auto tokens = DemoTeam::issueSessionSecrets(db, vault, clusterId);
        if (!tokens)
            return makeError(tokens.error());
        return Session{true, signing->publicKey, *tokens};
    });
    const quint64 current = m_session;
    onResultReady(session, this, [this, dataKey, current](const Result<Session> &prepared) {
        if (current != m_session)
            return;
        if (!prepared)
            return routingFailedWith(prepared.error());
        if (!prepared->seeded) {
            m_routingBusy = false;   // the first crawl seeds the team, then comes back here
            return;
        }
        m_tokens = prepared->tokens;
        using Started = std::pair<std::shared_ptr<DemoRoutingService>, DemoRoutingService::Endpoint>;
        auto started = QueryRunner::runTask([portalKey = prepared->portalKey]() -> Result<Started> {
            std::shared_ptr<DemoRoutingService> router = DemoRoutingService::create();
            if (!router)
                return makeError(QObject::tr("This build has no in-process routing service"));
            auto endpoint = router->start(portalKey);
            if (!endpoint)
                return makeError(endpoint.error());
            return Started{router, *endpoint};
        });
        onResultReady(started, this, [this, dataKey, current](const Result<Started> &router) {
            if (current != m_session)
                return;   // the service it started stops with the last copy of the result
            if (!router)
                return routingFailedWith(router.error());
            m_router = router->first;
            const DemoRoutingService::Endpoint endpoint = router->second;
            auto registered = m_runner->write([endpoint](const Database &db) -> Result<RoutingService> {
                const RoutingServiceStore store(db);
                const QString name = DemoRoutingService::serviceName();
                auto found = store.find(name);
                if (!found)
                    return makeError(found.error());
                const QString key = QString::fromLatin1(endpoint.publicKey.toBase64());
                return found->has_value() ? store.update(name, endpoint.url, key, {}) : store.add(name, endpoint.url, key);
            });
            onResultReady(registered, this, [this, dataKey, current, url = endpoint.url](const Result<RoutingService> &service) {
                if (current != m_session)
                    return;
                if (!service)
                    return routingFailedWith(service.error());
                m_routingUrl = url;
                pushToService(dataKey, current);
            });
        });
    });
}

void DemoController::pushToService(const QByteArray &dataKey, quint64 current)
{
    auto prepared = QueryRunner::runTask([path = m_runner->catalogPath(), dataKey] {
        return BundlePusher::prepareOnOwnConnection(path, dataKey, BundlePusher::Services::All, DemoRoutingService::serviceName());
    });
    onResultReady(prepared, this, [this, current](const Result<QList<PreparedPush>> &pushes) {
        if (current != m_session)
            return;
        if (!pushes)
            return routingFailedWith(pushes.error());
        if (!m_pusher) {
            // It records each outcome on the runner's writer, as the routing view's pusher does.
            m_pusher = new BundlePusher(m_vault->database(), PushOptions{}, this);
            recordPushesOnWriter(m_pusher, m_runner);
            connect(m_pusher, &BundlePusher::serviceFinished, this,
                    [this](const QString &, bool ok, qint64 version, const QString &message) {
                        if (!m_router)
                            return;   // closed meanwhile
                        m_routingBusy = false;
                        if (!ok)
                            return routingFailedWith(tr("The push to the demo routing service failed (version %1): %2")
                                                         .arg(version).arg(message));
                        emit routingReady(m_routingUrl);
                    });
        }
        m_pusher->push(*pushes);
    });
}

void DemoController::routingFailedWith(const QString &error)
{
    m_routingBusy = false;
    m_router.reset();
    m_routingUrl.clear();
    emit routingFailed(error);
}

} // namespace Switchboard
