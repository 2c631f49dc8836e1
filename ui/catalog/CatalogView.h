#pragma once

// The Catalog page: clusters by environment with their health in a sidebar, the topics table
// with search and filters, and the selected topic's detail below it; on an empty catalog, a
// welcome page that offers the demo cluster. It does the page's work: crawls (with a
// CrawlController, shown by a CrawlStrip the window places), adding, editing and removing
// clusters, and the demo cluster (DemoController). The window's actions call into it.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace Switchboard {

class ClusterTreeModel;
class ColumnChooser;
class CrawlController;
class Database;
class DemoController;
class MessageBar;
class QueryRunner;
class TopicDetailView;
class TopicTableModel;
struct Cluster;
struct CrawlOutcome;

class CatalogView : public QWidget {
    Q_OBJECT
public:
    // messageBar: where failures show (the window's, above every page).
    CatalogView(Database &catalog, QueryRunner *runner, MessageBar *messageBar, QWidget *parent = nullptr);
    ~CatalogView() override;   // cancels a running crawl and waits for it

    // Reads the clusters, tags and topics, and starts the demo's mock when the catalog has the
    // demo cluster. The window calls it once, after restoreState().
    void load();

    // Opens the demo cluster (starting its mock first) and crawls it when crawl is true.
    void openDemoCluster(bool crawl = true);
    void crawlAll();
    void crawlCluster(qint64 clusterId);
    void cancelCrawl();
    void addCluster();
    void editCluster(qint64 clusterId);
    void removeCluster(qint64 clusterId);
    // Ctrl+F: the search box, its text selected.
    void focusSearch();
    void setShowDeleted(bool show);

    qint64 selectedClusterId() const;
    bool hasClusters() const;
    bool isCrawling() const;

    // The splitters, the table's columns, the detail's tab and "show deleted", in the
    // settings' current group.
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

    CrawlController *crawler() const { return m_crawler; }
    DemoController *demo() const { return m_demo; }
    MessageBar *messageBar() const { return m_messageBar; }
    ClusterTreeModel *clusterModel() const { return m_clusterModel; }
    QTreeView *clusterView() const { return m_clusterView; }
    TopicTableModel *topicModel() const { return m_topicModel; }
    QTableView *topicView() const { return m_topicView; }
    QLineEdit *searchEdit() const { return m_search; }
    TopicDetailView *detailView() const { return m_detail; }
    // The topic table's columns (its header's context menu; the window's View menu too).
    ColumnChooser *topicColumns() const { return m_topicColumns; }

signals:
    // What the window's actions depend on changed: the selected cluster, a crawl started or
    // ended, the clusters were read again.
    void actionsChanged();
    void crawlFinished(qint64 clusterId, bool succeeded);
    void showDeletedChanged(bool show);
    // A passing note for the status bar.
    void statusMessage(const QString &text, int timeoutMs);

private:
    QWidget *createWelcomePage();
    QWidget *createBrowser();
    void reloadClusters();
    void reloadTags();
    void reloadTopics();
    void applyFilter();
    void updateCount();
    void onClusterSelected();
    void onTopicSelected();
    void onCrawlFinished(const CrawlOutcome &report);
    void crawl(const QList<Cluster> &clusters);

    Database &m_catalog;
    QueryRunner *m_runner;
    MessageBar *m_messageBar;
    CrawlController *m_crawler = nullptr;
    DemoController *m_demo = nullptr;

    QSplitter *m_catalogSplitter = nullptr;
    QSplitter *m_topicSplitter = nullptr;
    QTreeView *m_clusterView = nullptr;
    ClusterTreeModel *m_clusterModel = nullptr;
    QStackedWidget *m_topicArea = nullptr;
    QWidget *m_welcome = nullptr;
    ColumnChooser *m_topicColumns = nullptr;
    QWidget *m_browser = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_clusterFilter = nullptr;
    QComboBox *m_environmentFilter = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QCheckBox *m_showDeleted = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_topicView = nullptr;
    TopicTableModel *m_topicModel = nullptr;
    TopicDetailView *m_detail = nullptr;
    bool m_updatingFilters = false;
};

} // namespace Switchboard
