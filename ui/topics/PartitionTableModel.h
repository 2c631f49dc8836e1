#pragma once

// A topic's partitions: leader, replicas, in-sync replicas and watermarks. Under-replicated
// and offline partitions stand out.

#include "topics/TopicStore.h"

#include <QAbstractTableModel>

namespace Switchboard {

class PartitionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Partition, Leader, Replicas, Isr, LowWatermark, HighWatermark, Messages, ColumnCount };

    explicit PartitionTableModel(QObject *parent = nullptr);
    void setPartitions(const QList<PartitionDetail> &partitions);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PartitionDetail> m_rows;
};

} // namespace Switchboard
