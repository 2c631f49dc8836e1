// HttpSession on its own, with no socket: the bytes a client sends, in any chunking, against the
// bytes the session answers. Strict HTTP/1.1 (RFC 9112): every request a front proxy could read
// differently is refused with its status and the connection closes; the limits per route; the
// deadlines for headers and bodies; and the good behaviour clients rely on (pipelining,
// keep-alive, HTTP/1.0, Expect: 100-continue, Connection: close, absolute-form targets).

#include "AccessLog.h"

#include <QDateTime>
#include "HttpSession.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard::Router;

namespace {

struct Answer {
    int status = 0;
    QMap<QByteArray, QByteArray> headers;   // lower-cased names
    QByteArray body;
};

// The answers in the bytes a session wrote (a HEAD answer's body is not on the wire).
QList<Answer> answersIn(QByteArray out, bool head = false)
{
    QList<Answer> answers;
    for (;;) {
        const qsizetype end = out.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        Answer a;
        const QList<QByteArray> lines = out.left(end).split('\n');
        a.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            a.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = head || a.status == 100 ? 0 : a.headers.value("content-length").toLongLong();
        a.body = out.mid(end + 4, length);
        out.remove(0, end + 4 + length);
        answers.append(a);
    }
    return answers;
}

// A session with small limits, whose handler echoes what it was asked.
struct Harness {
    HttpServerOptions options;
    QList<HttpRequest> handled;
    QList<std::pair<HttpRequest, int>> observed;
    HttpHandler handler = [this](const HttpRequest &r) {
        handled.append(r);
        return HttpResponse::json(200, r.method + ' ' + r.path + " query=" + r.query + " body=" + r.body);
    };
    HttpObserver observer = [this](const HttpRequest &r, const HttpResponse &response, qint64) {
        observed.append({r, response.status});
    };
    std::unique_ptr<HttpSession> session;
    QByteArray out;
    PendingAnswer pending;
    HttpSession::Outcome outcome = HttpSession::Outcome::NeedMore;

    Harness()
    {
        options.maxHeaderBytes = 2048;
        options.maxRequestLineBytes = 1024;
        options.maxHeaderCount = 20;
        options.headerTimeoutMs = 10000;
        options.bodyTimeoutMs = 30000;
        options.minBodyBytesPerSecond = 100;
        options.maxBodyBytes = [](const QByteArray &method, const QByteArray &path) -> qint64 {
            return method == "PUT" && path == "/admin/v1/bundle" ? 1000 : 0;
        };
        session = std::make_unique<HttpSession>(options, handler, observer, QHostAddress::LocalHost);
    }
    // Sends bytes in chunks of `chunk` (0: all at once), each at time nowMs, until the session closes.
    void send(const QByteArray &bytes, qsizetype chunk = 0, qint64 nowMs = 1)
    {
        const qsizetype step = chunk > 0 ? chunk : qMax<qsizetype>(1, bytes.size());
        for (qsizetype i = 0; i < bytes.size() && outcome != HttpSession::Outcome::Close; i += step) {
            session->received(bytes.constData() + i, qMin(step, bytes.size() - i), nowMs);
            outcome = session->process(out, &pending);
        }
    }
    QList<int> statuses() const
    {
        QList<int> s;
        for (const Answer &a : answersIn(out))
            s.append(a.status);
        return s;
    }
    bool closed() const { return outcome == HttpSession::Outcome::Close; }
};

QByteArray get(const QByteArray &target, const QByteArray &headers = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: router\r\n" + headers + "\r\n";
}

} // namespace

class TestHttpSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requests_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<bool>("closes");
        QTest::addColumn<QByteArray>("firstEcho");   // the handler's echo of the first request; empty: not checked

        using L = QList<int>;
        // What clients send every day.
        QTest::newRow("get") << get("/healthz") << L{200} << false << QByteArray("GET /healthz query= body=");
        QTest::newRow("query") << get("/servicegw?config_profile=p&channel=kafka%3A%2F%2Fa%2Fb") << L{200} << false
                               << QByteArray("GET /servicegw query=config_profile=p&channel=kafka%3A%2F%2Fa%2Fb body=");
        QTest::newRow("pipelined") << get("/a") + get("/b") + get("/c") << L{200, 200, 200} << false << QByteArray("GET /a query= body=");
        QTest::newRow("connection close") << get("/a") + get("/b", "Connection: close\r\n") + get("/c") << L{200, 200} << true
                                          << QByteArray();
        QTest::newRow("connection keep-alive, close") << get("/a", "Connection: keep-alive, close\r\n") + get("/b") << L{200}
                                                      << true << QByteArray();
        QTest::newRow("http/1.0 closes") << QByteArray("GET /healthz HTTP/1.0\r\n\r\n") + get("/b") << L{200} << true
                                         << QByteArray("GET /healthz query= body=");
        QTest::newRow("http/1.0 keep-alive") << QByteArray("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /b HTTP/1.0\r\n\r\n")
                                             << L{200, 200} << true << QByteArray();
        QTest::newRow("body") << QByteArray("PUT /admin/v1/bundle HTTP/1.1\r\nHost: r\r\nContent-Length: 5\r\n\r\nhello") + get("/b")
                              << L{200, 200} << false << QByteArray("PUT /admin/v1/bundle query= body=hello");
        QTest::newRow("body at the limit") << "PUT /admin/v1/bundle HTTP/1.1\r\nHost: r\r\nContent-Length: 1000\r\n\r\n" + QByteArray(1000, 'x')
                                           << L{200} << false << QByteArray();
        QTest::newRow("content-length 0 on a lookup") << get("/servicegw", "Content-Length: 0\r\n") << L{200} << false << QByteArray();
        QTest::newRow("empty lines before a request") << "\r\n\r\n" + get("/a") << L{200} << false << QByteArray("GET /a query= body=");
        QTest::newRow("absolute-form") << QByteArray("GET http://router.example:8080/servicegw?a=b HTTP/1.1\r\nHost: other\r\n\r\n")
                                       << L{200} << false << QByteArray("GET /servicegw query=a=b body=");
        QTest::newRow("absolute-form https, no path") << QByteArray("GET HTTPS://router.example?x=1 HTTP/1.1\r\nHost: r\r\n\r\n")
                                                      << L{200} << false << QByteArray("GET / query=x=1 body=");
        QTest::newRow("header whitespace trimmed") << get("/a", "X-Thing: \t value \t\r\n") << L{200} << false << QByteArray();
        QTest::newRow("header without value") << get("/a", "X-Empty:\r\n") << L{200} << false << QByteArray();
        QTest::newRow("obs-text in a value") << get("/a", "X-Name: caf\xc3\xa9\r\n") << L{200} << false << QByteArray();

        // Framing a proxy could read differently: refused, and the connection closes.
        QTest::newRow("content-length 2^63-1 (the 71-byte attack)")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: a\r\nContent-Length: 9223372036854775807\r\n\r\n") << L{413} << true << QByteArray();
        QTest::newRow("content-length past 2^64") << get("/healthz", "Content-Length: 99999999999999999999999999\r\n") << L{413}
                                                  << true << QByteArray();
        QTest::newRow("content-length twice, differing") << get("/a", "Content-Length: 0\r\nContent-Length: 5\r\n") + "hello"
                                                         << L{400} << true << QByteArray();
        QTest::newRow("content-length twice, same") << get("/a", "Content-Length: 0\r\nContent-Length: 0\r\n") << L{400} << true
                                                    << QByteArray();
        QTest::newRow("content-length list") << get("/a", "Content-Length: 0, 0\r\n") << L{400} << true << QByteArray();
        QTest::newRow("content-length +5") << QByteArray("PUT /admin/v1/bundle HTTP/1.1\r\nHost: r\r\nContent-Length: +5\r\n\r\nhello")
                                           << L{400} << true << QByteArray();
        QTest::newRow("content-length -1") << get("/a", "Content-Length: -1\r\n") << L{400} << true << QByteArray();
        QTest::newRow("content-length hex") << get("/a", "Content-Length: 0x10\r\n") << L{400} << true << QByteArray();
        QTest::newRow("content-length with a space inside") << get("/a", "Content-Length: 1 0\r\n") << L{400} << true << QByteArray();
        QTest::newRow("content-length empty") << get("/a", "Content-Length:\r\n") << L{400} << true << QByteArray();
        QTest::newRow("whitespace before the colon") << get("/a", "Content-Length : 5\r\n") + "hello" << L{400} << true << QByteArray();
        QTest::newRow("tab before the colon") << get("/a", "Host\t: r\r\n") << L{400} << true << QByteArray();
        QTest::newRow("obs-fold") << get("/a", "X-A: b\r\n c\r\n") << L{400} << true << QByteArray();
        QTest::newRow("obs-fold with a tab") << get("/a", "X-A: b\r\n\tc\r\n") << L{400} << true << QByteArray();
        QTest::newRow("bare LF in the headers") << QByteArray("GET /a HTTP/1.1\r\nHost: r\nX-A: b\r\n\r\n") << L{400} << true << QByteArray();
        QTest::newRow("bare LF ending the request line") << QByteArray("GET /a HTTP/1.1\nHost: r\r\n\r\n") << L{400} << true << QByteArray();
        QTest::newRow("all LF") << QByteArray("GET /a HTTP/1.1\nHost: r\n\n") << L{400} << true << QByteArray();
        QTest::newRow("a lone LF") << QByteArray("\n") << L{400} << true << QByteArray();
        QTest::newRow("bare CR in a value") << get("/a", "X-A: b\rc\r\n") << L{400} << true << QByteArray();
        QTest::newRow("NUL in a value") << get("/a", QByteArray("X-A: b\0c\r\n", 10)) << L{400} << true << QByteArray();
        QTest::newRow("control character in a name") << get("/a", "X\x01: b\r\n") << L{400} << true << QByteArray();
        QTest::newRow("header line without colon") << get("/a", "NoColonHere\r\n") << L{400} << true << QByteArray();
        QTest::newRow("empty header name") << get("/a", ": b\r\n") << L{400} << true << QByteArray();
        QTest::newRow("transfer-encoding with content-length")
            << QByteArray("PUT /admin/v1/bundle HTTP/1.1\r\nHost: r\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
            << L{400} << true << QByteArray();
        QTest::newRow("transfer-encoding chunked") << get("/a", "Transfer-Encoding: chunked\r\n") + "0\r\n\r\n" << L{411} << true
                                                   << QByteArray();
        QTest::newRow("transfer-encoding not ending in chunked") << get("/a", "Transfer-Encoding: gzip\r\n") << L{400} << true
                                                                 << QByteArray();
        QTest::newRow("unknown transfer coding") << get("/a", "Transfer-Encoding: foo, chunked\r\n") << L{501} << true << QByteArray();
        QTest::newRow("unknown coding in a second header") << get("/a", "Transfer-Encoding: foo\r\nTransfer-Encoding: chunked\r\n")
                                                           << L{501} << true << QByteArray();
        QTest::newRow("transfer-encoding in HTTP/1.0") << QByteArray("GET /a HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << L{400}
                                                       << true << QByteArray();
        QTest::newRow("no host in HTTP/1.1") << QByteArray("GET /a HTTP/1.1\r\n\r\n") << L{400} << true << QByteArray();
        QTest::newRow("two hosts") << get("/a", "Host: other\r\n") << L{400} << true << QByteArray();
        QTest::newRow("an unmet expectation") << get("/a", "Expect: magic\r\n") << L{417} << true << QByteArray();

        // The request line.
        QTest::newRow("not a request line") << QByteArray("NONSENSE\r\n\r\n") << L{400} << true << QByteArray();
        QTest::newRow("two spaces") << QByteArray("GET  /a HTTP/1.1\r\nHost: r\r\n\r\n") << L{400} << true << QByteArray();
        QTest::newRow("space in the target") << QByteArray("GET /a b HTTP/1.1\r\nHost: r\r\n\r\n") << L{400} << true << QByteArray();
        QTest::newRow("control character in the method") << QByteArray("G\x01T /a HTTP/1.1\r\nHost: r\r\n\r\n") << L{400} << true
                                                          << QByteArray();
        QTest::newRow("quote in the method (a forged log line)") << QByteArray("GET\" /a HTTP/1.1\r\nHost: r\r\n\r\n") << L{400}
                                                                 << true << QByteArray();
        QTest::newRow("DEL in the target") << QByteArray("GET /a\x7f HTTP/1.1\r\nHost: r\r\n\r\n") << L{400} << true << QByteArray();
        QTest::newRow("non-ASCII in the target") << QByteArray("GET /caf\xc3\xa9 HTTP/1.1\r\nHost: r\r\n\r\n") << L{400} << true
                                                 << QByteArray();
        QTest::newRow("relative target") << QByteArray("GET healthz HTTP/1.1\r\nHost: r\r\n\r\n") << L{400} << true << QByteArray();
        QTest::newRow("absolute-form without host") << QByteArray("GET http:///a HTTP/1.1\r\nHost: r\r\n\r\n") << L{400} << true
                                                    << QByteArray();
        QTest::newRow("asterisk for GET") << QByteArray("GET * HTTP/1.1\r\nHost: r\r\n\r\n") << L{400} << true << QByteArray();
        QTest::newRow("HTTP/2.0") << QByteArray("GET /a HTTP/2.0\r\nHost: r\r\n\r\n") << L{505} << true << QByteArray();
        QTest::newRow("HTTP/1.1 with trailing bytes") << QByteArray("GET /a HTTP/1.10\r\nHost: r\r\n\r\n") << L{400} << true << QByteArray();
        QTest::newRow("lower-case version") << QByteArray("GET /a http/1.1\r\nHost: r\r\n\r\n") << L{400} << true << QByteArray();

        // Limits: per route, refused from what is declared, before the rest arrives.
        QTest::newRow("body on a lookup") << get("/servicegw", "Content-Length: 10\r\n") << L{413} << true << QByteArray();
        QTest::newRow("body on healthz") << QByteArray("POST /healthz HTTP/1.1\r\nHost: r\r\nContent-Length: 1\r\n\r\n") << L{413} << true
                                         << QByteArray();
        QTest::newRow("bundle past its limit") << QByteArray("PUT /admin/v1/bundle HTTP/1.1\r\nHost: r\r\nContent-Length: 1001\r\n\r\n")
                                               << L{413} << true << QByteArray();
        QTest::newRow("request line too long") << "GET /" + QByteArray(1100, 'a') + " HTTP/1.1\r\nHost: r\r\n\r\n" << L{414} << true
                                               << QByteArray();
        QTest::newRow("request line too long, unfinished") << "GET /" + QByteArray(1100, 'a') << L{414} << true << QByteArray();
        QTest::newRow("header section too large") << get("/a", "X-Filler: " + QByteArray(2100, 'a') + "\r\n") << L{431} << true
                                                  << QByteArray();
        QTest::newRow("header section too large, unterminated") << "GET /a HTTP/1.1\r\nX-Filler: " + QByteArray(2100, 'a') << L{431}
                                                                << true << QByteArray();
        QTest::newRow("many tiny headers") << "GET /a HTTP/1.1\r\n" + QByteArray("a:\r\n").repeated(600) << L{431} << true << QByteArray();
        QByteArray many;
        for (int i = 0; i < 21; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("too many headers") << get("/a", many) << L{431} << true << QByteArray();
        QTest::newRow("a refusal ends the conversation") << get("/a", "Content-Length: +0\r\n") + get("/b") << L{400} << true
                                                         << QByteArray();
    }

    void requests()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<int>, statuses);
        QFETCH(bool, closes);
        QFETCH(QByteArray, firstEcho);
        // All at once, a byte at a time, and in odd pieces: the same answers.
        for (const qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(7)}) {
            Harness h;
            h.send(bytes, chunk);
            QCOMPARE(h.statuses(), statuses);
            QCOMPARE(h.closed(), closes);
            const QList<Answer> answers = answersIn(h.out);
            if (closes && !answers.isEmpty())
                QCOMPARE(answers.constLast().headers.value("connection"), QByteArray("close"));
            if (!firstEcho.isEmpty())
                QCOMPARE(answers.value(0).body, firstEcho);
            // Every answer reached the observer (the access log, the metrics).
            QCOMPARE(h.observed.size(), statuses.size());
        }
    }

    // A refused request reaches the log with nothing the client made up in it: no method or
    // target that failed the grammar.
    void refusedRequestsAreObservedWithoutTheirBytes()
    {
        Harness h;
        h.send("GET\"\n /x HTTP/1.1\r\n\r\n");
        QCOMPARE(h.statuses(), QList<int>{400});
        QCOMPARE(h.observed.size(), 1);
        QVERIFY(h.observed.first().first.method.isEmpty());
        QVERIFY(h.observed.first().first.target.isEmpty());
    }

    void accessLogLineCannotBeForged()
    {
        QTemporaryDir dir;
        AccessLog log;
        QVERIFY(log.open(dir.filePath(QStringLiteral("access.log")), nullptr));
        log.record("127.0.0.1", "GET\n2026-01-01T00:00:00Z 10.0.0.1 \"GET", "/a\r\nforged\" 200", 200, 1, 1, QString(), 1);
        log.flush();
        QFile file(dir.filePath(QStringLiteral("access.log")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(text.count('\n'), 1);
        QVERIFY(!text.contains('\r'));
        QCOMPARE(text.count('"'), 2);   // only the two that quote the request
    }

    // Each access-log line, as an operator reads it: ISO time with milliseconds, the client,
    // the request with secret-looking query values masked, status, bytes, microseconds, who
    // asked and the bundle version.
    void accessLogLine_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("application");
        QTest::addColumn<QByteArray>("expected");   // after the timestamp

        QTest::newRow("lookup") << QByteArray("GET") << QByteArray("/servicegw?config_profile=p&channel=kafka%3A%2F%2Fa%2Fb")
                                << QStringLiteral("billing")
                                << QByteArray(" 10.1.2.3 \"GET /servicegw?config_profile=p&channel=kafka%3A%2F%2Fa%2Fb\" 200 368 12us app=billing bundle=7\n");
        QTest::newRow("secrets masked") << QByteArray("GET") << QByteArray("/servicegw?Token=abc&x=1&myPassword&authKey=z&apikey=q")
                                        << QString()
                                        << QByteArray(" 10.1.2.3 \"GET /servicegw?Token=***&x=1&myPassword=***&authKey=***&apikey=***\" 200 368 12us app=- bundle=7\n");
        QTest::newRow("no query") << QByteArray("HEAD") << QByteArray("/healthz") << QString()
                                  << QByteArray(" 10.1.2.3 \"HEAD /healthz\" 200 368 12us app=- bundle=7\n");
        QTest::newRow("empty method, odd bytes") << QByteArray() << QByteArray("/a\"b\x01\xc3\xa9") << QStringLiteral("caf\u00e9")
                                                 << QByteArray(" 10.1.2.3 \"- /a?b???\" 200 368 12us app=caf\xc3\xa9 bundle=7\n");
    }

    void accessLogLine()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QString, application);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        AccessLog log;
        QVERIFY(log.open(dir.filePath(QStringLiteral("access.log")), nullptr));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        log.record("10.1.2.3", method, target, 200, 368, 12, application, 7);
        log.flush();
        QFile file(dir.filePath(QStringLiteral("access.log")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        const qsizetype space = text.indexOf(' ');
        QCOMPARE(text.mid(space), expected);
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(text.left(space)), Qt::ISODateWithMs);
        QVERIFY2(at.isValid() && text.left(space).endsWith('Z') && space == 24, text.constData());
        QVERIFY(qAbs(at.msecsTo(before)) < 5000);
    }

    // A request a handler keeps (a copy) holds its own bytes: the read buffer it was parsed from
    // is reused by the next request on the connection.
    void keptRequestsOwnTheirBytes()
    {
        Harness h;
        h.send(get("/first?a=1", "X-Thing: one\r\n"));
        h.send(get("/second?b=22", "X-Thing: two, longer\r\n") + get("/third"));
        QCOMPARE(h.statuses(), (QList<int>{200, 200, 200}));
        QCOMPARE(h.handled.size(), 3);
        QCOMPARE(h.handled.at(0).path, QByteArray("/first"));
        QCOMPARE(h.handled.at(0).query, QByteArray("a=1"));
        QCOMPARE(h.handled.at(0).header("x-thing"), QByteArray("one"));
        QCOMPARE(h.handled.at(1).target, QByteArray("/second?b=22"));
        QCOMPARE(h.handled.at(1).header("x-thing"), QByteArray("two, longer"));
        QCOMPARE(h.handled.at(2).path, QByteArray("/third"));
        QVERIFY(h.handled.at(2).query.isNull());
        QCOMPARE(h.observed.at(0).first.method, QByteArray("GET"));
        QCOMPARE(h.observed.at(0).first.path, QByteArray("/first"));
    }

    void expectContinue()
    {
        Harness h;
        const QByteArray head = "PUT /admin/v1/bundle HTTP/1.1\r\nHost: r\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n";
        h.send(head);
        QCOMPARE(h.statuses(), QList<int>{100});   // the client waits for this before sending the body
        h.send("hello");
        QCOMPARE(h.statuses(), (QList<int>{100, 200}));
        QCOMPARE(answersIn(h.out).value(1).body, QByteArray("PUT /admin/v1/bundle query= body=hello"));
        // The body already there: no interim answer.
        h.out.clear();
        h.send(head + "hello");
        QCOMPARE(h.statuses(), QList<int>{200});
        // HTTP/1.0 clients do not know 100 Continue.
        Harness old;
        old.send("PUT /admin/v1/bundle HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
        QVERIFY(old.out.isEmpty());
        old.send("hello");
        QCOMPARE(old.statuses(), QList<int>{200});
        // A body refused from its declared size: no 100, a 413 at once.
        Harness refused;
        refused.send("PUT /admin/v1/bundle HTTP/1.1\r\nHost: r\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n");
        QCOMPARE(refused.statuses(), QList<int>{413});
        QVERIFY(refused.closed());
    }

    void headAnswersWithoutBody()
    {
        Harness h;
        h.send("HEAD /healthz HTTP/1.1\r\nHost: r\r\n\r\n" + get("/b"));
        const QList<Answer> answers = answersIn(h.out, true);
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.at(0).status, 200);
        QVERIFY(answers.at(0).headers.value("content-length").toInt() > 0);   // the length a GET would have
        QVERIFY(answers.at(1).body.isEmpty());   // read as if HEAD: the GET's answer starts right after the HEAD's headers
        QVERIFY(h.out.endsWith("GET /b query= body="));
    }

    // A slow client cannot keep a connection: its headers have a deadline from their first byte,
    // and the bytes that trickle in do not push it back.
    void headerDeadline()
    {
        Harness h;
        QCOMPARE(h.session->deadlineMs(), 0);   // idle: the transport's idle timeout applies
        h.send("G", 0, 1000);
        QCOMPARE(h.session->deadlineMs(), 11000);
        h.send("ET /a HTTP/1.1\r\n", 0, 5000);
        h.send("Host: r\r\n", 0, 9000);
        QCOMPARE(h.session->deadlineMs(), 11000);
        h.session->timedOut(h.out);
        QCOMPARE(h.statuses(), QList<int>{408});
        QCOMPARE(answersIn(h.out).value(0).headers.value("connection"), QByteArray("close"));
        QVERIFY(h.session->closing());
        QCOMPARE(h.observed.size(), 1);
        QCOMPARE(h.observed.first().second, 408);
        // A complete request clears it; the next request's clock starts at its own first byte.
        Harness k;
        k.send(get("/a"), 0, 1000);
        QCOMPARE(k.session->deadlineMs(), 0);
        k.send("GET /b", 0, 50000);
        QCOMPARE(k.session->deadlineMs(), 60000);
        // Pipelined bytes behind an answered request start their clock when it was answered.
        Harness p;
        p.send(get("/a") + "GET /b", 0, 2000);
        QCOMPARE(p.session->deadlineMs(), 12000);
    }

    // A body has its own deadline from the end of the headers: a base time plus its declared
    // length at the slowest rate accepted.
    void bodyDeadline()
    {
        Harness h;   // 30 s + length / (100 bytes/s)
        h.send("PUT /admin/v1/bundle HTTP/1.1\r\nHost: r\r\nContent-Length: 1000\r\n\r\n", 0, 3000);
        QCOMPARE(h.session->deadlineMs(), 3000 + 30000 + 10000);
        h.send(QByteArray(500, 'x'), 0, 20000);
        QCOMPARE(h.session->deadlineMs(), 43000);
        h.send(QByteArray(500, 'x'), 0, 21000);
        QCOMPARE(h.statuses(), QList<int>{200});
        QCOMPARE(h.session->deadlineMs(), 0);
    }

    // A header section trickling in a byte at a time is parsed in time linear in its size (each
    // byte looked at once), not rescanned per byte. Judged by how the time grows, not by a wall
    // clock that depends on the machine and its load (and on a sanitizer build): eight times the
    // bytes take about eight times as long when linear, sixty-four times when rescanned.
    void tricklingHeadersAreNotRescanned()
    {
        Harness h;
        h.options.maxHeaderBytes = 4 << 20;
        h.options.maxHeaderCount = 1 << 20;
        const auto trickle = [&](int size) {
            HttpSession session(h.options, h.handler, h.observer, QHostAddress::LocalHost);
            const QByteArray bytes = "GET /a HTTP/1.1\r\nHost: r\r\nX-Long: " + QByteArray(size, 'a');
            QElapsedTimer timer;
            timer.start();
            for (const char c : bytes) {
                session.received(&c, 1, 1);
                if (session.process(h.out, &h.pending) != HttpSession::Outcome::NeedMore)
                    return qint64(-1);
            }
            return qMax<qint64>(1, timer.nsecsElapsed() / 1000);
        };
        const qint64 small = trickle(128 << 10);
        const qint64 large = trickle(1 << 20);
        QVERIFY2(small > 0 && large > 0, "a trickled header section was answered before it was complete");
        QVERIFY2(large < 24 * small, qPrintable(QStringLiteral("128 KiB took %1 us, 1 MiB %2 us").arg(small).arg(large)));
    }

    // After a refusal, nothing more is read into memory.
    void nothingIsBufferedAfterARefusal()
    {
        Harness h;
        h.send(get("/servicegw", "Content-Length: 10000000\r\n"));
        QCOMPARE(h.statuses(), QList<int>{413});
        const QByteArray chunk(64 * 1024, 'x');
        for (int i = 0; i < 10; ++i)
            h.session->received(chunk.constData(), chunk.size(), 1);
        QCOMPARE(h.session->process(h.out, &h.pending), HttpSession::Outcome::Close);
        QCOMPARE(h.statuses(), QList<int>{413});
    }
};

QTEST_GUILESS_MAIN(TestHttpSession)
#include "tst_httpsession.moc"
