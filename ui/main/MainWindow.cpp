#include "main/MainWindow.h"

#include "channels/ChannelsView.h"
#include "clusters/ClusterDialog.h"
#include "clusters/ClusterStore.h"
#include "clusters/ClusterTreeModel.h"
#include "core/Version.h"
#include "demo/DemoCluster.h"
#include "main/AppSettings.h"
#include "main/ExportConfigDialog.h"
#include "main/Appearance.h"
#include "main/CrawlController.h"
#include "main/QueryRunner.h"
#include "main/Resources.h"
#include "main/SettingsDialog.h"
#include "profiles/ProfilesView.h"
#include "push/RoutersView.h"
#include "snippets/SnippetDialog.h"
#include "vault/UnlockDialog.h"
#include "vault/Vault.h"
#include "requests/RequestsView.h"
#include "store/Database.h"
#include "topics/TopicDetailView.h"
#include "topics/TopicStore.h"
#include "topics/TopicTableModel.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Switchboard {

namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

// Moves focus from the search box to the table with the Down key, and clears it with Escape.
class SearchKeys : public QObject {
public:
    SearchKeys(QLineEdit *edit, QTableView *table) : QObject(edit), m_edit(edit), m_table(table) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_edit && event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Down && m_table->model() && m_table->model()->rowCount() > 0) {
                m_table->setFocus();
                m_table->selectRow(0);
                return true;
            }
            if (key->key() == Qt::Key_Escape && !m_edit->text().isEmpty()) {
                m_edit->clear();
                return true;
            }
        }
        return false;
    }

private:
    QLineEdit *m_edit;
    QTableView *m_table;
};

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> catalog, QWidget *parent)
    : QMainWindow(parent), m_catalog(std::move(catalog)), m_vault(std::make_unique<Vault>(*m_catalog))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Switchboard"));
    setWindowIcon(icon("switchboard"));
    resize(1280, 800);

    m_runner = new QueryRunner(m_catalog->path(), this);
    m_crawler = new CrawlController(m_catalog->path(), this);

    auto *central = new QWidget(this);
    auto *outer = new QHBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFixedWidth(128);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    outer->addWidget(m_navigation);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(6, 6, 6, 0);
    m_messageBar = new MessageBar(central);
    right->addWidget(m_messageBar);
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    right->addWidget(m_pages, 1);
    outer->addLayout(right, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    buildCatalogView();
    buildActions();

    // ---- Views of the other features: one line each (plus their signals). -------------------
    m_channels = new ChannelsView(*m_catalog, m_runner, this);
    addNavigationView(QStringLiteral("channels"), icon("channels"), tr("Channels"), m_channels);
    m_requests = new RequestsView(*m_catalog, this);
    addNavigationView(QStringLiteral("requests"), icon("requests"), tr("Requests"), m_requests);
    connect(m_requests, &RequestsView::pendingCountChanged, this,
            [this](int count) { setNavigationBadge(QStringLiteral("requests"), count); });
    setNavigationBadge(QStringLiteral("requests"), m_requests->pendingCount());
    connect(m_channels, &ChannelsView::requestsChanged, m_requests, &RequestsView::refresh);
    connect(m_requests, &RequestsView::requestsChanged, m_channels, &ChannelsView::refresh);
    addNavigationView(QStringLiteral("profiles"), icon("profiles"), tr("Profiles"), new ProfilesView(*m_catalog, this));
    addNavigationView(QStringLiteral("routing"), icon("routing"), tr("Routing"), new RoutersView(*m_catalog, *m_vault, m_runner, this));
    // ------------------------------------------------------------------------------------------

    // The crawl strip: phase and counts, a bar, Cancel.
    m_progress = new QWidget(this);
    m_progress->setObjectName(QStringLiteral("crawlProgress"));
    auto *progressLayout = new QHBoxLayout(m_progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progressText = new QLabel(m_progress);
    m_progressText->setObjectName(QStringLiteral("crawlProgressText"));
    m_progressBar = new QProgressBar(m_progress);
    m_progressBar->setObjectName(QStringLiteral("crawlProgressBar"));
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setTextVisible(false);
    m_cancel = new QPushButton(icon("cancel"), tr("Cancel"), m_progress);
    m_cancel->setObjectName(QStringLiteral("cancelCrawl"));
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(m_progressBar);
    progressLayout->addWidget(m_cancel);
    statusBar()->addPermanentWidget(m_progress);
    m_progress->hide();
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelCrawl);

    connect(m_crawler, &CrawlController::started, this, [this](qint64 id) {
        m_clusterModel->setCrawling(id, true);
        m_progress->show();
        m_progressText->setText(tr("Connecting…"));
        m_progressBar->setRange(0, 0);
        updateActions();
    });
    connect(m_crawler, &CrawlController::progressChanged, this, [this](const QString &text, int value, int maximum) {
        m_progressText->setText(text);
        m_progressBar->setRange(0, maximum);
        m_progressBar->setValue(value);
    });
    connect(m_crawler, &CrawlController::clusterFinished, this, &MainWindow::onCrawlFinished);
    connect(m_crawler, &CrawlController::allFinished, this, [this] {
        m_progress->hide();
        updateActions();
        reloadClusters();
        reloadTags();
        m_topicModel->reload();
        m_detail->reload();
    });

    m_autoCrawl = new QTimer(this);
    m_autoCrawl->setObjectName(QStringLiteral("autoCrawlTimer"));
    connect(m_autoCrawl, &QTimer::timeout, this, [this] {
        if (!m_crawler->isRunning())
            crawlAll();
    });
    applyAutoCrawl();

    statusBar()->showMessage(tr("Catalog: %1").arg(m_catalog->path()));
    restoreLayout();
    reloadClusters();
    reloadTags();
    applyFilter();
    resumeDemoIfRegistered();
}

