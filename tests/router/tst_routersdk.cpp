// Issue 14 against the real switchboard-router process: what the upstream service-locator SDKs
// send and need, as they send it.
//   - request shapes in the wild: channel[]=A&channel[]=B (PHP style), unknown dotted parameters
//     (config_profile.env, config_profile.lang, ...) ignored;
//   - consumers get their group.id in configuration: a literal grant's group, a prefix grant's
//     prefix + application name, a group asked for with kafka.group.id inside the grant, a
//     profile's own group.id when the grant covers it, else 403 naming both;
//   - identical requests get byte-identical answers while the bundle is unchanged (the Python
//     SDK's Consumer re-fetches on every poll() and re-subscribes whenever the answer differs),
//     each on a new TCP connection, also when the parameters come in another order.

#include "RouterHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {
QString ch(const QString &name) { return QStringLiteral("kafka://billing.example.com/") + name; }
QByteArray q(const QString &text) { return QUrl::toPercentEncoding(text); }
const QString kBillingToken = QStringLiteral("sbt_sdk_billing_0123456789abcdef");
const QString kShippingToken = QStringLiteral("sbt_sdk_shipping_0123456789abcdef");
const QString kAuditToken = QStringLiteral("sbt_sdk_audit_0123456789abcdef");
const QByteArray kInvoices = q(ch(QStringLiteral("invoices")));
const QByteArray kRefunds = q(ch(QStringLiteral("refunds")));
} // namespace

class TestRouterSdk : public QObject {
    Q_OBJECT

    BundleKeys m_keys;
    std::unique_ptr<RouterProcess> m_router;
    qint64 m_version = 0;

    BundlePayload payload(qint64 version) const
    {
        BundlePayload p = emptyPayload(m_keys, version);
        p.clusters = {BundleCluster{1, QStringLiteral("prod-eu"), QStringLiteral("prod"), QStringLiteral("b1:9092,b2:9092"),
                                    QStringLiteral("SASL_SSL")}};
        p.channels = {BundleChannel{1, ch(QStringLiteral("invoices")), {BundleBinding{1, QStringLiteral("prod"), 1, QStringLiteral("c0t3")}}},
                      BundleChannel{2, ch(QStringLiteral("refunds")), {BundleBinding{2, QStringLiteral("prod"), 1, QStringLiteral("c0t2")}}}};
        const QJsonObject consumer{{QStringLiteral("enable.auto.commit"), false}, {QStringLiteral("auto.offset.reset"), QStringLiteral("earliest")},
                                   {QStringLiteral("session.timeout.ms"), 45000}, {QStringLiteral("fetch.min.bytes"), 1}};
        QJsonObject pinned = consumer;
        pinned.insert(QStringLiteral("group.id"), QStringLiteral("billing-pinned"));
        QJsonObject foreign = consumer;
        foreign.insert(QStringLiteral("group.id"), QStringLiteral("other-team"));
        p.profiles = {BundleProfile{QStringLiteral("durableWrite"), QStringLiteral("producer"), QString(),
                                    QJsonObject{{QStringLiteral("acks"), QStringLiteral("all")}, {QStringLiteral("retries"), 3},
                                                {QStringLiteral("enable.idempotence"), true}, {QStringLiteral("linger.ms"), 5}}},
                      BundleProfile{QStringLiteral("safeConsumer"), QStringLiteral("consumer"), QString(), consumer},
                      BundleProfile{QStringLiteral("pinnedConsumer"), QStringLiteral("consumer"), QString(), pinned},
                      BundleProfile{QStringLiteral("foreignConsumer"), QStringLiteral("consumer"), QString(), foreign}};
        BundleApplication billing;
        billing.id = 5;
        billing.name = QStringLiteral("billing");
        billing.tokenHashes = {m_keys.hashToken(kBillingToken)};
        billing.grants = {BundleGrant{11, ch(QStringLiteral("invoices")), QStringLiteral("produce"), {}, false},
                          BundleGrant{12, ch(QStringLiteral("refunds")), QStringLiteral("produce"), {}, false},
                          BundleGrant{21, ch(QStringLiteral("invoices")), QStringLiteral("consume"), QStringLiteral("billing-"), true},
                          BundleGrant{22, ch(QStringLiteral("refunds")), QStringLiteral("consume"), QStringLiteral("billing-"), true}};
        billing.credentials = {credential(m_keys, 1, QStringLiteral("alice"), QStringLiteral("alice-password"))};
        BundleApplication shipping;
        shipping.id = 6;
        shipping.name = QStringLiteral("shipping");
        shipping.tokenHashes = {m_keys.hashToken(kShippingToken)};
        shipping.grants = {BundleGrant{31, ch(QStringLiteral("refunds")), QStringLiteral("consume"), QStringLiteral("ship"), false}};
        shipping.credentials = {credential(m_keys, 1, QStringLiteral("bob"), QStringLiteral("bob-password"))};
        // Literal groups that differ per channel: no one group covers both channels.
        BundleApplication audit;
        audit.id = 7;
        audit.name = QStringLiteral("audit");
        audit.tokenHashes = {m_keys.hashToken(kAuditToken)};
        audit.grants = {BundleGrant{41, ch(QStringLiteral("invoices")), QStringLiteral("consume"), QStringLiteral("audit-a"), false},
                        BundleGrant{42, ch(QStringLiteral("refunds")), QStringLiteral("consume"), QStringLiteral("audit-b"), false}};
        audit.credentials = {credential(m_keys, 1, QStringLiteral("carol"), QStringLiteral("carol-password"))};
        p.applications = {billing, shipping, audit};
        return p;
    }

