#pragma once

// A lean HTTP/1.1 server for the routing service: keep-alive, pipelining, Content-Length
// bodies, optional TLS, and a pool of worker threads that each run their own event loop.
// Plain HTTP runs on an epoll loop per worker (EpollWorker.h says why); HTTPS on QSslSocket.
// The protocol itself (parsing, limits, answering in order) is HttpSession, shared by both.
//
// Why not QHttpServer: Qt 6.4's QHttpServer runs every connection and handler on the one
// thread that owns it (bench/router measures it, serving a static body from memory, at about
// three quarters of nginx; see bench/README.md), it buffers a request body of any size before
// a handler can refuse it, and it offers no per-connection limits or idle timeout. The routing
// service's answers are pure functions of an immutable state snapshot, so here handlers run on
// the worker thread that owns the connection, with no hop to a main thread, and a request is
// refused (413/431) as soon as its declared size passes the limit. The few slow answers (a
// bundle install) are deferred to a thread of their own, so the worker keeps serving.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Switchboard::Router {

// A request as a handler sees it. The fields the parser fills (all but body, peer and peerText)
// are views of the connection's read buffer, valid while the handler and the observer run: a
// lookup copies none of its bytes. A copy of an HttpRequest owns its bytes (copying is what keeps
// a request beyond its answer, e.g. a deferred one); a moved one stays a view.
struct HttpRequest {
    QByteArray method;
    QByteArray target;        // as sent: path?query
    QByteArray path;          // percent-encoded as sent
    QByteArray query;         // without '?'
    QByteArray version;       // "HTTP/1.1"
    QList<std::pair<QByteArray, QByteArray>> headers;   // names lower-cased
    QByteArray body;          // owned
    QHostAddress peer;
    QByteArray peerText;      // peer as text, made once per connection (for the access log)

    HttpRequest() = default;
    HttpRequest(const HttpRequest &other);
    HttpRequest &operator=(const HttpRequest &other);
    HttpRequest(HttpRequest &&) noexcept = default;
    HttpRequest &operator=(HttpRequest &&) noexcept = default;

    // The first header with that (case-insensitive) name; null if absent.
    QByteArray header(QByteArrayView lowerName) const;
    bool hasHeader(QByteArrayView lowerName) const;
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");   // a literal: no allocation per answer
    // Header lines rendered ahead, each "\r\nName: value", sent before `headers`: a cached
    // answer carries its ETag and Cache-Control this way (no list, no formatting per request).
    QByteArray headerLines;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool close = false;       // close the connection after this response
    QString application;      // for the access log only: who asked (never sent)
    // Set by a handler whose answer takes long (a bundle install): the server runs it on its
    // thread for slow work and sends what it returns; the other connections keep being served,
    // and this one answers nothing else meanwhile. Everything else in this response is ignored.
    std::function<HttpResponse()> later;

    static HttpResponse json(int status, const QByteArray &body);
    // {"message": "..."}
    static HttpResponse error(int status, const QString &message);
};

struct HttpServerOptions {
    int threads = 2;
    // Limits: what passes them is refused (RFC 9112 lets a server), before the rest arrives.
    qint64 maxHeaderBytes = 16 * 1024;       // request line + header section; more: 431
    qint64 maxRequestLineBytes = 8 * 1024;   // more: 414
    int maxHeaderCount = 100;                // more header fields: 431
    // The largest body a request may carry, by method and path (as sent, without the query),
    // refused (413) from its Content-Length before any of it is read. Unset or 0: no body.
    std::function<qint64(const QByteArray &method, const QByteArray &path)> maxBodyBytes;
    // Deadlines, which arriving bytes do not push back (a client sending a byte a second keeps
    // no connection): a request's headers from its first byte; its body from the end of its
    // headers, bodyTimeoutMs plus its declared length at minBodyBytesPerSecond. Past one: 408.
    int headerTimeoutMs = 10000;
    int bodyTimeoutMs = 30000;
    qint64 minBodyBytesPerSecond = 256 * 1024;
    int idleTimeoutMs = 60000;   // a kept-alive connection between requests
    // Connections open at once; one more is answered 503 and closed. 0: from the process's
    // descriptor limit (RLIMIT_NOFILE), leaving room for the files the service opens itself.
    int maxConnections = 0;
    std::optional<QSslConfiguration> tls;   // set: HTTPS only
};

using HttpHandler = std::function<HttpResponse(const HttpRequest &)>;
// Called after each response (also for requests refused by the parser): for logs and metrics.
// request may be partial for a parse error; elapsed in microseconds.
using HttpObserver = std::function<void(const HttpRequest &, const HttpResponse &, qint64 elapsedUs)>;

class EpollWorker;
class HttpWorker;

class HttpServer : public QTcpServer {
    Q_OBJECT
public:
    HttpServer(HttpServerOptions options, HttpHandler handler, HttpObserver observer, QObject *parent = nullptr);
    ~HttpServer() override;

    // Starts the worker threads (before serve()).
    bool start(QString *error);
    // Listens; plain HTTP connections are then accepted by the workers themselves (EpollWorker.h),
    // HTTPS ones by this object's thread and handed to a worker.
    bool serve(const QHostAddress &address, quint16 port);
    // Stops accepting, closes connections and joins the workers.
    void shutdown();

    // Connections open now (plain and TLS).
    int openConnections() const { return m_open.load(std::memory_order_relaxed); }
    int maxConnections() const { return m_maxConnections; }

    // Answers 503 and closes: the clear refusal when the service has too many connections.
    static void refuse(int descriptor);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onAcceptError(QAbstractSocket::SocketError error);
    // At the descriptor limit: refuses one waiting client through the reserve descriptor.
    void refuseOneAtLimit(int listenFd);

    HttpServerOptions m_options;
    HttpHandler m_handler;
    HttpObserver m_observer;
    QThreadPool m_deferredPool;   // one thread: deferred answers (bundle installs), in order
    // HTTPS: Qt event loops with QSslSocket connections.
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<HttpWorker *> m_workers;
    // Plain HTTP: epoll loops.
    std::vector<std::unique_ptr<EpollWorker>> m_epollWorkers;
    std::size_t m_next = 0;
    std::atomic<int> m_open{0};
    int m_maxConnections = 0;
    // A descriptor held in reserve: at the process's descriptor limit, accept() fails and the
    // client would wait in the backlog; closing this one lets a waiting client be accepted and
    // answered 503 (the "reserve fd" trick of libev and nginx), and accepting pauses briefly
    // instead of spinning on a listening socket that stays readable.
    int m_reserveFd = -1;
    QMutex m_reserveMutex;   // the workers accept on their threads
};

} // namespace Switchboard::Router