MainWindow::~MainWindow()
{
    // Children are destroyed after our members, but the views hold references to the catalog
    // and the workers read it: end them while the catalog (and the demo mock) still exist.
    m_crawler->cancel();
    delete m_pages;
    delete m_crawler;   // waits for its crawl threads
    delete m_runner;    // waits for running queries
}

void MainWindow::buildCatalogView()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_catalogSplitter = new QSplitter(Qt::Horizontal, page);
    m_catalogSplitter->setObjectName(QStringLiteral("catalogSplitter"));
    layout->addWidget(m_catalogSplitter);

    m_clusterModel = new ClusterTreeModel(this);
    m_clusterView = new QTreeView(m_catalogSplitter);
    m_clusterView->setObjectName(QStringLiteral("clusterView"));
    m_clusterView->setModel(m_clusterModel);
    m_clusterView->setHeaderHidden(true);
    m_clusterView->setRootIsDecorated(true);
    m_clusterView->setUniformRowHeights(false);
    m_clusterView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_clusterView->setMinimumWidth(180);
    connect(m_clusterView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onClusterSelected);
    connect(m_clusterView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(ClusterTreeModel::ClusterIdRole).toLongLong();
        if (id > 0)
            editCluster(id);
    });

    m_topicArea = new QStackedWidget(m_catalogSplitter);

    // What a first start shows: an offer to open the demo cluster.
    m_welcome = new QWidget(m_topicArea);
    m_welcome->setObjectName(QStringLiteral("welcome"));
    auto *welcomeLayout = new QVBoxLayout(m_welcome);
    welcomeLayout->addStretch();
    auto *title = new QLabel(tr("<h2>Welcome to Switchboard</h2>"), m_welcome);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("The catalog is empty. Open the demo cluster to look around: a small Kafka cluster "
                               "that runs inside Switchboard, with a few dozen topics, records and consumer groups. "
                               "No server needed. Or register one of your own clusters."),
                            m_welcome);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(560);
    auto *openDemo = new QPushButton(icon("demo"), tr("Open the &demo cluster"), m_welcome);
    openDemo->setObjectName(QStringLiteral("openDemo"));
    openDemo->setDefault(true);
    auto *addOwn = new QPushButton(icon("add"), tr("&Add a cluster…"), m_welcome);
    addOwn->setObjectName(QStringLiteral("welcomeAddCluster"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(openDemo);
    buttons->addWidget(addOwn);
    buttons->addStretch();
    welcomeLayout->addWidget(title);
    welcomeLayout->addWidget(text, 0, Qt::AlignHCenter);
    welcomeLayout->addLayout(buttons);
    welcomeLayout->addStretch(2);
    connect(openDemo, &QPushButton::clicked, this, [this] { openDemoCluster(true); });
    connect(addOwn, &QPushButton::clicked, this, &MainWindow::addCluster);
    m_topicArea->addWidget(m_welcome);

    m_browser = new QWidget(m_topicArea);
    auto *browserLayout = new QVBoxLayout(m_browser);
    browserLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(m_browser);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search names, descriptions and tags (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon("search"), QLineEdit::LeadingPosition);
    filters->addWidget(m_search, 3);
    m_clusterFilter = new QComboBox(m_browser);
    m_clusterFilter->setObjectName(QStringLiteral("clusterFilter"));
    m_clusterFilter->setToolTip(tr("Only topics of this cluster"));
    m_environmentFilter = new QComboBox(m_browser);
    m_environmentFilter->setObjectName(QStringLiteral("environmentFilter"));
    m_environmentFilter->setToolTip(tr("Only topics of this environment"));
    m_tagFilter = new QComboBox(m_browser);
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagFilter->setToolTip(tr("Only topics with this tag"));
    m_showDeleted = new QCheckBox(tr("Show &deleted"), m_browser);
    m_showDeleted->setObjectName(QStringLiteral("showDeleted"));
    m_count = new QLabel(m_browser);
    m_count->setObjectName(QStringLiteral("topicCount"));
    m_count->setMinimumWidth(110);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    filters->addWidget(m_clusterFilter, 1);
    filters->addWidget(m_environmentFilter, 1);
    filters->addWidget(m_tagFilter, 1);
    filters->addWidget(m_showDeleted);
    filters->addWidget(m_count);
    browserLayout->addLayout(filters);

    m_topicSplitter = new QSplitter(Qt::Vertical, m_browser);
    m_topicSplitter->setObjectName(QStringLiteral("topicSplitter"));
    m_topicModel = new TopicTableModel(m_runner, this);
    m_topicView = new QTableView(m_topicSplitter);
    m_topicView->setObjectName(QStringLiteral("topicView"));
    m_topicView->setModel(m_topicModel);
    m_topicView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_topicView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_topicView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_topicView->setAlternatingRowColors(true);
    m_topicView->setSortingEnabled(true);
    m_topicView->sortByColumn(TopicTableModel::Name, Qt::AscendingOrder);
    m_topicView->verticalHeader()->hide();
    m_topicView->verticalHeader()->setDefaultSectionSize(m_topicView->fontMetrics().height() + 8);
    m_topicView->horizontalHeader()->setStretchLastSection(true);
    m_topicView->horizontalHeader()->setSectionsMovable(true);
    m_topicView->setWordWrap(false);
    const int widths[] = {230, 70, 90, 70, 80, 120, 80, 60, 75, 150, 110};
    for (int c = 0; c < TopicTableModel::ColumnCount; ++c)
        m_topicView->setColumnWidth(c, widths[c]);
    m_detail = new TopicDetailView(m_runner, m_topicSplitter);
    m_topicSplitter->setStretchFactor(0, 3);
    m_topicSplitter->setStretchFactor(1, 2);
    browserLayout->addWidget(m_topicSplitter, 1);
    m_topicArea->addWidget(m_browser);
    m_catalogSplitter->setStretchFactor(1, 1);
    m_catalogSplitter->setSizes({220, 1000});

    m_search->installEventFilter(new SearchKeys(m_search, m_topicView));
    connect(m_search, &QLineEdit::textChanged, m_topicModel, &TopicTableModel::setSearchText);
    for (QComboBox *box : {m_clusterFilter, m_environmentFilter, m_tagFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_showDeleted, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    connect(m_topicModel, &TopicTableModel::countChanged, this, &MainWindow::updateCount);
    connect(m_topicModel, &TopicTableModel::loadingChanged, this, &MainWindow::updateCount);
    connect(m_topicModel, &TopicTableModel::loaded, this, [this] {
        // Keep the detail on the topic it showed when the table was refreshed.
        const int row = m_topicModel->rowOfTopic(m_detail->topicId());
        if (row >= 0)
            m_topicView->selectRow(row);
    });
    connect(m_topicModel, &TopicTableModel::errorOccurred, this, [this](const QString &message) {
        m_messageBar->showMessage(tr("Cannot read the topics: %1").arg(message), MessageBar::Type::Error);
    });
    connect(m_topicView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onTopicSelected);
    connect(m_detail, &TopicDetailView::curationChanged, this, [this] {
        m_topicModel->reload();
        reloadTags();
    });
    connect(m_detail, &TopicDetailView::errorOccurred, this, [this](const QString &message) {
        m_messageBar->showMessage(message, MessageBar::Type::Error);
    });

    addNavigationView(QStringLiteral("catalog"), icon("catalog"), tr("Catalog"), page);
}

void MainWindow::buildActions()
{
    m_addAction = new QAction(icon("add"), tr("&Add cluster…"), this);
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setObjectName(QStringLiteral("addClusterAction"));
    connect(m_addAction, &QAction::triggered, this, &MainWindow::addCluster);
    m_editAction = new QAction(icon("edit"), tr("&Edit cluster…"), this);
    m_editAction->setShortcut(Qt::Key_F2);
    connect(m_editAction, &QAction::triggered, this, [this] { editCluster(selectedClusterId()); });
    m_removeAction = new QAction(icon("remove"), tr("&Remove cluster…"), this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_clusterView->addAction(m_removeAction);
    connect(m_removeAction, &QAction::triggered, this, [this] { removeCluster(selectedClusterId()); });
    m_crawlAction = new QAction(icon("crawl"), tr("&Crawl cluster"), this);
    m_crawlAction->setObjectName(QStringLiteral("crawlAction"));
    m_crawlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_crawlAction->setToolTip(tr("Crawl the selected cluster (Ctrl+Shift+R)"));
    connect(m_crawlAction, &QAction::triggered, this, [this] { crawlCluster(selectedClusterId()); });
    m_crawlAllAction = new QAction(icon("crawl-all"), tr("Crawl &all"), this);
    m_crawlAllAction->setObjectName(QStringLiteral("crawlAllAction"));
    m_crawlAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_crawlAllAction->setToolTip(tr("Crawl every cluster (Ctrl+R)"));
    connect(m_crawlAllAction, &QAction::triggered, this, &MainWindow::crawlAll);
    m_cancelAction = new QAction(icon("cancel"), tr("Ca&ncel crawl"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelCrawl);
    m_demoAction = new QAction(icon("demo"), tr("Open the &demo cluster"), this);
    connect(m_demoAction, &QAction::triggered, this, [this] { openDemoCluster(true); });
    m_findAction = new QAction(icon("search"), tr("&Find topics"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        showNavigationView(QStringLiteral("catalog"));
        m_search->setFocus();
        m_search->selectAll();
    });
    m_requestAccessAction = new QAction(icon("requests"), tr("Re&quest access…"), this);
    m_requestAccessAction->setObjectName(QStringLiteral("requestAccessAction"));
    m_requestAccessAction->setToolTip(tr("Ask for an application to produce to or consume from the selected topic"));
    connect(m_requestAccessAction, &QAction::triggered, this, [this] {
        const auto detail = m_detail->detail();
        if (detail)
            m_requests->requestAccessForTopic(detail->topic.cluster, detail->topic.name);
        else
            m_requests->requestAccess();
    });
    m_topicView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_topicView->addAction(m_requestAccessAction);
    auto *settings = new QAction(icon("settings"), tr("&Settings…"), this);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto *about = new QAction(icon("about"), tr("&About Switchboard"), this);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    auto *aboutQt = new QAction(tr("About &Qt"), this);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addAction);
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_findAction);
    view->addAction(m_requestAccessAction);
    auto *deleted = view->addAction(tr("Show &deleted topics"));
    deleted->setCheckable(true);
    connect(deleted, &QAction::toggled, m_showDeleted, &QCheckBox::setChecked);
    connect(m_showDeleted, &QCheckBox::toggled, deleted, &QAction::setChecked);
    QMenu *clusters = menuBar()->addMenu(tr("&Cluster"));
    clusters->addAction(m_crawlAction);
    clusters->addAction(m_crawlAllAction);
    clusters->addAction(m_cancelAction);
    clusters->addSeparator();
    clusters->addAction(m_addAction);
    clusters->addAction(m_editAction);
    clusters->addAction(m_removeAction);
    m_unlockAction = new QAction(icon("vault"), tr("&Unlock…"), this);
    m_unlockAction->setObjectName(QStringLiteral("unlockVaultAction"));
    connect(m_unlockAction, &QAction::triggered, this, &MainWindow::unlockVault);
    m_lockAction = new QAction(tr("&Lock"), this);
    m_lockAction->setObjectName(QStringLiteral("lockVaultAction"));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockVault);
    auto *exportConfig = new QAction(icon("snippets"), tr("&Export Client Configuration…"), this);
    exportConfig->setObjectName(QStringLiteral("exportConfigAction"));
    connect(exportConfig, &QAction::triggered, this, &MainWindow::exportClientConfig);
    QMenu *vault = menuBar()->addMenu(tr("V&ault"));
    vault->addAction(m_unlockAction);
    vault->addAction(m_lockAction);
    vault->addSeparator();
    vault->addAction(exportConfig);
    // The vault can be unlocked elsewhere too (the snippet dialog's Reveal): ask when the menu opens.
    connect(vault, &QMenu::aboutToShow, this, [this] {
        m_unlockAction->setEnabled(!m_vault->isUnlocked());
        m_lockAction->setEnabled(m_vault->isUnlocked());
    });
    m_lockAction->setEnabled(false);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);
    help->addAction(aboutQt);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(m_crawlAction);
    toolbar->addAction(m_crawlAllAction);
    toolbar->addAction(m_cancelAction);
    toolbar->addSeparator();
    toolbar->addAction(m_addAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_removeAction);
    toolbar->addSeparator();
    toolbar->addAction(m_requestAccessAction);
    toolbar->addSeparator();
    toolbar->addAction(settings);

    m_clusterView->addAction(m_crawlAction);
    m_clusterView->addAction(m_editAction);
    updateActions();
}

int MainWindow::addNavigationView(const QString &key, const QIcon &viewIcon, const QString &title, QWidget *view)
{
    const int index = m_pages->addWidget(view);
    // The selected row keeps the icon as drawn: the style's selected tint washes it out.
    QIcon navigationIcon = viewIcon;
    navigationIcon.addPixmap(viewIcon.pixmap(m_navigation->iconSize()), QIcon::Selected);
    auto *item = new QListWidgetItem(navigationIcon, title, m_navigation);
    item->setData(Qt::UserRole, key);
    item->setSizeHint(QSize(0, 34));
    m_pageKeys << key;
    m_pageTitles << title;
    if (index < 9) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { m_navigation->setCurrentRow(index); });
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(index + 1));
    }
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
    return index;
}

