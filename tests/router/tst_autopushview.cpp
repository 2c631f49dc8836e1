// The automatic push in the desktop's Routing services view, with the real switchboard-router
// process: ticking "Push automatically" stores the catalog setting and catches up; an approval
// made afterwards lands on the service without pressing Push; with the vault locked the view
// says the automatic push waits for the vault, and it lands once the vault is unlocked.

#include "AutoPushFixture.h"

#include "push/AutoPushController.h"
#include "push/RoutersView.h"
#include "push/RoutingServiceStore.h"
#include "requests/ApprovalService.h"
#include "requests/RequestStore.h"
#include "routing/GrantStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QTest>
#include <QTreeWidget>

using namespace Switchboard;
using namespace Switchboard::Test;

class TestAutoPushView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void autoPushLands()
    {
        AutoPushFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error), qPrintable(error));
        Database &db = fixture.catalog.db();
        QVERIFY(RoutingServiceStore(db).add(QStringLiteral("r1"), fixture.url(),
                                            QString::fromLatin1(fixture.keys.service.publicKey.toBase64())));

        RoutersView view(db, *fixture.vault);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *box = view.findChild<QCheckBox *>(QStringLiteral("autoPush"));
        auto *status = view.findChild<QLabel *>(QStringLiteral("autoPushStatus"));
        auto *list = view.findChild<QTreeWidget *>();
        QVERIFY(box && status && list);
        QVERIFY(!box->isChecked());
        QTest::qWait(1500);   // off: nothing is pushed by itself
        QCOMPARE(fixture.servedVersion(), 0);
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("never pushed"));

        // On: the setting is stored in the catalog (the CLI follows it) and the service catches up.
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
        QVERIFY(box->isChecked());
        QTRY_VERIFY(RoutingServiceStore::autoPush(db));   // written on the view's writer
        QTRY_COMPARE_WITH_TIMEOUT(fixture.servedVersion(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItem(0)->text(4), QStringLiteral("current"), 10000);
        QCOMPARE(fixture.lookup(), 403);

        // An approval (made here as the Requests view makes it) lands without pressing Push.
        auto approved = ApprovalService(db).approve(fixture.requestUuid, ApproveOptions{});
        QVERIFY2(approved, qPrintable(approved.error()));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.servedVersion(), 2, 20000);
        QCOMPARE(fixture.lookup(), 200);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Pushed automatically")), 10000);

        // Locked vault: the view says the push waits; unlocking releases it.
        fixture.vault->lock();
        auto grants = GrantStore(db).list();
        QVERIFY(grants && !grants->isEmpty());
        QVERIFY(GrantStore(db).revoke(grants->first().grant.id));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("waiting for the vault")), 10000);
        QVERIFY(status->text().contains(QLatin1String("r1")));
        QCOMPARE(fixture.servedVersion(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItem(0)->text(4).startsWith(QLatin1String("stale")), 10000);
        view.grab().save(qEnvironmentVariable("SWITCHBOARD_BINARY_DIR") + QStringLiteral("/autopush-waiting.png"));
        QVERIFY(fixture.vault->unlock(SecretBytes(AutoPushFixture::passphrase())));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.servedVersion(), 3, 20000);
        QCOMPARE(fixture.lookup(), 403);

        // Off again (as the CLI would switch it): changes stay stale.
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
        QTRY_VERIFY(!RoutingServiceStore::autoPush(db));
        QVERIFY(GrantStore(db).add(fixture.application, fixture.channel, Intent::Produce));
        QTest::qWait(2000);
        QCOMPARE(fixture.servedVersion(), 3);
        QVERIFY(status->text().contains(QLatin1String("off")));
    }
};

QTEST_MAIN(TestAutoPushView)
#include "tst_autopushview.moc"
