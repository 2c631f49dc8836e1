#pragma once

// A topic's configuration with where each value comes from; overridden values stand out.
// With an "important only" list it shows the handful of settings people ask about first.

#include "topics/TopicStore.h"

#include <QAbstractTableModel>

namespace Switchboard {

class ConfigTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Value, Source, ColumnCount };

    explicit ConfigTableModel(QObject *parent = nullptr);
    // Only these names, in this order (empty: all, alphabetically).
    void setOnly(const QStringList &names) { m_only = names; }
    void setConfigs(const QList<TopicConfigValue> &configs);

    static QStringList importantConfigs();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString sourceText(const QString &source) const;

    QStringList m_only;
    QList<TopicConfigValue> m_rows;
};

} // namespace Switchboard