void MainWindow::setNavigationBadge(const QString &key, int count)
{
    const int index = int(m_pageKeys.indexOf(key));
    if (index < 0)
        return;
    m_navigation->item(index)->setText(count > 0 ? tr("%1 (%2)").arg(m_pageTitles.at(index)).arg(count)
                                                 : m_pageTitles.at(index));
}

void MainWindow::showNavigationView(const QString &key)
{
    const int index = int(m_pageKeys.indexOf(key));
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

QString MainWindow::demoBootstrap() const
{
    return m_demo ? m_demo->bootstrapServers() : QString();
}

void MainWindow::reloadClusters()
{
    struct Clusters {
        QList<Cluster> clusters;
        QList<ClusterHealth> health;
    };
    auto future = m_runner->run([](const Database &db) -> Result<Clusters> {
        auto clusters = ClusterStore(db).list();
        if (!clusters)
            return makeError(clusters.error());
        auto health = TopicStore(db).clusterHealth();
        if (!health)
            return makeError(health.error());
        return Clusters{*clusters, *health};
    });
    onResultReady(future, this, [this](const Result<Clusters> &result) {
        if (!result) {
            m_messageBar->showMessage(tr("Cannot read the clusters: %1").arg(result.error()), MessageBar::Type::Error);
            return;
        }
        const qint64 selected = selectedClusterId();
        m_clusterModel->setClusters(result->clusters, result->health);
        m_clusterView->expandAll();
        if (selected > 0) {
            const QModelIndex idx = m_clusterModel->indexOfCluster(selected);
            m_clusterView->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect);
        }
        if (m_crawler->isRunning()) {
            // Keep the "crawling" marks of crawls still under way.
            for (const Cluster &c : result->clusters) {
                for (const ClusterHealth &h : result->health) {
                    if (h.clusterId == c.id && h.lastCrawl && h.lastCrawl->outcome == QLatin1String("running"))
                        m_clusterModel->setCrawling(c.id, true);
                }
            }
        }

        // The filter boxes follow the clusters and environments there are.
        m_updatingFilters = true;
        const QString cluster = m_clusterFilter->currentData().toString();
        const QString env = m_environmentFilter->currentData().toString();
        m_clusterFilter->clear();
        m_clusterFilter->addItem(tr("All clusters"), QString());
        for (const Cluster &c : m_clusterModel->clusters())
            m_clusterFilter->addItem(icon("cluster"), c.name, c.name);
        m_clusterFilter->setCurrentIndex(std::max(0, m_clusterFilter->findData(cluster)));
        m_environmentFilter->clear();
        m_environmentFilter->addItem(tr("All environments"), QString());
        for (const QString &e : m_clusterModel->environments())
            m_environmentFilter->addItem(e, e);
        m_environmentFilter->setCurrentIndex(std::max(0, m_environmentFilter->findData(env)));
        m_updatingFilters = false;
        if (cluster != m_clusterFilter->currentData().toString() || env != m_environmentFilter->currentData().toString())
            applyFilter();

        const bool empty = result->clusters.isEmpty();
        m_topicArea->setCurrentWidget(empty && !m_demoStarting ? m_welcome : m_browser);
        updateActions();
        emit clustersReloaded();
    });
}

