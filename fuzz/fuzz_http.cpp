// libFuzzer harness for the router's HTTP/1.1 parser: HttpSession fed arbitrary bytes in an
// arbitrary chunking, with arbitrary clock steps and deadlines, against the limits the service
// runs with (small ones here, so that they are reached). Beyond memory safety (ASan, UBSan) it
// checks what must hold for any input: the output is a sequence of well-formed answers, nothing
// is answered after a closing answer, and the session never buffers past its limits.
//
// Input layout: the first byte picks the chunk size (1..64), then the rest is the stream.

#include "HttpSession.h"

#include <QCoreApplication>

#include <cstdlib>
#include <cstring>
#include <vector>

using namespace Switchboard::Router;

namespace {

HttpServerOptions makeOptions()
{
    HttpServerOptions options;
    options.maxHeaderBytes = 2048;
    options.maxRequestLineBytes = 512;
    options.maxHeaderCount = 16;
    options.headerTimeoutMs = 1000;
    options.bodyTimeoutMs = 1000;
    options.minBodyBytesPerSecond = 1000;
    options.maxBodyBytes = [](const QByteArray &method, const QByteArray &path) -> qint64 {
        return method == "PUT" && path == "/admin/v1/bundle" ? 4096 : 0;
    };
    return options;
}

// Each answer starts with a status line, carries a Content-Length that frames it exactly (a
// HEAD answer's body is not sent: heads[i] says which answers are to HEAD requests).
void checkAnswers(const QByteArray &out, const std::vector<bool> &heads)
{
    qsizetype at = 0;
    std::size_t answer = 0;
    while (at < out.size()) {
        if (!out.mid(at, 9).startsWith("HTTP/1.1 "))
            abort();
        const qsizetype end = out.indexOf("\r\n\r\n", at);
        if (end < 0)
            abort();
        const QByteArray headers = out.mid(at, end - at);
        if (headers.startsWith("HTTP/1.1 100 ")) {
            at = end + 4;
            continue;
        }
        const qsizetype cl = headers.indexOf("\r\nContent-Length: ");
        if (cl < 0)
            abort();
        const qsizetype clEnd = headers.indexOf("\r\n", cl + 2);
        const qint64 length = headers.mid(cl + 18, (clEnd < 0 ? headers.size() : clEnd) - cl - 18).toLongLong();
        if (answer >= heads.size())
            abort();   // an answer the observer was not told of
        const bool head = heads[answer++];
        at = end + 4 + (head ? 0 : length);
        if (at > out.size())
            abort();
    }
    if (answer != heads.size())
        abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_http";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static const HttpServerOptions options = makeOptions();
    static const HttpHandler handler = [](const HttpRequest &request) {
        if (request.path == "/later") {
            HttpResponse deferred;
            deferred.later = [] { return HttpResponse::json(200, "{}"); };
            return deferred;
        }
        HttpResponse r = HttpResponse::json(200, request.method + ' ' + request.path + '?' + request.query);
        r.close = request.path == "/close";
        return r;
    };
    // HEAD answers carry no body: their framing cannot be checked from the output alone.
    static std::vector<bool> heads;
    static const HttpObserver observer = [](const HttpRequest &request, const HttpResponse &, qint64) {
        heads.push_back(request.method == "HEAD");
    };
    heads.clear();
    if (size == 0)
        return 0;
    const qsizetype chunk = 1 + data[0] % 64;
    ++data;
    --size;

    HttpSession session(options, handler, observer, QHostAddress::LocalHost);
    QByteArray out;
    PendingAnswer pending;
    qint64 now = 1;
    bool closed = false;
    for (size_t i = 0; i < size && !closed; i += size_t(chunk)) {
        const qsizetype n = qMin<qsizetype>(chunk, qsizetype(size - i));
        now += data[i] % 8 * 100;
        session.received(reinterpret_cast<const char *>(data + i), n, now);
        HttpSession::Outcome outcome = session.process(out, &pending);
        while (outcome == HttpSession::Outcome::Deferred) {
            const HttpResponse result = pending.work();
            outcome = session.complete(pending, result, out);
            pending = {};
            if (outcome != HttpSession::Outcome::Close)
                outcome = session.process(out, &pending);
        }
        if (outcome == HttpSession::Outcome::Close) {
            closed = true;
            break;
        }
        const qint64 deadline = session.deadlineMs();
        if (deadline > 0 && now > deadline) {
            session.timedOut(out);
            closed = true;
        }
    }
    checkAnswers(out, heads);
    if (closed) {
        // Nothing more is answered after a closing answer.
        const qsizetype before = out.size();
        session.received("GET / HTTP/1.1\r\nHost: a\r\n\r\n", 27, now);
        session.process(out, &pending);
        if (out.size() != before)
            abort();
    }
    return 0;
}
