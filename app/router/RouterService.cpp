#include "RouterService.h"

#include "ServiceGateway.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslKey>
#include <QThread>

#include <cstdio>
#include <cstring>
#include <future>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

namespace Switchboard::Router {

namespace {
const QString kBundleFile = QStringLiteral("bundle.json");

QByteArray toJson(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// "3d 4h", "2h 5m", "42s": a bundle's age for the start line.
QString describeAge(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("0s (its time is ahead of this machine's clock)");
    if (seconds >= 86400)
        return QStringLiteral("%1d %2h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
    if (seconds >= 3600)
        return QStringLiteral("%1h %2m").arg(seconds / 3600).arg(seconds % 3600 / 60);
    if (seconds >= 60)
        return QStringLiteral("%1m %2s").arg(seconds / 60).arg(seconds % 60);
    return QStringLiteral("%1s").arg(seconds);
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

long threadMinorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_minflt;
}

// The last good bundle on disk, written in two steps so that the disk's time overlaps the CPU's:
// start() writes the bytes to "bundle.json.incoming" and fsyncs them on a thread of its own while
// the payload is parsed and built; keep() renames that file over bundle.json once the bundle is
// installed, discard() removes it when the bundle is refused. The rename is atomic: a crash leaves
// the previous good copy or the new one, never a part of one.
class PendingDiskCopy {
public:
    explicit PendingDiskCopy(const QString &stateDir)
        : m_dir(stateDir), m_final(QDir(stateDir).filePath(kBundleFile)), m_incoming(m_final + QStringLiteral(".incoming"))
    {
    }
    ~PendingDiskCopy() { discard(); }

    void start(const QByteArray &envelope)
    {
        m_written = std::async(std::launch::async, [this, envelope] {
            // 0600 from the first byte, whatever the umask (fchmod: the umask only ever removes bits,
            // but a file left by a crash keeps its old mode through O_TRUNC).
            const int fd = ::open(QFile::encodeName(m_incoming).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW,
                                  S_IRUSR | S_IWUSR);
            if (fd < 0)
                return QString::fromLocal8Bit(strerror(errno));
            QFile file;
            if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0 || !file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
                const QString error = QString::fromLocal8Bit(strerror(errno));
                ::close(fd);
                return error;
            }
            if (file.write(envelope) != envelope.size() || !file.flush())
                return file.errorString();
            if (::fsync(file.handle()) != 0)
                return QString::fromLocal8Bit(strerror(errno));
            return QString();
        });
    }

    // Empty when the new copy is in place; else why not (the previous copy stays).
    QString keep()
    {
        if (!m_written.valid())
            return QStringLiteral("not written");
        QString error = m_written.get();
        if (error.isEmpty() && std::rename(QFile::encodeName(m_incoming).constData(), QFile::encodeName(m_final).constData()) != 0)
            error = QString::fromLocal8Bit(strerror(errno));
        if (error.isEmpty()) {
            // The rename itself is durable only once the folder is synced.
            const int dir = ::open(QFile::encodeName(m_dir).constData(), O_RDONLY | O_DIRECTORY);
            if (dir >= 0) {
                ::fsync(dir);
                ::close(dir);
            }
        }
        discard();
        return error;
    }

    void discard()
    {
        if (m_written.valid())
            m_written.wait();
        m_written = {};
        QFile::remove(m_incoming);
    }

private:
    QString m_dir;
    QString m_final;
    QString m_incoming;
    std::future<QString> m_written;
};
} // namespace

RouterService::RouterService(RouterConfig config, X25519KeyPair key, QObject *parent)
    : QObject(parent),
      m_config(std::move(config)),
      m_key(std::move(key)),
      m_verifier(m_config.trustedPortalKeys, m_key.publicKey),
      m_limiter(m_config.rateLimit, m_config.rateBurst)
{
    m_retirer.setMaxThreadCount(1);
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
    // The state folder and the kept bundle are the service's only (0700, 0600), whatever the umask;
    // an earlier build's looser modes are tightened, and said.
    QString note;
    if (auto st = PrivateFiles::ensureFolder(m_config.stateDir, &note); !st)
        return makeError(tr("the state folder: %1").arg(st.error()));
    if (!note.isEmpty())
        qWarning("switchboard-router: %s", qPrintable(note));
    note.clear();
    if (auto st = PrivateFiles::tightenFile(QDir(m_config.stateDir).filePath(kBundleFile), &note); !st)
        return makeError(st.error());
    if (!note.isEmpty())
        qWarning("switchboard-router: %s", qPrintable(note));

    QFile saved(QDir(m_config.stateDir).filePath(kBundleFile));
    QFile::remove(saved.fileName() + QStringLiteral(".incoming"));   // a copy an earlier run did not finish
    if (saved.exists()) {
        if (!saved.open(QIODevice::ReadOnly))
            return makeError(tr("cannot read the kept bundle %1").arg(saved.fileName()));
        const InstallOutcome outcome = install(saved.readAll(), false);
        if (outcome.status != 200) {
            qWarning("switchboard-router: the kept bundle %s was not installed: %s", qPrintable(saved.fileName()),
                     qPrintable(outcome.message));
        } else if (const auto state = m_state.load(std::memory_order_acquire)) {
            // An operator restarting a service wants to know how old what it serves is.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            qInfo("switchboard-router: serving kept bundle version %lld, compiled %s ago (%s), good until %s",
                  outcome.version, qPrintable(describeAge(state->createdAt().secsTo(now))),
                  qPrintable(state->createdAt().toUTC().toString(Qt::ISODate)),
                  qPrintable(state->expiresAt().toUTC().toString(Qt::ISODate)));
        }
    }

