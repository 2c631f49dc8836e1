#include "clusters/ClusterTreeModel.h"

#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QSet>

namespace Switchboard {

ClusterTreeModel::ClusterTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ClusterTreeModel::setClusters(const QList<Cluster> &clusters, const QList<ClusterHealth> &health)
{
    beginResetModel();
    m_environments.clear();
    m_health.clear();
    m_crawling.clear();
    for (const ClusterHealth &h : health)
        m_health.insert(h.clusterId, h);
    // Production first: it is what people look at when something is wrong.
    QStringList order;
    for (const Cluster &c : clusters) {
        if (!order.contains(c.environment))
            order << c.environment;
    }
    std::sort(order.begin(), order.end(), [](const QString &a, const QString &b) {
        const bool aProd = a.startsWith(QLatin1String("prod")), bProd = b.startsWith(QLatin1String("prod"));
        if (aProd != bProd)
            return aProd;
        return a.localeAwareCompare(b) < 0;
    });
    for (const QString &env : order) {
        Environment e{env, {}};
        for (const Cluster &c : clusters) {
            if (c.environment == env)
                e.clusters << c;
        }
        std::sort(e.clusters.begin(), e.clusters.end(),
                  [](const Cluster &a, const Cluster &b) { return a.name.localeAwareCompare(b.name) < 0; });
        m_environments << e;
    }
    endResetModel();
}

void ClusterTreeModel::setCrawling(qint64 clusterId, bool crawling)
{
    if (crawling)
        m_crawling.insert(clusterId);
    else
        m_crawling.remove(clusterId);
    const QModelIndex idx = indexOfCluster(clusterId);
    if (idx.isValid())
        emit dataChanged(idx, idx);
}

QList<Cluster> ClusterTreeModel::clusters() const
{
    QList<Cluster> out;
    for (const Environment &e : m_environments)
        out += e.clusters;
    return out;
}

std::optional<Cluster> ClusterTreeModel::cluster(qint64 id) const
{
    for (const Environment &e : m_environments) {
        for (const Cluster &c : e.clusters) {
            if (c.id == id)
                return c;
        }
    }
    return std::nullopt;
}

std::optional<ClusterHealth> ClusterTreeModel::health(qint64 id) const
{
    auto it = m_health.constFind(id);
    if (it == m_health.cend())
        return std::nullopt;
    return *it;
}

QStringList ClusterTreeModel::environments() const
{
    QStringList out;
    for (const Environment &e : m_environments)
        out << e.name;
    return out;
}

QModelIndex ClusterTreeModel::indexOfCluster(qint64 id) const
{
    for (int e = 0; e < m_environments.size(); ++e) {
        const QList<Cluster> &list = m_environments.at(e).clusters;
        for (int c = 0; c < list.size(); ++c) {
            if (list.at(c).id == id)
                return createIndex(c, 0, quintptr(e + 1));
        }
    }
    return {};
}

QModelIndex ClusterTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_environments.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_environments.size())
        return {};
    if (row >= m_environments.at(parent.row()).clusters.size())
        return {};
    // A cluster row remembers its environment's row (+1, since 0 marks top-level rows).
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex ClusterTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ClusterTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_environments.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_environments.size())
        return 0;
    return int(m_environments.at(parent.row()).clusters.size());
}

int ClusterTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString ClusterTreeModel::healthText(const Cluster &c) const
{
    if (m_crawling.contains(c.id))
        return tr("crawling…");
    auto it = m_health.constFind(c.id);
    if (it == m_health.cend() || !it->lastCrawl)
        return tr("never crawled");
    const CrawlRecord &last = *it->lastCrawl;
    const QDateTime at = (last.finishedAt.isValid() ? last.finishedAt : last.startedAt).toLocalTime();
    // Today's crawls by time alone: the sidebar is narrow.
    const QString when = at.date() == QDate::currentDate() ? QLocale().toString(at.time(), QLocale::ShortFormat)
                                                           : QLocale().toString(at.date(), QLocale::ShortFormat);
    if (last.outcome == QLatin1String("ok"))
        return tr("%n topic(s) · %1", nullptr, it->topics).arg(when);
    if (last.outcome == QLatin1String("partial"))
        return tr("partial · %1").arg(when);
    if (last.outcome == QLatin1String("cancelled"))
        return tr("cancelled · %1").arg(when);
    if (last.outcome == QLatin1String("running"))
        return tr("crawling…");
    return tr("failed · %1").arg(when);
}

QVariant ClusterTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        if (index.row() >= m_environments.size())
            return {};
        const Environment &e = m_environments.at(index.row());
        switch (role) {
        case Qt::DisplayRole: return e.name;
        case Qt::ToolTipRole: return tr("Environment %1: %n cluster(s)", nullptr, int(e.clusters.size())).arg(e.name);
        case EnvironmentRole: return e.name;
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        }
        return {};
    }
    const int envRow = int(index.internalId() - 1);
    if (envRow >= m_environments.size() || index.row() >= m_environments.at(envRow).clusters.size())
        return {};
    const Cluster &c = m_environments.at(envRow).clusters.at(index.row());
    const auto health = m_health.constFind(c.id);
    const bool hasCrawl = health != m_health.cend() && health->lastCrawl.has_value();
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1\n%2").arg(c.name, healthText(c));
    case Qt::DecorationRole: {
        QString icon = QStringLiteral("health-unknown");
        if (m_crawling.contains(c.id))
            icon = QStringLiteral("health-running");
        else if (hasCrawl) {
            const QString outcome = health->lastCrawl->outcome;
            if (outcome == QLatin1String("ok"))
                icon = health->underReplicatedPartitions > 0 || health->offlinePartitions > 0
                    ? QStringLiteral("health-warning") : QStringLiteral("health-ok");
            else if (outcome == QLatin1String("partial") || outcome == QLatin1String("cancelled"))
                icon = QStringLiteral("health-warning");
            else if (outcome == QLatin1String("running"))
                icon = QStringLiteral("health-running");
            else
                icon = QStringLiteral("health-error");
        }
        return QIcon(QStringLiteral(":/icons/%1.svg").arg(icon));
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << tr("%1 (%2)").arg(c.name, c.bootstrapServers);
        if (c.isDemo())
            lines << tr("In-process demo cluster: configs, consumer group listing and ACLs are not crawled.");
        if (hasCrawl) {
            const CrawlRecord &last = *health->lastCrawl;
            lines << tr("Last crawl: %1, %2").arg(last.outcome, QLocale().toString(last.startedAt.toLocalTime(), QLocale::ShortFormat));
            if (!last.error.isEmpty())
                lines << tr("Error: %1").arg(last.error);
            if (!last.skipped.isEmpty())
                lines << tr("Skipped: %1").arg(last.skipped.join(QStringLiteral(", ")));
            if (!last.missing.isEmpty())
                lines << tr("Not allowed to read: %1").arg(last.missing.join(QStringLiteral(", ")));
            lines << tr("%n broker(s)", nullptr, int(health->brokers.size()));
            if (health->underReplicatedPartitions > 0)
                lines << tr("%n under-replicated partition(s)", nullptr, health->underReplicatedPartitions);
        } else {
            lines << tr("Never crawled");
        }
        return lines.join(QLatin1Char('\n'));
    }
    case ClusterIdRole: return c.id;
    case ClusterNameRole: return c.name;
    case EnvironmentRole: return c.environment;
    case IsDemoRole: return c.isDemo();
    }
    return {};
}

QVariant ClusterTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Clusters");
    return {};
}

} // namespace Switchboard
