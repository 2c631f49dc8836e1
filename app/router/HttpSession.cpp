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
    case 100: return "Continue";
    case 200: return "OK";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 417: return "Expectation Failed";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
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

// Content-Length per RFC 9110 8.6: one or more digits, nothing else (no sign, no spaces inside,
// no list); nullopt when malformed. A value past any limit saturates at kHugeLength, so that the
// offsets computed from it cannot overflow (9223372036854775807 once made the end of a request
// negative, and a worker answered that request forever).
constexpr qint64 kHugeLength = qint64(1) << 50;
std::optional<qint64> parseContentLength(const char *p, qsizetype size)
{
    if (size == 0)
        return std::nullopt;
    qint64 n = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return std::nullopt;
        n = qMin(kHugeLength, n * 10 + (p[i] - '0'));
    }
    return n;
}

// tchar (RFC 9110 5.6.2): what a method and a field name are made of.
bool isTokenChar(uchar c)
{
    static constexpr auto table = [] {
        std::array<bool, 256> t{};
        for (int c = '0'; c <= '9'; ++c)
            t[c] = true;
        for (int c = 'a'; c <= 'z'; ++c)
            t[c] = t[c - 'a' + 'A'] = true;
        for (const char c : std::string_view("!#$%&'*+-.^_`|~"))
            t[uchar(c)] = true;
        return t;
    }();
    return table[c];
}

bool isToken(const char *p, qsizetype size)
{
    if (size == 0)
        return false;
    for (qsizetype i = 0; i < size; ++i) {
        if (!isTokenChar(uchar(p[i])))
            return false;
    }
    return true;
}

bool equalsIgnoringCase(const char *p, qsizetype size, std::string_view lower)
{
    if (size_t(size) != lower.size())
        return false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = p[i] >= 'A' && p[i] <= 'Z' ? char(p[i] - 'A' + 'a') : p[i];
        if (c != lower[size_t(i)])
            return false;
    }
    return true;
}

HttpResponse refusal(int status, const QString &message)
{
    HttpResponse r = HttpResponse::error(status, message);
    r.close = true;
    return r;
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
    reset();
}

void HttpSession::received(const char *data, qsizetype size, qint64 nowMs)
{
    m_nowMs = nowMs;
    if (m_closing)
        return;   // the answer that closes is out or on its way: nothing more is read
    if (m_buffer.isEmpty() && m_phase == Phase::RequestLine)
        m_requestStartMs = nowMs;   // a request's first byte: its headers' deadline starts
    m_buffer.append(data, size);
}

qint64 HttpSession::deadlineMs() const
{
    if (m_waiting || m_closing)
        return 0;
    if (m_phase == Phase::Body) {
        const qint64 rate = qMax<qint64>(1, m_options.minBodyBytesPerSecond);
        return m_bodyStartMs + m_options.bodyTimeoutMs + m_contentLength * 1000 / rate;
    }
    return m_buffer.isEmpty() ? 0 : m_requestStartMs + m_options.headerTimeoutMs;
}

void HttpSession::timedOut(QByteArray &out)
{
    if (m_closing)
        return;
    QElapsedTimer timer;
    timer.start();
    const HttpResponse response = refusal(408, QObject::tr("the request did not arrive in time"));
    answer(m_request, response, timer, out);
    m_closing = true;
    m_buffer.clear();
}

void HttpSession::reset()
{
    m_phase = Phase::RequestLine;
    m_request = HttpRequest();
    m_request.peer = m_peer;
    m_request.peerText = m_peerText;
    m_lineStart = 0;
    m_scanFrom = 0;
    m_bodyStart = 0;
    m_contentLength = -1;
    m_transferEncoding = QByteArray();
    m_hostCount = 0;
    m_expectsContinue = false;
    m_continueOwed = false;
    // Bytes of the next request already here (pipelined): its clock starts now.
    m_requestStartMs = m_buffer.isEmpty() ? 0 : m_nowMs;
}

