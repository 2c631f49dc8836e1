// The whole mission in one run, against the real broker, the real switchboard-router process
// and a real Kafka client library that behaves like the service-locator SDKs (Python's
// confluent-kafka, Debian's python3-confluent-kafka run with /usr/bin/python3):
//   register the cluster, crawl it, create an application, request produce and consume grants,
//   approve them (topic created, ACLs provisioned), push; the client produces to the channel and
//   a consumer reads the records from the bound topic, both with the vended SASL credentials;
//   re-bind the channel to another topic, push: the unchanged client follows; revoke, push: the
//   service answers 403 and the broker refuses the client. Also 401, 404, 409, and a forged
//   bundle refused while the service keeps serving.

#include "CliProcess.h"
#include "Approvals.h"
#include "RouterHarness.h"
#include "VerifyResult.h"

#include "KafkaFixtures.h"
#include "TempCatalog.h"
#include "TestBroker.h"

#include "acl/AclProvisioner.h"
#include "acl/ChannelMigration.h"
#include "bundle/SignedBundle.h"
#include "clusters/ClusterStore.h"
#include "crawl/Crawler.h"
#include "push/BundlePusher.h"
#include "push/RoutingServiceStore.h"
#include "requests/ApprovalService.h"
#include "requests/RequestStore.h"
#include "routing/ApplicationStore.h"
#include "routing/ChannelStore.h"
#include "routing/GrantStore.h"
#include "vault/CredentialStore.h"
#include "vault/TokenStore.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

