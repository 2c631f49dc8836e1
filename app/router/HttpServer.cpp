#include "HttpServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <cstring>

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

namespace {

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

// The Date header changes once a second; build it once per second per thread.
QByteArray httpDate()
{
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cached;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != cachedSecond) {
        cachedSecond = now;
        cached = QLocale::c().toString(QDateTime::fromSecsSinceEpoch(now, Qt::UTC),
                                       QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    }
    return cached;
}

} // namespace

// One client connection, owned by a worker thread: parses requests as bytes arrive, answers
// them in order, keeps the connection open unless the client or an error says otherwise.
class HttpConnection : public QObject {
public:
    HttpConnection(QTcpSocket *socket, const HttpServerOptions &options, const HttpHandler &handler,
                   const HttpObserver &observer, QObject *parent)
        : QObject(parent), m_socket(socket), m_options(options), m_handler(handler), m_observer(observer)
    {
        m_socket->setParent(this);
        m_peer = m_socket->peerAddress();
        m_peerText = m_peer.toString().toLatin1();
        m_idle.setSingleShot(true);
        m_idle.setInterval(m_options.idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->abort(); });
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
        m_buffer.append(m_socket->readAll());
        m_idle.start();
        QByteArray out;
        bool close = false;
        while (!close) {
            HttpRequest request;
            HttpResponse response;
            QElapsedTimer timer;
            timer.start();
            const ParseState state = parse(request, response);
            if (state == NeedMore)
                break;
            if (state == Complete) {
                response = m_handler(request);
                if (request.header("connection").compare("close", Qt::CaseInsensitive) == 0
                    || (request.version == "HTTP/1.0"
                        && request.header("connection").compare("keep-alive", Qt::CaseInsensitive) != 0))
                    response.close = true;
            } else {
                response.close = true;
            }
            close = response.close;
            serialize(response, request.method == "HEAD", out);
            if (m_observer)
                m_observer(request, response, timer.nsecsElapsed() / 1000);
        }
        if (!out.isEmpty()) {
            m_socket->write(out);
            // Hand the answer to the kernel now rather than on the next event-loop pass.
            m_socket->flush();
        }
        if (close) {
            m_closing = true;
            m_socket->disconnectFromHost();
        }
    }

