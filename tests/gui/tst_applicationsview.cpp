// The Applications view in the real main window (offscreen), without a broker: the parts of the
// CLI's app, credential and token commands that the self-service loop test does not walk through.
// Editing an application's principal; rotating a credential with a grace period (the old version
// stays valid, says until when), revealing a version (the secret in a dialog, the reveal in the
// audit log, never in the message bar), revoking one; revoking a token; removing an application
// that still holds a grant is refused with the store's reason, one without is removed; what a
// developer is offered; "Try the lookup" with no routing service registered says it computed the
// answer locally, and why; the view's models under QAbstractItemModelTester.

#include "MainWindowFixture.h"

#include "applications/ApplicationDialog.h"
#include "applications/ApplicationsView.h"
#include "applications/CredentialDialog.h"
#include "applications/LookupPanel.h"
#include "applications/TokenDialog.h"
#include "audit/AuditLog.h"
#include "clusters/ClusterStore.h"
#include "requests/Role.h"
#include "routing/ApplicationStore.h"
#include "routing/ChannelStore.h"
#include "routing/GrantStore.h"
#include "vault/CredentialStore.h"
#include "vault/TokenStore.h"
#include "vault/Vault.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

class TestApplicationsView : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    template<typename T>
    T *waitForDialog(QWidget *parent, const QString &name)
    {
        T *dialog = nullptr;
        (void)QTest::qWaitFor([&] { return (dialog = parent->findChild<T *>(name)) && dialog->isVisible(); }, 5000);
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }
    void click(QWidget *view, const char *button)
    {
        auto *b = view->findChild<QPushButton *>(QString::fromLatin1(button));
        QVERIFY2(b && b->isVisible() && b->isEnabled(), button);
        QTest::mouseClick(b, Qt::LeftButton);
    }

    // Answers the view's confirmation with its Yes button (Cancel is the default).
    void confirmBox(QWidget *view)
    {
        QPointer<QMessageBox> box;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (QMessageBox *b : view->findChildren<QMessageBox *>(QStringLiteral("confirmBox"))) {
                if (b->isVisible())
                    box = b;
            }
            return !box.isNull();
        }(), 5000);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY(box.isNull() || !box->isVisible());
    }

