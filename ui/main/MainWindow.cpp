#include "main/MainWindow.h"

#include "applications/ApplicationsView.h"
#include "catalog/CatalogView.h"
#include "catalog/CrawlStrip.h"
#include "catalog/DemoController.h"
#include "channels/ChannelsView.h"
#include "core/Version.h"
#include "main/AppSettings.h"
#include "main/Appearance.h"
#include "main/CrawlController.h"
#include "main/ExportConfigDialog.h"
#include "main/QueryRunner.h"
#include "main/Resources.h"
#include "main/SettingsDialog.h"
#include "profiles/ProfilesView.h"
#include "push/RoutersView.h"
#include "requests/RequestAccessDialog.h"
#include "requests/RequestsView.h"
#include "snippets/SnippetDialog.h"
#include "store/Database.h"
#include "topics/TopicDetailView.h"
#include "vault/UnlockDialog.h"
#include "vault/Vault.h"
#include "widgets/ColumnChooser.h"
#include "widgets/MessageBar.h"
#include "workspace/WorkspaceStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

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

    auto *central = new QWidget(this);
    auto *outer = new QHBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Views"));
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

    // ---- The views: one line each (plus their signals). --------------------------------------
    m_catalogView = new CatalogView(*m_catalog, m_runner, m_messageBar, this);
    addNavigationView(QStringLiteral("catalog"), icon("catalog"), tr("Catalog"), m_catalogView);
    connect(m_catalogView, &CatalogView::actionsChanged, this, &MainWindow::updateActions);
    connect(m_catalogView, &CatalogView::statusMessage, statusBar(), &QStatusBar::showMessage);
    buildActions();
    m_channels = new ChannelsView(*m_catalog, m_runner, this);
    addNavigationView(QStringLiteral("channels"), icon("channels"), tr("Channels"), m_channels);
    m_requests = new RequestsView(*m_catalog, m_runner, this);
    addNavigationView(QStringLiteral("requests"), icon("requests"), tr("Requests"), m_requests);
    connect(m_requests, &RequestsView::pendingCountChanged, this,
            [this](int count) { setNavigationBadge(QStringLiteral("requests"), count); });
    setNavigationBadge(QStringLiteral("requests"), m_requests->pendingCount());
    connect(m_channels, &ChannelsView::requestsChanged, m_requests, &RequestsView::refresh);
    connect(m_requests, &RequestsView::requestsChanged, m_channels, &ChannelsView::refresh);
    m_applications = new ApplicationsView(*m_catalog, *m_vault, m_runner, this);
    addNavigationView(QStringLiteral("applications"), icon("applications"), tr("Applications"), m_applications);
    connect(m_applications, &ApplicationsView::applicationsChanged, m_requests, &RequestsView::refresh);
    connect(m_applications, &ApplicationsView::applicationsChanged, m_channels, &ChannelsView::refresh);
    connect(m_requests, &RequestsView::requestsChanged, m_applications, &ApplicationsView::refresh);
    connect(m_channels, &ChannelsView::requestsChanged, m_applications, &ApplicationsView::refresh);
    connect(m_applications, &ApplicationsView::requestAccessFor, this, [this](const QString &application) {
        showNavigationView(QStringLiteral("requests"));
        m_requests->requestAccess()->setApplication(application);
    });
    m_profiles = new ProfilesView(*m_catalog, m_runner, this);
    addNavigationView(QStringLiteral("profiles"), icon("profiles"), tr("Profiles"), m_profiles);
    m_routers = new RoutersView(*m_catalog, *m_vault, m_runner, this);
    addNavigationView(QStringLiteral("routing"), icon("routing"), tr("Routing"), m_routers);
    // An approval offers to push at once (unless pushing is automatic): the Routing view pushes.
    connect(m_requests, &RequestsView::pushRequested, this, [this] {
        showNavigationView(QStringLiteral("routing"));
        m_routers->pushAll();
    });
    connect(m_routers, &RoutersView::pushFinished, m_applications, &ApplicationsView::refresh);
    // ------------------------------------------------------------------------------------------

    connectDemo();

    m_crawlStrip = new CrawlStrip(m_catalogView->crawler(), this);
    statusBar()->addPermanentWidget(m_crawlStrip);

    // The team workspace, when this catalog is one's replica: who, and what waits to be sent.
    m_workspaceStatus = new QLabel(this);
    m_workspaceStatus->setObjectName(QStringLiteral("workspaceStatus"));
    m_workspaceStatus->hide();
    statusBar()->addPermanentWidget(m_workspaceStatus);
    connect(m_requests, &RequestsView::requestsChanged, this, &MainWindow::refreshWorkspaceStatus);
    refreshWorkspaceStatus();

    m_autoCrawl = new QTimer(this);
    m_autoCrawl->setObjectName(QStringLiteral("autoCrawlTimer"));
    connect(m_autoCrawl, &QTimer::timeout, this, [this] {
        if (!m_catalogView->isCrawling())
            m_catalogView->crawlAll();
    });
    applyAutoCrawl();

    statusBar()->showMessage(tr("Catalog: %1").arg(m_catalog->path()));
    restoreLayout();
    m_catalogView->load();
}

