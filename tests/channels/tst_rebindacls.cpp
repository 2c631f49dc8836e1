// Re-binding a channel moves its grants' ACLs, against the real broker: bob's produce grant
// (ACLs provisioned at approval) follows the channel to the new topic with "switchboard-cli
// channel rebind", without a "grant provision"; bob can produce to the new topic and no longer
// to the old one. An ACL on the old topic that another grant needs stays (it passes to that
// grant), and an ACL made by hand is never touched.

#include "CliProcess.h"
#include "Approvals.h"
#include "KafkaFixtures.h"
#include "TempCatalog.h"
#include "TestBroker.h"
#include "acl/AclProvisioner.h"
#include "acl/ChannelMigration.h"
#include "clusters/ClusterStore.h"
#include "kafka/AdminClient.h"
#include "requests/ApprovalService.h"
#include "requests/RequestStore.h"
#include "routing/ApplicationStore.h"
#include "routing/ChannelStore.h"
#include "routing/GrantStore.h"

#include <QTest>

using namespace Switchboard;


class TestRebindAcls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void grantsFollowTheChannel()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        Test::TempCatalog catalog;
        QVERIFY(catalog.isValid());
        const Database &db = catalog.db();
        Cluster c;
        c.name = QStringLiteral("broker");
        c.environment = QStringLiteral("test");
        c.bootstrapServers = broker.plaintextBootstrap();   // PLAINTEXT is the super user
        QVERIFY(ClusterStore(db).add(c));
        const QString app = Test::uniqueName(QStringLiteral("rebind-app"));
        const QString other = Test::uniqueName(QStringLiteral("rebind-other"));
        for (const QString &a : {app, other}) {
            QVERIFY(ApplicationStore(db).add(Application{0, a, QStringLiteral("payments"), {}, {}}));
            QVERIFY(ApplicationStore(db).setPrincipal(a, c.name, a == app ? QStringLiteral("User:bob") : QStringLiteral("User:carol")));
        }
        const QString oldTopic = Test::uniqueName(QStringLiteral("rebind.old"));
        const QString newTopic = Test::uniqueName(QStringLiteral("rebind.new"));
        QVERIFY(Test::createTopics(broker.plaintextConfig(), {NewTopic{oldTopic, 1, 1, {}}, NewTopic{newTopic, 1, 1, {}}}));
        const ClientConfig bob = broker.saslConfig(QStringLiteral("bob"));
        const ClientConfig carol = broker.saslConfig(QStringLiteral("carol"));

        // bob's application on channel A, carol's on channel B: both on the old topic.
        const QString channelA = QStringLiteral("kafka://rebind.example.com/") + Test::uniqueName(QStringLiteral("a"));
        const QString channelB = QStringLiteral("kafka://rebind.example.com/") + Test::uniqueName(QStringLiteral("b"));
        auto grantA = Test::approveProduceWithAcls(db, app, channelA, c.name, oldTopic);
        QVERIFY2(grantA, qPrintable(grantA.error()));
        auto grantB = Test::approveProduceWithAcls(db, other, channelB, c.name, oldTopic);
        QVERIFY2(grantB, qPrintable(grantB.error()));
        {
            auto st = Test::produceEventually(bob, oldTopic, true);
            QVERIFY2(st, qPrintable(st.error()));
        }
        auto refusedNew = Test::tryProduce(bob, newTopic, 4000);
        QVERIFY2(!refusedNew, "bob produced to the new topic before the rebind");

        // The re-binding, as a platform engineer runs it.
        const Test::CliRun cli = Test::runProcess(QStringLiteral(SWITCHBOARD_CLI),
                                                  {QStringLiteral("--catalog"), catalog.path(), QStringLiteral("channel"),
                                                   QStringLiteral("rebind"), channelA, QStringLiteral("--env"), QStringLiteral("test"),
                                                   QStringLiteral("--cluster"), c.name, QStringLiteral("--topic"), newTopic,
                                                   QStringLiteral("--force")},
                                                  {});
        const QByteArray out = cli.out;
        const QByteArray err = cli.err;
        qInfo("%s%s", out.constData(), err.constData());
        QCOMPARE(cli.exitCode, 0);
        QVERIFY(out.contains("follow"));
        QVERIFY(out.contains("created") && out.contains(newTopic.toUtf8()));
        QVERIFY(out.contains("deleted") && out.contains(oldTopic.toUtf8()));

        // The wire: bob now writes to the new topic, and no longer to the old one.
        {
            auto st = Test::produceEventually(bob, newTopic, true);
            QVERIFY2(st, qPrintable(st.error()));
            auto refused = Test::produceEventually(bob, oldTopic, false);
            QVERIFY2(!refused, "bob still produces to the old topic");
            QVERIFY2(refused.error().contains(QLatin1String("authoriz"), Qt::CaseInsensitive), qPrintable(refused.error()));
            // carol's grant on the old topic was not touched.
            auto carolOk = Test::produceEventually(carol, oldTopic, true);
            QVERIFY2(carolOk, qPrintable(carolOk.error()));
        }
        auto recorded = AclProvisioner(db).recorded(*grantA);
        QVERIFY(recorded && recorded->size() == 2);
        for (const ClusterAcl &a : *recorded)
            QCOMPARE(a.acl.resourceName, newTopic);

        // Library level (what the desktop runs): channel B follows to the new topic as well; an
        // ACL someone made by hand for carol on the old topic stays.
        auto admin = AdminClient::create(broker.plaintextConfig(), 10000);
        QVERIFY(admin);
        const AclBinding handMade{QStringLiteral("TOPIC"), oldTopic, QStringLiteral("LITERAL"), QStringLiteral("User:carol"),
                                  QStringLiteral("*"), QStringLiteral("READ"), QStringLiteral("ALLOW")};
        QVERIFY((*admin)->createAcls({handMade}));
        auto moved = ChannelMigration(db).rebind(channelB, QStringLiteral("test"), c.name, newTopic, true);
        QVERIFY2(moved, qPrintable(moved.error()));
        QCOMPARE(moved->grants.size(), 1);
        QVERIFY(moved->aclsFollowed());
        QCOMPARE(moved->grants.first().report->deleted.size(), 2);   // carol's WRITE and DESCRIBE on the old topic
        {
            auto st = Test::produceEventually(carol, newTopic, true);
            QVERIFY2(st, qPrintable(st.error()));
            auto refused = Test::produceEventually(carol, oldTopic, false);
            QVERIFY2(!refused, "carol still produces to the old topic");
        }
        auto acls = (*admin)->describeAcls();
        QVERIFY(acls);
        QVERIFY2(acls->contains(handMade), "the hand-made ACL was deleted");
        QVERIFY((*admin)->deleteAcls({handMade}));
    }
};

QTEST_GUILESS_MAIN(TestRebindAcls)
#include "tst_rebindacls.moc"
