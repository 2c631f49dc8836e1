#include "HttpSession.h"

#include "ByteWriter.h"

#include <QDateTime>
#include <QLocale>

#include <charconv>
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

bool isOptionalWhitespace(char c)
{
    return c == ' ' || c == '\t';
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
    ByteWriter w(out, 192 + response.headerLines.size() + (withBody ? response.body.size() : 0));
    w.add("HTTP/1.1 ");
    w.addNumber(response.status);
    w.add(' ');
    w.add(reasonPhrase(response.status));
    w.add("\r\nServer: switchboard-router\r\nDate: ");
    w.add(httpDate());
    if (response.status != 304 && !response.contentType.isEmpty()) {
        w.add("\r\nContent-Type: ");
        w.add(response.contentType);
    }
    w.add("\r\nContent-Length: ");
    w.addNumber(response.status == 304 ? 0 : response.body.size());
    w.add(response.headerLines);
    for (const auto &[name, value] : response.headers) {
        w.add("\r\n");
        w.add(name);
        w.add(": ");
        w.add(value);
    }
    if (response.close)
        w.add("\r\nConnection: close");
    w.add("\r\n\r\n");
    if (withBody)
        w.add(response.body);
}

HttpSession::HttpSession(const HttpServerOptions &options, const HttpHandler &handler, const HttpObserver &observer,
                         QHostAddress peer)
    : m_options(options), m_handler(handler), m_observer(observer), m_peer(std::move(peer)),
      m_peerText(m_peer.toString().toLatin1())
{
    m_request.peer = m_peer;
    m_request.peerText = m_peerText;
    m_headers.reserve(16);
    reset();
}

char *HttpSession::readSpace(qsizetype minRoom, qsizetype maxRoom, qsizetype *room)
{
    // What is left of a request answered in an earlier read moves to the front once.
    if (m_start > 0) {
        std::memmove(m_data.get(), m_data.get() + m_start, size_t(m_size - m_start));
        m_size -= m_start;
        m_start = 0;
    }
    if (m_capacity - m_size < minRoom) {
        const qsizetype capacity = qMax(m_size + minRoom, 2 * m_capacity);   // doubling: appends stay linear
        std::unique_ptr<char[]> data(new char[size_t(capacity)]);   // not zeroed: read() fills it
        if (m_size > 0)
            std::memcpy(data.get(), m_data.get(), size_t(m_size));
        m_data = std::move(data);
        m_capacity = capacity;
    }
    *room = qMin(m_capacity - m_size, qMax(minRoom, maxRoom));
    return m_data.get() + m_size;
}

void HttpSession::received(qsizetype size, qint64 nowMs)
{
    m_nowMs = nowMs;
    if (m_closing)
        return;   // the answer that closes is out or on its way: nothing more is read
    if (pendingBytes() == 0 && m_phase == Phase::RequestLine)
        m_requestStartMs = nowMs;   // a request's first byte: its headers' deadline starts
    m_size += size;
}

void HttpSession::received(const char *data, qsizetype size, qint64 nowMs)
{
    if (m_closing || size <= 0) {
        m_nowMs = nowMs;
        return;
    }
    qsizetype room = 0;
    char *to = readSpace(size, size, &room);
    std::memcpy(to, data, size_t(size));
    received(size, nowMs);
}

qint64 HttpSession::deadlineMs() const
{
    if (m_waiting || m_closing)
        return 0;
    if (m_phase == Phase::Body) {
        const qint64 rate = qMax<qint64>(1, m_options.minBodyBytesPerSecond);
        return m_bodyStartMs + m_options.bodyTimeoutMs + m_contentLength * 1000 / rate;
    }
    return pendingBytes() == 0 ? 0 : m_requestStartMs + m_options.headerTimeoutMs;
}

void HttpSession::timedOut(QByteArray &out)
{
    if (m_closing)
        return;
    QElapsedTimer timer;
    timer.start();
    const HttpResponse response = refusal(408, QObject::tr("the request did not arrive in time"));
    exposeRequest();
    answer(m_request, response, timer, out);
    m_closing = true;
    dropBuffer();
}

