// The desktop app's benchmark (not a test). See bench/README.md, section "Desktop app".
//
//   bench_gui generate CATALOG [ROWS]         a catalog of ROWS generated topics (default 100000)
//   bench_gui launch CATALOG                  one launch: prints "usable <ms>" when the table shows rows
//   bench_gui launches CATALOG [RUNS]         RUNS launches as child processes, wall clock, median
//   bench_gui search CATALOG [FIRST_PAGE]     keystroke -> painted rows, p50/p95, against the bare query
//                                            (FIRST_PAGE: the table's first page, default 50 as the app)
//   bench_gui setup BOOTSTRAP [TOPICS] [PARTITIONS]  TOPICS topics (default 10000 x 1 partition: a
//                                            broker under a 20,000 open-files limit cannot hold
//                                            30,000 partitions), CreateTopics 500 at a time
//   bench_gui stall CATALOG BOOTSTRAP         longest GUI event-loop stall while the window crawls BOOTSTRAP
//   bench_gui consumers CATALOG [GROUPS] [RUNS]  a topic read by GROUPS groups (default 5000): click
//                                            to painted consumers tab, and tab switch to painted rows

#include "clusters/ClusterStore.h"
#include "crawl/CrawlWriter.h"
#include "kafka/AdminClient.h"
#include "main/CrawlController.h"
#include "catalog/CatalogView.h"
#include "main/MainWindow.h"
#include "store/Database.h"
#include "topics/TopicStore.h"
#include "topics/TopicDetailView.h"
#include "topics/TopicTableModel.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Switchboard;

namespace {

QElapsedTimer g_sinceStart;

const QStringList kDomains = {QStringLiteral("billing"), QStringLiteral("payments"), QStringLiteral("orders"),
                              QStringLiteral("shipping"), QStringLiteral("inventory"), QStringLiteral("customers"),
                              QStringLiteral("identity"), QStringLiteral("search"), QStringLiteral("analytics"),
                              QStringLiteral("fraud"), QStringLiteral("catalog"), QStringLiteral("pricing"),
                              QStringLiteral("notifications"), QStringLiteral("ledger"), QStringLiteral("risk"),
                              QStringLiteral("support"), QStringLiteral("marketing"), QStringLiteral("loyalty"),
                              QStringLiteral("warehouse"), QStringLiteral("delivery")};
const QStringList kEntities = {QStringLiteral("events"), QStringLiteral("commands"), QStringLiteral("snapshots"),
                               QStringLiteral("changelog"), QStringLiteral("dlq"), QStringLiteral("retry"),
                               QStringLiteral("audit"), QStringLiteral("metrics"), QStringLiteral("invoices"),
                               QStringLiteral("sessions"), QStringLiteral("clicks"), QStringLiteral("profiles")};
const QStringList kTags = {QStringLiteral("pii"), QStringLiteral("critical"), QStringLiteral("gdpr"),
                           QStringLiteral("finance"), QStringLiteral("compacted"), QStringLiteral("dlq"),
                           QStringLiteral("analytics"), QStringLiteral("external")};
const QStringList kEnvs = {QStringLiteral("prod"), QStringLiteral("staging"), QStringLiteral("dev")};

QString topicName(int i)
{
    return QStringLiteral("%1.%2-%3.v%4.t%5")
        .arg(kDomains[i % kDomains.size()], kEntities[(i / 7) % kEntities.size()],
             QStringList{QStringLiteral("eu"), QStringLiteral("us"), QStringLiteral("apac")}[(i / 3) % 3])
        .arg(1 + i % 4)
        .arg(i);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int index = std::clamp(int(p * (values.size() - 1) + 0.5), 0, int(values.size() - 1));
    return values.at(index);
}

void isolateSettings()
{
    // Never touch the user's settings (window layout) from a benchmark.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardBench"));
}

int generate(const QString &path, int rows)
{
    QFile::remove(path);
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto tx = (*db)->transaction();
    QList<qint64> clusters;
    for (int c = 0; c < 10; ++c) {
        Cluster cluster;
        cluster.name = QStringLiteral("%1-%2").arg(kEnvs[c % 3]).arg(c);
        cluster.environment = kEnvs[c % 3];
        cluster.bootstrapServers = QStringLiteral("kafka-%1.example.com:9092").arg(c);
        auto added = ClusterStore(**db).add(cluster);
        if (!added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.error()));
            return 1;
        }
        clusters << added->id;
        auto crawl = (*db)->prepare(QStringLiteral(
            "INSERT INTO crawls(cluster_id, started_at, finished_at, outcome, topic_count, duration_ms) "
            "VALUES(?, ?, ?, 'ok', ?, 1200)"));
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        crawl->bind(1, added->id).bind(2, now).bind(3, now).bind(4, rows / 10);
        if (auto st = crawl->run(); !st)
            return 1;
    }
    auto topic = (*db)->prepare(QStringLiteral(
        "INSERT INTO topics(cluster_id, name, status, partition_count, replication_factor, under_replicated, "
        "messages, produced, rate, first_seen_at, last_seen_at, changed_at, owner, description) "
        "VALUES(?, ?, ?, ?, 3, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto tag = (*db)->prepare(QStringLiteral("INSERT INTO topic_tags(topic_id, tag) VALUES(?, ?)"));
    if (!topic || !tag)
        return 1;
    QRandomGenerator random(42);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (int i = 0; i < rows; ++i) {
        const qint64 messages = random.bounded(5000000);
        topic->reset();
        topic->bind(1, clusters[i % clusters.size()]).bind(2, topicName(i))
            .bind(3, i % 97 == 0 ? QStringLiteral("deleted") : QStringLiteral("active"))
            .bind(4, 1 + int(random.bounded(24))).bind(5, i % 211 == 0 ? 1 : 0).bind(6, messages).bind(7, messages)
            .bind(8, random.bounded(500.0)).bind(9, now).bind(10, now).bind(11, now)
            .bind(12, i % 5 == 0 ? QStringLiteral("") : QStringLiteral("team-%1").arg(kDomains[i % kDomains.size()]))
            .bind(13, i % 4 == 0 ? QStringLiteral("Events of the %1 domain, keyed by id. See the runbook.")
                                       .arg(kDomains[i % kDomains.size()])
                                 : QStringLiteral(""));
        if (auto st = topic->run(); !st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.error()));
            return 1;
        }
        const qint64 id = (*db)->lastInsertId();
        if (i % 3 == 0) {
            tag->reset();
            tag->bind(1, id).bind(2, kTags[i % kTags.size()]);
            if (auto st = tag->run(); !st)
                return 1;
        }
    }
    if (auto st = tx.commit(); !st)
        return 1;
    std::printf("generated %d topics in %s in %lld ms\n", rows, qPrintable(path), timer.elapsed());
    return 0;
}

