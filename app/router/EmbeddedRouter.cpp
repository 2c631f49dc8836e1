#include "EmbeddedRouter.h"

#include "RouterConfig.h"
#include "RouterService.h"

#include "bundle/BundleCrypto.h"

#include <QDir>
#include <QMetaObject>
#include <QThread>

namespace Switchboard::Router {

EmbeddedRouter::EmbeddedRouter() = default;

EmbeddedRouter::~EmbeddedRouter()
{
    stop();
}

void EmbeddedRouter::registerAsDemoService()
{
    DemoRoutingService::setFactory([] { return std::make_unique<EmbeddedRouter>(); });
}

Result<DemoRoutingService::Endpoint> EmbeddedRouter::start(const QByteArray &portalPublicKey)
{
    if (m_thread)
        return makeError(QObject::tr("The demo routing service runs already"));
    if (!m_dir.isValid())
        return makeError(QObject::tr("Cannot make a folder for the demo routing service: %1").arg(m_dir.errorString()));
    BundleCrypto::initialize();

    RouterConfig config;
    config.address = QHostAddress::LocalHost;
    config.port = 0;   // a free one
    config.trustedPortalKeys = {portalPublicKey};
    config.stateDir = QDir(m_dir.path()).filePath(QStringLiteral("state"));
    // A demo answers one person: one worker, a modest connection cap, no access log on the
    // desktop's stderr.
    config.threads = 1;
    config.maxConnections = 256;
    config.accessLog = QStringLiteral("off");
    const X25519KeyPair key = BundleCrypto::generateX25519KeyPair();

    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("demo-router"));
    m_context = new QObject;
    m_context->moveToThread(m_thread.get());
    m_thread->start();

    Result<Endpoint> outcome = makeError(QObject::tr("The demo routing service did not start"));
    // Made on its own thread, so its listening socket and timers belong to that thread's loop.
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            auto *service = new RouterService(config, key);
            if (auto st = service->start(); !st) {
                delete service;
                outcome = makeError(QObject::tr("The demo routing service did not start: %1").arg(st.error()));
                return;
            }
            m_service = service;
            m_port = service->port();
            outcome = Endpoint{QStringLiteral("http://127.0.0.1:%1").arg(m_port), key.publicKey};
        },
        Qt::BlockingQueuedConnection);
    if (!outcome)
        stop();
    return outcome;
}

void EmbeddedRouter::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_service;   // stops listening and joins its workers
            m_service = nullptr;
            delete m_context;
            m_context = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_port = 0;
}

} // namespace Switchboard::Router