bool HttpSession::wantsClose(const HttpRequest &request)
{
    bool close = false;
    bool keepAlive = false;
    for (const QByteArray &option : request.header("connection").split(',')) {
        const QByteArray token = option.trimmed();
        close = close || token.compare("close", Qt::CaseInsensitive) == 0;
        keepAlive = keepAlive || token.compare("keep-alive", Qt::CaseInsensitive) == 0;
    }
    return close || (request.version == "HTTP/1.0" && !keepAlive);
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
            m_buffer.clear();
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
    if (!m_buffer.isEmpty() && m_phase == Phase::RequestLine && m_lineStart == 0)
        m_requestStartMs = m_nowMs;   // what came pipelined behind it was not read meanwhile
    HttpResponse response = result;
    response.close = response.close || pending.close;
    answer(pending.request, response, pending.timer, out);
    if (response.close)
        m_closing = true;
    return m_closing ? Outcome::Close : Outcome::NeedMore;
}

HttpSession::ParseState HttpSession::parse(HttpRequest &request, HttpResponse &response)
{
    const qint64 headerLimit = qMax<qint64>(64, m_options.maxHeaderBytes);
    const qint64 lineLimit = qMin(headerLimit, m_options.maxRequestLineBytes);
    while (m_phase != Phase::Body) {
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        const auto *newline = static_cast<const char *>(std::memchr(data + m_scanFrom, '\n', size_t(size - m_scanFrom)));
        if (!newline) {
            m_scanFrom = size;
            ParseState state = Incomplete;
            if (m_phase == Phase::RequestLine && size - m_lineStart > lineLimit) {
                response = refusal(414, QObject::tr("the request line is longer than the %1 bytes this service accepts")
                                            .arg(lineLimit));
                state = Refused;
            } else if (size > headerLimit) {
                response = refusal(431, QObject::tr("request headers are larger than the %1 bytes this service accepts")
                                            .arg(headerLimit));
                state = Refused;
            }
            if (state == Refused)
                request = std::move(m_request);
            return state;
        }
        const qsizetype lineEnd = newline - data;
        ParseState state = Incomplete;
        if (lineEnd == m_lineStart || data[lineEnd - 1] != '\r') {
            // RFC 9112 2.2 lets a server take a bare LF as a line end; a proxy in front may not.
            response = refusal(400, QObject::tr("malformed request: lines end with CR LF, not a bare LF"));
            state = Refused;
        } else if (m_phase == Phase::RequestLine && lineEnd + 1 - m_lineStart > lineLimit + 2) {
            response = refusal(414, QObject::tr("the request line is longer than the %1 bytes this service accepts")
                                        .arg(lineLimit));
            state = Refused;
        } else if (lineEnd + 1 > headerLimit) {
            response = refusal(431, QObject::tr("request headers are larger than the %1 bytes this service accepts")
                                        .arg(headerLimit));
            state = Refused;
        } else {
            const char *line = data + m_lineStart;
            const qsizetype lineSize = lineEnd - 1 - m_lineStart;
            m_lineStart = m_scanFrom = lineEnd + 1;
            if (m_phase == Phase::RequestLine)
                state = lineSize == 0 ? Incomplete   // RFC 9112 2.2: empty lines before a request are ignored
                                      : parseRequestLine(line, lineSize, response);
            else
                state = parseHeaderLine(line, lineSize, response);
        }
        if (state == Refused) {
            request = std::move(m_request);
            return Refused;
        }
    }
    if (m_buffer.size() - m_bodyStart < m_contentLength)
        return Incomplete;
    request = std::move(m_request);
    request.body = m_buffer.mid(m_bodyStart, m_contentLength);
    m_buffer.remove(0, m_bodyStart + m_contentLength);
    reset();
    return Complete;
}

