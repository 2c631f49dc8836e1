#include "topics/ConfigTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Switchboard {

ConfigTableModel::ConfigTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QStringList ConfigTableModel::importantConfigs()
{
    return {QStringLiteral("cleanup.policy"), QStringLiteral("retention.ms"), QStringLiteral("retention.bytes"),
            QStringLiteral("min.insync.replicas"), QStringLiteral("max.message.bytes"),
            QStringLiteral("compression.type"), QStringLiteral("segment.bytes"),
            QStringLiteral("message.timestamp.type")};
}

void ConfigTableModel::setConfigs(const QList<TopicConfigValue> &configs)
{
    beginResetModel();
    m_rows.clear();
    if (m_only.isEmpty()) {
        m_rows = configs;
        std::sort(m_rows.begin(), m_rows.end(),
                  [](const TopicConfigValue &a, const TopicConfigValue &b) { return a.name < b.name; });
    } else {
        for (const QString &name : m_only) {
            for (const TopicConfigValue &c : configs) {
                if (c.name == name)
                    m_rows << c;
            }
        }
    }
    endResetModel();
}

int ConfigTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConfigTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConfigTableModel::sourceText(const QString &source) const
{
    if (source == QLatin1String("topic"))
        return tr("overridden");
    if (source == QLatin1String("broker"))
        return tr("broker");
    if (source == QLatin1String("static-broker"))
        return tr("broker file");
    if (source == QLatin1String("default"))
        return tr("default");
    return source;
}

QVariant ConfigTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TopicConfigValue &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return c.name;
        case Value: return c.sensitive ? tr("(hidden)") : c.value;
        case Source: return sourceText(c.source);
        }
        return {};
    case Qt::FontRole:
        if (c.overridden()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (c.overridden())
            return QBrush(QColor(0x3d, 0xae, 0xe9, 50));
        return {};
    case Qt::ToolTipRole:
        if (c.overridden())
            return tr("Set on this topic, overriding the cluster's default");
        return {};
    }
    return {};
}

QVariant ConfigTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Setting");
    case Value: return tr("Value");
    case Source: return tr("Source");
    }
    return {};
}

} // namespace Switchboard
