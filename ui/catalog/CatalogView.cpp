#include "catalog/CatalogView.h"

#include "catalog/DemoController.h"
#include "clusters/ClusterDialog.h"
#include "clusters/ClusterStore.h"
#include "clusters/ClusterTreeModel.h"
#include "main/CrawlController.h"
#include "main/QueryRunner.h"
#include "store/Database.h"
#include "topics/TopicDetailView.h"
#include "topics/TopicStore.h"
#include "topics/TopicTableModel.h"
#include "widgets/ColumnChooser.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

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

CatalogView::CatalogView(Database &catalog, QueryRunner *runner, MessageBar *messageBar, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_runner(runner), m_messageBar(messageBar)
{
    setObjectName(QStringLiteral("catalogView"));
    m_crawler = new CrawlController(m_catalog.path(), this);
    m_demo = new DemoController(m_runner, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_catalogSplitter = new QSplitter(Qt::Horizontal, this);
    m_catalogSplitter->setObjectName(QStringLiteral("catalogSplitter"));
    layout->addWidget(m_catalogSplitter);

    m_clusterModel = new ClusterTreeModel(this);
    m_clusterView = new QTreeView(m_catalogSplitter);
    m_clusterView->setObjectName(QStringLiteral("clusterView"));
    m_clusterView->setAccessibleName(tr("Clusters"));
    m_clusterView->setModel(m_clusterModel);
    m_clusterView->setHeaderHidden(true);
    m_clusterView->setRootIsDecorated(true);
    m_clusterView->setUniformRowHeights(false);
    m_clusterView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_clusterView->setMinimumWidth(180);
    connect(m_clusterView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CatalogView::onClusterSelected);
    connect(m_clusterView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(ClusterTreeModel::ClusterIdRole).toLongLong();
        if (id > 0)
            editCluster(id);
    });

    m_topicArea = new QStackedWidget(m_catalogSplitter);
    m_welcome = createWelcomePage();
    m_topicArea->addWidget(m_welcome);
    m_browser = createBrowser();
    m_topicArea->addWidget(m_browser);
    m_catalogSplitter->setStretchFactor(1, 1);
    m_catalogSplitter->setSizes({220, 1000});

    // Crawls: the sidebar marks the running ones; when all are done, everything is read again.
    connect(m_crawler, &CrawlController::started, this, [this](qint64 id) {
        m_clusterModel->setCrawling(id, true);
        emit actionsChanged();
    });
    connect(m_crawler, &CrawlController::clusterFinished, this, &CatalogView::onCrawlFinished);
    connect(m_crawler, &CrawlController::allFinished, this, [this] {
        emit actionsChanged();
        reloadClusters();
        reloadTags();
        reloadTopics();
    });

    // The demo cluster.
    connect(m_demo, &DemoController::starting, this, [this] {
        m_topicArea->setCurrentWidget(m_browser);
        m_messageBar->showMessage(tr("Starting the demo cluster…"), MessageBar::Type::Information);
    });
    connect(m_demo, &DemoController::startFailed, this, [this](const QString &error) {
        m_messageBar->showMessage(tr("The demo cluster did not start: %1").arg(error), MessageBar::Type::Error);
        reloadClusters();
    });
    connect(m_demo, &DemoController::registerFailed, this, [this](const QString &error) {
        m_messageBar->showMessage(tr("Cannot register the demo cluster: %1").arg(error), MessageBar::Type::Error);
    });
    connect(m_demo, &DemoController::ready, this, [this] {
        m_messageBar->hideMessage();
        reloadClusters();
    });
    connect(m_demo, &DemoController::crawlRequested, this, &CatalogView::crawlCluster);
    connect(m_demo, &DemoController::groupsFailed, this, [this](const QString &error) {
        m_messageBar->showMessage(tr("The demo cluster's consumer groups could not be read: %1").arg(error),
                                  MessageBar::Type::Warning);
    });
    connect(m_demo, &DemoController::groupsRecorded, this, [this](bool curationApplied) {
        reloadTopics();
        if (curationApplied)
            reloadTags();
    });
}

void CatalogView::load()
{
    reloadClusters();
    reloadTags();
    applyFilter();
    m_demo->resumeIfRegistered();
}

CatalogView::~CatalogView()
{
    // The crawl threads write the catalog and may talk to the demo's mock: end them before
    // the models, the views and the mock go.
    m_crawler->cancel();
    delete m_crawler;
    m_crawler = nullptr;
}

QWidget *CatalogView::createWelcomePage()
{
    // What a first start shows: an offer to open the demo cluster.
    auto *welcome = new QWidget(m_topicArea);
    welcome->setObjectName(QStringLiteral("welcome"));
    // The text wraps inside a column of bounded width. No alignment flags on the wrapping label:
    // a box layout gives an aligned item its size hint's height, not its height for its width,
    // and the text was cut to one or two lines.
    auto *column = new QWidget(welcome);
    column->setObjectName(QStringLiteral("welcomeColumn"));
    column->setMaximumWidth(620);
    auto *title = new QLabel(tr("<h2>Welcome to Switchboard</h2>"), column);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("The catalog is empty. Open the demo to look around: a small Kafka cluster that runs "
                               "inside Switchboard, with a few dozen topics, records and consumer groups, a team's "
                               "applications, channels and requests, and a routing service to push to. No server "
                               "needed. Or register one of your own clusters."),
                            column);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto *openDemo = new QPushButton(icon("demo"), tr("Open the &demo"), column);
    openDemo->setObjectName(QStringLiteral("openDemo"));
    openDemo->setDefault(true);
    auto *addOwn = new QPushButton(icon("add"), tr("Add a cl&uster…"), column);
    addOwn->setObjectName(QStringLiteral("welcomeAddCluster"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(openDemo);
    buttons->addWidget(addOwn);
    buttons->addStretch();
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(title);
    columnLayout->addWidget(text);
    columnLayout->addSpacing(8);
    columnLayout->addLayout(buttons);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column, 1);
    row->addStretch();
    auto *welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addStretch(1);
    welcomeLayout->addLayout(row);
    welcomeLayout->addStretch(2);
    connect(openDemo, &QPushButton::clicked, this, [this] { openDemoCluster(true); });
    connect(addOwn, &QPushButton::clicked, this, &CatalogView::addCluster);
    return welcome;
}

QWidget *CatalogView::createBrowser()
{
    auto *browser = new QWidget(m_topicArea);
    auto *browserLayout = new QVBoxLayout(browser);
    browserLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(browser);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search names, descriptions and tags (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search topics"));
    m_search->addAction(icon("search"), QLineEdit::LeadingPosition);
    filters->addWidget(m_search, 3);
    m_clusterFilter = new QComboBox(browser);
    m_clusterFilter->setObjectName(QStringLiteral("clusterFilter"));
    m_clusterFilter->setToolTip(tr("Only topics of this cluster"));
    m_clusterFilter->setAccessibleName(tr("Cluster filter"));
    m_environmentFilter = new QComboBox(browser);
    m_environmentFilter->setObjectName(QStringLiteral("environmentFilter"));
    m_environmentFilter->setToolTip(tr("Only topics of this environment"));
    m_environmentFilter->setAccessibleName(tr("Environment filter"));
    m_tagFilter = new QComboBox(browser);
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagFilter->setToolTip(tr("Only topics with this tag"));
    m_tagFilter->setAccessibleName(tr("Tag filter"));
    m_showDeleted = new QCheckBox(tr("Show &deleted"), browser);
    m_showDeleted->setObjectName(QStringLiteral("showDeleted"));
    m_count = new QLabel(browser);
    m_count->setObjectName(QStringLiteral("topicCount"));
    m_count->setMinimumWidth(110);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    filters->addWidget(m_clusterFilter, 1);
    filters->addWidget(m_environmentFilter, 1);
    filters->addWidget(m_tagFilter, 1);
    filters->addWidget(m_showDeleted);
    filters->addWidget(m_count);
    browserLayout->addLayout(filters);

    m_topicSplitter = new QSplitter(Qt::Vertical, browser);
    m_topicSplitter->setObjectName(QStringLiteral("topicSplitter"));
    m_topicModel = new TopicTableModel(m_runner, this);
    m_topicView = new QTableView(m_topicSplitter);
    m_topicView->setObjectName(QStringLiteral("topicView"));
    m_topicView->setAccessibleName(tr("Topics"));
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
    m_topicView->setContextMenuPolicy(Qt::ActionsContextMenu);
    // What a person reads first comes first: the name, who owns it and its tags, then the
    // numbers, each as wide as its header. The environment is in the sidebar (and a filter), so
    // its column starts hidden; the cluster's shows once there is more than one cluster. A
    // layout the user arranges (columns picked from the header's menu) is kept instead.
    QHeaderView *header = m_topicView->horizontalHeader();
    header->setMinimumSectionSize(40);
    for (int c = 0; c < TopicTableModel::ColumnCount; ++c)
        m_topicView->setColumnWidth(c, std::max(header->sectionSizeHint(c), 56));
    m_topicView->setColumnWidth(TopicTableModel::Name, 230);
    m_topicView->setColumnWidth(TopicTableModel::Cluster, 100);
    m_topicView->setColumnWidth(TopicTableModel::Owner, 130);
    m_topicView->setColumnWidth(TopicTableModel::Tags, 170);
    const int order[] = {TopicTableModel::Name, TopicTableModel::Cluster, TopicTableModel::Environment, TopicTableModel::Owner,
                         TopicTableModel::Tags, TopicTableModel::Messages, TopicTableModel::Rate, TopicTableModel::Partitions,
                         TopicTableModel::Replication, TopicTableModel::UnderReplicated, TopicTableModel::Retention};
    static_assert(std::size(order) == TopicTableModel::ColumnCount, "every column has its place");
    for (int visual = 0; visual < TopicTableModel::ColumnCount; ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    m_topicView->setColumnHidden(TopicTableModel::Environment, true);
    m_topicView->setColumnHidden(TopicTableModel::Cluster, true);
    m_topicColumns = new ColumnChooser(header);
    m_detail = new TopicDetailView(m_runner, m_topicSplitter);
    m_topicSplitter->setStretchFactor(0, 3);
    m_topicSplitter->setStretchFactor(1, 2);
    browserLayout->addWidget(m_topicSplitter, 1);

    m_search->installEventFilter(new SearchKeys(m_search, m_topicView));
    connect(m_search, &QLineEdit::textChanged, m_topicModel, &TopicTableModel::setSearchText);
    for (QComboBox *box : {m_clusterFilter, m_environmentFilter, m_tagFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &CatalogView::applyFilter);
    connect(m_showDeleted, &QCheckBox::toggled, this, &CatalogView::applyFilter);
    connect(m_showDeleted, &QCheckBox::toggled, this, &CatalogView::showDeletedChanged);
    connect(m_topicModel, &TopicTableModel::countChanged, this, &CatalogView::updateCount);
    connect(m_topicModel, &TopicTableModel::loadingChanged, this, &CatalogView::updateCount);
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
            &CatalogView::onTopicSelected);
    connect(m_detail, &TopicDetailView::curationChanged, this, [this] {
        m_topicModel->reload();
        reloadTags();
    });
    connect(m_detail, &TopicDetailView::errorOccurred, this, [this](const QString &message) {
        m_messageBar->showMessage(message, MessageBar::Type::Error);
    });
    return browser;
}

void CatalogView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CatalogView::setShowDeleted(bool show)
{
    m_showDeleted->setChecked(show);
}

bool CatalogView::hasClusters() const
{
    return m_clusterModel->rowCount() > 0;
}

bool CatalogView::isCrawling() const
{
    return m_crawler->isRunning();
}

qint64 CatalogView::selectedClusterId() const
{
    return m_clusterView->currentIndex().data(ClusterTreeModel::ClusterIdRole).toLongLong();
}

void CatalogView::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("catalogSplitter"), m_catalogSplitter->saveState());
    settings.setValue(QStringLiteral("topicSplitter"), m_topicSplitter->saveState());
    settings.setValue(QStringLiteral("topicHeader"), m_topicView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("topicColumnsChosen"), m_topicColumns->isChosen());
    settings.setValue(QStringLiteral("detailTab"), m_detail->tabs()->currentIndex());
    settings.setValue(QStringLiteral("showDeleted"), m_showDeleted->isChecked());
}

void CatalogView::restoreState(const QSettings &settings)
{
    m_catalogSplitter->restoreState(settings.value(QStringLiteral("catalogSplitter")).toByteArray());
    m_topicSplitter->restoreState(settings.value(QStringLiteral("topicSplitter")).toByteArray());
    // Only a header the user arranged (columns picked) is restored: the defaults improve
    // with new versions, a chosen layout stays.
    if (settings.value(QStringLiteral("topicColumnsChosen"), false).toBool()
        && m_topicView->horizontalHeader()->restoreState(settings.value(QStringLiteral("topicHeader")).toByteArray()))
        m_topicColumns->setChosen(true);
    m_detail->tabs()->setCurrentIndex(settings.value(QStringLiteral("detailTab"), 0).toInt());
    m_showDeleted->setChecked(settings.value(QStringLiteral("showDeleted"), false).toBool());
}

void CatalogView::reloadClusters()
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
        // One cluster: its name in every row says nothing (unless the user asked for it).
        if (!m_topicColumns->isChosen())
            m_topicView->setColumnHidden(TopicTableModel::Cluster, result->clusters.size() <= 1);
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
        m_topicArea->setCurrentWidget(empty && !m_demo->isStarting() ? m_welcome : m_browser);
        emit actionsChanged();
    });
}

