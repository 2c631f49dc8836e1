// The real main window, offscreen, driven like a person would: open the demo cluster, crawl
// it, search, tag, re-crawl, read the partitions; add an unreachable cluster and read the
// error in the message bar. Every item model runs under QAbstractItemModelTester, and the
// window and the topic detail are saved as PNGs under the build folder.

#include "clusters/ClusterDialog.h"
#include "clusters/ClusterStore.h"
#include "clusters/ClusterTreeModel.h"
#include "main/Appearance.h"
#include "main/CrawlController.h"
#include "main/ExportConfigDialog.h"
#include "MainWindowFixture.h"
#include "main/MainWindow.h"
#include "catalog/CatalogView.h"
#include "catalog/DemoController.h"
#include "main/Resources.h"
#include "main/Translations.h"
#include "push/RoutersView.h"
#include "store/Database.h"
#include "topics/ConfigTableModel.h"
#include "topics/ConsumerGroupTableModel.h"
#include "topics/HistoryTableModel.h"
#include "topics/PartitionTableModel.h"
#include "topics/TopicDetailView.h"
#include "topics/TopicTableModel.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QColor>
#include <QDialogButtonBox>
#include <QImage>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

class tst_MainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void demoClusterEndToEnd();
    void largeCatalogCountsAfterFirstPage();
    void demoComesBackAfterRestart();
    void clusterDialogValidatesAsYouType();
    void unreachableClusterShowsInMessageBar();
    void routingViewInNavigation();
    void vaultMenuAndExport();

private:
    std::unique_ptr<MainWindow> makeWindow();
    int rowOf(TopicTableModel *model, const QString &topic) const;
    void saveScreenshot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_MainWindow::initTestCase()
{
    Test::prepareMainWindowTests(QStringLiteral("tst_mainwindow"));
}

void tst_MainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<MainWindow> tst_MainWindow::makeWindow()
{
    return Test::openMainWindow(m_dir->filePath(QStringLiteral("catalog.sqlite")), QSize(1400, 900));
}

int tst_MainWindow::rowOf(TopicTableModel *model, const QString &topic) const
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->topicAt(r).name == topic)
            return r;
    }
    return -1;
}

