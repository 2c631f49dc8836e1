// Re-binding a channel from the desktop, against the real broker: in the Channels view a
// platform engineer selects the binding, types the new topic and presses "Rebind (migrate)".
// The view says where the channel moved and that the grant's ACLs followed, the binding table
// shows the new topic, and the broker enforces it: bob (the application's SASL principal) can
// produce to the new topic and is refused on the old one. The library level is tested in
// tst_rebindacls; this is the path through the view's form, button and worker thread.

#include "Approvals.h"
#include "KafkaFixtures.h"
#include "TempCatalog.h"
#include "TestBroker.h"
#include "acl/AclProvisioner.h"
#include "channels/ChannelsView.h"
#include "channels/RecordTableModel.h"
#include "clusters/ClusterStore.h"
#include "requests/ApprovalService.h"
#include "requests/RequestStore.h"
#include "requests/Role.h"
#include "routing/ApplicationStore.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Switchboard;

namespace {

// The binding table's columns (ChannelsView::createBindingsTab).
enum BindingColumn { ChannelColumn, KeyColumn, EnvironmentColumn, ClusterColumn, TopicColumn };

int bindingRow(const RecordTableModel *bindings, const QString &channel)
{
    for (int row = 0; row < bindings->rowCount(); ++row) {
        if (bindings->row(row).cells.value(ChannelColumn) == channel)
            return row;
    }
    return -1;
}

} // namespace

class TestRebindAclsGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rebindThroughTheViewMovesTheAcls()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        Test::TempCatalog catalog;
        QVERIFY(catalog.isValid());
        Database &db = catalog.db();
        QCOMPARE(RoleSetting::current(db), Role::PlatformEngineer);   // the role that sees Rebind
        Cluster cluster;
        cluster.name = QStringLiteral("broker");
        cluster.environment = QStringLiteral("test");
        cluster.bootstrapServers = broker.plaintextBootstrap();   // PLAINTEXT is the super user: it manages the ACLs
        QVERIFY(ClusterStore(db).add(cluster));
        const QString application = Test::uniqueName(QStringLiteral("rebindgui-app"));
        QVERIFY(ApplicationStore(db).add(Application{0, application, QStringLiteral("payments"), {}, {}}));
        QVERIFY(ApplicationStore(db).setPrincipal(application, cluster.name, QStringLiteral("User:bob")));
        const QString oldTopic = Test::uniqueName(QStringLiteral("rebindgui.old"));
        const QString newTopic = Test::uniqueName(QStringLiteral("rebindgui.new"));
        QVERIFY(Test::createTopics(broker.plaintextConfig(), {NewTopic{oldTopic, 1, 1, {}}, NewTopic{newTopic, 1, 1, {}}}));
        const ClientConfig bob = broker.saslConfig(QStringLiteral("bob"));

        const QString channel = QStringLiteral("kafka://rebindgui.example.com/") + Test::uniqueName(QStringLiteral("orders"));
        auto grant = Test::approveProduceWithAcls(db, application, channel, cluster.name, oldTopic);
        QVERIFY2(grant, qPrintable(grant.error()));
        // Before: bob writes to the old topic only, so what changes below is the re-binding's doing.
        {
            auto st = Test::produceEventually(bob, oldTopic, true);
            QVERIFY2(st, qPrintable(st.error()));
            auto refused = Test::tryProduce(bob, newTopic, 4000);
            QVERIFY2(!refused, "bob produced to the new topic before the rebind");
        }

        ChannelsView view(db);
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.tabs()->setCurrentIndex(0);   // Bindings
        QTRY_VERIFY(bindingRow(view.bindingModel(), channel) >= 0);   // the lists come from a worker
        const int row = bindingRow(view.bindingModel(), channel);
        QVERIFY2(row >= 0, "the approved channel's binding is not listed");
        QCOMPARE(view.bindingModel()->row(row).cells.value(TopicColumn), oldTopic);

        // Selecting the binding fills the form; the engineer changes only the topic.
        QTableView *table = view.bindingTable();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(view.bindingModel()->index(row, ChannelColumn)).center());
        auto *channelEdit = view.findChild<QLineEdit *>(QStringLiteral("bindChannel"));
        auto *environmentEdit = view.findChild<QLineEdit *>(QStringLiteral("bindEnvironment"));
        auto *clusterBox = view.findChild<QComboBox *>(QStringLiteral("bindCluster"));
        auto *topicEdit = view.findChild<QLineEdit *>(QStringLiteral("bindTopic"));
        auto *force = view.findChild<QCheckBox *>(QStringLiteral("bindForce"));
        auto *rebind = view.findChild<QPushButton *>(QStringLiteral("rebind"));
        QVERIFY(channelEdit && environmentEdit && clusterBox && topicEdit && force && rebind);
        QCOMPARE(channelEdit->text(), channel);
        QCOMPARE(environmentEdit->text(), QStringLiteral("test"));
        QCOMPARE(clusterBox->currentData().toString(), cluster.name);
        QCOMPARE(topicEdit->text(), oldTopic);
        topicEdit->selectAll();
        QTest::keyClicks(topicEdit, newTopic);
        // This catalog never crawled the broker, so it does not know the new topic.
        QTest::mouseClick(force, Qt::LeftButton, {}, QPoint(5, force->height() / 2));
        QVERIFY(force->isChecked());
        QVERIFY(rebind->isVisible() && rebind->isEnabled());
        QTest::mouseClick(rebind, Qt::LeftButton);

        // The ACL work runs on a worker; the view says so meanwhile and reports when it is done.
        QVERIFY(view.isBusy());
        QVERIFY2(view.messageBar()->text().contains(QLatin1String("Moving")), qPrintable(view.messageBar()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 60000);
        const QString message = view.messageBar()->text();
        QVERIFY2(message.contains(QStringLiteral("Moved %1 in test to %2 on broker").arg(channel, newTopic)), qPrintable(message));
        // WRITE and DESCRIBE for a produce grant: created on the new topic, deleted on the old.
        QVERIFY2(message.contains(QLatin1String("The grants' ACLs followed: 2 created, 2 deleted.")), qPrintable(message));
        // A warning, not a success: the binding was forced past the catalog (it says so).
        QVERIFY2(message.contains(QLatin1String("bound anyway (forced)")), qPrintable(message));
        QCOMPARE(view.messageBar()->type(), MessageBar::Type::Warning);
        // The binding table follows once the refresh after the move is back from its worker.
        QTRY_COMPARE(view.bindingModel()->row(bindingRow(view.bindingModel(), channel)).cells.value(TopicColumn), newTopic);

        // What the broker enforces now: bob follows the channel to the new topic.
        {
            auto st = Test::produceEventually(bob, newTopic, true);
            QVERIFY2(st, qPrintable(st.error()));
            auto refused = Test::produceEventually(bob, oldTopic, false);
            QVERIFY2(!refused, "bob still produces to the old topic");
            QVERIFY2(refused.error().contains(QLatin1String("authoriz"), Qt::CaseInsensitive), qPrintable(refused.error()));
        }

        // Leave the shared broker as found: revoking deletes exactly the grant's ACLs.
        auto revoked = AclProvisioner(db).revoke(*grant);
        QVERIFY2(revoked, qPrintable(revoked.error()));
    }
};

QTEST_MAIN(TestRebindAclsGui)
#include "tst_rebindaclsgui.moc"
