// The crawl benchmark's helper (not a test):
//   bench_crawl setup BOOTSTRAP [TOPICS] [PARTITIONS] [GROUPS]
//       builds the cluster: TOPICS topics of PARTITIONS partitions (CreateTopics, 500 per
//       request), 100 records in every 10th topic, GROUPS consumer groups with committed offsets
//       (Test::commitGroupOffsets: pipelined, a group the broker refused is sent again).
//   bench_crawl groups BOOTSTRAP TOPICS PARTITIONS GROUPS
//       only the groups (bench-group-0 ... GROUPS-1) on a cluster that has the topics.
//   bench_crawl search [ROWS] [QUERIES]
//       fills a fresh catalog with ROWS generated topics (through CrawlWriter, as a crawl
//       would) and prints search and list latencies: p50 and p95 in milliseconds.

#include "KafkaFixtures.h"
#include "crawl/CrawlWriter.h"
#include "kafka/AdminClient.h"
#include "kafka/Producer.h"
#include "store/Database.h"
#include "topics/TopicStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Switchboard;

namespace {

const QStringList kDomains = {QStringLiteral("billing"), QStringLiteral("payments"), QStringLiteral("orders"),
                              QStringLiteral("shipping"), QStringLiteral("inventory"), QStringLiteral("users"),
                              QStringLiteral("auth"), QStringLiteral("search"), QStringLiteral("analytics"),
                              QStringLiteral("fraud"), QStringLiteral("catalog"), QStringLiteral("pricing"),
                              QStringLiteral("notifications"), QStringLiteral("ledger"), QStringLiteral("risk"),
                              QStringLiteral("support"), QStringLiteral("marketing"), QStringLiteral("loyalty"),
                              QStringLiteral("warehouse"), QStringLiteral("delivery")};
const QStringList kEntities = {QStringLiteral("events"), QStringLiteral("commands"), QStringLiteral("snapshots"),
                               QStringLiteral("changelog"), QStringLiteral("dlq"), QStringLiteral("retry"),
                               QStringLiteral("audit"), QStringLiteral("metrics"), QStringLiteral("invoices"),
                               QStringLiteral("sessions"), QStringLiteral("clicks"), QStringLiteral("profiles")};
const QStringList kRegions = {QStringLiteral("eu"), QStringLiteral("us"), QStringLiteral("apac")};

QString topicName(int i)
{
    return QStringLiteral("%1.%2-%3_v%4.t%5")
        .arg(kDomains[i % kDomains.size()], kEntities[(i / 7) % kEntities.size()], kRegions[(i / 3) % kRegions.size()])
        .arg(1 + i % 4).arg(i);
}

int setupGroups(const QString &bootstrap, int topics, int partitions, int groups);

int setup(const QString &bootstrap, int topics, int partitions, int groups)
{
    QTextStream err(stderr);
    const ClientConfig config{bootstrap, {}, {}};
    auto admin = AdminClient::create(config, 180000);
    if (!admin) {
        err << admin.error() << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    for (int start = 0; start < topics; start += 500) {
        QList<NewTopic> batch;
        for (int i = start; i < std::min(topics, start + 500); ++i) {
            NewTopic t{topicName(i), partitions, 1, {}};
            if (i % 50 == 0)
                t.configs.insert(QStringLiteral("retention.ms"), QStringLiteral("86400000"));
            batch << t;
        }
        if (auto st = (*admin)->createTopics(batch); !st && !st.error().contains(QLatin1String("already exists"))) {
            err << st.error().left(500) << Qt::endl;
            return 1;
        }
        err << "topics: " << std::min(topics, start + 500) << "/" << topics << " (" << timer.elapsed() / 1000 << " s)\r" << Qt::flush;
    }
    err << Qt::endl;

    auto producer = Producer::create(config);
    if (!producer)
        return 1;
    for (int i = 0; i < topics; i += 10) {
        for (int r = 0; r < 100; ++r) {
            if (auto st = (*producer)->produce(topicName(i), QByteArray::number(r), QByteArray(100, 'x')); !st) {
                err << st.error() << Qt::endl;
                return 1;
            }
        }
    }
    if (auto st = (*producer)->flush(120000); !st) {
        err << st.error() << Qt::endl;
        return 1;
    }
    err << "records: " << (topics / 10) * 100 << " (" << timer.elapsed() / 1000 << " s)" << Qt::endl;
    return setupGroups(bootstrap, topics, partitions, groups);
}

int setupGroups(const QString &bootstrap, int topics, int partitions, int groups)
{
    // Committed offsets for many groups (tests/support's pipelined AlterConsumerGroupOffsets,
    // which sends a group the broker refused again): the cluster ends up with exactly GROUPS
    // groups, and the crawl's count is checked against that (and against Kafka's own client).
    QTextStream err(stderr);
    QElapsedTimer timer;
    timer.start();
    QStringList names;
    for (int g = 0; g < groups; ++g)
        names << QStringLiteral("bench-group-%1").arg(g);
    const Status st = Test::commitGroupOffsets(ClientConfig{bootstrap, {}, {}}, names, [&](int g) {
        const int topic = (g * 5) % topics;
        QList<TopicPartitionOffset> offsets;
        for (int p = 0; p < partitions; ++p)
            offsets << TopicPartitionOffset{topicName(topic), p, topic % 10 == 0 ? 10 : 0};
        return offsets;
    });
    if (!st) {
        err << st.error() << Qt::endl;
        return 1;
    }
    err << "groups: " << groups << " (" << timer.elapsed() / 1000 << " s)" << Qt::endl;
    return 0;
}

// CPU time of this thread: on a shared, loaded machine the wall time of a query mostly
// measures the wait for a core; both are reported.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const int index = std::clamp(int(p * (values.size() - 1) + 0.5), 0, int(values.size()) - 1);
    return values[index];
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : 0.0;
}

int search(int rows, int queries)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    // BENCH_SEARCH_CATALOG keeps the generated catalog for a look with sqlite3.
    const QString path = qEnvironmentVariable("BENCH_SEARCH_CATALOG", dir.filePath(QStringLiteral("search.sqlite")));
    QFile::remove(path);
    auto db = Database::open(path);
    if (!db) {
        out << db.error() << Qt::endl;
        return 1;
    }
    // Five clusters of rows/5 topics each, written as crawls write them.
    constexpr int kClusters = 5;
    QElapsedTimer fill;
    fill.start();
    for (int c = 0; c < kClusters; ++c) {
        (void)(*db)->exec(QStringLiteral("INSERT INTO clusters(name, environment, bootstrap_servers, created_at, updated_at) "
                                         "VALUES('cluster-%1', '%2', 'k%1:9092', '2026-01-01', '2026-01-01')")
                              .arg(c).arg(c % 2 ? QStringLiteral("dev") : QStringLiteral("prod")));
        const qint64 clusterId = (*db)->lastInsertId();
        (void)(*db)->exec(QStringLiteral("INSERT INTO crawls(cluster_id, started_at) VALUES(%1, '2026-01-01')").arg(clusterId));
        const qint64 crawlId = (*db)->lastInsertId();
        CrawlSnapshot snap;
        for (int i = c; i < rows; i += kClusters) {
            TopicMetadata t;
            t.name = topicName(i);
            t.partitions.append(PartitionInfo{0, 1, {1}, {1}, QString()});
            snap.metadata.topics.append(t);
        }
        snap.metadata.brokers.append(BrokerInfo{1, QStringLiteral("k"), 9092, QString()});
        CrawlOutcome outcome;
        if (auto st = CrawlWriter(**db, clusterId, crawlId).write(snap, outcome); !st) {
            out << st.error() << Qt::endl;
            return 1;
        }
    }
    // Some curation: a tag and a description on every 20th topic.
    (void)(*db)->exec(QStringLiteral("INSERT INTO topic_tags(topic_id, tag) SELECT id, 'pii' FROM topics WHERE id % 20 = 0"));
    (void)(*db)->exec(QStringLiteral("UPDATE topics SET owner = 'team-' || (id % 30), description = 'Owned by the ' || "
                                     "(id % 30) || ' team; holds customer records' WHERE id % 20 = 0"));
    const qint64 fillMs = fill.elapsed();

