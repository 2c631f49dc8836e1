// The channel workflow in the desktop widgets, offscreen: a developer files a request from the
// Requests view, a platform engineer approves it there; the Channels view then lists the grant
// and its dry-run resolver answers with the topic and cluster. Item models run under
// QAbstractItemModelTester. The Channels view reads its lists on a worker thread, so the tests
// wait for them with QTRY_* (or its refreshed() signal).

#include "TempCatalog.h"
#include "channels/ChannelsView.h"
#include "channels/RecordTableModel.h"
#include "clusters/ClusterStore.h"
#include "requests/DecisionDialog.h"
#include "requests/RequestAccessDialog.h"
#include "requests/RequestTableModel.h"
#include "requests/RequestsView.h"
#include "requests/RoleSelector.h"
#include "requests/Role.h"
#include "routing/ApplicationStore.h"
#include "routing/ChannelStore.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace Switchboard;

namespace {
// SWITCHBOARD_SCREENSHOTS=<dir> saves what the test sees, to look at it as a person would.
void screenshot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("SWITCHBOARD_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);   // let pending layout changes land
    w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

const QString invoices = QStringLiteral("kafka://billing.example.com/invoices");

void clickOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    QVERIFY(ok && ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}
} // namespace

class TestChannelsGui : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TempCatalog> m_catalog;

private Q_SLOTS:
    void init()
    {
        m_catalog = std::make_unique<Test::TempCatalog>();
        QVERIFY(m_catalog->isValid());
        Cluster prod;
        prod.name = QStringLiteral("prod-eu");
        prod.environment = QStringLiteral("prod");
        prod.bootstrapServers = QStringLiteral("eu1.example.com:9092");
        QVERIFY(ClusterStore(m_catalog->db()).add(prod));
        QVERIFY(ApplicationStore(m_catalog->db()).add(Application{0, QStringLiteral("billing"), QStringLiteral("payments"), {}, {}}));
        QVERIFY(ChannelStore(m_catalog->db()).bind(invoices, QStringLiteral("prod"), QStringLiteral("prod-eu"),
                                                   QStringLiteral("billing.invoices.v1"), true));
    }

