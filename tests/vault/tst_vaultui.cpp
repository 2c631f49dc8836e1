// The vault, profile and snippet widgets as a user drives them (offscreen): profile reasons and
// validator messages visible, built-ins read-only and copyable, a bad value refused; the snippet
// dialog redacts until reveal, copies a revealed snippet as a secret and clears it; the unlock
// dialog refuses a wrong passphrase inline.

#include "TempCatalog.h"
#include "audit/AuditLog.h"
#include "clusters/ClusterStore.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesView.h"
#include "snippets/SnippetDialog.h"
#include "snippets/SnippetRenderer.h"
#include "vault/CredentialStore.h"
#include "vault/SecretClipboard.h"
#include "vault/UnlockDialog.h"
#include "vault/Vault.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

namespace {
// SWITCHBOARD_SCREENSHOT_DIR=/some/dir keeps a picture of each widget, to look at by eye.
void screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SWITCHBOARD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
const QString kPassphrase = QStringLiteral("ui test passphrase");
const QByteArray kSecret = "ui-secret-7f3a9c";
}

class TestVaultUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qputenv("SWITCHBOARD_VAULT_KEYCHAIN", "0"); }

    void profileModel()
    {
        ProfileListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles(ProfileStore::builtins());
        QCOMPARE(model.rowCount(), ProfileStore::builtins().size());
        QCOMPARE(model.data(model.index(0), ProfileListModel::ProfileNameRole).toString(), QStringLiteral("durableWrite"));
        model.setProfiles({});
        QCOMPARE(model.rowCount(), 0);
    }

    void profilesViewShowsReasonsAndChecks()
    {
        Test::TempCatalog catalog;
        ProfilesView view(catalog.db());
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.selectProfile(QStringLiteral("durableWrite")));   // the list is read on a worker
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("profileProperties"));
        QVERIFY(table);
        int acksRow = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == QLatin1String("acks"))
                acksRow = r;
        }
        QVERIFY(acksRow >= 0);
        QCOMPARE(table->item(acksRow, 1)->text(), QStringLiteral("all"));
        QVERIFY(table->item(acksRow, 2)->text().contains(QLatin1String("in-sync replica")));   // the reason, shown
        QCOMPARE(table->item(acksRow, 3)->text(), QStringLiteral("OK"));
        // Built-ins are read-only.
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("saveProfile"))->isEnabled());
        QVERIFY(!(table->item(acksRow, 1)->flags() & Qt::ItemIsEditable));

        // A new consumer profile: a Java-only property warns, a producer property warns, a bad value blocks saving.
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("newProfile")), Qt::LeftButton);
        auto *name = view.findChild<QLineEdit *>(QStringLiteral("profileName"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("ordersConsumer"));
        view.findChild<QComboBox *>(QStringLiteral("profileRole"))->setCurrentIndex(1);
        auto *add = view.findChild<QPushButton *>(QStringLiteral("addProperty"));
        auto *save = view.findChild<QPushButton *>(QStringLiteral("saveProfile"));
        auto setRow = [table](int row, const QString &n, const QString &v) {
            table->item(row, 0)->setText(n);
            table->item(row, 1)->setText(v);
        };
        QTest::mouseClick(add, Qt::LeftButton);
        setRow(0, QStringLiteral("max.poll.records"), QStringLiteral("500"));
        QTest::mouseClick(add, Qt::LeftButton);
        setRow(1, QStringLiteral("linger.ms"), QStringLiteral("5"));
        QTest::mouseClick(add, Qt::LeftButton);
        setRow(2, QStringLiteral("isolation.level"), QStringLiteral("dirty"));
        QVERIFY(table->item(0, 3)->text().contains(QLatin1String("Java client")));
        QVERIFY(table->item(1, 3)->text().contains(QLatin1String("producer setting")));
        QVERIFY(table->item(2, 3)->text().contains(QLatin1String("isolation.level")));
        QVERIFY(!save->isEnabled());
        auto *issues = view.findChild<QLabel *>(QStringLiteral("profileIssues"));
        QVERIFY(issues->text().contains(QLatin1String("Error:")));

        table->item(2, 1)->setText(QStringLiteral("read_committed"));
        QVERIFY(save->isEnabled());
        QSignalSpy saved(&view, &ProfilesView::profileSaved);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);   // saved on the view's writer
        screenshot(view, QStringLiteral("profiles"));
        QVERIFY2(view.message().contains(QLatin1String("version 1")), qPrintable(view.message()));
        auto stored = ProfileStore(catalog.db()).find(QStringLiteral("ordersConsumer"));
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->properties.value(QStringLiteral("max.poll.records")), QJsonValue(500));   // typed
    }

    void unlockDialogRefusesAWrongPassphrase()
    {
        Test::TempCatalog catalog;
        Vault vault(catalog.db());
        {
            UnlockDialog create(vault);
            QCOMPARE(create.mode(), UnlockDialog::Mode::Create);
            create.findChild<QLineEdit *>(QStringLiteral("passphrase"))->setText(kPassphrase);
            create.findChild<QLineEdit *>(QStringLiteral("confirm"))->setText(kPassphrase);
            create.accept();
            QCOMPARE(create.result(), int(QDialog::Accepted));
            QVERIFY(vault.isUnlocked());
        }
        vault.lock();
        UnlockDialog dialog(vault);
        QCOMPARE(dialog.mode(), UnlockDialog::Mode::Unlock);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passphrase")), QStringLiteral("not it at all"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(QLatin1String("Wrong passphrase")), qPrintable(dialog.errorText()));
        screenshot(dialog, QStringLiteral("unlock-wrong"));
        QVERIFY(!vault.isUnlocked());
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("passphrase"));
        field->clear();
        QTest::keyClicks(field, kPassphrase);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(vault.isUnlocked());
    }

    void snippetDialogRevealsAndClearsTheClipboard()
    {
        Test::TempCatalog catalog;
        Cluster cluster;
        cluster.name = QStringLiteral("local");
        cluster.bootstrapServers = QStringLiteral("127.0.0.1:9093");
        cluster.properties.insert(QStringLiteral("security.protocol"), QStringLiteral("SASL_PLAINTEXT"));
        auto added = ClusterStore(catalog.db()).add(cluster);
        QVERIFY(added);
        Vault vault(catalog.db());
        QVERIFY(vault.initialize(SecretBytes::fromString(kPassphrase)));
        QVERIFY(CredentialStore(catalog.db(), vault).set(QStringLiteral("billing"), added->id, QStringLiteral("PLAIN"),
                                                         QStringLiteral("alice"), SecretBytes(kSecret)));

        SnippetRequest request;
        request.application = QStringLiteral("billing");
        request.profile = QStringLiteral("durableWrite");
        request.cluster = QStringLiteral("local");
        request.topics = {QStringLiteral("invoices")};
        SnippetDialog dialog(catalog.db(), vault, request);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The snippet is built on a worker: each change shows once it is back.
        QTRY_VERIFY(!dialog.isBuilding());
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        dialog.setCurrentFormat(SnippetFormat::Librdkafka);
        QTRY_VERIFY(!dialog.isBuilding());
        QVERIFY(dialog.previewText().contains(QLatin1String("sasl.password=<redacted>")));
        QVERIFY(!dialog.previewText().toUtf8().contains(kSecret));

        // Every format previews without error.
        auto *tabs = dialog.findChild<QTabBar *>(QStringLiteral("snippetFormats"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTRY_VERIFY(!dialog.isBuilding());
            QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
            QVERIFY(!dialog.previewText().isEmpty());
        }

        dialog.setCurrentFormat(SnippetFormat::Python);
        QTRY_VERIFY(!dialog.isBuilding());
        QTest::mouseClick(dialog.findChild<QCheckBox *>(QStringLiteral("revealSecret")), Qt::LeftButton);
        QVERIFY(dialog.isRevealed());
        QTRY_VERIFY(!dialog.isBuilding());
        QVERIFY(dialog.previewText().toUtf8().contains(kSecret));
        dialog.setCurrentFormat(SnippetFormat::Librdkafka);
        QTRY_VERIFY(!dialog.isBuilding());
        screenshot(dialog, QStringLiteral("snippet-revealed"));
        dialog.setCurrentFormat(SnippetFormat::Python);
        QTRY_VERIFY(!dialog.isBuilding());

        SecretClipboard::instance()->setClearDelay(300);
        QSignalSpy cleared(SecretClipboard::instance(), &SecretClipboard::cleared);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copySnippet")), Qt::LeftButton);
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data);
        QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
        QVERIFY(data->text().toUtf8().contains(kSecret));
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 3000);
        auto log = AuditLog(catalog.db()).entries(QStringLiteral("credential:billing@%1").arg(added->id));
        // The reveal is recorded on the dialog's writer.
        QTRY_VERIFY((log = AuditLog(catalog.db()).entries(QStringLiteral("credential:billing@%1").arg(added->id)))
                    && !log->isEmpty());
        QCOMPARE(log->first().action, QStringLiteral("credential.reveal"));
        QCOMPARE(log->first().detail.value(QStringLiteral("purpose")).toString(), QStringLiteral("snippet copy python"));
        QVERIFY(!QGuiApplication::clipboard()->text().toUtf8().contains(kSecret));

        // Saving: readable by the owner only.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("billing.py"));
        QVERIFY(dialog.saveTo(file));
        QCOMPARE(QFile(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        // Reveal off again: redacted.
        dialog.setReveal(false);
        QTRY_VERIFY(!dialog.isBuilding());
        QVERIFY(!dialog.previewText().toUtf8().contains(kSecret));
        SecretClipboard::instance()->setClearDelay(SecretClipboard::kDefaultClearDelayMs);
    }

    void snippetDialogExplainsAMissingCredential()
    {
        Test::TempCatalog catalog;
        Cluster cluster;
        cluster.name = QStringLiteral("local");
        cluster.bootstrapServers = QStringLiteral("127.0.0.1:9093");
        QVERIFY(ClusterStore(catalog.db()).add(cluster));
        Vault vault(catalog.db());
        SnippetRequest request;
        request.application = QStringLiteral("nobody");
        request.profile = QStringLiteral("safeConsumer");
        request.cluster = QStringLiteral("local");
        request.topics = {QStringLiteral("invoices")};
        SnippetDialog dialog(catalog.db(), vault, request);
        dialog.setCurrentFormat(SnippetFormat::JavaProperties);
        QTRY_VERIFY(!dialog.isBuilding());
        QVERIFY2(dialog.errorText().contains(QLatin1String("credential set")), qPrintable(dialog.errorText()));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("copySnippet"))->isEnabled());
        // The service-locator form needs no Kafka credential.
        dialog.setCurrentFormat(SnippetFormat::ServiceLocator);
        QTRY_VERIFY(!dialog.isBuilding());
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QVERIFY(dialog.previewText().contains(QLatin1String("servicelocator.config_profile=safeConsumer")));
    }
};

QTEST_MAIN(TestVaultUi)
#include "tst_vaultui.moc"