namespace {

struct WorkspaceSummary {
    std::optional<WorkspaceInfo> info;
    std::optional<WorkspaceRole> role;
    int waiting = 0;
    int ignored = 0;
};

} // namespace

void MainWindow::refreshWorkspaceStatus()
{
    auto future = m_runner->run([](const Database &db) -> Result<WorkspaceSummary> {
        WorkspaceSummary summary;
        WorkspaceStore store(db);
        auto info = store.current();
        if (!info)
            return makeError(info.error());
        if (!info->has_value())
            return summary;
        summary.info = **info;
        if (auto me = store.member(summary.info->principal); me && me->has_value())
            summary.role = (*me)->role;
        if (auto waiting = store.outboxCount())
            summary.waiting = *waiting;
        if (auto ignored = store.rejects())
            summary.ignored = int(ignored->size());
        return summary;
    });
    onResultReady(future, this, [this](const Result<WorkspaceSummary> &result) {
        if (!result || !result->info) {
            m_workspaceStatus->hide();
            return;
        }
        const WorkspaceSummary &summary = *result;
        const QString role = !summary.role                              ? tr("not enrolled")
            : *summary.role == WorkspaceRole::Platform ? tr("platform member")
                                                       : tr("developer");
        QStringList parts{tr("Workspace %1: %2, %3").arg(summary.info->name, summary.info->memberName(), role)};
        // The desktop does not sync yet (switchboard-cli workspace sync does): say what waits.
        if (summary.waiting > 0)
            parts << tr("%n change(s) wait to be sent", nullptr, summary.waiting);
        if (summary.ignored > 0)
            parts << tr("%n record(s) ignored", nullptr, summary.ignored);
        m_workspaceStatus->setText(parts.join(QStringLiteral(" · ")));
        m_workspaceStatus->setToolTip(tr("Shared through the Kafka cluster %1; switchboard-cli workspace sync sends and "
                                         "receives the changes").arg(summary.info->cluster));
        m_workspaceStatus->show();
    });
}

MainWindow::~MainWindow()
{
    // Children are destroyed after our members, but the views hold references to the catalog
    // and the workers read it: end them (the catalog view ends its crawls) while the catalog
    // still exists.
    delete m_pages;
    delete m_runner;    // waits for running queries
}

void MainWindow::connectDemo()
{
    // The demo's routing part: it needs the vault (credentials, tokens, the signed push), and
    // what it seeds shows in the channels, requests and routing views.
    DemoController *demo = m_catalogView->demo();
    demo->setVault(m_vault.get());
    connect(this, &MainWindow::vaultUnlocked, demo, &DemoController::startRouting);
    connect(demo, &DemoController::vaultNeeded, this, [this] {
        disconnect(m_messageBar, &MessageBar::actionTriggered, this, nullptr);
        connect(m_messageBar, &MessageBar::actionTriggered, this, &MainWindow::unlockVault);
        m_messageBar->showMessage(tr("The demo's routing service needs the vault: unlock it (or create it) so the demo "
                                     "applications get their credentials and tokens and the demo state is pushed."),
                                  MessageBar::Type::Information, tr("&Unlock the vault…"));
    });
    connect(demo, &DemoController::teamSeeded, this, [this] {
        m_profiles->reload();
        m_channels->refresh();
        m_requests->refresh();
        m_routers->refresh();
    });
    connect(demo, &DemoController::routingStarting, this, [this] {
        m_messageBar->showMessage(tr("Starting the demo's routing service and pushing the demo state to it…"),
                                  MessageBar::Type::Information);
    });
    connect(demo, &DemoController::routingReady, this, [this](const QString &url) {
        m_routers->refresh();
        m_messageBar->showMessage(tr("The demo is ready: its routing service at %1 answers lookups for the demo "
                                     "applications. Try it: approve a pending request (Requests), push (Routing), "
                                     "export a snippet (Vault menu).").arg(url),
                                  MessageBar::Type::Positive);
    });
    connect(demo, &DemoController::routingFailed, this, [this](const QString &error) {
        m_routers->refresh();
        m_messageBar->showMessage(tr("The demo's routing service is not available: %1").arg(error), MessageBar::Type::Error);
    });
}

void MainWindow::openDemo()
{
    showNavigationView(QStringLiteral("catalog"));
    m_catalogView->openDemoCluster(true);
}

QWidget *MainWindow::navigationView(const QString &key) const
{
    const int index = int(m_pageKeys.indexOf(key));
    return index >= 0 ? m_pages->widget(index) : nullptr;
}