void MainWindow::reloadTags()
{
    auto future = m_runner->run([](const Database &db) { return TopicStore(db).tags({}, 200); });
    onResultReady(future, this, [this](const Result<QStringList> &tags) {
        if (!tags)
            return;
        m_updatingFilters = true;
        const QString current = m_tagFilter->currentData().toString();
        m_tagFilter->clear();
        m_tagFilter->addItem(tr("All tags"), QString());
        for (const QString &t : *tags)
            m_tagFilter->addItem(icon("tag"), t, t);
        const int index = m_tagFilter->findData(current);
        m_tagFilter->setCurrentIndex(std::max(0, index));
        m_updatingFilters = false;
        if (index < 0 && !current.isEmpty())
            applyFilter();
    });
}

void MainWindow::applyFilter()
{
    if (m_updatingFilters)
        return;
    TopicFilter filter;
    filter.cluster = m_clusterFilter->currentData().toString();
    filter.environment = m_environmentFilter->currentData().toString();
    filter.tag = m_tagFilter->currentData().toString();
    filter.includeDeleted = m_showDeleted->isChecked();
    m_topicModel->setFilter(filter);
}

void MainWindow::updateCount()
{
    const qint64 total = m_topicModel->totalCount();
    const int loaded = m_topicModel->rowCount();
    QString text;
    if (total < 0)
        text = tr("%1+ topics").arg(QLocale().toString(loaded));
    else
        text = tr("%n topic(s)", nullptr, int(total));
    if (m_topicModel->isLoading())
        text = tr("%1 (updating…)").arg(text);
    m_count->setText(text);
}

