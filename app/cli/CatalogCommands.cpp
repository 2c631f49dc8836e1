// switchboard-cli crawl | topics | topic | search | tag | describe
//
// The catalog's automation interface: keep the shape of the commands and of their --json
// output stable (field names are documented in README.md).

#include "Command.h"
#include "VaultAccess.h"
#include "vault/ClusterSecretStore.h"
#include "vault/Vault.h"
#include "clusters/ClusterStore.h"
#include "crawl/Crawler.h"
#include "topics/TopicStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <mutex>

#include <termios.h>
#include <unistd.h>

namespace Switchboard::Cli {
namespace {

// --- JSON shapes ----------------------------------------------------------------------------

QString isoTime(const QDateTime &at) { return at.isValid() ? at.toString(Qt::ISODateWithMs) : QString(); }

QJsonValue optionalNumber(const std::optional<qint64> &v) { return v ? QJsonValue(double(*v)) : QJsonValue(); }

QJsonObject summaryJson(const TopicSummary &t, const QMap<QString, QString> &configs,
                        const QList<TopicConsumerGroup> &groups)
{
    QJsonObject configObject;
    for (auto it = configs.cbegin(); it != configs.cend(); ++it)
        configObject.insert(it.key(), it.value());
    QJsonArray groupArray;
    for (const TopicConsumerGroup &g : groups) {
        groupArray.append(QJsonObject{{QStringLiteral("group"), g.group},
                                      {QStringLiteral("lag"), optionalNumber(g.lag)},
                                      {QStringLiteral("state"), g.state}});
    }
    return QJsonObject{
        {QStringLiteral("name"), t.name},
        {QStringLiteral("cluster"), t.cluster},
        {QStringLiteral("environment"), t.environment},
        {QStringLiteral("status"), t.status()},
        {QStringLiteral("deleted_at"), t.deleted ? QJsonValue(isoTime(t.deletedAt)) : QJsonValue()},
        {QStringLiteral("internal"), t.internal},
        {QStringLiteral("partitions"), t.partitions},
        {QStringLiteral("replication_factor"), t.replicationFactor},
        {QStringLiteral("under_replicated"), t.underReplicated},
        {QStringLiteral("offline"), t.offline},
        {QStringLiteral("configs"), configObject},
        {QStringLiteral("messages"), optionalNumber(t.messages)},
        {QStringLiteral("rate"), t.rate ? QJsonValue(*t.rate) : QJsonValue()},
        {QStringLiteral("consumer_groups"), groupArray},
        {QStringLiteral("tags"), QJsonArray::fromStringList(t.tags)},
        {QStringLiteral("owner"), t.owner},
        {QStringLiteral("description"), t.description},
        {QStringLiteral("first_seen"), isoTime(t.firstSeen)},
        {QStringLiteral("last_seen"), isoTime(t.lastSeen)},
    };
}

QJsonArray intArray(const QList<int> &ids)
{
    QJsonArray a;
    for (int id : ids)
        a.append(id);
    return a;
}

QJsonObject detailJson(const TopicDetail &d)
{
    QList<TopicConsumerGroup> groups = d.consumerGroups;
    QJsonObject o = summaryJson(d.topic, d.overriddenConfigs(), groups);
    QJsonArray parts;
    for (const PartitionDetail &p : d.partitions) {
        parts.append(QJsonObject{{QStringLiteral("partition"), p.partition},
                                 {QStringLiteral("leader"), p.leader},
                                 {QStringLiteral("replicas"), intArray(p.replicas)},
                                 {QStringLiteral("isr"), intArray(p.isr)},
                                 {QStringLiteral("low_watermark"), optionalNumber(p.lowWatermark)},
                                 {QStringLiteral("high_watermark"), optionalNumber(p.highWatermark)}});
    }
    o.insert(QStringLiteral("partition_detail"), parts);
    // Per-partition lag of each group.
    QJsonArray groupArray;
    for (const TopicConsumerGroup &g : d.consumerGroups) {
        QJsonArray lags;
        for (const PartitionLag &p : g.partitions) {
            lags.append(QJsonObject{{QStringLiteral("partition"), p.partition},
                                    {QStringLiteral("committed_offset"), double(p.committedOffset)},
                                    {QStringLiteral("lag"), optionalNumber(p.lag)}});
        }
        groupArray.append(QJsonObject{{QStringLiteral("group"), g.group},
                                      {QStringLiteral("lag"), optionalNumber(g.lag)},
                                      {QStringLiteral("state"), g.state},
                                      {QStringLiteral("members"), g.members},
                                      {QStringLiteral("partitions"), lags}});
    }
    o.insert(QStringLiteral("consumer_groups"), groupArray);
    QJsonObject allConfigs;
    for (const TopicConfigValue &c : d.configs)
        allConfigs.insert(c.name, QJsonObject{{QStringLiteral("value"), c.value}, {QStringLiteral("source"), c.source}});
    o.insert(QStringLiteral("effective_configs"), allConfigs);
    QJsonArray acls;
    for (const AclBinding &a : d.acls) {
        acls.append(QJsonObject{{QStringLiteral("principal"), a.principal}, {QStringLiteral("operation"), a.operation},
                                {QStringLiteral("permission"), a.permission}, {QStringLiteral("pattern_type"), a.patternType},
                                {QStringLiteral("resource_name"), a.resourceName}, {QStringLiteral("host"), a.host}});
    }
    o.insert(QStringLiteral("acls"), acls);
    QJsonArray history;
    for (const TopicHistoryEntry &h : d.history) {
        history.append(QJsonObject{{QStringLiteral("at"), isoTime(h.at)}, {QStringLiteral("kind"), h.kind},
                                   {QStringLiteral("field"), h.field.isEmpty() ? QJsonValue() : QJsonValue(h.field)},
                                   {QStringLiteral("old"), h.oldValue}, {QStringLiteral("new"), h.newValue}});
    }
    o.insert(QStringLiteral("history"), history);
    return o;
}

QString formatCount(const std::optional<qint64> &v) { return v ? QString::number(*v) : QStringLiteral("-"); }
QString formatRate(const std::optional<double> &v) { return v ? QString::number(*v, 'f', 1) : QStringLiteral("-"); }

QStringList summaryRow(const TopicSummary &t)
{
    return {t.name, t.cluster, t.status(), QString::number(t.partitions), formatCount(t.messages), formatRate(t.rate),
            t.tags.join(QLatin1Char(',')), t.owner};
}

const QStringList kSummaryHeader = {QStringLiteral("NAME"), QStringLiteral("CLUSTER"), QStringLiteral("STATUS"),
                                    QStringLiteral("PARTITIONS"), QStringLiteral("MESSAGES"), QStringLiteral("RATE/S"),
                                    QStringLiteral("TAGS"), QStringLiteral("OWNER")};

// --- crawl ------------------------------------------------------------------------------------

// Reads a password from the terminal without echo; empty when stdin is not a terminal.
QString promptPassword(QTextStream &err, const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    err << prompt << Qt::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    QFile in;
    (void)in.open(stdin, QIODevice::ReadOnly);
    QByteArray line = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err << Qt::endl;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const QString password = QString::fromUtf8(line);
    line.fill('\0');
    return password;
}

// Renders crawl progress: a bar per cluster redrawn in place on a terminal, plain lines
// (one per phase) otherwise.
class ProgressView {
public:
    ProgressView(QTextStream &out, bool terminal, const QList<Cluster> &clusters) : m_out(out), m_terminal(terminal)
    {
        for (const Cluster &c : clusters) {
            m_order << c.name;
            m_width = std::max(m_width, c.name.size());
        }
    }