HttpSession::ParseState HttpSession::parseRequestLine(const char *line, qsizetype size, HttpResponse &response)
{
    // method SP request-target SP HTTP-version, single spaces (RFC 9112 3).
    const auto *sp1 = static_cast<const char *>(std::memchr(line, ' ', size_t(size)));
    const auto *sp2 = sp1 ? static_cast<const char *>(std::memchr(sp1 + 1, ' ', size_t(line + size - sp1 - 1))) : nullptr;
    if (!sp1 || !sp2 || !isToken(line, sp1 - line) || sp2 == sp1 + 1) {
        response = refusal(400, QObject::tr("malformed HTTP request line"));
        return Refused;
    }
    const char *version = sp2 + 1;
    const qsizetype versionSize = line + size - version;
    if (versionSize != 8 || std::memcmp(version, "HTTP/1.", 7) != 0 || (version[7] != '0' && version[7] != '1')) {
        const bool otherVersion = versionSize == 8 && std::memcmp(version, "HTTP/", 5) == 0 && version[5] >= '0'
            && version[5] <= '9' && version[6] == '.' && version[7] >= '0' && version[7] <= '9';
        response = otherVersion ? refusal(505, QObject::tr("only HTTP/1.0 and HTTP/1.1 are spoken here"))
                                : refusal(400, QObject::tr("malformed HTTP request line"));
        return Refused;
    }
    for (const char *p = sp1 + 1; p < sp2; ++p) {
        if (uchar(*p) <= 0x20 || uchar(*p) >= 0x7f) {
            response = refusal(400, QObject::tr("malformed request target: control characters or non-ASCII bytes"));
            return Refused;
        }
    }
    m_request.method = QByteArray(line, sp1 - line);
    m_request.target = QByteArray(sp1 + 1, sp2 - sp1 - 1);
    m_request.version = QByteArray(version, versionSize);

    // The path and query of the target's form (RFC 9112 3.2): origin-form "/path?query",
    // absolute-form "http://authority/path?query" (its authority is the host, RFC 9112 3.2.2),
    // asterisk-form "*" (OPTIONS only).
    QByteArrayView pathAndQuery(m_request.target);
    if (!pathAndQuery.startsWith('/')) {
        const bool http = pathAndQuery.size() > 7 && equalsIgnoringCase(pathAndQuery.data(), 7, "http://");
        const bool https = pathAndQuery.size() > 8 && equalsIgnoringCase(pathAndQuery.data(), 8, "https://");
        if (http || https) {
            const QByteArrayView rest = pathAndQuery.sliced(http ? 7 : 8);
            qsizetype authorityEnd = 0;
            while (authorityEnd < rest.size() && rest[authorityEnd] != '/' && rest[authorityEnd] != '?')
                ++authorityEnd;
            if (authorityEnd == 0 || rest.first(authorityEnd).contains('@')) {
                response = refusal(400, QObject::tr("malformed request target: an absolute URI needs a host and no user"));
                return Refused;
            }
            pathAndQuery = rest.sliced(authorityEnd);
        } else if (!(pathAndQuery == "*" && m_request.method == "OPTIONS")) {
            response = refusal(400, QObject::tr("malformed request target: expected /path or http://host/path"));
            return Refused;
        }
    }
    const qsizetype q = pathAndQuery.indexOf('?');
    m_request.path = (q < 0 ? pathAndQuery : pathAndQuery.first(q)).toByteArray();
    if (m_request.path.isEmpty())
        m_request.path = "/";
    m_request.query = q < 0 ? QByteArray() : pathAndQuery.sliced(q + 1).toByteArray();
    m_phase = Phase::Headers;
    return Incomplete;
}

