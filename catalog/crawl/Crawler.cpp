#include "crawl/Crawler.h"

#include "crawl/CrawlSnapshot.h"
#include "crawl/CrawlWriter.h"
#include "kafka/AdminClient.h"
#include "store/Database.h"
#include "store/StoreSupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent>

#include <sqlite3.h>

#include <limits>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Switchboard {

namespace {

// Lowers the calling thread's CPU priority; threads it starts from now on (librdkafka's)
// inherit it. On Linux, nice is per thread: setpriority() with the thread's id.
void lowerThreadPriority()
{
#ifdef Q_OS_LINUX
    (void)setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
}


QString jsonList(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

bool isAuthorizationError(const QString &message)
{
    // librdkafka's and the broker's own words, which are not translated.
    return message.contains(QLatin1String("authorization failed"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("not authorized"), Qt::CaseInsensitive);
}

// Splits items into one slice per client and runs fn(client, slice) side by side. Kafka
// answers the requests of one connection one after another, so big phases spread their
// batches over several connections (clients) to let the brokers work on them in parallel.
template<typename Item, typename Fn>
auto acrossClients(const std::vector<AdminClient *> &clients, const QList<Item> &items, Fn fn)
{
    using R = decltype(fn(clients.front(), items));
    const int n = std::max(1, std::min(int(clients.size()), int(items.size())));
    std::vector<std::optional<R>> results(size_t(n), std::nullopt);
    std::vector<std::thread> threads;
    const qsizetype per = (items.size() + n - 1) / n;
    for (int i = 0; i < n; ++i) {
        const QList<Item> slice = items.mid(i * per, per);
        threads.emplace_back([&, i, slice] { results[size_t(i)].emplace(fn(clients[size_t(i)], slice)); });
    }
    for (auto &t : threads)
        t.join();
    std::vector<R> out;
    for (auto &r : results)
        out.push_back(std::move(*r));
    return out;
}

enum class GroupPart { Members, Offsets };

// What a crawl could not read of some groups, with the reason and the groups' names (the first
// ten; a crawl of a big cluster may miss thousands), e.g. "committed offsets of 2 consumer
// group(s) (not authorized): billing, fraud". One entry per reason.
QStringList missingGroups(const QMap<QString, QString> &failures, GroupPart part)
{
    QMap<QString, QStringList> byReason;
    for (auto it = failures.cbegin(); it != failures.cend(); ++it)
        byReason[isAuthorizationError(it.value()) ? QObject::tr("not authorized") : it.value()] << it.key();
    QStringList out;
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it) {
        constexpr int kNamed = 10;
        QString names = it->mid(0, kNamed).join(QStringLiteral(", "));
        if (it->size() > kNamed)
            names = QObject::tr("%1 and %n more", nullptr, int(it->size() - kNamed)).arg(names);
        out << (part == GroupPart::Members
                    ? QObject::tr("members of %n consumer group(s) (%1): %2", nullptr, int(it->size()))
                    : QObject::tr("committed offsets of %n consumer group(s) (%1): %2", nullptr, int(it->size())))
                   .arg(it.key(), names);
    }
    return out;
}

// The broker that coordinates a group, as Kafka picks it: the leader of the __consumer_offsets
// partition abs(javaHash(group)) % partitions. For groups that are not described (Empty ones),
// which saves one DescribeGroups round trip per group. -1 when the metadata does not say.
int groupCoordinator(const ClusterMetadata &metadata, const QString &group)
{
    for (const TopicMetadata &t : metadata.topics) {
        if (t.name != QLatin1String("__consumer_offsets") || t.partitions.isEmpty())
            continue;
        qint32 hash = 0;   // java.lang.String.hashCode over UTF-16 code units, wrapping
        for (const QChar c : group)
            hash = qint32(quint32(hash) * 31u + c.unicode());
        const qint32 positive = hash == std::numeric_limits<qint32>::min() ? 0 : std::abs(hash);
        const int partition = int(positive % qint32(t.partitions.size()));
        for (const PartitionInfo &p : t.partitions) {
            if (p.id == partition)
                return p.leader;
        }
    }
    return -1;
}

// Records a crawl's end when it did not get to (or through) the write transaction.
void recordFailure(const Database &db, const CrawlOutcome &outcome)
{
    auto stmt = db.prepare(QStringLiteral("UPDATE crawls SET finished_at = ?, outcome = ?, error = ?, skipped = ?, "
                                          "missing = ?, duration_ms = ? WHERE id = ?"));
    if (!stmt)
        return;
    stmt->bind(1, Internal::nowUtc()).bind(2, outcome.statusName())
        .bind(3, outcome.error).bind(4, jsonList(outcome.skipped)).bind(5, jsonList(outcome.missing))
        .bind(6, outcome.durationMs).bind(7, outcome.crawlId);
    (void)stmt->run();
}

} // namespace

Crawler::Crawler(QString catalogPath, QObject *parent)
    : QObject(parent), m_catalogPath(std::move(catalogPath)), m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    m_pool.setMaxThreadCount(1);   // one crawlAll at a time; it runs its clusters side by side
    connect(&m_watcher, &QFutureWatcher<QList<CrawlOutcome>>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

Crawler::~Crawler()
{
    m_cancelled->store(true);
    m_watcher.disconnect(this);
    m_pool.waitForDone();
}

QString Crawler::passwordVariable(const QString &clusterName)
{
    QString suffix;
    for (const QChar c : clusterName.toUpper())
        suffix += (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c.isDigit() ? c : QLatin1Char('_');
    return QStringLiteral("SWITCHBOARD_CRAWL_PASSWORD_") + suffix;
}

bool Crawler::needsPassword(const Cluster &cluster)
{
    return cluster.properties.value(QStringLiteral("security.protocol")).contains(QLatin1String("SASL"), Qt::CaseInsensitive)
        && !cluster.properties.value(QStringLiteral("sasl.mechanisms")).contains(QLatin1String("GSSAPI"), Qt::CaseInsensitive)
        && !cluster.properties.value(QStringLiteral("sasl.mechanisms")).contains(QLatin1String("OAUTHBEARER"), Qt::CaseInsensitive);
}

QMap<QString, QString> Crawler::secretsFromEnvironment(const Cluster &cluster)
{
    if (!needsPassword(cluster))
        return {};
    QString password = qEnvironmentVariable(passwordVariable(cluster.name).toLatin1().constData());
    if (password.isEmpty())
        password = qEnvironmentVariable("SWITCHBOARD_CRAWL_PASSWORD");
    if (password.isEmpty())
        return {};
    return {{QStringLiteral("sasl.password"), password}};
}

QSet<CrawlPhase> Crawler::unsupportedOnDemo()
{
    return {CrawlPhase::Configs, CrawlPhase::Groups, CrawlPhase::Offsets, CrawlPhase::Acls};
}

CrawlOutcome Crawler::crawl(const QString &catalogPath, const Cluster &cluster, const CrawlOptions &options,
                            const std::atomic_bool &cancelled, const CrawlProgressFn &progress)
{
    QElapsedTimer timer;
    timer.start();
    CrawlOutcome outcome;
    outcome.clusterId = cluster.id;
    outcome.cluster = cluster.name;

    QSet<CrawlPhase> skip = options.skip;
    if (cluster.isDemo() && options.skipUnsupportedOnDemo)
        skip.unite(unsupportedOnDemo());
    // Committed offsets are read for the groups the listing found.
    if (skip.contains(CrawlPhase::Groups))
        skip.insert(CrawlPhase::Offsets);
    for (CrawlPhase phase : skippableCrawlPhases()) {
        if (skip.contains(phase))
            outcome.skipped << crawlPhaseName(phase);
    }

    auto db = Database::open(catalogPath);
    if (!db) {
        outcome.error = db.error();
        outcome.durationMs = timer.elapsed();
        return outcome;
    }
    // Clusters crawled side by side take turns writing; a big write takes seconds.
    sqlite3_busy_timeout((*db)->handle(), 120000);

    {
        auto stmt = (*db)->prepare(QStringLiteral(
            "INSERT INTO crawls(cluster_id, started_at, outcome, skipped) VALUES(?, ?, 'running', ?)"));
        if (!stmt) {
            outcome.error = stmt.error();
            return outcome;
        }
        stmt->bind(1, cluster.id).bind(2, Internal::nowUtc())
            .bind(3, jsonList(outcome.skipped));
        if (auto st = stmt->run(); !st) {
            outcome.error = QObject::tr("Cannot record the crawl in the catalog: %1").arg(st.error());
            return outcome;
        }
        outcome.crawlId = (*db)->lastInsertId();
    }

    auto finish = [&](CrawlStatus status, const QString &error) {
        outcome.status = status;
        outcome.error = error;
        outcome.durationMs = timer.elapsed();
        recordFailure(**db, outcome);
        if (progress)
            progress(CrawlProgress{cluster.id, cluster.name, CrawlPhase::Done, int(CrawlPhase::Done), int(CrawlPhase::Done), 0, 0});
        return outcome;
    };
    // The phases after Metadata run side by side; their progress is reported one at a time.
    std::recursive_mutex progressMutex;
    QHash<CrawlPhase, std::pair<qint64, qint64>> phaseSpans;   // start and end, ms since the crawl began
    auto ended = [&](CrawlPhase phase) {
        std::lock_guard lock(progressMutex);
        if (phaseSpans.contains(phase))
            phaseSpans[phase].second = timer.elapsed();
    };
    auto enter = [&](CrawlPhase phase, qint64 total = 0) {
        std::lock_guard lock(progressMutex);
        phaseSpans.insert(phase, {timer.elapsed(), timer.elapsed()});
        if (options.phaseHook)
            options.phaseHook(phase);
        if (progress)
            progress(CrawlProgress{cluster.id, cluster.name, phase, int(phase), int(CrawlPhase::Done), 0, total});
    };
    auto report = [&](CrawlPhase phase, qint64 done, qint64 total) {
        std::lock_guard lock(progressMutex);
        if (progress)
            progress(CrawlProgress{cluster.id, cluster.name, phase, int(phase), int(CrawlPhase::Done), done, total});
    };

    // --- Connect -------------------------------------------------------------------------------
    enter(CrawlPhase::Connect);
    ClientConfig config = cluster.clientConfig();
    config.secrets = options.secrets ? options.secrets(cluster) : secretsFromEnvironment(cluster);
    if (needsPassword(cluster) && !config.secrets.contains(QStringLiteral("sasl.password"))) {
        return finish(CrawlStatus::Failed,
                      QObject::tr("authentication failed: no crawler password for %1 (set %2 or enter it when asked)")
                          .arg(cluster.name, passwordVariable(cluster.name)));
    }
    auto admin = AdminClient::create(config, options.requestTimeoutMs);
    if (!admin)
        return finish(CrawlStatus::Failed, admin.error());
    if (auto st = (*admin)->probe(options.connectTimeoutMs, &cancelled); !st) {
        if (cancelled.load())
            return finish(CrawlStatus::Cancelled, QObject::tr("cancelled"));
        return finish(CrawlStatus::Failed, st.error());
    }
    if (cancelled.load())
        return finish(CrawlStatus::Cancelled, QObject::tr("cancelled"));

    // --- Metadata: one request for all topics ---------------------------------------------
    CrawlSnapshot snap;
    ended(CrawlPhase::Connect);
    enter(CrawlPhase::Metadata);
    auto metadata = (*admin)->metadata();
    if (!metadata)
        return finish(CrawlStatus::Failed, metadata.error());
    snap.metadata = std::move(*metadata);
    QStringList topicNames;
    QList<TopicPartition> partitions;
    topicNames.reserve(snap.metadata.topics.size());
    for (const TopicMetadata &t : snap.metadata.topics) {
        topicNames << t.name;
        for (const PartitionInfo &p : t.partitions)
            partitions.append(TopicPartition{t.name, p.id});
    }
    report(CrawlPhase::Metadata, topicNames.size(), topicNames.size());
    ended(CrawlPhase::Metadata);

    // Big clusters: more connections for the heavy phases (see acrossClients). Each phase below
    // gets connections of its own: Kafka answers one connection's requests one after another.
    std::vector<std::unique_ptr<AdminClient>> extraClients;
    std::mutex clientsMutex;
    QString clientError;
    auto addClients = [&](std::vector<AdminClient *> &into, int wanted) {
        while (int(into.size()) < wanted) {
            auto extra = AdminClient::create(config, options.requestTimeoutMs);
            std::lock_guard lock(clientsMutex);
            if (!extra) {
                clientError = extra.error();
                return false;
            }
            into.push_back(extra->get());
            extraClients.push_back(std::move(*extra));
        }
        return true;
    };
    const int perPhase = partitions.size() > 20000 ? 2 : 1;
    std::vector<AdminClient *> configClients{admin->get()};
    std::vector<AdminClient *> watermarkClients;
    std::vector<AdminClient *> groupClients{admin->get()};
    if (!addClients(configClients, perPhase))
        return finish(CrawlStatus::Failed, clientError);
    if (partitions.size() <= 4000) {
        watermarkClients = configClients;   // a small cluster: one connection does
    } else {
        // The groups' listing must not queue behind thousands of topics' DescribeConfigs.
        groupClients.clear();
        if (!addClients(watermarkClients, perPhase) || !addClients(groupClients, 1))
            return finish(CrawlStatus::Failed, clientError);
    }
    if (cancelled.load())
        return finish(CrawlStatus::Cancelled, QObject::tr("cancelled"));

    // --- Configs, watermarks, groups and offsets: side by side ----------------------------------
    // They read different things over different connections, so the brokers work on
    // DescribeConfigs (bound by their CPU), ListOffsets and the groups' coordinator requests
    // (bound by round trips) at once: the crawl takes about as long as the slowest of them,
    // not their sum. Each writes its own part of the snapshot; what they miss, and the first
    // failure, are taken in phase order.
    struct Lane {
        std::optional<QString> failure;
        QStringList missing;
        void fail(const QString &error) { failure = error; }
    };
    Lane configsLane, watermarksLane, groupsLane;
    auto readConfigs = [&](Lane &lane) {
        if (!skip.contains(CrawlPhase::Configs)) {
            enter(CrawlPhase::Configs, topicNames.size());
            auto parts = acrossClients(configClients, topicNames, [](AdminClient *client, const QStringList &slice) {
                return client->describeTopicConfigOverrides(slice);
            });
            Result<TopicConfigSnapshot> configs = TopicConfigSnapshot();
            for (auto &part : parts) {
                if (!part) {
                    configs = makeError(part.error());
                    break;
                }
                if (configs->inherited.isEmpty())
                    configs->inherited = part->inherited;
                configs->overrides.insert(part->overrides);
                configs->errors.insert(part->errors);
            }
            if (!configs) {
                if (!isAuthorizationError(configs.error()))
                    return lane.fail(configs.error());
                lane.missing << QObject::tr("topic configurations (not authorized)");
            } else {
                snap.haveConfigs = true;
                snap.configs = std::move(*configs);
                int denied = 0;
                for (const QString &error : std::as_const(snap.configs.errors)) {
                    if (isAuthorizationError(error))
                        ++denied;
                }
                if (denied > 0)
                    lane.missing << QObject::tr("configurations of %n topic(s) (not authorized)", nullptr, denied);
                report(CrawlPhase::Configs, topicNames.size(), topicNames.size());
            }
            if (cancelled.load())
                return;
        }
    };
    auto readWatermarks = [&](Lane &lane) {
        if (!skip.contains(CrawlPhase::Watermarks)) {
            enter(CrawlPhase::Watermarks, partitions.size());
            auto parts = acrossClients(watermarkClients, partitions, [&cancelled](AdminClient *client, const QList<TopicPartition> &slice) {
                return client->watermarks(slice, &cancelled);
            });
            Result<QList<PartitionWatermarks>> wm = QList<PartitionWatermarks>();
            for (auto &part : parts) {
                if (!part) {
                    wm = makeError(part.error());
                    break;
                }
                wm->append(*part);
            }
            if (cancelled.load())
                return;
            if (!wm) {
                if (!isAuthorizationError(wm.error()))
                    return lane.fail(wm.error());
                lane.missing << QObject::tr("watermarks (not authorized)");
            } else {
                snap.haveWatermarks = true;
                snap.measuredAtMs = QDateTime::currentMSecsSinceEpoch();
                int denied = 0;
                for (const PartitionWatermarks &w : std::as_const(*wm)) {
                    auto &list = snap.watermarks[w.topic];
                    if (list.size() <= w.partition)
                        list.resize(w.partition + 1, {-1, -1});
                    list[w.partition] = {w.low, w.high};
                    if (!w.error.isEmpty() && isAuthorizationError(w.error))
                        ++denied;
                }
                if (denied > 0)
                    lane.missing << QObject::tr("watermarks of %n partition(s) (not authorized)", nullptr, denied);
                report(CrawlPhase::Watermarks, partitions.size(), partitions.size());
            }
        }
    };
    auto readGroups = [&](Lane &lane) {
        // The listing names every group with its state (ListGroups v4). Members exist only in
        // groups that are not Empty or Dead, so only those are described; their committed offsets
        // are read for every group, while the description runs beside them on its own connection.
        if (!skip.contains(CrawlPhase::Groups)) {
            enter(CrawlPhase::Groups);
            QStringList listingErrors;
            auto listed = groupClients.front()->listConsumerGroups(&listingErrors);
            if (!listed) {
                if (!isAuthorizationError(listed.error()))
                    return lane.fail(listed.error());
                lane.missing << QObject::tr("consumer groups (not authorized)");
            } else {
                if (!listingErrors.isEmpty()) {
                    // Groups of a broker that did not answer are missing; the catalog keeps the
                    // ones it had (see snap.groupsComplete).
                    listingErrors.removeDuplicates();
                    lane.missing << QObject::tr("consumer groups of %n broker(s) that did not list them (%1)", nullptr,
                                                   int(listingErrors.size())).arg(listingErrors.join(QStringLiteral("; ")));
                }
                snap.groupsComplete = listingErrors.isEmpty();
                QStringList groupNames, toDescribe;
                groupNames.reserve(listed->size());
                for (const ConsumerGroupInfo &g : std::as_const(*listed)) {
                    groupNames << g.name;
                    if (g.state != QLatin1String("Empty") && g.state != QLatin1String("Dead"))
                        toDescribe << g.name;
                }
                report(CrawlPhase::Groups, 0, groupNames.size());
                const bool readOffsets = !skip.contains(CrawlPhase::Offsets);
                // Committed offsets: one FindCoordinator and one OffsetFetch per group (see
                // AdminClient), so many groups get more connections, like the other big phases.
                if (readOffsets) {
                    const int wanted = groupNames.size() > 2000 ? 4 : groupNames.size() > 500 ? 2 : 1;
                    if (wanted > 1) {
                        // Connections of their own, not the one the configurations are read over.
                        std::vector<AdminClient *> own;
                        if (!addClients(own, wanted + (toDescribe.isEmpty() ? 0 : 1)))
                            return lane.fail(clientError);
                        groupClients = own;
                    }
                }
                std::optional<Result<QList<ConsumerGroupInfo>>> described;
                std::thread describer([&] {
                    described.emplace(groupClients.front()->describeConsumerGroups(toDescribe));
                    ended(CrawlPhase::Groups);
                });
                struct Join {
                    std::thread &t;
                    ~Join() { if (t.joinable()) t.join(); }
                } joinDescriber{describer};

                QMap<QString, QString> offsetErrors;
                std::optional<Result<QHash<QString, QList<TopicPartitionOffset>>>> offsets;
                if (readOffsets) {
                    enter(CrawlPhase::Offsets, groupNames.size());
                    // The describing connection is busy: the offsets go over the others.
                    std::vector<AdminClient *> offsetClients(
                        groupClients.begin() + (toDescribe.isEmpty() || groupClients.size() == 1 ? 0 : 1), groupClients.end());
                    std::mutex errorsMutex;
                    auto parts = acrossClients(offsetClients, groupNames, [&](AdminClient *client, const QStringList &slice) {
                        QMap<QString, QString> sliceErrors;
                        auto result = client->listConsumerGroupOffsets(slice, &sliceErrors, &cancelled);
                        std::lock_guard lock(errorsMutex);
                        offsetErrors.insert(sliceErrors);
                        return result;
                    });
                    offsets.emplace(QHash<QString, QList<TopicPartitionOffset>>());
                    for (auto &part : parts) {
                        if (!part) {
                            offsets.emplace(makeError(part.error()));
                            break;
                        }
                        (*offsets)->insert(*part);
                    }
                }
                ended(CrawlPhase::Offsets);
                describer.join();
                if (cancelled.load())
                    return;

                if (!*described) {
                    if (!isAuthorizationError(described->error()))
                        return lane.fail(described->error());
                    lane.missing << QObject::tr("consumer group members (not authorized)");
                    snap.groups = *listed;
                } else {
                    // A group that could not be described keeps what the listing said, and says why.
                    QHash<QString, ConsumerGroupInfo> byName;
                    for (const ConsumerGroupInfo &g : std::as_const(*listed))
                        byName.insert(g.name, g);
                    QMap<QString, QString> failures;
                    for (const ConsumerGroupInfo &g : std::as_const(**described)) {
                        if (g.error.isEmpty()) {
                            byName.insert(g.name, g);
                        } else {
                            byName[g.name].error = g.error;
                            failures.insert(g.name, g.error);
                        }
                    }
                    lane.missing << missingGroups(failures, GroupPart::Members);
                    for (const QString &name : std::as_const(groupNames)) {
                        ConsumerGroupInfo g = byName.take(name);
                        if (g.coordinator < 0)
                            g.coordinator = groupCoordinator(snap.metadata, name);
                        snap.groups.append(std::move(g));
                    }
                }
                snap.haveGroups = true;
                if (!readOffsets)   // else the Offsets phase is under way: no step back to Groups
                    report(CrawlPhase::Groups, groupNames.size(), groupNames.size());

                if (offsets) {
                    if (!*offsets) {
                        if (!isAuthorizationError(offsets->error()))
                            return lane.fail(offsets->error());
                        lane.missing << QObject::tr("committed offsets (not authorized)");
                    } else {
                        snap.haveOffsets = true;
                        snap.offsets = std::move(**offsets);
                        snap.offsetErrors = offsetErrors;
                        lane.missing << missingGroups(offsetErrors, GroupPart::Offsets);
                        report(CrawlPhase::Offsets, groupNames.size(), groupNames.size());
                    }
                }
            }
            if (cancelled.load())
                return;
        }
    };
    {
        std::thread configsThread([&] {
            readConfigs(configsLane);
            ended(CrawlPhase::Configs);
        });
        std::thread watermarksThread([&] {
            readWatermarks(watermarksLane);
            ended(CrawlPhase::Watermarks);
        });
        readGroups(groupsLane);
        watermarksThread.join();
        configsThread.join();
    }
    if (cancelled.load())
        return finish(CrawlStatus::Cancelled, QObject::tr("cancelled"));
    for (const Lane *lane : {&configsLane, &watermarksLane, &groupsLane}) {
        if (lane->failure)
            return finish(CrawlStatus::Failed, *lane->failure);
        outcome.missing << lane->missing;
    }

    // --- ACLs ----------------------------------------------------------------------------------
    if (!skip.contains(CrawlPhase::Acls)) {
        enter(CrawlPhase::Acls);
        auto acls = (*admin)->describeAcls();
        if (!acls) {
            if (acls.error().contains(QLatin1String("Security features are disabled"), Qt::CaseInsensitive)) {
                snap.haveAcls = true;   // no authorizer: there are no ACLs
            } else if (isAuthorizationError(acls.error())) {
                outcome.missing << QObject::tr("ACLs (not authorized)");
            } else {
                return finish(CrawlStatus::Failed, acls.error());
            }
        } else {
            snap.haveAcls = true;
            snap.acls = std::move(*acls);
        }
        ended(CrawlPhase::Acls);
        if (cancelled.load())
            return finish(CrawlStatus::Cancelled, QObject::tr("cancelled"));
    }

    // --- Store: one transaction ----------------------------------------------------------------
    enter(CrawlPhase::Store, topicNames.size());
    // The network part is over; free the clients' buffers before writing.
    configClients.clear();
    watermarkClients.clear();
    groupClients.clear();
    extraClients.clear();
    admin->reset();
    outcome.durationMs = timer.elapsed();
    CrawlWriter writer(**db, cluster.id, outcome.crawlId);
    if (auto st = writer.write(snap, outcome, &cancelled); !st) {
        if (cancelled.load())
            return finish(CrawlStatus::Cancelled, QObject::tr("cancelled"));
        return finish(CrawlStatus::Failed, st.error());
    }
    outcome.durationMs = timer.elapsed();
    ended(CrawlPhase::Store);
    for (auto it = phaseSpans.cbegin(); it != phaseSpans.cend(); ++it)
        outcome.phaseMs.insert(crawlPhaseName(it.key()), it->second - it->first);
    // The stored duration should include the write itself.
    if (auto stmt = (*db)->prepare(QStringLiteral("UPDATE crawls SET duration_ms = ? WHERE id = ?")); stmt) {
        stmt->bind(1, outcome.durationMs).bind(2, outcome.crawlId);
        (void)stmt->run();
    }
    if (progress)
        progress(CrawlProgress{cluster.id, cluster.name, CrawlPhase::Done, int(CrawlPhase::Done), int(CrawlPhase::Done),
                               outcome.topics, outcome.topics});
    return outcome;
}

QList<CrawlOutcome> Crawler::crawlAll(const QString &catalogPath, const QList<Cluster> &clusters,
                                      const CrawlOptions &options, const std::atomic_bool &cancelled,
                                      const CrawlProgressFn &progress)
{
    if (clusters.size() == 1)
        return {crawl(catalogPath, clusters.first(), options, cancelled, progress)};
    // Crawls wait on the network most of the time: one thread per cluster (up to 8), whatever
    // the number of cores.
    QThreadPool pool;
    pool.setMaxThreadCount(std::clamp(int(clusters.size()), 1, 8));
    QList<QFuture<CrawlOutcome>> futures;
    for (const Cluster &cluster : clusters) {
        futures << QtConcurrent::run(&pool, [&catalogPath, cluster, &options, &cancelled, &progress] {
            return crawl(catalogPath, cluster, options, cancelled, progress);
        });
    }
    QList<CrawlOutcome> outcomes;
    for (auto &f : futures)
        outcomes << f.result();
    return outcomes;
}

bool Crawler::start(const QList<Cluster> &clusters, const CrawlOptions &options)
{
    if (isRunning())
        return false;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    auto cancelled = m_cancelled;
    const QString path = m_catalogPath;
    // Results travel to this object's thread as queued calls; the destructor waits for the
    // worker, so `this` outlives every call queued here.
    auto future = QtConcurrent::run(&m_pool, [this, path, clusters, options, cancelled] {
        QElapsedTimer throttle;
        throttle.start();
        std::mutex mutex;
        auto onProgress = [&](const CrawlProgress &p) {
            std::lock_guard lock(mutex);
            // Phase changes always pass; counts at most every 100 ms.
            if (p.done != 0 && p.done != p.total && throttle.elapsed() < 100)
                return;
            throttle.restart();
            QMetaObject::invokeMethod(this, [this, p] { Q_EMIT progress(p); }, Qt::QueuedConnection);
            if (p.phase == CrawlPhase::Done) {
                // clusterFinished is emitted below with the outcome.
            }
        };
        QList<CrawlOutcome> outcomes;
        QThreadPool pool;
        pool.setMaxThreadCount(std::clamp(int(clusters.size()), 1, 8));
        QList<QFuture<CrawlOutcome>> futures;
        for (const Cluster &cluster : clusters) {
            futures << QtConcurrent::run(&pool, [&, cluster] {
                if (options.background)
                    lowerThreadPriority();
                CrawlOutcome outcome = crawl(path, cluster, options, *cancelled, onProgress);
                QMetaObject::invokeMethod(this, [this, outcome] { Q_EMIT clusterFinished(outcome); }, Qt::QueuedConnection);
                return outcome;
            });
        }
        for (auto &f : futures)
            outcomes << f.result();
        return outcomes;
    });
    m_watcher.setFuture(future);
    return true;
}

void Crawler::cancel()
{
    m_cancelled->store(true);
}

bool Crawler::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace Switchboard
