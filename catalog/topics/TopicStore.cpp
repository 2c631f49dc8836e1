#include "topics/TopicStore.h"

#include "audit/AuditLog.h"
#include "store/Database.h"
#include "store/StoreSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVariantList>

#include <sqlite3.h>

#include <algorithm>

namespace Switchboard {

using namespace Internal;

namespace {

// The columns of a TopicSummary, in the order readSummary() expects them.
const char kSummaryColumns[] =
    "t.id, t.cluster_id, c.name, c.environment, t.name, t.status, t.deleted_at, t.internal, "
    "t.partition_count, t.replication_factor, t.under_replicated, t.offline, t.messages, t.rate, "
    "t.owner, t.description, t.first_seen_at, t.last_seen_at, t.changed_at, "
    "(SELECT group_concat(tag, ' ') FROM topic_tags WHERE topic_id = t.id)";

TopicSummary readSummary(const Statement &s)
{
    TopicSummary t;
    t.id = s.integer(0);
    t.clusterId = s.integer(1);
    t.cluster = s.text(2);
    t.environment = s.text(3);
    t.name = s.text(4);
    t.deleted = s.text(5) == QLatin1String("deleted");
    t.deletedAt = parseTime(s.text(6));
    t.internal = s.integer(7) != 0;
    t.partitions = int(s.integer(8));
    t.replicationFactor = int(s.integer(9));
    t.underReplicated = int(s.integer(10));
    t.offline = int(s.integer(11));
    if (!s.isNull(12))
        t.messages = s.integer(12);
    if (!s.isNull(13))
        t.rate = s.real(13);
    t.owner = s.text(14);
    t.description = s.text(15);
    t.firstSeen = parseTime(s.text(16));
    t.lastSeen = parseTime(s.text(17));
    t.changedAt = parseTime(s.text(18));
    t.tags = s.text(19).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return t;
}

// WHERE clause (starting with " WHERE" or empty) and its bound values for a filter.
// sortIndex: the query's order comes from a sort index (schema 6); the unary '+' keeps SQLite
// from preferring the status or cluster index for these terms and sorting afterwards.
QString whereClause(const TopicFilter &f, QVariantList &args, bool sortIndex = false)
{
    QStringList terms;
    const QString plus = sortIndex ? QStringLiteral("+") : QString();
    if (!f.includeDeleted)
        terms << plus + QStringLiteral("t.status = 'active'");
    if (!f.includeInternal)
        terms << QStringLiteral("t.internal = 0");
    if (f.clusterId > 0) {
        terms << QStringLiteral("t.cluster_id = ?");
        args << f.clusterId;
    }
    // Clusters by subquery rather than a join, so the topics table drives the plan and its
    // indexes give the order.
    if (!f.cluster.isEmpty()) {
        terms << plus + QStringLiteral("t.cluster_id = (SELECT id FROM clusters WHERE name = ?)");
        args << f.cluster;
    }
    if (!f.environment.isEmpty()) {
        terms << plus + QStringLiteral("t.cluster_id IN (SELECT id FROM clusters WHERE environment = ?)");
        args << f.environment;
    }
    if (!f.tag.isEmpty()) {
        terms << QStringLiteral("EXISTS (SELECT 1 FROM topic_tags g WHERE g.topic_id = t.id AND g.tag = ?)");
        args << f.tag.trimmed().toLower();
    }
    if (!f.owner.isEmpty()) {
        terms << QStringLiteral("t.owner = ?");
        args << f.owner;
    }
    if (!f.nameContains.isEmpty()) {
        // instr on lower() rather than LIKE: no wildcard characters to escape in the user's text.
        terms << QStringLiteral("instr(lower(t.name), ?) > 0");
        args << f.nameContains.toLower();
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

// ORDER BY for a list; every key but cluster and environment matches an index of schema 6
// (key, name COLLATE NOCASE, cluster_id, rowid). needsClusters: the clause names c.*.
QString orderBy(TopicSort sort, Qt::SortOrder order, bool *needsClusters)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString tail = QStringLiteral("t.name COLLATE NOCASE %1, t.cluster_id %1, t.id %1").arg(dir);
    *needsClusters = false;
    QString key;
    switch (sort) {
    case TopicSort::Name: return QStringLiteral(" ORDER BY ") + tail;
    case TopicSort::Cluster: key = QStringLiteral("c.name %1").arg(dir); *needsClusters = true; break;
    case TopicSort::Environment: key = QStringLiteral("c.environment %1, c.name %1").arg(dir); *needsClusters = true; break;
    case TopicSort::Partitions: key = QStringLiteral("t.partition_count %1").arg(dir); break;
    case TopicSort::Messages: key = QStringLiteral("t.messages %1").arg(dir); break;
    case TopicSort::Rate: key = QStringLiteral("t.rate %1").arg(dir); break;
    case TopicSort::UnderReplicated: key = QStringLiteral("t.under_replicated %1").arg(dir); break;
    case TopicSort::Owner: key = QStringLiteral("t.owner %1").arg(dir); break;
    case TopicSort::LastChanged: key = QStringLiteral("t.changed_at %1").arg(dir); break;
    }
    return QStringLiteral(" ORDER BY %1, %2").arg(key, tail);
}

QList<int> parseIds(const QString &text)
{
    QList<int> ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids << part.toInt();
    return ids;
}

QStringList parseJsonList(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

const char kCrawlColumns[] =
    "k.id, k.cluster_id, c.name, k.started_at, k.finished_at, k.outcome, k.error, k.skipped, k.missing, "
    "k.duration_ms, k.broker_count, k.topic_count, k.partition_count, k.group_count, k.acl_count, k.changes";

CrawlRecord readCrawl(const Statement &s)
{
    CrawlRecord r;
    r.id = s.integer(0);
    r.clusterId = s.integer(1);
    r.cluster = s.text(2);
    r.startedAt = parseTime(s.text(3));
    r.finishedAt = parseTime(s.text(4));
    r.outcome = s.text(5);
    r.error = s.text(6);
    r.skipped = parseJsonList(s.text(7));
    r.missing = parseJsonList(s.text(8));
    r.durationMs = s.integer(9);
    r.brokers = int(s.integer(10));
    r.topics = int(s.integer(11));
    r.partitions = int(s.integer(12));
    r.groups = int(s.integer(13));
    r.acls = int(s.integer(14));
    r.changes = int(s.integer(15));
    return r;
}

QStringList normalizedTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &t : tags) {
        const QString tag = t.trimmed().toLower();
        if (!tag.isEmpty() && !out.contains(tag))
            out << tag;
    }
    return out;
}

} // namespace

QMap<QString, QString> TopicDetail::overriddenConfigs() const
{
    QMap<QString, QString> out;
    for (const TopicConfigValue &c : configs) {
        if (c.overridden())
            out.insert(c.name, c.value);
    }
    return out;
}

QString TopicStore::ftsQuery(const QString &text)
{
    // Words are what the unicode61 tokenizer would make of the text; each is quoted (so FTS5
    // syntax in user input is inert) and prefix-matched.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms << QStringLiteral("\"%1\"*").arg(word.toLower());
    return terms.join(QLatin1Char(' '));
}

Result<QList<TopicSummary>> TopicStore::summaries(const QList<qint64> &ids) const
{
    // Rows come back in the order of ids.
    QList<TopicSummary> out;
    if (ids.isEmpty())
        return out;
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM topics t JOIN clusters c ON c.id = t.cluster_id "
                                            "WHERE t.id IN (SELECT value FROM json_each(?))")
                                 .arg(QLatin1String(kSummaryColumns)));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    QHash<qint64, TopicSummary> byId;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) {
            TopicSummary t = readSummary(s);
            byId.insert(t.id, std::move(t));
        });
        !st)
        return makeError(st.error());
    out.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.cend())
            out.append(*it);
    }
    return out;
}