std::unique_ptr<MainWindow> openWindow(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    auto window = std::make_unique<MainWindow>(std::move(db.value()));
    window->resize(1400, 900);
    window->show();
    return window;
}

int launch(const QString &path)
{
    auto window = openWindow(path);
    // Usable: the first page of the table is there (the model resets once it has it).
    QObject::connect(window->catalogView()->topicModel(), &TopicTableModel::loaded, window.get(), [&] {
        if (window->catalogView()->topicModel()->rowCount() > 0) {
            std::printf("usable %lld\n", g_sinceStart.elapsed());
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    });
    return qApp->exec();
}

int launches(const QString &self, const QString &path, int runs)
{
    QList<double> wall, inside;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(self, {QStringLiteral("launch"), path, QStringLiteral("-platform"), QStringLiteral("offscreen")});
        p.waitForFinished(60000);
        const double ms = double(t.elapsed());
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const int at = int(out.indexOf(QLatin1String("usable ")));
        if (at < 0) {
            std::fprintf(stderr, "launch failed: %s\n", qPrintable(QString::fromUtf8(p.readAllStandardError())));
            return 1;
        }
        inside << out.mid(at + 7).trimmed().toDouble();
        wall << ms;
    }
    std::printf("launch to usable table (%d runs): in-process median %.0f ms (min %.0f, max %.0f); "
                "process wall clock incl. exit median %.0f ms\n",
                runs, percentile(inside, 0.5), percentile(inside, 0), percentile(inside, 1), percentile(wall, 0.5));
    return 0;
}

// Runs the event loop (as the app's exec() would: it wakes at once for a posted result)
// until quit() or ms have passed. QTest::qWait/qWaitFor sleep 10 ms between rounds of event
// processing, which would add up to 10 ms to every measured latency or stall.
bool runLoop(QEventLoop &loop, int ms)
{
    QTimer timeout;
    timeout.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    timeout.start(ms);
    loop.exec();
    return !timedOut;
}

