// Every view as a person sees it: the real main window (offscreen) with the demo open (its
// cluster crawled, its team seeded, its routing service pushed to), each view of the
// navigation in turn, whatever views exist (they are read from the window, so views added
// later are covered), light and dark, at 1400x900 and 1920x1080. Each is saved as a PNG under
// build/screenshots/, and the test fails when a label's or a button's text does not fit it
// (cut off on the right or below), naming each one.

#include "MainWindowFixture.h"

#include "EmbeddedRouter.h"
#include "TempCatalog.h"
#include "VerifyResult.h"
#include "catalog/CatalogView.h"
#include "clusters/ClusterDialog.h"
#include "demo/DemoTeam.h"
#include "applications/ApplicationDialog.h"
#include "applications/CredentialDialog.h"
#include "applications/TokenDialog.h"
#include "clusters/ClusterStore.h"
#include "main/ExportConfigDialog.h"
#include "main/SettingsDialog.h"
#include "push/RoutingServiceDialog.h"
#include "requests/DecisionDialog.h"
#include "requests/RequestAccessDialog.h"
#include "requests/RequestStore.h"
#include "snippets/SnippetDialog.h"
#include "topics/DescriptionDialog.h"
#include "vault/UnlockDialog.h"
#include "catalog/DemoController.h"
#include "main/Appearance.h"
#include "topics/TopicDetailView.h"
#include "topics/TopicTableModel.h"
#include "vault/Vault.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QComboBox>
#include <QDialog>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Switchboard;

namespace {

QString describe(const QWidget *w)
{
    QString name = w->objectName();
    for (const QWidget *p = w->parentWidget(); name.isEmpty() && p; p = p->parentWidget())
        if (!p->objectName().isEmpty())
            name = QStringLiteral("in ") + p->objectName();
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

// Text that does not fit the widget that shows it. A label that wraps needs its height for its
// width; one that does not, its minimum size (the whole text on its lines). A label that elides
// its text itself shows text that fits. Buttons need their size hint's width (text, icon, frame).
QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    const auto visible = [root](const QWidget *w) {
        if (!w->isVisibleTo(root) || w->width() <= 0)
            return false;
        // Editors and index widgets inside item views are the view's business.
        for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
            if (qobject_cast<const QAbstractItemView *>(p))
                return false;
        return true;
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!visible(label) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        const QString text = label->text().left(60);
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1)
                clipped << QStringLiteral("%1 \"%2\": needs %3 px of height, has %4")
                               .arg(describe(label), text).arg(needed).arg(label->height());
        } else {
            const QSize needed = label->minimumSizeHint();
            if (needed.width() > label->width() + 1 || needed.height() > label->height() + 1)
                clipped << QStringLiteral("%1 \"%2\": needs %3x%4, has %5x%6")
                               .arg(describe(label), text)
                               .arg(needed.width()).arg(needed.height()).arg(label->width()).arg(label->height());
        }
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!visible(button) || button->text().isEmpty())
            continue;
        const QSize needed = button->sizeHint();
        if (needed.width() > button->width() + 1)
            clipped << QStringLiteral("%1 \"%2\": needs %3 px of width, has %4")
                           .arg(describe(button), button->text()).arg(needed.width()).arg(button->width());
    }
    // A combo box shows its current item in its edit field.
    for (QComboBox *box : root->findChildren<QComboBox *>()) {
        if (!visible(box) || box->isEditable() || box->currentText().isEmpty())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(box);
        option.editable = false;
        const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, box);
        const int needed = box->fontMetrics().horizontalAdvance(box->currentText());
        if (needed > field.width() + 1)
            clipped << QStringLiteral("%1 \"%2\": needs %3 px of width, has %4")
                           .arg(describe(box), box->currentText()).arg(needed).arg(field.width());
    }
    return clipped;
}