Result<TopicPage> TopicStore::list(const TopicQuery &query) const
{
    QVariantList args;
    const bool sortIndex = query.sort != TopicSort::Name && query.sort != TopicSort::Cluster
        && query.sort != TopicSort::Environment;
    const QString where = whereClause(query.filter, args, sortIndex);
    TopicPage page;
    if (query.withTotal) {
        auto total = count(query.filter);
        if (!total)
            return makeError(total.error());
        page.total = *total;
    } else {
        page.total = -1;
    }

    // Two steps: the ids of the page, in order (an index walk, small rows), then the columns of
    // just those rows. Sorting full rows would compute every row's tags first.
    bool needsClusters = false;
    const QString order = orderBy(query.sort, query.order, &needsClusters);
    QString sql = QStringLiteral("SELECT t.id FROM topics t%1%2%3")
                      .arg(needsClusters ? QStringLiteral(" CROSS JOIN clusters c ON c.id = t.cluster_id") : QString(),
                           where, order);
    if (query.limit > 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(std::max(0, query.offset));
    else if (query.offset > 0)
        sql += QStringLiteral(" LIMIT -1 OFFSET %1").arg(query.offset);
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return makeError(stmt.error());
    bindAll(*stmt, args);
    QList<qint64> ids;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) { ids.append(s.integer(0)); }); !st)
        return makeError(st.error());
    auto rows = summaries(ids);
    if (!rows)
        return makeError(rows.error());
    page.topics = std::move(*rows);
    return page;
}

