#include "requests/RequestTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Switchboard {

RequestTableModel::RequestTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RequestTableModel::setRequests(QList<AccessRequest> requests)
{
    beginResetModel();
    m_requests = std::move(requests);
    endResetModel();
}

int RequestTableModel::rowOfUuid(const QString &uuid) const
{
    for (int i = 0; i < m_requests.size(); ++i) {
        if (m_requests.at(i).uuid == uuid)
            return i;
    }
    return -1;
}

int RequestTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_requests.size()); }

int RequestTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RequestTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessRequest &r = m_requests.at(index.row());
    if (role == StateRole)
        return requestStateName(r.state);
    if (role == UuidRole)
        return r.uuid;
    if (role == Qt::ForegroundRole && index.column() == State) {
        switch (r.state) {
        case RequestState::Approved:
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        case RequestState::Declined:
            return QBrush(QColor(0xc6, 0x28, 0x28));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Reason || index.column() == State)
            return r.reason.isEmpty() ? QVariant() : QVariant(r.reason);
        if (index.column() == ChannelColumn && r.proposesBinding())
            return tr("New channel, proposed for topic %1 on %2 (%3)").arg(r.proposedTopic, r.proposedCluster, r.proposedEnvironment);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case State:
        return requestStateDisplayName(r.state);
    case Application:
        return r.application;
    case IntentColumn:
        return r.intent == Intent::Produce ? tr("Produce") : tr("Consume");
    case ChannelColumn:
        return r.proposesBinding() ? tr("%1 (new: %2)").arg(r.channel, r.proposedTopic) : r.channel;
    case Group:
        return r.consumerGroup.isEmpty() ? QString() : r.groupIsPrefix ? r.consumerGroup + QLatin1Char('*') : r.consumerGroup;
    case Author:
        return r.author;
    case Filed:
        return QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat);
    case DecidedBy:
        return r.decidedBy;
    case Reason:
        return r.reason;
    default:
        return {};
    }
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("State");
    case Application:
        return tr("Application");
    case IntentColumn:
        return tr("Intent");
    case ChannelColumn:
        return tr("Channel");
    case Group:
        return tr("Consumer group");
    case Author:
        return tr("Requested by");
    case Filed:
        return tr("Filed");
    case DecidedBy:
        return tr("Decided by");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace Switchboard