// Controls a screen reader cannot name: inputs and lists without an accessible name (their own,
// or their buddy label's), buttons without text, name or tooltip.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || w->focusPolicy() == Qt::NoFocus)
            continue;
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QTextEdit *>(w) || qobject_cast<QPlainTextEdit *>(w);
        const bool button = qobject_cast<QAbstractButton *>(w);
        if (!input && !button)
            continue;
        // Parts of composite widgets (a combo box's line edit, a view's header buttons).
        if (qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        bool inView = false;
        for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
            inView = inView || qobject_cast<const QAbstractItemView *>(p);
        if (inView)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty() && w->toolTip().isEmpty())
            unnamed << describe(w);
    }
    return unnamed;
}

} // namespace

class tst_Screenshots : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void welcomePage_data();
    void welcomePage();
    void everyView_data();
    void everyView();
    void everyDialog_data();
    void everyDialog();

private:
    std::unique_ptr<Test::TempCatalog> m_catalog;
    std::unique_ptr<MainWindow> m_window;
    QDir m_out;
};

void tst_Screenshots::initTestCase()
{
    Test::prepareMainWindowTests(QStringLiteral("tst_screenshots"));
    Router::EmbeddedRouter::registerAsDemoService();
    const QString build = qEnvironmentVariable("SWITCHBOARD_BINARY_DIR", QDir::currentPath());
    m_out = QDir(build + QStringLiteral("/screenshots"));
    QVERIFY(m_out.mkpath(QStringLiteral(".")));

    m_catalog = std::make_unique<Test::TempCatalog>();
    QVERIFY2(m_catalog->isValid(), qPrintable(m_catalog->error()));
    m_window = Test::openMainWindow(m_catalog->path(), QSize(1400, 900));
    QVERIFY_RESULT(Test::checkCatalog(m_window.get(), [&](Database &) {
        return m_window->vault().initialize(SecretBytes::fromString(QStringLiteral("screenshot passphrase")));
    }));
    DemoController *demo = m_window->catalogView()->demo();
    QSignalSpy ready(demo, &DemoController::routingReady);
    QSignalSpy failed(demo, &DemoController::routingFailed);
    m_window->openDemo();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 90000);
    if (!failed.isEmpty())
        QFAIL(qPrintable(failed.first().first().toString()));

    // A topic selected, as a person browsing would have one: the detail shows under the table.
    TopicTableModel *topics = m_window->catalogView()->topicModel();
    QTRY_VERIFY_WITH_TIMEOUT(topics->rowCount() >= 30 && !topics->isLoading(), 10000);
    int row = -1;
    for (int r = 0; r < topics->rowCount(); ++r)
        if (topics->index(r, TopicTableModel::Name).data().toString() == QLatin1String("billing.invoices"))
            row = r;
    QVERIFY(row >= 0);
    QSignalSpy detailLoaded(m_window->catalogView()->detailView(), &TopicDetailView::loaded);
    m_window->catalogView()->topicView()->selectRow(row);
    QTRY_VERIFY(!detailLoaded.isEmpty());
}

void tst_Screenshots::cleanupTestCase()
{
    m_window.reset();
    Appearance::apply(QStringLiteral("light"));
}

void tst_Screenshots::welcomePage_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QSize>("size");
    for (const QSize size : {QSize(1400, 900), QSize(1920, 1080)})
        for (const char *scheme : {"light", "dark"})
            QTest::newRow(qPrintable(QStringLiteral("%1-%2x%3").arg(QLatin1String(scheme)).arg(size.width()).arg(size.height())))
                << QString::fromLatin1(scheme) << size;
}

