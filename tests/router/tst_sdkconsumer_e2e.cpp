// Issue 14 end to end: a consumer that behaves like the upstream Python SDK's Consumer
// (tests/router/sdk_consumer.py, Debian's confluent-kafka run with /usr/bin/python3) builds its
// confluent-kafka Consumer from the routing service's answer alone (connection, credentials,
// configuration, plus client.id), subscribes to two channels on one cluster and consumes from
// both through its grant's ACLs on the real broker. It asks the service again on every poll(),
// each time on a new connection, and would re-subscribe whenever the answer changed: it must
// not. The portal side is real too: approved consume requests with a group prefix (topics
// created, ACLs provisioned: READ on the topics, READ on the group prefix), carol's credentials,
// a token, a push to the real switchboard-router.

#include "CliProcess.h"
#include "Approvals.h"
#include "RouterHarness.h"
#include "VerifyResult.h"

#include "KafkaFixtures.h"
#include "TempCatalog.h"
#include "TestBroker.h"

#include "clusters/ClusterStore.h"
#include "push/BundlePusher.h"
#include "push/RoutingServiceStore.h"
#include "requests/ApprovalService.h"
#include "requests/RequestStore.h"
#include "routing/ApplicationStore.h"
#include "snippets/SnippetBuilder.h"
#include "vault/CredentialStore.h"
#include "vault/TokenStore.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

QJsonObject runConsumer(const QStringList &args)
{
    return runPythonClient(QStringLiteral("sdk_consumer.py"), args, 120000);
}

} // namespace

class TestSdkConsumer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void upstreamConsumerReadsTwoChannels()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        QVERIFY(BundleCrypto::initialize());
        TempCatalog catalog;
        QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
        Database &db = catalog.db();
        Vault vault(db);
        QVERIFY(vault.initialize(SecretBytes::fromString(QStringLiteral("sdk consumer passphrase"))));

        const Cluster cluster = clientCluster(broker, QStringLiteral("sdk"));
        auto added = ClusterStore(db).add(cluster);
        QVERIFY2(added, qPrintable(added.error()));

        // An application that connects as carol, with consume grants on two channels under one
        // group prefix; approval creates the topics and provisions the ACLs.
        const QString app = QStringLiteral("reports");
        Application application;
        application.name = app;
        QVERIFY(ApplicationStore(db).add(application));
        QVERIFY(ApplicationStore(db).setPrincipal(app, cluster.name, QStringLiteral("User:carol")));
        const QString prefix = uniqueName(QStringLiteral("reports")) + QLatin1Char('-');
        QStringList channels, topics;
        for (const QString &name : {QStringLiteral("orders"), QStringLiteral("refunds")}) {
            const QString key = uniqueName(name);
            const QString topic = uniqueName(QStringLiteral("sdk-") + name);
            AccessRequest request;
            request.application = app;
            request.channel = QStringLiteral("kafka://sdk.example.com/shop/") + key;
            request.intent = Intent::Consume;
            request.consumerGroup = prefix;
            request.groupIsPrefix = true;
            request.justification = QStringLiteral("reports read orders and refunds");
            request.proposedEnvironment = QStringLiteral("prod");
            request.proposedCluster = cluster.name;
            request.proposedTopic = topic;
            ApproveOptions approve;
            approve.createTopic = true;
            approve.provisionAcls = true;
            approve.forceBinding = true;
            auto approved = fileAndApprove(db, request, approve);
            QVERIFY_RESULT(approved);
            QVERIFY(approved->acls.has_value() && !approved->acls->created.isEmpty());
            channels.append(request.channel);
            topics.append(topic);
        }
        QVERIFY(produceRecords(broker.plaintextConfig(), topics.at(0), 3));
        QVERIFY(produceRecords(broker.plaintextConfig(), topics.at(1), 4));

        auto token = vendCredentialAndToken(db, vault, broker, app, added->id, QStringLiteral("carol"));
        QVERIFY_RESULT(token);
        const QString tokenText = *token;

        PortalRouter portal(db, vault);
        QString error;
        QVERIFY2(portal.start(QStringLiteral("sdk-router"), &error), qPrintable(error));
        RouterProcess &router = portal.process();
        const QString url = portal.url();
        QVERIFY_RESULT(portal.push());

        // The SDK's consumer, unchanged in what it passes to confluent-kafka.
        const QJsonObject result = runConsumer(QStringList{url, app, tokenText, QStringLiteral("safeConsumer"), QStringLiteral("7")} + channels);
        qInfo("sdk consumer: %s", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        QVERIFY2(result.value(QStringLiteral("status")).toInt() == 200, QJsonDocument(result).toJson().constData());
        // The group the grant's prefix gives this application (prefix + application name).
        QCOMPARE(result.value(QStringLiteral("group")).toString(), prefix + app);
        const QJsonObject counts = result.value(QStringLiteral("counts")).toObject();
        QVERIFY2(result.value(QStringLiteral("errors")).toArray().isEmpty(), QJsonDocument(result).toJson().constData());
        QCOMPARE(counts.value(topics.at(0)).toInt(), 3);
        QCOMPARE(counts.value(topics.at(1)).toInt(), 4);
        // It asked on every poll and never had a reason to re-subscribe.
        QVERIFY(result.value(QStringLiteral("fetches")).toInt() >= 8);
        QCOMPARE(result.value(QStringLiteral("resubscribes")).toInt(), 0);

        // The dry run and the snippets tell the same group as the service.
        const CliRun cli = runProcess(cliExecutable(), {QStringLiteral("--catalog"), catalog.path(), QStringLiteral("resolve"), app,
                                                        channels.first(), QStringLiteral("--intent"), QStringLiteral("consume"),
                                                        QStringLiteral("--json")},
                                      {}, {}, 30000);
        const QByteArray dryRun = cli.out;
        QVERIFY2(cli.exitCode == 0, (dryRun + cli.err).constData());
        QCOMPARE(QJsonDocument::fromJson(dryRun).object().value(QStringLiteral("group_id")).toString(), prefix + app);
        SnippetRequest snippet;
        snippet.application = app;
        snippet.channels = channels;
        snippet.profile = QStringLiteral("safeConsumer");
        auto input = SnippetBuilder(db, vault).build(snippet);
        QVERIFY2(input, qPrintable(input.error()));
        QCOMPARE(input->consumerGroup, prefix + app);

        // A group outside the grant's prefix is refused by the service, naming both.
        const HttpReply refused = httpRequest(router.port(), "GET",
                                              "/servicegw?config_profile=safeConsumer&kafka.group.id=elsewhere&channel="
                                                  + QUrl::toPercentEncoding(channels.first()),
                                              {{"Authorization", basicAuth(app, tokenText)}});
        QCOMPARE(refused.status, 403);
        QVERIFY2(refused.body.contains("elsewhere") && refused.body.contains(prefix.toUtf8() + '*'), refused.body.constData());

        QVERIFY2(router.stop(), router.log().right(2000).constData());
        QVERIFY(!router.log().contains(tokenText.toUtf8()));
        QVERIFY(!router.log().contains(broker.password(QStringLiteral("carol")).toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestSdkConsumer)
#include "tst_sdkconsumer_e2e.moc"