    void update(const CrawlProgress &p)
    {
        std::lock_guard lock(m_mutex);
        const bool phaseChanged = m_state.value(p.cluster).phase != p.phase || !m_state.contains(p.cluster);
        m_state.insert(p.cluster, p);
        if (!m_terminal) {
            if (phaseChanged && p.phase != CrawlPhase::Done) {
                m_out << p.cluster << ": " << crawlPhaseLabel(p.phase);
                if (p.total > 0)
                    m_out << " (" << p.total << ")";
                m_out << Qt::endl;
            }
            return;
        }
        if (!phaseChanged && m_timer.isValid() && m_timer.elapsed() < 80)
            return;
        m_timer.start();
        redraw();
    }

    void finish()
    {
        std::lock_guard lock(m_mutex);
        if (m_terminal && m_drawn)
            redraw();
    }

private:
    void redraw()
    {
        if (m_drawn)
            m_out << "\x1b[" << m_order.size() << "A";
        for (const QString &name : std::as_const(m_order)) {
            const CrawlProgress p = m_state.value(name);
            constexpr int kBar = 24;
            double fraction = double(p.step) / double(p.steps);
            if (p.total > 0 && p.phase != CrawlPhase::Done)
                fraction += double(p.done) / double(p.total) / double(p.steps);
            const int filled = std::clamp(int(fraction * kBar), 0, kBar);
            m_out << "\r\x1b[2K" << name.leftJustified(m_width) << " [" << QString(filled, QLatin1Char('#'))
                  << QString(kBar - filled, QLatin1Char('-')) << "] "
                  << (m_state.contains(name) ? crawlPhaseLabel(p.phase) : QObject::tr("Waiting")) << "\n";
        }
        m_out.flush();
        m_drawn = true;
    }

