#include "demo/DemoCluster.h"

#include "clusters/ClusterStore.h"
#include "kafka/Producer.h"
#include "store/Database.h"
#include "topics/TopicStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <atomic>
#include <thread>
#include <vector>

namespace Switchboard {

namespace {

DemoTopic topic(const char *name, int partitions, int replication, int records, const char *owner,
                QStringList tags, const char *description = "")
{
    return DemoTopic{QString::fromUtf8(name), partitions, replication, records, QString::fromUtf8(owner),
                     std::move(tags), QString::fromUtf8(description)};
}

QStringList tags(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *t : list)
        out << QString::fromUtf8(t);
    return out;
}

// A plausible JSON event for a topic, so a consumer that peeks into the demo sees data.
QByteArray eventFor(const DemoTopic &t, int i)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), QStringLiteral("%1-%2").arg(t.name.section(QLatin1Char('.'), 0, 0)).arg(i));
    o.insert(QStringLiteral("type"), t.name.section(QLatin1Char('.'), 1));
    o.insert(QStringLiteral("sequence"), i);
    o.insert(QStringLiteral("amount_cents"), (i * 7919) % 100000);
    o.insert(QStringLiteral("at"), QStringLiteral("2026-01-01T00:00:00Z"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct ConsumerDeleter {
    void operator()(rd_kafka_t *rk) const
    {
        rd_kafka_consumer_close(rk);
        rd_kafka_destroy(rk);
    }
};

// Commits a group's offsets with a plain consumer (no subscription needed): the mock keeps
// committed offsets per group, and the crawler reads them back with ListConsumerGroupOffsets.
Status commitGroup(const QString &bootstrap, const DemoGroup &group, const DemoTopic &t)
{
    char errstr[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    if (rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.toUtf8().constData(), errstr, sizeof errstr) != RD_KAFKA_CONF_OK
        || rd_kafka_conf_set(conf, "group.id", group.name.toUtf8().constData(), errstr, sizeof errstr) != RD_KAFKA_CONF_OK
        || rd_kafka_conf_set(conf, "log_level", "3", errstr, sizeof errstr) != RD_KAFKA_CONF_OK) {
        rd_kafka_conf_destroy(conf);
        return makeError(QObject::tr("Cannot configure the demo consumer: %1").arg(QString::fromUtf8(errstr)));
    }
    std::unique_ptr<rd_kafka_t, ConsumerDeleter> rk(rd_kafka_new(RD_KAFKA_CONSUMER, conf, errstr, sizeof errstr));
    if (!rk) {
        rd_kafka_conf_destroy(conf);
        return makeError(QObject::tr("Cannot create the demo consumer: %1").arg(QString::fromUtf8(errstr)));
    }
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(t.partitions);
    const QByteArray name = t.name.toUtf8();
    for (int p = 0; p < t.partitions; ++p) {
        // Records are spread round-robin over the partitions (see start()).
        const int inPartition = t.records / t.partitions + (p < t.records % t.partitions ? 1 : 0);
        rd_kafka_topic_partition_list_add(list, name.constData(), p)->offset
            = qint64(inPartition * group.consumedFraction);
    }
    const rd_kafka_resp_err_t err = rd_kafka_commit(rk.get(), list, 0);
    rd_kafka_topic_partition_list_destroy(list);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        return makeError(QObject::tr("Cannot commit the demo group %1: %2")
                             .arg(group.name, QString::fromUtf8(rd_kafka_err2str(err))));
    }
    return {};
}

} // namespace

