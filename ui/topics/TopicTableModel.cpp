#include "topics/TopicTableModel.h"

#include "browse/TopicRetention.h"
#include "main/QueryRunner.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Switchboard {

namespace {

std::optional<TopicSort> sortFor(int column)
{
    switch (column) {
    case TopicTableModel::Name: return TopicSort::Name;
    case TopicTableModel::Cluster: return TopicSort::Cluster;
    case TopicTableModel::Environment: return TopicSort::Environment;
    case TopicTableModel::Partitions: return TopicSort::Partitions;
    case TopicTableModel::UnderReplicated: return TopicSort::UnderReplicated;
    case TopicTableModel::Messages: return TopicSort::Messages;
    case TopicTableModel::Rate: return TopicSort::Rate;
    case TopicTableModel::Owner: return TopicSort::Owner;
    default: return std::nullopt;
    }
}

} // namespace

TopicTableModel::TopicTableModel(QueryRunner *runner, QObject *parent)
    : QAbstractTableModel(parent), m_runner(runner)
{
}

void TopicTableModel::setFilter(const TopicFilter &filter)
{
    m_filter = filter;
    reload();
}

void TopicTableModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    // A search comes back ranked; a header click afterwards re-orders what is loaded.
    m_sortColumn = isRankedSearch() ? -1 : int(m_sortColumn);
    reload();
}

void TopicTableModel::reload()
{
    request(true);
}

void TopicTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void TopicTableModel::request(bool reset)
{
    if (reset) {
        ++m_generation;
        m_latest->store(m_generation);
        m_fetching = false;
    }
    if (m_fetching)
        return;
    m_fetching = true;
    setLoading(true);
    const quint64 generation = m_generation;
    const int offset = reset ? 0 : int(m_rows.size());
    // A small first page: what a keystroke waits for is this query, the summaries of its rows
    // and the table's reset; the view fetches the next (bigger) pages as it needs them.
    const int limit = reset ? std::min(m_firstPageSize, m_pageSize) : m_pageSize;
    const TopicFilter filter = m_filter;
    const QString search = m_search;
    const TopicSort sort = m_sort;
    const Qt::SortOrder order = m_order;

    auto future = m_runner->run([=, latest = m_latest](const Database &db) -> Result<Page> {
        Page page;
        if (latest->load() != generation) {
            page.stale = true;   // typed over: the answer would be dropped anyway
            return page;
        }
        TopicStore store(db);
        // One character is too little for a ranked full-text search (on 100,000 topics it
        // matches a fifth of them); it filters names instead, in name order, which the
        // database answers by walking its name index until the page is full.
        if (search.size() < 2) {
            TopicQuery query;
            query.filter = filter;
            query.filter.nameContains = search;
            query.sort = sort;
            query.order = order;
            query.offset = offset;
            query.limit = limit;
            query.withTotal = false;   // counted after the rows are shown (countTotal())
            auto result = store.list(query);
            if (!result)
                return makeError(result.error());
            page.rows = std::move(result->topics);
        } else {
            auto hits = store.search(search, filter, limit, offset);
            if (!hits)
                return makeError(hits.error());
            for (SearchHit &hit : *hits)
                page.rows << std::move(hit.topic);
        }
        page.more = page.rows.size() == limit;
        page.total = page.more ? -1 : offset + page.rows.size();
        QList<qint64> ids;
        for (const TopicSummary &t : page.rows)
            ids << t.id;
        auto retention = TopicRetention(db).forTopics(ids);
        if (retention)
            page.retention = std::move(*retention);
        return page;
    });
    onResultReady(future, this, [this, generation, reset](const Result<Page> &result) {
        if (generation != m_generation)
            return;   // a newer filter or search has been asked for since
        m_fetching = false;
        setLoading(false);
        if (!result) {
            emit errorOccurred(result.error());
            return;
        }
        const Page &page = *result;
        if (reset) {
            beginResetModel();
            m_rows = page.rows;
            m_retention = page.retention;
            m_total = page.total;
            m_more = page.more;
            if (isRankedSearch())
                sortLoadedRows();
            endResetModel();
            emit loaded();
            if (m_total < 0)
                countTotal();
        } else if (!page.rows.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
            m_rows += page.rows;
            m_retention.insert(page.retention);
            m_more = page.more;
            if (!m_more)
                m_total = m_rows.size();
            endInsertRows();
            if (isRankedSearch() && m_sortColumn >= 0) {
                emit layoutAboutToBeChanged();
                sortLoadedRows();
                emit layoutChanged();
            }
        } else {
            m_more = false;
            m_total = m_rows.size();
        }
        emit countChanged();
    });
}

