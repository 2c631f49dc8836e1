// Crawling the real broker: the catalog holds exactly what the test built (partitions,
// config overrides, records, consumer groups with known lag, ACLs), seen through TopicStore
// (what the desktop app uses) and through `switchboard-cli ... --json`. A re-crawl after
// changes writes history entries and rates, and curation survives it.

#include "CliProcess.h"
#include "KafkaFixtures.h"
#include "TempCatalog.h"
#include "TestBroker.h"
#include "clusters/ClusterStore.h"
#include "crawl/Crawler.h"
#include "kafka/AdminClient.h"
#include "topics/TopicStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Switchboard;

namespace {

struct TopicSpec {
    QString suffix;
    int partitions;
    QMap<QString, QString> configs;
    int recordsPerPartition;
};

QJsonDocument runCli(const QString &catalog, const QStringList &args, int *exitCode = nullptr, QString *stderrText = nullptr)
{
    const Switchboard::Test::CliRun run =
        Switchboard::Test::runProcess(QStringLiteral(SWITCHBOARD_CLI), QStringList{QStringLiteral("--catalog"), catalog} + args, {});
    if (exitCode)
        *exitCode = run.exitCode;
    if (stderrText)
        *stderrText = QString::fromUtf8(run.err);
    return QJsonDocument::fromJson(run.out);
}

} // namespace

class TestCrawler : public QObject {
    Q_OBJECT

    Test::TempCatalog m_catalog;
    Cluster m_cluster;
    QString m_prefix;
    QList<TopicSpec> m_specs;
    QString m_groupA;   // commits on the "orders" topic
    QString m_groupB;   // commits on the "audit" topic
    qint64 m_expectedLagA = 0;

    QString topicName(const QString &suffix) const { return m_prefix + QLatin1Char('.') + suffix; }

    CrawlOutcome crawlNow(const CrawlOptions &options = {})
    {
        std::atomic_bool cancelled{false};
        return Crawler::crawl(m_catalog.path(), m_cluster, options, cancelled);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        QVERIFY2(m_catalog.isValid(), qPrintable(m_catalog.error()));
        m_prefix = Test::uniqueName(QStringLiteral("crawl"));
        m_specs = {
            {QStringLiteral("orders"), 3, {{QStringLiteral("retention.ms"), QStringLiteral("3600000")}}, 10},
            {QStringLiteral("audit_log-v2"), 1, {}, 5},
            {QStringLiteral("payments"), 6,
             {{QStringLiteral("max.message.bytes"), QStringLiteral("2000000")},
              {QStringLiteral("cleanup.policy"), QStringLiteral("compact")}}, 0},
        };
        QList<NewTopic> topics;
        for (const TopicSpec &s : m_specs)
            topics << NewTopic{topicName(s.suffix), s.partitions, 1, s.configs};
        QVERIFY2(Test::createTopics(broker.plaintextConfig(), topics), "creating topics failed");
        for (const TopicSpec &s : m_specs) {
            for (int p = 0; p < s.partitions && s.recordsPerPartition > 0; ++p) {
                auto st = Test::produceRecords(broker.plaintextConfig(), topicName(s.suffix), s.recordsPerPartition, p);
                QVERIFY2(st, qPrintable(st.error()));
            }
        }
        // Known lag: orders has 10 records per partition; the group committed 4, 10 and 0.
        m_groupA = Test::uniqueName(QStringLiteral("billing-consumer"));
        m_groupB = Test::uniqueName(QStringLiteral("audit-reader"));
        const QString orders = topicName(QStringLiteral("orders"));
        auto st = Test::commitOffsets(broker.plaintextConfig(), m_groupA,
                                      {{orders, 0, 4}, {orders, 1, 10}, {orders, 2, 0}});
        QVERIFY2(st, qPrintable(st.error()));
        m_expectedLagA = 6 + 0 + 10;
        st = Test::commitOffsets(broker.plaintextConfig(), m_groupB, {{topicName(QStringLiteral("audit_log-v2")), 0, 2}});
        QVERIFY2(st, qPrintable(st.error()));
        st = Test::createAcls(broker.plaintextConfig(),
                              {AclBinding{QStringLiteral("TOPIC"), orders, QStringLiteral("LITERAL"), QStringLiteral("User:alice"),
                                          QStringLiteral("*"), QStringLiteral("READ"), QStringLiteral("ALLOW")},
                               AclBinding{QStringLiteral("TOPIC"), m_prefix + QLatin1Char('.'), QStringLiteral("PREFIXED"),
                                          QStringLiteral("User:bob"), QStringLiteral("*"), QStringLiteral("WRITE"),
                                          QStringLiteral("ALLOW")}});
        QVERIFY2(st, qPrintable(st.error()));

        Cluster c;
        c.name = QStringLiteral("local");
        c.environment = QStringLiteral("test");
        c.bootstrapServers = broker.plaintextBootstrap();
        auto added = ClusterStore(m_catalog.db()).add(c);
        QVERIFY2(added, qPrintable(added.error()));
        m_cluster = *added;
    }