Result<qint64> TopicStore::count(const TopicFilter &filter) const
{
    QVariantList args;
    const QString where = whereClause(filter, args);
    auto stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM topics t%1").arg(where));
    if (!stmt)
        return makeError(stmt.error());
    bindAll(*stmt, args);
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    return stmt->integer(0);
}

namespace {

// The search's rank, an FTS5 auxiliary function: computed from the hit positions the index
// already holds, so ranking tens of thousands of matches costs little more than finding them.
// bm25() reads each match's column sizes from the docsize table (one B-tree lookup per match):
// on 100,000 topics a prefix such as "ru" or a common word such as "runbook" matches 25,000 of
// them and bm25 took 30-40 ms where this takes 5. Per word of the query, the best of its hits
// counts: in the name 10, in the tags 5, in the description 2, doubled when the word starts the
// column (a name that begins with it); each further hit of the word adds a little. Lower is
// better (like bm25), so the SQL orders ascending.
constexpr double kColumnWeight[] = {10.0, 2.0, 5.0};   // topic_fts columns: name, description, tags

void searchRank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int, sqlite3_value **)
{
    double score = 0;
    const int phrases = api->xPhraseCount(fts);
    for (int p = 0; p < phrases; ++p) {
        Fts5PhraseIter it;
        int column = -1;
        int offset = -1;
        double best = 0;
        int hits = 0;
        for (api->xPhraseFirst(fts, p, &it, &column, &offset); column >= 0;
             api->xPhraseNext(fts, &it, &column, &offset)) {
            const double weight = column < 3 ? kColumnWeight[column] : 1.0;
            best = std::max(best, offset == 0 ? 2 * weight : weight);
            ++hits;
        }
        score += best + 0.25 * std::min(hits - 1, 4);
    }
    sqlite3_result_double(context, -score);
}

// Registers searchRank as switchboard_rank() on the connection (once per connection: a
// statement that names it fails to prepare until then).
Status registerSearchRank(const Database &db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return makeError(QObject::tr("Full-text search is not available: %1").arg(db.lastError()));
    sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (!api || api->iVersion < 2)
        return makeError(QObject::tr("Full-text search is not available: FTS5 is missing"));
    if (api->xCreateFunction(api, "switchboard_rank", nullptr, &searchRank, nullptr) != SQLITE_OK)
        return makeError(QObject::tr("Full-text search is not available: %1").arg(db.lastError()));
    return {};
}

// Prepares a statement that uses switchboard_rank(), registering it first where needed.
Result<Statement> prepareRanked(const Database &db, const QString &sql)
{
    auto stmt = db.prepare(sql);
    if (stmt)
        return stmt;
    if (auto st = registerSearchRank(db); !st)
        return makeError(st.error());
    return db.prepare(sql);
}

} // namespace

