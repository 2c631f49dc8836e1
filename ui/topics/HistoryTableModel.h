#pragma once

// A topic's timeline: when it appeared, changed (partitions, replication, configs) or vanished.

#include "topics/TopicStore.h"

#include <QAbstractTableModel>

namespace Switchboard {

class HistoryTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Change, OldValue, NewValue, ColumnCount };

    explicit HistoryTableModel(QObject *parent = nullptr);
    void setHistory(const QList<TopicHistoryEntry> &history);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString describe(const TopicHistoryEntry &entry);

private:
    QList<TopicHistoryEntry> m_rows;
};

} // namespace Switchboard