QJsonObject runClient(const QStringList &args)
{
    return runPythonClient(QStringLiteral("service_locator_client.py"), args, 90000);
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

class TestRouterEndToEnd : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wholeMission()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        QVERIFY(BundleCrypto::initialize());
        TempCatalog catalog;
        QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
        Database &db = catalog.db();
        Vault vault(db);
        QVERIFY(vault.initialize(SecretBytes::fromString(QStringLiteral("e2e passphrase 123"))));

        // 1. Register the cluster (crawler on PLAINTEXT, applications on SASL) and crawl it.
        const QString first = uniqueName(QStringLiteral("e2e-invoices"));
        const QString second = uniqueName(QStringLiteral("e2e-invoices-v2"));
        QVERIFY(createTopics(broker.plaintextConfig(), {NewTopic{second, 1, 1, {}}}));
        const Cluster cluster = clientCluster(broker, QStringLiteral("e2e"));
        auto added = ClusterStore(db).add(cluster);
        QVERIFY2(added, qPrintable(added.error()));
        CrawlOptions crawlOptions;
        crawlOptions.skip = {CrawlPhase::Configs, CrawlPhase::Groups, CrawlPhase::Offsets, CrawlPhase::Acls};
        std::atomic_bool cancelled{false};
        const CrawlOutcome crawled = Crawler::crawl(catalog.path(), *added, crawlOptions, cancelled);
        QVERIFY2(crawled.status != CrawlStatus::Failed, qPrintable(crawled.error));
        QVERIFY(crawled.topics > 0);

        // 2. An application that connects as alice, and its requests, approved with ACLs.
        const QString app = QStringLiteral("billing");
        Application application;
        application.name = app;
        QVERIFY(ApplicationStore(db).add(application));
        QVERIFY(ApplicationStore(db).setPrincipal(app, QStringLiteral("e2e"), QStringLiteral("User:alice")));
        const QString key = uniqueName(QStringLiteral("inv"));
        const QString channel = QStringLiteral("kafka://e2e.example.com/billing/") + key;
        const QString group = QStringLiteral("billing-") + key;

        AccessRequest produceRequest;
        produceRequest.application = app;
        produceRequest.channel = channel;
        produceRequest.intent = Intent::Produce;
        produceRequest.justification = QStringLiteral("invoices are written by billing");
        produceRequest.proposedEnvironment = QStringLiteral("prod");
        produceRequest.proposedCluster = QStringLiteral("e2e");
        produceRequest.proposedTopic = first;
        ApproveOptions approve;
        approve.createTopic = true;
        approve.provisionAcls = true;
        approve.forceBinding = true;
        auto approved = fileAndApprove(db, produceRequest, approve);
        QVERIFY_RESULT(approved);
        QVERIFY(approved->acls.has_value() && !approved->acls->created.isEmpty());
        const qint64 produceGrant = approved->outcome.grant.grant.id;

        AccessRequest consumeRequest;
        consumeRequest.application = app;
        consumeRequest.channel = channel;
        consumeRequest.intent = Intent::Consume;
        consumeRequest.consumerGroup = QStringLiteral("billing-");
        consumeRequest.groupIsPrefix = true;
        consumeRequest.justification = QStringLiteral("billing reads its own invoices back");
        ApproveOptions approveConsume;
        approveConsume.provisionAcls = true;
        auto approvedConsume = fileAndApprove(db, consumeRequest, approveConsume);
        QVERIFY_RESULT(approvedConsume);
        const qint64 consumeGrant = approvedConsume->outcome.grant.grant.id;

        // The vended credentials are alice's broker password; the token is shown once.
        auto token = vendCredentialAndToken(db, vault, broker, app, added->id, QStringLiteral("alice"));
        QVERIFY_RESULT(token);
        const QString tokenText = *token;

        // 3. The routing service, registered with its public key, trusting the portal's key.
        PortalRouter portal(db, vault);
        QString error;
        QVERIFY2(portal.start(QStringLiteral("r1"), &error), qPrintable(error));
        RouterProcess &router = portal.process();
        const BundleKeys &keys = portal.keys();
        const QString url = portal.url();
        // A 5 s TTL: the client's re-lookup after the migration comes within the test's time.
        const PushOptions quick{2, 100, 10000, 5};
        auto pushed = portal.push(quick);
        QVERIFY2(pushed, qPrintable(pushed.error()));
        auto services = RoutingServiceStore(db).list();
        QVERIFY(services && services->size() == 1);
        auto hash = BundlePusher::currentStateHash(db, vault);
        QVERIFY(hash);
        QVERIFY(services->first().deployedVersion > 0);
        QVERIFY(!services->first().isStale(*hash));

        // 4. Produce through the channel, consume from the bound topic, vended credentials both ways.
        const QString cache = router.stateDir() + QStringLiteral("/../client-cache.json");
        QJsonObject produced = runClient({QStringLiteral("produce"), url, app, tokenText, QStringLiteral("durableWrite"),
                                          channel, QStringLiteral("5"), QStringLiteral("first"), cache});
        QVERIFY2(produced.value(QStringLiteral("status")).toInt() == 200, QJsonDocument(produced).toJson().constData());
        QCOMPARE(produced.value(QStringLiteral("topic")).toString(), first);
        QCOMPARE(strings(produced.value(QStringLiteral("delivered"))).size(), 5);
        QJsonObject consumed = runClient({QStringLiteral("consume"), url, app, tokenText, QStringLiteral("safeConsumer"),
                                          channel, group, QStringLiteral("5")});
        qInfo("consumed from %s: %s", qPrintable(first), QJsonDocument(consumed).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(consumed.value(QStringLiteral("topic")).toString(), first);
        QStringList values = strings(consumed.value(QStringLiteral("values")));
        values.sort();
        QCOMPARE(values, (QStringList{QStringLiteral("first-0"), QStringLiteral("first-1"), QStringLiteral("first-2"),
                                      QStringLiteral("first-3"), QStringLiteral("first-4")}));

        // Errors a developer meets: wrong token, unknown profile.
        QJsonObject wrong = runClient({QStringLiteral("lookup"), url, app, QStringLiteral("sbt_not_the_token"),
                                       QStringLiteral("durableWrite"), channel});
        QCOMPARE(wrong.value(QStringLiteral("status")).toInt(), 401);
        QJsonObject unknown = runClient({QStringLiteral("lookup"), url, app, tokenText, QStringLiteral("noSuchProfile"), channel});
        QCOMPARE(unknown.value(QStringLiteral("status")).toInt(), 404);
        QVERIFY(unknown.value(QStringLiteral("message")).toString().contains(QLatin1String("noSuchProfile")));

        // 5. Migration: re-bind to another topic (its ACLs follow), push; the unchanged client follows.
        auto moved = ChannelMigration(db).rebind(channel, QStringLiteral("prod"), QStringLiteral("e2e"), second);
        QVERIFY2(moved, qPrintable(moved.error()));
        QVERIFY(moved->aclsFollowed());
        // Both grants' ACLs followed, without a manual provision.
        QCOMPARE(moved->grants.size(), 2);
        QVERIFY(moved->grants.at(0).grantId == consumeGrant || moved->grants.at(1).grantId == consumeGrant);
        hash = BundlePusher::currentStateHash(db, vault);
        QVERIFY(hash);
        services = RoutingServiceStore(db).list();
        QVERIFY(services->first().isStale(*hash));   // the desktop and the CLI show it as stale
        pushed = portal.push(quick);
        QVERIFY2(pushed, qPrintable(pushed.error()));
        produced = runClient({QStringLiteral("produce"), url, app, tokenText, QStringLiteral("durableWrite"), channel,
                              QStringLiteral("3"), QStringLiteral("second"), cache});
        QCOMPARE(produced.value(QStringLiteral("topic")).toString(), second);
        QCOMPARE(strings(produced.value(QStringLiteral("delivered"))).size(), 3);
        consumed = runClient({QStringLiteral("consume"), url, app, tokenText, QStringLiteral("safeConsumer"), channel,
                              group + QStringLiteral("-v2"), QStringLiteral("3")});
        QCOMPARE(consumed.value(QStringLiteral("topic")).toString(), second);
        QCOMPARE(strings(consumed.value(QStringLiteral("values"))).size(), 3);

        // Channels on two clusters cannot share one client: 409.
        Cluster other = cluster;
        other.name = QStringLiteral("e2e-other");
        auto otherAdded = ClusterStore(db).add(other);
        QVERIFY(otherAdded);
        const QString otherChannel = QStringLiteral("kafka://e2e.example.com/billing/") + uniqueName(QStringLiteral("other"));
        QVERIFY(ChannelStore(db).bind(otherChannel, QStringLiteral("prod"), QStringLiteral("e2e-other"), second, true));
        QVERIFY(GrantStore(db).add(app, otherChannel, Intent::Produce));
        QVERIFY(CredentialStore(db, vault).set(app, otherAdded->id, QStringLiteral("PLAIN"), QStringLiteral("alice"),
                                               SecretBytes::fromString(broker.password(QStringLiteral("alice")))));
        QVERIFY(portal.push(quick));
        const HttpReply conflict = httpRequest(router.port(), "GET",
                                               "/servicegw?config_profile=durableWrite&channel[0]=" + QUrl::toPercentEncoding(channel)
                                                   + "&channel[1]=" + QUrl::toPercentEncoding(otherChannel),
                                               {{"Authorization", basicAuth(app, tokenText)}});
        QCOMPARE(conflict.status, 409);

        // A forged bundle is refused; the service keeps answering from the good one.
        BundlePayload forgedPayload;
        forgedPayload.version = 1000000;
        forgedPayload.createdAt = QDateTime::currentDateTimeUtc();
        forgedPayload.recipient = keys.service.publicKey;
        forgedPayload.secretBoxPublicKey = keys.bundleBox.publicKey;
        forgedPayload.boxedTokenHashKey = QByteArray(72, 'x');
        const Ed25519KeyPair attacker = BundleCrypto::generateEd25519KeyPair();
        SignedBundle forged = SignedBundle::sign(forgedPayload, attacker);
        forged.signer = keys.portal.publicKey;   // claims to be the portal
        QCOMPARE(httpRequest(router.port(), "PUT", "/admin/v1/bundle", {}, forged.toJson()).status, 403);
        QJsonObject still = runClient({QStringLiteral("lookup"), url, app, tokenText, QStringLiteral("durableWrite"), channel});
        QCOMPARE(still.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(still.value(QStringLiteral("topic")).toString(), second);

        // 6. Revoke the produce grant (its ACLs go), push: 403 from the service, and the broker
        // refuses a client that still holds the old configuration.
        QVERIFY(AclProvisioner(db).revoke(produceGrant));
        QVERIFY(portal.push(quick));
        QJsonObject refused = runClient({QStringLiteral("lookup"), url, app, tokenText, QStringLiteral("durableWrite"), channel});
        QCOMPARE(refused.value(QStringLiteral("status")).toInt(), 403);
        QVERIFY(refused.value(QStringLiteral("message")).toString().contains(QLatin1String("produce")));
        QJsonObject stale = runClient({QStringLiteral("produce-cached"), cache, channel, QStringLiteral("1"), QStringLiteral("late")});
        qInfo("refused client: %s", QJsonDocument(stale).toJson(QJsonDocument::Compact).constData());
        QVERIFY2(strings(stale.value(QStringLiteral("delivered"))).isEmpty(), QJsonDocument(stale).toJson().constData());
        QVERIFY2(strings(stale.value(QStringLiteral("errors"))).join(QLatin1Char(' ')).contains(QLatin1String("uthoriz")),
                 QJsonDocument(stale).toJson().constData());

        QVERIFY2(router.stop(), router.log().right(2000).constData());
        QVERIFY(!router.log().contains(tokenText.toUtf8()));
        QVERIFY(!router.log().contains(broker.password(QStringLiteral("alice")).toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestRouterEndToEnd)
#include "tst_router_e2e.moc"