TopicStore::SearchSql TopicStore::searchSql(const QString &text, const TopicFilter &filter)
{
    // Without cluster or environment filters the search runs on the full-text index alone:
    // the small filters (deleted topics, a tag) become id sets computed once per query instead
    // of a topics row read for every match. The unary '+' keeps SQLite from handing those sets
    // to FTS5 as rowid lookups, each of which would re-run the MATCH.
    SearchSql out;
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return out;
    out.args << match << text.trimmed();
    QStringList terms;
    if (!filter.includeDeleted)
        terms << QStringLiteral("+topic_fts.rowid NOT IN (SELECT id FROM topics WHERE status = 'deleted')");
    if (!filter.includeInternal)
        terms << QStringLiteral("+topic_fts.rowid NOT IN (SELECT id FROM topics WHERE internal = 1)");
    if (!filter.tag.isEmpty()) {
        terms << QStringLiteral("+topic_fts.rowid IN (SELECT topic_id FROM topic_tags WHERE tag = ?)");
        out.args << filter.tag.trimmed().toLower();
    }
    // Filters that keep a large share of the topics (a cluster, an environment) are cheaper as
    // a join on the matches than as an id set built for every query.
    TopicFilter rest = filter;
    rest.includeDeleted = true;
    rest.includeInternal = true;
    rest.tag.clear();
    const QString restWhere = whereClause(rest, out.args);
    const bool join = !restWhere.isEmpty();
    if (join)
        terms << restWhere.mid(int(qstrlen(" WHERE ")));
    // ?1 and ?2 are numbered; SQLite gives each plain '?' of the filters the next number
    // (3, 4, ...) because ?2 appears before them in the text.
    out.from = QStringLiteral(" FROM topic_fts%1 WHERE topic_fts MATCH ?1%2")
                   .arg(join ? QStringLiteral(" CROSS JOIN topics t ON t.id = topic_fts.rowid") : QString(),
                        terms.isEmpty() ? QString() : QStringLiteral(" AND ") + terms.join(QStringLiteral(" AND ")));
    return out;
}

Result<QList<SearchHit>> TopicStore::search(const QString &text, const TopicFilter &filter, int limit, int offset) const
{
    QList<SearchHit> hits;
    const SearchSql query = searchSql(text, filter);
    if (query.from.isEmpty())
        return hits;
    // An exact name match goes first whatever the rank says; ties keep the catalog's order.
    const QString sql = QStringLiteral(
        "SELECT topic_fts.rowid, switchboard_rank(topic_fts) AS score, "
        "topic_fts.rowid IN (SELECT id FROM topics WHERE name = ?2 COLLATE NOCASE) AS exact"
        "%1 ORDER BY exact DESC, score, topic_fts.rowid LIMIT %2 OFFSET %3")
        .arg(query.from).arg(limit > 0 ? limit : -1).arg(std::max(0, offset));
    auto stmt = prepareRanked(m_db, sql);
    if (!stmt)
        return makeError(stmt.error());
    bindAll(*stmt, query.args);
    QList<qint64> ids;
    QHash<qint64, double> scores;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) {
            ids.append(s.integer(0));
            scores.insert(s.integer(0), -s.real(1));
        });
        !st)
        return makeError(st.error());
    auto rows = summaries(ids);
    if (!rows)
        return makeError(rows.error());
    for (TopicSummary &t : *rows) {
        const double score = scores.value(t.id);
        hits.append(SearchHit{std::move(t), score});
    }
    return hits;
}

Result<qint64> TopicStore::searchCount(const QString &text, const TopicFilter &filter) const
{
    const SearchSql query = searchSql(text, filter);
    if (query.from.isEmpty())
        return qint64(0);
    // ?2 (the exact name) is not needed here, but it must come first in the text so that the
    // filters' plain '?' get the numbers 3, 4, ... as in search().
    auto stmt = m_db.prepare(QStringLiteral("SELECT count(*), ?2%1").arg(query.from));
    if (!stmt)
        return makeError(stmt.error());
    bindAll(*stmt, query.args);
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    return stmt->integer(0);
}

Result<std::optional<qint64>> TopicStore::findId(const QString &cluster, const QString &topic) const
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT t.id FROM topics t JOIN clusters c ON c.id = t.cluster_id WHERE c.name = ? AND t.name = ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, cluster).bind(2, topic);
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    return *row ? std::optional<qint64>(stmt->integer(0)) : std::nullopt;
}

Result<std::optional<TopicSummary>> TopicStore::summary(qint64 topicId) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM topics t JOIN clusters c ON c.id = t.cluster_id WHERE t.id = ?")
                                 .arg(QLatin1String(kSummaryColumns)));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, topicId);
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    if (!*row)
        return std::optional<TopicSummary>();
    return std::optional<TopicSummary>(readSummary(*stmt));
}

Result<std::optional<TopicDetail>> TopicStore::detail(const QString &cluster, const QString &topic) const
{
    auto id = findId(cluster, topic);
    if (!id)
        return makeError(id.error());
    if (!id->has_value())
        return std::optional<TopicDetail>();
    return detail(**id);
}

