// The automatic push from the command line, with the real switchboard-router process:
// "router auto-push on|off|status" is a setting of the catalog; while it is on, a command that
// makes the registered services stale (here: approve, grant revoke) pushes before it exits, so
// the service answers with the new state without an explicit "router push". Without a way to
// unlock the vault the command still succeeds and says the push is pending.

#include "AutoPushFixture.h"
#include "CliProcess.h"

#include "push/BundlePusher.h"
#include "push/RoutingServiceStore.h"
#include "routing/GrantStore.h"

#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

class TestAutoPushCli : public QObject {
    Q_OBJECT

    AutoPushFixture m_fixture;

    CliRun cli(const QStringList &args, bool withPassphrase = true)
    {
        CliEnvironment env;
        env.set.insert(QStringLiteral("SWITCHBOARD_VAULT_KEYCHAIN"), QStringLiteral("0"));
        env.removePrefixes = {QStringLiteral("SWITCHBOARD_VAULT_PASSPHRASE"), QStringLiteral("SWITCHBOARD_CATALOG")};
        if (withPassphrase)
            env.set.insert(QStringLiteral("SWITCHBOARD_VAULT_PASSPHRASE"), QString::fromUtf8(AutoPushFixture::passphrase()));
        CliRun run = runProcess(cliExecutable(), QStringList{QStringLiteral("--catalog"), m_fixture.catalog.path()} + args, env);
        qInfo("switchboard-cli %s -> %d\n%s%s", qPrintable(args.join(QLatin1Char(' '))), run.exitCode, run.out.constData(),
              run.err.constData());
        return run;
    }

    bool stale(const QString &service)
    {
        auto hash = BundlePusher::currentStateHash(m_fixture.catalog.db(), *m_fixture.vault);
        auto found = RoutingServiceStore(m_fixture.catalog.db()).find(service);
        return !hash || !found || !found->has_value() || (*found)->isStale(*hash);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    }

    void workflow()
    {
        CliRun r = cli({QStringLiteral("router"), QStringLiteral("add"), QStringLiteral("r1"), m_fixture.url(),
                        QString::fromLatin1(m_fixture.keys.service.publicKey.toBase64())});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("router"), QStringLiteral("auto-push"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("auto-push is off"));
        QVERIFY(r.out.contains("stale: r1"));

        // Switching it on catches up at once.
        r = cli({QStringLiteral("router"), QStringLiteral("auto-push"), QStringLiteral("on")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("auto-push: r1: now holds version 1"), r.out.constData());
        QCOMPARE(m_fixture.servedVersion(), 1);
        QCOMPARE(m_fixture.lookup(), 403);   // no grant yet
        QVERIFY(RoutingServiceStore::autoPush(m_fixture.catalog.db()));   // the desktop reads the same setting

        // Approve: the service holds the new version without a "router push".
        r = cli({QStringLiteral("approve"), m_fixture.requestUuid});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("auto-push: r1: now holds version 2"), r.out.constData());
        QCOMPARE(m_fixture.servedVersion(), 2);
        QCOMPARE(m_fixture.lookup(), 200);
        QVERIFY(!stale(QStringLiteral("r1")));

        // A command that changes nothing routed pushes nothing.
        r = cli({QStringLiteral("requests")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains("auto-push"));

        // The vault cannot be unlocked: the revocation stands, the push is pending.
        auto grants = GrantStore(m_fixture.catalog.db()).list();
        QVERIFY(grants && !grants->isEmpty());
        const QString grantId = QString::number(grants->first().grant.id);
        r = cli({QStringLiteral("grant"), QStringLiteral("revoke"), grantId}, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("auto-push pending"), r.err.constData());
        QVERIFY(r.err.contains("r1"));
        QCOMPARE(m_fixture.servedVersion(), 2);
        QCOMPARE(m_fixture.lookup(), 200);   // the service still has the grant: that is what stale means
        QVERIFY(stale(QStringLiteral("r1")));
        r = cli({QStringLiteral("router"), QStringLiteral("list")});
        QVERIFY(r.out.contains("stale"));

        // Off: a change stays stale until pushed by hand.
        r = cli({QStringLiteral("router"), QStringLiteral("auto-push"), QStringLiteral("off")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("router"), QStringLiteral("push")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_fixture.servedVersion(), 3);
        QCOMPARE(m_fixture.lookup(), 403);
        r = cli({QStringLiteral("grant"), QStringLiteral("add"), m_fixture.application, m_fixture.channel, QStringLiteral("--intent"),
                 QStringLiteral("produce")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains("auto-push") && !r.err.contains("auto-push"));
        QCOMPARE(m_fixture.servedVersion(), 3);
        QVERIFY(stale(QStringLiteral("r1")));

        QVERIFY2(m_fixture.router->stop(), m_fixture.router->log().right(2000).constData());
        QVERIFY(!m_fixture.router->log().contains(m_fixture.token.toUtf8()));
    }

    void caFileIsChecked()
    {
        QTemporaryDir dir;
        QFile notPem(dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("just some text\n");
        notPem.close();
        CliRun r = cli({QStringLiteral("router"), QStringLiteral("add"), QStringLiteral("r2"), QStringLiteral("https://127.0.0.1:1"),
                        QString::fromLatin1(m_fixture.keys.service.publicKey.toBase64()), QStringLiteral("--ca-file"), notPem.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no PEM certificate"), r.err.constData());
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");
        notPem.close();
        r = cli({QStringLiteral("router"), QStringLiteral("add"), QStringLiteral("r2"), QStringLiteral("https://127.0.0.1:1"),
                 QString::fromLatin1(m_fixture.keys.service.publicKey.toBase64()), QStringLiteral("--ca-file"), notPem.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("does not parse"), r.err.constData());
        r = cli({QStringLiteral("router"), QStringLiteral("add"), QStringLiteral("r2"), QStringLiteral("https://127.0.0.1:1"),
                 QString::fromLatin1(m_fixture.keys.service.publicKey.toBase64()), QStringLiteral("--ca-file"),
                 dir.filePath(QStringLiteral("missing.pem"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("cannot read the CA file"));
        auto found = RoutingServiceStore(m_fixture.catalog.db()).find(QStringLiteral("r2"));
        QVERIFY(found && !found->has_value());
    }
};

QTEST_GUILESS_MAIN(TestAutoPushCli)
#include "tst_autopushcli.moc"