private:
    enum ParseState { NeedMore, Complete, Refused };

    ParseState parse(HttpRequest &request, HttpResponse &response)
    {
        if (m_closing)
            return NeedMore;
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (m_buffer.size() > m_options.maxRequestBytes) {
                response = HttpResponse::error(431, QObject::tr("request headers are larger than this service accepts"));
                return Refused;
            }
            return NeedMore;
        }
        request.peer = m_peer;
        request.peerText = m_peerText;
        const char *data = m_buffer.constData();
        const char *lineEnd = static_cast<const char *>(std::memchr(data, '\r', size_t(headerEnd) + 1));
        const QByteArray requestLine = QByteArray::fromRawData(data, lineEnd - data);
        const qsizetype sp1 = requestLine.indexOf(' ');
        const qsizetype sp2 = requestLine.lastIndexOf(' ');
        if (sp1 <= 0 || sp2 <= sp1) {
            response = HttpResponse::error(400, QObject::tr("malformed HTTP request line"));
            return Refused;
        }
        request.method = QByteArray(data, sp1);
        request.target = QByteArray(data + sp1 + 1, sp2 - sp1 - 1);
        request.version = QByteArray(data + sp2 + 1, requestLine.size() - sp2 - 1);
        if (!request.version.startsWith("HTTP/1.")) {
            response = HttpResponse::error(400, QObject::tr("only HTTP/1.x is spoken here"));
            return Refused;
        }
        const qsizetype q = request.target.indexOf('?');
        request.path = q < 0 ? request.target : request.target.left(q);
        request.query = q < 0 ? QByteArray() : request.target.mid(q + 1);

        qint64 contentLength = 0;
        const char *p = lineEnd + 2;
        const char *end = data + headerEnd + 2;
        while (p < end) {
            const char *eol = static_cast<const char *>(std::memchr(p, '\r', size_t(end - p)));
            if (!eol)
                eol = end;
            const char *colon = static_cast<const char *>(std::memchr(p, ':', size_t(eol - p)));
            if (!colon) {
                response = HttpResponse::error(400, QObject::tr("malformed HTTP header line"));
                return Refused;
            }
            QByteArray name = QByteArray(p, colon - p).trimmed().toLower();
            QByteArray value = QByteArray(colon + 1, eol - colon - 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                contentLength = value.toLongLong(&ok);
                if (!ok || contentLength < 0) {
                    response = HttpResponse::error(400, QObject::tr("malformed Content-Length"));
                    return Refused;
                }
            } else if (name == "transfer-encoding") {
                response = HttpResponse::error(411, QObject::tr("send the body with a Content-Length, not chunked"));
                return Refused;
            }
            request.headers.append({std::move(name), std::move(value)});
            p = eol + 2;
        }
        if (headerEnd + 4 + contentLength > m_options.maxRequestBytes) {
            response = HttpResponse::error(413, QObject::tr("request is larger than the %1 bytes this service accepts")
                                                    .arg(m_options.maxRequestBytes));
            return Refused;
        }
        if (m_buffer.size() < headerEnd + 4 + contentLength)
            return NeedMore;
        request.body = m_buffer.mid(headerEnd + 4, contentLength);
        m_buffer.remove(0, headerEnd + 4 + contentLength);
        return Complete;
    }

    static void serialize(const HttpResponse &response, bool head, QByteArray &out)
    {
        out += "HTTP/1.1 ";
        out += QByteArray::number(response.status);
        out += ' ';
        out += reasonPhrase(response.status);
        out += "\r\nServer: switchboard-router\r\nDate: ";
        out += httpDate();
        if (response.status != 304 && !response.contentType.isEmpty()) {
            out += "\r\nContent-Type: ";
            out += response.contentType;
        }
        out += "\r\nContent-Length: ";
        out += QByteArray::number(response.status == 304 ? 0 : response.body.size());
        for (const auto &[name, value] : response.headers) {
            out += "\r\n";
            out += name;
            out += ": ";
            out += value;
        }
        if (response.close)
            out += "\r\nConnection: close";
        out += "\r\n\r\n";
        if (!head && response.status != 304)
            out += response.body;
    }

    QTcpSocket *m_socket;
    const HttpServerOptions &m_options;
    const HttpHandler &m_handler;
    const HttpObserver &m_observer;
    QHostAddress m_peer;
    QByteArray m_peerText;
    QByteArray m_buffer;
    QTimer m_idle;
    bool m_closing = false;
};

// Lives in its own thread; takes over accepted sockets.
class HttpWorker : public QObject {
public:
    HttpWorker(const HttpServerOptions &options, const HttpHandler &handler, const HttpObserver &observer)
        : m_options(options), m_handler(handler), m_observer(observer) {}

    void accept(qintptr descriptor)
    {
        QTcpSocket *socket = nullptr;
        if (m_options.tls) {
            auto *ssl = new QSslSocket;
            ssl->setSslConfiguration(*m_options.tls);
            socket = ssl;
        } else {
            socket = new QTcpSocket;
        }
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        new HttpConnection(socket, m_options, m_handler, m_observer, this);
        if (auto *ssl = qobject_cast<QSslSocket *>(socket))
            ssl->startServerEncryption();
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
};

HttpServer::HttpServer(HttpServerOptions options, HttpHandler handler, HttpObserver observer, QObject *parent)
    : QTcpServer(parent), m_options(std::move(options)), m_handler(std::move(handler)), m_observer(std::move(observer))
{
    const int threads = qMax(1, m_options.threads);
    for (int i = 0; i < threads; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("http-%1").arg(i));
        auto *worker = new HttpWorker(m_options, m_handler, m_observer);
        worker->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        m_workers.push_back(worker);
        m_threads.push_back(std::move(thread));
    }
}

HttpServer::~HttpServer()
{
    shutdown();
}

void HttpServer::incomingConnection(qintptr descriptor)
{
    HttpWorker *worker = m_workers[m_next++ % m_workers.size()];
    QMetaObject::invokeMethod(worker, [worker, descriptor] { worker->accept(descriptor); }, Qt::QueuedConnection);
}

void HttpServer::shutdown()
{
    close();
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
