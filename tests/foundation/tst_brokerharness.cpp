// Proves the test harness against the real broker: topics made with partitions and configs
// read back as made, and the SASL listener refuses an application user until an ACL allows it.

#include "KafkaFixtures.h"
#include "TestBroker.h"
#include "kafka/AdminClient.h"

#include <QTest>

using namespace Switchboard;

class TestBrokerHarness : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void topicsReadBackAsCreated()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        const QString orders = Test::uniqueName(QStringLiteral("harness.orders"));
        const QString audit = Test::uniqueName(QStringLiteral("harness.audit"));
        QVERIFY2(Test::createTopics(broker.plaintextConfig(),
                                    {NewTopic{orders, 3, 1, {{QStringLiteral("retention.ms"), QStringLiteral("3600000")},
                                                             {QStringLiteral("cleanup.policy"), QStringLiteral("compact")}}},
                                     NewTopic{audit, 1, 1, {{QStringLiteral("max.message.bytes"), QStringLiteral("2000000")}}}}),
                 "creating topics failed");

        auto admin = AdminClient::create(broker.plaintextConfig());
        QVERIFY2(admin, qPrintable(admin.error()));
        auto md = (*admin)->metadata({orders, audit});
        QVERIFY2(md, qPrintable(md.error()));
        QVERIFY(!md->clusterId.isEmpty());
        QCOMPARE(md->brokers.size(), 1);
        QCOMPARE(md->topics.size(), 2);
        for (const TopicMetadata &t : md->topics) {
            QCOMPARE(t.partitions.size(), t.name == orders ? 3 : 1);
            for (const PartitionInfo &p : t.partitions) {
                QCOMPARE(p.replicas.size(), 1);
                QCOMPARE(p.leader, md->brokers.first().id);
                QCOMPARE(p.isr, p.replicas);
            }
        }

        auto configs = (*admin)->describeTopicConfigs({orders, audit});
        QVERIFY2(configs, qPrintable(configs.error()));
        auto valueOf = [&](const QString &topic, const QString &name) -> std::pair<QString, ConfigSource> {
            for (const ConfigEntry &e : configs->value(topic)) {
                if (e.name == name)
                    return {e.value, e.source};
            }
            return {QStringLiteral("<missing>"), ConfigSource::Other};
        };
        QCOMPARE(valueOf(orders, QStringLiteral("retention.ms")).first, QStringLiteral("3600000"));
        QVERIFY(valueOf(orders, QStringLiteral("retention.ms")).second == ConfigSource::DynamicTopic);
        QCOMPARE(valueOf(orders, QStringLiteral("cleanup.policy")).first, QStringLiteral("compact"));
        QCOMPARE(valueOf(audit, QStringLiteral("max.message.bytes")).first, QStringLiteral("2000000"));
        // Not overridden: reported with a non-topic source.
        QVERIFY(valueOf(audit, QStringLiteral("retention.ms")).second != ConfigSource::DynamicTopic);

        QVERIFY((*admin)->deleteTopics({orders, audit}));
    }

    void saslUserNeedsAnAcl()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        QVERIFY2(broker.applicationUsers().contains(QStringLiteral("alice")), "broker.env lists no user alice");
        const QString topic = Test::uniqueName(QStringLiteral("harness.acl"));
        QVERIFY(Test::createTopics(broker.plaintextConfig(), {NewTopic{topic, 1, 1, {}}}));

        auto refused = Test::tryProduce(broker.saslConfig(QStringLiteral("alice")), topic, 5000);
        QVERIFY2(!refused, "alice produced without an ACL");
        QVERIFY2(refused.error().contains(QLatin1String("authoriz"), Qt::CaseInsensitive), qPrintable(refused.error()));

        const QList<AclBinding> acls{
            AclBinding{QStringLiteral("TOPIC"), topic, QStringLiteral("LITERAL"), QStringLiteral("User:alice"),
                       QStringLiteral("*"), QStringLiteral("WRITE"), QStringLiteral("ALLOW")},
            AclBinding{QStringLiteral("TOPIC"), topic, QStringLiteral("LITERAL"), QStringLiteral("User:alice"),
                       QStringLiteral("*"), QStringLiteral("DESCRIBE"), QStringLiteral("ALLOW")},
        };
        auto created = Test::createAcls(broker.plaintextConfig(), acls);
        QVERIFY2(created, qPrintable(created.error()));

        auto admin = AdminClient::create(broker.plaintextConfig());
        QVERIFY(admin);
        auto listed = (*admin)->describeAcls();
        QVERIFY2(listed, qPrintable(listed.error()));
        for (const AclBinding &acl : acls)
            QVERIFY2(listed->contains(acl), qPrintable(acl.toString()));

        auto allowed = Test::tryProduce(broker.saslConfig(QStringLiteral("alice")), topic, 10000);
        QVERIFY2(allowed, qPrintable(allowed.error()));
        // The ACL is alice's alone.
        QVERIFY(!Test::tryProduce(broker.saslConfig(QStringLiteral("bob")), topic, 5000));

        QVERIFY((*admin)->deleteAcls(acls));
        QVERIFY((*admin)->deleteTopics({topic}));
    }

    void wrongPasswordIsAnAuthenticationError()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        ClientConfig config = broker.saslConfig(QStringLiteral("alice"));
        config.secrets[QStringLiteral("sasl.password")] = QStringLiteral("not-the-password");
        auto admin = AdminClient::create(config, 5000);
        QVERIFY(admin);
        auto md = (*admin)->metadata();
        QVERIFY(!md);
        QVERIFY2(md.error().contains(QLatin1String("authentication failed")), qPrintable(md.error()));
        QVERIFY(!md.error().contains(QLatin1String("not-the-password")));
    }
};

QTEST_GUILESS_MAIN(TestBrokerHarness)
#include "tst_brokerharness.moc"
