// The SDK's answer as the portal computes it without a routing service (CatalogLookup over a
// real catalog, answered by LookupAnswer::resolve, the function the routing service answers
// with): the client listener and protocol from the cluster's labels, the profile's typed
// settings, a consumer's group, the credential without its secret; the service's error codes for
// what cannot be answered; and the redaction the desktop shows answers with.

#include "TempCatalog.h"
#include "VerifyResult.h"

#include "bundle/CatalogLookup.h"
#include "clusters/ClusterStore.h"
#include "routing/ApplicationStore.h"
#include "routing/ChannelStore.h"
#include "routing/GrantStore.h"
#include "vault/CredentialStore.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {
const QString kChannel = QStringLiteral("kafka://lab.example.com/billing/invoices");
}

class TestLookupAnswer : public QObject {
    Q_OBJECT

    TempCatalog m_catalog;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_catalog.isValid(), qPrintable(m_catalog.error()));
        const Database &db = m_catalog.db();
        Cluster c;
        c.name = QStringLiteral("lab");
        c.environment = QStringLiteral("prod");
        c.bootstrapServers = QStringLiteral("crawler.lab:9092");
        c.labels.insert(QStringLiteral("client.bootstrap.servers"), QStringLiteral("clients.lab:9094"));
        c.labels.insert(QStringLiteral("client.security.protocol"), QStringLiteral("SASL_PLAINTEXT"));
        auto cluster = ClusterStore(db).add(c);
        QVERIFY_RESULT(cluster);
        QVERIFY_RESULT(ChannelStore(db).bind(kChannel, QStringLiteral("prod"), QStringLiteral("lab"), QStringLiteral("invoices.v1"), true));
        for (const char *name : {"billing", "audit"}) {
            Application app;
            app.name = QString::fromLatin1(name);
            QVERIFY_RESULT(ApplicationStore(db).add(app));
        }
        QVERIFY_RESULT(GrantStore(db).add(QStringLiteral("billing"), kChannel, Intent::Produce));
        QVERIFY_RESULT(GrantStore(db).add(QStringLiteral("billing"), kChannel, Intent::Consume, QStringLiteral("billing-"), true));
        QVERIFY_RESULT(GrantStore(db).add(QStringLiteral("audit"), kChannel, Intent::Consume, QStringLiteral("audit-readers")));
        Vault vault(db);
        QVERIFY_RESULT(vault.initialize(SecretBytes::fromString(QStringLiteral("lookup answer passphrase"))));
        QVERIFY_RESULT(CredentialStore(db, vault).set(QStringLiteral("billing"), cluster->id, QStringLiteral("PLAIN"),
                                                      QStringLiteral("billing-user"), SecretBytes::fromString(QStringLiteral("s3cret-value"))));
    }

    void answers_data()
    {
        QTest::addColumn<QString>("application");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expect");   // a fragment of the compact body or of the message

        QTest::newRow("channel key to topic") << "billing" << "durableWrite" << kChannel << 200
                                              << R"("channel_mapping":{"invoices":"invoices.v1"})";
        QTest::newRow("the client listener") << "billing" << "durableWrite" << kChannel << 200
                                             << R"("connection":{"bootstrap.servers":"clients.lab:9094"})";
        QTest::newRow("typed settings") << "billing" << "durableWrite" << kChannel << 200 << R"("enable.idempotence":true)";
        QTest::newRow("consumer group from prefix") << "billing" << "safeConsumer" << kChannel << 200 << R"("group.id":"billing-billing")";
        QTest::newRow("no secret in the dry run") << "billing" << "durableWrite" << kChannel << 200
                                                  << R"("sasl.password":"","sasl.username":"billing-user","security.protocol":"SASL_PLAINTEXT")";
        QTest::newRow("no credentials") << "audit" << "safeConsumer" << kChannel << 403 << "no current credentials";
        QTest::newRow("no grant for the intent") << "audit" << "durableWrite" << kChannel << 403 << "audit";
        QTest::newRow("unknown application") << "nobody" << "durableWrite" << kChannel << 401 << "nobody";
        QTest::newRow("unknown profile") << "billing" << "fastest" << kChannel << 404 << "unknown profile fastest";
        QTest::newRow("malformed channel") << "billing" << "durableWrite" << "http://lab/x" << 400 << "malformed";
        QTest::newRow("no route") << "billing" << "durableWrite" << "kafka://lab.example.com/nowhere" << 404 << "";
    }

    void answers()
    {
        QFETCH(QString, application);
        QFETCH(QString, profile);
        QFETCH(QString, channel);
        QFETCH(int, status);
        QFETCH(QString, expect);
        auto lookup = CatalogLookup::load(m_catalog.db());
        QVERIFY_RESULT(lookup);
        LookupRequest request;
        request.profile = profile;
        request.channels = {channel};
        const LookupAnswer answer = (*lookup)->answer(application, request);
        const QString text = answer.ok() ? QString::fromUtf8(QJsonDocument(answer.body).toJson(QJsonDocument::Compact)) : answer.message;
        QVERIFY2(answer.status == status, qPrintable(QStringLiteral("%1: %2").arg(answer.status).arg(text)));
        QVERIFY2(text.contains(expect), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("s3cret-value")));
    }

    void redacted_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("sasl.password") << QByteArray(R"({"credentials":{"sasl.password":"p","sasl.username":"u"}})")
                                       << QByteArray(R"({"credentials":{"sasl.password":"<redacted>","sasl.username":"u"}})");
        QTest::newRow("any password or secret key, any depth")
            << QByteArray(R"({"a":{"b":{"ssl.key.password":"x","client.secret":"y","Password":"z"}}})")
            << QByteArray(R"({"a":{"b":{"Password":"<redacted>","client.secret":"<redacted>","ssl.key.password":"<redacted>"}}})");
        QTest::newRow("the rest unchanged, types kept") << QByteArray(R"({"configuration":{"acks":"all","retries":3,"enable.idempotence":true}})")
                                                       << QByteArray(R"({"configuration":{"acks":"all","enable.idempotence":true,"retries":3}})");
        QTest::newRow("an error message") << QByteArray(R"({"message":"no grant"})") << QByteArray(R"({"message":"no grant"})");
    }

    void redacted()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expected);
        const QJsonObject out = LookupAnswer::redacted(QJsonDocument::fromJson(body).object());
        QCOMPARE(QJsonDocument(out).toJson(QJsonDocument::Compact), expected);
    }
};

QTEST_MAIN(TestLookupAnswer)
#include "tst_lookupanswer.moc"