    HttpServerOptions options;
    options.threads = m_config.threads;
    options.maxConnections = m_config.maxConnections;
    // Lookups, health and metrics take a few KiB of headers and no body; only the bundle PUT
    // carries megabytes, refused from its Content-Length past the bundle limit.
    options.maxHeaderBytes = m_config.maxRequestBytes;
    options.maxBodyBytes = [bundle = m_config.maxBundleBytes](const QByteArray &method, const QByteArray &path) -> qint64 {
        return method == "PUT" && Metrics::routeOf(path) == Route::AdminBundle ? bundle : 0;
    };
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
    if (!m_server->serve(m_config.address, m_config.port))
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

int RouterService::maxConnections() const
{
    return m_server ? m_server->maxConnections() : 0;
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

    if ((route == Route::Healthz || route == Route::Metrics) && request.method != "GET" && request.method != "HEAD") {
        HttpResponse r = HttpResponse::error(405, tr("use GET %1").arg(QString::fromLatin1(request.path)));
        r.headers.emplaceBack("Allow", "GET, HEAD");
        return r;
    }

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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The installed bundle keeps serving past its not-after time (refusing lookups would turn a
    // portal outage into an application outage); /healthz says so, for monitoring to alert.
    return HttpResponse::json(200, toJson({{QStringLiteral("status"), QStringLiteral("ok")},
                                           {QStringLiteral("bundle_version"), state->version()},
                                           {QStringLiteral("bundle_created_at"), state->createdAt().toString(Qt::ISODateWithMs)},
                                           {QStringLiteral("bundle_age_seconds"), state->createdAt().secsTo(now)},
                                           {QStringLiteral("bundle_not_after"), state->expiresAt().toUTC().toString(Qt::ISODateWithMs)},
                                           {QStringLiteral("bundle_expired"), now > state->expiresAt()},
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
                                               {QStringLiteral("cpu_ms"), outcome.cpuMs},
                                               {QStringLiteral("message"), outcome.message}}));
    };
    return deferred;
}

// A replaced state is freed on a thread of its own, at low priority, once no request holds it:
// tens of thousands of hash nodes take milliseconds to free, which neither the PUT's answer nor a
// worker (whichever dropped the last reference) should wait for.
void RouterService::retire(std::shared_ptr<const RouterState> previous)
{
    if (!previous)
        return;
    m_retirer.start([previous = std::move(previous)]() mutable {
        setpriority(PRIO_PROCESS, 0, 10);   // this thread only (Linux): nice +10, never undone
        QElapsedTimer waited;
        waited.start();
        // Lookups hold a state for microseconds; after a second, free it whoever else holds it.
        while (previous.use_count() > 1 && waited.elapsed() < 1000)
            QThread::usleep(500);
        previous.reset();
    });
}

RouterService::InstallOutcome RouterService::install(const QByteArray &envelope, bool persist)
{
    QElapsedTimer timer;
    timer.start();
    QMutexLocker lock(&m_installMutex);
    const double cpuAtStart = threadCpuMs();
    const long faultsAtStart = threadMinorFaults();
    m_installing.store(true);
    const auto doneInstalling = qScopeGuard([this] { m_installing.store(false); });
    const qint64 installedVersion = [this] {
        const auto current = m_state.load(std::memory_order_acquire);
        return current ? current->version() : 0;
    }();
    // The disk copy starts once the signature holds and is written while the payload is read.
    PendingDiskCopy diskCopy(m_config.stateDir);
    BundleVerification verified = m_verifier.verify(envelope, installedVersion, [&] {
        if (persist)
            diskCopy.start(envelope);
    });
    const double verifyMs = double(timer.nsecsElapsed()) / 1e6;
    if (!verified.ok()) {
        m_metrics.bundleRefused(BundleVerifier::rejectionName(verified.rejection));
        qWarning("switchboard-router: %s", qPrintable(verified.message));
        int status = 400;
        switch (verified.rejection) {
        case BundleRejection::UntrustedSigner:
        case BundleRejection::BadSignature: status = 403; break;
        case BundleRejection::Stale:
        case BundleRejection::Replayed:
        case BundleRejection::Expired: status = 409; break;
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
    std::shared_ptr<const RouterState> previous = m_state.exchange(*state, std::memory_order_acq_rel);
    const double pointerSwapUs = double(swapTimer.nsecsElapsed()) / 1e3;
    retire(std::move(previous));
    // Requests do not wait for the disk: the copy is put in place after the swap, and the answer
    // waits for it, so a 200 means a restart serves this version. A copy that cannot be written
    // leaves the previous good one in place.
    if (persist) {
        if (const QString error = diskCopy.keep(); !error.isEmpty())
            qWarning("switchboard-router: cannot keep bundle version %lld in %s: %s; a restart would serve the previous one",
                     version, qPrintable(m_config.stateDir), qPrintable(error));
    }
    const double persistMs = double(timer.nsecsElapsed()) / 1e6 - verifyMs - buildMs - pointerSwapUs / 1000;
    m_metrics.bundleInstalled();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const double cpuMs = threadCpuMs() - cpuAtStart;
    qInfo("switchboard-router: installed bundle version %lld in %.1f ms (verify %.1f, build %.1f, disk %.1f, swap %.1f us; "
          "cpu %.1f ms, %ld page faults)",
          version, ms, verifyMs, buildMs, persistMs, pointerSwapUs, cpuMs, threadMinorFaults() - faultsAtStart);
    return {200, tr("installed bundle version %1").arg(version), version, ms, verifyMs, buildMs, persistMs, pointerSwapUs, cpuMs};
}

} // namespace Switchboard::Router
