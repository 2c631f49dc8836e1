// The real switchboard-router process: the wire protocol of GET /servicegw and GET
// /service-locator (status codes, bodies, headers), caching, health and metrics, bundle
// installs and refusals over PUT /admin/v1/bundle, the kept bundle across a restart, limits,
// the access log and a clean stop on SIGTERM.

#include "RouterHarness.h"

#include "bundle/SharedBoxKey.h"
#include "bundle/SignedBundle.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sched.h>
#include <sys/resource.h>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {
const QString kHost = QStringLiteral("billing.example.com");
QString ch(const QString &name) { return QStringLiteral("kafka://billing.example.com/") + name; }
const QString kBillingToken = QStringLiteral("sbt_billing_token_0123456789abcdef");
const QString kShippingToken = QStringLiteral("sbt_shipping_token_0123456789abcdef");
const QString kPassword = QStringLiteral("alice-password-in-bundle");
using Headers = QList<std::pair<QByteArray, QByteArray>>;

// A keep-alive client: requests on one connection, answers read by their Content-Length.
class KeepAliveClient {
public:
    explicit KeepAliveClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
    }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        // waitForBytesWritten returns after each chunk the kernel takes: loop until all is out.
        while (m_socket.bytesToWrite() > 0 && m_socket.waitForBytesWritten(5000)) {
        }
    }
    // The next whole answer, or status 0 when none came within the time.
    HttpReply read(int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                HttpReply reply;
                const QList<QByteArray> lines = m_buffer.left(end).split('\n');
                reply.status = lines.value(0).split(' ').value(1).toInt();
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines.at(i).indexOf(':');
                    if (colon > 0)
                        reply.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
                }
                const qsizetype length = reply.headers.value("content-length").toLongLong();
                if (m_buffer.size() >= end + 4 + length) {
                    reply.body = m_buffer.mid(end + 4, length);
                    m_buffer.remove(0, end + 4 + length);
                    return reply;
                }
            }
            const qint64 left = timeoutMs - timer.elapsed();
            if (left <= 0 || (!m_socket.waitForReadyRead(int(left)) && m_socket.bytesAvailable() == 0))
                return {};
            m_buffer += m_socket.readAll();
        }
    }
    // True when the server closed the connection within the time (after any answers).
    bool closedByServer(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
            if (m_socket.waitForReadyRead(100))
                m_buffer += m_socket.readAll();
        }
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray getRequest(const QByteArray &target, const QByteArray &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}
} // namespace

class TestRouterProcess : public QObject {
    Q_OBJECT

    BundleKeys m_keys;
    std::unique_ptr<RouterProcess> m_router;
    qint64 m_version = 0;

    BundlePayload payload(qint64 version, const QString &invoicesTopic = QStringLiteral("c0t3")) const
    {
        BundlePayload p = emptyPayload(m_keys, version);
        p.clusters = {BundleCluster{1, QStringLiteral("prod-eu"), QStringLiteral("prod"), QStringLiteral("b1:9092"), QStringLiteral("SASL_SSL")},
                      BundleCluster{2, QStringLiteral("prod-us"), QStringLiteral("prod"), QStringLiteral("b2:9092"), QStringLiteral("SASL_SSL")}};
        p.channels = {BundleChannel{1, ch(QStringLiteral("invoices")), {BundleBinding{1, QStringLiteral("prod"), 1, invoicesTopic}}},
                      BundleChannel{2, ch(QStringLiteral("refunds")), {BundleBinding{2, QStringLiteral("prod"), 1, QStringLiteral("c0t2")}}},
                      BundleChannel{3, ch(QStringLiteral("ledger")), {BundleBinding{3, QStringLiteral("prod"), 2, QStringLiteral("us-ledger")}}},
                      BundleChannel{4, ch(QStringLiteral("audit")), {BundleBinding{4, QStringLiteral("prod"), 1, QStringLiteral("audit-prod")},
                                                                     BundleBinding{5, QStringLiteral("dev"), 1, QStringLiteral("audit-dev")}}},
                      BundleChannel{5, QStringLiteral("kafka://shop.example.com/orders"), {BundleBinding{6, QStringLiteral("prod"), 1, QStringLiteral("orders")}}},
                      // Not spelled canonically (another portal's writer): the service canonicalises it.
                      BundleChannel{6, QStringLiteral(" KAFKA://Shop.Example.COM/returns"), {BundleBinding{7, QStringLiteral("prod"), 1, QStringLiteral("returns-t")}}}};
        p.rules = {BundleRule{1, QStringLiteral("prod"), kHost, QStringLiteral("t1/*"), QStringLiteral("c1{1}"), 1}};
        p.profiles = {BundleProfile{QStringLiteral("durableWrite"), QStringLiteral("producer"), QString(),
                                    QJsonObject{{QStringLiteral("acks"), QStringLiteral("all")}, {QStringLiteral("retries"), 3},
                                                {QStringLiteral("enable.idempotence"), true}}},
                      BundleProfile{QStringLiteral("safeConsumer"), QStringLiteral("consumer"), QString(),
                                    QJsonObject{{QStringLiteral("enable.auto.commit"), false}}}};
        BundleApplication billing;
        billing.id = 5;
        billing.name = QStringLiteral("billing");
        billing.tokenHashes = {m_keys.hashToken(kBillingToken)};
        for (const QString &c : {QStringLiteral("invoices"), QStringLiteral("refunds"), QStringLiteral("ledger"),
                                 QStringLiteral("audit"), QStringLiteral("t1/orders")})
            billing.grants.append(BundleGrant{0, ch(c), QStringLiteral("produce"), {}, false});
        billing.grants.append(BundleGrant{0, ch(QStringLiteral("invoices")), QStringLiteral("consume"), QStringLiteral("billing-"), true});
        billing.grants.append(BundleGrant{0, QStringLiteral("kafka://shop.example.com/orders"), QStringLiteral("produce"), {}, false});
        billing.grants.append(BundleGrant{0, QStringLiteral("Kafka://SHOP.example.com/returns"), QStringLiteral("produce"), {}, false});
        billing.credentials = {credential(m_keys, 1, QStringLiteral("alice"), kPassword),
                               credential(m_keys, 2, QStringLiteral("alice-us"), QStringLiteral("us-password"))};
        BundleApplication shipping;
        shipping.id = 6;
        shipping.name = QStringLiteral("shipping");
        shipping.tokenHashes = {m_keys.hashToken(kShippingToken)};
        shipping.grants.append(BundleGrant{0, ch(QStringLiteral("refunds")), QStringLiteral("consume"), QStringLiteral("ship"), false});
        p.applications = {billing, shipping};
        return p;
    }

