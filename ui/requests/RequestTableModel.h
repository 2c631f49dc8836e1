#pragma once

// Access requests as a table: state, application, intent, channel, group, author, when, and
// the decision with its reason. StateRole carries the state name (pending, approved, ...) for
// the view's filter proxy; UuidRole the request's stable id.

#include "requests/RequestStore.h"

#include <QAbstractTableModel>

namespace Switchboard {

class RequestTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { State, Application, IntentColumn, ChannelColumn, Group, Author, Filed, DecidedBy, Reason, ColumnCount };
    enum Roles { StateRole = Qt::UserRole + 1, UuidRole };

    explicit RequestTableModel(QObject *parent = nullptr);

    void setRequests(QList<AccessRequest> requests);
    const AccessRequest &request(int row) const { return m_requests.at(row); }
    int rowOfUuid(const QString &uuid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AccessRequest> m_requests;
};

} // namespace Switchboard
