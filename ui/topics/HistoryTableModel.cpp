#include "topics/HistoryTableModel.h"

#include <QLocale>

namespace Switchboard {

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryTableModel::setHistory(const QList<TopicHistoryEntry> &history)
{
    beginResetModel();
    m_rows = history;
    endResetModel();
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryTableModel::describe(const TopicHistoryEntry &e)
{
    if (e.kind == QLatin1String("created"))
        return tr("Appeared");
    if (e.kind == QLatin1String("deleted"))
        return tr("Deleted");
    if (e.kind == QLatin1String("restored"))
        return tr("Re-created");
    if (e.kind == QLatin1String("partitions"))
        return tr("Partition count changed");
    if (e.kind == QLatin1String("replication"))
        return tr("Replication factor changed");
    if (e.kind == QLatin1String("config"))
        return tr("Setting %1 changed").arg(e.field);
    return e.field.isEmpty() ? e.kind : QStringLiteral("%1: %2").arg(e.kind, e.field);
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TopicHistoryEntry &e = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When: return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Change: return describe(e);
        case OldValue: return e.oldValue;
        case NewValue: return e.newValue;
        }
    }
    return {};
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case Change: return tr("Change");
    case OldValue: return tr("Before");
    case NewValue: return tr("After");
    }
    return {};
}

} // namespace Switchboard
