// Consumer groups by the thousand on the real broker. After a crawl the catalog holds every
// group the broker has: the 3,000 this test commits offsets for, each with its offsets and
// lag, and as many groups in all as Kafka's own Java admin client counts. A group the crawler
// may list but not read makes a partial crawl that names it, while the others are read.

#include "ClusterFixture.h"
#include "KafkaFixtures.h"
#include "TempCatalog.h"
#include "TestBroker.h"
#include "VerifyResult.h"
#include "clusters/ClusterStore.h"
#include "crawl/Crawler.h"
#include "kafka/AdminClient.h"
#include "topics/TopicStore.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Switchboard;

namespace {

constexpr int kGroups = 3000;
constexpr int kPartitions = 3;
constexpr int kRecordsPerPartition = 10;

using Test::addCluster;

qint64 scalar(const Database &db, const QString &sql, const QVariantList &args = {})
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return -1;
    for (int i = 0; i < args.size(); ++i)
        stmt->bind(i + 1, args[i]);
    auto row = stmt->next();
    return row && *row ? stmt->integer(0) : -1;
}

// How many consumer groups the broker has, as Apache Kafka's Java admin client counts them
// (bench/crawl/CountGroups.java): a count that shares no code with the crawler.
int javaGroupCount(const Test::TestBroker &broker)
{
    QProcess java;
    java.start(QStringLiteral("java"), {QStringLiteral("-cp"), broker.kafkaLibs() + QStringLiteral("/*"),
                                        qEnvironmentVariable("SWITCHBOARD_SOURCE_DIR") + QStringLiteral("/bench/crawl/CountGroups.java"),
                                        broker.plaintextBootstrap()});
    if (!java.waitForFinished(120000) || java.exitCode() != 0) {
        qWarning("CountGroups.java: %s", java.readAllStandardError().constData());
        return -1;
    }
    return QByteArray(java.readAllStandardOutput()).trimmed().toInt();
}

} // namespace

class TestCrawlGroups : public QObject {
    Q_OBJECT