    void developerRequestsPlatformEngineerApproves()
    {
        Database &db = m_catalog->db();
        QVERIFY(RoleSetting::set(db, Role::Developer));
        RequestsView requests(db);
        ChannelsView channels(db);
        QAbstractItemModelTester requestModelTester(requests.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(requests.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester grantTester(channels.grantModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester bindingTester(channels.bindingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        requests.resize(1000, 600);
        requests.show();
        channels.resize(1000, 600);
        channels.show();
        QVERIFY(QTest::qWaitForWindowExposed(&requests));
        QSignalSpy pending(&requests, &RequestsView::pendingCountChanged);
        QTRY_COMPARE(requests.role(), Role::Developer);   // read on a worker

        // The developer sees no approve/decline.
        auto *approve = requests.findChild<QPushButton *>(QStringLiteral("approve"));
        auto *decline = requests.findChild<QPushButton *>(QStringLiteral("decline"));
        QVERIFY(approve && decline);
        QVERIFY(!approve->isVisible());
        QVERIFY(!decline->isVisible());
        QTRY_COMPARE(channels.bindingModel()->rowCount(), 1);
        QVERIFY(!channels.findChild<QPushButton *>(QStringLiteral("bind"))->isVisible());

        // File the request through the dialog, as a person would.
        QTest::mouseClick(requests.findChild<QPushButton *>(QStringLiteral("requestAccess")), Qt::LeftButton);
        auto *dialog = requests.findChild<RequestAccessDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTRY_VERIFY(dialog->isLoaded());   // its applications and clusters, read on a worker
        dialog->applicationBox()->setCurrentIndex(dialog->applicationBox()->findData(QStringLiteral("billing")));
        QTest::keyClicks(dialog->channelEdit(), invoices);
        dialog->intentBox()->setCurrentIndex(dialog->intentBox()->findData(QStringLiteral("consume")));
        QVERIFY(dialog->groupEdit()->isEnabled());
        QTest::keyClicks(dialog->groupEdit(), QStringLiteral("billing-readers"));
        QTest::keyClicks(dialog->justificationEdit(), QStringLiteral("monthly reports"));
        screenshot(dialog, "request-access");
        clickOk(dialog);
        QTRY_COMPARE(requests.pendingCount(), 1);
        QVERIFY(!pending.isEmpty());
        QCOMPARE(pending.last().first().toInt(), 1);
        QCOMPARE(requests.proxy()->rowCount(), 1);
        QCOMPARE(requests.proxy()->index(0, RequestTableModel::State).data().toString(), QStringLiteral("Pending"));
        QVERIFY(requests.detailLabel()->text().contains(QLatin1String("monthly reports")));

        // Filters by state.
        requests.setStateFilter(RequestState::Approved);
        QCOMPARE(requests.proxy()->rowCount(), 0);
        requests.setStateFilter(RequestState::Pending);
        QCOMPARE(requests.proxy()->rowCount(), 1);

        // The platform engineer approves (the role switched as a settings page would).
        RoleSelector selector(db);
        QTRY_VERIFY(selector.isLoaded());
        QCOMPARE(selector.role(), Role::Developer);
        connect(&selector, &RoleSelector::roleChanged, &requests, &RequestsView::refresh);
        connect(&selector, &RoleSelector::roleChanged, &channels, &ChannelsView::refresh);
        selector.setRole(Role::PlatformEngineer);
        QTRY_COMPARE(RoleSetting::current(db), Role::PlatformEngineer);   // written on the selector's writer
        QTRY_VERIFY(channels.findChild<QPushButton *>(QStringLiteral("bind"))->isVisible());
        QTRY_VERIFY(approve->isVisible());
        QTest::mouseClick(requests.table()->viewport(), Qt::LeftButton, {},
                          requests.table()->visualRect(requests.proxy()->index(0, 1)).center());
        QVERIFY(approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        auto *decision = requests.findChild<DecisionDialog *>();
        QVERIFY(decision);
        QCOMPARE(decision->mode(), DecisionDialog::Mode::Approve);
        QTest::keyClicks(decision->textEdit(), QStringLiteral("fine"));
        screenshot(decision, "approve-dialog");
        clickOk(decision);
        QTRY_VERIFY(!requests.isBusy());
        QTRY_COMPARE(requests.pendingCount(), 0);
        QCOMPARE(pending.last().first().toInt(), 0);
        QVERIFY2(requests.messageBar()->type() == MessageBar::Type::Positive, qPrintable(requests.messageBar()->text()));
        requests.setStateFilter(std::nullopt);
        QCOMPARE(requests.model()->index(0, RequestTableModel::State).data().toString(), QStringLiteral("Approved"));

        // The Channels view shows the grant and the resolver's answer.
        channels.refresh();
        QTRY_COMPARE(channels.grantModel()->rowCount(), 1);
        const QStringList grant = channels.grantModel()->row(0).cells;
        QCOMPARE(grant.at(1), QStringLiteral("billing"));
        QCOMPARE(grant.at(2), QStringLiteral("consume"));
        QCOMPARE(grant.at(3), invoices);
        QCOMPARE(grant.at(4), QStringLiteral("billing-readers"));

        channels.tabs()->setCurrentIndex(3);
        channels.resolverApplication()->setCurrentIndex(channels.resolverApplication()->findData(QStringLiteral("billing")));
        channels.resolverChannel()->clear();
        QTest::keyClicks(channels.resolverChannel(), invoices);
        channels.resolverIntent()->setCurrentIndex(channels.resolverIntent()->findData(QStringLiteral("consume")));
        QTest::mouseClick(channels.resolveButton(), Qt::LeftButton);
        QTRY_VERIFY(!channels.resolverResult()->text().isEmpty());   // resolved over a model read on a worker
        const QString answer = channels.resolverResult()->text();
        QVERIFY2(answer.contains(QLatin1String("topic billing.invoices.v1 on cluster prod-eu")), qPrintable(answer));
        QVERIFY2(answer.contains(QLatin1String("grant #")), qPrintable(answer));
        screenshot(&requests, "requests-view");
        screenshot(&channels, "channels-resolver");
        channels.tabs()->setCurrentIndex(2);
        screenshot(&channels, "channels-grants");

        channels.resolverIntent()->setCurrentIndex(channels.resolverIntent()->findData(QStringLiteral("produce")));
        QTest::mouseClick(channels.resolveButton(), Qt::LeftButton);
        QTRY_VERIFY2(channels.resolverResult()->text().contains(QLatin1String("no produce grant")),
                     qPrintable(channels.resolverResult()->text()));
    }

    // The lists come from a worker: nothing is read on the GUI thread while the view is built,
    // and refreshes overlap (every decision, role change and cluster work asks for one), so
    // only the latest one's listing may land, or an older answer would overwrite a newer state.
    void dropsListingsOfEarlierRefreshes()
    {
        Database &db = m_catalog->db();
        ChannelsView view(db);   // its first refresh: one binding
        auto *role = view.findChild<QLabel *>(QStringLiteral("role"));
        auto *bind = view.findChild<QPushButton *>(QStringLiteral("bind"));
        QVERIFY(role && bind);
        // Nothing listed yet: the worker's answer comes through the event loop.
        QCOMPARE(role->text(), QStringLiteral("Loading…"));
        QCOMPARE(view.bindingModel()->rowCount(), 0);
        QVERIFY(!bind->isVisibleTo(&view));   // no editing actions before the role is known
        QList<int> bindingsShown;
        connect(&view, &ChannelsView::refreshed, this, [&] { bindingsShown.append(view.bindingModel()->rowCount()); });

        // Two more refreshes before any answer can come back (no event loop ran): each sees one
        // more binding. The view's two workers run the first two side by side, so broken
        // ordering would show 1 or 2 first.
        for (const QString &path : {QStringLiteral("refunds"), QStringLiteral("credits")}) {
            QVERIFY(ChannelStore(db).bind(QStringLiteral("kafka://billing.example.com/") + path, QStringLiteral("prod"),
                                          QStringLiteral("prod-eu"), QStringLiteral("billing.") + path, true));
            view.refresh();
        }
        QTRY_VERIFY(!bindingsShown.isEmpty());
        QCOMPARE(bindingsShown, QList<int>{3});
        QCOMPARE(role->text(), QStringLiteral("Role: Platform engineer"));
        QVERIFY(bind->isVisibleTo(&view));

        // One more round trip: had an earlier listing been late rather than dropped, it shows here.
        view.refresh();
        QTRY_COMPARE(bindingsShown.size(), 2);
        QCOMPARE(bindingsShown, (QList<int>{3, 3}));
    }

    // Lists that cannot be read say why in the view's message bar and keep the previous lists.
    void listingErrorGoesToTheMessageBar()
    {
        Database &db = m_catalog->db();
        ChannelsView view(db);
        QTRY_COMPARE(view.bindingModel()->rowCount(), 1);

        // The table gone (as in a catalog from a newer, incompatible version): the read fails.
        QVERIFY(db.exec(QStringLiteral("ALTER TABLE grants RENAME TO grants_moved")));
        QSignalSpy refreshed(&view, &ChannelsView::refreshed);
        view.refresh();
        QTRY_VERIFY2(view.messageBar()->text().contains(QLatin1String("Cannot read the channels")),
                     qPrintable(view.messageBar()->text()));
        QCOMPARE(view.messageBar()->type(), MessageBar::Type::Error);
        QCOMPARE(view.bindingModel()->rowCount(), 1);
        QCOMPARE(refreshed.size(), 0);
    }

    void declineWithAReasonTheRequesterSees()
    {
        Database &db = m_catalog->db();
        RequestsView requests(db);
        requests.show();
        auto *dialog = requests.requestAccessForChannel(invoices);
        QTRY_VERIFY(dialog->isLoaded());
        dialog->applicationBox()->setCurrentIndex(dialog->applicationBox()->findData(QStringLiteral("billing")));
        QVERIFY(dialog->submit());
        QTRY_COMPARE(requests.pendingCount(), 1);   // filed on the writer, then listed
        requests.table()->selectRow(0);
        DecisionDialog *decision = requests.declineSelected();
        QVERIFY(decision);
        QVERIFY(!decision->okButton()->isEnabled());   // a reason is required
        QTest::keyClicks(decision->textEdit(), QStringLiteral("use the v2 channel"));
        clickOk(decision);
        QTRY_COMPARE(requests.pendingCount(), 0);   // the decision is written on the runner's writer
        QVERIFY(RoleSetting::set(db, Role::Developer));
        QSignalSpy refreshed(&requests, &RequestsView::refreshed);
        requests.refresh();
        QTRY_COMPARE(refreshed.count(), 1);
        QCOMPARE(requests.role(), Role::Developer);
        requests.table()->selectRow(0);
        QVERIFY2(requests.detailLabel()->text().contains(QLatin1String("use the v2 channel")), qPrintable(requests.detailLabel()->text()));
        QCOMPARE(requests.model()->index(0, RequestTableModel::Reason).data().toString(), QStringLiteral("use the v2 channel"));
    }

    void requestAccessFromATopic()
    {
        Database &db = m_catalog->db();
        RequestAccessDialog bound(db);
        bound.setTopic(QStringLiteral("prod-eu"), QStringLiteral("billing.invoices.v1"));
        QTRY_COMPARE(bound.channelEdit()->text(), invoices);   // the channel bound to it (read on a worker)
        QVERIFY(!bound.proposalBox()->isChecked());

        RequestAccessDialog fresh(db);
        fresh.setTopic(QStringLiteral("prod-eu"), QStringLiteral("billing.refunds"));
        QTRY_COMPARE(fresh.channelEdit()->text(), QStringLiteral("kafka://billing.example.com/billing.refunds"));
        QVERIFY(fresh.proposalBox()->isChecked());
        QTRY_COMPARE(fresh.environmentEdit()->text(), QStringLiteral("prod"));   // once the clusters are in
        QCOMPARE(fresh.clusterBox()->currentData().toString(), QStringLiteral("prod-eu"));
        QCOMPARE(fresh.topicEdit()->text(), QStringLiteral("billing.refunds"));
        QVERIFY(fresh.isLoaded());
        fresh.applicationBox()->setCurrentIndex(0);
        QVERIFY(fresh.submit());
        QTRY_COMPARE(fresh.result(), int(QDialog::Accepted));   // filed

        // A bad URI stays in the dialog with the reason in its message bar.
        RequestAccessDialog bad(db);
        QTRY_VERIFY(bad.isLoaded());
        bad.channelEdit()->setText(QStringLiteral("kafka://billing.example.com//x"));
        QVERIFY(!bad.submit());
        QVERIFY2(bad.messageBar()->text().contains(QLatin1String("empty path segment")), qPrintable(bad.messageBar()->text()));
    }
};

QTEST_MAIN(TestChannelsGui)
#include "tst_channelsgui.moc"
