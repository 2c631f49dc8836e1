#include "EpollWorker.h"

#include <QDeadlineTimer>
#include <QThreadPool>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Switchboard::Router {

namespace {

constexpr int kReadChunk = 64 * 1024;
constexpr int kMinReadRoom = 4096;       // a lookup is a few hundred bytes
constexpr int kMaxReadsPerWakeUp = 16;   // then let the other connections have their turn
// An answer buffer larger than this (a /metrics page, say) is given back once sent; smaller
// ones keep their capacity for the next answer.
constexpr qsizetype kKeptOutCapacity = 64 * 1024;
// After an answer that closes, what the client still sends is read and dropped for a while
// before the close, so that the kernel does not reset the connection (and with it the answer
// not yet read) over unread bytes: nginx's lingering close.
constexpr qint64 kLingerMs = 2000;
constexpr qint64 kLingerBytes = 1 << 20;
constexpr quint64 kListenId = ~quint64(0);
constexpr int kMaxAcceptsPerWakeUp = 64;
constexpr qint64 kAcceptPauseMs = 100;   // after running out of descriptors

qint64 monotonicMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// The peer accept4() reported, or else the socket's.
QHostAddress peerOf(int fd, const sockaddr *accepted)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (!accepted) {
        if (::getpeername(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return {};
        accepted = reinterpret_cast<const sockaddr *>(&address);
    }
    QHostAddress peer;
    peer.setAddress(accepted);
    return peer;
}

} // namespace

struct EpollWorker::Connection {
    Connection(int fd, quint64 id, const HttpServerOptions &options, const HttpHandler &handler,
               const HttpObserver &observer, const sockaddr *peer)
        : fd(fd), id(id), session(options, handler, observer, peerOf(fd, peer)) {}

    int fd;
    quint64 id;
    HttpSession session;
    PendingAnswer pending;
    QByteArray out;            // answers not yet taken by the kernel
    qsizetype sent = 0;        // of out
    quint32 interest = EPOLLIN;
    qint64 lastActiveMs = 0;   // for the idle timeout between requests
    bool deferred = false;     // an answer is being computed elsewhere
    bool closeAfterWrite = false;
    bool lingering = false;    // answered and shut down for writing: dropping what still comes
    qint64 lingerUntilMs = 0;
    qint64 lingerBytes = 0;
};

EpollWorker::EpollWorker(const HttpServerOptions &options, const HttpHandler &handler, const HttpObserver &observer,
                         QThreadPool &deferredPool, std::atomic<int> &open, int index)
    : m_options(options), m_handler(handler), m_observer(observer), m_deferredPool(deferredPool), m_open(open),
      m_index(index)
{
}

EpollWorker::~EpollWorker()
{
    stop();
    if (m_wake >= 0)
        ::close(m_wake);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool EpollWorker::start(QString *error)
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wake = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.u64 = 0;
    if (m_epoll < 0 || m_wake < 0 || ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &event) != 0) {
        *error = QObject::tr("cannot set up the connection loop: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_thread = std::thread([this] { run(); });
    return true;
}

void EpollWorker::wake()
{
    const quint64 one = 1;
    [[maybe_unused]] const auto n = ::write(m_wake, &one, sizeof one);
}

void EpollWorker::adopt(int descriptor)
{
    {
        QMutexLocker lock(&m_inboxMutex);
        m_adopted.push_back(descriptor);
    }
    wake();
}

void EpollWorker::acceptFrom(int listenFd, int maxConnections, std::function<void(int)> atDescriptorLimit)
{
    {
        QMutexLocker lock(&m_inboxMutex);
        m_maxConnections = maxConnections;
        m_atDescriptorLimit = std::move(atDescriptorLimit);
    }
    m_listenFd.store(listenFd);
    wake();   // the loop adds it to its epoll set
}

void EpollWorker::stopAccepting()
{
    const int fd = m_listenFd.exchange(-1);
    if (fd >= 0)
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);   // also if the loop has not added it yet
}

void EpollWorker::setAccepting(bool on)
{
    const int fd = m_listenFd.load();
    if (on == m_acceptRegistered || fd < 0)
        return;
    if (on) {
        epoll_event event{};
        event.events = EPOLLIN | EPOLLEXCLUSIVE;
        event.data.u64 = kListenId;
        m_acceptRegistered = ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) == 0;
    } else {
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        m_acceptRegistered = false;
    }
}