void MainWindow::updateActions()
{
    const qint64 id = selectedClusterId();
    const bool running = m_crawler->isRunning();
    m_editAction->setEnabled(id > 0);
    m_removeAction->setEnabled(id > 0 && !running);
    m_crawlAction->setEnabled(id > 0 && !running);
    m_crawlAllAction->setEnabled(!running && m_clusterModel->rowCount() > 0);
    m_cancelAction->setEnabled(running);
}

qint64 MainWindow::selectedClusterId() const
{
    return m_clusterView->currentIndex().data(ClusterTreeModel::ClusterIdRole).toLongLong();
}

void MainWindow::onClusterSelected()
{
    updateActions();
    const QModelIndex index = m_clusterView->currentIndex();
    if (!index.isValid())
        return;
    // The sidebar narrows the table: a cluster to that cluster, an environment to it.
    const qint64 id = index.data(ClusterTreeModel::ClusterIdRole).toLongLong();
    m_updatingFilters = true;
    if (id > 0) {
        m_clusterFilter->setCurrentIndex(std::max(0, m_clusterFilter->findData(index.data(ClusterTreeModel::ClusterNameRole))));
        m_environmentFilter->setCurrentIndex(0);
    } else {
        m_clusterFilter->setCurrentIndex(0);
        m_environmentFilter->setCurrentIndex(
            std::max(0, m_environmentFilter->findData(index.data(ClusterTreeModel::EnvironmentRole))));
    }
    m_updatingFilters = false;
    applyFilter();
}

