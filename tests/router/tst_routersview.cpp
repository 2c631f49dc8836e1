// The Routing services view: each registered service with the version it holds and whether the
// catalog changed since (stale), as the platform engineer sees it.

#include "push/RoutersView.h"
#include "push/RoutingServiceDialog.h"
#include "push/RoutingServiceStore.h"
#include "TempCatalog.h"

#include "bundle/BundleCrypto.h"

#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Switchboard;

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
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("router-eu"));
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("never pushed"));

        // A recorded push makes it current; a failed one shows its error.
        { auto st = store.recordPush(*added, 7, QStringLiteral("not-the-current-hash"), true, 200, 1, QString()); QVERIFY2(st, qPrintable(st.error())); }
        view.refresh();
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("7"));
        QVERIFY(list->topLevelItem(0)->text(4).startsWith(QLatin1String("stale")));
        QVERIFY(store.recordPush(*added, 8, QString(), false, 403, 1, QStringLiteral("bundle refused: untrusted")));
        view.refresh();
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("7"));   // still holds 7
        QCOMPARE(list->topLevelItem(0)->text(5), QStringLiteral("bundle refused: untrusted"));
        auto history = store.history(QStringLiteral("router-eu"));
        QVERIFY(history && history->size() == 2);
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("pushAll"))->isEnabled());
    }

    // The desktop's way to register a service with a private CA: the PEM is checked in the
    // dialog, which stays open with the error; a good one is stored with the service.
    void registerWithCaFile()
    {
        Test::TempCatalog catalog;
        QVERIFY(catalog.isValid());
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=Dialog CA"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("ca.key")),
                       QStringLiteral("-out"), dir.filePath(QStringLiteral("ca.pem"))});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile bad(dir.filePath(QStringLiteral("bad.pem")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not a certificate\n");
        bad.close();

        RoutingServiceDialog dialog(catalog.db(), std::nullopt);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("lab"));
        dialog.findChild<QLineEdit *>(QStringLiteral("url"))->setText(QStringLiteral("https://router.lab:8443"));
        dialog.findChild<QLineEdit *>(QStringLiteral("publicKey"))
            ->setText(QString::fromLatin1(BundleCrypto::generateX25519KeyPair().publicKey.toBase64()));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("caFile")), bad.fileName());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("error"))->text().contains(QLatin1String("PEM")),
                 qPrintable(dialog.findChild<QLabel *>(QStringLiteral("error"))->text()));
        dialog.findChild<QLineEdit *>(QStringLiteral("caFile"))->setText(dir.filePath(QStringLiteral("ca.pem")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto found = RoutingServiceStore(catalog.db()).find(QStringLiteral("lab"));
        QVERIFY(found && found->has_value());
        QVERIFY((*found)->caCertificates.contains("BEGIN CERTIFICATE"));
    }
};

QTEST_MAIN(TestRoutersView)
#include "tst_routersview.moc"