void EpollWorker::acceptReady()
{
    for (int i = 0; i < kMaxAcceptsPerWakeUp; ++i) {
        const int listenFd = m_listenFd.load(std::memory_order_relaxed);
        if (listenFd < 0)
            return;
        sockaddr_storage peer{};
        socklen_t peerLength = sizeof peer;
        const int fd = ::accept4(listenFd, reinterpret_cast<sockaddr *>(&peer), &peerLength, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                // The socket stays readable while clients wait: pause instead of spinning on it.
                std::function<void(int)> atLimit;
                {
                    QMutexLocker lock(&m_inboxMutex);
                    atLimit = m_atDescriptorLimit;
                }
                if (atLimit)
                    atLimit(listenFd);
                setAccepting(false);
                m_acceptPausedUntilMs = monotonicMs() + kAcceptPauseMs;
            }
            return;   // EAGAIN: another worker took it, or none left
        }
        // Past the cap, a clear refusal rather than a connection that cannot be served well.
        if (m_open.fetch_add(1, std::memory_order_relaxed) >= m_maxConnections) {
            m_open.fetch_sub(1, std::memory_order_relaxed);
            HttpServer::refuse(fd);
            continue;
        }
        addConnection(fd, reinterpret_cast<const sockaddr *>(&peer));
    }
}

void EpollWorker::deliver(quint64 id, HttpResponse response)
{
    {
        QMutexLocker lock(&m_inboxMutex);
        m_completed.emplace_back(id, std::move(response));
    }
    wake();
}

void EpollWorker::stop()
{
    if (!m_thread.joinable())
        return;
    m_stop.store(true);
    wake();
    m_thread.join();
}

void EpollWorker::run()
{
    const QByteArray name = "http-" + QByteArray::number(m_index);
    pthread_setname_np(pthread_self(), name.constData());
    std::vector<epoll_event> events(256);
    qint64 lastSweepMs = monotonicMs();
    while (!m_stop.load(std::memory_order_relaxed)) {
        int timeoutMs = 1000;
        if (!m_acceptRegistered && m_listenFd.load() >= 0) {
            const qint64 wait = m_acceptPausedUntilMs - monotonicMs();
            if (wait <= 0)
                setAccepting(true);
            else
                timeoutMs = int(qMin<qint64>(wait, timeoutMs));
        }
        const int n = ::epoll_wait(m_epoll, events.data(), int(events.size()), timeoutMs);
        if (n < 0 && errno != EINTR)
            break;
        for (int i = 0; i < n; ++i) {
            const quint64 id = events[i].data.u64;
            if (id == 0) {
                quint64 count;
                [[maybe_unused]] const auto r = ::read(m_wake, &count, sizeof count);
                takeAdopted();
                takeCompleted();
                continue;
            }
            if (id == kListenId) {
                acceptReady();
                continue;
            }
            const auto found = m_connections.find(id);
            if (found == m_connections.end())
                continue;   // closed earlier in this batch
            Connection &c = *found->second;
            const quint32 what = events[i].events;
            if (what & (EPOLLERR | EPOLLHUP)) {
                close(c);
                continue;
            }
            if (what & EPOLLOUT) {
                flush(c);
                if (!m_connections.count(id))
                    continue;
            }
            if (what & EPOLLIN)
                onReadable(c);
        }
        const qint64 now = monotonicMs();
        if (now - lastSweepMs >= 1000) {
            sweep(now);
            lastSweepMs = now;
        }
    }
    for (auto &[id, c] : m_connections)
        ::close(c->fd);
    m_open.fetch_sub(int(m_connections.size()));
    m_connections.clear();
    QMutexLocker lock(&m_inboxMutex);
    for (int fd : m_adopted)
        ::close(fd);
    m_open.fetch_sub(int(m_adopted.size()));
    m_adopted.clear();
}

void EpollWorker::takeAdopted()
{
    std::vector<int> adopted;
    {
        QMutexLocker lock(&m_inboxMutex);
        adopted.swap(m_adopted);
    }
    for (int fd : adopted) {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        addConnection(fd);
    }
}

void EpollWorker::addConnection(int fd, const sockaddr *peer)
{
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    const quint64 id = m_nextId++;
    auto connection = std::make_unique<Connection>(fd, id, m_options, m_handler, m_observer, peer);
    connection->lastActiveMs = monotonicMs();
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.u64 = id;
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0) {
        ::close(fd);
        m_open.fetch_sub(1);
        return;
    }
    m_connections.emplace(id, std::move(connection));
}

void EpollWorker::takeCompleted()
{
    std::vector<std::pair<quint64, HttpResponse>> completed;
    {
        QMutexLocker lock(&m_inboxMutex);
        completed.swap(m_completed);
    }
    for (auto &[id, response] : completed) {
        const auto found = m_connections.find(id);
        if (found == m_connections.end())
            continue;   // the client went away while its answer was computed
        Connection &c = *found->second;
        c.deferred = false;
        HttpSession::Outcome outcome = c.session.complete(c.pending, response, c.out);
        c.pending = {};
        if (outcome != HttpSession::Outcome::Close)
            outcome = c.session.process(c.out, &c.pending);
        if (outcome == HttpSession::Outcome::Close)
            c.closeAfterWrite = true;
        if (outcome == HttpSession::Outcome::Deferred)
            dispatch(c);
        flush(c);
    }
}

