// ACL provisioning against the real broker: approving a produce grant for an application whose
// SASL user (bob) had no ACL lets bob produce with a real Kafka client; revoking takes exactly
// those ACLs away again. One round trip files a request for a topic that does not exist yet and
// approves it (topic created, consume ACLs with the group). The drift report names an ACL the
// test made by hand, and an ACL of a grant that someone deleted.

#include "CliProcess.h"
#include "KafkaFixtures.h"
#include "TempCatalog.h"
#include "TestBroker.h"
#include "acl/AclProvisioner.h"
#include "acl/DriftReport.h"
#include "clusters/ClusterStore.h"
#include "kafka/AdminClient.h"
#include "requests/ApprovalService.h"
#include "requests/RequestStore.h"
#include "routing/ApplicationStore.h"
#include "routing/GrantStore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <tuple>
#include <QTest>

using namespace Switchboard;

namespace {

QList<AclBinding> aclsOf(const AdminClient &admin, const QString &resource)
{
    QList<AclBinding> out;
    auto all = admin.describeAcls();
    if (all) {
        for (const AclBinding &a : *all) {
            if (a.resourceName == resource)
                out.append(a);
        }
    }
    return out;
}

} // namespace

class TestAclProvisioning : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TempCatalog> m_catalog;
    QString m_cluster;
    QString m_app;

    const Database &db() const { return m_catalog->db(); }

