#pragma once

// The consumer groups reading a topic, with their state, members and lag on that topic.

#include "topics/TopicStore.h"

#include <QAbstractTableModel>

namespace Switchboard {

class ConsumerGroupTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Group, State, Members, Lag, ColumnCount };

    explicit ConsumerGroupTableModel(QObject *parent = nullptr);
    void setGroups(const QList<TopicConsumerGroup> &groups);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TopicConsumerGroup> m_rows;
};

} // namespace Switchboard