    HttpReply push(const QByteArray &envelope) { return push(m_router->port(), envelope); }
    static HttpReply push(quint16 port, const QByteArray &envelope) { return httpRequest(port, "PUT", "/admin/v1/bundle", {}, envelope); }
    HttpReply gw(const QByteArray &query, const QByteArray &auth = basicAuth(QStringLiteral("billing"), kBillingToken),
                 const Headers &extra = {})
    {
        Headers headers = extra;
        if (!auth.isEmpty())
            headers.append({"Authorization", auth});
        return httpRequest(m_router->port(), "GET", "/servicegw?" + query, headers);
    }
    static QByteArray q(const QString &text) { return QUrl::toPercentEncoding(text); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(BundleCrypto::initialize());
        m_router = std::make_unique<RouterProcess>(m_keys);
        QString error;
        QVERIFY2(m_router->start(&error), qPrintable(error));
        // No bundle yet: the service says so instead of guessing.
        const HttpReply none = gw("config_profile=durableWrite&channel=" + q(ch(QStringLiteral("invoices"))));
        QCOMPARE(none.status, 503);
        QCOMPARE(httpRequest(m_router->port(), "GET", "/healthz").status, 503);
        m_version = 10;
        const HttpReply pushed = push(signPayload(payload(m_version), m_keys.portal));
        QVERIFY2(pushed.status == 200, pushed.body.constData());
        QCOMPARE(pushed.json().value(QStringLiteral("version")).toInteger(), m_version);
    }

    void serviceGw_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("auth");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expect");   // a JSON path=value, or a part of the message

        const QByteArray billing = basicAuth(QStringLiteral("billing"), kBillingToken);
        const QByteArray invoices = "channel=" + q(ch(QStringLiteral("invoices")));
        QTest::newRow("single channel") << "config_profile=durableWrite&" + invoices << billing << 200
                                        << "channel_mapping.invoices=c0t3";
        QTest::newRow("indexed channels") << "config_profile=durableWrite&channel[0]=" + q(ch(QStringLiteral("invoices")))
                                                 + "&channel[1]=" + q(ch(QStringLiteral("refunds")))
                                          << billing << 200 << "channel_mapping.refunds=c0t2";
        QTest::newRow("indexed, brackets encoded") << "config_profile=durableWrite&channel%5B0%5D=" + q(ch(QStringLiteral("refunds")))
                                                   << billing << 200 << "channel_mapping.refunds=c0t2";
        QTest::newRow("non-canonical spellings in the bundle") << "config_profile=durableWrite&channel="
                                                                      + q(QStringLiteral("kafka://shop.example.com/returns"))
                                                               << billing << 200 << "channel_mapping.returns=returns-t";
        QTest::newRow("rule routes") << "config_profile=durableWrite&channel=" + q(ch(QStringLiteral("t1/orders"))) << billing
                                     << 200 << "channel_mapping.orders=c1orders";
        QTest::newRow("kafka.env picks dev") << "config_profile=durableWrite&kafka.env=dev&channel=" + q(ch(QStringLiteral("audit")))
                                             << billing << 200 << "channel_mapping.audit=audit-dev";
        QTest::newRow("kafka.env picks prod") << "config_profile=durableWrite&kafka.env=prod&channel=" + q(ch(QStringLiteral("audit")))
                                              << billing << 200 << "channel_mapping.audit=audit-prod";
        QTest::newRow("unknown dotted extras ignored") << "config_profile=durableWrite&kafka.client=java&x.y=1&" + invoices
                                                       << billing << 200 << "connection.bootstrap.servers=b1:9092";
        QTest::newRow("profile type matches") << "config_profile=durableWrite&config_profile.type=producer&" + invoices
                                              << billing << 200 << "configuration.retries=3";
        QTest::newRow("consumer profile, consume grant") << "config_profile=safeConsumer&" + invoices << billing << 200
                                                         << "configuration.enable.auto.commit=false";
        QTest::newRow("user part may be empty") << "config_profile=durableWrite&" + invoices
                                                << basicAuth(QString(), kBillingToken) << 200 << "credentials.sasl.username=alice";

