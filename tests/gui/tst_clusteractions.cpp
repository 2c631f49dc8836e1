// What a person does with clusters in the real main window, offscreen: cancel a crawl that
// hangs on a cluster that never answers, test a connection in the cluster dialog (a bad
// address fails, the real test broker answers), remove a cluster, and let the automatic crawl
// setting start a crawl on its own.

#include "TestBroker.h"
#include "clusters/ClusterDialog.h"
#include "clusters/ClusterStore.h"
#include "clusters/ClusterTreeModel.h"
#include "main/AppSettings.h"
#include "main/CrawlController.h"
#include "MainWindowFixture.h"
#include "main/MainWindow.h"
#include "catalog/CatalogView.h"
#include "catalog/DemoController.h"
#include "main/Resources.h"
#include "main/Translations.h"
#include "main/SettingsDialog.h"
#include "store/Database.h"
#include "topics/TopicTableModel.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Switchboard;

class tst_ClusterActions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cancelRunningCrawl();
    void testConnectionInDialog();
    void removeCluster();
    void autoCrawlFires();

private:
    std::unique_ptr<MainWindow> makeWindow();
    ClusterDialog *openAddDialog(MainWindow *window);
    QString clusterTooltip(MainWindow *window) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ClusterActions::initTestCase()
{
    Test::prepareMainWindowTests(QStringLiteral("tst_clusteractions"));
}

void tst_ClusterActions::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<MainWindow> tst_ClusterActions::makeWindow()
{
    return Test::openMainWindow(m_dir->filePath(QStringLiteral("catalog.sqlite")), QSize(1200, 800));
}

ClusterDialog *tst_ClusterActions::openAddDialog(MainWindow *window)
{
    auto *add = window->findChild<QAction *>(QStringLiteral("addClusterAction"));
    if (!add)
        return nullptr;
    add->trigger();
    ClusterDialog *dialog = nullptr;
    QElapsedTimer t;
    t.start();
    while (!(dialog = window->findChild<ClusterDialog *>()) && t.elapsed() < 5000)
        QTest::qWait(20);
    return dialog;
}

// The tooltip of the first cluster in the sidebar: its health as the user reads it.
QString tst_ClusterActions::clusterTooltip(MainWindow *window) const
{
    ClusterTreeModel *model = window->catalogView()->clusterModel();
    if (model->rowCount() == 0)
        return {};
    const QModelIndex env = model->index(0, 0);
    return model->index(0, 0, env).data(Qt::ToolTipRole).toString();
}

void tst_ClusterActions::cancelRunningCrawl()
{
    // A port that accepts connections and never answers: the crawl hangs in "Connecting"
    // until its connect timeout (30 s here) unless Cancel ends it.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    auto window = makeWindow();
    window->catalogView()->crawler()->setConnectTimeoutMs(30000);
    ClusterDialog *dialog = openAddDialog(window.get());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("clusterName")), QStringLiteral("silent"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("clusterBootstrap")),
                     QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()));
    QSignalSpy crawled(window->catalogView(), &CatalogView::crawlFinished);
    // Saving a new cluster crawls it at once.
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);

    auto *progress = window->findChild<QWidget *>(QStringLiteral("crawlProgress"));
    auto *progressText = window->findChild<QLabel *>(QStringLiteral("crawlProgressText"));
    auto *cancel = window->findChild<QPushButton *>(QStringLiteral("cancelCrawl"));
    QVERIFY(progress && progressText && cancel);
    QTRY_VERIFY(progress->isVisible());
    QTRY_VERIFY2(progressText->text().contains(QLatin1String("Connecting")), qPrintable(progressText->text()));
    QTest::qWait(300);
    QCOMPARE(crawled.count(), 0);   // still hanging

    QElapsedTimer sinceCancel;
    sinceCancel.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(progressText->text(), QStringLiteral("Cancelling…"));
    QTRY_COMPARE_WITH_TIMEOUT(crawled.count(), 1, 10000);
    // Cancelled, not timed out: well within the 30 s connect timeout.
    QVERIFY2(sinceCancel.elapsed() < 5000, qPrintable(QString::number(sinceCancel.elapsed())));
    QCOMPARE(crawled.at(0).at(1).toBool(), false);
    MessageBar *bar = window->catalogView()->messageBar();
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Warning);
    QVERIFY2(bar->text().contains(QLatin1String("silent")) && bar->text().contains(QLatin1String("cancelled")),
             qPrintable(bar->text()));
    QTRY_VERIFY(!progress->isVisible());
    QTRY_VERIFY2(clusterTooltip(window.get()).contains(QLatin1String("cancelled")),
                 qPrintable(clusterTooltip(window.get())));
    // Crawl actions are available again.
    QTRY_VERIFY(window->findChild<QAction *>(QStringLiteral("crawlAllAction"))->isEnabled());
}

