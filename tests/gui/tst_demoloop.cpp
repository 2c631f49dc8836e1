// The demo shows the whole loop: the real main window (offscreen) opens the demo, which starts
// the mock cluster, seeds a team, starts the routing service inside the process on loopback,
// registers it and pushes; then a real HTTP lookup over loopback, as an SDK makes it, gets the
// demo application's answer. Closing the window stops the service.

#include "MainWindowFixture.h"

#include "EmbeddedRouter.h"
#include "TempCatalog.h"
#include "VerifyResult.h"
#include "catalog/CatalogView.h"
#include "catalog/DemoController.h"
#include "demo/DemoCluster.h"
#include "demo/DemoTeam.h"
#include "push/RoutingServiceStore.h"
#include "requests/RequestStore.h"
#include "push/RoutersView.h"
#include "requests/RequestsView.h"
#include "vault/Vault.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Switchboard;

namespace {

struct Reply {
    int status = 0;
    QJsonObject json;
    QString error;
};

// A real request over loopback with Qt Network (the event loop keeps running meanwhile: the
// window's push and the service's threads go on).
Reply lookup(const QString &baseUrl, const QString &application, const QByteArray &token, const QString &channel,
             const QString &profile)
{
    QUrl url(baseUrl + QStringLiteral("/servicegw"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("config_profile"), profile);
    query.addQueryItem(QStringLiteral("channel"), channel);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Basic " + (application.toUtf8() + ':' + token).toBase64());
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply out;
    if (!finished.wait(15000)) {
        out.error = QStringLiteral("no answer in 15 s");
        return out;
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.json = QJsonDocument::fromJson(reply->readAll()).object();
    out.error = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
    reply->deleteLater();
    return out;
}

} // namespace

class tst_DemoLoop : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void demoAnswersALookup();
    void lockedVaultIsAskedFor();
};

void tst_DemoLoop::initTestCase()
{
    Test::prepareMainWindowTests(QStringLiteral("tst_demoloop"));
    Router::EmbeddedRouter::registerAsDemoService();
}

void tst_DemoLoop::demoAnswersALookup()
{
    Test::TempCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    auto window = Test::openMainWindow(catalog.path(), QSize(1400, 900));
    QVERIFY_RESULT(Test::checkCatalog(window.get(), [&](Database &) {
        return window->vault().initialize(SecretBytes::fromString(QStringLiteral("demo loop passphrase")));
    }));

    DemoController *demo = window->catalogView()->demo();
    QSignalSpy ready(demo, &DemoController::routingReady);
    QSignalSpy failed(demo, &DemoController::routingFailed);
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    window->openDemo();
    QTRY_VERIFY2_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), "the demo's routing service never came up", 90000);
    // A figure for the newcomer's first minute (reported, not asserted: a shared machine varies).
    qInfo("demo ready (cluster started and crawled, team seeded, service started, registered and pushed) in %lld ms",
          sinceOpen.elapsed());
    if (!failed.isEmpty())
        QFAIL(qPrintable(failed.first().first().toString()));
    const QString url = ready.first().first().toString();
    QVERIFY2(url.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(url));
    // What the user reads.
    QVERIFY2(window->messageBar()->text().contains(url),
             qPrintable(window->messageBar()->text()));

    // The team the newcomer finds: requests waiting for a decision, a registered service that holds the state.
    auto pending = RequestStore(catalog.db()).list(RequestState::Pending);
    QVERIFY_RESULT(pending);
    QCOMPARE(pending->size(), 2);
    QTRY_COMPARE(window->requestsView()->pendingCount(), 2);
    auto service = RoutingServiceStore(catalog.db()).find(DemoRoutingService::serviceName());
    QVERIFY_RESULT(service);
    QVERIFY(service->has_value());
    QCOMPARE((*service)->url, url);
    QVERIFY((*service)->deployedVersion > 0);

    // A real lookup, as an SDK makes it.
    const QString app = DemoTeam::firstLookupApplication();
    const QByteArray token = demo->sessionToken(app);
    QVERIFY(token.startsWith("sbt_"));
    const Reply answer = lookup(url, app, token, DemoTeam::firstLookupChannel(), DemoTeam::firstLookupProfile());
    QVERIFY2(answer.status == 200, qPrintable(QStringLiteral("%1 %2 %3").arg(answer.status).arg(answer.error,
        QString::fromUtf8(QJsonDocument(answer.json).toJson()))));
    QCOMPARE(answer.json.value(QStringLiteral("connection")).toObject().value(QStringLiteral("bootstrap.servers")).toString(),
             demo->bootstrapServers());
    QCOMPARE(answer.json.value(QStringLiteral("channel_mapping")).toObject().value(QStringLiteral("created")).toString(),
             QStringLiteral("orders.created"));
    QCOMPARE(answer.json.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("sasl.username")).toString(), app);
    QCOMPARE(answer.json.value(QStringLiteral("configuration")).toObject().value(QStringLiteral("acks")).toString(),
             QStringLiteral("all"));

    // A pending request has no grant yet: the service says so (403), naming the channel.
    const Reply refused = lookup(url, QStringLiteral("payments-ledger"), demo->sessionToken(QStringLiteral("payments-ledger")),
                                 QStringLiteral("kafka://shop.example.com/payments/captured"), QStringLiteral("safeConsumer"));
    QCOMPARE(refused.status, 403);
    // A wrong token is refused.
    QCOMPARE(lookup(url, app, "sbt_wrong", DemoTeam::firstLookupChannel(), DemoTeam::firstLookupProfile()).status, 401);

    // The newcomer's first minute: approve that request, push from the Routing view (its
    // button), and the same lookup is answered.
    const auto waiting = std::find_if(pending->cbegin(), pending->cend(),
                                      [](const AccessRequest &r) { return r.application == QLatin1String("payments-ledger"); });
    QVERIFY(waiting != pending->cend());
    QVERIFY_RESULT(RequestStore(catalog.db()).approve(waiting->uuid, QStringLiteral("Approved in the demo test")));
    window->showNavigationView(QStringLiteral("routing"));
    auto *pushAll = window->routersView()->findChild<QPushButton *>(QStringLiteral("pushAll"));
    QVERIFY(pushAll);
    QTRY_VERIFY(pushAll->isEnabled());
    QSignalSpy pushed(window->routersView(), &RoutersView::pushFinished);
    QTest::mouseClick(pushAll, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!pushed.isEmpty(), 30000);
    QCOMPARE(pushed.first().first().toInt(), 0);
    const Reply granted = lookup(url, QStringLiteral("payments-ledger"), demo->sessionToken(QStringLiteral("payments-ledger")),
                                 QStringLiteral("kafka://shop.example.com/payments/captured"), QStringLiteral("safeConsumer"));
    QCOMPARE(granted.status, 200);
    QCOMPARE(granted.json.value(QStringLiteral("channel_mapping")).toObject().value(QStringLiteral("captured")).toString(),
             QStringLiteral("payments.captured"));
    QCOMPARE(granted.json.value(QStringLiteral("configuration")).toObject().value(QStringLiteral("group.id")).toString(),
             QStringLiteral("payments-ledger"));

    // Closing the demo stops the service: nothing answers on its port any more.
    demo->close();
    QVERIFY(!demo->isRoutingReady());
    const Reply gone = lookup(url, app, token, DemoTeam::firstLookupChannel(), DemoTeam::firstLookupProfile());
    QCOMPARE(gone.status, 0);
    QVERIFY(!gone.error.isEmpty());

    // Opening it again (the next start of the app does the same) brings a new service that
    // holds the state, on a new port, with new session tokens.
    ready.clear();
    window->openDemo();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 90000);
    if (!failed.isEmpty())
        QFAIL(qPrintable(failed.first().first().toString()));
    const QString again = ready.first().first().toString();
    const QByteArray newToken = demo->sessionToken(app);
    QVERIFY(newToken != token);
    QCOMPARE(lookup(again, app, newToken, DemoTeam::firstLookupChannel(), DemoTeam::firstLookupProfile()).status, 200);
    // The previous session's token is revoked.
    QCOMPARE(lookup(again, app, token, DemoTeam::firstLookupChannel(), DemoTeam::firstLookupProfile()).status, 401);

    // Closing the window closes the demo too.
    window.reset();
    QCOMPARE(lookup(again, app, newToken, DemoTeam::firstLookupChannel(), DemoTeam::firstLookupProfile()).status, 0);
}