    QTextStream &m_out;
    bool m_terminal;
    QStringList m_order;
    qsizetype m_width = 0;
    QHash<QString, CrawlProgress> m_state;
    std::mutex m_mutex;
    QElapsedTimer m_timer;
    bool m_drawn = false;
};

int crawl(Context &ctx, const Arguments &parser)
{
    CrawlOptions options;
    for (const QString &name : parser.values(QStringLiteral("skip"))) {
        CrawlPhase phase;
        if (!crawlPhaseFromName(name, &phase) || !skippableCrawlPhases().contains(phase))
            return ctx.fail(QObject::tr("--skip: \"%1\" is not a phase that can be skipped (configs, watermarks, groups, "
                                        "offsets, acls)").arg(name));
        options.skip.insert(phase);
    }
    options.connectTimeoutMs = int(parser.number(QStringLiteral("connect-timeout"), 10) * 1000);

    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    ClusterStore store(**db);
    QList<Cluster> clusters;
    const QStringList names = parser.positionalArguments();
    if (names.isEmpty()) {
        auto all = store.list();
        if (!all)
            return ctx.fail(all.error());
        clusters = *all;
        if (clusters.isEmpty())
            return ctx.fail(QObject::tr("No clusters registered. Add one with: switchboard-cli cluster add NAME --bootstrap HOST:PORT"));
    } else {
        for (const QString &name : names) {
            auto found = store.find(name);
            if (!found)
                return ctx.fail(found.error());
            if (!found->has_value())
                return ctx.fail(QObject::tr("No cluster named \"%1\" (see: switchboard-cli cluster list)").arg(name));
            clusters << **found;
        }
    }

    // Secrets: the environment, else the vault (vault cluster-secret set; unlocked only when a
    // cluster has secrets there), else asked for on the terminal; kept in memory only.
    QHash<QString, QMap<QString, QString>> secrets;
    std::unique_ptr<Vault> vault;
    for (const Cluster &c : std::as_const(clusters)) {
        QMap<QString, QString> s = Crawler::secretsFromEnvironment(c);
        if (s.isEmpty()) {
            Vault locked(**db);
            auto names = ClusterSecretStore(locked).names(c.name);
            if (names && !names->isEmpty()) {
                if (!vault) {
                    auto unlocked = openUnlockedVault(ctx, parser);
                    if (!unlocked)
                        return ctx.fail(QObject::tr("Cluster %1 keeps its secrets in the vault: %2").arg(c.name, unlocked.error()));
                    vault = std::move(unlocked.value());
                }
                ClientConfig config = c.clientConfig();
                if (auto st = ClusterSecretStore(*vault).apply(c.name, config); !st)
                    return ctx.fail(st.error());
                s = config.secrets;
            }
        }
        if (s.isEmpty() && Crawler::needsPassword(c)) {
            const QString password = promptPassword(
                ctx.err(), QObject::tr("Crawler password for %1 (user %2): ")
                               .arg(c.name, c.properties.value(QStringLiteral("sasl.username"))));
            if (!password.isEmpty())
                s.insert(QStringLiteral("sasl.password"), password);
        }
        secrets.insert(c.name, s);
    }
    options.secrets = [secrets](const Cluster &c) { return secrets.value(c.name); };

    ProgressView view(ctx.out(), ctx.stdoutIsTerminal(), clusters);
    std::atomic_bool cancelled{false};
    const QList<CrawlOutcome> outcomes = Crawler::crawlAll(
        ctx.catalogPath(), clusters, options, cancelled, [&view](const CrawlProgress &p) { view.update(p); });
    view.finish();

    int failures = 0;
    for (const CrawlOutcome &o : outcomes) {
        if (o.succeeded()) {
            ctx.out() << QObject::tr("%1: crawled %2 topics, %3 partitions, %4 consumer groups, %5 ACLs, %6 brokers "
                                     "in %7 s (%8 changes)")
                             .arg(o.cluster).arg(o.topics).arg(o.partitions).arg(o.groups).arg(o.acls).arg(o.brokers)
                             .arg(o.durationMs / 1000.0, 0, 'f', 1).arg(o.changes)
                      << Qt::endl;
            if (!o.skipped.isEmpty())
                ctx.out() << QObject::tr("%1: skipped %2").arg(o.cluster, o.skipped.join(QStringLiteral(", "))) << Qt::endl;
            if (parser.isSet(QStringLiteral("timings"))) {
                QStringList phases;
                for (CrawlPhase phase : {CrawlPhase::Connect, CrawlPhase::Metadata, CrawlPhase::Configs, CrawlPhase::Watermarks,
                                         CrawlPhase::Groups, CrawlPhase::Offsets, CrawlPhase::Acls, CrawlPhase::Store}) {
                    if (o.phaseMs.contains(crawlPhaseName(phase)))
                        phases << QStringLiteral("%1 %2").arg(crawlPhaseName(phase)).arg(o.phaseMs.value(crawlPhaseName(phase)) / 1000.0, 0, 'f', 2);
                }
                ctx.out() << QObject::tr("%1: seconds per phase: %2").arg(o.cluster, phases.join(QStringLiteral(", "))) << Qt::endl;
            }
            if (!o.missing.isEmpty()) {
                ctx.err() << QObject::tr("switchboard-cli: %1: partial crawl, could not read: %2")
                                 .arg(o.cluster, o.missing.join(QStringLiteral("; ")))
                          << Qt::endl;
            }
        } else {
            ++failures;
            ctx.out().flush();
            ctx.err() << QObject::tr("switchboard-cli: %1: crawl %2: %3").arg(o.cluster, o.statusName(), o.error) << Qt::endl;
        }
    }
    return failures == 0 ? 0 : 1;
}

// --- topics, topic, search ------------------------------------------------------------------

int topics(Context &ctx, const Arguments &parser)
{
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    TopicQuery query;
    query.filter.cluster = parser.value(QStringLiteral("cluster"));
    query.filter.environment = parser.value(QStringLiteral("env"));
    query.filter.tag = parser.value(QStringLiteral("tag"));
    query.filter.includeDeleted = parser.isSet(QStringLiteral("include-deleted"));
    query.limit = 0;
    if (!query.filter.cluster.isEmpty()) {
        auto found = ClusterStore(**db).find(query.filter.cluster);
        if (!found)
            return ctx.fail(found.error());
        if (!found->has_value())
            return ctx.fail(QObject::tr("No cluster named \"%1\"").arg(query.filter.cluster));
    }
    TopicStore store(**db);
    auto page = store.list(query);
    if (!page)
        return ctx.fail(page.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QList<qint64> ids;
        for (const TopicSummary &t : page->topics)
            ids << t.id;
        auto configs = store.overriddenConfigs(ids);
        if (!configs)
            return ctx.fail(configs.error());
        auto groups = store.consumerGroups(ids);
        if (!groups)
            return ctx.fail(groups.error());
        QJsonArray array;
        for (const TopicSummary &t : page->topics)
            array.append(summaryJson(t, configs->value(t.id), groups->value(t.id)));
        printJson(ctx, QJsonDocument(array));
        return 0;
    }
    if (page->topics.isEmpty()) {
        ctx.out() << QObject::tr("No topics in the catalog match. Crawl a cluster with: switchboard-cli crawl NAME") << Qt::endl;
        return 0;
    }
    QList<QStringList> rows;
    for (const TopicSummary &t : page->topics)
        rows << summaryRow(t);
    printTable(ctx, kSummaryHeader, rows);
    return 0;
}

int topic(Context &ctx, const Arguments &parser)
{
    const QString name = parser.positionalArguments().first();
    const QString cluster = parser.value(QStringLiteral("cluster"));
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    auto detail = TopicStore(**db).detail(cluster, name);
    if (!detail)
        return ctx.fail(detail.error());
    if (!detail->has_value())
        return ctx.fail(QObject::tr("No topic \"%1\" on cluster \"%2\" in the catalog").arg(name, cluster));
    const TopicDetail &d = **detail;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(ctx, QJsonDocument(detailJson(d)));
        return 0;
    }
    QTextStream &out = ctx.out();
    const TopicSummary &t = d.topic;
    out << t.name << "  (" << t.cluster << ", " << t.environment << ")" << "\n";
    out << QObject::tr("status:             %1").arg(t.deleted ? QObject::tr("deleted at %1").arg(isoTime(t.deletedAt)) : t.status()) << "\n";
    out << QObject::tr("partitions:         %1 (replication factor %2, %3 under-replicated, %4 offline)")
               .arg(t.partitions).arg(t.replicationFactor).arg(t.underReplicated).arg(t.offline) << "\n";
    out << QObject::tr("messages:           %1 (%2 per second)").arg(formatCount(t.messages), formatRate(t.rate)) << "\n";
    out << QObject::tr("owner:              %1").arg(t.owner.isEmpty() ? QStringLiteral("-") : t.owner) << "\n";
    out << QObject::tr("tags:               %1").arg(t.tags.isEmpty() ? QStringLiteral("-") : t.tags.join(QStringLiteral(", "))) << "\n";
    const auto overrides = d.overriddenConfigs();
    out << QObject::tr("overridden configs:") << (overrides.isEmpty() ? QStringLiteral(" -") : QString()) << "\n";
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        out << "  " << it.key() << " = " << it.value() << "\n";
    out << QObject::tr("consumer groups:") << (d.consumerGroups.isEmpty() ? QStringLiteral(" -") : QString()) << "\n";
    for (const TopicConsumerGroup &g : d.consumerGroups)
        out << "  " << g.group << QObject::tr("  lag %1  (%2)").arg(formatCount(g.lag), g.state) << "\n";
    if (!t.description.isEmpty())
        out << "\n" << t.description << "\n";
    return 0;
}

int search(Context &ctx, const Arguments &parser)
{
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (TopicStore::ftsQuery(text).isEmpty())
        return ctx.fail(QObject::tr("search needs a QUERY with at least one letter or digit"));
    auto db = ctx.catalog();
    if (!db)
        return ctx.fail(db.error());
    TopicFilter filter;
    filter.cluster = parser.value(QStringLiteral("cluster"));
    filter.environment = parser.value(QStringLiteral("env"));
    filter.tag = parser.value(QStringLiteral("tag"));
    TopicStore store(**db);
    auto hits = store.search(text, filter, int(parser.number(QStringLiteral("limit"), 50)));
    if (!hits)
        return ctx.fail(hits.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QList<qint64> ids;
        for (const SearchHit &h : *hits)
            ids << h.topic.id;
        auto configs = store.overriddenConfigs(ids);
        if (!configs)
            return ctx.fail(configs.error());
        auto groups = store.consumerGroups(ids);
        if (!groups)
            return ctx.fail(groups.error());
        QJsonArray array;
        for (const SearchHit &h : *hits) {
            QJsonObject o = summaryJson(h.topic, configs->value(h.topic.id), groups->value(h.topic.id));
            o.insert(QStringLiteral("score"), h.score);
            array.append(o);
        }
        printJson(ctx, QJsonDocument(array));
        return 0;
    }
    if (hits->isEmpty()) {
        ctx.out() << QObject::tr("No topics match \"%1\"").arg(text) << Qt::endl;
        return 0;
    }
    QList<QStringList> rows;
    for (const SearchHit &h : *hits)
        rows << summaryRow(h.topic);
    printTable(ctx, kSummaryHeader, rows);
    return 0;
}

// --- curation ----------------------------------------------------------------------------------

Result<qint64> topicId(Context &ctx, const QString &cluster, const QString &name)
{
    auto db = ctx.catalog();
    if (!db)
        return makeError(db.error());
    auto id = TopicStore(**db).findId(cluster, name);
    if (!id)
        return makeError(id.error());
    if (!id->has_value())
        return makeError(QObject::tr("No topic \"%1\" on cluster \"%2\" in the catalog").arg(name, cluster));
    return **id;
}

int tag(Context &ctx, const Arguments &parser)
{
    auto id = topicId(ctx, parser.value(QStringLiteral("cluster")), parser.positionalArguments().first());
    if (!id)
        return ctx.fail(id.error());
    TopicStore store(**ctx.catalog());
    if (auto st = store.removeTags(*id, parser.values(QStringLiteral("remove"))); !st)
        return ctx.fail(st.error());
    if (auto st = store.addTags(*id, parser.values(QStringLiteral("add"))); !st)
        return ctx.fail(st.error());
    auto summary = store.summary(*id);
    if (!summary || !summary->has_value())
        return ctx.fail(summary.error());
    const QStringList tags = (*summary)->tags;
    ctx.out() << QObject::tr("%1 (%2): tags %3").arg((*summary)->name, (*summary)->cluster,
                                                    tags.isEmpty() ? QObject::tr("(none)") : tags.join(QStringLiteral(", ")))
              << Qt::endl;
    return 0;
}

int describe(Context &ctx, const Arguments &parser)
{
    if (!parser.isSet(QStringLiteral("owner")) && !parser.isSet(QStringLiteral("text")))
        return ctx.fail(QObject::tr("describe needs --owner TEAM or --text MARKDOWN"));
    auto id = topicId(ctx, parser.value(QStringLiteral("cluster")), parser.positionalArguments().first());
    if (!id)
        return ctx.fail(id.error());
    TopicStore store(**ctx.catalog());
    if (parser.isSet(QStringLiteral("owner"))) {
        if (auto st = store.setOwner(*id, parser.values(QStringLiteral("owner")).constLast()); !st)
            return ctx.fail(st.error());
    }
    if (parser.isSet(QStringLiteral("text"))) {
        QString text = parser.values(QStringLiteral("text")).constLast();
        if (text == QLatin1String("-")) {
            QFile in;
            (void)in.open(stdin, QIODevice::ReadOnly);
            text = QString::fromUtf8(in.readAll());
        }
        if (auto st = store.setDescription(*id, text); !st)
            return ctx.fail(st.error());
    }
    ctx.out() << QObject::tr("Updated %1 on %2").arg(parser.positionalArguments().first(), parser.value(QStringLiteral("cluster")))
              << Qt::endl;
    return 0;
}

OptionSpec topicFilter(const char *name, const QString &valueName, const char *description)
{
    return OptionSpec::text(QString::fromLatin1(name), valueName, description);
}

const Registration crawlRegistration(
    CommandSpec("crawl", QT_TRANSLATE_NOOP("Cli", "crawl the named clusters (all when none is named) into the catalog; exit 0 only "
                                                  "if every one was crawled"))
        .describe(QT_TRANSLATE_NOOP("Cli", "Each cluster is written in one transaction: a crawl that fails leaves the previous "
                                           "snapshot as it was. A SASL cluster's password comes from "
                                           "$SWITCHBOARD_CRAWL_PASSWORD_<NAME>, $SWITCHBOARD_CRAWL_PASSWORD, the vault "
                                           "(vault cluster-secret set) or a prompt."))
        .arg(ArgumentSpec::one(QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "a cluster to crawl (all when none is named)")).maybe().many())
        .option(OptionSpec::text(QStringLiteral("skip"), QStringLiteral("PHASE"), QT_TRANSLATE_NOOP("Cli", "a phase to leave out"))
                    .choices({QStringLiteral("configs"), QStringLiteral("watermarks"), QStringLiteral("groups"),
                              QStringLiteral("offsets"), QStringLiteral("acls")})
                    .many())
        .option(OptionSpec::flag(QStringLiteral("timings"),
                                 QT_TRANSLATE_NOOP("Cli", "also print how long each phase took (configs, watermarks and groups run side by side)")))
        .option(OptionSpec::text(QStringLiteral("connect-timeout"), QStringLiteral("SECONDS"),
                                 QT_TRANSLATE_NOOP("Cli", "how long to wait for a cluster's first answer"))
                    .integer(1, 600)
                    .defaultsTo(QStringLiteral("10")))
        .needing(Needs::Vault)
        .handler(crawl));

