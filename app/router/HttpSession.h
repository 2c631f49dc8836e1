#pragma once

// One client connection's HTTP/1.1 conversation, whatever carries its bytes (the epoll
// transport for plain HTTP, QSslSocket for HTTPS): parses requests as bytes arrive, answers
// them in order (keep-alive, pipelining, Content-Length bodies), and knows when the connection
// is to close.
//
// The parser is strict (RFC 9112): what a front proxy could read differently from us (request
// smuggling) is refused, never guessed at: bare LF or CR, obs-fold lines, whitespace before a
// colon, Content-Length that is not plain digits or given twice, Transfer-Encoding (we take no
// chunked bodies) with or without Content-Length. It is bounded: the request line, the header
// section and the header count have limits, a body is refused from its declared length before
// any of it is read (the limit is per route), and each request has a deadline for its headers
// and one for its body, which arriving bytes do not push back. Lines are parsed as they arrive:
// a byte is looked at once, however slowly the header section trickles in.
//
// Nothing is copied per request: the transport reads into the session's buffer (readSpace()),
// the parser keeps offsets into it and hands the handler views of it (HttpRequest says how long
// they hold), answered requests are skipped, not removed (the unanswered rest of a read moves to
// the front once, before the next read), and the buffers keep their capacity between requests.
//
// A handler may defer its answer (HttpResponse::later, e.g. a bundle install): the session then
// hands the work out and answers nothing else on this connection until complete() is called,
// so pipelined answers stay in order.

#include "HttpServer.h"

#include <QElapsedTimer>

#include <memory>
#include <vector>

namespace Switchboard::Router {

// An answer being computed away from the connection's thread.
struct PendingAnswer {
    HttpRequest request;
    std::function<HttpResponse()> work;
    QElapsedTimer timer;     // since the request was complete
    bool close = false;      // the request asked to close after the answer
};

class HttpSession {
public:
    HttpSession(const HttpServerOptions &options, const HttpHandler &handler, const HttpObserver &observer,
                QHostAddress peer);

    // nowMs: a monotonic clock in milliseconds, the one deadlineMs() is on.
    void received(const char *data, qsizetype size, qint64 nowMs);
    // For a read straight into the buffer: room for at least minRoom more bytes (up to maxRoom
    // if the buffer has it), its size in *room; then received(n, nowMs) for the n bytes written.
    char *readSpace(qsizetype minRoom, qsizetype maxRoom, qsizetype *room);
    void received(qsizetype size, qint64 nowMs);

    enum class Outcome {
        NeedMore,   // every complete request is answered (in out); wait for more bytes
        Deferred,   // an answer is being computed: run pending.work elsewhere, then complete()
        Close,      // send out, then close the connection
    };
    // Answers every complete request in the buffer, appending the answers to out.
    Outcome process(QByteArray &out, PendingAnswer *pending);
    // Sends the deferred answer (appended to out); then process() again for what follows.
    Outcome complete(PendingAnswer &pending, const HttpResponse &response, QByteArray &out);

    // When the request in progress must be whole (on the received() clock); 0: no request in
    // progress (idle between requests, or waiting for a deferred answer).
    qint64 deadlineMs() const;
    // The deadline passed: appends a 408 to out; the connection is then to close.
    void timedOut(QByteArray &out);

    bool waiting() const { return m_waiting; }
    bool closing() const { return m_closing; }

private:
    enum ParseState { Incomplete, Complete, Refused };
    enum class Phase { RequestLine, Headers, Body };
    // A part of the request being parsed: an offset from m_start and a size (-1: absent).
    struct Span {
        qsizetype at = 0;
        qsizetype size = -1;
    };
    struct HeaderSpan {
        Span name;
        Span value;
    };
    ParseState parse(HttpResponse &response);
    ParseState parseRequestLine(const char *line, qsizetype size, HttpResponse &response);
    ParseState parseHeaderLine(char *line, qsizetype size, HttpResponse &response);
    ParseState headersDone(HttpResponse &response);
    void reset();
    // The request parsed so far, as views in m_request (the buffer holds still until the answer).
    void exposeRequest();
    // The answered request's bytes are done with.
    void consume(qsizetype size);
    void dropBuffer();
    qsizetype pendingBytes() const { return m_size - m_start; }
    char *requestData() const { return m_data.get() + m_start; }
    QByteArray view(Span span) const;
    static bool wantsClose(const HttpRequest &request);
    void answer(const HttpRequest &request, const HttpResponse &response, const QElapsedTimer &timer, QByteArray &out);

    const HttpServerOptions &m_options;
    const HttpHandler &m_handler;
    const HttpObserver &m_observer;
    QHostAddress m_peer;
    QByteArray m_peerText;

    // The read buffer: bytes before m_start belong to answered requests, [m_start, m_size) to the
    // request being parsed and any pipelined behind it.
    std::unique_ptr<char[]> m_data;
    qsizetype m_capacity = 0;
    qsizetype m_size = 0;
    qsizetype m_start = 0;

    // The request being parsed (offsets from m_start). Lines before m_lineStart are parsed; the
    // search for the next line's end resumes at m_scanFrom (so a header trickling in is not
    // rescanned per byte). m_request is filled from these once the request is whole; it is
    // reused from request to request (its lists keep their capacity).
    Phase m_phase = Phase::RequestLine;
    HttpRequest m_request;
    Span m_method, m_target, m_path, m_query, m_version;
    bool m_rootPath = false;   // absolute-form without a path: the path is "/"
    std::vector<HeaderSpan> m_headers;
    qsizetype m_lineStart = 0;
    qsizetype m_scanFrom = 0;
    qsizetype m_bodyStart = 0;
    qint64 m_contentLength = -1;   // -1: no Content-Length header
    QByteArray m_transferEncoding;
    int m_hostCount = 0;
    bool m_expectsContinue = false;

    // Deadlines: when the request's first byte came, when its headers were complete.
    qint64 m_nowMs = 0;
    qint64 m_requestStartMs = 0;
    qint64 m_bodyStartMs = 0;

    // Whether the client waits for a "100 Continue" before sending the body (curl does for
    // bodies over 1 MiB, and otherwise waits 1 s).
    bool m_continueOwed = false;
    bool m_closing = false;
    bool m_waiting = false;
};

// The bytes of one response on the wire.
void serializeResponse(const HttpResponse &response, bool head, QByteArray &out);

} // namespace Switchboard::Router