void tst_MainWindow::saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SWITCHBOARD_BINARY_DIR", QDir::currentPath()) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name;
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void tst_MainWindow::demoClusterEndToEnd()
{
    auto window = makeWindow();
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester topicsTester(window->catalogView()->topicModel(), Mode::QtTest);
    QAbstractItemModelTester clustersTester(window->catalogView()->clusterModel(), Mode::QtTest);
    QAbstractItemModelTester partitionsTester(window->catalogView()->detailView()->partitionModel(), Mode::QtTest);
    QAbstractItemModelTester configsTester(window->catalogView()->detailView()->configModel(), Mode::QtTest);
    QAbstractItemModelTester importantTester(window->catalogView()->detailView()->importantConfigModel(), Mode::QtTest);
    QAbstractItemModelTester groupsTester(window->catalogView()->detailView()->groupModel(), Mode::QtTest);
    QAbstractItemModelTester historyTester(window->catalogView()->detailView()->historyModel(), Mode::QtTest);

    // First start on an empty catalog: the demo cluster is offered.
    auto *openDemo = window->findChild<QPushButton *>(QStringLiteral("openDemo"));
    QVERIFY(openDemo);
    QTRY_VERIFY(openDemo->isVisible());

    QSignalSpy crawled(window->catalogView(), &CatalogView::crawlFinished);
    QSignalSpy groupsRecorded(window->catalogView()->demo(), &DemoController::groupsRecorded);
    QTest::mouseClick(openDemo, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(crawled.count(), 1, 30000);
    QCOMPARE(crawled.at(0).at(1).toBool(), true);
    QVERIFY(window->catalogView()->demo()->isRunning());

    // Every demo topic is in the table, with the count shown.
    TopicTableModel *topics = window->catalogView()->topicModel();
    QTRY_VERIFY_WITH_TIMEOUT(topics->rowCount() >= 39, 5000);
    auto *count = window->findChild<QLabel *>(QStringLiteral("topicCount"));
    QTRY_VERIFY(count->text().contains(QLatin1String("39")));
    // The cluster sidebar shows the demo cluster's health.
    QTRY_VERIFY(window->catalogView()->clusterModel()->rowCount() == 1);
    const QModelIndex env = window->catalogView()->clusterModel()->index(0, 0);
    QTRY_VERIFY(window->catalogView()->clusterModel()->index(0, 0, env).data().toString().contains(QLatin1String("39")));

    // Search: type into the search box, see the topic.
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window->catalogView()->searchEdit()->hasFocus());
    QTest::keyClicks(window->catalogView()->searchEdit(), QStringLiteral("invoices"));
    QTRY_VERIFY(rowOf(topics, QStringLiteral("billing.invoices")) >= 0 && topics->rowCount() <= 3
                && !topics->isLoading());

    // Open its detail: Down moves from the search to the table; select the row.
    const int row = rowOf(topics, QStringLiteral("billing.invoices"));
    QTableView *table = window->catalogView()->topicView();
    const QRect cell = table->visualRect(topics->index(row, TopicTableModel::Name));
    QSignalSpy detailLoaded(window->catalogView()->detailView(), &TopicDetailView::loaded);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY(detailLoaded.count() >= 1);
    QCOMPARE(window->catalogView()->detailView()->detail()->topic.name, QStringLiteral("billing.invoices"));

    // Tag it in the overview; the table shows the tag.
    QLineEdit *tagEdit = window->catalogView()->detailView()->findChild<QLineEdit *>(QStringLiteral("tagEdit"));
    QVERIFY(tagEdit);
    tagEdit->setFocus();
    QTest::keyClicks(tagEdit, QStringLiteral("gui-tested"));
    QTest::keyClick(tagEdit, Qt::Key_Return);
    QTRY_VERIFY(topics->index(rowOf(topics, QStringLiteral("billing.invoices")), TopicTableModel::Tags)
                    .data().toString().contains(QLatin1String("gui-tested")));

    // Re-crawl everything (Ctrl+R): the tag survives.
    QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(crawled.count(), 2, 30000);
    QCOMPARE(crawled.at(1).at(1).toBool(), true);
    QTRY_VERIFY(!topics->isLoading() && rowOf(topics, QStringLiteral("billing.invoices")) >= 0);
    QTRY_VERIFY(topics->index(rowOf(topics, QStringLiteral("billing.invoices")), TopicTableModel::Tags)
                    .data().toString().contains(QLatin1String("gui-tested")));

    // The partitions tab: six partitions, each with a leader, replicas and watermarks.
    QTabWidget *tabs = window->catalogView()->detailView()->tabs();
    tabs->setCurrentIndex(1);
    QTRY_COMPARE(window->catalogView()->detailView()->partitionModel()->rowCount(), 6);
    auto *partitionView = window->catalogView()->detailView()->findChild<QTableView *>(QStringLiteral("partitionsView"));
    QVERIFY(partitionView && partitionView->isVisible());
    qint64 messages = 0;
    for (int r = 0; r < 6; ++r) {
        const auto *m = window->catalogView()->detailView()->partitionModel();
        QVERIFY(m->index(r, PartitionTableModel::Leader).data().toString().toInt() >= 1);
        QCOMPARE(m->index(r, PartitionTableModel::Replicas).data().toString().split(QStringLiteral(", ")).size(), 3);
        messages += QLocale().toLongLong(m->index(r, PartitionTableModel::Messages).data().toString());
    }
    QCOMPARE(messages, 1200);

    // The consumers tab: the demo's mailer group has read 80 % of the invoices.
    QTRY_VERIFY(groupsRecorded.count() >= 2);
    QTRY_COMPARE(window->catalogView()->detailView()->groupModel()->rowCount(), 1);
    const auto *groups = window->catalogView()->detailView()->groupModel();
    QCOMPARE(groups->index(0, ConsumerGroupTableModel::Group).data().toString(), QStringLiteral("billing-invoice-mailer"));
    QCOMPARE(QLocale().toLongLong(groups->index(0, ConsumerGroupTableModel::Lag).data().toString()), 240);

    // Screenshots for people: the window on the overview of the searched topic, then the
    // whole demo catalog with the partitions tab.
    tabs->setCurrentIndex(0);
    QTest::qWait(50);
    saveScreenshot(window->catalogView()->detailView(), QStringLiteral("topic-detail.png"));
    window->catalogView()->searchEdit()->clear();
    QTRY_VERIFY(topics->rowCount() >= 39 && !topics->isLoading());
    const int again = rowOf(topics, QStringLiteral("billing.invoices"));
    table->selectRow(again);
    table->scrollTo(topics->index(again, 0));
    tabs->setCurrentIndex(1);
    QTest::qWait(100);
    saveScreenshot(window.get(), QStringLiteral("main-window.png"));
    tabs->setCurrentIndex(5);
    QTest::qWait(50);
    saveScreenshot(window->catalogView()->detailView(), QStringLiteral("topic-chart.png"));

    // The dark palette reaches every part of the window (table, sidebar, detail), not just
    // the frame: the screenshot is mostly dark and the table's text light.
    tabs->setCurrentIndex(1);
    Appearance::apply(QStringLiteral("dark"));
    QTest::qWait(100);
    QVERIFY(Appearance::isDark());
    QVERIFY(table->palette().color(QPalette::Base).lightness() < 64);
    QVERIFY(table->palette().color(QPalette::Text).lightness() > 192);
    QVERIFY(window->catalogView()->detailView()->palette().color(QPalette::Window).lightness() < 64);
    saveScreenshot(window.get(), QStringLiteral("main-window-dark.png"));
    const QImage dark = window->grab().toImage();
    qint64 lightness = 0;
    int samples = 0;
    for (int y = 0; y < dark.height(); y += 7) {
        for (int x = 0; x < dark.width(); x += 7, ++samples)
            lightness += QColor(dark.pixel(x, y)).lightness();
    }
    QVERIFY2(lightness / samples < 90, qPrintable(QString::number(lightness / samples)));
    Appearance::apply(QStringLiteral("light"));
    QTest::qWait(50);
    QVERIFY(!Appearance::isDark());
}