void MainWindow::onTopicSelected()
{
    const QModelIndex index = m_topicView->currentIndex();
    const qint64 id = index.isValid() ? index.data(TopicTableModel::TopicIdRole).toLongLong() : 0;
    if (id != m_detail->topicId())
        m_detail->showTopic(id);
}

void MainWindow::openDemoCluster(bool crawl)
{
    m_crawlDemoWhenReady = m_crawlDemoWhenReady || crawl;
    if (m_demo) {
        auto demo = DemoCluster::findIn(*m_catalog);
        if (demo && demo->has_value()) {
            if (crawl)
                crawlCluster((*demo)->id);
            return;
        }
        // The row was removed while the mock kept running: register it again.
    } else if (m_demoStarting) {
        return;
    }
    m_demoStarting = true;
    m_topicArea->setCurrentWidget(m_browser);
    m_messageBar->showMessage(tr("Starting the demo cluster…"), MessageBar::Type::Information);
    std::shared_ptr<DemoCluster> running = m_demo;
    auto future = QtConcurrent::run([running]() -> Result<std::shared_ptr<DemoCluster>> {
        if (running)
            return running;
        auto demo = DemoCluster::start();
        if (!demo)
            return makeError(demo.error());
        return std::shared_ptr<DemoCluster>(std::move(demo.value()));
    });
    onResultReady(future, this, [this](const Result<std::shared_ptr<DemoCluster>> &result) {
        m_demoStarting = false;
        if (!result) {
            m_messageBar->showMessage(tr("The demo cluster did not start: %1").arg(result.error()), MessageBar::Type::Error);
            reloadClusters();
            return;
        }
        m_demo = *result;
        const QString bootstrap = m_demo->bootstrapServers();
        auto registered = m_runner->run([bootstrap](const Database &db) { return DemoCluster::registerIn(db, bootstrap); });
        onResultReady(registered, this, [this](const Result<Cluster> &cluster) {
            if (!cluster) {
                m_messageBar->showMessage(tr("Cannot register the demo cluster: %1").arg(cluster.error()),
                                          MessageBar::Type::Error);
                return;
            }
            m_messageBar->hideMessage();
            reloadClusters();
            emit demoReady(cluster->id);
            if (m_crawlDemoWhenReady) {
                m_crawlDemoWhenReady = false;
                crawlCluster(cluster->id);
            }
        });
    });
}

void MainWindow::resumeDemoIfRegistered()
{
    // The mock lives only as long as the app: a catalog that has the demo cluster gets a new
    // one (on a new port) at every start.
    auto demo = DemoCluster::findIn(*m_catalog);
    if (demo && demo->has_value())
        openDemoCluster(false);
}