void tst_Screenshots::welcomePage()
{
    // What a first start shows: an empty catalog.
    QFETCH(QString, scheme);
    QFETCH(QSize, size);
    Appearance::apply(scheme);
    Test::TempCatalog empty;
    QVERIFY2(empty.isValid(), qPrintable(empty.error()));
    auto window = Test::openMainWindow(empty.path(), size);
    QWidget *welcome = window->findChild<QWidget *>(QStringLiteral("welcome"));
    QVERIFY(welcome);
    QTRY_VERIFY(welcome->isVisible());
    QTest::qWait(100);
    const QString file = m_out.filePath(QStringLiteral("welcome-%1-%2x%3.png").arg(scheme).arg(size.width()).arg(size.height()));
    QVERIFY2(window->grab().save(file), qPrintable(file));
    const QStringList clipped = clippedTexts(window.get());
    if (!clipped.isEmpty())
        QFAIL(qPrintable(QStringLiteral("text cut off on the welcome page (%1):\n  ").arg(file) + clipped.join(QStringLiteral("\n  "))));
}

void tst_Screenshots::everyView_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QSize>("size");
    // From the window itself: a view added later is covered without a change here.
    QVERIFY(m_window);
    const QStringList keys = m_window->navigationKeys();
    QVERIFY(keys.size() >= 5);
    for (const QSize size : {QSize(1400, 900), QSize(1920, 1080)})
        for (const char *scheme : {"light", "dark"})
            for (const QString &key : keys) {
                const QString name = QStringLiteral("%1-%2-%3x%4").arg(key, QLatin1String(scheme)).arg(size.width()).arg(size.height());
                QTest::newRow(qPrintable(name)) << key << QString::fromLatin1(scheme) << size;
            }
}

void tst_Screenshots::everyView()
{
    QFETCH(QString, key);
    QFETCH(QString, scheme);
    QFETCH(QSize, size);
    Appearance::apply(scheme);
    m_window->resize(size);
    m_window->showNavigationView(key);
    QWidget *view = m_window->navigationView(key);
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    // Let layouts, style changes and queued reloads settle.
    QTest::qWait(150);
    QApplication::processEvents();
    QCOMPARE(m_window->size(), size);

    const QString file = m_out.filePath(QStringLiteral("view-%1-%2-%3x%4.png").arg(key, scheme).arg(size.width()).arg(size.height()));
    QVERIFY2(m_window->grab().save(file), qPrintable(file));

    // The whole window: the view, and what surrounds it (navigation, tool bar, message bar).
    const QStringList clipped = clippedTexts(m_window.get());
    const QStringList unnamed = unnamedControls(m_window.get());
    if (!unnamed.isEmpty())
        QFAIL(qPrintable(QStringLiteral("controls without an accessible name in %1:\n  ").arg(key) + unnamed.join(QStringLiteral("\n  "))));
    if (!clipped.isEmpty())
        QFAIL(qPrintable(QStringLiteral("text cut off in %1 (%2):\n  ").arg(key, file) + clipped.join(QStringLiteral("\n  "))));
}

void tst_Screenshots::everyDialog_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<QString>("scheme");
    for (const char *scheme : {"light", "dark"})
        for (const char *dialog : {"cluster", "requestAccess", "approve", "decline", "exportConfig", "snippet", "settings",
                                   "routingService", "description", "changePassphrase", "application", "credentialSet",
                                   "credentialRotate", "token"})
            QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(QLatin1String(dialog), QLatin1String(scheme))))
                << QString::fromLatin1(dialog) << QString::fromLatin1(scheme);
}

