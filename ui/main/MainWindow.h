#pragma once

// The main window. A navigation bar on the left switches between the views (Catalog first;
// channels, requests, profiles, routing come from the other features through
// addNavigationView()). The catalog view: clusters by environment with their health, the
// topics table with search and filters, and the selected topic's detail below it. An inline
// message bar reports failures; a progress strip shows running crawls with Cancel.

#include "clusters/Cluster.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace Switchboard {

class ChannelsView;
class ClusterTreeModel;
class CrawlController;
class Database;
class DemoCluster;
class MessageBar;
class QueryRunner;
class RequestsView;
class TopicDetailView;
class TopicTableModel;
class Vault;
struct CrawlReport;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &catalog() const { return *m_catalog; }

    // Adds a view to the navigation bar (key: a stable id such as "requests"). Returns its
    // index; Ctrl+<n> switches to the n-th view.
    int addNavigationView(const QString &key, const QIcon &icon, const QString &title, QWidget *view);
    // A number beside the view's title (e.g. pending requests); 0 hides it.
    void setNavigationBadge(const QString &key, int count);
    void showNavigationView(const QString &key);

    // Starts the in-process demo cluster (off the GUI thread), registers it in the catalog and
    // crawls it when crawl is true.
    void openDemoCluster(bool crawl = true);
    void crawlAll();
    void crawlCluster(qint64 clusterId);
    void cancelCrawl();
    void addCluster();
    void editCluster(qint64 clusterId);
    void removeCluster(qint64 clusterId);
    void showSettings();
    void showAbout();
    // The catalog's vault: unlock (creates it on first use) and lock; export client configuration.
    void unlockVault();
    void lockVault();
    void exportClientConfig();

    // For tests and the benchmark.
    TopicTableModel *topicModel() const { return m_topicModel; }
    ClusterTreeModel *clusterModel() const { return m_clusterModel; }
    TopicDetailView *detailView() const { return m_detail; }
    MessageBar *messageBar() const { return m_messageBar; }
    CrawlController *crawler() const { return m_crawler; }
    QTableView *topicView() const { return m_topicView; }
    QLineEdit *searchEdit() const { return m_search; }
    QueryRunner *queryRunner() const { return m_runner; }
    ChannelsView *channelsView() const { return m_channels; }
    RequestsView *requestsView() const { return m_requests; }
    bool isDemoRunning() const { return m_demo != nullptr; }
    Vault &vault() const { return *m_vault; }
    QString demoBootstrap() const;

signals:
    void clustersReloaded();
    void demoReady(qint64 clusterId);
    void crawlFinished(qint64 clusterId, bool succeeded);
    // After a demo crawl: its consumer groups are recorded (and, once, its suggested curation).
    void demoGroupsRecorded();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildCatalogView();
    void reloadClusters();
    void reloadTags();
    void applyFilter();
    void updateCount();
    void updateActions();
    void onClusterSelected();
    void onTopicSelected();
    void onCrawlFinished(const CrawlReport &report);
    void restoreLayout();
    void saveLayout();
    void applyAutoCrawl();
    void resumeDemoIfRegistered();
    void afterDemoCrawl(qint64 clusterId);
    qint64 selectedClusterId() const;

    std::unique_ptr<Database> m_catalog;
    std::unique_ptr<Vault> m_vault;   // after m_catalog: it refers to the catalog
    QAction *m_unlockAction = nullptr;
    QAction *m_lockAction = nullptr;
    QueryRunner *m_runner = nullptr;
    CrawlController *m_crawler = nullptr;
    std::shared_ptr<DemoCluster> m_demo;
    bool m_demoStarting = false;
    bool m_crawlDemoWhenReady = false;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStringList m_pageKeys;
    QStringList m_pageTitles;

    MessageBar *m_messageBar = nullptr;
    QSplitter *m_catalogSplitter = nullptr;
    QSplitter *m_topicSplitter = nullptr;
    QTreeView *m_clusterView = nullptr;
    ClusterTreeModel *m_clusterModel = nullptr;
    QStackedWidget *m_topicArea = nullptr;
    QWidget *m_welcome = nullptr;
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

    QWidget *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_autoCrawl = nullptr;
    bool m_updatingFilters = false;

    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_crawlAction = nullptr;
    QAction *m_crawlAllAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_requestAccessAction = nullptr;
    ChannelsView *m_channels = nullptr;
    RequestsView *m_requests = nullptr;
};

} // namespace Switchboard
