#include "crawl/CrawlWriter.h"

#include "store/Database.h"
#include "store/StoreSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Switchboard {

namespace {

struct ExistingTopic {
    qint64 id = 0;
    bool deleted = false;
    bool internal = false;
    int partitions = 0;
    int replicationFactor = 0;
    int underReplicated = 0;
    int offline = 0;
    std::optional<qint64> messages;
    std::optional<qint64> produced;
    bool hasRate = false;
    double rate = 0;
    std::optional<qint64> measuredAtMs;
};

QString joinIds(const QList<int> &ids)
{
    QString out = QStringLiteral("");   // not null: the columns are NOT NULL
    for (int i = 0; i < ids.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QString::number(ids[i]);
    }
    return out;
}

QString sourceName(ConfigSource source)
{
    switch (source) {
    case ConfigSource::DynamicTopic: return QStringLiteral("topic");
    case ConfigSource::DynamicBroker: return QStringLiteral("broker");
    case ConfigSource::StaticBroker: return QStringLiteral("static-broker");
    case ConfigSource::Default: return QStringLiteral("default");
    case ConfigSource::Other: break;
    }
    return QStringLiteral("other");
}

QString jsonList(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

template<typename T>
void bindOptional(Statement &stmt, int index, const std::optional<T> &value)
{
    if (value)
        stmt.bind(index, *value);
    else
        stmt.bindNull(index);
}

// Runs the statement to completion and resets it, as Statement::run() does, with the error
// message prefixed by what was being written.
Status runStep(Statement &stmt, const char *what)
{
    if (auto st = stmt.run(); !st)
        return makeError(QObject::tr("Writing %1 to the catalog failed: %2").arg(QLatin1String(what), st.error()));
    return {};
}

#define TRY(expr)                                      \
    do {                                               \
        if (auto _st = (expr); !_st)                   \
            return makeError(_st.error());             \
    } while (false)

#define PREPARE(var, sql)                              \
    auto var = m_db.prepare(QStringLiteral(sql));      \
    if (!var)                                          \
        return makeError(var.error())

} // namespace

CrawlWriter::CrawlWriter(const Database &db, qint64 clusterId, qint64 crawlId)
    : m_db(db), m_clusterId(clusterId), m_crawlId(crawlId)
{
}

Status CrawlWriter::write(const CrawlSnapshot &snap, CrawlOutcome &outcome, const std::atomic_bool *cancelled)
{
    // Our own BEGIN: a busy catalog must fail the write, never let it run outside a transaction.
    if (auto st = m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); !st)
        return makeError(QObject::tr("The catalog is busy or read-only: %1").arg(st.error()));
    struct Rollback {
        const Database &db;
        bool active = true;
        ~Rollback()
        {
            if (active)
                (void)db.exec(QStringLiteral("ROLLBACK"));
        }
    } tx{m_db};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = now.toString(Qt::ISODateWithMs);
    const qint64 measuredAt = snap.measuredAtMs > 0 ? snap.measuredAtMs : now.toMSecsSinceEpoch();
    int changes = 0;

    // --- What the catalog holds for this cluster ------------------------------------------
    QHash<QString, ExistingTopic> existing;
    {
        PREPARE(stmt, "SELECT id, name, status, internal, partition_count, replication_factor, under_replicated, "
                      "offline, messages, produced, rate, measured_at_ms FROM topics WHERE cluster_id = ?");
        stmt->bind(1, m_clusterId);
        if (auto st = Internal::forEachRow(*stmt, [&](const Statement &s) {
                ExistingTopic t;
                t.id = s.integer(0);
                t.deleted = s.text(2) == QLatin1String("deleted");
                t.internal = s.integer(3) != 0;
                t.partitions = int(s.integer(4));
                t.replicationFactor = int(s.integer(5));
                t.underReplicated = int(s.integer(6));
                t.offline = int(s.integer(7));
                if (!s.isNull(8))
                    t.messages = s.integer(8);
                if (!s.isNull(9))
                    t.produced = s.integer(9);
                t.hasRate = !s.isNull(10);
                t.rate = t.hasRate ? s.real(10) : 0.0;
                if (!s.isNull(11))
                    t.measuredAtMs = s.integer(11);
                existing.insert(s.text(1), t);
            });
            !st)
            return st;
    }

