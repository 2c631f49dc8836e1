// Issue 8 end to end: the older Java service-locator SDK's header-based lookup, driven by a small
// Java program built with javac at test time against the real kafka-clients jar (from
// ~/.cache/switchboard/kafka-3.9.1/libs, there after scripts/kafka start). It asks
// GET /service-locator, reads X-Kafka-Bootstrap-Servers and X-Kafka-Topic, and produces; the test
// reads the records back from the bound topic on the real broker.
// Issue 14: the same with the HTTP client that SDK's code uses, OkHttp (from Maven Central into
// ~/.cache/switchboard/okhttp-4.12.0/libs by scripts/okhttp, which scripts/test runs), reading the
// lower-case header names x-kafka-topic and x-kafka-bootstrap-servers as it does.

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
#include "vault/CredentialStore.h"
#include "vault/TokenStore.h"
#include "vault/Vault.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <librdkafka/rdkafka.h>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

QString okhttpLibs()
{
    return qEnvironmentVariable("SWITCHBOARD_OKHTTP_LIBS", QDir::homePath() + QStringLiteral("/.cache/switchboard/okhttp-4.12.0/libs"));
}

QString kafkaLibs()
{
    return qEnvironmentVariable("SWITCHBOARD_KAFKA_LIBS", QDir::homePath() + QStringLiteral("/.cache/switchboard/kafka-3.9.1/libs"));
}

// Reads every record of partition 0 from the beginning, as the ANONYMOUS super user.
QStringList readBack(const QString &bootstrap, const QString &topic, int expected)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.toUtf8().constData(), err, sizeof err);
    rd_kafka_conf_set(conf, "group.id", uniqueName(QStringLiteral("readback")).toUtf8().constData(), err, sizeof err);
    rd_kafka_t *consumer = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    if (!consumer)
        return {};
    rd_kafka_topic_partition_list_t *partitions = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(partitions, topic.toUtf8().constData(), 0)->offset = RD_KAFKA_OFFSET_BEGINNING;
    rd_kafka_assign(consumer, partitions);
    rd_kafka_topic_partition_list_destroy(partitions);
    QStringList values;
    QElapsedTimer timer;
    timer.start();
    while (values.size() < expected && timer.elapsed() < 20000) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(consumer, 500);
        if (!m)
            continue;
        if (!m->err)
            values.append(QString::fromUtf8(static_cast<const char *>(m->payload), int(m->len)));
        rd_kafka_message_destroy(m);
    }
    rd_kafka_consumer_close(consumer);
    rd_kafka_destroy(consumer);
    return values;
}

} // namespace