void runFor(int ms)
{
    QEventLoop loop;
    runLoop(loop, ms);
}

// Notes when the table's viewport paints: the rows a keystroke asked for are on screen.
class PaintWatch : public QObject {
public:
    std::function<void()> onPaint;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && onPaint)
            onPaint();
        return QObject::eventFilter(watched, event);
    }
};

int search(const QString &path, int firstPage)
{
    auto window = openWindow(path);
    TopicTableModel *model = window->catalogView()->topicModel();
    model->setPageSize(firstPage, std::max(firstPage, 200));
    QEventLoop loop;
    QElapsedTimer t;
    bool awaitingReset = false;
    bool awaitingPaint = false;
    double resetMs = 0;
    double paintMs = 0;
    QObject::connect(model, &TopicTableModel::loaded, [&] {
        if (!awaitingReset)
            return;
        awaitingReset = false;
        resetMs = double(t.nsecsElapsed()) / 1e6;
        awaitingPaint = true;
    });
    PaintWatch watch;
    watch.onPaint = [&] {
        if (!awaitingPaint)
            return;
        awaitingPaint = false;
        // Quit after this paint event has been handled, i.e. after the rows are drawn.
        QTimer::singleShot(0, &loop, [&] {
            paintMs = double(t.nsecsElapsed()) / 1e6;
            loop.quit();
        });
    };
    window->catalogView()->topicView()->viewport()->installEventFilter(&watch);
    t.start();
    awaitingReset = true;
    if (!runLoop(loop, 30000))
        return 1;
    runFor(500);   // the first count
    const QStringList words = {QStringLiteral("billing"), QStringLiteral("invoices"), QStringLiteral("payments eu"),
                               QStringLiteral("orders"), QStringLiteral("pii"), QStringLiteral("runbook"),
                               QStringLiteral("shipping dlq"), QStringLiteral("fraud"), QStringLiteral("t4242"),
                               QStringLiteral("ledger audit"), QStringLiteral("customers"), QStringLiteral("gdpr")};
    QLineEdit *edit = window->catalogView()->searchEdit();
    QList<double> keystrokes, resets;
    QList<QPair<double, QString>> slowest;
    for (int round = 0; round < 3; ++round) {
        for (const QString &word : words) {
            awaitingReset = true;
            t.start();
            edit->clear();
            runLoop(loop, 10000);
            runFor(100);   // let the count of the unfiltered list finish, as a person's pause would
            for (const QChar ch : word) {
                if (ch == QLatin1Char(' ')) {
                    QTest::keyClick(edit, ' ');   // no new query: the search is trimmed
                    continue;
                }
                awaitingReset = true;
                awaitingPaint = false;
                t.start();
                QTest::keyClick(edit, ch.toLatin1());
                if (!runLoop(loop, 10000)) {
                    std::fprintf(stderr, "no rows for '%s'\n", qPrintable(edit->text()));
                    return 1;
                }
                keystrokes << paintMs;
                resets << resetMs;
                slowest << qMakePair(paintMs, edit->text());
            }
        }
    }
    // The floor: the same first-page queries the table asks for, as bare TopicStore calls on
    // this thread (one character: a name filter without the count; more: the ranked search).
    auto db = Database::open(path);
    QList<double> floor;
    for (int round = 0; round < 3; ++round) {
        for (const QString &word : words) {
            for (int n = 1; n <= word.size(); ++n) {
                if (word.at(n - 1) == QLatin1Char(' '))
                    continue;
                const QString text = word.left(n).trimmed();
                QElapsedTimer q;
                q.start();
                if (text.size() < 2) {
                    TopicQuery query;
                    query.filter.nameContains = text;
                    query.limit = firstPage;
                    query.withTotal = false;
                    if (!TopicStore(**db).list(query))
                        return 1;
                } else if (!TopicStore(**db).search(text, {}, firstPage, 0)) {
                    return 1;
                }
                floor << double(q.nsecsElapsed()) / 1e6;
            }
        }
    }
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::printf("slowest keystrokes:");
    for (int i = 0; i < std::min<int>(15, slowest.size()); ++i)
        std::printf(" '%s' %.1f;", qPrintable(slowest.at(i).second), slowest.at(i).first);
    std::printf("\nkeystroke -> rows painted (%lld keystrokes): p50 %.1f ms, p95 %.1f ms, max %.1f ms "
                "(to the model's reset: p50 %.1f, p95 %.1f)\n",
                qint64(keystrokes.size()), percentile(keystrokes, 0.5), percentile(keystrokes, 0.95),
                percentile(keystrokes, 1), percentile(resets, 0.5), percentile(resets, 0.95));
    std::printf("baseline, the same first pages (%d rows) as bare TopicStore calls: p50 %.1f ms, p95 %.1f ms "
                "(ratio p95 %.2f)\n",
                firstPage, percentile(floor, 0.5), percentile(floor, 0.95),
                percentile(keystrokes, 0.95) / std::max(0.001, percentile(floor, 0.95)));
    return 0;
}