    // The partitions as stored: on a re-crawl nearly all are unchanged, and comparing here is
    // far cheaper than 30,000 upserts that find nothing to do.
    struct StoredPartition {
        int leader = -1;
        QString replicas, isr, error;
        qint64 low = -1, high = -1;   // -1: NULL
    };
    QHash<qint64, QHash<int, StoredPartition>> storedPartitions;
    {
        PREPARE(stmt, "SELECT p.topic_id, p.partition, p.leader, p.replicas, p.isr, coalesce(p.low_watermark, -1), "
                      "coalesce(p.high_watermark, -1), p.error FROM partitions p JOIN topics t ON t.id = p.topic_id "
                      "WHERE t.cluster_id = ?");
        stmt->bind(1, m_clusterId);
        if (auto st = Internal::forEachRow(*stmt, [&](const Statement &s) {
                storedPartitions[s.integer(0)].insert(int(s.integer(1)), StoredPartition{int(s.integer(2)), s.text(3), s.text(4),
                                                                                           s.isNull(7) ? QString() : s.text(7),
                                                                                           s.integer(5), s.integer(6)});
            });
            !st)
            return st;
    }

    PREPARE(insertTopic, "INSERT INTO topics(cluster_id, name, status, internal, partition_count, replication_factor, "
                         "under_replicated, offline, messages, produced, rate, measured_at_ms, first_seen_at, last_seen_at, "
                         "changed_at) VALUES(?, ?, 'active', ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)");
    PREPARE(updateTopic, "UPDATE topics SET status = 'active', deleted_at = NULL, internal = ?, partition_count = ?, "
                         "replication_factor = ?, under_replicated = ?, offline = ?, messages = ?, produced = ?, rate = ?, "
                         "measured_at_ms = ?, last_seen_at = ?, changed_at = coalesce(?, changed_at) WHERE id = ?");
    PREPARE(history, "INSERT INTO topic_history(topic_id, crawl_id, at, kind, field, old_value, new_value) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?)");
    PREPARE(sample, "INSERT OR REPLACE INTO topic_samples(topic_id, at_ms, messages, produced) VALUES(?, ?, ?, ?)");
    // Only rows whose values changed are written again.
    PREPARE(upsertPartition,
            "INSERT INTO partitions(topic_id, partition, leader, replicas, isr, low_watermark, high_watermark, error) "
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(topic_id, partition) DO UPDATE SET "
            "leader = excluded.leader, replicas = excluded.replicas, isr = excluded.isr, error = excluded.error, "
            "low_watermark = CASE WHEN ?9 THEN excluded.low_watermark ELSE low_watermark END, "
            "high_watermark = CASE WHEN ?9 THEN excluded.high_watermark ELSE high_watermark END "
            "WHERE leader IS NOT excluded.leader OR replicas IS NOT excluded.replicas OR isr IS NOT excluded.isr "
            "OR error IS NOT excluded.error OR (?9 AND (low_watermark IS NOT excluded.low_watermark "
            "OR high_watermark IS NOT excluded.high_watermark))");
    PREPARE(trimPartitions, "DELETE FROM partitions WHERE topic_id = ? AND partition >= ?");

    auto addHistory = [&](qint64 topicId, const QString &kind, const QString &field, const QString &oldValue,
                          const QString &newValue) -> Status {
        history->bind(1, topicId).bind(2, m_crawlId).bind(3, nowText).bind(4, kind).bind(5, field)
            .bind(6, oldValue).bind(7, newValue);
        ++changes;
        return runStep(*history, "history");
    };

    QHash<QString, qint64> topicIds;   // name -> id, for offsets
    QHash<QString, QList<std::pair<qint64, qint64>>> watermarks = snap.watermarks;
    int partitionTotal = 0;