void EpollWorker::onReadable(Connection &c)
{
    if (c.lingering) {
        linger(c);
        return;
    }
    bool peerClosed = false;
    const qint64 now = monotonicMs();
    for (int i = 0; i < kMaxReadsPerWakeUp; ++i) {
        // Straight into the session's buffer: no copy of the request's bytes.
        qsizetype room = 0;
        char *space = c.session.readSpace(kMinReadRoom, kReadChunk, &room);
        const ssize_t n = ::read(c.fd, space, size_t(room));
        if (n > 0) {
            c.session.received(n, now);
            if (c.session.closing())
                break;
            if (n < room)
                break;
            continue;
        }
        if (n == 0) {
            peerClosed = true;
            break;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            break;
        close(c);
        return;
    }
    c.lastActiveMs = now;
    const HttpSession::Outcome outcome = c.session.process(c.out, &c.pending);
    if (outcome == HttpSession::Outcome::Close || peerClosed)
        c.closeAfterWrite = true;
    if (outcome == HttpSession::Outcome::Deferred)
        dispatch(c);
    flush(c);
}

void EpollWorker::dispatch(Connection &c)
{
    c.deferred = true;
    const quint64 id = c.id;
    m_deferredPool.start([this, id, work = std::move(c.pending.work)] { deliver(id, work()); });
}

void EpollWorker::flush(Connection &c)
{
    while (c.sent < c.out.size()) {
        const ssize_t n = ::send(c.fd, c.out.constData() + c.sent, size_t(c.out.size() - c.sent), MSG_NOSIGNAL);
        if (n > 0) {
            c.sent += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        close(c);
        return;
    }
    if (c.sent == c.out.size()) {
        if (c.out.capacity() > kKeptOutCapacity)
            c.out.clear();
        else
            c.out.resize(0);   // keeps the capacity: the next answer allocates nothing
        c.sent = 0;
        if (c.closeAfterWrite && !c.deferred) {
            // The answer is out: no more to send; drop what the client still sends, then close.
            ::shutdown(c.fd, SHUT_WR);
            c.closeAfterWrite = false;
            c.lingering = true;
            c.lingerUntilMs = monotonicMs() + kLingerMs;
        }
    }
    updateInterest(c);
}

void EpollWorker::updateInterest(Connection &c)
{
    // Read only when nothing is owed: an answer being computed or bytes the kernel has not
    // taken yet hold further requests back (in order, and without buffering without bound).
    quint32 wanted = 0;
    if (!c.out.isEmpty())
        wanted |= EPOLLOUT;
    else if (c.lingering || (!c.deferred && !c.closeAfterWrite))
        wanted |= EPOLLIN;
    if (wanted == c.interest)
        return;
    epoll_event event{};
    event.events = wanted;
    event.data.u64 = c.id;
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &event);
    c.interest = wanted;
}

void EpollWorker::linger(Connection &c)
{
    char buffer[kReadChunk];
    for (int i = 0; i < kMaxReadsPerWakeUp; ++i) {
        const ssize_t n = ::read(c.fd, buffer, sizeof buffer);
        if (n > 0) {
            c.lingerBytes += n;
            if (c.lingerBytes > kLingerBytes)
                break;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        break;   // the client closed too, or an error
    }
    close(c);
}

void EpollWorker::close(Connection &c)
{
    ::close(c.fd);   // also leaves the epoll set
    m_connections.erase(c.id);
    m_open.fetch_sub(1, std::memory_order_relaxed);
}

void EpollWorker::sweep(qint64 nowMs)
{
    std::vector<quint64> idle;
    std::vector<quint64> late;
    for (const auto &[id, c] : m_connections) {
        if (c->deferred)
            continue;
        if (c->lingering) {
            if (nowMs > c->lingerUntilMs)
                idle.push_back(id);
            continue;
        }
        const qint64 deadline = c->session.deadlineMs();
        if (deadline > 0 && nowMs > deadline)
            late.push_back(id);
        else if (deadline == 0 && c->out.isEmpty() && nowMs - c->lastActiveMs > m_options.idleTimeoutMs)
            idle.push_back(id);
    }
    for (quint64 id : idle)
        close(*m_connections.at(id));
    // A request that did not arrive in time: 408, then close.
    for (quint64 id : late) {
        Connection &c = *m_connections.at(id);
        c.session.timedOut(c.out);
        c.closeAfterWrite = true;
        flush(c);
    }
}

} // namespace Switchboard::Router