void HttpSession::reset()
{
    m_phase = Phase::RequestLine;
    m_method = m_target = m_path = m_query = m_version = Span();
    m_rootPath = false;
    m_headers.clear();
    m_lineStart = 0;
    m_scanFrom = 0;
    m_bodyStart = 0;
    m_contentLength = -1;
    m_transferEncoding = QByteArray();
    m_hostCount = 0;
    m_expectsContinue = false;
    m_continueOwed = false;
    // Bytes of the next request already here (pipelined): its clock starts now.
    m_requestStartMs = pendingBytes() == 0 ? 0 : m_nowMs;
}

QByteArray HttpSession::view(Span span) const
{
    return span.size < 0 ? QByteArray() : QByteArray::fromRawData(requestData() + span.at, span.size);
}

void HttpSession::exposeRequest()
{
    m_request.method = view(m_method);
    m_request.target = view(m_target);
    m_request.path = m_rootPath ? QByteArrayLiteral("/") : view(m_path);
    m_request.query = view(m_query);
    m_request.version = view(m_version);
    m_request.headers.clear();   // keeps its capacity
    for (const HeaderSpan &h : m_headers)
        m_request.headers.append({view(h.name), view(h.value)});
    if (!m_request.body.isNull())
        m_request.body = QByteArray();
}

void HttpSession::consume(qsizetype size)
{
    m_start += size;
    if (m_start == m_size)
        m_start = m_size = 0;   // all answered: the next read starts at the front
}

void HttpSession::dropBuffer()
{
    m_request.method = m_request.target = m_request.path = m_request.query = m_request.version = QByteArray();
    m_request.headers.clear();
    m_data.reset();
    m_capacity = m_size = m_start = 0;
}

bool HttpSession::wantsClose(const HttpRequest &request)
{
    // The options of the first Connection header, comma-separated, case-insensitive.
    bool close = false;
    bool keepAlive = false;
    const QByteArray value = request.header("connection");
    const char *p = value.constData();
    const char *end = p + value.size();
    while (p < end) {
        const char *comma = static_cast<const char *>(std::memchr(p, ',', size_t(end - p)));
        const char *optionEnd = comma ? comma : end;
        const char *b = p;
        const char *e = optionEnd;
        while (b < e && isOptionalWhitespace(*b))
            ++b;
        while (e > b && isOptionalWhitespace(e[-1]))
            --e;
        close = close || equalsIgnoringCase(b, e - b, "close");
        keepAlive = keepAlive || equalsIgnoringCase(b, e - b, "keep-alive");
        p = comma ? comma + 1 : end;
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
        HttpResponse response;
        QElapsedTimer timer;
        timer.start();
        const ParseState state = parse(response);
        if (state == Incomplete) {
            if (m_continueOwed) {
                out += "HTTP/1.1 100 Continue\r\n\r\n";
                m_continueOwed = false;
            }
            return Outcome::NeedMore;
        }
        if (state == Complete) {
            const qsizetype requestSize = m_bodyStart + m_contentLength;
            response = m_handler(m_request);
            if (response.later) {
                pending->close = wantsClose(m_request);
                pending->request = m_request;   // a copy: it outlives the read buffer
                pending->work = std::move(response.later);
                pending->timer = timer;
                m_waiting = true;
                consume(requestSize);
                reset();
                return Outcome::Deferred;
            }
            if (wantsClose(m_request))
                response.close = true;
            answer(m_request, response, timer, out);
            consume(requestSize);
            reset();
        } else {
            response.close = true;
            answer(m_request, response, timer, out);
            dropBuffer();
        }
        if (response.close)
            m_closing = true;
    }
    return m_closing ? Outcome::Close : Outcome::NeedMore;
}

HttpSession::Outcome HttpSession::complete(PendingAnswer &pending, const HttpResponse &result, QByteArray &out)
{
    m_waiting = false;
    if (pendingBytes() > 0 && m_phase == Phase::RequestLine && m_lineStart == 0)
        m_requestStartMs = m_nowMs;   // what came pipelined behind it was not read meanwhile
    HttpResponse response = result;
    response.close = response.close || pending.close;
    answer(pending.request, response, pending.timer, out);
    if (response.close)
        m_closing = true;
    return m_closing ? Outcome::Close : Outcome::NeedMore;
}