const Registration topicsRegistration(
    CommandSpec("topics", QT_TRANSLATE_NOOP("Cli", "list the catalog's topics"))
        .option(Options::cluster(QT_TRANSLATE_NOOP("Cli", "only this cluster's topics")))
        .option(Options::env(QT_TRANSLATE_NOOP("Cli", "only topics in this environment")))
        .option(topicFilter("tag", QStringLiteral("TAG"), QT_TRANSLATE_NOOP("Cli", "only topics with this tag")))
        .option(OptionSpec::flag(QStringLiteral("include-deleted"), QT_TRANSLATE_NOOP("Cli", "also topics that vanished")))
        .option(Options::json())
        .handler(topics));

const Registration topicRegistration(
    CommandSpec("topic", QT_TRANSLATE_NOOP("Cli", "show one topic: partitions, configs, consumer groups and lag, curation, history"))
        .arg(ArgumentSpec::one(QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "the topic")))
        .option(Options::cluster(QT_TRANSLATE_NOOP("Cli", "the topic's cluster")).mandatory())
        .option(Options::json())
        .handler(topic));

const Registration searchRegistration(
    CommandSpec("search", QT_TRANSLATE_NOOP("Cli", "full-text search over topic names, descriptions and tags, best match first"))
        .arg(ArgumentSpec::one(QStringLiteral("QUERY"), QT_TRANSLATE_NOOP("Cli", "words to find")).many())
        .option(Options::cluster(QT_TRANSLATE_NOOP("Cli", "only this cluster's topics")))
        .option(Options::env(QT_TRANSLATE_NOOP("Cli", "only topics in this environment")))
        .option(topicFilter("tag", QStringLiteral("TAG"), QT_TRANSLATE_NOOP("Cli", "only topics with this tag")))
        .option(OptionSpec::text(QStringLiteral("limit"), QStringLiteral("N"), QT_TRANSLATE_NOOP("Cli", "at most this many results"))
                    .integer(1, 10000)
                    .defaultsTo(QStringLiteral("50")))
        .option(Options::json())
        .handler(search));

