#include "topics/ConsumerGroupTableModel.h"

#include <QLocale>

namespace Switchboard {

ConsumerGroupTableModel::ConsumerGroupTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConsumerGroupTableModel::setGroups(const QList<TopicConsumerGroup> &groups)
{
    beginResetModel();
    m_rows = groups;
    endResetModel();
}

int ConsumerGroupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConsumerGroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsumerGroupTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TopicConsumerGroup &g = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Group: return g.group;
        case State: return g.state;
        case Members: return g.members;
        case Lag: return g.lag ? QLocale().toString(*g.lag) : QStringLiteral("—");
        }
    } else if (role == Qt::TextAlignmentRole) {
        return int((index.column() >= Members ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole && index.column() == Lag) {
        QStringList lines;
        for (const PartitionLag &p : g.partitions) {
            lines << tr("Partition %1: committed %2, lag %3")
                         .arg(p.partition)
                         .arg(p.committedOffset)
                         .arg(p.lag ? QString::number(*p.lag) : QStringLiteral("?"));
        }
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant ConsumerGroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group: return tr("Consumer group");
    case State: return tr("State");
    case Members: return tr("Members");
    case Lag: return tr("Lag");
    }
    return {};
}

} // namespace Switchboard
