#include "HttpServer.h"

#include "EpollWorker.h"
#include "HttpSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

namespace Switchboard::Router {

namespace {
// A view (QByteArray::fromRawData) made into bytes of its own; null stays null.
QByteArray owned(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArray() : QByteArray(bytes.constData(), bytes.size());
}
} // namespace

HttpRequest::HttpRequest(const HttpRequest &other)
    : method(owned(other.method)), target(owned(other.target)), path(owned(other.path)), query(owned(other.query)),
      version(owned(other.version)), body(other.body), peer(other.peer), peerText(other.peerText)
{
    headers.reserve(other.headers.size());
    for (const auto &[name, value] : other.headers)
        headers.append({owned(name), owned(value)});
}

HttpRequest &HttpRequest::operator=(const HttpRequest &other)
{
    if (this != &other)
        *this = HttpRequest(other);
    return *this;
}

QByteArray HttpRequest::header(QByteArrayView lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView lowerName) const
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

namespace {
qint64 monotonicMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}
} // namespace

// One HTTPS connection, owned by a worker thread: QSslSocket carries the bytes, HttpSession
// speaks HTTP.
class HttpConnection : public QObject {
public:
    HttpConnection(QTcpSocket *socket, const HttpServerOptions &options, const HttpHandler &handler,
                   const HttpObserver &observer, QThreadPool &deferredPool, std::atomic<int> &open, QObject *parent)
        : QObject(parent), m_socket(socket), m_session(options, handler, observer, socket->peerAddress()),
          m_deferredPool(deferredPool), m_open(open), m_idleTimeoutMs(options.idleTimeoutMs)
    {
        m_socket->setParent(this);
        m_idle.setSingleShot(true);
        m_idle.setInterval(options.idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, [this] {
            if (m_session.waiting())
                return;
            const qint64 deadline = m_session.deadlineMs();
            if (deadline > 0 && monotonicMs() <= deadline) {
                m_idle.start(int(qBound(qint64(1), deadline - monotonicMs() + 1, qint64(m_idleTimeoutMs))));
                return;
            }
            if (deadline > 0) {
                QByteArray out;
                m_session.timedOut(out);
                settle(HttpSession::Outcome::Close, out);
                return;
            }
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

    ~HttpConnection() override { m_open.fetch_sub(1, std::memory_order_relaxed); }

    void onReadyRead()
    {
        const QByteArray data = m_socket->readAll();
        const qint64 now = monotonicMs();
        m_session.received(data.constData(), data.size(), now);
        // The timer fires at the request's deadline (bytes do not push it back), else when idle.
        const qint64 deadline = m_session.deadlineMs();
        m_idle.start(deadline > 0 ? int(qBound(qint64(1), deadline - now + 1, qint64(m_idleTimeoutMs))) : m_idleTimeoutMs);
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
    std::atomic<int> &m_open;
    int m_idleTimeoutMs;
    QTimer m_idle;
};

// Lives in its own thread; takes over accepted HTTPS sockets.
class HttpWorker : public QObject {
public:
    HttpWorker(const HttpServerOptions &options, const HttpHandler &handler, const HttpObserver &observer,
               QThreadPool &deferredPool, std::atomic<int> &open)
        : m_options(options), m_handler(handler), m_observer(observer), m_deferredPool(deferredPool), m_open(open) {}

    void accept(qintptr descriptor)
    {
        auto *socket = new QSslSocket;
        socket->setSslConfiguration(*m_options.tls);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            m_open.fetch_sub(1, std::memory_order_relaxed);
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        new HttpConnection(socket, m_options, m_handler, m_observer, m_deferredPool, m_open, this);
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
    std::atomic<int> &m_open;
};

HttpServer::HttpServer(HttpServerOptions options, HttpHandler handler, HttpObserver observer, QObject *parent)
    : QTcpServer(parent), m_options(std::move(options)), m_handler(std::move(handler)), m_observer(std::move(observer))
{
    m_deferredPool.setMaxThreadCount(1);
    m_deferredPool.setExpiryTimeout(-1);
    m_maxConnections = m_options.maxConnections;
    if (m_maxConnections <= 0) {
        // The descriptor limit, less what the service needs besides connections (its listening
        // socket, epoll and wake-up descriptors, the access log, the bundle being written, the
        // reserve descriptor, Qt's own): connections never take the last descriptors.
        rlimit limit{};
        const rlim_t soft = ::getrlimit(RLIMIT_NOFILE, &limit) == 0 ? limit.rlim_cur : 1024;
        m_maxConnections = int(qBound<rlim_t>(16, soft > 128 ? soft - 64 : soft / 2, 1 << 20));
    }
    m_reserveFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    connect(this, &QTcpServer::acceptError, this, &HttpServer::onAcceptError);
}

HttpServer::~HttpServer()
{
    shutdown();
    if (m_reserveFd >= 0)
        ::close(m_reserveFd);
}

void HttpServer::refuse(int descriptor)
{
    static const QByteArray answer = [] {
        const QByteArray body = R"({"message":"too many connections: retry later"})";
        return "HTTP/1.1 503 Service Unavailable\r\nServer: switchboard-router\r\nContent-Type: application/json\r\n"
               "Content-Length: " + QByteArray::number(body.size()) + "\r\nRetry-After: 1\r\nConnection: close\r\n\r\n" + body;
    }();
    [[maybe_unused]] const auto n = ::send(descriptor, answer.constData(), size_t(answer.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
    ::shutdown(descriptor, SHUT_WR);
    ::close(descriptor);
}

void HttpServer::refuseOneAtLimit(int listenFd)
{
    QMutexLocker lock(&m_reserveMutex);
    if (m_reserveFd < 0)
        return;
    ::close(m_reserveFd);
    m_reserveFd = -1;
    const int descriptor = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (descriptor >= 0)
        refuse(descriptor);
    m_reserveFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
}

void HttpServer::onAcceptError(QAbstractSocket::SocketError error)
{
    // QTcpServer stops accepting on an error that is not temporary, e.g. EMFILE at the descriptor
    // limit. Refuse one waiting client through the reserve descriptor, so it is told rather than
    // left hanging, and try again shortly: other clients keep being served meanwhile, and
    // accepting resumes as descriptors free up.
    if (error == QAbstractSocket::SocketResourceError)
        refuseOneAtLimit(int(socketDescriptor()));
    QTimer::singleShot(100, this, [this] {
        if (isListening())
            resumeAccepting();
    });
}

bool HttpServer::start(QString *error)
{
    const int threads = qMax(1, m_options.threads);
    for (int i = 0; i < threads; ++i) {
        if (!m_options.tls) {
            auto worker = std::make_unique<EpollWorker>(m_options, m_handler, m_observer, m_deferredPool, m_open, i);
            if (!worker->start(error))
                return false;
            m_epollWorkers.push_back(std::move(worker));
            continue;
        }
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("https-%1").arg(i));
        auto *worker = new HttpWorker(m_options, m_handler, m_observer, m_deferredPool, m_open);
        worker->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        m_workers.push_back(worker);
        m_threads.push_back(std::move(thread));
    }
    return true;
}

bool HttpServer::serve(const QHostAddress &address, quint16 port)
{
    if (!listen(address, port))
        return false;
    if (!m_epollWorkers.empty()) {
        // Qt's notifier stays off: the workers accept (the socket is non-blocking).
        pauseAccepting();
        for (auto &worker : m_epollWorkers)
            worker->acceptFrom(int(socketDescriptor()), m_maxConnections, [this](int fd) { refuseOneAtLimit(fd); });
    }
    return true;
}

void HttpServer::incomingConnection(qintptr descriptor)
{
    // HTTPS (plain HTTP is accepted by the epoll workers). Past the cap, a clear refusal rather
    // than a connection that cannot be served well.
    if (m_open.load(std::memory_order_relaxed) >= m_maxConnections) {
        refuse(int(descriptor));
        return;
    }
    m_open.fetch_add(1, std::memory_order_relaxed);
    if (!m_epollWorkers.empty()) {
        m_epollWorkers[m_next++ % m_epollWorkers.size()]->adopt(int(descriptor));
        return;
    }
    if (m_workers.empty()) {
        ::close(int(descriptor));
        m_open.fetch_sub(1, std::memory_order_relaxed);
        return;
    }
    HttpWorker *worker = m_workers[m_next++ % m_workers.size()];
    QMetaObject::invokeMethod(worker, [worker, descriptor] { worker->accept(descriptor); }, Qt::QueuedConnection);
}

void HttpServer::shutdown()
{
    for (auto &worker : m_epollWorkers)
        worker->stopAccepting();   // before the listening socket closes under them
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