int setup(const QString &bootstrap, int topics, int partitions)
{
    auto admin = AdminClient::create(ClientConfig{bootstrap, {}, {}}, 180000);
    if (!admin) {
        std::fprintf(stderr, "%s\n", qPrintable(admin.error()));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    for (int start = 0; start < topics; start += 500) {
        QList<NewTopic> batch;
        for (int i = start; i < std::min(topics, start + 500); ++i)
            batch << NewTopic{QStringLiteral("big.") + topicName(i), partitions, 1, {}};
        if (auto st = (*admin)->createTopics(batch); !st && !st.error().contains(QLatin1String("already exists"))) {
            std::fprintf(stderr, "%s\n", qPrintable(st.error()));
            return 1;
        }
        std::fprintf(stderr, "\r%d topics", std::min(topics, start + 500));
    }
    std::printf("\ncreated %d topics in %lld ms\n", topics, t.elapsed());
    return 0;
}

int stall(const QString &path, const QString &bootstrap)
{
    // A copy, so the generated catalog stays as it was for the other runs.
    const QString copy = path + QStringLiteral(".stall.sqlite");
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
    QFile::remove(copy + QStringLiteral("-shm"));
    {
        // VACUUM INTO, not a file copy: it includes what is still in the source's WAL.
        auto source = Database::open(path);
        if (!source)
            return 1;
        QString quoted = copy;
        quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
        if (auto st = (*source)->exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted)); !st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.error()));
            return 1;
        }
    }
    qint64 bigId = 0;
    {
        auto db = Database::open(copy);
        Cluster big;
        big.name = QStringLiteral("big");
        big.environment = QStringLiteral("bench");
        big.bootstrapServers = bootstrap;
        auto added = db ? ClusterStore(**db).add(big) : Result<Cluster>(makeError(db.error()));
        if (!added)
            return 1;
        bigId = added->id;
    }
    auto window = openWindow(copy);
    TopicTableModel *model = window->catalogView()->topicModel();
    {
        QEventLoop loop;
        QObject::connect(model, &TopicTableModel::loaded, &loop, &QEventLoop::quit);
        runLoop(loop, 30000);
        runFor(500);
    }

    // A timer that measures its own lateness: every gap beyond its interval is time the GUI
    // thread could not run its event loop.
    const int interval = 5;
    QList<double> lateness;
    // Stalls over 10 ms: lateness, ms since the crawl started, and the GUI thread's own CPU time
    // in that gap: near the lateness, the thread was busy; near zero, it waited (for a core on
    // this shared 2-core machine, or on a lock).
    struct Stall {
        double lateness;
        double at;
        double cpu;
    };
    QList<Stall> stalls;
    auto threadCpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    };
    double lastCpu = 0;
    qint64 crawlStart = 0;
    QElapsedTimer clock;
    qint64 last = 0;
    bool measuring = false;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(interval);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double cpu = threadCpuMs();
        if (measuring && last > 0) {
            lateness << std::max(0.0, double(now - last) / 1e6 - interval);
            if (crawlStart > 0 && lateness.last() > 10)
                stalls << Stall{lateness.last(), double(last - crawlStart) / 1e6, cpu - lastCpu};
        }
        last = now;
        lastCpu = cpu;
    });
    clock.start();
    ticker.start();

    // The floor: the same timer on an idle window for 3 s.
    measuring = true;
    runFor(3000);
    const QList<double> idle = lateness;
    lateness.clear();

    bool done = false;
    bool ok = false;
    QString error;
    QEventLoop crawlLoop;
    QObject::connect(window->catalogView(), &CatalogView::crawlFinished, [&](qint64 id, bool succeeded) {
        if (id != bigId)
            return;
        done = true;
        ok = succeeded;
        crawlLoop.quit();
    });
    QObject::connect(window->catalogView()->crawler(), &CrawlController::clusterFinished,
                     [&](const CrawlOutcome &r) { error = r.error; });
    QElapsedTimer crawlTime;
    crawlTime.start();
    crawlStart = clock.nsecsElapsed();
    window->catalogView()->crawlCluster(bigId);
    if (!done)
        runLoop(crawlLoop, 600000);
    const qint64 crawlMs = crawlTime.elapsed();
    // The reload after the crawl belongs to it too.
    runFor(2000);
    measuring = false;
    if (!ok) {
        std::fprintf(stderr, "crawl failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("GUI event loop during a crawl of %s (%lld ms, %lld ticks): longest stall %.1f ms, p99 %.1f ms; "
                "idle window baseline: longest %.1f ms, p99 %.1f ms\n",
                qPrintable(bootstrap), crawlMs, qint64(lateness.size()), percentile(lateness, 1),
                percentile(lateness, 0.99), percentile(idle, 1), percentile(idle, 0.99));
    std::sort(stalls.begin(), stalls.end(), [](const Stall &a, const Stall &b) { return a.lateness > b.lateness; });
    std::printf("stalls over 10 ms (lateness@ms after the crawl started, GUI thread CPU in the gap):");
    for (int i = 0; i < std::min<int>(10, stalls.size()); ++i)
        std::printf(" %.1f@%.0f(cpu %.1f)", stalls.at(i).lateness, stalls.at(i).at, stalls.at(i).cpu);
    std::printf("\n");
    return 0;
}