Result<std::optional<TopicDetail>> TopicStore::detail(qint64 topicId) const
{
    auto summaryRow = summary(topicId);
    if (!summaryRow)
        return makeError(summaryRow.error());
    if (!summaryRow->has_value())
        return std::optional<TopicDetail>();
    TopicDetail d;
    d.topic = std::move(**summaryRow);

    auto run = [&](const QString &sql, const QVariantList &args, auto fn) -> Status {
        auto stmt = m_db.prepare(sql);
        if (!stmt)
            return makeError(stmt.error());
        bindAll(*stmt, args);
        return forEachRow(*stmt, fn);
    };

    Status st = run(QStringLiteral("SELECT partition, leader, replicas, isr, low_watermark, high_watermark, error "
                                   "FROM partitions WHERE topic_id = ? ORDER BY partition"),
                    {topicId}, [&](const Statement &s) {
                        PartitionDetail p;
                        p.partition = int(s.integer(0));
                        p.leader = int(s.integer(1));
                        p.replicas = parseIds(s.text(2));
                        p.isr = parseIds(s.text(3));
                        if (!s.isNull(4))
                            p.lowWatermark = s.integer(4);
                        if (!s.isNull(5))
                            p.highWatermark = s.integer(5);
                        p.error = s.text(6);
                        d.partitions.append(p);
                    });
    if (!st)
        return makeError(st.error());

    // Effective configuration: the topic's overrides win over the cluster's defaults.
    st = run(QStringLiteral(
                 "SELECT name, value, source, is_sensitive, is_read_only FROM topic_configs WHERE topic_id = ?1 "
                 "UNION ALL "
                 "SELECT name, value, source, is_sensitive, is_read_only FROM cluster_topic_defaults "
                 "WHERE cluster_id = ?2 AND name NOT IN (SELECT name FROM topic_configs WHERE topic_id = ?1) "
                 "ORDER BY name"),
             {topicId, d.topic.clusterId}, [&](const Statement &s) {
                 d.configs.append(TopicConfigValue{s.text(0), s.text(1), s.text(2), s.integer(3) != 0, s.integer(4) != 0});
             });
    if (!st)
        return makeError(st.error());

    st = run(QStringLiteral("SELECT g.name, g.state, g.member_count, o.partition, o.committed_offset, o.lag "
                            "FROM group_offsets o JOIN consumer_groups g ON g.id = o.group_id "
                            "WHERE o.topic_id = ? ORDER BY g.name, o.partition"),
             {topicId}, [&](const Statement &s) {
                 const QString group = s.text(0);
                 if (d.consumerGroups.isEmpty() || d.consumerGroups.last().group != group) {
                     TopicConsumerGroup g;
                     g.group = group;
                     g.state = s.text(1);
                     g.members = int(s.integer(2));
                     g.lag = 0;
                     d.consumerGroups.append(g);
                 }
                 TopicConsumerGroup &g = d.consumerGroups.last();
                 PartitionLag p;
                 p.partition = int(s.integer(3));
                 p.committedOffset = s.integer(4);
                 if (!s.isNull(5))
                     p.lag = s.integer(5);
                 if (p.lag && g.lag)
                     g.lag = *g.lag + *p.lag;
                 else
                     g.lag.reset();
                 g.partitions.append(p);
             });
    if (!st)
        return makeError(st.error());

    st = run(QStringLiteral(
                 "SELECT resource_type, resource_name, pattern_type, principal, host, operation, permission FROM acls "
                 "WHERE cluster_id = ?1 AND resource_type = 'TOPIC' AND ("
                 " (pattern_type = 'LITERAL' AND (resource_name = ?2 OR resource_name = '*'))"
                 " OR (pattern_type = 'PREFIXED' AND substr(?2, 1, length(resource_name)) = resource_name)) "
                 "ORDER BY principal, operation"),
             {d.topic.clusterId, d.topic.name}, [&](const Statement &s) {
                 AclBinding a;
                 a.resourceType = s.text(0);
                 a.resourceName = s.text(1);
                 a.patternType = s.text(2);
                 a.principal = s.text(3);
                 a.host = s.text(4);
                 a.operation = s.text(5);
                 a.permission = s.text(6);
                 d.acls.append(a);
             });
    if (!st)
        return makeError(st.error());

    st = run(QStringLiteral("SELECT id, crawl_id, at, kind, field, old_value, new_value FROM topic_history "
                            "WHERE topic_id = ? ORDER BY id DESC LIMIT 500"),
             {topicId}, [&](const Statement &s) {
                 d.history.append(TopicHistoryEntry{s.integer(0), s.integer(1), parseTime(s.text(2)), s.text(3),
                                                    s.text(4), s.text(5), s.text(6)});
             });
    if (!st)
        return makeError(st.error());

    st = run(QStringLiteral("SELECT at_ms, messages, produced FROM topic_samples WHERE topic_id = ? "
                            "ORDER BY at_ms DESC LIMIT 1000"),
             {topicId}, [&](const Statement &s) {
                 d.samples.prepend(MessageSample{QDateTime::fromMSecsSinceEpoch(s.integer(0), Qt::UTC),
                                                 s.integer(1), s.integer(2)});
             });
    if (!st)
        return makeError(st.error());
    return std::optional<TopicDetail>(std::move(d));
}

