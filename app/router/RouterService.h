#pragma once

// The routing service: holds the installed bundle as an immutable RouterState behind an atomic
// shared_ptr (readers load it once per request, an install stores a new one: no request ever
// sees half a bundle), routes HTTP requests to the gateway, takes new bundles over
// PUT /admin/v1/bundle, keeps the last good bundle on disk and reinstalls it at start.

#include "AccessLog.h"
#include "HttpServer.h"
#include "Metrics.h"
#include "RateLimiter.h"
#include "RouterConfig.h"
#include "RouterState.h"

#include "bundle/BundleVerifier.h"

#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Switchboard::Router {

class RouterService : public QObject {
    Q_OBJECT
public:
    RouterService(RouterConfig config, X25519KeyPair key, QObject *parent = nullptr);
    ~RouterService() override;

    // Loads the bundle kept in the state folder (if any), then listens.
    Status start();
    void stop();

    HttpResponse handle(const HttpRequest &request);

    // Verifies and installs a bundle (the admin route and the start-up load both use this).
    struct InstallOutcome {
        int status = 200;
        QString message;
        qint64 version = 0;
        double swapMs = 0;      // the whole install: verify + build + keep on disk + swap
        double verifyMs = 0;    // envelope, signature, payload parse
        double buildMs = 0;     // open sealed secrets, index
        double persistMs = 0;   // waiting for the disk copy after the swap (written and fsync'd meanwhile), rename
        double pointerSwapUs = 0;   // the atomic store itself
        double cpuMs = 0;       // the installing thread's CPU time (wall time minus this: waiting for a core or the disk)
    };
    InstallOutcome install(const QByteArray &envelope, bool persist);

    quint16 port() const;
    // The connection cap in force (after start()): --max-connections, or from the descriptor limit.
    int maxConnections() const;

private:
    HttpResponse adminBundle(const HttpRequest &request);
    HttpResponse healthz() const;
    void retire(std::shared_ptr<const RouterState> previous);

    RouterConfig m_config;
    X25519KeyPair m_key;
    BundleVerifier m_verifier;
    std::atomic<std::shared_ptr<const RouterState>> m_state;
    QMutex m_installMutex;   // one install at a time: version checks and disk writes in order
    std::atomic<bool> m_installing{false};   // shown by /healthz while a bundle is being installed
    Metrics m_metrics;
    RateLimiter m_limiter;
    AccessLog m_accessLog;
    QTimer m_flushTimer;
    std::unique_ptr<HttpServer> m_server;
    QThreadPool m_retirer;   // frees replaced states (see retire())
};

} // namespace Switchboard::Router
