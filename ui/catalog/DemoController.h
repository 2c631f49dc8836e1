#pragma once

// The demo's lifecycle for the catalog page: starts the in-process mock off the GUI thread,
// registers it in the catalog (a new port at every start), and after each of its crawls records
// its consumer groups (which the mock cannot list) and, once, its suggested curation and its
// team (DemoTeam: applications, channels, a rule, requests, grants, a profile). Then the demo's
// routing service: started in this process on loopback (DemoRoutingService), registered in the
// catalog and pushed to, with a credential and a session token per demo application, so the
// whole loop works at once. That part needs the vault unlocked (it seals and signs): while it is
// locked, vaultNeeded() asks for it and startRouting() goes on once it is. The mock and the
// routing service live as long as this object, or until close().

#include <QObject>
#include <QByteArray>
#include <QMap>
#include <QString>

#include <memory>

namespace Switchboard {

class BundlePusher;
class Database;
class DemoCluster;
class DemoRoutingService;
class QueryRunner;
class Vault;

class DemoController : public QObject {
    Q_OBJECT
public:
    explicit DemoController(QueryRunner *runner, QObject *parent = nullptr);
    ~DemoController() override;

    bool isRunning() const { return m_demo != nullptr; }
    bool isStarting() const { return m_starting; }
    QString bootstrapServers() const;

    // Starts the mock unless it runs and registers it; then ready(), and crawlRequested() when
    // crawl is true (also when it ran already).
    void open(bool crawl = true);
    // A catalog that has the demo cluster gets a new mock at every start (not crawled).
    void resumeIfRegistered();
    // After a successful crawl of the demo cluster.
    void recordAfterCrawl(qint64 clusterId);

    // The window's vault (its GUI-thread connection): what the routing part unlocks with.
    void setVault(Vault *vault) { m_vault = vault; }
    // Starts the demo's routing service, gives the demo applications a credential and a session
    // token, registers the service and pushes. Nothing happens before the demo's team is seeded
    // (after its first crawl), while it runs already, or without a DemoRoutingService factory.
    void startRouting();
    // Stops the routing service (the registration stays; the next start points it at a new
    // port) and the mock.
    void close();
    bool isRoutingReady() const { return !m_routingUrl.isEmpty(); }
    QString routingUrl() const { return m_routingUrl; }
    // The session token of a demo application (held only in memory, like a token shown once).
    QByteArray sessionToken(const QString &application) const { return m_tokens.value(application); }

signals:
    void starting();
    void startFailed(const QString &error);
    void registerFailed(const QString &error);
    void ready(qint64 clusterId);
    void crawlRequested(qint64 clusterId);
    // Its consumer groups are recorded (and, once, its suggested curation: curationApplied).
    void groupsRecorded(bool curationApplied);
    void groupsFailed(const QString &error);
    // The team state was seeded just now (the channels, requests and routing views change).
    void teamSeeded();
    // The routing part waits for the vault: unlock it, then call startRouting().
    void vaultNeeded();
    void routingStarting();
    void routingReady(const QString &url);
    void routingFailed(const QString &error);

private:
    void start();

    void routingFailedWith(const QString &error);
    void pushToService(const QByteArray &dataKey, quint64 session);

    QueryRunner *m_runner;
    std::shared_ptr<DemoCluster> m_demo;
    bool m_starting = false;
    bool m_crawlWhenReady = false;
    qint64 m_clusterId = 0;

    Vault *m_vault = nullptr;
    std::shared_ptr<DemoRoutingService> m_router;
    BundlePusher *m_pusher = nullptr;
    bool m_routingBusy = false;
    quint64 m_session = 0;   // bumped by close(): results of an earlier start are dropped
    QString m_routingUrl;
    QMap<QString, QByteArray> m_tokens;
};

} // namespace Switchboard