void tst_DemoLoop::lockedVaultIsAskedFor()
{
    // No vault yet: the demo's cluster and team come up, and the message bar offers to unlock
    // (create) the vault instead of failing.
    Test::TempCatalog catalog;
    QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
    auto window = Test::openMainWindow(catalog.path(), QSize(1400, 900));
    DemoController *demo = window->catalogView()->demo();
    QSignalSpy needed(demo, &DemoController::vaultNeeded);
    QSignalSpy seeded(demo, &DemoController::teamSeeded);
    window->openDemo();
    QTRY_VERIFY_WITH_TIMEOUT(!needed.isEmpty(), 90000);
    QCOMPARE(seeded.size(), 1);
    auto *bar = window->messageBar();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(bar->text().contains(QLatin1String("vault")));
    QVERIFY(!demo->isRoutingReady());

    // Unlocked later (here directly; the bar's button opens the unlock dialog): the demo goes on.
    QSignalSpy ready(demo, &DemoController::routingReady);
    QVERIFY_RESULT(Test::checkCatalog(window.get(), [&](Database &) {
        return window->vault().initialize(SecretBytes::fromString(QStringLiteral("demo loop passphrase")));
    }));
    emit window->vaultUnlocked();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 60000);
}

QTEST_MAIN(tst_DemoLoop)
#include "tst_demoloop.moc"