void tst_ClusterActions::testConnectionInDialog()
{
    SWITCHBOARD_REQUIRE_BROKER(broker);
    auto window = makeWindow();
    ClusterDialog *dialog = openAddDialog(window.get());
    QVERIFY(dialog);
    auto *bootstrap = dialog->findChild<QLineEdit *>(QStringLiteral("clusterBootstrap"));
    auto *test = dialog->findChild<QPushButton *>(QStringLiteral("testConnection"));
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("testResult"));
    QVERIFY(bootstrap && test && result);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("clusterName")), QStringLiteral("probe"));

    // Nothing listens on port 1: the dialog says so, and stays usable.
    QTest::keyClicks(bootstrap, QStringLiteral("127.0.0.1:1"));
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Failed:")), 12000);
    qInfo("bad address: %s", qPrintable(result->text()));
    QVERIFY(result->text().contains(QLatin1String("127.0.0.1:1")) || result->text().contains(QLatin1String("refused"))
            || result->text().contains(QLatin1String("answer")));
    QTRY_VERIFY(test->isEnabled());

    // The real broker answers with its brokers and topics.
    bootstrap->clear();
    QTest::keyClicks(bootstrap, broker.plaintextBootstrap());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Connected:")), 12000);
    qInfo("test broker: %s", qPrintable(result->text()));
    QVERIFY(result->text().contains(QLatin1String("1 broker")));
    // Testing saves nothing.
    dialog->reject();
    QCOMPARE(Test::checkCatalog(window.get(), [](Database &db) { return ClusterStore(db).list(); })->size(), 0);
}

void tst_ClusterActions::removeCluster()
{
    auto window = makeWindow();
    QSignalSpy crawled(window->catalogView(), &CatalogView::crawlFinished);
    window->catalogView()->openDemoCluster(true);
    QTRY_COMPARE_WITH_TIMEOUT(crawled.count(), 1, 30000);
    TopicTableModel *topics = window->catalogView()->topicModel();
    QTRY_VERIFY(topics->rowCount() >= 39 && !topics->isLoading());

    // Select the cluster in the sidebar and press Delete there; confirm.
    auto *sidebar = window->findChild<QTreeView *>(QStringLiteral("clusterView"));
    QVERIFY(sidebar);
    QTRY_COMPARE(window->catalogView()->clusterModel()->rowCount(), 1);
    const QModelIndex env = window->catalogView()->clusterModel()->index(0, 0);
    const QModelIndex demo = window->catalogView()->clusterModel()->index(0, 0, env);
    QVERIFY(demo.isValid());
    sidebar->setFocus();
    sidebar->setCurrentIndex(demo);
    QTest::keyClick(sidebar, Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("removeClusterBox"))) != nullptr);
    QVERIFY2(box->text().contains(QLatin1String("demo")), qPrintable(box->text()));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);

    // Gone from the sidebar, the table and the catalog; the welcome page is back.
    QTRY_COMPARE(window->catalogView()->clusterModel()->rowCount(), 0);
    QTRY_VERIFY(topics->rowCount() == 0 && !topics->isLoading());
    auto *welcome = window->findChild<QWidget *>(QStringLiteral("welcome"));
    QVERIFY(welcome);
    QTRY_VERIFY(welcome->isVisible());
    QCOMPARE(Test::checkCatalog(window.get(), [](Database &db) { return ClusterStore(db).list(); })->size(), 0);
    auto *count = window->findChild<QLabel *>(QStringLiteral("topicCount"));
    QTRY_COMPARE(count->text(), QStringLiteral("0 topics"));
}

void tst_ClusterActions::autoCrawlFires()
{
    auto window = makeWindow();
    QSignalSpy ready(window->catalogView()->demo(), &DemoController::ready);
    QSignalSpy crawled(window->catalogView(), &CatalogView::crawlFinished);
    window->catalogView()->openDemoCluster(false);   // registered, not crawled
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
    QTest::qWait(300);
    QCOMPARE(crawled.count(), 0);
    QCOMPARE(window->catalogView()->topicModel()->rowCount(), 0);

    // Settings: crawl every cluster every minute.
    window->showSettings();
    SettingsDialog *settings = nullptr;
    QTRY_VERIFY((settings = window->findChild<SettingsDialog *>()) != nullptr);
    auto *every = settings->findChild<QSpinBox *>(QStringLiteral("autoCrawl"));
    QVERIFY(every);
    QCOMPARE(every->value(), 0);
    QCOMPARE(every->text(), QStringLiteral("Off"));
    every->setFocus();
    QTest::keyClick(every, Qt::Key_Up);
    QCOMPARE(every->value(), 1);
    QTest::mouseClick(settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(AppSettings::autoCrawlMinutes(), 1);

    // The window armed its timer for a minute; a test does not wait a minute, so it shortens
    // the armed timer and watches the crawl start with nobody asking.
    auto *timer = window->findChild<QTimer *>(QStringLiteral("autoCrawlTimer"));
    QVERIFY(timer);
    QVERIFY(timer->isActive());
    QCOMPARE(timer->interval(), 60 * 1000);
    timer->setInterval(200);
    QTRY_COMPARE_WITH_TIMEOUT(crawled.count(), 1, 30000);
    QCOMPARE(crawled.at(0).at(1).toBool(), true);
    QTRY_VERIFY(window->catalogView()->topicModel()->rowCount() >= 39);
    QTRY_VERIFY2(clusterTooltip(window.get()).contains(QLatin1String("ok")), qPrintable(clusterTooltip(window.get())));

    // Off again: the timer stops.
    QTRY_VERIFY(window->findChild<SettingsDialog *>() == nullptr);
    window->showSettings();
    QTRY_VERIFY((settings = window->findChild<SettingsDialog *>()) != nullptr);
    settings->findChild<QSpinBox *>(QStringLiteral("autoCrawl"))->setValue(0);
    QTest::mouseClick(settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(!timer->isActive());
}

QTEST_MAIN(tst_ClusterActions)
#include "tst_clusteractions.moc"