class TestLocatorJava : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void javaClientProducesThroughTheHeaderLookup_data()
    {
        QTest::addColumn<QString>("client");   // the Java program's class (and file) name
        QTest::addColumn<bool>("okhttp");      // needs OkHttp on the class path
        QTest::newRow("java.net.http, canonical header names") << QStringLiteral("LegacyLocatorClient") << false;
        QTest::newRow("OkHttp, lower-case header names as the SDK reads them") << QStringLiteral("OkHttpLocatorClient") << true;
    }

    void javaClientProducesThroughTheHeaderLookup()
    {
        QFETCH(QString, client);
        QFETCH(bool, okhttp);
        SWITCHBOARD_REQUIRE_BROKER(broker);
        const QString libs = kafkaLibs();
        QVERIFY2(QFile::exists(libs + QStringLiteral("/kafka-clients-3.9.1.jar")),
                 qPrintable(QStringLiteral("kafka-clients not found in %1: run scripts/kafka start once").arg(libs)));
        QTemporaryDir work;
        QStringList classpath;
        for (const QString &jar : QDir(libs).entryList({QStringLiteral("kafka-clients-*.jar"), QStringLiteral("slf4j-api-*.jar"),
                                                        QStringLiteral("lz4-java-*.jar"), QStringLiteral("snappy-java-*.jar"),
                                                        QStringLiteral("zstd-jni-*.jar")}))
            classpath.append(libs + QLatin1Char('/') + jar);
        if (okhttp) {
            const QString okLibs = okhttpLibs();
            const QStringList jars = QDir(okLibs).entryList({QStringLiteral("*.jar")});
            QVERIFY2(jars.contains(QStringLiteral("okhttp-4.12.0.jar")),
                     qPrintable(QStringLiteral("OkHttp not found in %1: run scripts/okhttp fetch once (scripts/test does)").arg(okLibs)));
            for (const QString &jar : jars)
                classpath.append(okLibs + QLatin1Char('/') + jar);
        }
        QProcess javac;
        javac.setProcessChannelMode(QProcess::MergedChannels);
        javac.start(QStringLiteral("javac"), {QStringLiteral("-cp"), classpath.join(QLatin1Char(':')), QStringLiteral("-d"), work.path(),
                                              qEnvironmentVariable("SWITCHBOARD_SOURCE_DIR") + QStringLiteral("/tests/router/") + client
                                                  + QStringLiteral(".java")});
        QVERIFY(javac.waitForFinished(120000));
        QVERIFY2(javac.exitCode() == 0, javac.readAll().constData());

        // The portal: cluster, application, an approved produce grant (topic created, ACLs
        // provisioned), alice's credentials, a token; one routing service, pushed.
        QVERIFY(BundleCrypto::initialize());
        TempCatalog catalog;
        Database &db = catalog.db();
        Vault vault(db);
        QVERIFY(vault.initialize(SecretBytes::fromString(QStringLiteral("java e2e passphrase"))));
        const Cluster cluster = clientCluster(broker, QStringLiteral("legacy"));
        auto added = ClusterStore(db).add(cluster);
        QVERIFY2(added, qPrintable(added.error()));
        Application application;
        application.name = QStringLiteral("legacy-orders");
        QVERIFY(ApplicationStore(db).add(application));
        QVERIFY(ApplicationStore(db).setPrincipal(application.name, cluster.name, QStringLiteral("User:bob")));
        const QString topic = uniqueName(QStringLiteral("legacy-orders"));
        const QString channelName = uniqueName(QStringLiteral("orders"));
        AccessRequest draft;
        draft.application = application.name;
        draft.channel = QStringLiteral("kafka://shop.example.com/") + channelName;
        draft.intent = Intent::Produce;
        draft.justification = QStringLiteral("the old order service writes orders");
        draft.proposedEnvironment = QStringLiteral("prod");
        draft.proposedCluster = cluster.name;
        draft.proposedTopic = topic;
        ApproveOptions approve;
        approve.createTopic = true;
        approve.provisionAcls = true;
        approve.forceBinding = true;
        auto approved = fileAndApprove(db, draft, approve);
        QVERIFY_RESULT(approved);
        auto token = vendCredentialAndToken(db, vault, broker, application.name, added->id, QStringLiteral("bob"));
        QVERIFY_RESULT(token);

        PortalRouter portal(db, vault);
        QString error;
        QVERIFY2(portal.start(QStringLiteral("legacy-router"), &error), qPrintable(error));
        RouterProcess &router = portal.process();
        const QString url = portal.url();
        QVERIFY_RESULT(portal.push());

        auto runJava = [&](const QString &apikey, const QString &prefix) {
            QProcess java;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LOCATOR_APIKEY"), apikey);
            env.insert(QStringLiteral("KAFKA_SASL_PASSWORD"), broker.password(QStringLiteral("bob")));
            java.setProcessEnvironment(env);
            java.start(QStringLiteral("java"), {QStringLiteral("-cp"), work.path() + QLatin1Char(':') + classpath.join(QLatin1Char(':')),
                                                client, url, QStringLiteral("shop.example.com"),
                                                channelName, QStringLiteral("4"), prefix, QStringLiteral("SASL_PLAINTEXT"),
                                                QStringLiteral("bob")});
            java.waitForFinished(120000);
            const QByteArray output = java.readAllStandardOutput();
            return QJsonDocument::fromJson(output.trimmed().split('\n').last()).object();
        };
        const QJsonObject result = runJava(*token, QStringLiteral("legacy"));
        QVERIFY2(result.value(QStringLiteral("status")).toInt() == 200, QJsonDocument(result).toJson().constData());
        QCOMPARE(result.value(QStringLiteral("topic")).toString(), topic);
        QCOMPARE(result.value(QStringLiteral("bootstrap")).toString(), broker.saslBootstrap());
        QStringList values = readBack(broker.plaintextBootstrap(), topic, 4);
        values.sort();
        QCOMPARE(values, (QStringList{QStringLiteral("legacy-0"), QStringLiteral("legacy-1"), QStringLiteral("legacy-2"),
                                      QStringLiteral("legacy-3")}));

        // A wrong apikey is 401 for the old SDK too, and nothing is produced.
        const QJsonObject refused = runJava(QStringLiteral("sbt_wrong"), QStringLiteral("never"));
        QCOMPARE(refused.value(QStringLiteral("status")).toInt(), 401);

        QVERIFY(router.stop());
        QVERIFY(router.log().contains("\"GET /service-locator\" 200"));
        QVERIFY(router.log().contains("app=legacy-orders"));
        QVERIFY(!router.log().contains(token->toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestLocatorJava)
#include "tst_locator_java_e2e.moc"
