#pragma once

// The catalog's topics as a table. Rows page in as the view scrolls (canFetchMore/fetchMore);
// every query (a page, a search, a sort) runs on the QueryRunner's workers, so the GUI thread
// never waits on the catalog. Filtering and sorting happen in the database; a search of two
// or more characters is the catalog's ranked full-text search, a single character filters
// topic names. The first page is small (50 rows: what a keystroke waits for) and the total is
// counted by a second job after the rows are shown. A newer request makes older, still running
// ones moot: each result carries the generation it was asked for and stale ones are dropped.

#include "topics/TopicStore.h"

#include <QAbstractTableModel>
#include <QHash>

#include <atomic>
#include <memory>

namespace Switchboard {

class QueryRunner;

class TopicTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Cluster, Environment, Partitions, Replication, UnderReplicated, Messages, Rate,
                  Retention, Tags, Owner, ColumnCount };
    enum Role { TopicIdRole = Qt::UserRole + 1, DeletedRole, SortValueRole };

    explicit TopicTableModel(QueryRunner *runner, QObject *parent = nullptr);

    void setFilter(const TopicFilter &filter);
    TopicFilter filter() const { return m_filter; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Two or more characters: ranked full-text results (a header click sorts what is loaded).
    bool isRankedSearch() const { return m_search.size() >= 2; }
    // Rows of the first page of a new filter or search, and of every further page.
    void setPageSize(int firstPage, int rows)
    {
        m_firstPageSize = firstPage;
        m_pageSize = rows;
    }
    // Asks the catalog again with the same filter (after a crawl or a curation change).
    void reload();

    bool isLoading() const { return m_loading; }
    // Rows matching the filter; -1 while unknown (counted after the first page is shown).
    qint64 totalCount() const { return m_total; }
    TopicSummary topicAt(int row) const { return m_rows.value(row); }
    int rowOfTopic(qint64 topicId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString formatRetention(qint64 ms);

signals:
    // A reset (new filter, search or reload) has its first page.
    void loaded();
    void countChanged();
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);

private:
    struct Page {
        QList<TopicSummary> rows;
        QHash<qint64, qint64> retention;
        qint64 total = -1;
        bool more = false;
        bool stale = false;
    };
    void request(bool reset);
    void countTotal();
    void setLoading(bool loading);
    void sortLoadedRows();

    QueryRunner *m_runner = nullptr;
    TopicFilter m_filter;
    QString m_search;
    TopicSort m_sort = TopicSort::Name;
    int m_sortColumn = Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    int m_firstPageSize = 50;
    int m_pageSize = 200;

    QList<TopicSummary> m_rows;
    QHash<qint64, qint64> m_retention;
    qint64 m_total = 0;
    bool m_more = false;
    bool m_fetching = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    // The newest generation, read by workers so a superseded query is not even started.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace Switchboard
