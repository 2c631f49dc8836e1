// The demo cluster: the mock starts with every demo topic, takes records, and registers itself
// in the catalog as kind 'demo' (re-pointed at the new port after a restart).

#include "TempCatalog.h"
#include "clusters/ClusterStore.h"
#include "demo/DemoCluster.h"
#include "kafka/AdminClient.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Switchboard;

class tst_DemoCluster : public QObject {
    Q_OBJECT
private slots:
    void startsWithEveryTopic();
    void registersAndFollowsThePort();
};

void tst_DemoCluster::startsWithEveryTopic()
{
    QElapsedTimer timer;
    timer.start();
    auto demo = DemoCluster::start();
    QVERIFY2(demo.ok(), qPrintable(demo.error()));
    // A newcomer's first minute: starting must take seconds, not minutes.
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(DemoCluster::topics().size() >= 30);

    auto admin = AdminClient::create(ClientConfig{(*demo)->bootstrapServers(), {}, {}}, 5000);
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    auto md = (*admin)->metadata();
    QVERIFY2(md.ok(), qPrintable(md.error()));
    QCOMPARE(md->brokers.size(), 3);
    for (const DemoTopic &t : DemoCluster::topics()) {
        auto it = std::find_if(md->topics.cbegin(), md->topics.cend(),
                               [&](const TopicMetadata &m) { return m.name == t.name; });
        QVERIFY2(it != md->topics.cend(), qPrintable(t.name));
        QCOMPARE(it->partitions.size(), t.partitions);
        QCOMPARE(it->partitions.first().replicas.size(), t.replicationFactor);
    }
}

void tst_DemoCluster::registersAndFollowsThePort()
{
    Test::TempCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    // A real cluster already called "demo" keeps its name.
    Cluster real;
    real.name = QStringLiteral("demo");
    real.bootstrapServers = QStringLiteral("kafka.example.com:9092");
    QVERIFY(ClusterStore(catalog.db()).add(real).ok());

    auto first = DemoCluster::registerIn(catalog.db(), QStringLiteral("127.0.0.1:40001"));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QVERIFY(first->isDemo());
    QCOMPARE(first->name, QStringLiteral("demo-2"));
    QCOMPARE(first->environment, DemoCluster::environment());

    auto second = DemoCluster::registerIn(catalog.db(), QStringLiteral("127.0.0.1:40002"));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(second->id, first->id);
    auto found = ClusterStore(catalog.db()).findById(first->id);
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE((*found)->bootstrapServers, QStringLiteral("127.0.0.1:40002"));
    QCOMPARE((*found)->kind, QStringLiteral("demo"));
}

QTEST_GUILESS_MAIN(tst_DemoCluster)
#include "tst_democluster.moc"
