// The routing service's state on disk, driven through the real switchboard-router process:
// its state folder, kept bundle and key file are its owner's only whatever the umask (and an
// earlier build's looser modes are tightened, with a note in the log); an expired bundle is
// refused at push and when the kept copy is loaded at start, even with nothing installed (no
// rollback); a restarted service serves its kept bundle and says how old it is; the portal's
// bundle lifetime is set with `switchboard-cli router bundle-lifetime`.

#include "RouterHarness.h"

#include "CliProcess.h"
#include "TempCatalog.h"
#include "bundle/SignedBundle.h"
#include "push/RoutingServiceStore.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {
const QString kToken = QStringLiteral("sbt_disk_token_0123456789abcdef");

int modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}
} // namespace

class TestRouterDisk : public QObject {
    Q_OBJECT

    BundleKeys m_keys;

    BundlePayload payload(qint64 version) const
    {
        BundlePayload p = emptyPayload(m_keys, version);
        p.clusters = {BundleCluster{1, QStringLiteral("prod-eu"), QStringLiteral("prod"), QStringLiteral("b1:9092"),
                                    QStringLiteral("SASL_SSL")}};
        p.channels = {BundleChannel{1, QStringLiteral("kafka://billing.example.com/invoices"),
                                    {BundleBinding{1, QStringLiteral("prod"), 1, QStringLiteral("c0t3")}}}};
        p.profiles = {BundleProfile{QStringLiteral("durableWrite"), QStringLiteral("producer"), QString(),
                                    QJsonObject{{QStringLiteral("acks"), QStringLiteral("all")}}}};
        BundleApplication billing;
        billing.id = 5;
        billing.name = QStringLiteral("billing");
        billing.tokenHashes = {m_keys.hashToken(kToken)};
        billing.grants = {BundleGrant{0, QStringLiteral("kafka://billing.example.com/invoices"), QStringLiteral("produce"), {}, false}};
        billing.credentials = {credential(m_keys, 1, QStringLiteral("alice"), QStringLiteral("pw"))};
        p.applications = {billing};
        return p;
    }
    BundlePayload expiredPayload(qint64 version) const
    {
        BundlePayload p = payload(version);
        p.createdAt = QDateTime::currentDateTimeUtc().addDays(-40);
        p.notAfter = QDateTime::currentDateTimeUtc().addDays(-10);
        return p;
    }
    static HttpReply push(const RouterProcess &router, const QByteArray &envelope)
    {
        return httpRequest(router.port(), "PUT", "/admin/v1/bundle", {}, envelope);
    }
    static HttpReply lookup(const RouterProcess &router)
    {
        return httpRequest(router.port(), "GET",
                           "/servicegw?config_profile=durableWrite&channel=kafka%3A%2F%2Fbilling.example.com%2Finvoices",
                           {{"Authorization", basicAuth(QStringLiteral("billing"), kToken)}});
    }
    static void writeKept(const RouterProcess &router, const QByteArray &envelope)
    {
        QDir().mkpath(router.stateDir());
        QFile kept(QDir(router.stateDir()).filePath(QStringLiteral("bundle.json")));
        QVERIFY(kept.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(kept.write(envelope), envelope.size());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(BundleCrypto::initialize()); }

    // Issue 19: the state folder was 0755 and the kept bundle 0644.
    void stateIsOwnerOnly_data()
    {
        QTest::addColumn<int>("mask");
        QTest::newRow("umask 022") << 0022;
        QTest::newRow("umask 000") << 0000;
    }
    void stateIsOwnerOnly()
    {
        QFETCH(int, mask);
        RouterProcess router(m_keys);
        router.setUmask(mask);
        QString error;
        QVERIFY2(router.start(&error), qPrintable(error));
        QCOMPARE(modeOf(router.stateDir()), 0700);
        const HttpReply pushed = push(router, signPayload(payload(3), m_keys.portal));
        QVERIFY2(pushed.status == 200, pushed.body.constData());
        // bundle.json is the renamed bundle.json.incoming: its mode is the one the copy was written with.
        QCOMPARE(modeOf(QDir(router.stateDir()).filePath(QStringLiteral("bundle.json"))), 0600);
        QCOMPARE(modeOf(router.stateDir()), 0700);
        QVERIFY(router.stop());
        QVERIFY2(!router.log().contains("open to other users"), router.log().constData());

        // The key file from `switchboard-router keygen`, in a folder it makes.
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("keys/router.key"));
        CliEnvironment withMask;
        withMask.umask = mask;
        const CliRun keygen = runProcess(routerExecutable(), {QStringLiteral("keygen"), QStringLiteral("--out"), keyFile}, withMask, {}, 30000);
        QVERIFY2(keygen.exitCode == 0, keygen.err.constData());
        QCOMPARE(modeOf(keyFile), 0600);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("keys"))), 0700);
    }

    // What an earlier build left open is closed at start, and the log says what was open.
    void looserStateIsTightenedAtStart()
    {
        RouterProcess router(m_keys);
        QString error;
        QVERIFY2(router.start(&error), qPrintable(error));
        QCOMPARE(push(router, signPayload(payload(3), m_keys.portal)).status, 200);
        QVERIFY(router.stop());
        const QString kept = QDir(router.stateDir()).filePath(QStringLiteral("bundle.json"));
        QVERIFY(::chmod(QFile::encodeName(router.stateDir()).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(kept).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(router.keyFile()).constData(), 0644) == 0);
        QVERIFY2(router.start(&error), qPrintable(error));
        QCOMPARE(lookup(router).status, 200);   // still serves the kept bundle
        QCOMPARE(modeOf(router.stateDir()), 0700);
        QCOMPARE(modeOf(kept), 0600);
        QCOMPARE(modeOf(router.keyFile()), 0600);
        QVERIFY(router.stop());
        const QString log = QString::fromUtf8(router.log());
        QVERIFY2(log.contains(QStringLiteral("the folder %1 was open to other users (mode 755)").arg(router.stateDir())), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("%1 was open to other users (mode 644)").arg(kept)), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("%1 was open to other users (mode 644)").arg(router.keyFile())), qPrintable(log));
    }

    // Issue 19: "a router with an empty state accepts any old signed bundle".
    void expiredBundleIsRefusedOnAnEmptyState()
    {
        RouterProcess router(m_keys);
        QString error;
        QVERIFY2(router.start(&error), qPrintable(error));
        const HttpReply refused = push(router, signPayload(expiredPayload(50), m_keys.portal));
        QCOMPARE(refused.status, 409);
        const QString message = refused.json().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QLatin1String("version 50 expired at")), qPrintable(message));
        QCOMPARE(httpRequest(router.port(), "GET", "/healthz").status, 503);   // still nothing installed
        QCOMPARE(lookup(router).status, 503);
        QVERIFY(httpRequest(router.port(), "GET", "/metrics").body.contains("switchboard_router_bundle_refusals_total{reason=\"expired\"} 1"));
        QVERIFY(!QFile::exists(QDir(router.stateDir()).filePath(QStringLiteral("bundle.json"))));
        // A current bundle, even of a lower version, installs.
        QCOMPARE(push(router, signPayload(payload(2), m_keys.portal)).status, 200);
        QCOMPARE(lookup(router).status, 200);
    }

    // A kept copy past its not-after time (the service was down for long, or someone put an old
    // bundle.json in place) is not served at start.
    void expiredKeptBundleIsNotServedAtStart()
    {
        RouterProcess router(m_keys);
        writeKept(router, signPayload(expiredPayload(70), m_keys.portal));
        QString error;
        QVERIFY2(router.start(&error), qPrintable(error));
        QCOMPARE(httpRequest(router.port(), "GET", "/healthz").status, 503);
        QCOMPARE(lookup(router).status, 503);
        QCOMPARE(push(router, signPayload(payload(4), m_keys.portal)).status, 200);
        QVERIFY(router.stop());
        const QString log = QString::fromUtf8(router.log());
        QVERIFY2(log.contains(QLatin1String("was not installed: bundle refused: version 70 expired at")), qPrintable(log));
        QVERIFY2(!log.contains(QLatin1String("serving kept bundle version 70")), qPrintable(log));
    }

    // A restarted service serves its kept bundle and says, in its start line and /healthz, how
    // old it is and until when it is good.
    void restartSaysHowOldTheKeptBundleIs()
    {
        RouterProcess router(m_keys);
        QString error;
        QVERIFY2(router.start(&error), qPrintable(error));
        BundlePayload p = payload(8);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        p.createdAt = now.addSecs(-(2 * 86400 + 3 * 3600 + 120));
        p.notAfter = now.addDays(5);
        QCOMPARE(push(router, signPayload(p, m_keys.portal)).status, 200);
        QVERIFY2(router.restart(&error), qPrintable(error));
        QCOMPARE(lookup(router).status, 200);
        const HttpReply health = httpRequest(router.port(), "GET", "/healthz");
        QCOMPARE(health.status, 200);
        const QJsonObject h = health.json();
        QCOMPARE(h.value(QStringLiteral("bundle_version")).toInteger(), 8);
        const qint64 age = h.value(QStringLiteral("bundle_age_seconds")).toInteger(-1);
        QVERIFY2(age >= 2 * 86400 + 3 * 3600 + 120 && age < 2 * 86400 + 3 * 3600 + 180, qPrintable(QString::number(age)));
        QCOMPARE(QDateTime::fromString(h.value(QStringLiteral("bundle_not_after")).toString(), Qt::ISODateWithMs).toSecsSinceEpoch(),
                 p.notAfter.toSecsSinceEpoch());
        QCOMPARE(h.value(QStringLiteral("bundle_expired")).toBool(true), false);
        QVERIFY(router.stop());
        const QString log = QString::fromUtf8(router.log());
        static const QRegularExpression line(QStringLiteral("serving kept bundle version 8, compiled 2d 3h ago \\(\\S+\\), good until (\\S+)"));
        const auto m = line.match(log);
        QVERIFY2(m.hasMatch(), qPrintable(log));
        QCOMPARE(QDateTime::fromString(m.captured(1), Qt::ISODate).toSecsSinceEpoch(), p.notAfter.toSecsSinceEpoch());
    }

    // The portal's side: the lifetime it signs into bundles is a catalog setting, set from the CLI.
    void bundleLifetimeFromTheCli()
    {
        TempCatalog catalog;
        QVERIFY2(catalog.isValid(), qPrintable(catalog.error()));
        const auto cli = [&](const QStringList &args) {
            return runProcess(cliExecutable(), QStringList{QStringLiteral("--catalog"), catalog.path(), QStringLiteral("router"),
                                                           QStringLiteral("bundle-lifetime")} + args, {});
        };
        CliRun run = cli({});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("bundle lifetime: 2592000 seconds (30 days)"), run.out.constData());
        run = cli({QStringLiteral("12h")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("43200 seconds (0.5 days)"), run.out.constData());
        QCOMPARE(RoutingServiceStore::bundleLifetimeSeconds(catalog.db()), qint64(43200));
        run = cli({QStringLiteral("30m")});
        QCOMPARE(run.exitCode, 1);
        // Refused by the command's own range before the catalog is touched: the message names the
        // argument, what was typed and the range.
        QVERIFY2(run.err.contains("DURATION: \"30m\" is not a duration from 1h to 366d"), run.err.constData());
        QCOMPARE(RoutingServiceStore::bundleLifetimeSeconds(catalog.db()), qint64(43200));
    }
};

QTEST_GUILESS_MAIN(TestRouterDisk)
#include "tst_routerdisk.moc"
