// The self-service loop in the desktop window, end to end: the real MainWindow (offscreen), the
// real Kafka broker with SASL users, the real switchboard-router process and a real Kafka client.
// Driven by clicks and keys: a platform engineer registers an application (principal User:alice),
// sets its credential (alice's broker password) and issues a routing token (copied as a secret);
// a developer files a request for a new channel from the Applications view; the platform
// engineer approves it with the topic created and ACLs provisioned, takes the offer to push; the
// "Try the lookup" panel shows the routing service's own answer, redacted; a librdkafka producer
// configured from the answer the router gives for that token produces a record, and kcat reads it
// back from the bound topic. Screenshots of the view and its dialogs at 1400x900 go to
// build/screenshots/.

#include "MainWindowFixture.h"
#include "RouterHarness.h"

#include "KafkaFixtures.h"
#include "TempCatalog.h"
#include "TestBroker.h"

#include "applications/ApplicationDialog.h"
#include "applications/ApplicationsView.h"
#include "applications/CredentialDialog.h"
#include "applications/LookupPanel.h"
#include "applications/TokenDialog.h"
#include "clusters/ClusterStore.h"
#include "kafka/Producer.h"
#include "push/RoutersView.h"
#include "push/RoutingServiceStore.h"
#include "requests/DecisionDialog.h"
#include "requests/RequestAccessDialog.h"
#include "requests/RequestStore.h"
#include "requests/RequestsView.h"
#include "requests/Role.h"
#include "snippets/SnippetDialog.h"
#include "vault/Vault.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUrl>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SWITCHBOARD_BINARY_DIR", QDir::currentPath()) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name;
    if (!widget->grab().save(path))
        qWarning("cannot save %s", qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

template<typename T>
T *openDialog(QWidget *parent, const char *name)
{
    T *dialog = nullptr;
    (void)QTest::qWaitFor([&] { return (dialog = parent->findChild<T *>(QString::fromLatin1(name))) && dialog->isVisible(); }, 5000);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

// Clicks the view's entry in the navigation bar.
void navigateTo(MainWindow *window, const QString &title)
{
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    const QList<QListWidgetItem *> items = navigation->findItems(title, Qt::MatchStartsWith);
    QVERIFY2(!items.isEmpty(), qPrintable(title));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(items.first()).center());
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok && ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

int rowWith(QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

// The lookup answer's three maps merged into one client configuration, as the SDKs do.
ClientConfig configFrom(const QJsonObject &answer)
{
    ClientConfig config;
    config.bootstrapServers = answer.value(QStringLiteral("connection")).toObject().value(QStringLiteral("bootstrap.servers")).toString();
    for (const char *section : {"credentials", "configuration"}) {
        const QJsonObject map = answer.value(QLatin1String(section)).toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString value = it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
            if (ClientConfig::isSecretProperty(it.key()))
                config.secrets.insert(it.key(), value);
            else
                config.properties.insert(it.key(), it.value().isBool() ? (it.value().toBool() ? QStringLiteral("true") : QStringLiteral("false")) : value);
        }
    }
    return config;
}

} // namespace

class TestSelfServiceLoop : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepareMainWindowTests(QStringLiteral("tst_selfserviceloop")); }

    void wholeLoopInTheWindow()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        QVERIFY(BundleCrypto::initialize());
        QSettings().clear();
        TempCatalog catalog;
        QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
        const QString path = catalog.path();

        // The cluster as a platform engineer registered it: crawler on PLAINTEXT, applications on SASL.
        Cluster cluster;
        cluster.name = QStringLiteral("loop");
        cluster.environment = QStringLiteral("prod");
        cluster.bootstrapServers = broker.plaintextBootstrap();
        cluster.labels.insert(QStringLiteral("client.bootstrap.servers"), broker.saslBootstrap());
        cluster.labels.insert(QStringLiteral("client.security.protocol"), QStringLiteral("SASL_PLAINTEXT"));
        QVERIFY(ClusterStore(catalog.db()).add(cluster));

        auto window = openMainWindow(path, QSize(1400, 900));
        Database &db = catalog.db();   // the test's own connection: the window's belongs to its views
        QVERIFY(checkCatalog(window.get(), [&](Database &) {
            return window->vault().initialize(SecretBytes::fromString(QStringLiteral("self-service loop passphrase")));
        }));

        // The routing service, trusting the portal's key, registered in the catalog.
        BundleKeys keys;
        auto signing = checkCatalog(window.get(), [&](Database &) { return window->vault().signingKeyPair(); });
        QVERIFY2(signing, qPrintable(signing.error()));
        keys.portal = Ed25519KeyPair{signing->publicKey, signing->secretKey.bytes()};
        RouterProcess router(keys);
        QString error;
        QVERIFY2(router.start(&error), qPrintable(error));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(router.port());
        QVERIFY(RoutingServiceStore(db).add(QStringLiteral("r1"), url, QString::fromLatin1(keys.service.publicKey.toBase64())));

        // ---- 1. Register the application (Applications view, Ctrl+4). ----------------------
        ApplicationsView *apps = window->applicationsView();
        QVERIFY(apps);
        QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
        QTRY_VERIFY(apps->isVisible());
        apps->refresh();
        QTRY_VERIFY(apps->isLoaded());
        QAbstractItemModelTester appModelTester(apps->applicationTable()->model());
        auto *registerButton = apps->findChild<QPushButton *>(QStringLiteral("registerApplication"));
        QVERIFY(registerButton && registerButton->isVisible());
        QTest::mouseClick(registerButton, Qt::LeftButton);
        auto *appDialog = openDialog<ApplicationDialog>(apps, "applicationDialog");
        QVERIFY(appDialog);
        auto *registerOk = appDialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!registerOk->isEnabled());   // no name yet
        QTest::keyClicks(appDialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("billing"));
        QTest::keyClicks(appDialog->findChild<QLineEdit *>(QStringLiteral("team")), QStringLiteral("payments"));
        auto *principals = appDialog->findChild<QTableWidget *>(QStringLiteral("principals"));
        QCOMPARE(principals->rowCount(), 1);
        // A bad principal is refused as you type.
        principals->item(0, 1)->setText(QStringLiteral("alice"));
        QVERIFY(!registerOk->isEnabled());
        QVERIFY(appDialog->findChild<QLabel *>(QStringLiteral("error"))->text().contains(QLatin1String("loop")));
        principals->setFocus();
        principals->setCurrentCell(0, 1);
        QTest::keyClick(principals, Qt::Key_F2);   // the table's edit key opens the cell's editor
        QLineEdit *cellEditor = nullptr;
        QTRY_VERIFY((cellEditor = principals->viewport()->findChild<QLineEdit *>()) && cellEditor->isVisible());
        cellEditor->selectAll();
        QTest::keyClicks(cellEditor, QStringLiteral("User:alice"));
        QTest::keyClick(cellEditor, Qt::Key_Return);   // the delegate commits on Return
        QTRY_COMPARE(principals->item(0, 1)->text(), QStringLiteral("User:alice"));   // committed from the event loop
        QVERIFY(registerOk->isEnabled());
        saveScreenshot(appDialog, QStringLiteral("application-dialog.png"));
        clickOk(appDialog);
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(apps->applicationTable()->model(), 0, QStringLiteral("billing")) >= 0, 10000);
        QTRY_COMPARE(apps->selectedApplication(), QStringLiteral("billing"));
        QCOMPARE(apps->applicationTable()->model()->index(0, 2).data().toString(), QStringLiteral("loop=User:alice"));

        // ---- 2. Its credential: alice's broker password, sealed in the vault. ---------------
        apps->tabs()->setCurrentIndex(1);
        QTest::mouseClick(apps->findChild<QPushButton *>(QStringLiteral("setCredential")), Qt::LeftButton);
        auto *credentialDialog = openDialog<CredentialDialog>(apps, "credentialDialog");
        QVERIFY(credentialDialog);
        QTest::keyClicks(credentialDialog->findChild<QLineEdit *>(QStringLiteral("username")), QStringLiteral("alice"));
        auto *secretEdit = credentialDialog->findChild<QLineEdit *>(QStringLiteral("secret"));
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(secretEdit, broker.password(QStringLiteral("alice")));
        saveScreenshot(credentialDialog, QStringLiteral("credential-dialog.png"));
        clickOk(credentialDialog);
        QAbstractItemModel *credentials = apps->credentialTable()->model();
        QTRY_VERIFY_WITH_TIMEOUT(credentials->rowCount() == 1 && credentials->index(0, 4).data().toString() == QLatin1String("current"), 10000);
        QCOMPARE(credentials->index(0, 3).data().toString(), QStringLiteral("alice"));
        QVERIFY(!apps->messageBar()->text().contains(broker.password(QStringLiteral("alice"))));

        // ---- 3. A routing token: shown once, copied as a secret. ---------------------------
        apps->tabs()->setCurrentIndex(2);
        QTest::mouseClick(apps->findChild<QPushButton *>(QStringLiteral("issueToken")), Qt::LeftButton);
        auto *tokenDialog = openDialog<TokenDialog>(apps, "tokenDialog");
        QVERIFY(tokenDialog);
        QTest::keyClicks(tokenDialog->findChild<QLineEdit *>(QStringLiteral("label")), QStringLiteral("loop test"));
        QTest::mouseClick(tokenDialog->findChild<QPushButton *>(QStringLiteral("issue")), Qt::LeftButton);
        auto *tokenEdit = tokenDialog->findChild<QLineEdit *>(QStringLiteral("token"));
        QTRY_VERIFY_WITH_TIMEOUT(tokenEdit->isVisible() && tokenEdit->text().startsWith(QLatin1String("sbt_")), 10000);
        const QString token = tokenEdit->text();
        QTest::mouseClick(tokenDialog->findChild<QPushButton *>(QStringLiteral("copy")), Qt::LeftButton);
        const QMimeData *copied = QGuiApplication::clipboard()->mimeData();
        QVERIFY(copied);
        QCOMPARE(copied->text(), token);
        QCOMPARE(copied->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        saveScreenshot(tokenDialog, QStringLiteral("token-dialog.png"));
        tokenDialog->accept();
        QAbstractItemModel *tokens = apps->tokenTable()->model();
        QTRY_COMPARE_WITH_TIMEOUT(tokens->rowCount(), 1, 10000);
        QVERIFY(token.startsWith(tokens->index(0, 1).data().toString().chopped(1)));   // the hint, never the token
        QCOMPARE(tokens->index(0, 5).data().toString(), QStringLiteral("valid"));

        // ---- 4. As a developer: request access from the Applications view. ----------------
        QVERIFY(RoleSetting::set(db, Role::Developer));
        apps->refresh();
        window->requestsView()->refresh();
        QTRY_COMPARE(apps->role(), Role::Developer);
        QVERIFY(!registerButton->isVisible());
        const QString topic = uniqueName(QStringLiteral("loop-invoices"));
        const QString channel = QStringLiteral("kafka://loop.example.com/billing/") + topic;
        QTest::mouseClick(apps->findChild<QPushButton *>(QStringLiteral("requestAccess")), Qt::LeftButton);
        auto *requestDialog = openDialog<RequestAccessDialog>(window->requestsView(), "requestAccessDialog");
        QVERIFY(requestDialog);
        auto *appChoice = requestDialog->findChild<QComboBox *>(QStringLiteral("application"));
        QTRY_COMPARE(appChoice->count(), 1);   // the dialog reads its choices through the runner
        QCOMPARE(appChoice->currentData().toString(), QStringLiteral("billing"));
        QTest::keyClicks(requestDialog->findChild<QLineEdit *>(QStringLiteral("channel")), channel);
        QTest::keyClicks(requestDialog->findChild<QPlainTextEdit *>(QStringLiteral("justification")), QStringLiteral("billing writes invoices"));
        auto *proposal = requestDialog->findChild<QGroupBox *>(QStringLiteral("proposal"));
        proposal->setChecked(true);
        QTest::keyClicks(requestDialog->findChild<QLineEdit *>(QStringLiteral("environment")), QStringLiteral("prod"));
        QTest::keyClicks(requestDialog->findChild<QLineEdit *>(QStringLiteral("topic")), topic);
        saveScreenshot(requestDialog, QStringLiteral("request-access-dialog.png"));
        clickOk(requestDialog);
        QTRY_COMPARE_WITH_TIMEOUT(window->requestsView()->pendingCount(), 1, 10000);

        // ---- 5. As the platform engineer: approve with topic and ACLs, then push. ---------
        QVERIFY(RoleSetting::set(db, Role::PlatformEngineer));
        window->requestsView()->refresh();
        navigateTo(window.get(), QStringLiteral("Requests"));
        RequestsView *requests = window->requestsView();
        QTRY_VERIFY(requests->isVisible());
        auto pending = RequestStore(db).list(RequestState::Pending);
        QVERIFY(pending && pending->size() == 1);
        QTRY_VERIFY(requests->selectRequest(pending->first().uuid));   // the view reads its list and role through the runner
        auto *approveButton = requests->findChild<QPushButton *>(QStringLiteral("approve"));
        QTRY_VERIFY(approveButton->isVisible() && approveButton->isEnabled());
        QTest::mouseClick(approveButton, Qt::LeftButton);
        auto *decision = openDialog<DecisionDialog>(requests, "decisionDialog");
        QVERIFY(decision);
        for (const char *box : {"createTopic", "force", "provision"}) {
            auto *check = decision->findChild<QCheckBox *>(QString::fromLatin1(box));
            QVERIFY2(check && check->isVisible(), box);
            QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(5, check->height() / 2));
            QVERIFY2(check->isChecked(), box);
        }
        clickOk(decision);
        // The approval offers the push (automatic push is off); take it.
        QPushButton *pushAction = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (QPushButton *b : requests->messageBar()->findChildren<QPushButton *>()) {
                if (b->isVisible() && b->text().contains(QLatin1String("Push to 1 routing service"))) {
                    pushAction = b;
                    return true;
                }
            }
            return false;
        }(), 30000);
        QVERIFY2(requests->messageBar()->text().contains(QLatin1String("ACL")), qPrintable(requests->messageBar()->text()));
        saveScreenshot(window.get(), QStringLiteral("approved-offer-push.png"));
        QTest::mouseClick(pushAction, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->routersView()->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(httpRequest(router.port(), "GET", "/healthz").json().value(QStringLiteral("bundle_version")).toInteger() >= 1,
                                 30000);

        // ---- 6. Try the lookup: the routing service's own answer, redacted. --------------
        navigateTo(window.get(), QStringLiteral("Applications"));
        QTRY_VERIFY(apps->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(apps->grantTable()->model(), 0, channel) >= 0, 10000);
        apps->tabs()->setCurrentIndex(3);
        LookupPanel *lookup = apps->lookupPanel();
        lookup->setChannel(channel);
        lookup->setProfile(QStringLiteral("durableWrite"));
        QCOMPARE(lookup->findChild<QComboBox *>(QStringLiteral("lookupSource"))->currentData().toLongLong() > 0, true);
        QCOMPARE(lookup->findChild<QLineEdit *>(QStringLiteral("lookupToken"))->text(), token);   // issued in this window
        QSignalSpy answered(lookup, &LookupPanel::answered);
        QTest::mouseClick(lookup->findChild<QPushButton *>(QStringLiteral("lookUp")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 15000);
        QCOMPARE(answered.first().first().toInt(), 200);
        QVERIFY2(lookup->sourceText().contains(QLatin1String("routing service r1")), qPrintable(lookup->sourceText()));
        const QString shown = lookup->answerText();
        QVERIFY2(shown.contains(topic) && shown.contains(QLatin1String("<redacted>")), qPrintable(shown));
        QVERIFY(!shown.contains(broker.password(QStringLiteral("alice"))));
        saveScreenshot(window.get(), QStringLiteral("applications-lookup.png"));

        // Without the routing service: the same answer computed locally, and it says so.
        auto *source = lookup->findChild<QComboBox *>(QStringLiteral("lookupSource"));
        source->setCurrentIndex(source->count() - 1);
        QTest::mouseClick(lookup->findChild<QPushButton *>(QStringLiteral("lookUp")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 15000);
        QCOMPARE(answered.last().first().toInt(), 200);
        QVERIFY2(lookup->sourceText().contains(QLatin1String("Computed locally")), qPrintable(lookup->sourceText()));
        QCOMPARE(QJsonDocument::fromJson(lookup->answerText().toUtf8()), QJsonDocument::fromJson(shown.toUtf8()));

        // ---- 7. A real client configured from the router's answer produces; kcat reads it. --
        const HttpReply reply = httpRequest(router.port(), "GET",
                                            "/servicegw?config_profile=durableWrite&channel=" + QUrl::toPercentEncoding(channel),
                                            {{"Authorization", basicAuth(QStringLiteral("billing"), token)}});
        QVERIFY2(reply.status == 200, reply.body.constData());
        const QJsonObject answer = reply.json();
        QCOMPARE(answer.value(QStringLiteral("channel_mapping")).toObject().value(topic).toString(), topic);
        const ClientConfig config = configFrom(answer);
        QCOMPARE(config.bootstrapServers, broker.saslBootstrap());
        const QByteArray value = "invoice-" + uniqueName(QStringLiteral("v")).toUtf8();
        Status produced = makeError(QStringLiteral("not tried"));
        for (int attempt = 0; attempt < 20 && !produced; ++attempt) {   // the ACLs reach the authorizer a moment later
            auto producer = Producer::create(config);
            QVERIFY2(producer, qPrintable(producer.error()));
            produced = (*producer)->produce(topic, "loop", value);
            if (produced)
                produced = (*producer)->flush(10000);
            if (!produced)
                QTest::qWait(1000);
        }
        QVERIFY2(produced, qPrintable(produced.error()));
        QProcess kcat;
        kcat.start(QStringLiteral("kcat"), {QStringLiteral("-C"), QStringLiteral("-b"), broker.plaintextBootstrap(), QStringLiteral("-t"),
                                            topic, QStringLiteral("-o"), QStringLiteral("beginning"), QStringLiteral("-c"),
                                            QStringLiteral("1"), QStringLiteral("-e"), QStringLiteral("-f"), QStringLiteral("%k=%s\\n")});
        QVERIFY(kcat.waitForFinished(30000));
        QCOMPARE(kcat.readAllStandardOutput().trimmed(), QByteArray("loop=" + value));

        // ---- 8. The developer exports the snippet for that application and channel. -------
        QVERIFY(RoleSetting::set(db, Role::Developer));
        apps->refresh();
        QTRY_COMPARE(apps->role(), Role::Developer);
        QVERIFY(apps->selectApplication(QStringLiteral("billing")));
        apps->tabs()->setCurrentIndex(0);
        QTest::mouseClick(apps->findChild<QPushButton *>(QStringLiteral("exportSnippet")), Qt::LeftButton);
        SnippetDialog *snippet = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((snippet = apps->findChild<SnippetDialog *>()) && snippet->isVisible(), 5000);
        // Built on a worker: it fills in when it comes.
        QTRY_VERIFY2_WITH_TIMEOUT(snippet->previewText().contains(topic), qPrintable(snippet->previewText() + snippet->errorText()), 10000);
        QVERIFY(!snippet->previewText().contains(broker.password(QStringLiteral("alice"))));
        saveScreenshot(snippet, QStringLiteral("snippet-dialog.png"));
        snippet->reject();
        saveScreenshot(window.get(), QStringLiteral("applications-view.png"));

        QVERIFY(router.stop());
    }
};

QTEST_MAIN(TestSelfServiceLoop)
#include "tst_selfserviceloop.moc"
