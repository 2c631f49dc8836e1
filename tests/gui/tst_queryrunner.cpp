// The one way off the GUI thread: QueryRunner. A write goes through the single writer, lands in
// the catalog and its result comes back to a guard that is still alive; a guard destroyed
// while its job ran gets nothing (the write still lands). Writes keep the order they were
// asked in, and a read sees what a finished write wrote. BusyWork says the work in a message bar.
// A store call on the GUI thread is caught: the GUI tests run with the thread guarded
// (Database::guardThread), so a view that slips one in fails there, naming the SQL.

#include "TempCatalog.h"
#include "VerifyResult.h"
#include "clusters/ClusterStore.h"
#include "main/BusyWork.h"
#include "main/QueryRunner.h"
#include "widgets/MessageBar.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QScopeGuard>
#include <QThread>

using namespace Switchboard;

namespace {

Cluster cluster(const QString &name)
{
    Cluster c;
    c.name = name;
    c.environment = QStringLiteral("prod");
    c.bootstrapServers = QStringLiteral("%1.example.com:9092").arg(name);
    return c;
}

} // namespace

class tst_QueryRunner : public QObject {
    Q_OBJECT
private slots:
    void writeLandsAndComesBackToLiveGuardOnly();
    void writesKeepTheirOrderOnOneThread();
    void busyWorkSaysWhatRuns();
    void guiThreadIsGuardedInGuiTests();
    void storeCallOnTheGuiThreadIsRefused();
};

void tst_QueryRunner::writeLandsAndComesBackToLiveGuardOnly()
{
    Test::TempCatalog catalog;
    QVERIFY(catalog.isValid());
    QueryRunner runner(catalog.path());

    // A live guard: the added cluster comes back on the GUI thread.
    QObject live;
    std::optional<Result<Cluster>> received;
    QThread *deliveredOn = nullptr;
    onResultReady(runner.write([](const Database &db) { return ClusterStore(db).add(cluster(QStringLiteral("prod-eu"))); }),
                  &live, [&](const Result<Cluster> &added) {
                      received = added;
                      deliveredOn = QThread::currentThread();
                  });
    QTRY_VERIFY(received.has_value());
    QVERIFY2(received->ok(), qPrintable(received->error()));
    QCOMPARE((*received)->name, QStringLiteral("prod-eu"));
    QCOMPARE(deliveredOn, QThread::currentThread());
    // It landed: the test's own connection reads it.
    auto found = ClusterStore(catalog.db()).find(QStringLiteral("prod-eu"));
    QVERIFY(found.ok() && found->has_value());

    // A guard that goes while its write runs: the write lands, nobody is called.
    QSemaphore started, release;
    auto *gone = new QObject;
    bool called = false;
    auto future = runner.write([&](const Database &db) {
        started.release();
        release.acquire();
        return ClusterStore(db).add(cluster(QStringLiteral("prod-us")));
    });
    onResultReady(future, gone, [&](const Result<Cluster> &) { called = true; });
    QVERIFY(started.tryAcquire(1, 5000));
    delete gone;
    release.release();
    future.waitForFinished();
    QTest::qWait(50);   // what a queued delivery would need
    QVERIFY(!called);
    QVERIFY(future.result().ok());
    found = ClusterStore(catalog.db()).find(QStringLiteral("prod-us"));
    QVERIFY(found.ok() && found->has_value());
}

void tst_QueryRunner::writesKeepTheirOrderOnOneThread()
{
    Test::TempCatalog catalog;
    QVERIFY(catalog.isValid());
    QueryRunner runner(catalog.path());
    QObject guard;
    QList<int> order;
    QSet<QThread *> threads;
    QMutex mutex;
    for (int i = 0; i < 8; ++i) {
        auto future = runner.write([&, i](const Database &db) -> Result<int> {
            {
                QMutexLocker lock(&mutex);
                threads.insert(QThread::currentThread());
            }
            if (auto added = ClusterStore(db).add(cluster(QStringLiteral("c%1").arg(i))); !added)
                return makeError(added.error());
            return i;
        });
        onResultReady(future, &guard, [&](const Result<int> &r) {
            QVERIFY(r.ok());
            order << *r;
        });
    }
    QTRY_COMPARE(order.size(), 8);
    QCOMPARE(order, QList<int>({0, 1, 2, 3, 4, 5, 6, 7}));
    QCOMPARE(threads.size(), 1);
    // A read asked after the writes finished sees all of them.
    auto listed = runner.run([](const Database &db) { return ClusterStore(db).list(); });
    listed.waitForFinished();
    QVERIFY(listed.result().ok());
    QCOMPARE(listed.result()->size(), 8);
}

