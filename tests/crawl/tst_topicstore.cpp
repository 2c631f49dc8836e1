// TopicStore without a broker: a catalog of the first schema version migrates and keeps its
// clusters; lists filter, sort and page; search splits names, ranks and narrows; curation is
// validated and audited; tags complete.

#include "TempCatalog.h"
#include "VerifyResult.h"
#include "audit/AuditLog.h"
#include "clusters/ClusterStore.h"
#include "topics/TopicStore.h"

#include <QFile>
#include <QTest>

#include <sqlite3.h>

using namespace Switchboard;

namespace {

// Inserts topics as a crawl would, without a broker.
qint64 addTopic(const Database &db, qint64 clusterId, const QString &name, int partitions, qint64 messages,
                const QString &status = QStringLiteral("active"))
{
    auto stmt = db.prepare(QStringLiteral(
        "INSERT INTO topics(cluster_id, name, status, partition_count, replication_factor, messages, first_seen_at, "
        "last_seen_at, changed_at) VALUES(?, ?, ?, ?, 1, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', "
        "'2026-01-01T00:00:00.000Z')"));
    if (!stmt)
        return 0;
    stmt->bind(1, clusterId).bind(2, name).bind(3, status).bind(4, partitions).bind(5, messages);
    return stmt->run() ? db.lastInsertId() : 0;
}

qint64 addCluster(const Database &db, const QString &name, const QString &env)
{
    Cluster c;
    c.name = name;
    c.environment = env;
    c.bootstrapServers = QStringLiteral("%1:9092").arg(name);
    auto added = ClusterStore(db).add(c);
    return added ? added->id : 0;
}

QStringList names(const QList<TopicSummary> &topics)
{
    QStringList out;
    for (const TopicSummary &t : topics)
        out << t.name;
    return out;
}

QStringList names(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &h : hits)
        out << h.topic.name;
    return out;
}

} // namespace

class TestTopicStore : public QObject {
    Q_OBJECT