    // Queries: whole words, prefixes, two words, exact names; some narrowed by environment or tag.
    QRandomGenerator rng(42);
    QList<std::pair<QString, TopicFilter>> work;
    for (int q = 0; q < queries; ++q) {
        TopicFilter filter;
        QString text;
        switch (q % 6) {
        case 0: text = kDomains[rng.bounded(int(kDomains.size()))]; break;
        case 1: text = kEntities[rng.bounded(int(kEntities.size()))].left(3); break;
        case 2: text = kDomains[rng.bounded(int(kDomains.size()))] + QLatin1Char(' ') + kEntities[rng.bounded(int(kEntities.size()))]; break;
        case 3: text = topicName(rng.bounded(rows)); break;
        case 4: text = kDomains[rng.bounded(int(kDomains.size()))]; filter.environment = QStringLiteral("prod"); break;
        case 5: text = QStringLiteral("customer"); filter.tag = QStringLiteral("pii"); break;
        }
        work.append({text, filter});
    }
    TopicStore store(**db);
    QList<double> searchMs, searchCpuMs;
    for (const auto &[text, filter] : work) {
        QElapsedTimer t;
        t.start();
        const double cpu = threadCpuMs();
        auto hits = store.search(text, filter, 50);
        searchMs << t.nsecsElapsed() / 1e6;
        searchCpuMs << threadCpuMs() - cpu;
        if (!hits) {
            out << hits.error() << Qt::endl;
            return 1;
        }
    }
    QList<double> listMs, listCpuMs;
    for (int q = 0; q < 60; ++q) {
        TopicQuery query;
        query.sort = q % 3 == 0 ? TopicSort::Name : q % 3 == 1 ? TopicSort::Messages : TopicSort::Partitions;
        query.offset = rng.bounded(rows - 200);
        query.limit = 200;
        if (q % 4 == 0)
            query.filter.cluster = QStringLiteral("cluster-2");
        QElapsedTimer t;
        t.start();
        const double cpu = threadCpuMs();
        auto page = store.list(query);
        listMs << t.nsecsElapsed() / 1e6;
        listCpuMs << threadCpuMs() - cpu;
        if (!page)
            return 1;
    }
    out << "rows " << rows << " fill_ms " << fillMs << " search_p50_ms " << percentile(searchMs, 0.5)
        << " search_p95_ms " << percentile(searchMs, 0.95) << " search_max_ms " << percentile(searchMs, 1.0)
        << " list_p50_ms " << percentile(listMs, 0.5) << " list_p95_ms " << percentile(listMs, 0.95)
        << " search_cpu_p50_ms " << percentile(searchCpuMs, 0.5) << " search_cpu_p95_ms " << percentile(searchCpuMs, 0.95)
        << " list_cpu_p50_ms " << percentile(listCpuMs, 0.5) << " list_cpu_p95_ms " << percentile(listCpuMs, 0.95)
        << " load " << QString::number(loadAverage(), 'f', 1) << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("setup") && args.size() >= 2)
        return setup(args[1], args.value(2, QStringLiteral("10000")).toInt(), args.value(3, QStringLiteral("3")).toInt(),
                     args.value(4, QStringLiteral("2000")).toInt());
    if (args.value(0) == QLatin1String("groups") && args.size() >= 5) {
        return setupGroups(args[1], args[2].toInt(), args[3].toInt(), args[4].toInt());
    }
    if (args.value(0) == QLatin1String("search"))
        return search(args.value(1, QStringLiteral("100000")).toInt(), args.value(2, QStringLiteral("600")).toInt());
    std::fprintf(stderr, "usage: bench_crawl setup BOOTSTRAP [TOPICS] [PARTITIONS] [GROUPS] | groups BOOTSTRAP TOPICS PARTITIONS GROUPS | search [ROWS] [QUERIES]\n");
    return 2;
}