        QTest::newRow("environment needed") << "config_profile=durableWrite&channel=" + q(ch(QStringLiteral("audit"))) << billing
                                            << 400 << "say which";
        QTest::newRow("profile type mismatch") << "config_profile=durableWrite&config_profile.type=consumer&" + invoices
                                               << billing << 400 << "pick a consumer profile";
        QTest::newRow("no profile") << invoices << billing << 400 << "config_profile=";
        QTest::newRow("no channel") << QByteArray("config_profile=durableWrite") << billing << 400 << "channel=kafka://";
        QTest::newRow("malformed uri") << QByteArray("config_profile=durableWrite&channel=http%3A%2F%2Fx") << billing << 400
                                       << "malformed";
        QTest::newRow("different hosts") << "config_profile=durableWrite&channel[0]=" + q(ch(QStringLiteral("invoices")))
                                                + "&channel[1]=" + q(QStringLiteral("kafka://shop.example.com/orders"))
                                         << billing << 400 << "different hosts";
        QTest::newRow("no auth") << "config_profile=durableWrite&" + invoices << QByteArray() << 401 << "Basic auth";
        QTest::newRow("wrong token") << "config_profile=durableWrite&" + invoices
                                     << basicAuth(QStringLiteral("billing"), QStringLiteral("sbt_wrong")) << 401 << "wrong";
        QTest::newRow("token of another app") << "config_profile=durableWrite&" + invoices
                                              << basicAuth(QStringLiteral("billing"), kShippingToken) << 401 << "wrong";
        QTest::newRow("not basic") << "config_profile=durableWrite&" + invoices << QByteArray("Bearer abc") << 401 << "Basic";
        QTest::newRow("unknown profile") << "config_profile=fastAndLoose&" + invoices << billing << 404 << "unknown profile fastAndLoose";
        QTest::newRow("no route") << "config_profile=durableWrite&channel=" + q(ch(QStringLiteral("nowhere"))) << billing << 404
                                  << "no binding";
        QTest::newRow("two clusters") << "config_profile=durableWrite&channel[0]=" + q(ch(QStringLiteral("invoices")))
                                             + "&channel[1]=" + q(ch(QStringLiteral("ledger")))
                                      << billing << 409 << "prod-us";
        QTest::newRow("no grant") << "config_profile=durableWrite&" + invoices
                                  << basicAuth(QStringLiteral("shipping"), kShippingToken) << 403 << "no produce grant";
        QTest::newRow("no consume grant") << "config_profile=safeConsumer&channel=" + q(ch(QStringLiteral("refunds")))
                                          << billing << 403 << "consume";
    }

    void serviceGw()
    {
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, auth);
        QFETCH(int, status);
        QFETCH(QString, expect);
        const HttpReply reply = gw(query, auth);
        QVERIFY2(reply.status == status, qPrintable(QStringLiteral("%1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body))));
        QCOMPARE(reply.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(!reply.body.contains(kBillingToken.toUtf8()));
        const QJsonObject json = reply.json();
        if (status == 200) {
            const qsizetype eq = expect.indexOf(QLatin1Char('='));
            const QString section = expect.left(eq).section(QLatin1Char('.'), 0, 0);
            const QString key = expect.left(eq).section(QLatin1Char('.'), 1);
            const QJsonValue value = json.value(section).toObject().value(key);
            QVERIFY2(!value.isUndefined(), qPrintable(expect + QStringLiteral(" in ") + QString::fromUtf8(reply.body)));
            QCOMPARE(value.isString() ? value.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1),
                     expect.mid(eq + 1));
            // The whole shape, every time: the SDK merges these three into one client config.
            for (const char *part : {"connection", "channel_mapping", "configuration", "credentials"})
                QVERIFY2(json.value(QLatin1String(part)).isObject(), part);
            QCOMPARE(json.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("security.protocol")).toString(),
                     QStringLiteral("SASL_SSL"));
            QCOMPARE(json.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("sasl.mechanisms")).toString(),
                     QStringLiteral("PLAIN"));
            QVERIFY(reply.headers.value("etag").startsWith('"'));
        } else {
            const QString message = json.value(QStringLiteral("message")).toString();
            QVERIFY2(message.contains(expect), qPrintable(message));
            QVERIFY(!reply.body.contains(kPassword.toUtf8()));
            if (status == 401)
                QVERIFY(reply.headers.value("www-authenticate").startsWith("Basic"));
        }
    }

    void typedConfiguration()
    {
        const HttpReply reply = gw("config_profile=durableWrite&channel=" + q(ch(QStringLiteral("invoices"))));
        QCOMPARE(reply.status, 200);
        const QJsonObject config = reply.json().value(QStringLiteral("configuration")).toObject();
        QVERIFY(config.value(QStringLiteral("retries")).isDouble());
        QVERIFY(config.value(QStringLiteral("enable.idempotence")).isBool());
        QCOMPARE(config.value(QStringLiteral("acks")).toString(), QStringLiteral("all"));
        QCOMPARE(reply.json().value(QStringLiteral("credentials")).toObject().value(QStringLiteral("sasl.password")).toString(), kPassword);
    }

    void etagAndCaching()
    {
        const QByteArray query = "config_profile=durableWrite&channel=" + q(ch(QStringLiteral("invoices")));
        const HttpReply first = gw(query);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.headers.value("cache-control"), QByteArray("private, max-age=30"));
        const QByteArray etag = first.headers.value("etag");
        const HttpReply again = gw(query, basicAuth(QStringLiteral("billing"), kBillingToken), {{"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        QCOMPARE(again.headers.value("etag"), etag);
        const HttpReply other = gw(query, basicAuth(QStringLiteral("billing"), kBillingToken), {{"If-None-Match", "\"stale\""}});
        QCOMPARE(other.status, 200);
    }

    void healthAndMetrics()
    {
        const HttpReply health = httpRequest(m_router->port(), "GET", "/healthz");
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("bundle_version")).toInteger(), m_version);
        const HttpReply metrics = httpRequest(m_router->port(), "GET", "/metrics");
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.headers.value("content-type").startsWith("text/plain"));
        for (const char *line : {"switchboard_router_requests_total{route=\"/servicegw\",status=\"200\"}",
                                 "switchboard_router_requests_total{route=\"/servicegw\",status=\"401\"}",
                                 "switchboard_router_request_duration_seconds_bucket{route=\"/servicegw\",le=\"+Inf\"}",
                                 "switchboard_router_bundle_version 10", "switchboard_router_bundle_age_seconds "})
            QVERIFY2(metrics.body.contains(line), line);
        QCOMPARE(httpRequest(m_router->port(), "GET", "/nothing-here").status, 404);
        QCOMPARE(httpRequest(m_router->port(), "POST", "/servicegw").status, 405);
    }

    void serviceLocator_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expect");   // topic for 200, else a part of the message

        const QByteArray token = kBillingToken.toUtf8();
        const Headers good{{"apikey", token}, {"Channel", "invoices"}, {"Service-Type", "kafka"}, {"Organization", "billing.example.com"}};
        QTest::newRow("as the SDK sends it") << good << 200 << "c0t3";
        QTest::newRow("header names in any case") << Headers{{"APIKEY", token}, {"channel", "invoices"}, {"SERVICE-TYPE", "kafka"},
                                                             {"oRgAnIzAtIoN", "billing.example.com"}}
                                                  << 200 << "c0t3";
        QTest::newRow("service type in any case") << Headers{{"apikey", token}, {"Channel", "invoices"}, {"Service-Type", "Kafka"},
                                                             {"Organization", "billing.example.com"}}
                                                  << 200 << "c0t3";
        QTest::newRow("X-Channel-URI wins") << Headers{{"apikey", token}, {"Channel", "refunds"}, {"Service-Type", "kafka"},
                                                       {"Organization", "billing.example.com"},
                                                       {"X-Channel-URI", ch(QStringLiteral("invoices")).toUtf8()}}
                                            << 200 << "c0t3";
        QTest::newRow("X-Channel-URI alone") << Headers{{"apikey", token}, {"Service-Type", "kafka"},
                                                        {"x-channel-uri", ch(QStringLiteral("refunds")).toUtf8()}}
                                             << 200 << "c0t2";
        QTest::newRow("nested channel path, rule") << Headers{{"apikey", token}, {"Channel", "t1/orders"}, {"Service-Type", "kafka"},
                                                              {"Organization", "billing.example.com"}}
                                                   << 200 << "c1orders";
        QTest::newRow("profile header checks intent") << Headers{{"apikey", token}, {"Channel", "refunds"}, {"Service-Type", "kafka"},
                                                                 {"Organization", "billing.example.com"}, {"X-Config-Profile", "safeConsumer"}}
                                                      << 403 << "consume";
        QTest::newRow("missing apikey") << Headers{{"Channel", "invoices"}, {"Service-Type", "kafka"}, {"Organization", "billing.example.com"}}
                                        << 401 << "apikey";
        QTest::newRow("wrong apikey") << Headers{{"apikey", "sbt_nope"}, {"Channel", "invoices"}, {"Service-Type", "kafka"},
                                                 {"Organization", "billing.example.com"}}
                                      << 401 << "wrong apikey";
        QTest::newRow("other service type") << Headers{{"apikey", token}, {"Channel", "invoices"}, {"Service-Type", "rabbitmq"},
                                                       {"Organization", "billing.example.com"}}
                                            << 400 << "only locates kafka";
        QTest::newRow("missing service type") << Headers{{"apikey", token}, {"Channel", "invoices"}, {"Organization", "billing.example.com"}}
                                              << 400 << "Service-Type";
        QTest::newRow("missing channel") << Headers{{"apikey", token}, {"Service-Type", "kafka"}, {"Organization", "billing.example.com"}}
                                         << 400 << "Channel and Organization";
        QTest::newRow("missing organization") << Headers{{"apikey", token}, {"Channel", "invoices"}, {"Service-Type", "kafka"}}
                                              << 400 << "Channel and Organization";
        QTest::newRow("malformed organization") << Headers{{"apikey", token}, {"Channel", "invoices"}, {"Service-Type", "kafka"},
                                                           {"Organization", "bad host!"}}
                                                << 400 << "malformed";
        QTest::newRow("unknown channel") << Headers{{"apikey", token}, {"Channel", "nowhere"}, {"Service-Type", "kafka"},
                                                    {"Organization", "billing.example.com"}}
                                         << 404 << "no binding";
        QTest::newRow("no grant at all") << Headers{{"apikey", kShippingToken.toUtf8()}, {"Channel", "invoices"}, {"Service-Type", "kafka"},
                                                    {"Organization", "billing.example.com"}}
                                         << 403 << "holds no grant";
        QTest::newRow("unknown profile") << Headers{{"apikey", token}, {"Channel", "invoices"}, {"Service-Type", "kafka"},
                                                    {"Organization", "billing.example.com"}, {"X-Config-Profile", "nope"}}
                                         << 404 << "unknown profile";
    }

    void serviceLocator()
    {
        QFETCH(Headers, headers);
        QFETCH(int, status);
        QFETCH(QString, expect);
        const HttpReply reply = httpRequest(m_router->port(), "GET", "/service-locator", headers);
        QVERIFY2(reply.status == status, qPrintable(QStringLiteral("%1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body))));
        if (status == 200) {
            QCOMPARE(reply.headers.value("x-kafka-topic"), expect.toUtf8());
            QCOMPARE(reply.headers.value("x-kafka-bootstrap-servers"), QByteArray("b1:9092"));
            // The same body as /servicegw.
            QVERIFY(reply.json().value(QStringLiteral("channel_mapping")).isObject());
            QVERIFY(reply.json().value(QStringLiteral("credentials")).isObject());
        } else {
            QVERIFY(!reply.headers.contains("x-kafka-topic"));
            QVERIFY2(reply.json().value(QStringLiteral("message")).toString().contains(expect), reply.body.constData());
        }
    }

    // What goes over the wire on one connection: keep-alive, pipelined requests answered in
    // order, a request that arrives a few bytes at a time, and the ways a connection ends.
    void connectionHandling()
    {
        const QByteArray auth = "Authorization: " + basicAuth(QStringLiteral("billing"), kBillingToken) + "\r\n";
        const QByteArray lookup = "/servicegw?config_profile=durableWrite&channel=" + q(ch(QStringLiteral("invoices")));
        KeepAliveClient client(m_router->port());
        QVERIFY(client.connected());
        // Three requests in one write: three answers, in the order asked.
        client.send(getRequest("/healthz") + getRequest(lookup, auth) + getRequest("/nowhere"));
        const HttpReply first = client.read();
        const HttpReply second = client.read();
        const HttpReply third = client.read();
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QStringLiteral("bundle_version")).toInteger(), m_version);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json().value(QStringLiteral("channel_mapping")).toObject().value(QStringLiteral("invoices")).toString(),
                 QStringLiteral("c0t3"));
        QCOMPARE(third.status, 404);
        // The same connection goes on serving, also a request that trickles in.
        const QByteArray slow = getRequest(lookup, auth);
        for (qsizetype i = 0; i < slow.size(); i += 7) {
            client.send(slow.mid(i, 7));
            QTest::qWait(1);
        }
        const HttpReply trickled = client.read();
        QCOMPARE(trickled.status, 200);
        QCOMPARE(trickled.body, second.body);
        // Connection: close is honoured after the answer.
        client.send(getRequest("/healthz", "Connection: close\r\n"));
        const HttpReply closing = client.read();
        QCOMPARE(closing.status, 200);
        QCOMPARE(closing.headers.value("connection"), QByteArray("close"));
        QVERIFY(client.closedByServer());
        // HTTP/1.0 without keep-alive: one answer, then the server closes.
        KeepAliveClient old(m_router->port());
        old.send("GET /healthz HTTP/1.0\r\n\r\n");
        QCOMPARE(old.read().status, 200);
        QVERIFY(old.closedByServer());
        // A malformed request line: 400, then closed.
        KeepAliveClient broken(m_router->port());
        broken.send("NONSENSE\r\n\r\n");
        QCOMPARE(broken.read().status, 400);
        QVERIFY(broken.closedByServer());
    }

    // Issue 19: a 71-byte request declaring a body of 2^63 - 1 bytes made the end of the request
    // overflow; the worker then answered the same request forever (100 % CPU, memory climbing)
    // until the process died. It is one answer (413: the declared body is past every limit),
    // then the connection closes, and the service goes on answering others.
    void hugeContentLengthIsOneAnswer()
    {
        const QByteArray attack = "GET /healthz HTTP/1.1\r\nHost: a\r\nContent-Length: 9223372036854775807\r\n\r\n";
        QCOMPARE(attack.size(), 71);
        KeepAliveClient client(m_router->port());
        QVERIFY(client.connected());
        client.send(attack);
        const HttpReply reply = client.read(5000);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.headers.value("connection"), QByteArray("close"));
        QVERIFY(client.closedByServer());
        QCOMPARE(client.read(200).status, 0);   // nothing after that one answer
        // Another connection is answered at once (the router runs one worker per core: each gets it).
        for (int i = 0; i < 4; ++i) {
            QElapsedTimer timer;
            timer.start();
            const HttpReply control = gw("config_profile=durableWrite&channel=" + q(ch(QStringLiteral("invoices"))));
            QCOMPARE(control.status, 200);
            QVERIFY2(timer.elapsed() < 1000, QByteArray::number(timer.elapsed()).constData());
        }
    }

    // Issue 19 over the wire (tst_httpsession has every case; these are the ones a proxy in
    // front would read differently, and the routes' own rules).
    void strictHttp()
    {
        const QByteArray auth = "Authorization: " + basicAuth(QStringLiteral("billing"), kBillingToken) + "\r\n";
        const QByteArray lookup = "/servicegw?config_profile=durableWrite&channel=" + q(ch(QStringLiteral("invoices")));
        const HttpReply plain = gw("config_profile=durableWrite&channel=" + q(ch(QStringLiteral("invoices"))));
        QCOMPARE(plain.status, 200);
        // absolute-form (RFC 9112 3.2.2): the same lookup.
        KeepAliveClient absolute(m_router->port());
        absolute.send("GET http://router.example:8080" + lookup + " HTTP/1.1\r\nHost: other\r\n" + auth + "\r\n");
        const HttpReply viaAbsolute = absolute.read();
        QCOMPARE(viaAbsolute.status, 200);
        QCOMPARE(viaAbsolute.body, plain.body);
        // Health and metrics: GET and HEAD only.
        KeepAliveClient post(m_router->port());
        post.send("POST /healthz HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n");
        const HttpReply refused = post.read();
        QCOMPARE(refused.status, 405);
        QCOMPARE(refused.headers.value("allow"), QByteArray("GET, HEAD"));
        post.send("GET /metrics HTTP/1.1\r\nHost: a\r\n\r\n");
        QCOMPARE(post.read().status, 200);   // the connection goes on after a 405
        // Framing in doubt: 400 and closed, the smuggled request not answered.
        KeepAliveClient smuggler(m_router->port());
        smuggler.send("GET /healthz HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\nContent-Length: 27\r\n\r\n"
                      "GET /metrics HTTP/1.1\r\nH: a\r\n\r\n");
        QCOMPARE(smuggler.read().status, 400);
        QVERIFY(smuggler.closedByServer());
        // A body on a lookup is refused from its Content-Length, before it is sent.
        KeepAliveClient body(m_router->port());
        body.send(getRequest(lookup, auth + "Content-Length: 1000000\r\n"));
        QCOMPARE(body.read().status, 413);
        QVERIFY(body.closedByServer());
        // A channel padded with spaces is the same lookup (one cache entry: bench/router/attacks.py).
        const HttpReply padded = gw("config_profile=durableWrite&channel=" + q(ch(QStringLiteral("invoices"))) + QByteArray("%20").repeated(300));
        QCOMPARE(padded.status, 200);
        QCOMPARE(padded.body, plain.body);
        // A megabyte of it is not a lookup at all: the request line has a limit.
        const HttpReply huge = gw("config_profile=durableWrite&channel=" + q(ch(QStringLiteral("invoices"))) + QByteArray("%20").repeated(350000));
        QCOMPARE(huge.status, 414);
    }

    // Without --threads the service runs a worker per core it may use (taskset, cpusets): here
    // it is started from a thread allowed on one core only, which its process inherits.
    void threadsFollowTheCoresAllowed()
    {
        cpu_set_t allowed;
        CPU_ZERO(&allowed);
        QVERIFY(sched_getaffinity(0, sizeof allowed, &allowed) == 0);
        const int cores = CPU_COUNT(&allowed);
        QTemporaryDir logDir;
        const QStringList args{QStringLiteral("--access-log"), logDir.filePath(QStringLiteral("access.log"))};
        RouterProcess everywhere(m_keys, args);
        QString error;
        QVERIFY2(everywhere.start(&error), qPrintable(error));
        QVERIFY(everywhere.stop());
        QVERIFY2(everywhere.log().contains(QStringLiteral("(http, %1 worker thread").arg(cores).toUtf8()), everywhere.log().constData());

        cpu_set_t one;
        CPU_ZERO(&one);
        for (int c = 0; c < CPU_SETSIZE; ++c)
            if (CPU_ISSET(c, &allowed)) {
                CPU_SET(c, &one);
                break;
            }
        QVERIFY(sched_setaffinity(0, sizeof one, &one) == 0);
        RouterProcess pinned(m_keys, args);
        const bool started = pinned.start(&error);
        sched_setaffinity(0, sizeof allowed, &allowed);
        QVERIFY2(started, qPrintable(error));
        QVERIFY(pinned.stop());
        QVERIFY2(pinned.log().contains("(http, 1 worker thread, "), pinned.log().constData());
    }

    // curl (and .NET, and others) send "Expect: 100-continue" before a large body and wait for the
    // interim answer (curl for 1 s) before sending it.
    void expectContinue()
    {
        const QByteArray foreign = signPayload(payload(m_version + 1), BundleCrypto::generateEd25519KeyPair());
        KeepAliveClient client(m_router->port());
        QVERIFY(client.connected());
        client.send("PUT /admin/v1/bundle HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: "
                    + QByteArray::number(foreign.size()) + "\r\n\r\n");
        QCOMPARE(client.read(2000).status, 100);
        client.send(foreign);
        const HttpReply answer = client.read();
        QCOMPARE(answer.status, 403);   // the body arrived whole: it was read as the foreign-signed bundle it is
        QVERIFY(answer.json().value(QStringLiteral("message")).toString().contains(QLatin1String("does not trust")));
        // The same connection goes on; a request whose body is already there gets no interim answer.
        client.send("PUT /admin/v1/bundle HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: "
                    + QByteArray::number(foreign.size()) + "\r\n\r\n" + foreign);
        QCOMPARE(client.read().status, 403);
        // An expectation this service cannot meet.
        KeepAliveClient other(m_router->port());
        other.send("PUT /admin/v1/bundle HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: magic\r\nContent-Length: 5\r\n\r\nhello");
        QCOMPARE(other.read().status, 417);
    }

    // A bundle install runs beside the workers: on a service with a single worker thread,
    // lookups on another connection are answered (from the old bundle) while a large bundle is
    // being verified and built, and the new bundle serves once its PUT is answered.
    void installDoesNotHoldUpLookups()
    {
        // The access log goes to a file: thousands of probe lines would fill the pipe this test
        // does not read while it probes.
        QTemporaryDir logDir;
        RouterProcess single(m_keys, {QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--access-log"),
                                      logDir.filePath(QStringLiteral("access.log"))});
        QString error;
        QVERIFY2(single.start(&error), qPrintable(error));
        QCOMPARE(httpRequest(single.port(), "PUT", "/admin/v1/bundle", {}, signPayload(payload(1), m_keys.portal)).status, 200);
        // A bundle large enough that its install takes a while here (tens of thousands of channels).
        BundlePayload large = payload(2, QStringLiteral("c7t7"));
        for (int i = 0; i < 40000; ++i)
            large.channels.append(BundleChannel{1000 + i, QStringLiteral("kafka://bulk.example.com/d%1/c%2").arg(i % 97).arg(i),
                                                {BundleBinding{1000 + i, QStringLiteral("prod"), 1, QStringLiteral("bulk%1").arg(i)}}});
        const QByteArray envelope = signPayload(large, m_keys.portal);

        KeepAliveClient pusher(single.port());
        KeepAliveClient prober(single.port());
        QVERIFY(pusher.connected() && prober.connected());
        pusher.send("PUT /admin/v1/bundle HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(envelope.size())
                    + "\r\n\r\n" + envelope);
        int answeredDuringInstall = 0;
        int oldBundleDuringInstall = 0;
        QElapsedTimer timer;
        timer.start();
        while (pusher.socket().bytesAvailable() == 0 && !pusher.socket().waitForReadyRead(0) && timer.elapsed() < 30000) {
            prober.send(getRequest("/healthz"));
            const HttpReply health = prober.read();
            QCOMPARE(health.status, 200);
            if (health.json().value(QStringLiteral("installing")).toBool()) {
                ++answeredDuringInstall;
                if (health.json().value(QStringLiteral("bundle_version")).toInteger() == 1)
                    ++oldBundleDuringInstall;
            }
        }
        const HttpReply installed = pusher.read();
        QVERIFY2(installed.status == 200, installed.body.constData());
        QVERIFY2(answeredDuringInstall > 0, "no lookup was answered while the bundle was installed");
        QVERIFY(oldBundleDuringInstall > 0);   // the old bundle served meanwhile
        prober.send(getRequest("/healthz"));
        const HttpReply after = prober.read();
        QCOMPARE(after.json().value(QStringLiteral("bundle_version")).toInteger(), 2);
        QCOMPARE(after.json().value(QStringLiteral("installing")).toBool(), false);
        QVERIFY(single.stop());
    }

    void bundleRefusalsKeepServing()
    {
        QFile kept(QDir(m_router->stateDir()).filePath(QStringLiteral("bundle.json")));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        const QByteArray keptBefore = kept.readAll();
        kept.close();
        const QByteArray query = "config_profile=durableWrite&channel=" + q(ch(QStringLiteral("invoices")));
        SignedBundle forged = *SignedBundle::parse(signPayload(payload(m_version + 1, QStringLiteral("evil")), m_keys.portal));
        forged.payload.replace("\"c0t2\"", "\"evil2\"");
        HttpReply r = push(forged.toJson());
        QCOMPARE(r.status, 403);
        QVERIFY(r.json().value(QStringLiteral("message")).toString().contains(QLatin1String("forged")));
        const Ed25519KeyPair stranger = BundleCrypto::generateEd25519KeyPair();
        QCOMPARE(push(signPayload(payload(m_version + 1), stranger)).status, 403);
        QCOMPARE(push(signPayload(payload(m_version), m_keys.portal)).status, 409);       // replayed
        QCOMPARE(push(signPayload(payload(m_version - 1), m_keys.portal)).status, 409);   // stale
        QCOMPARE(push("{not a bundle").status, 400);
        // Signed and sealed to this service, but a secret boxed under another bundle's key.
        BundlePayload unreadable = payload(m_version + 1);
        unreadable.applications[0].credentials[0].boxedSecret =
            SharedBoxKey::agree(m_keys.service.publicKey, BundleCrypto::generateX25519KeyPair().secretKey)->box("x");
        r = push(signPayload(unreadable, m_keys.portal));
        QCOMPARE(r.status, 400);
        QVERIFY2(r.json().value(QStringLiteral("message")).toString().contains(QLatin1String("credential of billing on cluster #1")),
                 r.body.constData());
        QVERIFY2(r.json().value(QStringLiteral("message")).toString().contains(QLatin1String("does not open")), r.body.constData());
        r = gw(query);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("channel_mapping")).toObject().value(QStringLiteral("invoices")).toString(),
                 QStringLiteral("c0t3"));
        const HttpReply metrics = httpRequest(m_router->port(), "GET", "/metrics");
        QVERIFY(metrics.body.contains("switchboard_router_bundle_refusals_total{reason=\"forged\"} 1"));
        QVERIFY(metrics.body.contains("switchboard_router_bundle_refusals_total{reason=\"replayed\"} 1"));
        // The kept copy is the last good bundle, and no refused one is left beside it (a signed
        // one, e.g. the replayed, is written while it is checked, then removed).
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll() == keptBefore);
        QCOMPARE(QDir(m_router->stateDir()).entryList(QDir::Files), QStringList{QStringLiteral("bundle.json")});
    }

    void newBundleAndRestart()
    {
        ++m_version;
        const HttpReply pushed = push(signPayload(payload(m_version, QStringLiteral("c9t9")), m_keys.portal));
        QCOMPARE(pushed.status, 200);
        const QByteArray query = "config_profile=durableWrite&channel=" + q(ch(QStringLiteral("invoices")));
        QCOMPARE(gw(query).json().value(QStringLiteral("channel_mapping")).toObject().value(QStringLiteral("invoices")).toString(),
                 QStringLiteral("c9t9"));
        QVERIFY2(m_router->stop(), m_router->log().constData());   // SIGTERM: a clean exit, status 0
        QVERIFY(m_router->log().contains("stopped"));
        QString error;
        QVERIFY2(m_router->start(&error), qPrintable(error));
        const HttpReply after = gw(query);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.json().value(QStringLiteral("channel_mapping")).toObject().value(QStringLiteral("invoices")).toString(),
                 QStringLiteral("c9t9"));
        // Still only newer bundles after the restart.
        QCOMPARE(push(signPayload(payload(m_version), m_keys.portal)).status, 409);
    }

    // An upgraded service finds a format-1 bundle (each secret sealed on its own) that its older
    // version kept on disk: it installs it at start and vends its secrets; newer bundles follow.
    void formatOneBundleKeptOnDisk()
    {
        QVERIFY2(m_router->stop(), m_router->log().constData());
        ++m_version;
        QFile kept(QDir(m_router->stateDir()).filePath(QStringLiteral("bundle.json")));
        QVERIFY(kept.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QByteArray old = signPayload(asFormatOne(payload(m_version, QStringLiteral("c1t1")), m_keys), m_keys.portal);
        QVERIFY(old.size() > 0 && kept.write(old) == old.size());
        kept.close();
        QString error;
        QVERIFY2(m_router->start(&error), qPrintable(error));
        const QByteArray query = "config_profile=durableWrite&channel=" + q(ch(QStringLiteral("invoices")));
        const HttpReply reply = gw(query);
        QVERIFY2(reply.status == 200, reply.body.constData());
        QCOMPARE(reply.json().value(QStringLiteral("channel_mapping")).toObject().value(QStringLiteral("invoices")).toString(),
                 QStringLiteral("c1t1"));
        QCOMPARE(reply.json().value(QStringLiteral("credentials")).toObject().value(QStringLiteral("sasl.password")).toString(), kPassword);
        ++m_version;
        QCOMPARE(push(signPayload(payload(m_version), m_keys.portal)).status, 200);
        QCOMPARE(gw(query).json().value(QStringLiteral("credentials")).toObject().value(QStringLiteral("sasl.password")).toString(), kPassword);
    }

    void accessLogHasNoSecrets()
    {
        QVERIFY(m_router->stop());
        const QByteArray log = m_router->log();
        QVERIFY2(log.contains("\"GET /servicegw?config_profile=durableWrite"), log.right(2000).constData());
        QVERIFY(log.contains(" 200 "));
        QVERIFY(log.contains("app=billing"));
        QVERIFY(log.contains("\"PUT /admin/v1/bundle\" 403"));
        for (const QString &secret : {kBillingToken, kShippingToken, kPassword, QStringLiteral("us-password")})
            QVERIFY2(!log.contains(secret.toUtf8()), qPrintable(secret.left(8)));
        QVERIFY(!log.contains(basicAuth(QStringLiteral("billing"), kBillingToken)));
        QString error;
        QVERIFY2(m_router->start(&error), qPrintable(error));
    }

    // --max-connections 3: three connections are served; a fourth is answered 503 and closed
    // while the three go on being served; once one of them closes, a new one is served again.
    void connectionCap()
    {
        RouterProcess capped(m_keys, {QStringLiteral("--max-connections"), QStringLiteral("3")});
        QString error;
        QVERIFY2(capped.start(&error), qPrintable(error));
        QVERIFY(push(capped.port(), signPayload(payload(m_version), m_keys.portal)).status == 200);
        std::vector<std::unique_ptr<KeepAliveClient>> held;
        // The connections of start() and the push are counted until the server has seen them
        // close: a held connection refused meanwhile is tried again.
        for (int i = 0; i < 3; ++i) {
            int status = 0;
            for (int attempt = 0; attempt < 50 && status != 200; ++attempt) {
                auto client = std::make_unique<KeepAliveClient>(capped.port());
                QVERIFY(client->connected());
                client->send(getRequest("/healthz"));
                status = client->read().status;   // 200: accepted and counted
                if (status == 200)
                    held.push_back(std::move(client));
                else
                    QTest::qWait(20);
            }
            QCOMPARE(status, 200);
        }
        KeepAliveClient fourth(capped.port());
        const HttpReply refused = fourth.read(5000);
        QCOMPARE(refused.status, 503);
        QVERIFY2(refused.body.contains("connections"), refused.body.constData());
        QVERIFY(fourth.closedByServer());
        for (auto &client : held) {
            client->send(getRequest("/healthz"));
            QCOMPARE(client->read().status, 200);
        }
        // One of the three leaves: its place is free again (the count drops when the server
        // sees the close, so allow it a moment).
        held.front()->send(getRequest("/healthz", "Connection: close\r\n"));
        QCOMPARE(held.front()->read().status, 200);
        QVERIFY(held.front()->closedByServer());
        int status = 0;
        for (int attempt = 0; attempt < 50 && status != 200; ++attempt) {
            KeepAliveClient again(capped.port());
            again.send(getRequest("/healthz"));
            status = again.read(5000).status;
            if (status != 200)
                QTest::qWait(20);
        }
        QCOMPARE(status, 200);
        QVERIFY(capped.stop());
        QVERIFY2(capped.log().contains("at most 3 connections"), capped.log().constData());
    }

    // Every spelling that is not a whole number from 1 to the descriptor limit is refused at
    // start, by a message naming the option; nothing wraps or becomes "no cap".
    void connectionCapRefusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        rlimit limit{};
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &limit) == 0);
        const QString pastLimit = QString::number(qMin<rlim_t>(limit.rlim_cur, rlim_t(1) << 20) + 1);
        const QString flag = QStringLiteral("--max-connections");
        for (const QString &bad : {QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("abc"), QStringLiteral("3.5"),
                                   QStringLiteral("4294967299"), QStringLiteral("99999999999999999999"), QString(), pastLimit})
            QTest::addRow("flag '%s'", qPrintable(bad)) << QStringList{flag, bad} << flag;
        for (const QByteArray &bad : {QByteArray("0"), QByteArray("\"12\""), QByteArray("2.5"), QByteArray("1e30"), pastLimit.toUtf8()})
            QTest::addRow("config %s", bad.constData()) << QStringList{QStringLiteral("config:") + QString::fromUtf8(bad)}
                                                        << QStringLiteral("max_connections");
    }
    void connectionCapRefusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QTemporaryDir dir;
        if (args.first().startsWith(QStringLiteral("config:"))) {
            const QString path = dir.filePath(QStringLiteral("router.json"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"max_connections\": " + args.first().mid(7).toUtf8() + "}");
            file.close();
            args = {QStringLiteral("--config"), path};
        }
        // Refused before anything else is read: the process exits at once with the message.
        const CliRun router = runProcess(routerExecutable(),
                                         QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                     QStringLiteral("--key"), m_router->keyFile(), QStringLiteral("--trust"),
                                                     QString::fromLatin1(m_keys.portal.publicKey.toBase64()),
                                                     QStringLiteral("--state-dir"), dir.filePath(QStringLiteral("state"))}
                                             + args,
                                         {}, {}, 10000);
        const QString output = QString::fromUtf8(router.out + router.err);
        QVERIFY2(router.exitCode != -1, qPrintable(output));   // exited by itself (not crashed, not timed out)
        QVERIFY2(router.exitCode != 0, qPrintable(output));
        QVERIFY2(output.contains(named), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("descriptor limit")), qPrintable(output));
        QVERIFY2(!output.contains(QStringLiteral("listening on")), qPrintable(output));
    }

    void limits()
    {
        RouterProcess limited(m_keys, {QStringLiteral("--rate-limit"), QStringLiteral("1"), QStringLiteral("--rate-burst"),
                                       QStringLiteral("3"), QStringLiteral("--max-request-bytes"), QStringLiteral("2048"),
                                       QStringLiteral("--max-bundle-bytes"), QStringLiteral("4096")});
        QString error;
        QVERIFY2(limited.start(&error), qPrintable(error));
        QList<int> statuses;
        for (int i = 0; i < 6; ++i)
            statuses.append(httpRequest(limited.port(), "GET", "/servicegw?config_profile=x").status);
        QCOMPARE(statuses.count(429), 3);
        QCOMPARE(statuses.first(), 503);   // no bundle pushed to this one
        // Health checks are never rate limited.
        QCOMPARE(httpRequest(limited.port(), "GET", "/healthz").status, 503);
        const HttpReply big = httpRequest(limited.port(), "GET", "/healthz", {{"X-Filler", QByteArray(8000, 'a')}});
        QVERIFY(big.status == 413 || big.status == 431);
        QVERIFY(limited.stop());
    }
};

QTEST_GUILESS_MAIN(TestRouterProcess)
#include "tst_routerprocess.moc"
