#include "acl/DriftReport.h"

#include "clusters/ClusterStore.h"
#include "kafka/AdminClient.h"
#include "routing/Resolver.h"
#include "routing/RoutingModelStore.h"
#include "store/StoreSupport.h"

#include <QJsonArray>
#include <QHash>
#include <QSet>

namespace Switchboard {

using namespace Internal;

namespace {

QJsonObject aclJson(const ClusterAcl &a)
{
    return {{QStringLiteral("cluster"), a.cluster},
            {QStringLiteral("resource_type"), a.acl.resourceType},
            {QStringLiteral("resource_name"), a.acl.resourceName},
            {QStringLiteral("pattern_type"), a.acl.patternType},
            {QStringLiteral("principal"), a.acl.principal},
            {QStringLiteral("host"), a.acl.host},
            {QStringLiteral("operation"), a.acl.operation},
            {QStringLiteral("permission"), a.acl.permission}};
}

// ACL comparisons by key: clusters hold thousands of ACLs, so no list scans.
QString aclKey(qint64 clusterId, const AclBinding &a)
{
    return QStringList{QString::number(clusterId), a.resourceType, a.resourceName, a.patternType, a.principal, a.host,
                       a.operation, a.permission}
        .join(QChar(0x1f));
}

Result<QList<RoutedCluster>> selectClusters(const RoutingModel &model, const QString &name)
{
    QList<RoutedCluster> out;
    for (const RoutedCluster &c : model.clusters) {
        if (name.isEmpty() || c.name == name)
            out.append(c);
    }
    if (!name.isEmpty() && out.isEmpty())
        return makeError(QObject::tr("There is no cluster \"%1\"").arg(name));
    return out;
}

} // namespace

QJsonObject DriftReport::toJson() const
{
    QJsonArray missingJson;
    for (const MissingAcl &m : missing) {
        QJsonObject o = aclJson(m.acl);
        o.insert(QStringLiteral("grant_id"), m.grantId);
        o.insert(QStringLiteral("application"), m.application);
        o.insert(QStringLiteral("channel"), m.channel);
        o.insert(QStringLiteral("intent"), intentName(m.intent));
        missingJson.append(o);
    }
    QJsonArray unexplainedJson;
    for (const UnexplainedAcl &u : unexplained) {
        QJsonObject o = aclJson(u.acl);
        o.insert(QStringLiteral("application"), u.application);
        unexplainedJson.append(o);
    }
    return {{QStringLiteral("source"), source == Source::Live ? QStringLiteral("live") : QStringLiteral("crawl")},
            {QStringLiteral("clusters"), QJsonArray::fromStringList(clusters)},
            {QStringLiteral("missing"), missingJson},
            {QStringLiteral("unexplained"), unexplainedJson},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
            {QStringLiteral("clean"), clean()}};
}

DriftReport DriftReport::compare(const RoutingModel &model, const QMap<qint64, QList<AclBinding>> &actual)
{
    DriftReport report;
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        const RoutedCluster *c = model.findCluster(it.key());
        report.clusters.append(c ? c->name : QStringLiteral("#%1").arg(it.key()));
    }
    QSet<QString> present;
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        for (const AclBinding &acl : it.value())
            present.insert(aclKey(it.key(), acl));
    }
    QSet<QString> explained;
    const Resolver resolver(model);
    for (const Grant &grant : model.grants) {
        const GrantAclPlan plan = GrantAcls::required(resolver, grant);
        const Application *app = model.findApplication(grant.applicationId);
        for (const QString &note : plan.notes) {
            if (!report.notes.contains(note))
                report.notes.append(note);
        }
        for (const ClusterAcl &a : plan.acls) {
            if (!actual.contains(a.clusterId))
                continue;
            explained.insert(aclKey(a.clusterId, a.acl));
            if (!present.contains(aclKey(a.clusterId, a.acl)))
                report.missing.append(MissingAcl{grant.id, app ? app->name : QString(), grant.channel, grant.intent, a});
        }
    }
    QHash<QString, QString> owners;   // "clusterId principal" -> application
    for (const Application &app : model.applications) {
        for (auto p = app.principals.cbegin(); p != app.principals.cend(); ++p)
            owners.insert(QString::number(p.key()) + QLatin1Char(' ') + p.value(), app.name);
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        const RoutedCluster *c = model.findCluster(it.key());
        for (const AclBinding &acl : it.value()) {
            const ClusterAcl ca{it.key(), c ? c->name : QString(), acl};
            if (explained.contains(aclKey(it.key(), acl)))
                continue;
            report.unexplained.append(UnexplainedAcl{ca, owners.value(QString::number(it.key()) + QLatin1Char(' ') + acl.principal)});
        }
    }
    return report;
}

