#include "topics/PartitionTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Switchboard {

namespace {
QString ids(const QList<int> &list)
{
    QStringList out;
    for (int id : list)
        out << QString::number(id);
    return out.join(QStringLiteral(", "));
}
} // namespace

PartitionTableModel::PartitionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PartitionTableModel::setPartitions(const QList<PartitionDetail> &partitions)
{
    beginResetModel();
    m_rows = partitions;
    endResetModel();
}

int PartitionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartitionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartitionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PartitionDetail &p = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Partition: return p.partition;
        case Leader: return p.offline() ? tr("none") : QString::number(p.leader);
        case Replicas: return ids(p.replicas);
        case Isr: return ids(p.isr);
        case LowWatermark: return p.lowWatermark ? locale.toString(*p.lowWatermark) : QStringLiteral("—");
        case HighWatermark: return p.highWatermark ? locale.toString(*p.highWatermark) : QStringLiteral("—");
        case Messages:
            return p.lowWatermark && p.highWatermark ? locale.toString(*p.highWatermark - *p.lowWatermark)
                                                     : QStringLiteral("—");
        }
        return {};
    case Qt::TextAlignmentRole:
        return int((index.column() == Replicas || index.column() == Isr ? Qt::AlignLeft : Qt::AlignRight)
                   | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (p.offline())
            return QBrush(QColor(0xda, 0x44, 0x53, 90));
        if (p.underReplicated())
            return QBrush(QColor(0xf6, 0x74, 0x00, 70));
        return {};
    case Qt::ToolTipRole:
        if (p.offline())
            return tr("Offline: no leader");
        if (p.underReplicated())
            return tr("Under-replicated: %1 of %2 replicas in sync").arg(p.isr.size()).arg(p.replicas.size());
        if (!p.error.isEmpty())
            return p.error;
        return {};
    }
    return {};
}

QVariant PartitionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Partition: return tr("Partition");
    case Leader: return tr("Leader");
    case Replicas: return tr("Replicas");
    case Isr: return tr("In sync");
    case LowWatermark: return tr("Low watermark");
    case HighWatermark: return tr("High watermark");
    case Messages: return tr("Messages");
    }
    return {};
}

} // namespace Switchboard