    void firstCrawl()
    {
        const CrawlOutcome outcome = crawlNow();
        QVERIFY2(outcome.status == CrawlStatus::Ok, qPrintable(outcome.error + outcome.missing.join(QLatin1Char(';'))));
        QVERIFY(outcome.topics >= m_specs.size());
        QVERIFY(outcome.acls >= 2);
        QVERIFY(outcome.groups >= 2);
        QCOMPARE(outcome.brokers, 1);

        auto health = TopicStore(m_catalog.db()).clusterHealth(m_cluster.id);
        QVERIFY(health && health->has_value());
        QVERIFY((*health)->lastCrawl.has_value());
        QCOMPARE((*health)->lastCrawl->outcome, QStringLiteral("ok"));
        QCOMPARE((*health)->brokers.size(), 1);
        QVERIFY(!(*health)->kafkaClusterId.isEmpty());
    }

    void topicsAsBuilt_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("partitions");
        QTest::addColumn<qint64>("messages");
        QTest::addColumn<QString>("overrides");   // name=value,... sorted
        QTest::newRow("orders") << "orders" << 3 << qint64(30) << "retention.ms=3600000";
        QTest::newRow("audit") << "audit_log-v2" << 1 << qint64(5) << "";
        QTest::newRow("payments") << "payments" << 6 << qint64(0) << "cleanup.policy=compact,max.message.bytes=2000000";
    }

    void topicsAsBuilt()
    {
        QFETCH(QString, suffix);
        QFETCH(int, partitions);
        QFETCH(qint64, messages);
        QFETCH(QString, overrides);
        auto detail = TopicStore(m_catalog.db()).detail(m_cluster.name, topicName(suffix));
        QVERIFY2(detail, qPrintable(detail.error()));
        QVERIFY(detail->has_value());
        const TopicDetail &d = **detail;
        QCOMPARE(d.topic.status(), QStringLiteral("active"));
        QCOMPARE(d.topic.partitions, partitions);
        QCOMPARE(d.topic.replicationFactor, 1);
        QCOMPARE(d.topic.underReplicated, 0);
        QCOMPARE(d.partitions.size(), partitions);
        QVERIFY(d.topic.messages.has_value());
        QCOMPARE(*d.topic.messages, messages);
        QStringList pairs;
        const auto cfg = d.overriddenConfigs();
        for (auto it = cfg.cbegin(); it != cfg.cend(); ++it)
            pairs << it.key() + QLatin1Char('=') + it.value();
        QCOMPARE(pairs.join(QLatin1Char(',')), overrides);
        // Inherited values come with their source.
        bool sawDefault = false;
        for (const TopicConfigValue &v : d.configs) {
            if (v.name == QLatin1String("segment.ms"))
                sawDefault = !v.overridden() && !v.value.isEmpty();
        }
        QVERIFY2(sawDefault, "segment.ms should be listed as an inherited value");
        QCOMPARE(d.history.size(), 1);
        QCOMPARE(d.history.first().kind, QStringLiteral("created"));
        // The bob PREFIXED ACL matches every topic of this test.
        bool bobWrites = false;
        for (const AclBinding &a : d.acls)
            bobWrites = bobWrites || (a.principal == QLatin1String("User:bob") && a.operation == QLatin1String("WRITE"));
        QVERIFY(bobWrites);
    }

    void consumerGroupLag()
    {
        auto detail = TopicStore(m_catalog.db()).detail(m_cluster.name, topicName(QStringLiteral("orders")));
        QVERIFY(detail && detail->has_value());
        const TopicDetail &d = **detail;
        QCOMPARE(d.consumerGroups.size(), 1);
        const TopicConsumerGroup &g = d.consumerGroups.first();
        QCOMPARE(g.group, m_groupA);
        QVERIFY(g.lag.has_value());
        QCOMPARE(*g.lag, m_expectedLagA);
        QCOMPARE(g.partitions.size(), 3);
        QCOMPARE(g.partitions[0].committedOffset, qint64(4));
        QCOMPARE(*g.partitions[0].lag, qint64(6));
        QCOMPARE(*g.partitions[2].lag, qint64(10));
        QCOMPARE(g.state, QStringLiteral("Empty"));
        bool aliceReads = false;
        for (const AclBinding &a : d.acls)
            aliceReads = aliceReads || (a.principal == QLatin1String("User:alice") && a.operation == QLatin1String("READ"));
        QVERIFY(aliceReads);
    }

    void cliJson()
    {
        int exitCode = -1;
        QString err;
        const QJsonDocument doc = runCli(m_catalog.path(), {QStringLiteral("topic"), topicName(QStringLiteral("orders")),
                                                            QStringLiteral("--cluster"), m_cluster.name, QStringLiteral("--json")},
                                         &exitCode, &err);
        QVERIFY2(exitCode == 0, qPrintable(err));
        const QJsonObject o = doc.object();
        QCOMPARE(o.value("name").toString(), topicName(QStringLiteral("orders")));
        QCOMPARE(o.value("cluster").toString(), m_cluster.name);
        QCOMPARE(o.value("status").toString(), QStringLiteral("active"));
        QCOMPARE(o.value("partitions").toInt(), 3);
        QCOMPARE(o.value("replication_factor").toInt(), 1);
        QCOMPARE(o.value("under_replicated").toInt(), 0);
        QCOMPARE(o.value("configs").toObject(), QJsonObject({{"retention.ms", "3600000"}}));
        QCOMPARE(o.value("messages").toInteger(), 30);
        QVERIFY(o.contains("rate"));
        const QJsonArray groups = o.value("consumer_groups").toArray();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].toObject().value("group").toString(), m_groupA);
        QCOMPARE(groups[0].toObject().value("lag").toInteger(), m_expectedLagA);
        QCOMPARE(o.value("tags").toArray(), QJsonArray());
        QCOMPARE(o.value("owner").toString(), QString());
        QCOMPARE(o.value("description").toString(), QString());
        QCOMPARE(o.value("partition_detail").toArray().size(), 3);

        const QJsonDocument list = runCli(m_catalog.path(), {QStringLiteral("topics"), QStringLiteral("--cluster"),
                                                             m_cluster.name, QStringLiteral("--json")}, &exitCode, &err);
        QVERIFY2(exitCode == 0, qPrintable(err));
        QJsonObject payments;
        for (const QJsonValue &v : list.array()) {
            if (v.toObject().value("name").toString() == topicName(QStringLiteral("payments")))
                payments = v.toObject();
        }
        QVERIFY(!payments.isEmpty());
        QCOMPARE(payments.value("partitions").toInt(), 6);
        QCOMPARE(payments.value("configs").toObject().value("cleanup.policy").toString(), QStringLiteral("compact"));
        QCOMPARE(payments.value("messages").toInteger(), 0);
        QVERIFY(!payments.contains("partition_detail"));

        // Search splits names on '.', '-' and '_'.
        const QJsonDocument found = runCli(m_catalog.path(), {QStringLiteral("search"), QStringLiteral("log v2"),
                                                              QStringLiteral("--json")}, &exitCode, &err);
        QVERIFY2(exitCode == 0, qPrintable(err));
        bool sawAudit = false;
        for (const QJsonValue &v : found.array())
            sawAudit = sawAudit || v.toObject().value("name").toString() == topicName(QStringLiteral("audit_log-v2"));
        QVERIFY(sawAudit);
    }

    void curationThenRecrawl()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        TopicStore store(m_catalog.db());
        const QString orders = topicName(QStringLiteral("orders"));
        auto ordersId = store.findId(m_cluster.name, orders);
        QVERIFY(ordersId && ordersId->has_value());
        QVERIFY(store.addTags(**ordersId, {QStringLiteral("PII"), QStringLiteral("billing")}));
        QVERIFY(store.setOwner(**ordersId, QStringLiteral("team-billing")));
        QVERIFY(store.setDescription(**ordersId, QStringLiteral("All **orders**, one record per order.")));
        // Through the CLI too.
        int exitCode = -1;
        QString err;
        runCli(m_catalog.path(), {QStringLiteral("tag"), topicName(QStringLiteral("payments")), QStringLiteral("--cluster"),
                                  m_cluster.name, QStringLiteral("--add"), QStringLiteral("money")}, &exitCode, &err);
        QVERIFY2(exitCode == 0, qPrintable(err));

        // Change the cluster: partitions added, a topic deleted, a config changed, more records.
        auto admin = AdminClient::create(broker.plaintextConfig(), 30000);
        QVERIFY(admin);
        QVERIFY((*admin)->createPartitions(orders, 5));
        QVERIFY((*admin)->deleteTopics({topicName(QStringLiteral("audit_log-v2"))}));
        QVERIFY((*admin)->alterTopicConfig(topicName(QStringLiteral("payments")),
                                           {{QStringLiteral("max.message.bytes"), QStringLiteral("3000000")}}));
        QVERIFY(Test::produceRecords(broker.plaintextConfig(), orders, 20, 0));
        // Kafka applies a deletion asynchronously; wait until metadata no longer lists the topic.
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            auto md = (*admin)->metadata({topicName(QStringLiteral("audit_log-v2"))});
            return md && md->topics.isEmpty();
        }(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            auto md = (*admin)->metadata({orders});
            return md && !md->topics.isEmpty() && md->topics.first().partitions.size() == 5;
        }(), 15000);

        const CrawlOutcome outcome = crawlNow();
        QVERIFY2(outcome.status == CrawlStatus::Ok, qPrintable(outcome.error));
        QVERIFY(outcome.changes >= 3);

        // orders: partitions 3 -> 5, 20 more records, a rate; curation intact.
        auto d = store.detail(m_cluster.name, orders);
        QVERIFY(d && d->has_value());
        const TopicDetail &od = **d;
        QCOMPARE(od.topic.partitions, 5);
        QCOMPARE(*od.topic.messages, qint64(50));
        QCOMPARE(od.topic.tags, (QStringList{QStringLiteral("billing"), QStringLiteral("pii")}));
        QCOMPARE(od.topic.owner, QStringLiteral("team-billing"));
        QCOMPARE(od.topic.description, QStringLiteral("All **orders**, one record per order."));
        QCOMPARE(od.history.first().kind, QStringLiteral("partitions"));
        QCOMPARE(od.history.first().oldValue, QStringLiteral("3"));
        QCOMPARE(od.history.first().newValue, QStringLiteral("5"));
        // The rate is the growth of the count between the two measurements.
        QCOMPARE(od.samples.size(), 2);
        const double seconds = (od.samples[1].at.toMSecsSinceEpoch() - od.samples[0].at.toMSecsSinceEpoch()) / 1000.0;
        QVERIFY(od.topic.rate.has_value());
        QVERIFY2(qAbs(*od.topic.rate - 20.0 / seconds) < 1e-6,
                 qPrintable(QStringLiteral("rate %1, expected %2").arg(*od.topic.rate).arg(20.0 / seconds)));
        QCOMPARE(od.consumerGroups.first().lag.value(), m_expectedLagA + 20);

        // audit: kept, marked deleted, with when.
        auto audit = store.detail(m_cluster.name, topicName(QStringLiteral("audit_log-v2")));
        QVERIFY(audit && audit->has_value());
        QCOMPARE((*audit)->topic.status(), QStringLiteral("deleted"));
        QVERIFY((*audit)->topic.deletedAt.isValid());
        QCOMPARE((*audit)->history.first().kind, QStringLiteral("deleted"));

        // payments: the config change, old and new value; its tag survived.
        auto pay = store.detail(m_cluster.name, topicName(QStringLiteral("payments")));
        QVERIFY(pay && pay->has_value());
        QCOMPARE((*pay)->topic.tags, QStringList{QStringLiteral("money")});
        QCOMPARE((*pay)->history.first().kind, QStringLiteral("config"));
        QCOMPARE((*pay)->history.first().field, QStringLiteral("max.message.bytes"));
        QCOMPARE((*pay)->history.first().oldValue, QStringLiteral("2000000"));
        QCOMPARE((*pay)->history.first().newValue, QStringLiteral("3000000"));

        // Lists hide deleted topics unless asked; search still finds curated words.
        TopicQuery q;
        q.filter.cluster = m_cluster.name;
        q.filter.nameContains = m_prefix;
        auto page = store.list(q);
        QVERIFY(page);
        QCOMPARE(page->total, qint64(2));
        q.filter.includeDeleted = true;
        QCOMPARE(store.list(q)->total, qint64(3));
        TopicFilter tagged;
        tagged.tag = QStringLiteral("pii");
        auto hits = store.search(QStringLiteral("orders"), tagged);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().topic.name, orders);

        const QJsonDocument json = runCli(m_catalog.path(), {QStringLiteral("topic"), topicName(QStringLiteral("audit_log-v2")),
                                                             QStringLiteral("--cluster"), m_cluster.name, QStringLiteral("--json")},
                                          &exitCode, &err);
        QVERIFY2(exitCode == 0, qPrintable(err));
        QCOMPARE(json.object().value("status").toString(), QStringLiteral("deleted"));
    }

    void unchangedRecrawlWritesNoHistory()
    {
        const CrawlOutcome outcome = crawlNow();
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        auto d = TopicStore(m_catalog.db()).detail(m_cluster.name, topicName(QStringLiteral("payments")));
        QVERIFY(d && d->has_value());
        QCOMPARE((*d)->history.size(), 2);   // created, config
        QCOMPARE(*(*d)->topic.rate, 0.0);
    }

    void asynchronousCrawlerSignals()
    {
        Crawler crawler(m_catalog.path());
        QSignalSpy progress(&crawler, &Crawler::progress);
        QSignalSpy clusterDone(&crawler, &Crawler::clusterFinished);
        QSignalSpy done(&crawler, &Crawler::finished);
        QVERIFY(crawler.start({m_cluster}));
        QVERIFY(!crawler.start({m_cluster}));   // one at a time
        QVERIFY(done.wait(60000));
        QCOMPARE(clusterDone.size(), 1);
        QVERIFY(progress.size() >= 5);
        const auto outcomes = done.first().first().value<QList<CrawlOutcome>>();
        QCOMPARE(outcomes.size(), 1);
        QVERIFY2(outcomes.first().succeeded(), qPrintable(outcomes.first().error));
    }

    void skippedPhasesAreRecorded()
    {
        CrawlOptions options;
        options.skip = {CrawlPhase::Configs, CrawlPhase::Groups, CrawlPhase::Acls};
        const CrawlOutcome outcome = crawlNow(options);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(outcome.skipped, (QStringList{QStringLiteral("configs"), QStringLiteral("groups"), QStringLiteral("offsets"),
                                               QStringLiteral("acls")}));
        auto crawls = TopicStore(m_catalog.db()).crawls(m_cluster.id, 1);
        QVERIFY(crawls);
        QCOMPARE(crawls->first().skipped, outcome.skipped);
        // What was skipped keeps the previous crawl's values.
        auto d = TopicStore(m_catalog.db()).detail(m_cluster.name, topicName(QStringLiteral("orders")));
        QCOMPARE((*d)->overriddenConfigs().value(QStringLiteral("retention.ms")), QStringLiteral("3600000"));
        QCOMPARE((*d)->consumerGroups.size(), 1);
        QVERIFY(!(*d)->acls.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrawler)
#include "tst_crawler.moc"