void TopicTableModel::countTotal()
{
    // After the first page is shown: the count of a name filter reads every topic, and even a
    // full-text count is not worth delaying the rows for.
    const quint64 generation = m_generation;
    const TopicFilter filter = m_filter;
    const QString search = m_search;
    auto future = m_runner->run([=, latest = m_latest](const Database &db) -> Result<qint64> {
        if (latest->load() != generation)
            return qint64(-1);
        TopicStore store(db);
        if (search.size() >= 2)
            return store.searchCount(search, filter);
        TopicFilter named = filter;
        named.nameContains = search;
        return store.count(named);
    });
    onResultReady(future, this, [this, generation](const Result<qint64> &total) {
        if (generation != m_generation || !total || *total < 0 || m_total >= 0)
            return;
        m_total = *total;
        emit countChanged();
    });
}

int TopicTableModel::rowOfTopic(qint64 topicId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == topicId)
            return i;
    }
    return -1;
}

int TopicTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TopicTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TopicTableModel::formatRetention(qint64 ms)
{
    if (ms < 0)
        return tr("forever");
    const qint64 hours = ms / 3600000;
    if (hours >= 24 && hours % 24 == 0)
        return tr("%n day(s)", nullptr, int(hours / 24));
    if (hours >= 1)
        return tr("%n hour(s)", nullptr, int(hours));
    return tr("%n min", nullptr, int(ms / 60000));
}

QVariant TopicTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const TopicSummary &t = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return t.deleted ? tr("%1 (deleted)").arg(t.name) : t.name;
        case Cluster: return t.cluster;
        case Environment: return t.environment;
        case Partitions: return t.partitions;
        case Replication: return t.replicationFactor;
        case UnderReplicated: return t.underReplicated;
        case Messages: return t.messages ? locale.toString(*t.messages) : QStringLiteral("—");
        case Rate: return t.rate ? tr("%1/s").arg(locale.toString(*t.rate, 'f', 1)) : QStringLiteral("—");
        case Retention:
            return m_retention.contains(t.id) ? formatRetention(m_retention.value(t.id)) : QStringLiteral("—");
        case Tags: return t.tags.join(QStringLiteral(", "));
        case Owner: return t.owner;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Partitions: case Replication: case UnderReplicated: case Messages: case Rate: case Retention:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (t.deleted)
            return QBrush(QColor(0x95, 0x95, 0x95));
        if (index.column() == UnderReplicated && (t.underReplicated > 0 || t.offline > 0))
            return QBrush(QColor(0xda, 0x44, 0x53));
        return {};
    case Qt::FontRole:
        if (t.deleted) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        if (index.column() == UnderReplicated && t.underReplicated > 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (t.deleted)
            return tr("Deleted from %1 on %2").arg(t.cluster, QLocale().toString(t.deletedAt.toLocalTime(), QLocale::ShortFormat));
        if (index.column() == Name && !t.description.isEmpty())
            return t.description.left(300);
        return {};
    case TopicIdRole: return t.id;
    case DeletedRole: return t.deleted;
    }
    return {};
}

QVariant TopicTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name: return tr("Topic");
        case Cluster: return tr("Cluster");
        case Environment: return tr("Environment");
        case Partitions: return tr("Partitions");
        case Replication: return tr("Replication");
        case UnderReplicated: return tr("Under-replicated");
        case Messages: return tr("Messages");
        case Rate: return tr("Rate");
        case Retention: return tr("Retention");
        case Tags: return tr("Tags");
        case Owner: return tr("Owner");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case UnderReplicated: return tr("Partitions whose in-sync replicas are fewer than their replicas");
        case Messages: return tr("Messages retained: the sum of high minus low watermarks");
        case Rate: return tr("Messages per second between the last two crawls");
        }
    }
    return {};
}

bool TopicTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void TopicTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_fetching)
        return;
    request(false);
}

void TopicTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_order)
        return;
    m_sortColumn = column;
    m_order = order;
    if (isRankedSearch()) {
        // Search results arrive ranked; a click on a header re-orders what is loaded.
        emit layoutAboutToBeChanged();
        sortLoadedRows();
        emit layoutChanged();
        return;
    }
    if (auto s = sortFor(column)) {
        m_sort = *s;
        reload();
    }
}

void TopicTableModel::sortLoadedRows()
{
    if (m_sortColumn < 0)
        return;
    const int column = m_sortColumn;
    const bool ascending = m_order == Qt::AscendingOrder;
    auto key = [&](const TopicSummary &t) -> QVariant {
        switch (column) {
        case Cluster: return t.cluster;
        case Environment: return t.environment;
        case Partitions: return t.partitions;
        case Replication: return t.replicationFactor;
        case UnderReplicated: return t.underReplicated;
        case Messages: return t.messages.value_or(-1);
        case Rate: return t.rate.value_or(-1.0);
        case Retention: return m_retention.value(t.id, -2);
        case Tags: return t.tags.join(QLatin1Char(','));
        case Owner: return t.owner;
        default: return t.name;
        }
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const TopicSummary &a, const TopicSummary &b) {
        const int c = QVariant::compare(key(a), key(b)) == QPartialOrdering::Less ? -1
                      : QVariant::compare(key(a), key(b)) == QPartialOrdering::Greater ? 1 : 0;
        return ascending ? c < 0 : c > 0;
    });
}

} // namespace Switchboard