const Registration tagRegistration(
    CommandSpec("tag", QT_TRANSLATE_NOOP("Cli", "add or remove a topic's tags"))
        .arg(ArgumentSpec::one(QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "the topic")))
        .option(Options::cluster(QT_TRANSLATE_NOOP("Cli", "the topic's cluster")).mandatory())
        .option(topicFilter("add", QStringLiteral("TAG"), QT_TRANSLATE_NOOP("Cli", "a tag to add")).many())
        .option(topicFilter("remove", QStringLiteral("TAG"), QT_TRANSLATE_NOOP("Cli", "a tag to remove")).many())
        .handler(tag));

const Registration describeRegistration(
    CommandSpec("describe", QT_TRANSLATE_NOOP("Cli", "set a topic's owner team and description"))
        .arg(ArgumentSpec::one(QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "the topic")))
        .option(Options::cluster(QT_TRANSLATE_NOOP("Cli", "the topic's cluster")).mandatory())
        .option(topicFilter("owner", QStringLiteral("TEAM"), QT_TRANSLATE_NOOP("Cli", "the owner team")))
        .option(topicFilter("text", QStringLiteral("MARKDOWN"), QT_TRANSLATE_NOOP("Cli", "the description in Markdown; - reads stdin")))
        .handler(describe));

} // namespace
} // namespace Switchboard::Cli
