#pragma once

// One client connection's HTTP/1.1 conversation, whatever carries its bytes (the epoll
// transport for plain HTTP, QSslSocket for HTTPS): parses requests as bytes arrive, answers
// them in order (keep-alive, pipelining, Content-Length bodies), refuses oversized requests from
// their declared size, and knows when the connection is to close.
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

    void received(const char *data, qsizetype size) { m_buffer.append(data, size); }

    enum class Outcome {
        NeedMore,   // every complete request is answered (in out); wait for more bytes
        Deferred,   // an answer is being computed: run pending.work elsewhere, then complete()
        Close,      // send out, then close the connection
    };
    // Answers every complete request in the buffer, appending the answers to out.
    Outcome process(QByteArray &out, PendingAnswer *pending);
    // Sends the deferred answer (appended to out); then process() again for what follows.
    Outcome complete(PendingAnswer &pending, const HttpResponse &response, QByteArray &out);

    bool waiting() const { return m_waiting; }

private:
    enum ParseState { Incomplete, Complete, Refused };
    ParseState parse(HttpRequest &request, HttpResponse &response);
    static bool wantsClose(const HttpRequest &request);
    void answer(const HttpRequest &request, const HttpResponse &response, const QElapsedTimer &timer, QByteArray &out);

    const HttpServerOptions &m_options;
    const HttpHandler &m_handler;
    const HttpObserver &m_observer;
    QHostAddress m_peer;
    QByteArray m_peerText;
    QByteArray m_buffer;
    // A request whose headers are in but whose body is not: the bytes it needs in all (so a large
    // body arriving in many reads is not re-parsed each time), and whether the client waits for a
    // "100 Continue" before sending it (curl does for bodies over 1 MiB, and otherwise waits 1 s).
    qsizetype m_awaitedBytes = 0;
    bool m_continueOwed = false;
    bool m_closing = false;
    bool m_waiting = false;
};

// The bytes of one response on the wire.
void serializeResponse(const HttpResponse &response, bool head, QByteArray &out);

} // namespace Switchboard::Router