const QList<DemoTopic> &DemoCluster::topics()
{
    static const QList<DemoTopic> list = {
        topic("billing.invoices", 6, 3, 1200, "team-billing", tags({"finance", "pii", "critical"}),
              "Every invoice issued, one event per state change (`issued`, `paid`, `voided`).\n\n"
              "* Key: invoice id\n* Schema: `billing.Invoice` v3\n* Retention: 30 days"),
        topic("billing.invoices.dlq", 1, 3, 12, "team-billing", tags({"dlq"}),
              "Invoices the mailer could not render. Replayed by hand after a fix."),
        topic("billing.payment-reminders", 3, 3, 240, "team-billing", tags({"finance"})),
        topic("billing.tax-rates", 1, 3, 40, "team-billing", tags({"compacted", "reference-data"}),
              "Tax rates by country and product class; **compacted**, one record per key."),
        topic("orders.created", 12, 3, 2400, "team-checkout", tags({"critical", "pii"}),
              "A customer placed an order. The start of the fulfilment saga.\n\n"
              "Consumers must be idempotent: the checkout retries on timeout."),
        topic("orders.updated", 12, 3, 1500, "team-checkout", tags({"pii"})),
        topic("orders.cancelled", 6, 3, 180, "team-checkout", {}),
        topic("orders.fulfilment-status", 6, 3, 900, "team-fulfilment", tags({"critical"})),
        topic("payments.authorized", 6, 3, 1100, "team-payments", tags({"finance", "pci", "critical"}),
              "Card authorisations from the PSP. Contains no card numbers (tokenised)."),
        topic("payments.captured", 6, 3, 950, "team-payments", tags({"finance", "pci"})),
        topic("payments.refunds", 3, 3, 60, "team-payments", tags({"finance"})),
        topic("payments.fraud-signals", 3, 3, 300, "team-risk", tags({"ml"})),
        topic("customers.profile-changes", 6, 3, 500, "team-identity", tags({"pii", "gdpr"}),
              "Profile edits (name, e-mail, phone). Subject to **GDPR erasure**: see the runbook."),
        topic("customers.consents", 3, 3, 210, "team-identity", tags({"gdpr"})),
        topic("customers.addresses", 6, 3, 320, "team-identity", tags({"pii", "compacted"})),
        topic("inventory.stock-levels", 12, 3, 1800, "team-inventory", tags({"compacted"})),
        topic("inventory.reservations", 6, 3, 700, "team-inventory", {}),
        topic("inventory.warehouse-events", 6, 3, 400, "team-logistics", {}),
        topic("shipping.labels-created", 3, 3, 260, "team-logistics", {}),
        topic("shipping.tracking-updates", 6, 3, 1300, "team-logistics", tags({"external"}),
              "Carrier tracking updates, normalised from the carriers' webhooks."),
        topic("shipping.carrier-webhooks", 3, 3, 420, "team-logistics", tags({"external", "raw"})),
        topic("catalog.products", 6, 3, 600, "team-catalog", tags({"compacted", "reference-data"})),
        topic("catalog.prices", 6, 3, 750, "team-catalog", tags({"reference-data"})),
        topic("catalog.search-index-updates", 3, 3, 300, "team-search", {}),
        topic("marketing.campaign-events", 3, 3, 150, "team-marketing", {}),
        topic("marketing.email-sent", 6, 3, 800, "team-marketing", tags({"pii"})),
        topic("analytics.pageviews", 12, 3, 3000, "team-data", tags({"analytics", "high-volume"}),
              "Raw page views from the web shop. High volume; sampled at 10 % in `dev`."),
        topic("analytics.sessions", 6, 3, 600, "team-data", tags({"analytics"})),
        topic("identity.logins", 6, 3, 900, "team-identity", tags({"security"})),
        topic("identity.password-resets", 1, 3, 25, "team-identity", tags({"security"})),
        topic("notifications.push", 6, 3, 700, "team-engagement", {}),
        topic("notifications.sms", 3, 3, 90, "team-engagement", tags({"pii"})),
        topic("support.tickets", 3, 3, 130, "team-support", {}),
        topic("platform.audit-log", 3, 3, 400, "team-platform", tags({"security", "compliance"}),
              "Who changed what on the platform. Kept for 400 days."),
        topic("platform.heartbeats", 1, 3, 60, "team-platform", tags({"monitoring"})),
        topic("platform.connect-configs", 1, 3, 8, "team-platform", tags({"connect", "compacted"})),
        topic("platform.connect-offsets", 12, 3, 0, "team-platform", tags({"connect", "compacted"})),
        topic("platform.connect-status", 3, 3, 16, "team-platform", tags({"connect", "compacted"})),
        topic("legacy.erp-export", 1, 3, 0, "", {}),
    };
    return list;
}

