#include "HttpSession.h"

#include <QDateTime>
#include <QLocale>

#include <cstring>
#include <optional>

namespace Switchboard::Router {

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
    case 417: return "Expectation Failed";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

// The Date header changes once a second; build it once per second per thread.
const QByteArray &httpDate()
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

// Content-Length per RFC 9110 8.6: one or more digits, nothing else (no sign, no spaces inside);
// nullopt when malformed. A value past any limit saturates at kHugeLength, so that the offsets
// computed from it cannot overflow (9223372036854775807 once made the end of a request negative).
constexpr qint64 kHugeLength = qint64(1) << 50;
std::optional<qint64> parseContentLength(const QByteArray &value)
{
    if (value.isEmpty())
        return std::nullopt;
    qint64 n = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return std::nullopt;
        n = qMin(kHugeLength, n * 10 + (c - '0'));
    }
    return n;
}

} // namespace

void serializeResponse(const HttpResponse &response, bool head, QByteArray &out)
{
    const bool withBody = !head && response.status != 304;
    out.reserve(out.size() + 192 + response.body.size());
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
    if (withBody)
        out += response.body;
}

HttpSession::HttpSession(const HttpServerOptions &options, const HttpHandler &handler, const HttpObserver &observer,
                         QHostAddress peer)
    : m_options(options), m_handler(handler), m_observer(observer), m_peer(std::move(peer)),
      m_peerText(m_peer.toString().toLatin1())
{
}

bool HttpSession::wantsClose(const HttpRequest &request)
{
    const QByteArray connection = request.header("connection");
    return connection.compare("close", Qt::CaseInsensitive) == 0
        || (request.version == "HTTP/1.0" && connection.compare("keep-alive", Qt::CaseInsensitive) != 0);
}

void HttpSession::answer(const HttpRequest &request, const HttpResponse &response, const QElapsedTimer &timer,
                         QByteArray &out)
{
    serializeResponse(response, request.method == "HEAD", out);
    if (m_observer)
        m_observer(request, response, timer.nsecsElapsed() / 1000);
}

HttpSession::Outcome HttpSession::process(QByteArray &out, PendingAnswer *pending)
{
    while (!m_closing && !m_waiting) {
        HttpRequest request;
        HttpResponse response;
        QElapsedTimer timer;
        timer.start();
        const ParseState state = parse(request, response);
        if (state == Incomplete) {
            if (m_continueOwed) {
                out += "HTTP/1.1 100 Continue\r\n\r\n";
                m_continueOwed = false;
            }
            return Outcome::NeedMore;
        }
        if (state == Complete) {
            response = m_handler(request);
            if (response.later) {
                pending->close = wantsClose(request);
                pending->request = std::move(request);
                pending->work = std::move(response.later);
                pending->timer = timer;
                m_waiting = true;
                return Outcome::Deferred;
            }
            if (wantsClose(request))
                response.close = true;
        } else {
            response.close = true;
        }
        answer(request, response, timer, out);
        if (response.close)
            m_closing = true;
    }
    return m_closing ? Outcome::Close : Outcome::NeedMore;
}

HttpSession::Outcome HttpSession::complete(PendingAnswer &pending, const HttpResponse &result, QByteArray &out)
{
    m_waiting = false;
    HttpResponse response = result;
    response.close = response.close || pending.close;
    answer(pending.request, response, pending.timer, out);
    if (response.close)
        m_closing = true;
    return m_closing ? Outcome::Close : Outcome::NeedMore;
}

HttpSession::ParseState HttpSession::parse(HttpRequest &request, HttpResponse &response)
{
    if (m_awaitedBytes && m_buffer.size() < m_awaitedBytes)
        return Incomplete;
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > m_options.maxRequestBytes) {
            response = HttpResponse::error(431, QObject::tr("request headers are larger than this service accepts"));
            return Refused;
        }
        return Incomplete;
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
    bool expectsContinue = false;
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
            const std::optional<qint64> parsed = parseContentLength(value);
            if (!parsed) {
                response = HttpResponse::error(400, QObject::tr("malformed Content-Length"));
                return Refused;
            }
            contentLength = *parsed;
        } else if (name == "expect") {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0) {
                response = HttpResponse::error(417, QObject::tr("the only expectation this service meets is 100-continue"));
                return Refused;
            }
            expectsContinue = true;
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
    if (m_buffer.size() < headerEnd + 4 + contentLength) {
        if (!m_awaitedBytes)
            m_continueOwed = expectsContinue && request.version != "HTTP/1.0";
        m_awaitedBytes = headerEnd + 4 + contentLength;
        return Incomplete;
    }
    m_awaitedBytes = 0;
    m_continueOwed = false;
    request.body = m_buffer.mid(headerEnd + 4, contentLength);
    m_buffer.remove(0, headerEnd + 4 + contentLength);
    return Complete;
}

} // namespace Switchboard::Router