HttpSession::ParseState HttpSession::parseHeaderLine(const char *line, qsizetype size, HttpResponse &response)
{
    if (size == 0)
        return headersDone(response);
    if (line[0] == ' ' || line[0] == '\t') {
        response = refusal(400, QObject::tr("malformed header: obsolete line folding is not accepted"));
        return Refused;
    }
    if (m_request.headers.size() >= m_options.maxHeaderCount) {
        response = refusal(431, QObject::tr("more than %1 request headers").arg(m_options.maxHeaderCount));
        return Refused;
    }
    const auto *colon = static_cast<const char *>(std::memchr(line, ':', size_t(size)));
    // No whitespace between the name and the colon (RFC 9112 5.1: a server must refuse it).
    if (!colon || !isToken(line, colon - line)) {
        response = refusal(400, QObject::tr("malformed HTTP header line"));
        return Refused;
    }
    const char *value = colon + 1;
    const char *valueEnd = line + size;
    while (value < valueEnd && (*value == ' ' || *value == '\t'))
        ++value;
    while (valueEnd > value && (valueEnd[-1] == ' ' || valueEnd[-1] == '\t'))
        --valueEnd;
    for (const char *p = value; p < valueEnd; ++p) {
        if ((uchar(*p) < 0x20 && *p != '\t') || uchar(*p) == 0x7f) {
            response = refusal(400, QObject::tr("malformed header value: control characters"));
            return Refused;
        }
    }
    QByteArray name(line, colon - line);
    for (char &c : name)
        c = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    if (name == "content-length") {
        const std::optional<qint64> length = parseContentLength(value, valueEnd - value);
        if (!length || m_contentLength >= 0) {
            response = refusal(400, length ? QObject::tr("Content-Length is given twice")
                                           : QObject::tr("malformed Content-Length: expected digits only"));
            return Refused;
        }
        m_contentLength = *length;
    } else if (name == "transfer-encoding") {
        if (!m_transferEncoding.isNull())
            m_transferEncoding += ',';
        m_transferEncoding += QByteArray(value, valueEnd - value);
    } else if (name == "host") {
        ++m_hostCount;
    } else if (name == "expect") {
        if (!equalsIgnoringCase(value, valueEnd - value, "100-continue")) {
            response = refusal(417, QObject::tr("the only expectation this service meets is 100-continue"));
            return Refused;
        }
        m_expectsContinue = true;
    }
    m_request.headers.append({std::move(name), QByteArray(value, valueEnd - value)});
    return Incomplete;
}

HttpSession::ParseState HttpSession::headersDone(HttpResponse &response)
{
    const bool http10 = m_request.version == "HTTP/1.0";
    if (m_hostCount > 1 || (!http10 && m_hostCount == 0)) {
        response = refusal(400, QObject::tr("an HTTP/1.1 request carries exactly one Host header"));
        return Refused;
    }
    if (!m_transferEncoding.isNull()) {
        // RFC 9112 6.1 and 6.3: with Content-Length too, or in HTTP/1.0, the framing is in doubt;
        // a coding other than chunked last leaves the body's length unknown; an unknown coding is
        // 501. This service takes bodies with a Content-Length only.
        QList<QByteArray> codings = m_transferEncoding.split(',');
        for (QByteArray &coding : codings)
            coding = coding.trimmed().toLower();
        if (m_contentLength >= 0 || http10 || codings.constLast() != "chunked") {
            response = refusal(400, QObject::tr("malformed request: Transfer-Encoding with Content-Length, in HTTP/1.0, "
                                                "or not ending in chunked"));
            return Refused;
        }
        for (const QByteArray &coding : codings) {
            if (coding != "chunked") {
                response = refusal(501, QObject::tr("transfer coding %1 is not supported")
                                            .arg(QString::fromLatin1(coding.left(40))));
                return Refused;
            }
        }
        response = refusal(411, QObject::tr("send the body with a Content-Length, not chunked"));
        return Refused;
    }
    const qint64 length = qMax<qint64>(0, m_contentLength);
    const qint64 allowed = m_options.maxBodyBytes ? m_options.maxBodyBytes(m_request.method, m_request.path) : 0;
    if (length > allowed) {
        response = refusal(413, allowed == 0 ? QObject::tr("%1 %2 takes no request body")
                                                   .arg(QString::fromLatin1(m_request.method),
                                                        QString::fromLatin1(m_request.path.left(100)))
                                             : QObject::tr("request is larger than the %1 bytes this service accepts")
                                                   .arg(allowed));
        return Refused;
    }
    m_contentLength = length;
    m_phase = Phase::Body;
    m_bodyStart = m_lineStart;
    m_bodyStartMs = m_nowMs;
    m_continueOwed = m_expectsContinue && !http10 && m_buffer.size() - m_bodyStart < length;
    return Incomplete;
}

} // namespace Switchboard::Router