void tst_QueryRunner::busyWorkSaysWhatRuns()
{
    Test::TempCatalog catalog;
    QVERIFY(catalog.isValid());
    QueryRunner runner(catalog.path());
    QWidget view;
    auto *bar = new MessageBar(&view);
    view.show();
    auto *work = new BusyWork(&runner, bar, &view);
    QSignalSpy busy(work, &BusyWork::busyChanged);
    QSemaphore release;
    std::optional<Result<Cluster>> done;
    work->write(QStringLiteral("Adding prod-eu…"),
                [&](const Database &db) {
                    release.acquire();
                    return ClusterStore(db).add(cluster(QStringLiteral("prod-eu")));
                },
                [&](const Result<Cluster> &added) { done = added; });
    QVERIFY(work->isBusy());
    QCOMPARE(busy.count(), 1);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->text(), QStringLiteral("Adding prod-eu…"));
    release.release();
    QTRY_VERIFY(done.has_value());
    QVERIFY(done->ok());
    QVERIFY(!work->isBusy());
    QCOMPARE(busy.count(), 2);
    QVERIFY(!bar->isVisible());
}

void tst_QueryRunner::guiThreadIsGuardedInGuiTests()
{
    if (qEnvironmentVariableIntValue("SWITCHBOARD_GUARD_GUI_THREAD") != 1)
        QSKIP("run through ctest: add_switchboard_test(... GUI) sets SWITCHBOARD_GUARD_GUI_THREAD");
    Test::TempCatalog catalog;
    QVERIFY(catalog.isValid());
    QueryRunner runner(catalog.path());   // the first runner on the GUI thread turns the guard on
    QCOMPARE(Database::guardedThread(), QThread::currentThread());
}

void tst_QueryRunner::storeCallOnTheGuiThreadIsRefused()
{
    Test::TempCatalog catalog;
    QVERIFY(catalog.isValid());
    QThread *before = Database::guardedThread();
    QStringList reported;
    // Reported here instead of the qFatal the other GUI tests get.
    Database::guardThread(QThread::currentThread(), [&](const QString &sql) { reported << sql; });
    auto restore = qScopeGuard([before] { Database::guardThread(before); });

    // A connection of the window's kind (opened where it may be, as the desktop's main() does).
    std::unique_ptr<Database> window;
    {
        const Database::GuardedThreadAllowance opening;
        auto opened = Database::open(catalog.path());
        QVERIFY_RESULT(opened);
        window = std::move(opened.value());
    }
    // A store call on it, on the GUI thread: refused, reported with its SQL, nothing written.
    auto added = ClusterStore(*window).add(cluster(QStringLiteral("prod-eu")));
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(QLatin1String("GUI thread")), qPrintable(added.error()));
    QVERIFY(!reported.isEmpty());
    QVERIFY2(reported.first().contains(QLatin1String("clusters")) || reported.first().startsWith(QLatin1String("BEGIN")),
             qPrintable(reported.first()));
    auto listed = ClusterStore(catalog.db()).list();   // the test's own connection is allowed
    QVERIFY_RESULT(listed);
    QCOMPARE(listed->size(), 0);

    // The same call through the runner: on its workers, not refused, nothing reported.
    reported.clear();
    QObject guard;
    std::optional<Result<Cluster>> written;
    QueryRunner runner(catalog.path());
    onResultReady(runner.write([](const Database &db) { return ClusterStore(db).add(cluster(QStringLiteral("prod-eu"))); }),
                  &guard, [&](const Result<Cluster> &r) { written = r; });
    QTRY_VERIFY(written.has_value());
    QVERIFY_RESULT(*written);
    QVERIFY2(reported.isEmpty(), qPrintable(reported.join(QLatin1Char('\n'))));

    // A scope that is allowed (the vault's unlock) passes; outside it, refused again.
    {
        const Database::GuardedThreadAllowance vault;
        QVERIFY_RESULT(ClusterStore(*window).list());
    }
    QVERIFY(reported.isEmpty());
    QVERIFY(!ClusterStore(*window).list().ok());
    QCOMPARE(reported.size(), 1);
}

QTEST_MAIN(tst_QueryRunner)
#include "tst_queryrunner.moc"