namespace {

QString idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QHash<qint64, QMap<QString, QString>>> TopicStore::overriddenConfigs(const QList<qint64> &topicIds) const
{
    QHash<qint64, QMap<QString, QString>> out;
    if (topicIds.isEmpty())
        return out;
    auto stmt = m_db.prepare(QStringLiteral("SELECT topic_id, name, value FROM topic_configs "
                                            "WHERE topic_id IN (SELECT value FROM json_each(?)) ORDER BY topic_id, name"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, idArray(topicIds));
    if (auto st = forEachRow(*stmt, [&](const Statement &s) { out[s.integer(0)].insert(s.text(1), s.text(2)); }); !st)
        return makeError(st.error());
    return out;
}

Result<QHash<qint64, QList<TopicConsumerGroup>>> TopicStore::consumerGroups(const QList<qint64> &topicIds) const
{
    QHash<qint64, QList<TopicConsumerGroup>> out;
    if (topicIds.isEmpty())
        return out;
    // count(lag) < count(*) means some partition's lag is unknown, so the sum is too.
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT o.topic_id, g.name, g.state, g.member_count, sum(o.lag), count(o.lag) = count(*) "
        "FROM group_offsets o JOIN consumer_groups g ON g.id = o.group_id "
        "WHERE o.topic_id IN (SELECT value FROM json_each(?)) GROUP BY o.topic_id, g.id ORDER BY o.topic_id, g.name"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, idArray(topicIds));
    if (auto st = forEachRow(*stmt, [&](const Statement &s) {
            TopicConsumerGroup g;
            g.group = s.text(1);
            g.state = s.text(2);
            g.members = int(s.integer(3));
            if (s.integer(5) != 0)
                g.lag = s.integer(4);
            out[s.integer(0)].append(g);
        });
        !st)
        return makeError(st.error());
    return out;
}

Status TopicStore::validateTag(const QString &tag)
{
    static const QRegularExpression valid(QStringLiteral("^[\\p{Ll}\\p{Lo}\\p{N}][\\p{Ll}\\p{Lo}\\p{N}._:-]{0,63}$"));
    if (!valid.match(tag).hasMatch()) {
        return makeError(QObject::tr("\"%1\" is not a valid tag: use up to 64 letters, digits, '.', '_', ':' and '-', "
                                     "starting with a letter or digit").arg(tag));
    }
    return {};
}

namespace {

// "topic:<cluster>/<name>" for the audit log.
Result<QString> auditSubject(const Database &db, qint64 topicId)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT c.name, t.name FROM topics t JOIN clusters c ON c.id = t.cluster_id WHERE t.id = ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, topicId);
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    if (!*row)
        return makeError(QObject::tr("No topic with id %1 in the catalog").arg(topicId));
    return QStringLiteral("topic:%1/%2").arg(stmt->text(0), stmt->text(1));
}

