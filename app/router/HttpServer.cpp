#include "HttpServer.h"

#include "EpollWorker.h"
#include "HttpSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <unistd.h>

namespace Switchboard::Router {

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return true;
    }
    return false;
}

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    return json(status, QJsonDocument(QJsonObject{{QStringLiteral("message"), message}}).toJson(QJsonDocument::Compact));
}

// One HTTPS connection, owned by a worker thread: QSslSocket carries the bytes, HttpSession
// speaks HTTP.
class HttpConnection : public QObject {
public:
    HttpConnection(QTcpSocket *socket, const HttpServerOptions &options, const HttpHandler &handler,
                   const HttpObserver &observer, QThreadPool &deferredPool, QObject *parent)
        : QObject(parent), m_socket(socket), m_session(options, handler, observer, socket->peerAddress()),
          m_deferredPool(deferredPool)
    {
        m_socket->setParent(this);
        m_idle.setSingleShot(true);
        m_idle.setInterval(options.idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, [this] {
            if (!m_session.waiting())
                m_socket->abort();
        });
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] {
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                deleteLater();
        });
        m_idle.start();
    }

    void onReadyRead()
    {
        const QByteArray data = m_socket->readAll();
        m_session.received(data.constData(), data.size());
        m_idle.start();
        QByteArray out;
        settle(m_session.process(out, &m_pending), out);
    }

private:
    void settle(HttpSession::Outcome outcome, const QByteArray &out)
    {
        if (!out.isEmpty()) {
            m_socket->write(out);
            m_socket->flush();   // hand the answer to the kernel now, not on the next pass
        }
        if (outcome == HttpSession::Outcome::Deferred) {
            QPointer<HttpConnection> self(this);
            m_deferredPool.start([self, work = std::move(m_pending.work)] {
                HttpResponse response = work();
                // The connection may be gone by now: the guard drops the answer then.
                QMetaObject::invokeMethod(self, [self, response] {
                    if (self)
                        self->completed(response);
                }, Qt::QueuedConnection);
            });
        } else if (outcome == HttpSession::Outcome::Close) {
            m_socket->disconnectFromHost();
        }
    }

    void completed(const HttpResponse &response)
    {
        QByteArray out;
        HttpSession::Outcome outcome = m_session.complete(m_pending, response, out);
        m_pending = {};
        if (outcome != HttpSession::Outcome::Close)
            outcome = m_session.process(out, &m_pending);
        settle(outcome, out);
    }

    QTcpSocket *m_socket;
    HttpSession m_session;
    PendingAnswer m_pending;
    QThreadPool &m_deferredPool;
    QTimer m_idle;
};

// Lives in its own thread; takes over accepted HTTPS sockets.
class HttpWorker : public QObject {
public:
    HttpWorker(const HttpServerOptions &options, const HttpHandler &handler, const HttpObserver &observer,
               QThreadPool &deferredPool)
        : m_options(options), m_handler(handler), m_observer(observer), m_deferredPool(deferredPool) {}

    void accept(qintptr descriptor)
    {
        auto *socket = new QSslSocket;
        socket->setSslConfiguration(*m_options.tls);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        new HttpConnection(socket, m_options, m_handler, m_observer, m_deferredPool, this);
        socket->startServerEncryption();
    }

    void closeAll()
    {
        // Connections are children: deleting them closes their sockets.
        const auto children = this->children();
        for (QObject *child : children)
            delete child;
    }

private:
    const HttpServerOptions &m_options;
    const HttpHandler &m_handler;
    const HttpObserver &m_observer;
    QThreadPool &m_deferredPool;
};

HttpServer::HttpServer(HttpServerOptions options, HttpHandler handler, HttpObserver observer, QObject *parent)
    : QTcpServer(parent), m_options(std::move(options)), m_handler(std::move(handler)), m_observer(std::move(observer))
{
    m_deferredPool.setMaxThreadCount(1);
    m_deferredPool.setExpiryTimeout(-1);
}

HttpServer::~HttpServer()
{
    shutdown();
}

bool HttpServer::start(QString *error)
{
    const int threads = qMax(1, m_options.threads);
    for (int i = 0; i < threads; ++i) {
        if (!m_options.tls) {
            auto worker = std::make_unique<EpollWorker>(m_options, m_handler, m_observer, m_deferredPool, i);
            if (!worker->start(error))
                return false;
            m_epollWorkers.push_back(std::move(worker));
            continue;
        }
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("https-%1").arg(i));
        auto *worker = new HttpWorker(m_options, m_handler, m_observer, m_deferredPool);
        worker->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        m_workers.push_back(worker);
        m_threads.push_back(std::move(thread));
    }
    return true;
}

void HttpServer::incomingConnection(qintptr descriptor)
{
    // Connections are long-lived (keep-alive): handing each to the next worker in turn spreads
    // them evenly, and costs one hop per connection, not per request.
    if (!m_epollWorkers.empty()) {
        m_epollWorkers[m_next++ % m_epollWorkers.size()]->adopt(int(descriptor));
        return;
    }
    if (m_workers.empty()) {
        ::close(int(descriptor));
        return;
    }
    HttpWorker *worker = m_workers[m_next++ % m_workers.size()];
    QMetaObject::invokeMethod(worker, [worker, descriptor] { worker->accept(descriptor); }, Qt::QueuedConnection);
}

void HttpServer::shutdown()
{
    close();
    // Deferred answers still running report to their workers: let them finish first.
    m_deferredPool.waitForDone();
    for (auto &worker : m_epollWorkers)
        worker->stop();
    m_epollWorkers.clear();
    for (std::size_t i = 0; i < m_threads.size(); ++i) {
        HttpWorker *worker = m_workers[i];
        QMetaObject::invokeMethod(worker, [worker] { worker->closeAll(); }, Qt::BlockingQueuedConnection);
        m_threads[i]->quit();
        m_threads[i]->wait();
    }
    m_threads.clear();
    m_workers.clear();
}

} // namespace Switchboard::Router
