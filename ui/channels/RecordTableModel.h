#pragma once

// A read-only table of text rows with a key per row, for the Channels view's lists
// (bindings, rules, grants, drift): the view loads plain rows from the catalog stores and the
// key (a grant id, a rule id, a channel URI) travels with the row under KeyRole.

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

class QTableView;

namespace Switchboard {

class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { KeyRole = Qt::UserRole + 1 };

    struct Row {
        QStringList cells;
        QVariant key;
        QString toolTip;
    };

    explicit RecordTableModel(QStringList headers, QObject *parent = nullptr);

    // A read-only, row-selecting table over model, as the views that list records show them.
    static QTableView *createView(QAbstractItemModel *model, const QString &objectName, QWidget *parent);

    void setRows(QList<Row> rows);
    const Row &row(int index) const { return m_rows.at(index); }
    // The first row whose key equals key, or -1.
    int rowOfKey(const QVariant &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace Switchboard