    Test::TempCatalog m_catalog;
    qint64 m_prod = 0;
    qint64 m_dev = 0;
    QHash<QString, qint64> m_ids;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_catalog.isValid(), qPrintable(m_catalog.error()));
        const Database &db = m_catalog.db();
        m_prod = addCluster(db, QStringLiteral("prod-eu"), QStringLiteral("prod"));
        m_dev = addCluster(db, QStringLiteral("dev-eu"), QStringLiteral("dev"));
        QVERIFY(m_prod && m_dev);
        const QList<std::tuple<qint64, QString, int, qint64, QString>> rows = {
            {m_prod, QStringLiteral("billing.invoices-v2"), 6, 1000, QStringLiteral("active")},
            {m_prod, QStringLiteral("billing.payments"), 3, 50, QStringLiteral("active")},
            {m_prod, QStringLiteral("shipping_label.events"), 12, 7, QStringLiteral("active")},
            {m_prod, QStringLiteral("invoices"), 1, 0, QStringLiteral("active")},
            {m_prod, QStringLiteral("old.invoices"), 1, 0, QStringLiteral("deleted")},
            {m_dev, QStringLiteral("billing.invoices-v2"), 1, 3, QStringLiteral("active")},
            {m_dev, QStringLiteral("__consumer_offsets"), 50, 0, QStringLiteral("active")},
        };
        for (const auto &[cluster, name, partitions, messages, status] : rows) {
            const qint64 id = addTopic(db, cluster, name, partitions, messages, status);
            QVERIFY(id);
            m_ids.insert(QString::number(cluster) + QLatin1Char('/') + name, id);
        }
        QVERIFY(db.exec(QStringLiteral("UPDATE topics SET internal = 1 WHERE name LIKE '\\_\\_%' ESCAPE '\\'")));
    }

    void migrationFromSchemaOne()
    {
        // A catalog exactly as the first schema version made it, with a cluster in it.
        const QString source = qEnvironmentVariable("SWITCHBOARD_SOURCE_DIR");
        QVERIFY2(!source.isEmpty(), "SWITCHBOARD_SOURCE_DIR is not set (run through ctest)");
        QFile sqlFile(source + QStringLiteral("/catalog/store/migrations/0001_clusters.sql"));
        QVERIFY(sqlFile.open(QIODevice::ReadOnly));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        const QByteArray sql = sqlFile.readAll()
            + "\nINSERT INTO clusters(name, environment, bootstrap_servers, created_at, updated_at) "
              "VALUES('legacy', 'prod', 'k1:9092', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');"
              "\nPRAGMA user_version = 1;";
        QCOMPARE(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);

        auto db = Database::open(path);
        QVERIFY_RESULT(db);
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 2);
        auto legacy = ClusterStore(**db).find(QStringLiteral("legacy"));
        QVERIFY(legacy && legacy->has_value());
        const qint64 topic = addTopic(**db, (*legacy)->id, QStringLiteral("legacy.topic"), 2, 5);
        QVERIFY(topic);
        TopicStore store(**db);
        QVERIFY(store.addTags(topic, {QStringLiteral("old")}));
        auto hits = store.search(QStringLiteral("legacy"));
        QVERIFY_RESULT(hits);
        QCOMPARE(names(*hits), QStringList{QStringLiteral("legacy.topic")});
        auto health = store.clusterHealth((*legacy)->id);
        QVERIFY(health && health->has_value());
        QVERIFY(!(*health)->lastCrawl.has_value());
    }

    void listFilters_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("contains");
        QTest::addColumn<bool>("includeDeleted");
        QTest::addColumn<bool>("includeInternal");
        QTest::addColumn<int>("total");
        QTest::newRow("all active") << "" << "" << "" << false << true << 6;
        QTest::newRow("with deleted") << "" << "" << "" << true << true << 7;
        QTest::newRow("no internal") << "" << "" << "" << false << false << 5;
        QTest::newRow("one cluster") << "prod-eu" << "" << "" << false << true << 4;
        QTest::newRow("one environment") << "" << "dev" << "" << false << true << 2;
        QTest::newRow("name contains, any case") << "" << "" << "INVOICES" << false << true << 3;
        QTest::newRow("percent is literal") << "" << "" << "%" << false << true << 0;
    }

    void listFilters()
    {
        QFETCH(QString, cluster);
        QFETCH(QString, environment);
        QFETCH(QString, contains);
        QFETCH(bool, includeDeleted);
        QFETCH(bool, includeInternal);
        QFETCH(int, total);
        TopicQuery q;
        q.filter.cluster = cluster;
        q.filter.environment = environment;
        q.filter.nameContains = contains;
        q.filter.includeDeleted = includeDeleted;
        q.filter.includeInternal = includeInternal;
        auto page = TopicStore(m_catalog.db()).list(q);
        QVERIFY_RESULT(page);
        QCOMPARE(page->total, qint64(total));
        QCOMPARE(page->topics.size(), total);
    }

    void sortAndPage()
    {
        TopicStore store(m_catalog.db());
        TopicQuery q;
        q.sort = TopicSort::Partitions;
        q.order = Qt::DescendingOrder;
        q.limit = 2;
        auto first = store.list(q);
        QVERIFY(first);
        QCOMPARE(first->total, qint64(6));
        QCOMPARE(names(first->topics), (QStringList{QStringLiteral("__consumer_offsets"), QStringLiteral("shipping_label.events")}));
        q.offset = 2;
        auto second = store.list(q);
        QCOMPARE(names(second->topics), (QStringList{QStringLiteral("billing.invoices-v2"), QStringLiteral("billing.payments")}));
        QCOMPARE(second->topics.first().cluster, QStringLiteral("prod-eu"));
        q.sort = TopicSort::Messages;
        q.offset = 0;
        q.limit = 1;
        QCOMPARE(store.list(q)->topics.first().messages.value(), qint64(1000));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QStringList>("expected");   // in rank order where it matters
        QTest::newRow("exact name first") << "invoices" << "prod"
                                          << QStringList{QStringLiteral("invoices"), QStringLiteral("billing.invoices-v2")};
        QTest::newRow("split on dash") << "v2" << "" << QStringList{QStringLiteral("billing.invoices-v2"), QStringLiteral("billing.invoices-v2")};
        QTest::newRow("split on underscore") << "label" << "" << QStringList{QStringLiteral("shipping_label.events")};
        QTest::newRow("prefix") << "ship" << "" << QStringList{QStringLiteral("shipping_label.events")};
        QTest::newRow("all words") << "billing pay" << "" << QStringList{QStringLiteral("billing.payments")};
        QTest::newRow("environment narrows") << "billing invoices" << "dev" << QStringList{QStringLiteral("billing.invoices-v2")};
        QTest::newRow("fts syntax is inert") << "\"billing\" OR NEAR(" << "prod" << QStringList{};
        QTest::newRow("no match") << "zebra" << "" << QStringList{};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QString, environment);
        QFETCH(QStringList, expected);
        TopicFilter filter;
        filter.environment = environment;
        auto hits = TopicStore(m_catalog.db()).search(text, filter);
        QVERIFY_RESULT(hits);
        QCOMPARE(names(*hits), expected);
    }

    void searchRanksByWhereWordsHit()
    {
        // A catalog of its own: a name that starts with the word, a name that has it later, a
        // tag, a description; the rank follows that order whatever the insertion order.
        Test::TempCatalog catalog;
        QVERIFY(catalog.isValid());
        const Database &db = catalog.db();
        const qint64 cluster = addCluster(db, QStringLiteral("prod-us"), QStringLiteral("prod"));
        const qint64 described = addTopic(db, cluster, QStringLiteral("payments"), 1, 0);
        const qint64 tagged = addTopic(db, cluster, QStringLiteral("ledger"), 1, 0);
        const qint64 later = addTopic(db, cluster, QStringLiteral("audit.invoices"), 1, 0);
        const qint64 first = addTopic(db, cluster, QStringLiteral("invoices.archive"), 1, 0);
        addTopic(db, cluster, QStringLiteral("shipping"), 1, 0);
        QVERIFY(described && tagged && later && first);
        TopicStore store(db);
        QVERIFY(store.setDescription(described, QStringLiteral("Settles invoices nightly.")));
        QVERIFY(store.addTags(tagged, {QStringLiteral("finance"), QStringLiteral("invoices")}));

        const QStringList expected = {QStringLiteral("invoices.archive"), QStringLiteral("audit.invoices"),
                                      QStringLiteral("ledger"), QStringLiteral("payments")};
        for (const QString &text : {QStringLiteral("invoices"), QStringLiteral("inv")}) {
            auto hits = store.search(text);
            QVERIFY_RESULT(hits);
            QCOMPARE(names(*hits), expected);
            QVERIFY((*hits)[0].score > (*hits)[1].score && (*hits)[2].score > (*hits)[3].score);
            QCOMPARE(*store.searchCount(text), qint64(4));
        }
        // Pages continue the same order; the count follows the filters.
        auto second = store.search(QStringLiteral("invoices"), {}, 2, 2);
        QCOMPARE(names(*second), expected.mid(2));
        TopicFilter financeOnly;
        financeOnly.tag = QStringLiteral("finance");
        QCOMPARE(*store.searchCount(QStringLiteral("invoices"), financeOnly), qint64(1));
        TopicFilter otherEnv;
        otherEnv.environment = QStringLiteral("dev");
        QCOMPARE(*store.searchCount(QStringLiteral("invoices"), otherEnv), qint64(0));
        QCOMPARE(*store.searchCount(QStringLiteral("...")), qint64(0));

        // A list page without its total, for views that count afterwards.
        TopicQuery query;
        query.limit = 2;
        query.withTotal = false;
        auto page = store.list(query);
        QVERIFY(page);
        QCOMPARE(page->total, qint64(-1));
        QCOMPARE(names(page->topics), (QStringList{QStringLiteral("audit.invoices"), QStringLiteral("invoices.archive")}));
    }

    void curation()
    {
        TopicStore store(m_catalog.db());
        const qint64 id = m_ids.value(QString::number(m_prod) + QStringLiteral("/billing.payments"));
        QVERIFY(store.addTags(id, {QStringLiteral(" Finance "), QStringLiteral("pii")}));
        QVERIFY(!store.addTags(id, {QStringLiteral("has space")}));
        QVERIFY(!store.addTags(id, {QStringLiteral("-dash-first")}));
        QVERIFY(store.setOwner(id, QStringLiteral("team-payments")));
        QVERIFY(store.setDescription(id, QStringLiteral("Card **payments**; settled nightly.")));
        auto s = store.summary(id);
        QCOMPARE((*s)->tags, (QStringList{QStringLiteral("finance"), QStringLiteral("pii")}));

        // Tags and descriptions are searchable; the tag filter narrows.
        auto byTag = store.search(QStringLiteral("finance"));
        QCOMPARE(names(*byTag), QStringList{QStringLiteral("billing.payments")});
        auto byText = store.search(QStringLiteral("settled"));
        QCOMPARE(names(*byText), QStringList{QStringLiteral("billing.payments")});
        TopicFilter tagged;
        tagged.tag = QStringLiteral("PII");
        QCOMPARE(*store.count(tagged), qint64(1));

        QVERIFY(store.removeTags(id, {QStringLiteral("finance")}));
        QVERIFY(store.search(QStringLiteral("finance"))->isEmpty());
        QVERIFY(store.setTags(id, {QStringLiteral("pii"), QStringLiteral("cards")}));
        QCOMPARE((*store.summary(id))->tags, (QStringList{QStringLiteral("cards"), QStringLiteral("pii")}));

        const qint64 other = m_ids.value(QString::number(m_prod) + QStringLiteral("/invoices"));
        QVERIFY(store.addTags(other, {QStringLiteral("pii")}));
        QCOMPARE(*store.tags(), (QStringList{QStringLiteral("pii"), QStringLiteral("cards")}));
        QCOMPARE(*store.tags(QStringLiteral("ca")), QStringList{QStringLiteral("cards")});
        QCOMPARE(*store.owners(), QStringList{QStringLiteral("team-payments")});

        auto audit = AuditLog(m_catalog.db()).entries(QStringLiteral("topic:prod-eu/billing.payments"));
        QVERIFY(audit);
        QStringList actions;
        for (const AuditEntry &e : *audit)
            actions << e.action;
        QVERIFY(actions.contains(QStringLiteral("topic.tag")));
        QVERIFY(actions.contains(QStringLiteral("topic.untag")));
        QVERIFY(actions.contains(QStringLiteral("topic.owner")));
        QVERIFY(actions.contains(QStringLiteral("topic.describe")));

        QVERIFY(!store.setOwner(999999, QStringLiteral("x")));
    }

    void ftsQuery_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::newRow("words") << "billing.invoices-v2" << "\"billing\"* \"invoices\"* \"v2\"*";
        QTest::newRow("quotes dropped") << "a\"b" << "\"a\"* \"b\"*";
        QTest::newRow("nothing") << " .-_ " << "";
    }

    void ftsQuery()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QCOMPARE(TopicStore::ftsQuery(text), query);
    }
};

QTEST_GUILESS_MAIN(TestTopicStore)
#include "tst_topicstore.moc"