private Q_SLOTS:
    void initTestCase() { Test::prepareMainWindowTests(QStringLiteral("tst_applicationsview")); }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void vendingAndRemoving()
    {
        const QString path = m_dir->filePath(QStringLiteral("catalog.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            Cluster c;
            c.name = QStringLiteral("lab");
            c.environment = QStringLiteral("dev");
            c.bootstrapServers = QStringLiteral("127.0.0.1:9");
            QVERIFY(ClusterStore(**db).add(c));
            // An application with a grant: it cannot be removed until the grant is revoked.
            Application held;
            held.name = QStringLiteral("orders");
            QVERIFY(ApplicationStore(**db).add(held));
            QVERIFY(ChannelStore(**db).bind(QStringLiteral("kafka://lab.example.com/orders"), QStringLiteral("dev"),
                                            QStringLiteral("lab"), QStringLiteral("orders"), true));
            QVERIFY(GrantStore(**db).add(QStringLiteral("orders"), QStringLiteral("kafka://lab.example.com/orders"), Intent::Produce));
        }
        auto window = Test::openMainWindow(path, QSize(1400, 900));
        // The test checks the catalog through a connection of its own: the window's belongs to the
        // views, which must not query it on the GUI thread (the guard stops the test if they do).
        auto own = [&] {
            const Database::GuardedThreadAllowance opening;
            return Database::open(path);
        }();
        QVERIFY(own);
        (*own)->allowOnGuardedThread();
        Database &db = **own;
        QVERIFY(Test::checkCatalog(window.get(), [&](Database &) {
            return window->vault().initialize(SecretBytes::fromString(QStringLiteral("applications view passphrase")));
        }));
        ApplicationsView *view = window->applicationsView();
        window->showNavigationView(QStringLiteral("applications"));
        QTRY_VERIFY(view->isLoaded());
        QAbstractItemModelTester apps(view->applicationTable()->model());
        QAbstractItemModelTester credentials(view->credentialTable()->model());
        QAbstractItemModelTester tokens(view->tokenTable()->model());
        QAbstractItemModelTester grants(view->grantTable()->model());

        // Keyboard and screen readers: the buttons in reading order, then the list, then the
        // tabs; every input and list of the view (and of "Try the lookup") has an accessible name.
        const QStringList order{QStringLiteral("registerApplication"), QStringLiteral("editApplication"),
                                QStringLiteral("removeApplication"), QStringLiteral("requestAccess"),
                                QStringLiteral("exportSnippet"), QStringLiteral("refresh"), QStringLiteral("applicationTable")};
        // What Tab reaches next: the focus chain without the widgets that take no focus.
        auto nextTabStop = [](QWidget *w) {
            for (QWidget *n = w->nextInFocusChain(); n && n != w; n = n->nextInFocusChain()) {
                if ((n->focusPolicy() & Qt::TabFocus) && n->isVisibleTo(n->window()) && n->isEnabled())
                    return n;
            }
            return static_cast<QWidget *>(nullptr);
        };
        for (int i = 0; i + 1 < order.size(); ++i) {
            QWidget *from = view->findChild<QWidget *>(order.at(i));
            QWidget *next = from ? nextTabStop(from) : nullptr;
            QVERIFY2(next && next == view->findChild<QWidget *>(order.at(i + 1)),
                     qPrintable(order.at(i) + QStringLiteral(" -> ") + (next ? next->objectName() : QString())));
        }
        for (QWidget *w : view->findChildren<QWidget *>()) {
            const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w)
                || qobject_cast<QPlainTextEdit *>(w);
            bool inner = false;   // the parts of a combo box or a spin box speak for it
            for (QWidget *p = w->parentWidget(); p && p != view; p = p->parentWidget())
                inner |= qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p);
            if (input && !inner && !w->inherits("QHeaderView"))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName() + QLatin1Char(' ') + QString::fromLatin1(w->metaObject()->className())));
        }

        // Register "billing" with a typed name; the principal is refused until it has a type.
        click(view, "registerApplication");
        auto *dialog = waitForDialog<ApplicationDialog>(view, QStringLiteral("applicationDialog"));
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("billing svc"));
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());   // a space
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("billing"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(view->selectedApplication(), QStringLiteral("billing"), 10000);

        // Edit: a principal on lab; the name stays fixed.
        click(view, "editApplication");
        dialog = waitForDialog<ApplicationDialog>(view, QStringLiteral("applicationDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("name"))->isReadOnly());
        dialog->findChild<QTableWidget *>(QStringLiteral("principals"))->item(0, 1)->setText(QStringLiteral("User:billing"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(view->applicationTable()->model()->index(0, 2).data().toString(), QStringLiteral("lab=User:billing"), 10000);
        auto stored = ApplicationStore(db).find(QStringLiteral("billing"));
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->principals.size(), 1);

        // Set, then rotate with a 24 h grace period.
        view->tabs()->setCurrentIndex(1);
        click(view, "setCredential");
        auto *credential = waitForDialog<CredentialDialog>(view, QStringLiteral("credentialDialog"));
        QVERIFY(credential);
        QTest::keyClicks(credential->findChild<QLineEdit *>(QStringLiteral("username")), QStringLiteral("billing"));
        QTest::keyClicks(credential->findChild<QLineEdit *>(QStringLiteral("secret")), QStringLiteral("first-secret-123"));
        QTest::mouseClick(credential->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QAbstractItemModel *creds = view->credentialTable()->model();
        QTRY_COMPARE_WITH_TIMEOUT(creds->rowCount(), 1, 10000);
        view->credentialTable()->selectRow(0);
        click(view, "rotateCredential");
        credential = waitForDialog<CredentialDialog>(view, QStringLiteral("credentialDialog"));
        QVERIFY(credential);
        QCOMPARE(credential->findChild<QLineEdit *>(QStringLiteral("username"))->text(), QStringLiteral("billing"));
        QCOMPARE(credential->findChild<QSpinBox *>(QStringLiteral("grace"))->value(), 24);
        QTest::mouseClick(credential->findChild<QCheckBox *>(QStringLiteral("generate")), Qt::LeftButton, {}, QPoint(5, 5));
        QVERIFY(!credential->findChild<QLineEdit *>(QStringLiteral("secret"))->isEnabled());
        QTest::mouseClick(credential->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(creds->rowCount(), 2, 10000);
        // Newest first: version 2 current, version 1 in its grace period.
        QCOMPARE(creds->index(0, 1).data().toString(), QStringLiteral("2"));
        QCOMPARE(creds->index(0, 4).data().toString(), QStringLiteral("current"));
        QVERIFY2(creds->index(1, 4).data().toString().startsWith(QLatin1String("grace until")), qPrintable(creds->index(1, 4).data().toString()));
        QVERIFY(view->messageBar()->text().contains(QLatin1String("24 h")));

        // Reveal version 1: the secret in a dialog, the reveal audited, the message bar clean.
        view->credentialTable()->selectRow(1);
        click(view, "revealCredential");
        auto *reveal = waitForDialog<QDialog>(view, QStringLiteral("revealDialog"));
        QVERIFY(reveal);
        QCOMPARE(reveal->findChild<QLineEdit *>(QStringLiteral("secret"))->text(), QStringLiteral("first-secret-123"));
        reveal->reject();
        auto audit = AuditLog(db).entries();
        QVERIFY(audit);
        bool revealed = false;
        for (const AuditEntry &e : *audit) {
            revealed |= e.action == QLatin1String("credential.reveal");
            QVERIFY(!QJsonDocument(e.detail).toJson().contains("first-secret-123"));
        }
        QVERIFY(revealed);
        QVERIFY(!view->messageBar()->text().contains(QLatin1String("first-secret-123")));

        // Revoke version 2: it says revoked, and no version of billing stays current but v1's grace.
        view->credentialTable()->selectRow(0);
        click(view, "revokeCredential");
        confirmBox(view);
        QTRY_COMPARE_WITH_TIMEOUT(creds->index(0, 4).data().toString(), QStringLiteral("revoked"), 10000);
        QVERIFY2(creds->index(1, 4).data().toString().startsWith(QLatin1String("grace until")), "only version 2 was revoked");

        // Issue, then revoke a token.
        view->tabs()->setCurrentIndex(2);
        click(view, "issueToken");
        auto *token = waitForDialog<TokenDialog>(view, QStringLiteral("tokenDialog"));
        QVERIFY(token);
        QTest::mouseClick(token->findChild<QPushButton *>(QStringLiteral("issue")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(token->findChild<QLineEdit *>(QStringLiteral("token"))->text().startsWith(QLatin1String("sbt_")), 10000);
        token->accept();
        QAbstractItemModel *tokenModel = view->tokenTable()->model();
        QTRY_COMPARE_WITH_TIMEOUT(tokenModel->rowCount(), 1, 10000);
        view->tokenTable()->selectRow(0);
        click(view, "revokeToken");
        confirmBox(view);
        QTRY_COMPARE_WITH_TIMEOUT(tokenModel->index(0, 5).data().toString(), QStringLiteral("revoked"), 10000);
        // Every token at once (`token revoke --app`): a second one, then both revoked.
        QVERIFY(Test::checkCatalog(window.get(), [&](Database &) { return TokenStore(db, window->vault()).issue(QStringLiteral("billing")); }));
        view->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(tokenModel->rowCount(), 2, 10000);
        click(view, "revokeAllTokens");
        confirmBox(view);
        QTRY_VERIFY_WITH_TIMEOUT(tokenModel->index(0, 5).data().toString() == QLatin1String("revoked")
                                     && tokenModel->index(1, 5).data().toString() == QLatin1String("revoked"), 10000);

        // Try the lookup with no routing service: computed locally, and it says why. billing
        // holds no grant, so the answer is the service's 403.
        view->tabs()->setCurrentIndex(3);
        LookupPanel *lookup = view->lookupPanel();
        lookup->setChannel(QStringLiteral("kafka://lab.example.com/orders"));
        lookup->setProfile(QStringLiteral("durableWrite"));
        QSignalSpy answered(lookup, &LookupPanel::answered);
        QTest::mouseClick(lookup->findChild<QPushButton *>(QStringLiteral("lookUp")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 10000);
        QCOMPARE(answered.first().first().toInt(), 403);
        QVERIFY2(lookup->sourceText().contains(QLatin1String("no routing service is registered")), qPrintable(lookup->sourceText()));
        QVERIFY2(lookup->answerText().contains(QLatin1String("grant")),
                 qPrintable(lookup->answerText()));
        const QString dir = qEnvironmentVariable("SWITCHBOARD_BINARY_DIR", QDir::currentPath()) + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        window->grab().save(dir + QStringLiteral("/applications-credentials.png"));

        // Removing orders (it holds a grant) is refused with the reason; billing goes.
        QVERIFY(view->selectApplication(QStringLiteral("orders")));
        click(view, "removeApplication");
        confirmBox(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->messageBar()->text().contains(QLatin1String("active grant")), 10000);
        QCOMPARE(view->messageBar()->type(), MessageBar::Type::Error);
        QVERIFY(view->selectApplication(QStringLiteral("billing")));
        click(view, "removeApplication");
        confirmBox(view);
        QTRY_COMPARE_WITH_TIMEOUT(view->applicationTable()->model()->rowCount(), 1, 10000);
        auto gone = ApplicationStore(db).find(QStringLiteral("billing"));
        QVERIFY(gone && !gone->has_value());

        // A developer sees the applications but is offered no vending.
        QVERIFY(RoleSetting::set(db, Role::Developer));
        view->refresh();
        QTRY_COMPARE(view->role(), Role::Developer);
        for (const char *hidden : {"registerApplication", "editApplication", "removeApplication", "setCredential", "rotateCredential",
                                   "revokeCredential", "revokeAllCredentials", "revealCredential", "issueToken", "revokeToken", "revokeAllTokens"})
            QVERIFY2(!view->findChild<QPushButton *>(QString::fromLatin1(hidden))->isVisible(), hidden);
        QVERIFY(view->findChild<QPushButton *>(QStringLiteral("requestAccess"))->isVisible());
        QVERIFY(view->findChild<QPushButton *>(QStringLiteral("exportSnippet"))->isVisible());
    }
};

QTEST_MAIN(TestApplicationsView)
#include "tst_applicationsview.moc"