Result<DriftReport> DriftReport::live(const Database &db, const QString &cluster, const ClusterConnector &connector)
{
    auto model = RoutingModelStore::load(db);
    if (!model)
        return makeError(model.error());
    auto clusters = selectClusters(*model, cluster);
    if (!clusters)
        return makeError(clusters.error());
    QMap<qint64, QList<AclBinding>> actual;
    QStringList notes;
    for (const RoutedCluster &c : *clusters) {
        auto full = ClusterStore(db).findById(c.id);
        if (!full || !full->has_value())
            continue;
        if ((*full)->isDemo()) {
            notes.append(QObject::tr("Cluster %1 is the demo cluster, which has no ACLs").arg(c.name));
            continue;
        }
        auto config = connector(**full);
        if (!config)
            return makeError(config.error());
        auto admin = AdminClient::create(*config);
        if (!admin)
            return makeError(QObject::tr("Cluster %1: %2").arg(c.name, admin.error()));
        auto acls = (*admin)->describeAcls();
        if (!acls) {
            // One unreachable cluster should not hide the others' drift.
            if (!cluster.isEmpty())
                return makeError(QObject::tr("Cluster %1: %2").arg(c.name, acls.error()));
            notes.append(QObject::tr("Cluster %1 not compared: %2").arg(c.name, acls.error()));
            continue;
        }
        actual.insert(c.id, *acls);
    }
    DriftReport report = compare(*model, actual);
    report.source = Source::Live;
    report.notes = notes + report.notes;
    return report;
}

Result<DriftReport> DriftReport::crawled(const Database &db, const QString &cluster)
{
    auto model = RoutingModelStore::load(db);
    if (!model)
        return makeError(model.error());
    auto clusters = selectClusters(*model, cluster);
    if (!clusters)
        return makeError(clusters.error());
    auto hasTable = db.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'acls'"));
    if (!hasTable)
        return makeError(hasTable.error());
    auto exists = hasTable->next();
    if (!exists || !*exists)
        return makeError(QObject::tr("This catalog holds no crawled ACLs; compare with the live cluster instead"));
    QMap<qint64, QList<AclBinding>> actual;
    QStringList notes;
    for (const RoutedCluster &c : *clusters) {
        auto crawledAt = db.prepare(QStringLiteral("SELECT crawled_at FROM cluster_state WHERE cluster_id = ?"));
        if (crawledAt) {
            crawledAt->bind(1, c.id);
            auto row = crawledAt->next();
            if (!row || !*row) {
                notes.append(QObject::tr("Cluster %1 was never crawled; not compared").arg(c.name));
                continue;
            }
        }
        auto stmt = db.prepare(QStringLiteral("SELECT resource_type, resource_name, pattern_type, principal, host, operation, "
                                              "permission FROM acls WHERE cluster_id = ?"));
        if (!stmt)
            return makeError(stmt.error());
        stmt->bind(1, c.id);
        QList<AclBinding> acls;
        if (auto st = forEachRow(*stmt, [&](const Statement &s) {
                acls.append(AclBinding{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)});
            });
            !st)
            return makeError(st.error());
        actual.insert(c.id, acls);
    }
    DriftReport report = compare(*model, actual);
    report.source = Source::Crawl;
    report.notes = notes + report.notes;
    return report;
}

} // namespace Switchboard