// Adds or removes tags (sql takes topic id and tag) in one transaction; the audit entry
// (action) lists, under key, the tags that did change, and is left out when none did.
Status changeTags(const Database &db, qint64 topicId, const QStringList &tags, const QString &sql,
                  const QString &action, const QString &key)
{
    auto tx = db.transaction();
    auto subject = auditSubject(db, topicId);
    if (!subject)
        return subject;
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt;
    QJsonArray changed;
    for (const QString &tag : tags) {
        stmt->bind(1, topicId).bind(2, tag);
        if (auto st = stmt->run(); !st)
            return st;
        if (db.changes() > 0)
            changed.append(tag);
    }
    if (!changed.isEmpty()) {
        if (auto st = AuditLog(db).record(action, *subject, {{key, changed}}); !st)
            return st;
    }
    return tx.commit();
}

} // namespace

Status TopicStore::addTags(qint64 topicId, const QStringList &tags) const
{
    const QStringList clean = normalizedTags(tags);
    for (const QString &tag : clean) {
        if (auto st = validateTag(tag); !st)
            return st;
    }
    return changeTags(m_db, topicId, clean, QStringLiteral("INSERT OR IGNORE INTO topic_tags(topic_id, tag) VALUES(?, ?)"),
                      QStringLiteral("topic.tag"), QStringLiteral("added"));
}

Status TopicStore::removeTags(qint64 topicId, const QStringList &tags) const
{
    const QStringList clean = normalizedTags(tags);
    return changeTags(m_db, topicId, clean, QStringLiteral("DELETE FROM topic_tags WHERE topic_id = ? AND tag = ?"),
                      QStringLiteral("topic.untag"), QStringLiteral("removed"));
}

Status TopicStore::setTags(qint64 topicId, const QStringList &tags) const
{
    const QStringList wanted = normalizedTags(tags);
    for (const QString &tag : wanted) {
        if (auto st = validateTag(tag); !st)
            return st;
    }
    auto current = summary(topicId);
    if (!current)
        return makeError(current.error());
    if (!current->has_value())
        return makeError(QObject::tr("No topic with id %1 in the catalog").arg(topicId));
    QStringList toRemove;
    for (const QString &tag : (*current)->tags) {
        if (!wanted.contains(tag))
            toRemove << tag;
    }
    if (auto st = removeTags(topicId, toRemove); !st)
        return st;
    return addTags(topicId, wanted);
}

Status TopicStore::setOwner(qint64 topicId, const QString &owner) const
{
    const QString clean = QStringLiteral("") + owner.trimmed();   // never null: the column is NOT NULL
    if (clean.size() > 200)
        return makeError(QObject::tr("The owner team name is longer than 200 characters"));
    auto tx = m_db.transaction();
    auto subject = auditSubject(m_db, topicId);
    if (!subject)
        return makeError(subject.error());
    auto stmt = m_db.prepare(QStringLiteral("UPDATE topics SET owner = ? WHERE id = ? AND owner <> ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, clean).bind(2, topicId).bind(3, clean);
    if (auto st = stmt->run(); !st)
        return st;
    if (m_db.changes() > 0) {
        if (auto st = AuditLog(m_db).record(QStringLiteral("topic.owner"), *subject, {{QStringLiteral("owner"), clean}}); !st)
            return st;
    }
    return tx.commit();
}

Status TopicStore::setDescription(qint64 topicId, const QString &markdown) const
{
    if (markdown.size() > 100000)
        return makeError(QObject::tr("The description is longer than 100,000 characters"));
    auto tx = m_db.transaction();
    auto subject = auditSubject(m_db, topicId);
    if (!subject)
        return makeError(subject.error());
    auto stmt = m_db.prepare(QStringLiteral("UPDATE topics SET description = ? WHERE id = ? AND description <> ?"));
    if (!stmt)
        return makeError(stmt.error());
    const QString text = QStringLiteral("") + markdown;   // never null: the column is NOT NULL
    stmt->bind(1, text).bind(2, topicId).bind(3, text);
    if (auto st = stmt->run(); !st)
        return st;
    if (m_db.changes() > 0) {
        // The text itself may be long; the audit entry records its size, not a copy.
        if (auto st = AuditLog(m_db).record(QStringLiteral("topic.describe"), *subject,
                                            {{QStringLiteral("length"), int(markdown.size())}});
            !st)
            return st;
    }
    return tx.commit();
}

Result<QStringList> TopicStore::tags(const QString &prefix, int limit) const
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT tag, count(*) AS n FROM topic_tags WHERE tag >= ?1 AND tag < ?1 || char(1114111) "
        "GROUP BY tag ORDER BY n DESC, tag LIMIT ?2"));
    if (!stmt)
        return makeError(stmt.error());
    // A null QString binds as NULL, which matches nothing: bind an empty text instead.
    const QString clean = prefix.trimmed().toLower();
    stmt->bind(1, clean.isEmpty() ? QStringLiteral("") : clean).bind(2, limit > 0 ? limit : -1);
    QStringList out;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) { out << s.text(0); }); !st)
        return makeError(st.error());
    return out;
}