const QList<DemoGroup> &DemoCluster::groups()
{
    static const QList<DemoGroup> list = {
        {QStringLiteral("billing-invoice-mailer"), QStringLiteral("billing.invoices"), 0.8},
        {QStringLiteral("fulfilment-service"), QStringLiteral("orders.created"), 1.0},
        {QStringLiteral("payments-ledger"), QStringLiteral("payments.captured"), 0.6},
        {QStringLiteral("search-indexer"), QStringLiteral("catalog.products"), 0.95},
        {QStringLiteral("analytics-sink"), QStringLiteral("analytics.pageviews"), 0.3},
    };
    return list;
}

QStringList DemoCluster::skippedPhases()
{
    return {QStringLiteral("configs"), QStringLiteral("groups"), QStringLiteral("acls")};
}

Result<std::unique_ptr<DemoCluster>> DemoCluster::start()
{
    char errstr[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    // The handle only keeps the mock's books; it never connects anywhere, so silence its
    // notice that no bootstrap servers are configured.
    if (rd_kafka_conf_set(conf, "log_level", "3", errstr, sizeof errstr) != RD_KAFKA_CONF_OK) {
        rd_kafka_conf_destroy(conf);
        return makeError(QObject::tr("Cannot configure the demo cluster: %1").arg(QString::fromUtf8(errstr)));
    }
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
    if (!rk) {
        rd_kafka_conf_destroy(conf);
        return makeError(QObject::tr("Cannot start the demo cluster: %1").arg(QString::fromUtf8(errstr)));
    }
    std::unique_ptr<DemoCluster> demo(new DemoCluster);
    demo->m_handle = rk;
    demo->m_mock = rd_kafka_mock_cluster_new(rk, 3);
    if (!demo->m_mock)
        return makeError(QObject::tr("Cannot start the demo cluster: librdkafka's mock cluster is unavailable"));
    demo->m_bootstrap = QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(demo->m_mock));

    // rd_kafka_mock_topic_create() now and then waits a whole second for the mock's thread to
    // wake up; one thread per topic lets those waits overlap (about 1 s for all, not 1 s each).
    std::atomic<int> failures{0};
    {
        std::vector<std::thread> threads;
        for (const DemoTopic &t : topics()) {
            threads.emplace_back([&, name = t.name.toUtf8(), p = t.partitions, r = t.replicationFactor] {
                if (rd_kafka_mock_topic_create(demo->m_mock, name.constData(), p, r) != RD_KAFKA_RESP_ERR_NO_ERROR)
                    ++failures;
            });
        }
        for (std::thread &t : threads)
            t.join();
    }
    if (failures > 0)
        return makeError(QObject::tr("The demo cluster could not create %n topic(s)", nullptr, failures.load()));

    auto producer = Producer::create(ClientConfig{demo->m_bootstrap, {{QStringLiteral("linger.ms"), QStringLiteral("5")}}, {}});
    if (!producer)
        return makeError(producer.error());
    for (const DemoTopic &t : topics()) {
        for (int i = 0; i < t.records; ++i) {
            const QByteArray key = QByteArray::number(i);
            if (auto st = (*producer)->produce(t.name, key, eventFor(t, i), i % t.partitions); !st)
                return makeError(st.error());
        }
    }
    if (auto st = (*producer)->flush(15000); !st)
        return makeError(QObject::tr("The demo cluster did not take its records: %1").arg(st.error()));

    for (const DemoGroup &g : groups()) {
        for (const DemoTopic &t : topics()) {
            if (t.name != g.topic)
                continue;
            if (auto st = commitGroup(demo->m_bootstrap, g, t); !st)
                return makeError(st.error());
        }
    }
    demo->m_traffic = std::thread([d = demo.get()] { d->runTraffic(); });
    return demo;
}