void CatalogView::reloadTags()
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

void CatalogView::reloadTopics()
{
    m_topicModel->reload();
    m_detail->reload();
}

void CatalogView::applyFilter()
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

void CatalogView::updateCount()
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

void CatalogView::onClusterSelected()
{
    emit actionsChanged();
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

void CatalogView::onTopicSelected()
{
    const QModelIndex index = m_topicView->currentIndex();
    const qint64 id = index.isValid() ? index.data(TopicTableModel::TopicIdRole).toLongLong() : 0;
    if (id != m_detail->topicId())
        m_detail->showTopic(id);
}

void CatalogView::openDemoCluster(bool crawl)
{
    m_demo->open(crawl);
}

void CatalogView::crawl(const QList<Cluster> &clusters)
{
    if (!clusters.isEmpty())
        m_crawler->crawl(clusters);
    emit actionsChanged();
}

void CatalogView::crawlAll()
{
    QList<Cluster> clusters;
    for (const Cluster &c : m_clusterModel->clusters()) {
        if (c.isDemo() && !m_demo->isRunning()) {
            m_demo->open(true);   // crawled once its mock is up
            continue;
        }
        clusters << c;
    }
    crawl(clusters);
}

void CatalogView::crawlCluster(qint64 clusterId)
{
    // Read the row fresh: the demo cluster's port changes at every start.
    auto found = m_runner->run([clusterId](const Database &db) { return ClusterStore(db).findById(clusterId); });
    onResultReady(found, this, [this](const Result<std::optional<Cluster>> &cluster) {
        if (!cluster || !cluster->has_value())
            return;
        if ((*cluster)->isDemo() && !m_demo->isRunning()) {
            m_demo->open(true);
            return;
        }
        crawl({**cluster});
    });
}

void CatalogView::cancelCrawl()
{
    m_crawler->cancel();
}

void CatalogView::onCrawlFinished(const CrawlOutcome &report)
{
    m_clusterModel->setCrawling(report.clusterId, false);
    if (report.status == CrawlStatus::Failed) {
        m_messageBar->showMessage(tr("Crawling cluster %1 failed: %2").arg(report.cluster, report.error),
                                  MessageBar::Type::Error, tr("Retry"));
        disconnect(m_messageBar, &MessageBar::actionTriggered, this, nullptr);
        connect(m_messageBar, &MessageBar::actionTriggered, this,
                [this, id = report.clusterId] { crawlCluster(id); }, Qt::SingleShotConnection);
    } else if (report.status == CrawlStatus::Cancelled) {
        m_messageBar->showMessage(tr("Crawling cluster %1 was cancelled; its previous snapshot is kept.").arg(report.cluster),
                                  MessageBar::Type::Warning);
    } else if (report.status == CrawlStatus::Partial) {
        m_messageBar->showMessage(tr("Cluster %1 was crawled, but Switchboard may not read: %2")
                                      .arg(report.cluster, report.missing.join(QStringLiteral("; "))),
                                  MessageBar::Type::Warning);
    } else {
        emit statusMessage(tr("Crawled %1: %n topic(s) in %2 ms", nullptr, report.topics)
                               .arg(report.cluster, QLocale().toString(report.durationMs)),
                           10000);
        if (m_messageBar->type() == MessageBar::Type::Information || m_messageBar->text().contains(report.cluster))
            m_messageBar->hideMessage();
        auto cluster = m_clusterModel->cluster(report.clusterId);
        if (cluster && cluster->isDemo())
            m_demo->recordAfterCrawl(report.clusterId);
    }
    m_topicModel->reload();
    emit crawlFinished(report.clusterId, report.succeeded());
}

void CatalogView::addCluster()
{
    auto *dialog = new ClusterDialog(Cluster{}, m_clusterModel->environments(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Cluster cluster = dialog->cluster();
        auto future = m_runner->write([cluster](const Database &db) { return ClusterStore(db).add(cluster); });
        onResultReady(future, this, [this](const Result<Cluster> &added) {
            if (!added) {
                m_messageBar->showMessage(tr("Cannot add the cluster: %1").arg(added.error()), MessageBar::Type::Error);
                return;
            }
            m_topicArea->setCurrentWidget(m_browser);
            reloadClusters();
            // A new cluster is crawled at once: that is how its address gets checked.
            crawl({*added});
        });
    });
    dialog->open();
}

void CatalogView::editCluster(qint64 clusterId)
{
    auto cluster = m_clusterModel->cluster(clusterId);
    if (!cluster)
        return;
    auto *dialog = new ClusterDialog(*cluster, m_clusterModel->environments(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Cluster changed = dialog->cluster();
        auto future = m_runner->write([changed](const Database &db) -> Result<bool> {
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

void CatalogView::removeCluster(qint64 clusterId)
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
    const bool demo = cluster->isDemo();
    connect(box, &QMessageBox::finished, this, [this, name, demo](int result) {
        if (result != QMessageBox::Yes)
            return;
        auto future = m_runner->write([name](const Database &db) -> Result<bool> {
            if (auto st = ClusterStore(db).remove(name); !st)
                return makeError(st.error());
            return true;
        });
        onResultReady(future, this, [this, demo](const Result<bool> &removed) {
            if (!removed)
                m_messageBar->showMessage(tr("Cannot remove the cluster: %1").arg(removed.error()), MessageBar::Type::Error);
            else if (demo)
                m_demo->close();   // the demo is closed: its routing service and mock stop
            m_detail->showTopic(0);
            reloadClusters();
            reloadTags();
            m_topicModel->reload();
        });
    });
    box->open();
}

} // namespace Switchboard