// Two topics, each read by `groups` consumer groups (three partitions each, written by
// CrawlWriter as a crawl of such a cluster would), in a fresh catalog. Then, RUNS times each:
//  - with the Consumers tab open, another topic is chosen: time until its consumers are painted;
//  - with the Overview open, the Consumers tab is chosen: time until its rows are painted.
int consumers(const QString &path, int groups, int runs)
{
    QFile::remove(path);
    qint64 clusterId = 0;
    QList<qint64> topicIds;
    {
        auto db = Database::open(path);
        if (!db)
            return 1;
        Cluster c;
        c.name = QStringLiteral("busy");
        c.environment = QStringLiteral("prod");
        c.bootstrapServers = QStringLiteral("kafka.example.com:9092");
        auto added = ClusterStore(**db).add(c);
        if (!added)
            return 1;
        clusterId = added->id;
        (void)(*db)->exec(QStringLiteral("INSERT INTO crawls(cluster_id, started_at) VALUES(%1, '2026-01-01')").arg(clusterId));
        const qint64 crawlId = (*db)->lastInsertId();
        CrawlSnapshot snap;
        snap.metadata.brokers.append(BrokerInfo{1, QStringLiteral("kafka"), 9092, QString()});
        for (const QString &name : {QStringLiteral("orders.events"), QStringLiteral("payments.events")}) {
            TopicMetadata t;
            t.name = name;
            for (int p = 0; p < 3; ++p) {
                t.partitions.append(PartitionInfo{p, 1, {1}, {1}, QString()});
                snap.watermarks[name].append({0, 1000});
            }
            snap.metadata.topics.append(t);
        }
        snap.haveWatermarks = snap.haveGroups = snap.haveOffsets = true;
        for (int g = 0; g < groups; ++g) {
            ConsumerGroupInfo info;
            info.name = QStringLiteral("service-%1-consumer").arg(g, 5, 10, QLatin1Char('0'));
            info.state = g % 10 == 0 ? QStringLiteral("Stable") : QStringLiteral("Empty");
            snap.groups.append(info);
            for (const TopicMetadata &t : std::as_const(snap.metadata.topics)) {
                for (int p = 0; p < 3; ++p)
                    snap.offsets[info.name].append(TopicPartitionOffset{t.name, p, qint64((g * 7 + p) % 1000)});
            }
        }
        CrawlOutcome outcome;
        if (auto st = CrawlWriter(**db, clusterId, crawlId).write(snap, outcome); !st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.error()));
            return 1;
        }
        auto ids = (*db)->prepare(QStringLiteral("SELECT id FROM topics WHERE cluster_id = ? ORDER BY name"));
        ids->bind(1, clusterId);
        while (auto row = ids->next()) {
            if (!*row)
                break;
            topicIds << ids->integer(0);
        }
    }
    auto window = openWindow(path);
    TopicDetailView *detail = window->catalogView()->detailView();
    auto *consumersView = detail->findChild<QTableView *>(QStringLiteral("consumersView"));
    if (!consumersView || topicIds.size() != 2)
        return 1;
    int consumersTab = -1;
    for (int i = 0; i < detail->tabs()->count(); ++i) {
        if (detail->tabs()->widget(i) == consumersView)
            consumersTab = i;
    }
    runFor(1000);   // the window's own first load

    PaintWatch watch;
    consumersView->viewport()->installEventFilter(&watch);
    QEventLoop loop;
    bool loaded = false;
    QObject::connect(detail, &TopicDetailView::loaded, &loop, [&] { loaded = true; });
    // One measurement: start() then wait until the consumers' viewport paints with rows
    // (after the detail has loaded, when `needLoad`).
    auto measure = [&](const std::function<void()> &start, bool needLoad) {
        loaded = !needLoad;
        QElapsedTimer t;
        watch.onPaint = [&] {
            if (loaded && consumersView->model()->rowCount() == groups)
                loop.quit();
        };
        t.start();
        start();
        if (!runLoop(loop, 10000))
            return -1.0;
        const double ms = t.nsecsElapsed() / 1e6;
        watch.onPaint = nullptr;
        runFor(50);
        return ms;
    };
    QList<double> select, tab;
    for (int r = 0; r < runs; ++r) {
        detail->tabs()->setCurrentIndex(consumersTab);
        runFor(50);
        select << measure([&] { detail->showTopic(topicIds[size_t(r % 2)]); }, true);
        // Overview first (and its topic loaded), then the tab.
        detail->tabs()->setCurrentIndex(0);
        detail->showTopic(topicIds[size_t((r + 1) % 2)]);
        {
            QEventLoop wait;
            QObject::connect(detail, &TopicDetailView::loaded, &wait, &QEventLoop::quit);
            runLoop(wait, 10000);
        }
        runFor(50);
        tab << measure([&] { detail->tabs()->setCurrentIndex(consumersTab); }, false);
    }
    if (select.contains(-1.0) || tab.contains(-1.0)) {
        std::fprintf(stderr, "the consumers tab never showed %d rows\n", groups);
        return 1;
    }
    std::printf("consumers tab of a topic read by %d groups (%d runs): choose topic -> painted p50 %.1f ms, max %.1f ms; "
                "switch to tab -> painted p50 %.1f ms, max %.1f ms; load average %.1f\n",
                groups, runs, percentile(select, 0.5), percentile(select, 1), percentile(tab, 0.5), percentile(tab, 1),
                [] { QFile f(QStringLiteral("/proc/loadavg")); return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : 0.0; }());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceStart.start();
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode == QLatin1String("generate") && argc > 2) {
        QCoreApplication app(argc, argv);
        return generate(QString::fromLocal8Bit(argv[2]), argc > 3 ? std::atoi(argv[3]) : 100000);
    }
    if (mode == QLatin1String("setup") && argc > 2) {
        QCoreApplication app(argc, argv);
        return setup(QString::fromLocal8Bit(argv[2]), argc > 3 ? std::atoi(argv[3]) : 10000, argc > 4 ? std::atoi(argv[4]) : 1);
    }
    if (mode == QLatin1String("launches") && argc > 2) {
        QCoreApplication app(argc, argv);
        return launches(QCoreApplication::applicationFilePath(), QString::fromLocal8Bit(argv[2]),
                        argc > 3 ? std::atoi(argv[3]) : 5);
    }
    QApplication app(argc, argv);
    isolateSettings();
    if (mode == QLatin1String("launch") && argc > 2)
        return launch(QString::fromLocal8Bit(argv[2]));
    if (mode == QLatin1String("search") && argc > 2)
        return search(QString::fromLocal8Bit(argv[2]), argc > 3 ? std::atoi(argv[3]) : 50);
    if (mode == QLatin1String("consumers") && argc > 2)
        return consumers(QString::fromLocal8Bit(argv[2]), argc > 3 ? std::atoi(argv[3]) : 5000, argc > 4 ? std::atoi(argv[4]) : 10);
    if (mode == QLatin1String("stall") && argc > 3)
        return stall(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    std::fprintf(stderr, "usage: bench_gui generate|launch|launches|search|setup|stall|consumers ... (see the source)\n");
    return 2;
}