Result<QStringList> TopicStore::owners() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT DISTINCT owner FROM topics WHERE owner <> '' ORDER BY owner"));
    if (!stmt)
        return makeError(stmt.error());
    QStringList out;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) { out << s.text(0); }); !st)
        return makeError(st.error());
    return out;
}

Result<QList<CrawlRecord>> TopicStore::crawls(qint64 clusterId, int limit) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM crawls k JOIN clusters c ON c.id = k.cluster_id "
                                            "WHERE k.cluster_id = ? ORDER BY k.id DESC LIMIT ?")
                                 .arg(QLatin1String(kCrawlColumns)));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, clusterId).bind(2, limit > 0 ? limit : -1);
    QList<CrawlRecord> out;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) { out << readCrawl(s); }); !st)
        return makeError(st.error());
    return out;
}

Result<std::optional<ClusterHealth>> TopicStore::clusterHealth(qint64 clusterId) const
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT c.id, c.name, c.environment, s.kafka_cluster_id, s.controller_id FROM clusters c "
        "LEFT JOIN cluster_state s ON s.cluster_id = c.id WHERE c.id = ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, clusterId);
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    if (!*row)
        return std::optional<ClusterHealth>();
    ClusterHealth h;
    h.clusterId = stmt->integer(0);
    h.cluster = stmt->text(1);
    h.environment = stmt->text(2);
    h.kafkaClusterId = stmt->text(3);
    h.controllerId = stmt->isNull(4) ? -1 : int(stmt->integer(4));

    for (const bool successOnly : {false, true}) {
        auto k = m_db.prepare(QStringLiteral("SELECT %1 FROM crawls k JOIN clusters c ON c.id = k.cluster_id "
                                             "WHERE k.cluster_id = ? %2 ORDER BY k.id DESC LIMIT 1")
                                  .arg(QLatin1String(kCrawlColumns),
                                       successOnly ? QStringLiteral("AND k.outcome IN ('ok', 'partial')") : QString()));
        if (!k)
            return makeError(k.error());
        k->bind(1, clusterId);
        auto krow = k->next();
        if (!krow)
            return makeError(krow.error());
        if (*krow)
            (successOnly ? h.lastSuccess : h.lastCrawl) = readCrawl(*k);
    }

    auto b = m_db.prepare(QStringLiteral("SELECT broker_id, host, port, rack FROM brokers WHERE cluster_id = ? ORDER BY broker_id"));
    if (!b)
        return makeError(b.error());
    b->bind(1, clusterId);
    if (auto st = forEachRow(*b, [&](const Statement &s) {
            h.brokers.append(BrokerInfo{int(s.integer(0)), s.text(1), int(s.integer(2)), s.text(3)});
        });
        !st)
        return makeError(st.error());

    auto t = m_db.prepare(QStringLiteral("SELECT count(*), coalesce(sum(under_replicated), 0), coalesce(sum(offline), 0) "
                                         "FROM topics WHERE cluster_id = ? AND status = 'active'"));
    if (!t)
        return makeError(t.error());
    t->bind(1, clusterId);
    auto trow = t->next();
    if (!trow)
        return makeError(trow.error());
    h.topics = int(t->integer(0));
    h.underReplicatedPartitions = int(t->integer(1));
    h.offlinePartitions = int(t->integer(2));
    return std::optional<ClusterHealth>(std::move(h));
}

Result<QList<ClusterHealth>> TopicStore::clusterHealth() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id FROM clusters ORDER BY environment, name"));
    if (!stmt)
        return makeError(stmt.error());
    QList<qint64> ids;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) { ids << s.integer(0); }); !st)
        return makeError(st.error());
    QList<ClusterHealth> out;
    for (qint64 id : ids) {
        auto h = clusterHealth(id);
        if (!h)
            return makeError(h.error());
        if (h->has_value())
            out << **h;
    }
    return out;
}

} // namespace Switchboard