void tst_Screenshots::everyDialog()
{
    // Each dialog as the window opens it, over the demo's state, on a 1400x900 screen.
    QFETCH(QString, dialog);
    QFETCH(QString, scheme);
    Appearance::apply(scheme);
    m_window->resize(1400, 900);
    MainWindow *w = m_window.get();
    auto pending = Test::checkCatalog(w, [](Database &db) { return RequestStore(db).list(RequestState::Pending); });
    QVERIFY_RESULT(pending);
    QVERIFY(!pending->isEmpty());
    std::unique_ptr<QDialog> shown;
    if (dialog == QLatin1String("cluster"))
        shown = std::make_unique<ClusterDialog>(Cluster{}, QStringList{QStringLiteral("prod"), QStringLiteral("dev")}, w);
    else if (dialog == QLatin1String("requestAccess"))
        shown = std::make_unique<RequestAccessDialog>(w->catalog(), w->queryRunner(), w);
    else if (dialog == QLatin1String("approve"))
        shown = std::make_unique<DecisionDialog>(pending->first(), DecisionDialog::Mode::Approve, w);
    else if (dialog == QLatin1String("decline"))
        shown = std::make_unique<DecisionDialog>(pending->first(), DecisionDialog::Mode::Decline, w);
    else if (dialog == QLatin1String("exportConfig"))
        shown = std::make_unique<ExportConfigDialog>(w->queryRunner(), w);
    else if (dialog == QLatin1String("snippet")) {
        SnippetRequest request;
        request.application = DemoTeam::firstLookupApplication();
        request.channels = {DemoTeam::firstLookupChannel()};
        request.profile = DemoTeam::firstLookupProfile();
        shown = std::make_unique<SnippetDialog>(w->catalog(), w->vault(), w->queryRunner(), request, w);
    } else if (dialog == QLatin1String("settings"))
        shown = std::make_unique<SettingsDialog>(w->queryRunner(), w);
    else if (dialog == QLatin1String("routingService"))
        shown = std::make_unique<RoutingServiceDialog>(w->queryRunner(), std::nullopt, w);
    else if (dialog == QLatin1String("description"))
        shown = std::make_unique<DescriptionDialog>(QStringLiteral("billing.invoices"),
                                                    QStringLiteral("Every invoice issued.\n\n- Key: invoice id"), w);
    else if (dialog == QLatin1String("application") || dialog.startsWith(QLatin1String("credential"))) {
        auto clusters = Test::checkCatalog(w, [](Database &db) { return ClusterStore(db).list(); });
        QVERIFY_RESULT(clusters);
        if (dialog == QLatin1String("application"))
            shown = std::make_unique<ApplicationDialog>(*clusters, std::nullopt, w);
        else if (dialog == QLatin1String("credentialSet"))
            shown = std::make_unique<CredentialDialog>(CredentialDialog::Mode::Set, QStringLiteral("billing-invoice-mailer"), *clusters,
                                                       QString(), w);
        else
            shown = std::make_unique<CredentialDialog>(CredentialDialog::Mode::Rotate, QStringLiteral("billing-invoice-mailer"),
                                                       clusters->mid(0, 1), QStringLiteral("billing-invoice-mailer"), w);
    } else if (dialog == QLatin1String("token")) {
        auto token = std::make_unique<TokenDialog>(QStringLiteral("billing-invoice-mailer"), w);
        token->showIssued(7, QStringLiteral("sbt_1234567890abcdefghijklmnopqrstuvwxyzABCDEF"));
        shown = std::move(token);
    } else if (dialog == QLatin1String("changePassphrase"))
        shown = std::make_unique<UnlockDialog>(w->vault(), w, true);
    QVERIFY(shown);
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    QTest::qWait(400);   // the dialogs read their choices through the runner and fill in when they come
    const QString file = m_out.filePath(QStringLiteral("dialog-%1-%2.png").arg(dialog, scheme));
    QVERIFY2(shown->grab().save(file), qPrintable(file));
    // It fits the smaller screen.
    QVERIFY2(shown->width() <= 1400 && shown->height() <= 900,
             qPrintable(QStringLiteral("%1x%2").arg(shown->width()).arg(shown->height())));
    const QStringList clipped = clippedTexts(shown.get());
    const QStringList unnamed = unnamedControls(shown.get());
    shown->close();
    if (!unnamed.isEmpty())
        QFAIL(qPrintable(QStringLiteral("controls without an accessible name in %1:\n  ").arg(dialog) + unnamed.join(QStringLiteral("\n  "))));
    if (!clipped.isEmpty())
        QFAIL(qPrintable(QStringLiteral("text cut off in %1 (%2):\n  ").arg(dialog, file) + clipped.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