    for (const TopicMetadata &topic : snap.metadata.topics) {
        if (cancelled && cancelled->load())
            return makeError(QObject::tr("cancelled"));
        int rf = 0, underReplicated = 0, offline = 0;
        for (const PartitionInfo &p : topic.partitions) {
            rf = std::max(rf, int(p.replicas.size()));
            if (p.isr.size() < p.replicas.size())
                ++underReplicated;
            if (p.leader < 0)
                ++offline;
        }
        partitionTotal += int(topic.partitions.size());

        // Message count: only when every partition's watermarks were read.
        std::optional<qint64> messages, produced;
        const auto wm = snap.haveWatermarks ? snap.watermarks.value(topic.name) : QList<std::pair<qint64, qint64>>();
        if (snap.haveWatermarks && !topic.partitions.isEmpty()) {
            qint64 m = 0, p = 0;
            bool complete = true;
            for (const PartitionInfo &part : topic.partitions) {
                const auto pair = wm.value(part.id, {-1, -1});
                if (pair.first < 0 || pair.second < 0) {
                    complete = false;
                    break;
                }
                m += std::max<qint64>(0, pair.second - pair.first);
                p += pair.second;
            }
            if (complete) {
                messages = m;
                produced = p;
            }
        }

        const auto found = existing.constFind(topic.name);
        qint64 topicId = 0;
        bool changed = false;
        if (found == existing.cend()) {
            insertTopic->bind(1, m_clusterId).bind(2, topic.name).bind(3, topic.isInternal())
                .bind(4, int(topic.partitions.size())).bind(5, rf).bind(6, underReplicated).bind(7, offline);
            bindOptional(*insertTopic, 8, messages);
            bindOptional(*insertTopic, 9, produced);
            if (produced)
                insertTopic->bind(10, measuredAt);
            else
                insertTopic->bindNull(10);
            insertTopic->bind(11, nowText).bind(12, nowText).bind(13, nowText);
            TRY(runStep(*insertTopic, "topics"));
            topicId = m_db.lastInsertId();
            TRY(addHistory(topicId, QStringLiteral("created"), QString(), QString(),
                           QObject::tr("%n partition(s), replication factor %1", nullptr, int(topic.partitions.size())).arg(rf)));
            if (produced) {
                sample->bind(1, topicId).bind(2, measuredAt).bind(3, *messages).bind(4, *produced);
                TRY(runStep(*sample, "samples"));
            }
        } else {
            const ExistingTopic &old = *found;
            topicId = old.id;
            if (old.deleted) {
                TRY(addHistory(topicId, QStringLiteral("restored"), QString(), QString(),
                               QObject::tr("%n partition(s)", nullptr, int(topic.partitions.size()))));
                changed = true;
            } else {
                if (old.partitions != topic.partitions.size()) {
                    TRY(addHistory(topicId, QStringLiteral("partitions"), QString(), QString::number(old.partitions),
                                   QString::number(topic.partitions.size())));
                    changed = true;
                }
                if (old.replicationFactor != rf && old.replicationFactor > 0) {
                    TRY(addHistory(topicId, QStringLiteral("replication"), QString(),
                                   QString::number(old.replicationFactor), QString::number(rf)));
                    changed = true;
                }
            }
            // Rate: growth of the produced count (sum of high watermarks, which only grows)
            // over the time between the two measurements.
            bool hasRate = old.hasRate;
            double rate = old.rate;
            std::optional<qint64> measured = old.measuredAtMs;
            std::optional<qint64> newMessages = old.messages, newProduced = old.produced;
            if (produced) {
                newMessages = messages;
                newProduced = produced;
                measured = measuredAt;
                hasRate = old.produced && old.measuredAtMs && *produced >= *old.produced
                    && measuredAt > *old.measuredAtMs;
                rate = hasRate ? double(*produced - *old.produced) * 1000.0 / double(measuredAt - *old.measuredAtMs) : 0.0;
                if (!old.produced || *old.produced != *produced || old.messages != messages) {
                    sample->bind(1, topicId).bind(2, measuredAt).bind(3, *messages).bind(4, *produced);
                    TRY(runStep(*sample, "samples"));
                }
            }
            updateTopic->bind(1, topic.isInternal()).bind(2, int(topic.partitions.size())).bind(3, rf)
                .bind(4, underReplicated).bind(5, offline);
            bindOptional(*updateTopic, 6, newMessages);
            bindOptional(*updateTopic, 7, newProduced);
            if (hasRate)
                updateTopic->bind(8, rate);
            else
                updateTopic->bindNull(8);
            bindOptional(*updateTopic, 9, measured);
            updateTopic->bind(10, nowText);
            if (changed)
                updateTopic->bind(11, nowText);
            else
                updateTopic->bindNull(11);
            updateTopic->bind(12, topicId);
            TRY(runStep(*updateTopic, "topics"));
            if (old.partitions > topic.partitions.size()) {
                trimPartitions->bind(1, topicId).bind(2, int(topic.partitions.size()));
                TRY(runStep(*trimPartitions, "partitions"));
            }
        }
        topicIds.insert(topic.name, topicId);

        const QHash<int, StoredPartition> stored = storedPartitions.take(topicId);
        for (const PartitionInfo &p : topic.partitions) {
            const auto pair = wm.value(p.id, {-1, -1});
            const QString replicas = joinIds(p.replicas), isr = joinIds(p.isr);
            if (const auto old = stored.constFind(p.id); old != stored.cend() && old->leader == p.leader
                && old->replicas == replicas && old->isr == isr && old->error == p.error
                && (!snap.haveWatermarks || (old->low == std::max<qint64>(-1, pair.first) && old->high == std::max<qint64>(-1, pair.second))))
                continue;
            upsertPartition->bind(1, topicId).bind(2, p.id).bind(3, p.leader).bind(4, replicas)
                .bind(5, isr);
            if (snap.haveWatermarks && pair.first >= 0)
                upsertPartition->bind(6, pair.first);
            else
                upsertPartition->bindNull(6);
            if (snap.haveWatermarks && pair.second >= 0)
                upsertPartition->bind(7, pair.second);
            else
                upsertPartition->bindNull(7);
            if (p.error.isEmpty())
                upsertPartition->bindNull(8);
            else
                upsertPartition->bind(8, p.error);
            upsertPartition->bind(9, snap.haveWatermarks);
            TRY(runStep(*upsertPartition, "partitions"));
        }
    }

