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

struct HttpRequest {
    QByteArray method;
    QByteArray target;        // as sent: path?query
    QByteArray path;          // percent-encoded as sent
    QByteArray query;         // without '?'
    QByteArray version;       // "HTTP/1.1"
    QList<std::pair<QByteArray, QByteArray>> headers;   // names lower-cased
    QByteArray body;
    QHostAddress peer;
    QByteArray peerText;      // peer as text, made once per connection (for the access log)

    // The first header with that (case-insensitive) name; null if absent.
    QByteArray header(const QByteArray &lowerName) const;
    bool hasHeader(const QByteArray &lowerName) const;
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
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
    qint64 maxRequestBytes = 1 << 20;    // header + body; more is 413 (headers: 431)
    int idleTimeoutMs = 60000;
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

    // Starts the worker threads (before listen()).
    bool start(QString *error);
    // Stops accepting, closes connections and joins the workers.
    void shutdown();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
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
};

} // namespace Switchboard::Router
