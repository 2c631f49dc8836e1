#include "RouterService.h"

#include "ServiceGateway.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslKey>

namespace Switchboard::Router {

namespace {
const QString kBundleFile = QStringLiteral("bundle.json");

QByteArray toJson(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
} // namespace

RouterService::RouterService(RouterConfig config, X25519KeyPair key, QObject *parent)
    : QObject(parent),
      m_config(std::move(config)),
      m_key(std::move(key)),
      m_verifier(m_config.trustedPortalKeys, m_key.publicKey),
      m_limiter(m_config.rateLimit, m_config.rateBurst)
{
    m_flushTimer.setInterval(1000);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { m_accessLog.flush(); });
}

RouterService::~RouterService()
{
    stop();
}

Status RouterService::start()
{
    QString error;
    if (!m_accessLog.open(m_config.accessLog, &error))
        return makeError(error);
    m_flushTimer.start();
    if (!QDir().mkpath(m_config.stateDir))
        return makeError(tr("cannot create the state folder %1").arg(m_config.stateDir));

    QFile saved(QDir(m_config.stateDir).filePath(kBundleFile));
    if (saved.exists()) {
        if (!saved.open(QIODevice::ReadOnly))
            return makeError(tr("cannot read the kept bundle %1").arg(saved.fileName()));
        const InstallOutcome outcome = install(saved.readAll(), false);
        if (outcome.status != 200)
            qWarning("switchboard-router: the kept bundle %s was not installed: %s", qPrintable(saved.fileName()),
                     qPrintable(outcome.message));
        else
            qInfo("switchboard-router: serving kept bundle version %lld", outcome.version);
    }

    HttpServerOptions options;
    options.threads = m_config.threads;
    options.maxRequestBytes = qMax(m_config.maxRequestBytes, m_config.maxBundleBytes);
    if (!m_config.tlsCertificate.isEmpty()) {
        QFile certFile(m_config.tlsCertificate);
        QFile keyFile(m_config.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return makeError(tr("cannot read the TLS certificate or key"));
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        QSslKey tlsKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        if (tlsKey.isNull()) {
            keyFile.seek(0);
            tlsKey = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
        }
        if (chain.isEmpty() || tlsKey.isNull())
            return makeError(tr("the TLS certificate or key is not valid PEM"));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(tlsKey);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        options.tls = tls;
    }
    m_server = std::make_unique<HttpServer>(
        options, [this](const HttpRequest &r) { return handle(r); },
        [this](const HttpRequest &request, const HttpResponse &response, qint64 elapsedUs) {
            m_metrics.observe(Metrics::routeOf(request.path), response.status, elapsedUs);
            const auto state = m_state.load(std::memory_order_acquire);
            m_accessLog.record(request.peerText, request.method, request.path.isEmpty() ? QByteArray("-") : request.target,
                               response.status, response.body.size(), elapsedUs, response.application,
                               state ? state->version() : 0);
        });
    if (!m_server->start(&error))
        return makeError(error);
    if (!m_server->listen(m_config.address, m_config.port))
        return makeError(tr("cannot listen on %1:%2: %3")
                             .arg(m_config.address.toString()).arg(m_config.port).arg(m_server->errorString()));
    return {};
}

void RouterService::stop()
{
    if (m_server) {
        m_server->shutdown();
        m_server.reset();
    }
    m_flushTimer.stop();
    m_accessLog.flush();
}

quint16 RouterService::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

HttpResponse RouterService::handle(const HttpRequest &request)
{
    const Route route = Metrics::routeOf(request.path);
    if ((route == Route::ServiceGw || route == Route::ServiceLocator || route == Route::AdminBundle)
        && !m_limiter.allow(request.peer)) {
        HttpResponse r = HttpResponse::error(429, tr("too many requests from this address: slow down and retry"));
        r.headers.emplaceBack("Retry-After", QByteArray::number(m_limiter.retryAfterSeconds()));
        return r;
    }
    if (route != Route::AdminBundle && request.body.size() > m_config.maxRequestBytes)
        return HttpResponse::error(413, tr("request body larger than %1 bytes").arg(m_config.maxRequestBytes));

    switch (route) {
    case Route::ServiceGw: {
        const auto state = m_state.load(std::memory_order_acquire);
        QString application;
        HttpResponse r = ServiceGateway::serviceGw(state.get(), request, &application);
        r.application = application;
        return r;
    }
    case Route::ServiceLocator: {
        const auto state = m_state.load(std::memory_order_acquire);
        QString application;
        HttpResponse r = ServiceGateway::serviceLocator(state.get(), request, &application);
        r.application = application;
        return r;
    }
    case Route::Healthz:
        return healthz();
    case Route::Metrics: {
        const auto state = m_state.load(std::memory_order_acquire);
        HttpResponse r;
        r.contentType = "text/plain; version=0.0.4";
        r.body = m_metrics.render(state ? state->version() : 0, state ? state->createdAt() : QDateTime());
        return r;
    }
    case Route::AdminBundle:
        return adminBundle(request);
    case Route::Other:
    case Route::Count:
        break;
    }
    return HttpResponse::error(404, tr("no such endpoint: %1 (this service answers /servicegw, /service-locator, "
                                       "/healthz, /metrics and /admin/v1/bundle)")
                                        .arg(QString::fromUtf8(request.path.left(200))));
}

HttpResponse RouterService::healthz() const
{
    const auto state = m_state.load(std::memory_order_acquire);
    if (!state)
        return HttpResponse::json(503, toJson({{QStringLiteral("status"), QStringLiteral("no bundle")},
                                               {QStringLiteral("message"), tr("no routing bundle installed yet: push one from the portal")}}));
    return HttpResponse::json(200, toJson({{QStringLiteral("status"), QStringLiteral("ok")},
                                           {QStringLiteral("bundle_version"), state->version()},
                                           {QStringLiteral("bundle_created_at"), state->createdAt().toString(Qt::ISODateWithMs)},
                                           {QStringLiteral("installing"), m_installing.load()}}));
}

HttpResponse RouterService::adminBundle(const HttpRequest &request)
{
    if (request.method == "GET") {
        const auto state = m_state.load(std::memory_order_acquire);
        return HttpResponse::json(200, toJson({{QStringLiteral("version"), state ? state->version() : 0},
                                               {QStringLiteral("created_at"), state ? state->createdAt().toString(Qt::ISODateWithMs) : QString()},
                                               {QStringLiteral("public_key"), QString::fromLatin1(m_key.publicKey.toBase64())}}));
    }
    if (request.method != "PUT") {
        HttpResponse r = HttpResponse::error(405, tr("use PUT /admin/v1/bundle with a signed bundle as the body"));
        r.headers.emplaceBack("Allow", "GET, PUT");
        return r;
    }
    // Verifying and building a large bundle takes a while: it runs on the server's thread for
    // slow work, so this worker keeps answering lookups; the old state serves until the swap.
    HttpResponse deferred;
    deferred.later = [this, body = request.body] {
        const InstallOutcome outcome = install(body, true);
        if (outcome.status != 200)
            return HttpResponse::error(outcome.status, outcome.message);
        return HttpResponse::json(200, toJson({{QStringLiteral("version"), outcome.version},
                                               {QStringLiteral("swap_ms"), outcome.swapMs},
                                               {QStringLiteral("verify_ms"), outcome.verifyMs},
                                               {QStringLiteral("build_ms"), outcome.buildMs},
                                               {QStringLiteral("persist_ms"), outcome.persistMs},
                                               {QStringLiteral("pointer_swap_us"), outcome.pointerSwapUs},
                                               {QStringLiteral("message"), outcome.message}}));
    };
    return deferred;
}

RouterService::InstallOutcome RouterService::install(const QByteArray &envelope, bool persist)
{
    QElapsedTimer timer;
    timer.start();
    QMutexLocker lock(&m_installMutex);
    m_installing.store(true);
    const auto doneInstalling = qScopeGuard([this] { m_installing.store(false); });
    const auto current = m_state.load(std::memory_order_acquire);
    BundleVerification verified = m_verifier.verify(envelope, current ? current->version() : 0);
    const double verifyMs = double(timer.nsecsElapsed()) / 1e6;
    if (!verified.ok()) {
        m_metrics.bundleRefused(BundleVerifier::rejectionName(verified.rejection));
        qWarning("switchboard-router: %s", qPrintable(verified.message));
        int status = 400;
        switch (verified.rejection) {
        case BundleRejection::UntrustedSigner:
        case BundleRejection::BadSignature: status = 403; break;
        case BundleRejection::Stale:
        case BundleRejection::Replayed: status = 409; break;
        default: break;
        }
        return {status, verified.message};
    }
    const qint64 version = verified.payload.version;
    auto state = RouterState::build(std::move(verified.payload), m_key, envelope);
    if (!state) {
        m_metrics.bundleRefused(QStringLiteral("unreadable"));
        qWarning("switchboard-router: %s", qPrintable(state.error()));
        return {400, state.error()};
    }
    const double buildMs = double(timer.nsecsElapsed()) / 1e6 - verifyMs;
    QElapsedTimer swapTimer;
    swapTimer.start();
    m_state.store(*state, std::memory_order_release);
    const double pointerSwapUs = double(swapTimer.nsecsElapsed()) / 1e3;
    // The disk copy follows the swap: requests do not wait for the disk, and a copy that cannot
    // be written leaves the previous good one in place (QSaveFile renames only a complete file).
    if (persist) {
        QSaveFile file(QDir(m_config.stateDir).filePath(kBundleFile));
        if (!file.open(QIODevice::WriteOnly) || file.write(envelope) != envelope.size() || !file.commit())
            qWarning("switchboard-router: cannot keep bundle version %lld in %s: %s; a restart would serve the previous one",
                     version, qPrintable(m_config.stateDir), qPrintable(file.errorString()));
    }
    const double persistMs = double(timer.nsecsElapsed()) / 1e6 - verifyMs - buildMs - pointerSwapUs / 1000;
    m_metrics.bundleInstalled();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    qInfo("switchboard-router: installed bundle version %lld in %.1f ms (verify %.1f, build %.1f, disk %.1f, swap %.1f us)",
          version, ms, verifyMs, buildMs, persistMs, pointerSwapUs);
    return {200, tr("installed bundle version %1").arg(version), version, ms, verifyMs, buildMs, persistMs, pointerSwapUs};
}

} // namespace Switchboard::Router