HttpSession::ParseState HttpSession::parse(HttpResponse &response)
{
    const qint64 headerLimit = qMax<qint64>(64, m_options.maxHeaderBytes);
    const qint64 lineLimit = qMin(headerLimit, m_options.maxRequestLineBytes);
    while (m_phase != Phase::Body) {
        char *data = requestData();
        const qsizetype size = pendingBytes();
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
                exposeRequest();
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
            char *line = data + m_lineStart;
            const qsizetype lineSize = lineEnd - 1 - m_lineStart;
            m_lineStart = m_scanFrom = lineEnd + 1;
            if (m_phase == Phase::RequestLine)
                state = lineSize == 0 ? Incomplete   // RFC 9112 2.2: empty lines before a request are ignored
                                      : parseRequestLine(line, lineSize, response);
            else
                state = parseHeaderLine(line, lineSize, response);
        }
        if (state == Refused) {
            exposeRequest();
            return Refused;
        }
    }
    if (pendingBytes() - m_bodyStart < m_contentLength)
        return Incomplete;
    exposeRequest();
    if (m_contentLength > 0)
        m_request.body = QByteArray(requestData() + m_bodyStart, m_contentLength);   // owned: a PUT's bundle
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
    const char *base = requestData();
    m_method = {line - base, sp1 - line};
    m_target = {sp1 + 1 - base, sp2 - sp1 - 1};
    m_version = {version - base, versionSize};
    const QByteArrayView method(line, sp1 - line);

    // The path and query of the target's form (RFC 9112 3.2): origin-form "/path?query",
    // absolute-form "http://authority/path?query" (its authority is the host, RFC 9112 3.2.2),
    // asterisk-form "*" (OPTIONS only).
    QByteArrayView pathAndQuery(sp1 + 1, sp2 - sp1 - 1);
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
        } else if (!(pathAndQuery == "*" && method == "OPTIONS")) {
            response = refusal(400, QObject::tr("malformed request target: expected /path or http://host/path"));
            return Refused;
        }
    }
    const qsizetype q = pathAndQuery.indexOf('?');
    const QByteArrayView path = q < 0 ? pathAndQuery : pathAndQuery.first(q);
    m_path = {path.data() - base, path.size()};
    m_rootPath = path.isEmpty();
    if (q >= 0)
        m_query = {pathAndQuery.data() + q + 1 - base, pathAndQuery.size() - q - 1};
    m_phase = Phase::Headers;
    return Incomplete;
}

HttpSession::ParseState HttpSession::parseHeaderLine(char *line, qsizetype size, HttpResponse &response)
{
    if (size == 0)
        return headersDone(response);
    if (line[0] == ' ' || line[0] == '\t') {
        response = refusal(400, QObject::tr("malformed header: obsolete line folding is not accepted"));
        return Refused;
    }
    if (qsizetype(m_headers.size()) >= m_options.maxHeaderCount) {
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
    // Names are lower-cased where they lie: the buffer is ours, and HTTP says case does not matter.
    for (char *c = line; c < colon; ++c)
        *c = *c >= 'A' && *c <= 'Z' ? char(*c - 'A' + 'a') : *c;
    const std::string_view name(line, size_t(colon - line));
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
    const char *base = requestData();
    m_headers.push_back({{line - base, colon - line}, {value - base, valueEnd - value}});
    return Incomplete;
}

HttpSession::ParseState HttpSession::headersDone(HttpResponse &response)
{
    const bool http10 = view(m_version) == "HTTP/1.0";
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
    // Views for the limit's callback and the message: the buffer holds still during the call.
    const QByteArray method = view(m_method);
    const QByteArray path = m_rootPath ? QByteArrayLiteral("/") : view(m_path);
    const qint64 allowed = m_options.maxBodyBytes ? m_options.maxBodyBytes(method, path) : 0;
    if (length > allowed) {
        response = refusal(413, allowed == 0 ? QObject::tr("%1 %2 takes no request body")
                                                   .arg(QString::fromLatin1(method), QString::fromLatin1(path.left(100)))
                                             : QObject::tr("request is larger than the %1 bytes this service accepts")
                                                   .arg(allowed));
        return Refused;
    }
    m_contentLength = length;
    m_phase = Phase::Body;
    m_bodyStart = m_lineStart;
    m_bodyStartMs = m_nowMs;
    m_continueOwed = m_expectsContinue && !http10 && pendingBytes() - m_bodyStart < length;
    return Incomplete;
}

} // namespace Switchboard::Router