    QString m_topic;
    QString m_crowd;   // the prefix of this run's kGroups groups

private Q_SLOTS:
    void initTestCase()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        m_topic = Test::uniqueName(QStringLiteral("crowded"));
        QVERIFY_RESULT(Test::createTopics(broker.plaintextConfig(), {NewTopic{m_topic, kPartitions, 1, {}}}));
        for (int p = 0; p < kPartitions; ++p)
            QVERIFY_RESULT(Test::produceRecords(broker.plaintextConfig(), m_topic, kRecordsPerPartition, p));
        // Group i commits offset (i + p) % 11 on partition p: lags from 0 to 10.
        m_crowd = Test::uniqueName(QStringLiteral("crowd"));
        QStringList groups;
        for (int i = 0; i < kGroups; ++i)
            groups << QStringLiteral("%1-%2").arg(m_crowd).arg(i);
        QElapsedTimer timer;
        timer.start();
        QVERIFY_RESULT(Test::commitGroupOffsets(broker.plaintextConfig(), groups, [this](int i) {
            QList<TopicPartitionOffset> offsets;
            for (int p = 0; p < kPartitions; ++p)
                offsets << TopicPartitionOffset{m_topic, p, (i + p) % 11};
            return offsets;
        }, 400));
        qInfo("committed offsets for %d groups in %lld ms", kGroups, timer.elapsed());
    }

    void everyGroupIsInTheCatalog()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        Test::TempCatalog catalog;
        const Cluster c = addCluster(catalog.db(), QStringLiteral("local"), broker.plaintextBootstrap());
        QVERIFY(c.id > 0);
        std::atomic_bool cancelled{false};
        int groups = 0;
        for (const char *pass : {"first crawl", "re-crawl"}) {
            QElapsedTimer timer;
            timer.start();
            const CrawlOutcome outcome = Crawler::crawl(catalog.path(), c, {}, cancelled);
            qInfo("%s: %d groups in %lld ms", pass, outcome.groups, timer.elapsed());
            QVERIFY2(outcome.status == CrawlStatus::Ok,
                     qPrintable(outcome.statusName() + QLatin1Char(' ') + outcome.error + outcome.missing.join(QLatin1Char(';'))));

            const QVariantList ours{c.id, m_crowd + QStringLiteral("-%")};
            QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM consumer_groups WHERE cluster_id = ? AND name LIKE ?"), ours),
                     qint64(kGroups));
            QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM group_offsets o JOIN consumer_groups g ON g.id = o.group_id "
                                                         "WHERE g.cluster_id = ? AND g.name LIKE ?"), ours),
                     qint64(kGroups * kPartitions));
            qint64 expectedLag = 0;
            for (int i = 0; i < kGroups; ++i) {
                for (int p = 0; p < kPartitions; ++p)
                    expectedLag += std::max(0, kRecordsPerPartition - (i + p) % 11);
            }
            QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT sum(total_lag) FROM consumer_groups WHERE cluster_id = ? AND name LIKE ?"), ours),
                     expectedLag);
            QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM consumer_groups WHERE cluster_id = ? AND name LIKE ? "
                                                         "AND (error IS NOT NULL OR coordinator < 0 OR state != 'Empty')"), ours),
                     qint64(0));
            QCOMPARE(scalar(catalog.db(), QStringLiteral("SELECT count(*) FROM consumer_groups WHERE cluster_id = ?"), {c.id}),
                     qint64(outcome.groups));
            groups = outcome.groups;
        }
        // Every group the broker has, not only ours: Kafka's own client counts the same.
        QCOMPARE(groups, javaGroupCount(broker));
    }

    void unreadableGroupMakesAPartialCrawlThatNamesIt()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        const QString password = broker.password(QStringLiteral("dave"));
        if (password.isEmpty())
            QFAIL("the broker has no user dave: it predates this test; restart it (scripts/kafka stop; scripts/kafka start)");
        const QString readable = Test::uniqueName(QStringLiteral("audit-ok"));
        const QString secret = Test::uniqueName(QStringLiteral("audit-secret"));
        for (const QString &group : {readable, secret})
            QVERIFY_RESULT(Test::commitOffsets(broker.plaintextConfig(), group, {{m_topic, 0, 4}}));

        // dave may see the cluster (and so list every group) and read one group and the topic;
        // no other group's offsets.
        auto acl = [](const QString &type, const QString &name, const QString &operation) {
            return AclBinding{type, name, QStringLiteral("LITERAL"), QStringLiteral("User:dave"), QStringLiteral("*"), operation,
                              QStringLiteral("ALLOW")};
        };
        // (librdkafka 2.0 calls Kafka's CLUSTER resource type BROKER.)
        const QList<AclBinding> acls{acl(QStringLiteral("BROKER"), QStringLiteral("kafka-cluster"), QStringLiteral("DESCRIBE")),
                                     acl(QStringLiteral("GROUP"), readable, QStringLiteral("DESCRIBE")),
                                     acl(QStringLiteral("TOPIC"), m_topic, QStringLiteral("DESCRIBE")),
                                     acl(QStringLiteral("TOPIC"), m_topic, QStringLiteral("DESCRIBE_CONFIGS"))};
        QVERIFY_RESULT(Test::createAcls(broker.plaintextConfig(), acls));
        struct Revoke {
            const Test::TestBroker &broker;
            QList<AclBinding> acls;
            ~Revoke()
            {
                if (auto admin = AdminClient::create(broker.plaintextConfig(), 30000))
                    (void)(*admin)->deleteAcls(acls);
            }
        } revoke{broker, acls};

        const ClientConfig dave = broker.saslConfig(QStringLiteral("dave"));
        // ACLs reach the authorizer through the metadata log, a moment later: wait until dave
        // lists the secret group and reads the other one.
        auto asDave = AdminClient::create(dave, 10000);
        QVERIFY_RESULT(asDave);
        QDeadlineTimer deadline(20000);
        for (;;) {
            auto listed = (*asDave)->listConsumerGroups();
            auto offsets = (*asDave)->listConsumerGroupOffsets({readable});
            const bool seesSecret = listed && std::any_of(listed->cbegin(), listed->cend(),
                                                          [&](const ConsumerGroupInfo &g) { return g.name == secret; });
            if (seesSecret && offsets && offsets->contains(readable))
                break;
            QVERIFY2(!deadline.hasExpired(), "dave's ACLs did not take effect within 20 s");
            QThread::msleep(250);
        }

        // What dave cannot read: every group of the broker but the readable one, named in the
        // order of their names (the first ten), as an administrator lists them.
        auto asAdmin = AdminClient::create(broker.plaintextConfig(), 30000);
        QVERIFY_RESULT(asAdmin);
        auto all = (*asAdmin)->listConsumerGroups();
        QVERIFY_RESULT(all);
        QStringList denied;
        for (const ConsumerGroupInfo &g : std::as_const(*all)) {
            if (g.name != readable)
                denied << g.name;
        }
        std::sort(denied.begin(), denied.end());
        QVERIFY(denied.contains(secret));
        QVERIFY(denied.size() > 10);   // this suite's crowd alone is 3,000
        const QString expected = QStringLiteral("committed offsets of %1 consumer group(s) (not authorized): %2 and %3 more")
                                     .arg(denied.size()).arg(denied.mid(0, 10).join(QStringLiteral(", "))).arg(denied.size() - 10);

        Test::TempCatalog catalog;
        const Cluster c = addCluster(catalog.db(), QStringLiteral("audit"), broker.saslBootstrap(), dave.properties);
        CrawlOptions options;
        options.secrets = [dave](const Cluster &) { return dave.secrets; };
        std::atomic_bool cancelled{false};
        const CrawlOutcome partial = Crawler::crawl(catalog.path(), c, options, cancelled);
        QVERIFY2(partial.status == CrawlStatus::Partial, qPrintable(partial.statusName() + QLatin1Char(' ') + partial.error));
        QVERIFY2(partial.missing.contains(expected), qPrintable(partial.missing.join(QLatin1Char('\n'))));
        // Anything else missing can only be the members of groups other suites left running.
        for (const QString &entry : partial.missing)
            QVERIFY2(entry == expected || entry.startsWith(QLatin1String("members of ")), qPrintable(entry));
        QCOMPARE(partial.groups, int(all->size()));

        // The catalog says it too: the crawl record, and the secret group's own row.
        auto health = TopicStore(catalog.db()).clusterHealth(c.id);
        QVERIFY_RESULT(health);
        QCOMPARE((*health)->lastCrawl->outcome, QStringLiteral("partial"));
        QCOMPARE((*health)->lastCrawl->missing, partial.missing);
        auto stmt = catalog.db().prepare(QStringLiteral("SELECT coalesce(error, ''), total_lag FROM consumer_groups WHERE cluster_id = ? AND name = ?"));
        QVERIFY_RESULT(stmt);
        stmt->bind(1, c.id).bind(2, secret);
        {
            auto row = stmt->next();
            QVERIFY(row && *row);
        }
        QVERIFY2(stmt->text(0).contains(QLatin1String("not authorized"), Qt::CaseInsensitive), qPrintable(stmt->text(0)));
        QVERIFY(stmt->isNull(1));
        stmt->reset();
        stmt->bind(1, c.id).bind(2, readable);
        {
            auto row = stmt->next();
            QVERIFY(row && *row);
        }
        QCOMPARE(stmt->text(0), QString());
        QCOMPARE(stmt->integer(1), qint64(kRecordsPerPartition - 4));
    }
};

QTEST_GUILESS_MAIN(TestCrawlGroups)
#include "tst_crawlgroups.moc"