void DemoCluster::runTraffic()
{
    auto producer = Producer::create(ClientConfig{m_bootstrap, {{QStringLiteral("linger.ms"), QStringLiteral("20")}}, {}});
    if (!producer)
        return;   // the demo still works, only without live traffic
    const QList<QPair<QString, int>> busy = {{QStringLiteral("orders.created"), 6},
                                             {QStringLiteral("analytics.pageviews"), 25},
                                             {QStringLiteral("shipping.tracking-updates"), 4},
                                             {QStringLiteral("payments.authorized"), 3}};
    int sequence = 0;
    while (!m_stop.load()) {
        for (const auto &[topic, perSecond] : busy) {
            DemoTopic t;
            t.name = topic;
            for (int i = 0; i < perSecond; ++i, ++sequence)
                (void)(*producer)->produce(topic, QByteArray::number(sequence), eventFor(t, sequence));
        }
        (void)(*producer)->flush(2000);
        for (int i = 0; i < 10 && !m_stop.load(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

Status DemoCluster::recordConsumerGroups(const Database &db, qint64 clusterId) const
{
    struct Committed {
        const DemoGroup *group;
        QList<qint64> offsets;   // per partition
    };
    QList<Committed> committed;
    for (const DemoGroup &g : groups()) {
        auto t = std::find_if(topics().cbegin(), topics().cend(), [&](const DemoTopic &d) { return d.name == g.topic; });
        if (t == topics().cend())
            continue;
        char errstr[512];
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        rd_kafka_conf_set(conf, "bootstrap.servers", m_bootstrap.toUtf8().constData(), errstr, sizeof errstr);
        rd_kafka_conf_set(conf, "group.id", g.name.toUtf8().constData(), errstr, sizeof errstr);
        rd_kafka_conf_set(conf, "log_level", "3", errstr, sizeof errstr);
        std::unique_ptr<rd_kafka_t, ConsumerDeleter> rk(rd_kafka_new(RD_KAFKA_CONSUMER, conf, errstr, sizeof errstr));
        if (!rk) {
            rd_kafka_conf_destroy(conf);
            return makeError(QObject::tr("Cannot read the demo group %1: %2").arg(g.name, QString::fromUtf8(errstr)));
        }
        rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(t->partitions);
        const QByteArray name = t->name.toUtf8();
        for (int p = 0; p < t->partitions; ++p)
            rd_kafka_topic_partition_list_add(list, name.constData(), p);
        const rd_kafka_resp_err_t err = rd_kafka_committed(rk.get(), list, 5000);
        Committed c{&g, {}};
        for (int p = 0; p < list->cnt; ++p)
            c.offsets << list->elems[p].offset;
        rd_kafka_topic_partition_list_destroy(list);
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            return makeError(QObject::tr("Cannot read the demo group %1: %2")
                                 .arg(g.name, QString::fromUtf8(rd_kafka_err2str(err))));
        }
        committed << c;
    }

    auto tx = db.transaction();
    for (const Committed &c : committed) {
        auto upsert = db.prepare(QStringLiteral(
            "INSERT INTO consumer_groups(cluster_id, name, state, member_count) VALUES(?, ?, 'Empty', 0) "
            "ON CONFLICT(cluster_id, name) DO UPDATE SET state = excluded.state RETURNING id"));
        if (!upsert)
            return makeError(upsert.error());
        upsert->bind(1, clusterId).bind(2, c.group->name);
        auto row = upsert->next();
        if (!row)
            return makeError(row.error());
        if (!*row)
            continue;
        const qint64 groupId = upsert->integer(0);
        upsert = Statement();   // finish the RETURNING statement before the next one
        qint64 totalLag = 0;
        for (int p = 0; p < c.offsets.size(); ++p) {
            if (c.offsets.at(p) < 0)
                continue;
            // Lag against the high watermark the crawl just stored.
            auto offset = db.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO group_offsets(group_id, topic_id, partition, committed_offset, lag) "
                "SELECT ?, t.id, p.partition, ?, CASE WHEN p.high_watermark IS NULL THEN NULL "
                "ELSE max(0, p.high_watermark - ?) END "
                "FROM topics t JOIN partitions p ON p.topic_id = t.id "
                "WHERE t.cluster_id = ? AND t.name = ? AND p.partition = ? RETURNING lag"));
            if (!offset)
                return makeError(offset.error());
            offset->bind(1, groupId).bind(2, c.offsets.at(p)).bind(3, c.offsets.at(p)).bind(4, clusterId)
                .bind(5, c.group->topic).bind(6, p);
            auto inserted = offset->next();
            if (!inserted)
                return makeError(inserted.error());
            if (*inserted && !offset->isNull(0))
                totalLag += offset->integer(0);
        }
        auto total = db.prepare(QStringLiteral("UPDATE consumer_groups SET total_lag = ? WHERE id = ?"));
        if (!total)
            return makeError(total.error());
        total->bind(1, totalLag).bind(2, groupId);
        if (auto st = total->run(); !st)
            return st;
    }
    return tx.commit();
}

DemoCluster::~DemoCluster()
{
    m_stop = true;
    if (m_traffic.joinable())
        m_traffic.join();
    if (m_mock)
        rd_kafka_mock_cluster_destroy(m_mock);
    if (m_handle)
        rd_kafka_destroy(m_handle);
}

Result<std::optional<Cluster>> DemoCluster::findIn(const Database &db)
{
    auto clusters = ClusterStore(db).list();
    if (!clusters)
        return makeError(clusters.error());
    for (const Cluster &c : *clusters) {
        if (c.isDemo())
            return std::optional<Cluster>(c);
    }
    return std::optional<Cluster>();
}

Result<bool> DemoCluster::applySuggestedCuration(const Database &db, qint64 clusterId)
{
    // Remembered in the catalog's settings table, per demo cluster row.
    const QString key = QStringLiteral("demo.curated.%1").arg(clusterId);
    auto done = db.prepare(QStringLiteral("SELECT 1 FROM settings WHERE key = ?"));
    if (!done)
        return makeError(done.error());
    done->bind(1, key);
    auto seen = done->next();
    if (!seen)
        return makeError(seen.error());
    if (*seen)
        return false;
    auto cluster = ClusterStore(db).findById(clusterId);
    if (!cluster)
        return makeError(cluster.error());
    if (!cluster->has_value())
        return false;
    const TopicStore store(db);
    for (const DemoTopic &t : topics()) {
        auto id = store.findId((*cluster)->name, t.name);
        if (!id)
            return makeError(id.error());
        if (!id->has_value())
            continue;
        auto summary = store.summary(**id);
        if (!summary)
            return makeError(summary.error());
        if (!summary->has_value())
            continue;
        if ((*summary)->owner.isEmpty() && !t.owner.isEmpty()) {
            if (auto st = store.setOwner(**id, t.owner); !st)
                return makeError(st.error());
        }
        if ((*summary)->tags.isEmpty() && !t.tags.isEmpty()) {
            if (auto st = store.addTags(**id, t.tags); !st)
                return makeError(st.error());
        }
        if ((*summary)->description.isEmpty() && !t.description.isEmpty()) {
            if (auto st = store.setDescription(**id, t.description); !st)
                return makeError(st.error());
        }
    }
    auto mark = db.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES(?, '1')"));
    if (!mark)
        return makeError(mark.error());
    mark->bind(1, key);
    if (auto st = mark->run(); !st)
        return makeError(st.error());
    return true;
}

Result<Cluster> DemoCluster::registerIn(const Database &db, const QString &bootstrapServers)
{
    const ClusterStore store(db);
    auto existing = findIn(db);
    if (!existing)
        return makeError(existing.error());
    if (existing->has_value()) {
        Cluster cluster = **existing;
        if (cluster.bootstrapServers == bootstrapServers)
            return cluster;
        cluster.bootstrapServers = bootstrapServers;
        if (auto st = store.update(cluster); !st)
            return makeError(st.error());
        return cluster;
    }
    Cluster cluster;
    cluster.kind = QStringLiteral("demo");
    cluster.environment = environment();
    cluster.bootstrapServers = bootstrapServers;
    cluster.labels.insert(QStringLiteral("note"), QObject::tr("in-process demo cluster"));
    // A real cluster may already be called "demo"; never take its name.
    cluster.name = clusterName();
    for (int i = 2; ; ++i) {
        auto taken = store.find(cluster.name);
        if (!taken)
            return makeError(taken.error());
        if (!taken->has_value())
            break;
        cluster.name = clusterName() + QLatin1Char('-') + QString::number(i);
    }
    return store.add(cluster);
}

} // namespace Switchboard
