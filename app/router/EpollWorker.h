#pragma once

// The plain-HTTP transport: one thread running a Linux epoll loop over the connections it was
// given, with non-blocking sockets read and written directly.
//
// Why not QTcpSocket here: the routing service answers small requests from memory, so the cost
// per request is the transport's. Measured with perf under wrk (bench/README.md), QTcpSocket on
// Qt's event loop spends more CPU in Qt (socket notifiers, the FIONREAD ioctl before each read,
// the socket's own write buffer) than the router spends answering, and Qt's glib dispatcher adds
// two eventfd writes per request. This loop makes one read and one send per request. HTTPS
// stays on QSslSocket (HttpServer.cpp): TLS is what costs there, not the loop.
//
// Every worker accepts on the shared listening socket itself (in its epoll set with
// EPOLLEXCLUSIVE, so a new connection wakes one worker, not all): a client that opens a
// connection per lookup costs no hop to another thread, as nginx's workers accept on their own.

#include "HttpSession.h"

#include <QMutex>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <unordered_map>
#include <vector>

class QThreadPool;

namespace Switchboard::Router {

class EpollWorker {
public:
    // deferredPool runs the answers handlers defer (HttpResponse::later); it must outlive
    // every task started on it, and the worker must outlive the pool's tasks.
    // open counts the server's open connections (this worker's and the others'): a closed one is
    // taken off it here.
    EpollWorker(const HttpServerOptions &options, const HttpHandler &handler, const HttpObserver &observer,
                QThreadPool &deferredPool, std::atomic<int> &open, int index);
    ~EpollWorker();

    bool start(QString *error);
    // Thread-safe: accept connections on listenFd from now on (non-blocking, listening), up to
    // maxConnections open in the whole server (counted in open); past it a newcomer is answered
    // 503 and closed. atDescriptorLimit: called when accept fails for want of descriptors
    // (it refuses one waiting client through a reserve descriptor); accepting then pauses briefly.
    void acceptFrom(int listenFd, int maxConnections, std::function<void(int listenFd)> atDescriptorLimit);
    // Thread-safe: no more accepting (before the listening socket is closed).
    void stopAccepting();
    // Thread-safe: takes over an accepted socket.
    void adopt(int descriptor);
    // Thread-safe: closes every connection and joins the thread.
    void stop();

private:
    struct Connection;
    void run();
    void takeAdopted();
    void acceptReady();
    // peer: as accept4() gave it (nullptr: asked of the socket).
    void addConnection(int fd, const struct sockaddr *peer = nullptr);
    void setAccepting(bool on);
    void takeCompleted();
    void onReadable(Connection &c);
    void dispatch(Connection &c);
    void flush(Connection &c);
    void updateInterest(Connection &c);
    void close(Connection &c);
    void linger(Connection &c);
    void sweep(qint64 nowMs);
    void wake();
    // Thread-safe: the answer a deferred task computed for connection id.
    void deliver(quint64 id, HttpResponse response);

    const HttpServerOptions &m_options;
    const HttpHandler &m_handler;
    const HttpObserver &m_observer;
    QThreadPool &m_deferredPool;
    std::atomic<int> &m_open;
    const int m_index;
    int m_epoll = -1;
    int m_wake = -1;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};

    std::unordered_map<quint64, std::unique_ptr<Connection>> m_connections;   // owned by the loop
    quint64 m_nextId = 1;   // 0 is the wake-up descriptor, kListenId the listening socket

    std::atomic<int> m_listenFd{-1};
    int m_maxConnections = 0;
    std::function<void(int)> m_atDescriptorLimit;
    bool m_acceptRegistered = false;   // the listening socket is in the epoll set (loop thread)
    qint64 m_acceptPausedUntilMs = 0;

    QMutex m_inboxMutex;    // guards the two inboxes below
    std::vector<int> m_adopted;
    std::vector<std::pair<quint64, HttpResponse>> m_completed;
};

} // namespace Switchboard::Router
