// The Routing services view: each registered service with the version it holds and whether the
// catalog changed since (stale), as the platform engineer sees it. The view lists on a worker
// thread, so the tests wait for the list with QTRY_*.

#include "RouterHarness.h"
#include "main/QueryRunner.h"
#include "push/RoutersView.h"
#include "push/RoutingServiceDialog.h"
#include "push/RoutingServiceStore.h"
#include "TempCatalog.h"

#include "bundle/BundleCrypto.h"
#include "widgets/MessageBar.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Switchboard;

namespace {

enum Column { NameColumn, UrlColumn, VersionColumn, SinceColumn, StateColumn, ErrorColumn };

QString publicKey()
{
    return QString::fromLatin1(BundleCrypto::generateX25519KeyPair().publicKey.toBase64());
}

// A self-signed CA in dir as ca.pem (what a lab routing service with a private CA would use),
// and bad.pem, a text file without a certificate in it.
bool makeCaFiles(const QTemporaryDir &dir)
{
    QString error;
    if (!Test::makeSelfSigned(dir.path(), QStringLiteral("Dialog CA"), QStringLiteral("ca.key"), QStringLiteral("ca.pem"), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    QFile bad(dir.filePath(QStringLiteral("bad.pem")));
    if (!bad.open(QIODevice::WriteOnly))
        return false;
    bad.write("not a certificate\n");
    return true;
}

// The URL the list shows for a service (empty when it does not list it).
QString urlShown(const QTreeWidget *list, const QString &service)
{
    const auto items = list->findItems(service, Qt::MatchExactly, NameColumn);
    return items.isEmpty() ? QString() : items.first()->text(UrlColumn);
}

void clickOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestRoutersView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsServicesAndState()
    {
        Test::TempCatalog catalog;
        QVERIFY(catalog.isValid());
        RoutingServiceStore store(catalog.db());
        const QByteArray key = BundleCrypto::generateX25519KeyPair().publicKey;
        auto added = store.add(QStringLiteral("router-eu"), QStringLiteral("https://router-eu.example.com:8443/"),
                               QString::fromLatin1(key.toBase64()));
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(added->url, QStringLiteral("https://router-eu.example.com:8443"));
        QVERIFY(!store.add(QStringLiteral("bad"), QStringLiteral("ftp://x"), QString::fromLatin1(key.toBase64())));
        QVERIFY(!store.add(QStringLiteral("bad"), QStringLiteral("https://x"), QStringLiteral("c2hvcnQ=")));

        RoutersView view(catalog.db());
        view.show();
        auto *list = view.findChild<QTreeWidget *>();
        auto *summary = view.findChild<QLabel *>(QStringLiteral("summary"));
        QVERIFY(list && summary);
        // Nothing listed yet on first show: the worker's answer comes through the event loop.
        QCOMPARE(summary->text(), QStringLiteral("Loading…"));
        QCOMPARE(list->topLevelItemCount(), 0);
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(NameColumn), QStringLiteral("router-eu"));
        QCOMPARE(list->topLevelItem(0)->text(StateColumn), QStringLiteral("never pushed"));
        QVERIFY2(summary->text().contains(QLatin1String("do not hold the current approved state")), qPrintable(summary->text()));

        // A recorded push makes it current; a failed one shows its error.
        { auto st = store.recordPush(*added, 7, QStringLiteral("not-the-current-hash"), true, 200, 1, QString()); QVERIFY2(st, qPrintable(st.error())); }
        view.refresh();
        QTRY_COMPARE(list->topLevelItem(0)->text(VersionColumn), QStringLiteral("7"));
        QVERIFY(list->topLevelItem(0)->text(StateColumn).startsWith(QLatin1String("stale")));
        QVERIFY(store.recordPush(*added, 8, QString(), false, 403, 1, QStringLiteral("bundle refused: untrusted")));
        view.refresh();
        QTRY_COMPARE(list->topLevelItem(0)->text(ErrorColumn), QStringLiteral("bundle refused: untrusted"));
        QCOMPARE(list->topLevelItem(0)->text(VersionColumn), QStringLiteral("7"));   // still holds 7
        auto history = store.history(QStringLiteral("router-eu"));
        QVERIFY(history && history->size() == 2);
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("pushAll"))->isEnabled());
    }

    // Refreshes overlap (every push result and auto-push state change asks for one): only the
    // latest one's listing may land, or an older answer would overwrite a newer state.
    void dropsListingsOfEarlierRefreshes()
    {
        Test::TempCatalog catalog;
        QVERIFY(catalog.isValid());
        RoutingServiceStore store(catalog.db());
        auto added = store.add(QStringLiteral("router-eu"), QStringLiteral("https://router-eu.example.com:8443"), publicKey());
        QVERIFY2(added, qPrintable(added.error()));

        RoutersView view(catalog.db());   // its first refresh: the service holds nothing
        auto *list = view.findChild<QTreeWidget *>();
        QVERIFY(list);
        QStringList versionsShown;
        connect(&view, &RoutersView::refreshed, this,
                [&] { versionsShown.append(list->topLevelItemCount() ? list->topLevelItem(0)->text(VersionColumn) : QString()); });
        // Two more refreshes before any answer can come back (no event loop ran): each sees a
        // later version. The worker pool runs the first two side by side, so broken ordering
        // would show "none" or "7" first.
        QVERIFY(store.recordPush(*added, 7, QStringLiteral("h7"), true, 200, 1, QString()));
        view.refresh();
        QVERIFY(store.recordPush(*added, 8, QStringLiteral("h8"), true, 200, 1, QString()));
        view.refresh();
        QTRY_VERIFY(!versionsShown.isEmpty());
        QCOMPARE(versionsShown, QStringList{QStringLiteral("8")});

        // One more round trip: had an earlier listing been late rather than dropped, it shows here.
        view.refresh();
        QTRY_COMPARE(versionsShown.size(), 2);
        QCOMPARE(versionsShown, (QStringList{QStringLiteral("8"), QStringLiteral("8")}));
    }

    // A listing that fails says why in the view's message bar and keeps the previous list.
    void listingErrorGoesToTheMessageBar()
    {
        Test::TempCatalog catalog;
        QVERIFY(catalog.isValid());
        QVERIFY(RoutingServiceStore(catalog.db())
                    .add(QStringLiteral("router-eu"), QStringLiteral("https://router-eu.example.com:8443"), publicKey()));
        RoutersView view(catalog.db());
        view.show();
        auto *list = view.findChild<QTreeWidget *>();
        auto *messages = view.findChild<MessageBar *>();
        QVERIFY(list && messages);
        QTRY_COMPARE(list->topLevelItemCount(), 1);

        // The table gone (as in a catalog from a newer, incompatible version): the query fails.
        QVERIFY(catalog.db().exec(QStringLiteral("ALTER TABLE routing_services RENAME TO routing_services_moved")));
        view.refresh();
        QTRY_VERIFY2(messages->text().contains(QLatin1String("routing_services")), qPrintable(messages->text()));
        QCOMPARE(messages->type(), MessageBar::Type::Error);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(NameColumn), QStringLiteral("router-eu"));
    }

    // Editing a registered service through the view, as a platform engineer does it: select it,
    // Edit…, a new URL and a private CA file. A file without a certificate is refused in the
    // dialog and changes nothing; a good one is stored and the list shows the new URL.
    void editServiceThroughTheView()
    {
        Test::TempCatalog catalog;
        QVERIFY(catalog.isValid());
        QTemporaryDir dir;
        QVERIFY(makeCaFiles(dir));
        const QString oldUrl = QStringLiteral("https://router-eu.example.com:8443");
        const QString newUrl = QStringLiteral("https://router-eu-2.example.com:9443");
        RoutingServiceStore store(catalog.db());
        QVERIFY(store.add(QStringLiteral("router-eu"), oldUrl, publicKey()));
        QVERIFY(store.add(QStringLiteral("router-us"), QStringLiteral("https://router-us.example.com:8443"), publicKey()));

        RoutersView view(catalog.db());
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *list = view.findChild<QTreeWidget *>();
        QVERIFY(list);
        QTRY_COMPARE(list->topLevelItemCount(), 2);
        // Settled: the automatic push has said it is off (its first word refreshes the list too),
        // so from here only the edit itself brings the new URL into the list.
        auto *autoPushStatus = view.findChild<QLabel *>(QStringLiteral("autoPushStatus"));
        QVERIFY(autoPushStatus);
        QTRY_VERIFY2(autoPushStatus->text().contains(QLatin1String("off")), qPrintable(autoPushStatus->text()));
        QTreeWidgetItem *eu = list->findItems(QStringLiteral("router-eu"), Qt::MatchExactly, NameColumn).value(0);
        QVERIFY(eu);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(eu).center());
        QCOMPARE(list->selectedItems(), QList<QTreeWidgetItem *>{eu});
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("editRouter")), Qt::LeftButton);
        QPointer<RoutingServiceDialog> dialog;   // opens once the service is read on the runner
        QTRY_VERIFY((dialog = view.findChild<RoutingServiceDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("url"));
        auto *caFile = dialog->findChild<QLineEdit *>(QStringLiteral("caFile"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(name && url && caFile && error);
        QCOMPARE(name->text(), QStringLiteral("router-eu"));   // the selected one, not the other
        QVERIFY(name->isReadOnly());
        QCOMPARE(url->text(), oldUrl);

        // A CA file with no certificate in it: the dialog stays open with the reason.
        url->selectAll();
        QTest::keyClicks(url, newUrl);
        QTest::keyClicks(caFile, dir.filePath(QStringLiteral("bad.pem")));
        clickOk(dialog);
        QTRY_VERIFY2(error->text().contains(QLatin1String("PEM")), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        {
            auto stored = store.find(QStringLiteral("router-eu"));
            QVERIFY(stored && stored->has_value());
            QCOMPARE((*stored)->url, oldUrl);
            QVERIFY((*stored)->caCertificates.isEmpty());
        }
        QCOMPARE(urlShown(list, QStringLiteral("router-eu")), oldUrl);

        // The real CA: accepted, stored with the service, and the list shows the new URL.
        caFile->clear();
        QTest::keyClicks(caFile, dir.filePath(QStringLiteral("ca.pem")));
        clickOk(dialog);
        QTRY_VERIFY(!dialog);   // closed (and deleted on close)
        QTRY_COMPARE(urlShown(list, QStringLiteral("router-eu")), newUrl);
        auto stored = store.find(QStringLiteral("router-eu"));
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->url, newUrl);
        QVERIFY((*stored)->caCertificates.contains("BEGIN CERTIFICATE"));
        auto other = store.find(QStringLiteral("router-us"));
        QVERIFY(other && other->has_value());
        QCOMPARE((*other)->url, QStringLiteral("https://router-us.example.com:8443"));
    }

    // The desktop's way to register a service with a private CA: the PEM is checked in the
    // dialog, which stays open with the error; a good one is stored with the service.
    void registerWithCaFile()
    {
        Test::TempCatalog catalog;
        QVERIFY(catalog.isValid());
        QTemporaryDir dir;
        QVERIFY(makeCaFiles(dir));
        const QString badPem = dir.filePath(QStringLiteral("bad.pem"));

        QueryRunner runner(catalog.path());
        RoutingServiceDialog dialog(&runner, std::nullopt);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("lab"));
        dialog.findChild<QLineEdit *>(QStringLiteral("url"))->setText(QStringLiteral("https://router.lab:8443"));
        dialog.findChild<QLineEdit *>(QStringLiteral("publicKey"))
            ->setText(QString::fromLatin1(BundleCrypto::generateX25519KeyPair().publicKey.toBase64()));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("caFile")), badPem);
        dialog.accept();   // stored on the runner's writer: the answer comes through the event loop
        QTRY_VERIFY2(dialog.findChild<QLabel *>(QStringLiteral("error"))->text().contains(QLatin1String("PEM")),
                     qPrintable(dialog.findChild<QLabel *>(QStringLiteral("error"))->text()));
        QVERIFY(dialog.isVisible());
        dialog.findChild<QLineEdit *>(QStringLiteral("caFile"))->setText(dir.filePath(QStringLiteral("ca.pem")));
        dialog.accept();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        auto found = RoutingServiceStore(catalog.db()).find(QStringLiteral("lab"));
        QVERIFY(found && found->has_value());
        QVERIFY((*found)->caCertificates.contains("BEGIN CERTIFICATE"));
    }
};

QTEST_MAIN(TestRoutersView)
#include "tst_routersview.moc"