void tst_MainWindow::largeCatalogCountsAfterFirstPage()
{
    // 120 topics: more than the table's first page (50 rows). The rows come first, the count
    // ("n topics") right after, exact for the whole list, a one-letter name filter and a search.
    {
        const Database::GuardedThreadAllowance setUp;   // the test's own catalog work, before the window
        auto db = Database::open(m_dir->filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY(db);
        Cluster c;
        c.name = QStringLiteral("prod-eu");
        c.environment = QStringLiteral("prod");
        c.bootstrapServers = QStringLiteral("kafka-1:9092");
        auto added = ClusterStore(**db).add(c);
        QVERIFY(added);
        auto insert = (*db)->prepare(QStringLiteral(
            "INSERT INTO topics(cluster_id, name, status, partition_count, replication_factor, first_seen_at, "
            "last_seen_at, changed_at) VALUES(?, ?, 'active', 3, 1, '2026-01-01T00:00:00.000Z', "
            "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
        QVERIFY(insert);
        for (int i = 0; i < 120; ++i) {
            // Every third is a queue (no 'r' in its name); the other 80 are orders.
            const QString name = i % 3 == 0 ? QStringLiteral("queue.%1").arg(i, 3, 10, QLatin1Char('0'))
                                            : QStringLiteral("orders.%1").arg(i, 3, 10, QLatin1Char('0'));
            insert->reset();
            insert->bind(1, added->id).bind(2, name);
            QVERIFY(insert->run());
        }
    }
    auto window = makeWindow();
    TopicTableModel *topics = window->catalogView()->topicModel();
    auto *count = window->findChild<QLabel *>(QStringLiteral("topicCount"));
    QVERIFY(count);
    QTRY_COMPARE(count->text(), QStringLiteral("120 topics"));
    QVERIFY(topics->rowCount() >= 50);
    // Scrolling to the end pages in the rest.
    QTableView *table = window->catalogView()->topicView();
    for (int i = 0; i < 20 && topics->rowCount() < 120; ++i) {
        table->scrollToBottom();
        QTest::qWait(50);
    }
    QTRY_COMPARE(topics->rowCount(), 120);

    // One letter filters names: 80 contain an 'r'.
    QTest::keyClicks(window->catalogView()->searchEdit(), QStringLiteral("r"));
    QTRY_COMPARE(count->text(), QStringLiteral("80 topics"));
    QVERIFY(rowOf(topics, QStringLiteral("orders.001")) >= 0);
    QCOMPARE(rowOf(topics, QStringLiteral("queue.000")), -1);
    // A ranked search: "orders" finds the same 80.
    window->catalogView()->searchEdit()->clear();
    QTest::keyClicks(window->catalogView()->searchEdit(), QStringLiteral("orders"));
    QTRY_COMPARE(count->text(), QStringLiteral("80 topics"));
    QTRY_VERIFY(!topics->isLoading() && topics->rowCount() >= 50);
    QCOMPARE(topics->topicAt(0).name.left(7), QStringLiteral("orders."));
    window->catalogView()->searchEdit()->setText(QStringLiteral("queue"));
    QTRY_COMPARE(count->text(), QStringLiteral("40 topics"));
}

void tst_MainWindow::demoComesBackAfterRestart()
{
    QString firstBootstrap;
    {
        auto window = makeWindow();
        QSignalSpy crawled(window->catalogView(), &CatalogView::crawlFinished);
        window->catalogView()->openDemoCluster(true);
        QTRY_COMPARE_WITH_TIMEOUT(crawled.count(), 1, 30000);
        firstBootstrap = window->catalogView()->demo()->bootstrapServers();
        QVERIFY(!firstBootstrap.isEmpty());
    }
    // A new start on the same catalog: no welcome page, a new mock, the row points at it.
    auto window = makeWindow();
    QSignalSpy ready(window->catalogView()->demo(), &DemoController::ready);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
    QVERIFY(window->catalogView()->demo()->bootstrapServers() != firstBootstrap);
    auto row = Test::checkCatalog(window.get(), [&](Database &db) { return ClusterStore(db).findById(ready.at(0).at(0).toLongLong()); });
    QVERIFY(row.ok() && row->has_value());
    QCOMPARE((*row)->bootstrapServers, window->catalogView()->demo()->bootstrapServers());
    QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("openDemo"))->isVisible());
    // What the last crawl stored is there before any new crawl.
    QTRY_VERIFY(window->catalogView()->topicModel()->rowCount() >= 39);
}

void tst_MainWindow::clusterDialogValidatesAsYouType()
{
    ClusterDialog dialog(Cluster{}, {QStringLiteral("prod")});
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("clusterName"));
    auto *bootstrap = dialog.findChild<QLineEdit *>(QStringLiteral("clusterBootstrap"));
    auto *validation = dialog.findChild<QLabel *>(QStringLiteral("clusterValidation"));
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(name && bootstrap && validation && save);
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(name, QStringLiteral("prod-eu"));
    QTest::keyClicks(bootstrap, QStringLiteral("broker1:9092,broker2"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!validation->text().isEmpty());
    QTest::keyClicks(bootstrap, QStringLiteral(":9092"));
    QVERIFY2(save->isEnabled(), qPrintable(validation->text()));
    QVERIFY(validation->isHidden());
}

void tst_MainWindow::unreachableClusterShowsInMessageBar()
{
    auto window = makeWindow();
    window->catalogView()->crawler()->setConnectTimeoutMs(2000);
    auto *add = window->findChild<QPushButton *>(QStringLiteral("welcomeAddCluster"));
    QVERIFY(add);
    QTRY_VERIFY(add->isVisible());
    QTest::mouseClick(add, Qt::LeftButton);
    ClusterDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ClusterDialog *>()) != nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("clusterName")), QStringLiteral("nowhere"));
    // Port 1 on loopback: nothing listens there.
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("clusterBootstrap")), QStringLiteral("127.0.0.1:1"));
    QSignalSpy crawled(window->catalogView(), &CatalogView::crawlFinished);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(crawled.count(), 1, 20000);
    QCOMPARE(crawled.at(0).at(1).toBool(), false);
    MessageBar *bar = window->catalogView()->messageBar();
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Error);
    QVERIFY2(bar->text().contains(QLatin1String("nowhere")), qPrintable(bar->text()));
    qInfo("message bar: %s", qPrintable(bar->text()));
    // The sidebar shows the failure too.
    QTRY_VERIFY(window->catalogView()->clusterModel()->rowCount() == 1);
    const QModelIndex env = window->catalogView()->clusterModel()->index(0, 0);
    QTRY_VERIFY(window->catalogView()->clusterModel()->index(0, 0, env).data(Qt::ToolTipRole).toString().contains(QLatin1String("failed")));
    saveScreenshot(window.get(), QStringLiteral("unreachable-cluster.png"));
}

