// The team workspace in the desktop's status bar: a catalog that replicates a workspace says
// which one, as whom and with which role, and how many changes wait to be sent; a catalog
// without one shows nothing (single-user mode as before). The real main window, offscreen;
// a screenshot goes to build/screenshots/workspace-status.png.

#include "MainWindowFixture.h"
#include "TempCatalog.h"
#include "workspace/WorkspaceRecord.h"
#include "workspace/WorkspaceStore.h"

#include <QDir>
#include <QLabel>
#include <QStatusBar>

using namespace Switchboard;

class TestWorkspaceStatusGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::prepareMainWindowTests(QStringLiteral("tst_workspacestatusgui")); }

    void singleUserModeShowsNothing()
    {
        Test::TempCatalog catalog;
        QVERIFY(catalog.isValid());
        const QString path = catalog.path();
        auto window = Test::openMainWindow(path, QSize(1100, 700));
        auto *label = window->findChild<QLabel *>(QStringLiteral("workspaceStatus"));
        QVERIFY(label);
        QTest::qWait(300);
        QVERIFY(!label->isVisible());
    }

    void aMemberSeesTheWorkspaceAndWhatWaits()
    {
        Test::TempCatalog catalog;
        QVERIFY(catalog.isValid());
        WorkspaceStore store(catalog.db());
        QVERIFY(store.setCurrent(WorkspaceInfo{QStringLiteral("team"), QStringLiteral("home"), QStringLiteral("User:bob"), {}}));
        QVERIFY(store.putMember(WorkspaceMember{QStringLiteral("User:bob"), WorkspaceRole::Developer, QStringLiteral("alice"),
                                                QDateTime::currentDateTimeUtc(), 3}));
        AccessRequest r;
        r.uuid = QStringLiteral("0b7a3c1e-5d2f-4e6a-8b9c-0d1e2f3a4b5c");
        r.application = QStringLiteral("billing");
        r.channel = QStringLiteral("kafka://example.com/invoices");
        for (int i = 0; i < 2; ++i)
            QVERIFY(store.enqueue(QStringLiteral("switchboard.team.requests.bob"), WorkspaceRecord::request(r), QStringLiteral("request")));
        auto window = Test::openMainWindow(catalog.path(), QSize(1100, 700));
        auto *label = window->findChild<QLabel *>(QStringLiteral("workspaceStatus"));
        QVERIFY(label);
        QTRY_VERIFY(label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("Workspace team: bob, developer · 2 changes wait to be sent"));
        QVERIFY(label->toolTip().contains(QLatin1String("home")));
        const QString dir = qEnvironmentVariable("SWITCHBOARD_BINARY_DIR", QDir::currentPath()) + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        QVERIFY(window->grab().save(dir + QStringLiteral("/workspace-status.png")));
    }
};

QTEST_MAIN(TestWorkspaceStatusGui)
#include "tst_workspacestatusgui.moc"
