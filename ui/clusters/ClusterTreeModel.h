#pragma once

// The clusters sidebar: environments at the top level, their clusters below, each with its
// health from the catalog (last crawl time, outcome, error) and an icon saying it at a glance.

#include "clusters/Cluster.h"
#include "topics/TopicStore.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Switchboard {

class ClusterTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { ClusterIdRole = Qt::UserRole + 1, EnvironmentRole, IsDemoRole, ClusterNameRole };

    explicit ClusterTreeModel(QObject *parent = nullptr);

    void setClusters(const QList<Cluster> &clusters, const QList<ClusterHealth> &health);
    // Marks clusters whose crawl is running (shown until the next setClusters()).
    void setCrawling(qint64 clusterId, bool crawling);

    QList<Cluster> clusters() const;
    std::optional<Cluster> cluster(qint64 id) const;
    std::optional<ClusterHealth> health(qint64 id) const;
    QModelIndex indexOfCluster(qint64 id) const;
    QStringList environments() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Environment {
        QString name;
        QList<Cluster> clusters;
    };
    QString healthText(const Cluster &c) const;

    QList<Environment> m_environments;
    QHash<qint64, ClusterHealth> m_health;
    QSet<qint64> m_crawling;
};

} // namespace Switchboard