    // --- Topics that vanished: kept, marked deleted -----------------------------------------
    {
        PREPARE(markDeleted, "UPDATE topics SET status = 'deleted', deleted_at = ?, changed_at = ? WHERE id = ?");
        for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
            if (it->deleted || topicIds.contains(it.key()))
                continue;
            markDeleted->bind(1, nowText).bind(2, nowText).bind(3, it->id);
            TRY(runStep(*markDeleted, "topics"));
            TRY(addHistory(it->id, QStringLiteral("deleted"), QString(), QString::number(it->partitions) , QString()));
        }
    }

    // --- Configuration overrides ---------------------------------------------------------------
    if (snap.haveConfigs) {
        QHash<qint64, QHash<QString, QString>> oldOverrides;
        {
            PREPARE(stmt, "SELECT c.topic_id, c.name, c.value FROM topic_configs c JOIN topics t ON t.id = c.topic_id "
                          "WHERE t.cluster_id = ?");
            stmt->bind(1, m_clusterId);
            if (auto st = Internal::forEachRow(*stmt, [&](const Statement &s) {
                    oldOverrides[s.integer(0)].insert(s.text(1), s.text(2));
                });
                !st)
                return st;
        }
        QHash<QString, QString> inherited;
        for (const ConfigEntry &e : snap.configs.inherited)
            inherited.insert(e.name, e.value);

        PREPARE(upsertConfig, "INSERT INTO topic_configs(topic_id, name, value, source, is_sensitive, is_read_only) "
                              "VALUES(?, ?, ?, 'topic', ?, ?) ON CONFLICT(topic_id, name) DO UPDATE SET "
                              "value = excluded.value, is_sensitive = excluded.is_sensitive, is_read_only = excluded.is_read_only");
        PREPARE(deleteConfig, "DELETE FROM topic_configs WHERE topic_id = ? AND name = ?");
        PREPARE(touchTopic, "UPDATE topics SET changed_at = ? WHERE id = ?");
        for (auto it = snap.configs.overrides.cbegin(); it != snap.configs.overrides.cend(); ++it) {
            const qint64 topicId = topicIds.value(it.key());
            if (!topicId)
                continue;
            const bool isNew = !existing.contains(it.key());
            const QHash<QString, QString> old = oldOverrides.value(topicId);
            QSet<QString> seen;
            bool topicChanged = false;
            for (const ConfigEntry &e : *it) {
                seen.insert(e.name);
                const auto before = old.constFind(e.name);
                if (before != old.cend() && *before == e.value)
                    continue;
                upsertConfig->bind(1, topicId).bind(2, e.name).bind(3, e.value).bind(4, e.isSensitive).bind(5, e.isReadOnly);
                TRY(runStep(*upsertConfig, "configurations"));
                if (!isNew) {
                    const QString oldValue = before != old.cend() ? *before
                        : QObject::tr("%1 (default)").arg(inherited.value(e.name));
                    TRY(addHistory(topicId, QStringLiteral("config"), e.name, oldValue, e.value));
                    topicChanged = true;
                }
            }
            for (auto o = old.cbegin(); o != old.cend(); ++o) {
                if (seen.contains(o.key()))
                    continue;
                deleteConfig->bind(1, topicId).bind(2, o.key());
                TRY(runStep(*deleteConfig, "configurations"));
                TRY(addHistory(topicId, QStringLiteral("config"), o.key(), o.value(),
                               QObject::tr("%1 (default)").arg(inherited.value(o.key()))));
                topicChanged = true;
            }
            if (topicChanged) {
                touchTopic->bind(1, nowText).bind(2, topicId);
                TRY(runStep(*touchTopic, "topics"));
            }
        }
        if (!snap.configs.inherited.isEmpty()) {
            PREPARE(clearDefaults, "DELETE FROM cluster_topic_defaults WHERE cluster_id = ?");
            clearDefaults->bind(1, m_clusterId);
            TRY(runStep(*clearDefaults, "configurations"));
            PREPARE(insertDefault, "INSERT INTO cluster_topic_defaults(cluster_id, name, value, source, is_sensitive, "
                                   "is_read_only) VALUES(?, ?, ?, ?, ?, ?)");
            for (const ConfigEntry &e : snap.configs.inherited) {
                insertDefault->bind(1, m_clusterId).bind(2, e.name).bind(3, e.value).bind(4, sourceName(e.source))
                    .bind(5, e.isSensitive).bind(6, e.isReadOnly);
                TRY(runStep(*insertDefault, "configurations"));
            }
        }
    }

    // --- Consumer groups, members, committed offsets and lag -----------------------------------
    // Only what changed is written: a cluster of 15,000 groups has 45,000 committed offsets,
    // and on a re-crawl most of them (and every idle group's row) are as they were.
    int groupCount = 0;
    if (snap.haveGroups) {
        struct ExistingGroup {
            qint64 id = 0;
            QString state, assignor, error;
            bool isSimple = false;
            int coordinator = -1;
            int members = 0;
            std::optional<qint64> totalLag;
        };
        QHash<QString, ExistingGroup> oldGroups;
        {
            PREPARE(stmt, "SELECT id, name, state, is_simple, assignor, coordinator, member_count, total_lag, error "
                          "FROM consumer_groups WHERE cluster_id = ?");
            stmt->bind(1, m_clusterId);
            if (auto st = Internal::forEachRow(*stmt, [&](const Statement &s) {
                    ExistingGroup g;
                    g.id = s.integer(0);
                    g.state = s.text(2);
                    g.isSimple = s.integer(3) != 0;
                    g.assignor = s.text(4);
                    g.coordinator = s.isNull(5) ? -1 : int(s.integer(5));
                    g.members = int(s.integer(6));
                    if (!s.isNull(7))
                        g.totalLag = s.integer(7);
                    g.error = s.text(8);
                    oldGroups.insert(s.text(1), g);
                });
                !st)
                return st;
        }
        // group id -> (topic id, partition) -> (committed offset, lag or -1)
        QHash<qint64, QHash<std::pair<qint64, int>, std::pair<qint64, qint64>>> oldOffsets;
        if (snap.haveOffsets) {
            PREPARE(stmt, "SELECT o.group_id, o.topic_id, o.partition, o.committed_offset, coalesce(o.lag, -1) "
                          "FROM group_offsets o JOIN consumer_groups g ON g.id = o.group_id WHERE g.cluster_id = ?");
            stmt->bind(1, m_clusterId);
            if (auto st = Internal::forEachRow(*stmt, [&](const Statement &s) {
                    oldOffsets[s.integer(0)].insert({s.integer(1), int(s.integer(2))}, {s.integer(3), s.integer(4)});
                });
                !st)
                return st;
        }
        PREPARE(clearMembers, "DELETE FROM group_members WHERE group_id = ?");
        PREPARE(insertGroup, "INSERT INTO consumer_groups(cluster_id, name, state, is_simple, assignor, coordinator, "
                             "member_count, total_lag, error) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PREPARE(updateGroup, "UPDATE consumer_groups SET state = ?, is_simple = ?, assignor = ?, coordinator = ?, "
                             "member_count = ?, total_lag = ?, error = ? WHERE id = ?");
        PREPARE(insertMember, "INSERT OR REPLACE INTO group_members(group_id, member_id, client_id, host, instance_id, assignment) "
                              "VALUES(?, ?, ?, ?, ?, ?)");
        PREPARE(upsertOffset, "INSERT OR REPLACE INTO group_offsets(group_id, topic_id, partition, committed_offset, lag) "
                              "VALUES(?, ?, ?, ?, ?)");
        PREPARE(deleteOffset, "DELETE FROM group_offsets WHERE group_id = ? AND topic_id = ? AND partition = ?");
        QSet<QString> seenGroups;
        for (const ConsumerGroupInfo &g : snap.groups) {
            if (cancelled && cancelled->load())
                return makeError(QObject::tr("cancelled"));
            const auto old = oldGroups.constFind(g.name);
            const bool isNew = old == oldGroups.cend();
            // Offsets read this time replace the old ones; a group whose offsets could not be
            // read keeps its old offsets and lag, and says why in its error.
            const bool offsetsRead = snap.haveOffsets && snap.offsets.contains(g.name);
            const QList<TopicPartitionOffset> offsets = offsetsRead ? snap.offsets.value(g.name) : QList<TopicPartitionOffset>();
            std::optional<qint64> totalLag = isNew ? std::nullopt : old->totalLag;
            if (offsetsRead) {
                totalLag = 0;
                for (const TopicPartitionOffset &o : offsets) {
                    const auto pair = watermarks.value(o.topic).value(o.partition, {-1, -1});
                    if (pair.second < 0) {
                        totalLag.reset();
                        break;
                    }
                    *totalLag += std::max<qint64>(0, pair.second - o.offset);
                }
            }
            const QString state = g.state.isEmpty() ? QStringLiteral("Unknown") : g.state;
            QString error = g.error;
            if (error.isEmpty() && snap.haveOffsets && !offsetsRead)
                error = snap.offsetErrors.value(g.name);
            qint64 groupId = 0;
            if (isNew) {
                insertGroup->bind(1, m_clusterId).bind(2, g.name).bind(3, state).bind(4, g.isSimple).bind(5, g.assignor)
                    .bind(6, g.coordinator).bind(7, int(g.members.size()));
                bindOptional(*insertGroup, 8, totalLag);
                if (error.isEmpty())
                    insertGroup->bindNull(9);
                else
                    insertGroup->bind(9, error);
                TRY(runStep(*insertGroup, "consumer groups"));
                groupId = m_db.lastInsertId();
            } else {
                groupId = old->id;
                if (old->state != state || old->isSimple != g.isSimple || old->assignor != g.assignor
                    || old->coordinator != g.coordinator || old->members != g.members.size() || old->totalLag != totalLag
                    || old->error != error) {
                    updateGroup->bind(1, state).bind(2, g.isSimple).bind(3, g.assignor).bind(4, g.coordinator)
                        .bind(5, int(g.members.size()));
                    bindOptional(*updateGroup, 6, totalLag);
                    if (error.isEmpty())
                        updateGroup->bindNull(7);
                    else
                        updateGroup->bind(7, error);
                    updateGroup->bind(8, groupId);
                    TRY(runStep(*updateGroup, "consumer groups"));
                }
                if (old->members > 0) {
                    clearMembers->bind(1, groupId);
                    TRY(runStep(*clearMembers, "group members"));
                }
            }
            seenGroups.insert(g.name);
            ++groupCount;

            for (const GroupMember &m : g.members) {
                QStringList assignment;
                for (const TopicPartition &tp : m.assignment)
                    assignment << QStringLiteral("%1:%2").arg(tp.topic).arg(tp.partition);
                insertMember->bind(1, groupId).bind(2, m.memberId).bind(3, m.clientId).bind(4, m.host)
                    .bind(5, m.instanceId).bind(6, QStringLiteral("") + assignment.join(QLatin1Char(',')));
                TRY(runStep(*insertMember, "group members"));
            }
            if (!offsetsRead)
                continue;
            QHash<std::pair<qint64, int>, std::pair<qint64, qint64>> stale = oldOffsets.take(groupId);
            for (const TopicPartitionOffset &o : offsets) {
                const qint64 topicId = topicIds.value(o.topic);
                if (!topicId)
                    continue;   // a topic that no longer exists (or that we may not see)
                const auto pair = watermarks.value(o.topic).value(o.partition, {-1, -1});
                const qint64 lag = pair.second >= 0 ? std::max<qint64>(0, pair.second - o.offset) : -1;
                const auto before = stale.constFind({topicId, o.partition});
                const bool same = before != stale.cend() && before->first == o.offset && before->second == lag;
                if (before != stale.cend())
                    stale.erase(before);
                if (same)
                    continue;
                upsertOffset->bind(1, groupId).bind(2, topicId).bind(3, o.partition).bind(4, o.offset);
                if (lag >= 0)
                    upsertOffset->bind(5, lag);
                else
                    upsertOffset->bindNull(5);
                TRY(runStep(*upsertOffset, "committed offsets"));
            }
            for (auto it = stale.cbegin(); it != stale.cend(); ++it) {
                deleteOffset->bind(1, groupId).bind(2, it.key().first).bind(3, it.key().second);
                TRY(runStep(*deleteOffset, "committed offsets"));
            }
        }
        // Groups that no longer exist go; they carry no curation. When some broker did not
        // list its groups, the ones not seen may still exist: they stay.
        if (snap.groupsComplete) {
            PREPARE(deleteGroup, "DELETE FROM consumer_groups WHERE id = ?");
            for (auto it = oldGroups.cbegin(); it != oldGroups.cend(); ++it) {
                if (seenGroups.contains(it.key()))
                    continue;
                deleteGroup->bind(1, it->id);
                TRY(runStep(*deleteGroup, "consumer groups"));
            }
        } else {
            for (auto it = oldGroups.cbegin(); it != oldGroups.cend(); ++it)
                groupCount += seenGroups.contains(it.key()) ? 0 : 1;
        }
    } else {
        PREPARE(countGroups, "SELECT count(*) FROM consumer_groups WHERE cluster_id = ?");
        countGroups->bind(1, m_clusterId);
        if (auto row = countGroups->next(); row && *row)
            groupCount = int(countGroups->integer(0));
    }

    // --- ACLs ------------------------------------------------------------------------------
    if (snap.haveAcls) {
        PREPARE(clearAcls, "DELETE FROM acls WHERE cluster_id = ?");
        clearAcls->bind(1, m_clusterId);
        TRY(runStep(*clearAcls, "ACLs"));
        PREPARE(insertAcl, "INSERT INTO acls(cluster_id, resource_type, resource_name, pattern_type, principal, host, "
                           "operation, permission) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
        for (const AclBinding &a : snap.acls) {
            insertAcl->bind(1, m_clusterId).bind(2, a.resourceType).bind(3, a.resourceName).bind(4, a.patternType)
                .bind(5, a.principal).bind(6, a.host).bind(7, a.operation).bind(8, a.permission);
            TRY(runStep(*insertAcl, "ACLs"));
        }
    }

    // --- Brokers and the cluster's state -------------------------------------------------------
    {
        PREPARE(clearBrokers, "DELETE FROM brokers WHERE cluster_id = ?");
        clearBrokers->bind(1, m_clusterId);
        TRY(runStep(*clearBrokers, "brokers"));
        PREPARE(insertBroker, "INSERT OR REPLACE INTO brokers(cluster_id, broker_id, host, port, rack) VALUES(?, ?, ?, ?, ?)");
        for (const BrokerInfo &b : snap.metadata.brokers) {
            insertBroker->bind(1, m_clusterId).bind(2, b.id).bind(3, b.host).bind(4, b.port);
            if (b.rack.isEmpty())
                insertBroker->bindNull(5);
            else
                insertBroker->bind(5, b.rack);
            TRY(runStep(*insertBroker, "brokers"));
        }
        PREPARE(state, "INSERT OR REPLACE INTO cluster_state(cluster_id, kafka_cluster_id, controller_id, crawl_id, crawled_at) "
                       "VALUES(?, ?, ?, ?, ?)");
        state->bind(1, m_clusterId).bind(2, snap.metadata.clusterId).bind(3, snap.metadata.controllerId)
            .bind(4, m_crawlId).bind(5, nowText);
        TRY(runStep(*state, "cluster state"));
    }

    int aclCount = int(snap.acls.size());
    if (!snap.haveAcls) {
        PREPARE(countAcls, "SELECT count(*) FROM acls WHERE cluster_id = ?");
        countAcls->bind(1, m_clusterId);
        if (auto row = countAcls->next(); row && *row)
            aclCount = int(countAcls->integer(0));
    }

    outcome.brokers = int(snap.metadata.brokers.size());
    outcome.topics = int(snap.metadata.topics.size());
    outcome.partitions = partitionTotal;
    outcome.groups = groupCount;
    outcome.acls = aclCount;
    outcome.changes = changes;
    outcome.status = outcome.missing.isEmpty() ? CrawlStatus::Ok : CrawlStatus::Partial;

    PREPARE(finish, "UPDATE crawls SET finished_at = ?, outcome = ?, error = NULL, skipped = ?, missing = ?, "
                    "duration_ms = ?, broker_count = ?, topic_count = ?, partition_count = ?, group_count = ?, "
                    "acl_count = ?, changes = ? WHERE id = ?");
    finish->bind(1, nowText).bind(2, outcome.statusName()).bind(3, jsonList(outcome.skipped))
        .bind(4, jsonList(outcome.missing)).bind(5, outcome.durationMs).bind(6, outcome.brokers)
        .bind(7, outcome.topics).bind(8, outcome.partitions).bind(9, outcome.groups).bind(10, outcome.acls)
        .bind(11, outcome.changes).bind(12, m_crawlId);
    TRY(runStep(*finish, "the crawl record"));

    if (cancelled && cancelled->load())
        return makeError(QObject::tr("cancelled"));
    if (auto st = m_db.exec(QStringLiteral("COMMIT")); !st)
        return makeError(QObject::tr("Saving the crawl to the catalog failed: %1").arg(st.error()));
    tx.active = false;
    return {};
}

} // namespace Switchboard