private Q_SLOTS:
    void init()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        m_catalog = std::make_unique<Test::TempCatalog>();
        QVERIFY(m_catalog->isValid());
        Cluster c;
        c.name = QStringLiteral("broker");
        c.environment = QStringLiteral("test");
        c.bootstrapServers = broker.plaintextBootstrap();   // PLAINTEXT is the super user
        QVERIFY(ClusterStore(db()).add(c));
        m_cluster = c.name;
        m_app = Test::uniqueName(QStringLiteral("acl-app"));
        QVERIFY(ApplicationStore(db()).add(Application{0, m_app, QStringLiteral("payments"), {}, {}}));
        QVERIFY(ApplicationStore(db()).setPrincipal(m_app, m_cluster, QStringLiteral("User:bob")));
    }

    void produceGrantLetsBobProduceUntilRevoked()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        const QString topic = Test::uniqueName(QStringLiteral("acl.orders"));
        QVERIFY(Test::createTopics(broker.plaintextConfig(), {NewTopic{topic, 1, 1, {}}}));
        const ClientConfig bob = broker.saslConfig(QStringLiteral("bob"));
        auto refused = Test::tryProduce(bob, topic, 4000);
        QVERIFY2(!refused, "bob produced before any grant");
        QVERIFY2(refused.error().contains(QLatin1String("authoriz"), Qt::CaseInsensitive), qPrintable(refused.error()));

        AccessRequest draft;
        draft.application = m_app;
        draft.channel = QStringLiteral("kafka://acl.example.com/") + topic;
        draft.intent = Intent::Produce;
        draft.justification = QStringLiteral("integration test");
        draft.proposedEnvironment = QStringLiteral("test");
        draft.proposedCluster = m_cluster;
        draft.proposedTopic = topic;
        auto filed = RequestStore(db()).file(draft);
        QVERIFY2(filed, qPrintable(filed.error()));

        ApproveOptions options;
        options.provisionAcls = true;
        options.forceBinding = true;   // this catalog never crawled the broker
        auto approved = ApprovalService(db()).approve(filed->uuid, options);
        QVERIFY2(approved, qPrintable(approved.error()));
        QVERIFY(approved->acls.has_value());
        QCOMPARE(approved->acls->created.size(), 2);
        QStringList ops;
        for (const ClusterAcl &a : approved->acls->created) {
            QCOMPARE(a.acl.principal, QStringLiteral("User:bob"));
            QCOMPARE(a.acl.resourceName, topic);
            ops << a.acl.operation;
        }
        ops.sort();
        QCOMPARE(ops, (QStringList{QStringLiteral("DESCRIBE"), QStringLiteral("WRITE")}));

        auto allowed = Test::produceEventually(bob, topic, true);
        QVERIFY2(allowed, qPrintable(allowed.error()));

        // Provisioning again finds everything in place and creates nothing.
        auto again = AclProvisioner(db()).provision(approved->outcome.grant.grant.id);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->created.size(), 0);
        QCOMPARE(again->present.size(), 2);

        auto revoked = AclProvisioner(db()).revoke(approved->outcome.grant.grant.id);
        QVERIFY2(revoked, qPrintable(revoked.error()));
        QCOMPARE(revoked->deleted.size(), 2);
        auto admin = AdminClient::create(broker.plaintextConfig());
        QVERIFY(admin);
        QVERIFY(aclsOf(**admin, topic).isEmpty());
        auto refusedAgain = Test::produceEventually(bob, topic, false);
        QVERIFY2(!refusedAgain, "bob still produces after the grant was revoked");
        QVERIFY(GrantStore(db()).list(GrantFilter{m_app, {}, false})->isEmpty());
        QVERIFY((*admin)->deleteTopics({topic}));
    }

    void revokeLeavesOtherAclsAlone()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        const QString topic = Test::uniqueName(QStringLiteral("acl.shared"));
        QVERIFY(Test::createTopics(broker.plaintextConfig(), {NewTopic{topic, 1, 1, {}}}));
        // Someone gave bob DESCRIBE by hand before the grant: not the grant's to delete.
        const AclBinding byHand{QStringLiteral("TOPIC"), topic, QStringLiteral("LITERAL"), QStringLiteral("User:bob"),
                                QStringLiteral("*"), QStringLiteral("DESCRIBE"), QStringLiteral("ALLOW")};
        QVERIFY(Test::createAcls(broker.plaintextConfig(), {byHand}));
        const QString channel = QStringLiteral("kafka://acl.example.com/") + topic;
        QVERIFY(ChannelStore(db()).bind(channel, QStringLiteral("test"), m_cluster, topic, true));
        auto produce = GrantStore(db()).add(m_app, channel, Intent::Produce);
        auto consume = GrantStore(db()).add(m_app, channel, Intent::Consume, QStringLiteral("bob-readers"));
        QVERIFY(produce && consume);
        auto p = AclProvisioner(db()).provision(produce->grant.id);
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(p->created.size(), 1);   // WRITE; DESCRIBE was there
        QCOMPARE(p->present.size(), 1);
        auto c = AclProvisioner(db()).provision(consume->grant.id);
        QVERIFY2(c, qPrintable(c.error()));
        QCOMPARE(c->created.size(), 2);   // READ on topic, READ on group

        auto revoked = AclProvisioner(db()).revoke(produce->grant.id);
        QVERIFY2(revoked, qPrintable(revoked.error()));
        QCOMPARE(revoked->deleted.size(), 1);
        auto admin = AdminClient::create(broker.plaintextConfig());
        const QList<AclBinding> left = aclsOf(**admin, topic);
        QVERIFY(left.contains(byHand));
        QCOMPARE(left.size(), 2);   // DESCRIBE by hand + the consume grant's READ
        QVERIFY(AclProvisioner(db()).revoke(consume->grant.id));
        QCOMPARE(aclsOf(**admin, topic), QList<AclBinding>{byHand});
        QVERIFY((*admin)->deleteAcls({byHand}));
        QVERIFY((*admin)->deleteTopics({topic}));
    }

    void newTopicInOneRoundTripAndDrift()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        const QString topic = Test::uniqueName(QStringLiteral("acl.new"));
        const QString group = Test::uniqueName(QStringLiteral("bob-group"));
        AccessRequest draft;
        draft.application = m_app;
        draft.channel = QStringLiteral("kafka://acl.example.com/") + topic;
        draft.intent = Intent::Consume;
        draft.consumerGroup = group;
        draft.proposedEnvironment = QStringLiteral("test");
        draft.proposedCluster = m_cluster;
        draft.proposedTopic = topic;
        auto filed = RequestStore(db()).file(draft);
        QVERIFY2(filed, qPrintable(filed.error()));
        ApproveOptions options;
        options.createTopic = true;
        options.provisionAcls = true;
        auto approved = ApprovalService(db()).approve(filed->uuid, options);
        QVERIFY2(approved, qPrintable(approved.error()));
        QVERIFY(approved->topicCreated);
        QCOMPARE(approved->acls->created.size(), 3);
        auto admin = AdminClient::create(broker.plaintextConfig());
        auto md = (*admin)->metadata({topic});
        QVERIFY2(md && md->topics.size() == 1 && md->topics.first().error.isEmpty(), "the topic was not created");
        const AclBinding groupAcl{QStringLiteral("GROUP"), group, QStringLiteral("LITERAL"), QStringLiteral("User:bob"),
                                  QStringLiteral("*"), QStringLiteral("READ"), QStringLiteral("ALLOW")};
        QVERIFY(aclsOf(**admin, group).contains(groupAcl));

        // Clean: nothing of this grant is missing.
        auto clean = DriftReport::live(db(), m_cluster);
        QVERIFY2(clean, qPrintable(clean.error()));
        QVERIFY(clean->missing.isEmpty());

        // An ACL made by hand is unexplained; a grant ACL deleted by hand is missing.
        const AclBinding carol{QStringLiteral("TOPIC"), topic, QStringLiteral("LITERAL"), QStringLiteral("User:carol"),
                               QStringLiteral("*"), QStringLiteral("READ"), QStringLiteral("ALLOW")};
        QVERIFY(Test::createAcls(broker.plaintextConfig(), {carol}));
        QVERIFY((*admin)->deleteAcls({groupAcl}));
        auto drift = DriftReport::live(db(), m_cluster);
        QVERIFY2(drift, qPrintable(drift.error()));
        bool carolNamed = false;
        for (const UnexplainedAcl &u : drift->unexplained)
            carolNamed = carolNamed || u.acl.acl == carol;
        QVERIFY2(carolNamed, "the drift report does not name the hand-made ACL");
        QCOMPARE(drift->missing.size(), 1);
        QCOMPARE(drift->missing.first().acl.acl, groupAcl);
        QCOMPARE(drift->missing.first().application, m_app);
        const QJsonObject json = drift->toJson();
        QCOMPARE(json.value(QLatin1String("missing")).toArray().size(), 1);

        // The same through the command line, as a script reads it.
        const Test::CliRun cli = Test::runProcess(QStringLiteral(SWITCHBOARD_CLI),
                                                  {QStringLiteral("--catalog"), m_catalog->path(), QStringLiteral("drift"),
                                                   QStringLiteral("--cluster"), m_cluster, QStringLiteral("--json")},
                                                  {}, {}, 30000);
        QCOMPARE(cli.exitCode, 0);
        const QJsonObject cliJson = QJsonDocument::fromJson(cli.out).object();
        bool carolInCli = false;
        for (const QJsonValue &v : cliJson.value(QLatin1String("unexplained")).toArray())
            carolInCli = carolInCli || (v.toObject().value(QLatin1String("principal")).toString() == QLatin1String("User:carol")
                                        && v.toObject().value(QLatin1String("resource_name")).toString() == topic);
        QVERIFY2(carolInCli, "switchboard-cli drift --json does not name the hand-made ACL");
        QCOMPARE(cliJson.value(QLatin1String("missing")).toArray().first().toObject().value(QLatin1String("resource_name")).toString(), group);

        QVERIFY(AclProvisioner(db()).revoke(approved->outcome.grant.grant.id));
        QVERIFY((*admin)->deleteAcls({carol}));
        QVERIFY((*admin)->deleteTopics({topic}));
    }

    // The command line reaches a SASL-protected cluster with the admin secret from the vault
    // (vault cluster-secret), and says so, without the secret, when the vault stays locked.
    void cliUsesTheVaultForASaslCluster()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        Cluster sasl;
        sasl.name = QStringLiteral("broker-sasl");
        sasl.environment = QStringLiteral("test");
        sasl.bootstrapServers = broker.saslBootstrap();
        sasl.properties = {{QStringLiteral("security.protocol"), QStringLiteral("SASL_PLAINTEXT")},
                           {QStringLiteral("sasl.mechanisms"), QStringLiteral("PLAIN")},
                           {QStringLiteral("sasl.username"), QStringLiteral("admin")}};
        auto added = ClusterStore(db()).add(sasl);
        QVERIFY2(added, qPrintable(added.error()));
        const QString topic = Test::uniqueName(QStringLiteral("acl.vault"));
        const AclBinding carol{QStringLiteral("TOPIC"), topic, QStringLiteral("LITERAL"), QStringLiteral("User:carol"),
                               QStringLiteral("*"), QStringLiteral("READ"), QStringLiteral("ALLOW")};
        QVERIFY(Test::createAcls(broker.plaintextConfig(), {carol}));

        const QString passphrase = Test::uniqueName(QStringLiteral("vault-passphrase"));
        auto cli = [&](const QStringList &args, bool withPassphrase) {
            Test::CliEnvironment env;
            env.removePrefixes = {QStringLiteral("SWITCHBOARD_VAULT_PASSPHRASE")};
            if (withPassphrase)
                env.set.insert(QStringLiteral("SWITCHBOARD_VAULT_PASSPHRASE"), passphrase);
            env.set.insert(QStringLiteral("ADMIN_SECRET"), broker.password(QStringLiteral("admin")));
            const Test::CliRun run = Test::runProcess(QStringLiteral(SWITCHBOARD_CLI),
                                                      QStringList{QStringLiteral("--catalog"), m_catalog->path()} + args, env);
            return std::make_tuple(run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err));
        };
        auto [initCode, initOut, initErr] = cli({QStringLiteral("vault"), QStringLiteral("init")}, true);
        QVERIFY2(initCode == 0, qPrintable(initErr));
        auto [setCode, setOut, setErr] = cli({QStringLiteral("vault"), QStringLiteral("cluster-secret"), QStringLiteral("set"),
                                              QStringLiteral("broker-sasl"), QStringLiteral("--secret-env"), QStringLiteral("ADMIN_SECRET")},
                                             true);
        QVERIFY2(setCode == 0, qPrintable(setErr));

        const QStringList drift{QStringLiteral("drift"), QStringLiteral("--cluster"), QStringLiteral("broker-sasl"), QStringLiteral("--json")};
        auto [code, out, err] = cli(drift, true);
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY2(out.contains(topic), "the drift report over SASL does not name the hand-made ACL");

        auto [lockedCode, lockedOut, lockedErr] = cli(drift, false);
        QCOMPARE(lockedCode, 1);
        QVERIFY2(lockedErr.contains(QLatin1String("needs its secrets from the vault")), qPrintable(lockedErr));
        for (const QString &text : {out, err, lockedOut, lockedErr, setOut, setErr})
            QVERIFY(!text.contains(broker.password(QStringLiteral("admin"))));

        auto admin = AdminClient::create(broker.plaintextConfig());
        QVERIFY((*admin)->deleteAcls({carol}));
    }
};

QTEST_GUILESS_MAIN(TestAclProvisioning)
#include "tst_aclprovisioning.moc"
