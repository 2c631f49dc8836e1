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
// A handler may defer its answer (HttpResponse::later, e.g. a bundle install): the session then
// hands the work out and answers nothing else on this connection until complete() is called,
// so pipelined answers stay in order.

#include "HttpServer.h"

#include <QElapsedTimer>

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
    ParseState parse(HttpRequest &request, HttpResponse &response);
    ParseState parseRequestLine(const char *line, qsizetype size, HttpResponse &response);
    ParseState parseHeaderLine(const char *line, qsizetype size, HttpResponse &response);
    ParseState headersDone(HttpResponse &response);
    void reset();
    static bool wantsClose(const HttpRequest &request);
    void answer(const HttpRequest &request, const HttpResponse &response, const QElapsedTimer &timer, QByteArray &out);

    const HttpServerOptions &m_options;
    const HttpHandler &m_handler;
    const HttpObserver &m_observer;
    QHostAddress m_peer;
    QByteArray m_peerText;
    QByteArray m_buffer;

    // The request being parsed. Lines before m_lineStart are parsed; the search for the next
    // line's end resumes at m_scanFrom (so a header trickling in is not rescanned per byte).
    Phase m_phase = Phase::RequestLine;
    HttpRequest m_request;
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
