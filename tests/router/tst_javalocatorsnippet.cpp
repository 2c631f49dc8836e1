// The "Java service locator" snippet: the lookup URL, the headers per channel, the API key and
// password only when revealed, and a curl line that asks exactly what the SDK asks.

#include "snippets/JavaServiceLocatorSnippet.h"

#include <QTest>

using namespace Switchboard;

class TestJavaLocatorSnippet : public QObject {
    Q_OBJECT

    static SnippetInput input(bool reveal)
    {
        SnippetInput in;
        in.application = QStringLiteral("orders");
        in.routingUrl = QStringLiteral("https://router-1.example.com:8443/");
        in.securityProtocol = QStringLiteral("SASL_SSL");
        in.saslMechanism = QStringLiteral("SCRAM-SHA-512");
        in.username = QStringLiteral("orders-svc");
        in.hasCredential = true;
        in.reveal = reveal;
        if (reveal) {
            in.secret = SecretBytes::fromString(QStringLiteral("pa55word"));
            in.token = SecretBytes::fromString(QStringLiteral("sbt_secret_token"));
        }
        in.channels.append(SnippetChannel{QStringLiteral("kafka://shop.example.com/eu/orders"), QStringLiteral("orders"), QStringLiteral("c0t1")});
        return in;
    }

private Q_SLOTS:
    void headerMapping_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("channel");
        QTest::newRow("simple") << "kafka://billing.example.com/invoices" << "billing.example.com" << "invoices";
        QTest::newRow("nested path") << "kafka://shop.example.com/eu/orders" << "shop.example.com" << "eu/orders";
        QTest::newRow("upper-case host") << "kafka://Shop.Example.COM/orders" << "shop.example.com" << "orders";
        QTest::newRow("malformed") << "http://x/y" << "" << "";
    }

    void headerMapping()
    {
        QFETCH(QString, uri);
        QFETCH(QString, organization);
        QFETCH(QString, channel);
        const auto [org, name] = JavaServiceLocatorSnippet::headersFor(uri);
        QCOMPARE(org, organization);
        QCOMPARE(name, channel);
    }

    void redactedByDefault()
    {
        const QString text = JavaServiceLocatorSnippet::render(input(false));
        QVERIFY(text.contains(QLatin1String("service.locator.url=https://router-1.example.com:8443/service-locator\n")));
        QVERIFY(text.contains(QLatin1String("service.locator.apikey=${SWITCHBOARD_APIKEY}\n")));
        QVERIFY(text.contains(QLatin1String("service.locator.organization=shop.example.com\n")));
        QVERIFY(text.contains(QLatin1String("service.locator.channel=eu/orders\n")));
        QVERIFY(text.contains(QLatin1String("ScramLoginModule required username=\"orders-svc\" password=\"${KAFKA_SASL_PASSWORD}\";")));
        QVERIFY(text.contains(QLatin1String("-H 'Channel: eu/orders' -H 'Service-Type: kafka' -H 'Organization: shop.example.com'")));
        QVERIFY(!text.contains(QLatin1String("pa55word")));
        QVERIFY(!text.contains(QLatin1String("sbt_")));
    }

    void revealed()
    {
        const QString text = JavaServiceLocatorSnippet::render(input(true));
        QVERIFY(text.contains(QLatin1String("service.locator.apikey=sbt_secret_token\n")));
        QVERIFY(text.contains(QLatin1String("password=\"pa55word\"")));
        QVERIFY(text.contains(QLatin1String("-H 'apikey: sbt_secret_token'")));
    }
};

QTEST_GUILESS_MAIN(TestJavaLocatorSnippet)
#include "tst_javalocatorsnippet.moc"