void tst_MainWindow::routingViewInNavigation()
{
    auto window = makeWindow();
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(navigation);
    QVERIFY(pages);
    int row = -1;
    for (int r = 0; r < navigation->count(); ++r) {
        if (navigation->item(r)->data(Qt::UserRole).toString() == QLatin1String("routing"))
            row = r;
    }
    QVERIFY2(row >= 0, "no Routing entry in the navigation");
    QVERIFY(navigation->item(row)->text().startsWith(QLatin1String("Routing")));
    navigation->setCurrentRow(row);
    QVERIFY(qobject_cast<RoutersView *>(pages->currentWidget()));
    QVERIFY(pages->currentWidget()->isVisible());
}

void tst_MainWindow::vaultMenuAndExport()
{
    auto window = makeWindow();
    auto *unlock = window->findChild<QAction *>(QStringLiteral("unlockVaultAction"));
    auto *lock = window->findChild<QAction *>(QStringLiteral("lockVaultAction"));
    auto *exportConfig = window->findChild<QAction *>(QStringLiteral("exportConfigAction"));
    QVERIFY(unlock);
    QVERIFY(lock);
    QVERIFY(exportConfig);
    // An empty catalog: the chooser opens and says there is nothing to export yet.
    exportConfig->trigger();
    ExportConfigDialog *chooser = nullptr;
    QTRY_VERIFY((chooser = window->findChild<ExportConfigDialog *>()) != nullptr);
    QVERIFY(chooser->isVisible());
    QTRY_VERIFY(chooser->isLoaded());   // read on the window's runner
    QVERIFY(!chooser->hasChoices());
    chooser->reject();
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