void MainWindow::afterDemoCrawl(qint64 clusterId)
{
    std::shared_ptr<DemoCluster> demo = m_demo;
    if (!demo)
        return;
    auto future = m_runner->run([demo, clusterId](const Database &db) -> Result<bool> {
        if (auto st = demo->recordConsumerGroups(db, clusterId); !st)
            return makeError(st.error());
        return DemoCluster::applySuggestedCuration(db, clusterId);
    });
    onResultReady(future, this, [this](const Result<bool> &applied) {
        if (!applied) {
            m_messageBar->showMessage(tr("The demo cluster's consumer groups could not be read: %1").arg(applied.error()),
                                      MessageBar::Type::Warning);
            return;
        }
        m_topicModel->reload();
        m_detail->reload();
        if (*applied)
            reloadTags();
        emit demoGroupsRecorded();
    });
}

void MainWindow::crawlAll()
{
    QList<Cluster> clusters;
    for (const Cluster &c : m_clusterModel->clusters()) {
        if (c.isDemo() && !m_demo) {
            openDemoCluster(true);   // crawled once its mock is up
            continue;
        }
        clusters << c;
    }
    if (!clusters.isEmpty())
        m_crawler->crawl(clusters);
    updateActions();
}

void MainWindow::crawlCluster(qint64 clusterId)
{
    // Read the row fresh: the demo cluster's port changes at every start.
    auto cluster = ClusterStore(*m_catalog).findById(clusterId);
    if (!cluster || !cluster->has_value())
        return;
    if ((*cluster)->isDemo() && !m_demo) {
        openDemoCluster(true);
        return;
    }
    m_crawler->crawl({**cluster});
    updateActions();
}

void MainWindow::cancelCrawl()
{
    m_crawler->cancel();
    m_progressText->setText(tr("Cancelling…"));
}

void MainWindow::onCrawlFinished(const CrawlReport &report)
{
    m_clusterModel->setCrawling(report.clusterId, false);
    if (report.outcome == QLatin1String("failed")) {
        m_messageBar->showMessage(tr("Crawling cluster %1 failed: %2").arg(report.cluster, report.error),
                                  MessageBar::Type::Error, tr("Retry"));
        disconnect(m_messageBar, &MessageBar::actionTriggered, this, nullptr);
        connect(m_messageBar, &MessageBar::actionTriggered, this,
                [this, id = report.clusterId] { crawlCluster(id); }, Qt::SingleShotConnection);
    } else if (report.outcome == QLatin1String("cancelled")) {
        m_messageBar->showMessage(tr("Crawling cluster %1 was cancelled; its previous snapshot is kept.").arg(report.cluster),
                                  MessageBar::Type::Warning);
    } else if (report.outcome == QLatin1String("partial")) {
        m_messageBar->showMessage(tr("Cluster %1 was crawled, but Switchboard may not read: %2")
                                      .arg(report.cluster, report.missing.join(QStringLiteral(", "))),
                                  MessageBar::Type::Warning);
    } else {
        statusBar()->showMessage(tr("Crawled %1: %n topic(s) in %2 ms", nullptr, report.topics)
                                     .arg(report.cluster, QLocale().toString(report.durationMs)),
                                 10000);
        if (m_messageBar->type() == MessageBar::Type::Information || m_messageBar->text().contains(report.cluster))
            m_messageBar->hideMessage();
        auto cluster = m_clusterModel->cluster(report.clusterId);
        if (cluster && cluster->isDemo())
            afterDemoCrawl(report.clusterId);
    }
    m_topicModel->reload();
    emit crawlFinished(report.clusterId, report.succeeded());
}

void MainWindow::addCluster()
{
    auto *dialog = new ClusterDialog(Cluster{}, m_clusterModel->environments(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Cluster cluster = dialog->cluster();
        auto future = m_runner->run([cluster](const Database &db) { return ClusterStore(db).add(cluster); });
        onResultReady(future, this, [this](const Result<Cluster> &added) {
            if (!added) {
                m_messageBar->showMessage(tr("Cannot add the cluster: %1").arg(added.error()), MessageBar::Type::Error);
                return;
            }
            m_topicArea->setCurrentWidget(m_browser);
            reloadClusters();
            // A new cluster is crawled at once: that is how its address gets checked.
            m_crawler->crawl({*added});
            updateActions();
        });
    });
    dialog->open();
}