void MainWindow::buildActions()
{
    m_addAction = new QAction(icon("add"), tr("&Add cluster…"), this);
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setObjectName(QStringLiteral("addClusterAction"));
    connect(m_addAction, &QAction::triggered, m_catalogView, &CatalogView::addCluster);
    m_editAction = new QAction(icon("edit"), tr("&Edit cluster…"), this);
    m_editAction->setShortcut(Qt::Key_F2);
    connect(m_editAction, &QAction::triggered, this, [this] { m_catalogView->editCluster(m_catalogView->selectedClusterId()); });
    m_removeAction = new QAction(icon("remove"), tr("&Remove cluster…"), this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_catalogView->clusterView()->addAction(m_removeAction);
    connect(m_removeAction, &QAction::triggered, this,
            [this] { m_catalogView->removeCluster(m_catalogView->selectedClusterId()); });
    m_crawlAction = new QAction(icon("crawl"), tr("&Crawl cluster"), this);
    m_crawlAction->setObjectName(QStringLiteral("crawlAction"));
    m_crawlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_crawlAction->setToolTip(tr("Crawl the selected cluster (Ctrl+Shift+R)"));
    connect(m_crawlAction, &QAction::triggered, this, [this] { m_catalogView->crawlCluster(m_catalogView->selectedClusterId()); });
    m_crawlAllAction = new QAction(icon("crawl-all"), tr("Crawl &all"), this);
    m_crawlAllAction->setObjectName(QStringLiteral("crawlAllAction"));
    m_crawlAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_crawlAllAction->setToolTip(tr("Crawl every cluster (Ctrl+R)"));
    connect(m_crawlAllAction, &QAction::triggered, m_catalogView, &CatalogView::crawlAll);
    m_cancelAction = new QAction(icon("cancel"), tr("Ca&ncel crawl"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    connect(m_cancelAction, &QAction::triggered, m_catalogView, &CatalogView::cancelCrawl);
    m_demoAction = new QAction(icon("demo"), tr("Open the &demo"), this);
    m_demoAction->setObjectName(QStringLiteral("openDemoAction"));
    m_demoAction->setToolTip(tr("The demo cluster, a demo team and a routing service, all inside Switchboard"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemo);
    m_findAction = new QAction(icon("search"), tr("&Find topics"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        showNavigationView(QStringLiteral("catalog"));
        m_catalogView->focusSearch();
    });
    m_requestAccessAction = new QAction(icon("requests"), tr("Re&quest access…"), this);
    m_requestAccessAction->setObjectName(QStringLiteral("requestAccessAction"));
    m_requestAccessAction->setToolTip(tr("Ask for an application to produce to or consume from the selected topic"));
    connect(m_requestAccessAction, &QAction::triggered, this, [this] {
        const auto detail = m_catalogView->detailView()->detail();
        if (detail)
            m_requests->requestAccessForTopic(detail->topic.cluster, detail->topic.name);
        else
            m_requests->requestAccess();
    });
    m_catalogView->topicView()->addAction(m_requestAccessAction);
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
    connect(deleted, &QAction::toggled, m_catalogView, &CatalogView::setShowDeleted);
    connect(m_catalogView, &CatalogView::showDeletedChanged, deleted, &QAction::setChecked);
    QMenu *columns = m_catalogView->topicColumns()->menu();
    columns->setTitle(tr("Topic &columns"));
    view->addMenu(columns);
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

    m_catalogView->clusterView()->addAction(m_crawlAction);
    m_catalogView->clusterView()->addAction(m_editAction);
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

void MainWindow::updateActions()
{
    const qint64 id = m_catalogView->selectedClusterId();
    const bool running = m_catalogView->isCrawling();
    m_editAction->setEnabled(id > 0);
    m_removeAction->setEnabled(id > 0 && !running);
    m_crawlAction->setEnabled(id > 0 && !running);
    m_crawlAllAction->setEnabled(!running && m_catalogView->hasClusters());
    m_cancelAction->setEnabled(running);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::roleChosen, this, [this](Role role) {
        // The role decides what the channels and requests views offer: they read it once it is written.
        onResultReady(m_runner->write([role](const Database &db) { return RoleSetting::set(db, role); }), this,
                      [this](const Status &stored) {
                          if (!stored)
                              m_messageBar->showMessage(stored.error(), MessageBar::Type::Error);
                          m_channels->refresh();
                          m_requests->refresh();
                          m_applications->refresh();
                      });
    });
    connect(dialog, &QDialog::accepted, this, [this] { applyAutoCrawl(); });
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
        emit vaultUnlocked();
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
    auto *chooser = new ExportConfigDialog(m_runner, this);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QDialog::accepted, this, [this, chooser] {
        // Redacted at first: the dialog's "Reveal secret" unlocks the (shared) vault when needed.
        auto *dialog = new SnippetDialog(*m_catalog, *m_vault, m_runner, chooser->request(), this);
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
    m_catalogView->restoreState(settings);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    m_catalogView->saveState(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_catalogView->cancelCrawl();
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
