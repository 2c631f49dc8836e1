// Crawls that go wrong: a wrong bootstrap address fails with a clear error within the stated
// bound; bad credentials say "authentication failed"; a user without rights gets a partial
// crawl naming what it could not read; a cancelled crawl and a broker stopped in the middle of
// a crawl leave the previous snapshot intact and record the failure.

#include "ClusterFixture.h"
#include "KafkaFixtures.h"
#include "TempCatalog.h"
#include "TestBroker.h"
#include "kafka/AdminClient.h"
#include "clusters/ClusterStore.h"
#include "crawl/Crawler.h"
#include "topics/TopicStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace Switchboard;

namespace {

using Test::addCluster;

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();   // closed again when server goes: nothing listens there
}

} // namespace

class TestCrawlFailures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wrongBootstrap_data()
    {
        QTest::addColumn<QString>("bootstrap");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing listens") << QStringLiteral("127.0.0.1:%1").arg(freePort()) << "cannot reach the cluster";
        QTest::newRow("unknown host") << "no-such-broker.invalid:9092" << "cannot reach the cluster";
    }

    void wrongBootstrap()
    {
        QFETCH(QString, bootstrap);
        QFETCH(QString, expected);
        Test::TempCatalog catalog;
        const Cluster c = addCluster(catalog.db(), QStringLiteral("wrong"), bootstrap);
        QVERIFY(c.id > 0);
        CrawlOptions options;   // the documented bound: connectTimeoutMs = 10 s
        QElapsedTimer timer;
        timer.start();
        std::atomic_bool cancelled{false};
        const CrawlOutcome outcome = Crawler::crawl(catalog.path(), c, options, cancelled);
        QCOMPARE(outcome.status, CrawlStatus::Failed);
        QVERIFY2(outcome.error.contains(expected), qPrintable(outcome.error));
        QVERIFY2(timer.elapsed() < options.connectTimeoutMs + 1000, qPrintable(QString::number(timer.elapsed())));
        auto crawls = TopicStore(catalog.db()).crawls(c.id);
        QVERIFY(crawls);
        QCOMPARE(crawls->size(), 1);
        QCOMPARE(crawls->first().outcome, QStringLiteral("failed"));
        QCOMPARE(crawls->first().error, outcome.error);
    }

    void badPasswordAndMissingRights()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        Test::TempCatalog catalog;
        const ClientConfig carol = broker.saslConfig(QStringLiteral("carol"));
        const Cluster c = addCluster(catalog.db(), QStringLiteral("sasl"), broker.saslBootstrap(), carol.properties);
        QVERIFY(c.id > 0);
        std::atomic_bool cancelled{false};

        CrawlOptions wrong;
        wrong.secrets = [](const Cluster &) { return QMap<QString, QString>{{QStringLiteral("sasl.password"), QStringLiteral("nope-123")}}; };
        const CrawlOutcome refused = Crawler::crawl(catalog.path(), c, wrong, cancelled);
        QCOMPARE(refused.status, CrawlStatus::Failed);
        QVERIFY2(refused.error.contains(QLatin1String("authentication failed")), qPrintable(refused.error));
        QVERIFY(!refused.error.contains(QLatin1String("nope-123")));

        // carol may describe one topic but not read its configuration: a partial crawl that
        // names what is missing. (Topics and groups she may not describe are simply invisible
        // to her, as Kafka hides them; the broker answers her DescribeAcls with an empty list.)
        const QString visible = Test::uniqueName(QStringLiteral("carol-sees"));
        QVERIFY(Test::createTopics(broker.plaintextConfig(), {NewTopic{visible, 1, 1, {}}}));
        QVERIFY(Test::createAcls(broker.plaintextConfig(),
                                 {AclBinding{QStringLiteral("TOPIC"), visible, QStringLiteral("LITERAL"), QStringLiteral("User:carol"),
                                             QStringLiteral("*"), QStringLiteral("DESCRIBE"), QStringLiteral("ALLOW")}}));
        CrawlOptions right;
        right.secrets = [carol](const Cluster &) { return carol.secrets; };
        const CrawlOutcome partial = Crawler::crawl(catalog.path(), c, right, cancelled);
        QVERIFY2(partial.status == CrawlStatus::Partial, qPrintable(partial.statusName() + QLatin1Char(' ') + partial.error));
        // Other suites on the same broker may have let carol describe their topics too: every
        // topic she can see lacks its configuration, so ask the broker, as carol, how many those are.
        auto asCarol = AdminClient::create(carol);
        QVERIFY(asCarol);
        auto carolSees = (*asCarol)->metadata();
        QVERIFY2(carolSees, qPrintable(carolSees.error()));
        QVERIFY(!carolSees->topics.isEmpty());
        QCOMPARE(partial.missing, QStringList{QStringLiteral("configurations of %1 topic(s) (not authorized)")
                                                  .arg(carolSees->topics.size())});
        auto seen = TopicStore(catalog.db()).detail(c.name, visible);
        QVERIFY(seen && seen->has_value());
        QCOMPARE((*seen)->topic.partitions, 1);
        auto health = TopicStore(catalog.db()).clusterHealth(c.id);
        QCOMPARE((*health)->lastCrawl->outcome, QStringLiteral("partial"));
        QCOMPARE((*health)->lastCrawl->missing, partial.missing);

        // Without any password the crawl says where to put one.
        CrawlOptions none;
        none.secrets = [](const Cluster &) { return QMap<QString, QString>(); };
        const CrawlOutcome missing = Crawler::crawl(catalog.path(), c, none, cancelled);
        QVERIFY2(missing.error.contains(Crawler::passwordVariable(QStringLiteral("sasl"))), qPrintable(missing.error));
    }

    void cancelledCrawlKeepsSnapshot()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        Test::TempCatalog catalog;
        const QString topic = Test::uniqueName(QStringLiteral("cancel"));
        QVERIFY(Test::createTopics(broker.plaintextConfig(), {NewTopic{topic, 2, 1, {}}}));
        const Cluster c = addCluster(catalog.db(), QStringLiteral("local"), broker.plaintextBootstrap());
        std::atomic_bool cancelled{false};
        QVERIFY(Crawler::crawl(catalog.path(), c, {}, cancelled).succeeded());
        auto before = TopicStore(catalog.db()).count({});
        QVERIFY(before);

        CrawlOptions options;
        options.phaseHook = [&](CrawlPhase phase) {
            if (phase == CrawlPhase::Store)
                cancelled.store(true);
        };
        const CrawlOutcome outcome = Crawler::crawl(catalog.path(), c, options, cancelled);
        QCOMPARE(outcome.status, CrawlStatus::Cancelled);
        QCOMPARE(*TopicStore(catalog.db()).count({}), *before);
        auto crawls = TopicStore(catalog.db()).crawls(c.id);
        QCOMPARE(crawls->first().outcome, QStringLiteral("cancelled"));
        QCOMPARE(crawls->at(1).outcome, QStringLiteral("ok"));
    }

    // A private broker, stopped for real while the crawl runs: after the metadata phase, the
    // test's phase hook stops it; the crawl fails and the previous snapshot stays as it was.
    void brokerStoppedMidCrawl()
    {
        const QString source = qEnvironmentVariable("SWITCHBOARD_SOURCE_DIR");
        QVERIFY2(!source.isEmpty(), "SWITCHBOARD_SOURCE_DIR is not set (run through ctest)");
        QTemporaryDir runDir(QStringLiteral("/tmp/crawl-stop-test-XXXXXX"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SWITCHBOARD_KAFKA_DIR"), runDir.path());
        env.insert(QStringLiteral("KAFKA_HEAP"), QStringLiteral("384m"));
        auto kafka = [&](const QString &command) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(source + QStringLiteral("/scripts/kafka"), {command});
            p.waitForFinished(120000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAll())};
        };
        const auto started = kafka(QStringLiteral("start"));
        QVERIFY2(started.first == 0, qPrintable(started.second));
        auto stopOnExit = qScopeGuard([&] { kafka(QStringLiteral("stop")); });
        QString bootstrap;
        for (const QString &line : started.second.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("PLAINTEXT=")))
                bootstrap = line.mid(10).trimmed();
        }
        QVERIFY(!bootstrap.isEmpty());

        const ClientConfig config{bootstrap, {}, {}};
        QVERIFY(Test::createTopics(config, {NewTopic{QStringLiteral("kept.one"), 3, 1, {}}, NewTopic{QStringLiteral("kept.two"), 1, 1, {}}}));
        QVERIFY(Test::produceRecords(config, QStringLiteral("kept.one"), 7));

        Test::TempCatalog catalog;
        const Cluster c = addCluster(catalog.db(), QStringLiteral("private"), bootstrap);
        std::atomic_bool cancelled{false};
        CrawlOptions options;
        options.requestTimeoutMs = 4000;
        const CrawlOutcome first = Crawler::crawl(catalog.path(), c, options, cancelled);
        QVERIFY2(first.status == CrawlStatus::Ok, qPrintable(first.error));

        // Something changes, then the broker goes away in the middle of the next crawl.
        QVERIFY(Test::produceRecords(config, QStringLiteral("kept.one"), 5));
        options.phaseHook = [&](CrawlPhase phase) {
            if (phase == CrawlPhase::Configs)
                kafka(QStringLiteral("stop"));
        };
        QElapsedTimer timer;
        timer.start();
        const CrawlOutcome second = Crawler::crawl(catalog.path(), c, options, cancelled);
        QCOMPARE(second.status, CrawlStatus::Failed);
        QVERIFY2(!second.error.isEmpty(), "the failure needs a reason");
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));

        TopicStore store(catalog.db());
        auto crawls = store.crawls(c.id);
        QCOMPARE(crawls->size(), 2);
        QCOMPARE(crawls->at(0).outcome, QStringLiteral("failed"));
        QCOMPARE(crawls->at(0).error, second.error);
        QCOMPARE(crawls->at(1).outcome, QStringLiteral("ok"));
        auto one = store.detail(c.name, QStringLiteral("kept.one"));
        QVERIFY(one && one->has_value());
        QCOMPARE((*one)->topic.status(), QStringLiteral("active"));
        QCOMPARE(*(*one)->topic.messages, qint64(7));   // the first crawl's count, not a half-written one
        QCOMPARE((*one)->partitions.size(), 3);
        auto health = store.clusterHealth(c.id);
        QCOMPARE((*health)->lastCrawl->outcome, QStringLiteral("failed"));
        QCOMPARE((*health)->lastSuccess->id, first.crawlId);
        QCOMPARE((*health)->topics, 2);
    }
};

QTEST_GUILESS_MAIN(TestCrawlFailures)
#include "tst_crawlfailures.moc"