void MainWindow::editCluster(qint64 clusterId)
{
    auto cluster = m_clusterModel->cluster(clusterId);
    if (!cluster)
        return;
    auto *dialog = new ClusterDialog(*cluster, m_clusterModel->environments(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Cluster changed = dialog->cluster();
        auto future = m_runner->run([changed](const Database &db) -> Result<bool> {
            if (auto st = ClusterStore(db).update(changed); !st)
                return makeError(st.error());
            return true;
        });
        onResultReady(future, this, [this](const Result<bool> &updated) {
            if (!updated)
                m_messageBar->showMessage(tr("Cannot change the cluster: %1").arg(updated.error()), MessageBar::Type::Error);
            reloadClusters();
            m_topicModel->reload();
        });
    });
    dialog->open();
}

void MainWindow::removeCluster(qint64 clusterId)
{
    auto cluster = m_clusterModel->cluster(clusterId);
    if (!cluster || m_crawler->isRunning())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove cluster"),
                                tr("Remove cluster %1 and everything crawled from it? Curation of its topics "
                                   "(tags, owners, descriptions) is lost too.").arg(cluster->name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeClusterBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = cluster->name;
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        if (result != QMessageBox::Yes)
            return;
        auto future = m_runner->run([name](const Database &db) -> Result<bool> {
            if (auto st = ClusterStore(db).remove(name); !st)
                return makeError(st.error());
            return true;
        });
        onResultReady(future, this, [this](const Result<bool> &removed) {
            if (!removed)
                m_messageBar->showMessage(tr("Cannot remove the cluster: %1").arg(removed.error()), MessageBar::Type::Error);
            m_detail->showTopic(0);
            reloadClusters();
            reloadTags();
            m_topicModel->reload();
        });
    });
    box->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_catalog.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        applyAutoCrawl();
        // The role decides what the channels and requests views offer.
        m_channels->refresh();
        m_requests->refresh();
    });
    dialog->open();
}

void MainWindow::unlockVault()
{
    if (m_vault->isUnlocked())
        return;
    auto *dialog = new UnlockDialog(*m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_unlockAction->setEnabled(false);
        m_lockAction->setEnabled(true);
        m_messageBar->showMessage(tr("The vault is unlocked."), MessageBar::Type::Positive);
    });
    dialog->open();
}

void MainWindow::lockVault()
{
    m_vault->lock();
    m_unlockAction->setEnabled(true);
    m_lockAction->setEnabled(false);
    m_messageBar->showMessage(tr("The vault is locked."), MessageBar::Type::Information);
}

void MainWindow::exportClientConfig()
{
    auto *chooser = new ExportConfigDialog(*m_catalog, this);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QDialog::accepted, this, [this, chooser] {
        // Redacted at first: the dialog's "Reveal secret" unlocks the (shared) vault when needed.
        auto *dialog = new SnippetDialog(*m_catalog, *m_vault, chooser->request(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    chooser->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Switchboard"));
    box->setIconPixmap(icon("switchboard").pixmap(64, 64));
    box->setText(tr("<h3>Switchboard %1</h3>").arg(QString::fromLatin1(kVersion)));
    box->setInformativeText(tr("<p>A self-service catalog portal for Apache Kafka: find topics, curate them, "
                               "request access and route clients.</p><p>Built with Qt %1 and librdkafka.</p>")
                                .arg(QString::fromLatin1(qVersion())));
    box->open();
}

void MainWindow::applyAutoCrawl()
{
    const int minutes = AppSettings::autoCrawlMinutes();
    if (minutes > 0)
        m_autoCrawl->start(minutes * 60 * 1000);
    else
        m_autoCrawl->stop();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    if (settings.contains(QStringLiteral("geometry")))
        restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_catalogSplitter->restoreState(settings.value(QStringLiteral("catalogSplitter")).toByteArray());
    m_topicSplitter->restoreState(settings.value(QStringLiteral("topicSplitter")).toByteArray());
    if (settings.contains(QStringLiteral("topicHeader")))
        m_topicView->horizontalHeader()->restoreState(settings.value(QStringLiteral("topicHeader")).toByteArray());
    m_detail->tabs()->setCurrentIndex(settings.value(QStringLiteral("detailTab"), 0).toInt());
    m_showDeleted->setChecked(settings.value(QStringLiteral("showDeleted"), false).toBool());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("catalogSplitter"), m_catalogSplitter->saveState());
    settings.setValue(QStringLiteral("topicSplitter"), m_topicSplitter->saveState());
    settings.setValue(QStringLiteral("topicHeader"), m_topicView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("detailTab"), m_detail->tabs()->currentIndex());
    settings.setValue(QStringLiteral("showDeleted"), m_showDeleted->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_crawler->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // The desktop switched between light and dark: follow it unless the user chose one.
    if (event->type() == QEvent::ThemeChange && AppSettings::colorScheme() == QLatin1String("system"))
        Appearance::apply(QStringLiteral("system"));
    QMainWindow::changeEvent(event);
}

} // namespace Switchboard