    static QByteArray authFor(const QString &app)
    {
        if (app == QLatin1String("shipping"))
            return basicAuth(app, kShippingToken);
        if (app == QLatin1String("audit"))
            return basicAuth(app, kAuditToken);
        return basicAuth(app, kBillingToken);
    }

    // One lookup on a new TCP connection (httpRequest sends Connection: close), as Python's
    // requests without a session does.
    HttpReply gw(const QByteArray &query, const QString &app = QStringLiteral("billing"))
    {
        return httpRequest(m_router->port(), "GET", "/servicegw?" + query, {{"Authorization", authFor(app)}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(BundleCrypto::initialize());
        m_router = std::make_unique<RouterProcess>(m_keys);
        QString error;
        QVERIFY2(m_router->start(&error), qPrintable(error));
        m_version = 3;
        const HttpReply pushed = httpRequest(m_router->port(), "PUT", "/admin/v1/bundle", {}, signPayload(payload(m_version), m_keys.portal));
        QVERIFY2(pushed.status == 200, pushed.body.constData());
    }

    void shapes_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mapping");   // 200: "key=topic,key=topic", the whole channel_mapping
        QTest::addColumn<QString>("group");     // 200: configuration's group.id ("" = none); else parts of the message, '|'-separated

        const QByteArray producer = "config_profile=durableWrite&";
        const QByteArray consumer = "config_profile=safeConsumer&";
        const QString both = QStringLiteral("invoices=c0t3,refunds=c0t2");
        const QString invoices = QStringLiteral("invoices=c0t3");
        const QString refunds = QStringLiteral("refunds=c0t2");

        // Request shapes.
        QTest::newRow("channel[] twice") << "billing" << producer + "channel[]=" + kInvoices + "&channel[]=" + kRefunds << 200 << both << "";
        QTest::newRow("channel[] brackets encoded") << "billing" << producer + "channel%5B%5D=" + kInvoices + "&channel%5B%5D=" + kRefunds
                                                    << 200 << both << "";
        QTest::newRow("channel[] once") << "billing" << producer + "channel[]=" + kRefunds << 200 << refunds << "";
        QTest::newRow("channel[] same channel twice") << "billing" << producer + "channel[]=" + kRefunds + "&channel[]=" + kRefunds
                                                      << 200 << refunds << "";
        QTest::newRow("channel[N] still") << "billing" << producer + "channel[0]=" + kInvoices + "&channel[1]=" + kRefunds << 200 << both << "";
        QTest::newRow("channel[N] given out of order") << "billing" << producer + "channel[1]=" + kRefunds + "&channel[0]=" + kInvoices
                                                       << 200 << both << "";
        QTest::newRow("unknown dotted parameters ignored")
            << "billing"
            << producer + "channel=" + kInvoices + "&config_profile.env=prod&config_profile.lang=python&kafka.client.version=0.1"
                   "&sdk.name=platformatory_kafka&x.y.z="
            << 200 << invoices << "";
        QTest::newRow("as the upstream Python Consumer sends it")
            << "billing"
            << consumer + "channel%5B0%5D=" + kInvoices + "&channel%5B1%5D=" + kRefunds
                   + "&kafka.env=prod&config_profile.type=consumer&config_profile.env=prod"
            << 200 << both << "billing-billing";
        QTest::newRow("producers get no group.id") << "billing" << producer + "channel=" + kInvoices + "&kafka.group.id=billing-x"
                                                   << 200 << invoices << "";
        QTest::newRow("a dotted kafka.group.id.x is just another unknown parameter")
            << "billing" << consumer + "channel=" + kInvoices + "&kafka.group.id.x=zzz" << 200 << invoices << "billing-billing";

        // Consumers and their group.
        QTest::newRow("literal grant: its group") << "shipping" << consumer + "channel=" + kRefunds << 200 << refunds << "ship";
        QTest::newRow("prefix grant: prefix + application") << "billing" << consumer + "channel=" + kInvoices << 200 << invoices
                                                            << "billing-billing";
        QTest::newRow("asked for inside the prefix") << "billing" << consumer + "channel[]=" + kInvoices + "&channel[]=" + kRefunds
                                                            + "&kafka.group.id=billing-reports"
                                                     << 200 << both << "billing-reports";
        QTest::newRow("asked for: the literal group") << "shipping" << consumer + "channel=" + kRefunds + "&kafka.group.id=ship" << 200
                                                      << refunds << "ship";
        QTest::newRow("profile's group inside the prefix") << "billing" << "config_profile=pinnedConsumer&channel=" + kInvoices << 200
                                                           << invoices << "billing-pinned";
        QTest::newRow("asked for wins over the profile's") << "billing"
                                                           << "config_profile=foreignConsumer&kafka.group.id=billing-mine&channel=" + kInvoices
                                                           << 200 << invoices << "billing-mine";

        QTest::newRow("asked for outside the prefix") << "billing" << consumer + "channel=" + kInvoices + "&kafka.group.id=payments"
                                                      << 403 << "" << "consumer group payments|billing-*|kafka://billing.example.com/invoices";
        QTest::newRow("asked for, not the literal group") << "shipping" << consumer + "channel=" + kRefunds + "&kafka.group.id=ship-2"
                                                          << 403 << "" << "ship-2|group ship";
        QTest::newRow("profile's group not covered") << "billing" << "config_profile=foreignConsumer&channel=" + kInvoices << 403 << ""
                                                     << "Profile foreignConsumer|other-team|billing-*";
        QTest::newRow("no group that both channels share") << "audit" << consumer + "channel[]=" + kInvoices + "&channel[]=" + kRefunds
                                                           << 403 << "" << "audit-a|audit-b";
        QTest::newRow("one channel of two shares it") << "audit" << consumer + "channel=" + kRefunds << 200 << refunds << "audit-b";
        QTest::newRow("channel and channel[0]: given twice")
            << "billing" << producer + "channel=" + kInvoices + "&channel[0]=" + kRefunds << 400 << "" << "given twice";
    }

    void shapes()
    {
        QFETCH(QString, app);
        QFETCH(QByteArray, query);
        QFETCH(int, status);
        QFETCH(QString, mapping);
        QFETCH(QString, group);
        const HttpReply reply = gw(query, app);
        QVERIFY2(reply.status == status, qPrintable(QStringLiteral("%1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body))));
        QCOMPARE(reply.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject json = reply.json();
        if (status != 200) {
            const QString message = json.value(QStringLiteral("message")).toString();
            for (const QString &part : group.split(QLatin1Char('|')))
                QVERIFY2(message.contains(part), qPrintable(part + QStringLiteral(" not in: ") + message));
            return;
        }
        QStringList pairs;
        const QJsonObject map = json.value(QStringLiteral("channel_mapping")).toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            pairs.append(it.key() + QLatin1Char('=') + it.value().toString());
        QCOMPARE(pairs.join(QLatin1Char(',')), mapping);
        const QJsonObject configuration = json.value(QStringLiteral("configuration")).toObject();
        if (group.isEmpty()) {
            QVERIFY2(!configuration.contains(QStringLiteral("group.id")), reply.body.constData());
        } else {
            QVERIFY2(configuration.value(QStringLiteral("group.id")).isString(), reply.body.constData());
            QCOMPARE(configuration.value(QStringLiteral("group.id")).toString(), group);
        }
        // What the SDK merges into one client config: the whole shape, every time.
        QCOMPARE(json.value(QStringLiteral("connection")).toObject().value(QStringLiteral("bootstrap.servers")).toString(),
                 QStringLiteral("b1:9092,b2:9092"));
        QVERIFY(json.value(QStringLiteral("credentials")).toObject().contains(QStringLiteral("sasl.password")));
    }

    // The header-based lookup with a consumer profile tells the group too.
    void headerLookupConsumerGetsGroup()
    {
        const HttpReply reply = httpRequest(m_router->port(), "GET", "/service-locator",
                                            {{"apikey", kShippingToken.toUtf8()}, {"Channel", "refunds"}, {"Service-Type", "kafka"},
                                             {"Organization", "billing.example.com"}, {"X-Config-Profile", "safeConsumer"}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.headers.value("x-kafka-topic"), QByteArray("c0t2"));
        QCOMPARE(reply.json().value(QStringLiteral("configuration")).toObject().value(QStringLiteral("group.id")).toString(),
                 QStringLiteral("ship"));
    }

    void identicalRequestsIdenticalBytes_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QList<QByteArray>>("queries");   // equivalent ways of asking the same

        const QByteArray consumer = "config_profile=safeConsumer";
        QTest::newRow("producer, one channel")
            << "billing"
            << QList<QByteArray>{"config_profile=durableWrite&channel=" + kInvoices, "channel=" + kInvoices + "&config_profile=durableWrite",
                                 "channel=" + kInvoices + "&config_profile.env=prod&config_profile=durableWrite&config_profile.lang=py"};
        QTest::newRow("consumer, two channels, as the Python Consumer asks")
            << "billing"
            << QList<QByteArray>{consumer + "&channel%5B0%5D=" + kInvoices + "&channel%5B1%5D=" + kRefunds
                                     + "&kafka.env=prod&config_profile.type=consumer&config_profile.env=prod",
                                 "kafka.env=prod&channel[1]=" + kRefunds + "&config_profile.type=consumer&channel[0]=" + kInvoices + "&"
                                     + consumer + "&config_profile.env=prod",
                                 consumer + "&channel[]=" + kInvoices + "&channel[]=" + kRefunds + "&kafka.env=prod&config_profile.type=consumer",
                                 // The channels the other way round: the same group, the same mapping.
                                 consumer + "&channel[]=" + kRefunds + "&channel[]=" + kInvoices + "&config_profile.type=consumer&kafka.env=prod"};
        QTest::newRow("consumer asking for its group")
            << "billing"
            << QList<QByteArray>{consumer + "&kafka.group.id=billing-r&channel=" + kInvoices,
                                 "kafka.group.id=billing-r&channel=" + kInvoices + "&" + consumer};
        QTest::newRow("literal grant") << "shipping" << QList<QByteArray>{consumer + "&channel=" + kRefunds, "channel=" + kRefunds + "&" + consumer};
    }

    void identicalRequestsIdenticalBytes()
    {
        QFETCH(QString, app);
        QFETCH(QList<QByteArray>, queries);
        const HttpReply first = gw(queries.first(), app);
        QVERIFY2(first.status == 200, first.body.constData());
        QVERIFY(!first.body.isEmpty());
        const QByteArray etag = first.headers.value("etag");
        // Every way of asking, several times, each on a new connection: the same bytes.
        for (int round = 0; round < 3; ++round) {
            for (const QByteArray &query : queries) {
                const HttpReply again = gw(query, app);
                QCOMPARE(again.status, 200);
                QCOMPARE(again.body, first.body);
                QCOMPARE(again.headers.value("etag"), etag);
                QCOMPARE(again.headers.value("cache-control"), first.headers.value("cache-control"));
            }
            QTest::qWait(1100);   // a clock in the answer would show within a second
        }
    }

    // A new bundle with the same content (the portal pushed again, e.g. after an unrelated
    // change elsewhere): answers stay byte for byte the same, so consumers do not re-subscribe.
    void sameContentNewVersionSameBytes()
    {
        const QByteArray query = "config_profile=safeConsumer&channel[0]=" + kInvoices + "&channel[1]=" + kRefunds;
        const HttpReply before = gw(query);
        QCOMPARE(before.status, 200);
        ++m_version;
        const HttpReply pushed = httpRequest(m_router->port(), "PUT", "/admin/v1/bundle", {}, signPayload(payload(m_version), m_keys.portal));
        QVERIFY2(pushed.status == 200, pushed.body.constData());
        QCOMPARE(httpRequest(m_router->port(), "GET", "/healthz").json().value(QStringLiteral("bundle_version")).toInteger(), m_version);
        const HttpReply after = gw(query);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.body, before.body);
        QCOMPARE(after.headers.value("etag"), before.headers.value("etag"));
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_router->stop(), m_router->log().right(2000).constData());
    }
};

QTEST_GUILESS_MAIN(TestRouterSdk)
#include "tst_routersdk.moc"
