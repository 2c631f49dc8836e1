// The crawler's secret kept in the vault: `switchboard-cli crawl` of a SASL cluster whose
// password was stored with `vault cluster-secret set` unlocks the vault headlessly, crawls,
// and never prints the password; with the vault locked it says what is missing.

#include "CliProcess.h"
#include "TestBroker.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

namespace {
const QByteArray kPassphrase = "crawl vault passphrase";
}

class TestCrawlVault : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_allOutput;

    Test::CliRun cli(const QStringList &args, QMap<QString, QString> env = {}, const QByteArray &stdinData = {})
    {
        env.insert(QStringLiteral("SWITCHBOARD_VAULT_KEYCHAIN"), QStringLiteral("0"));
        env.insert(QStringLiteral("SWITCHBOARD_CATALOG"), m_dir.filePath(QStringLiteral("catalog.sqlite")));
        const Test::CliRun r = Test::runProcess(
            QStringLiteral(SWITCHBOARD_CLI), args,
            {env, {QStringLiteral("SWITCHBOARD_CRAWL_PASSWORD"), QStringLiteral("SWITCHBOARD_VAULT_PASSPHRASE")}}, stdinData);
        m_allOutput += r.out + r.err;
        return r;
    }

private Q_SLOTS:
    void crawlWithSecretFromVault()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        const QString password = broker.password(QStringLiteral("admin"));
        QVERIFY(!password.isEmpty());

        Test::CliRun r = cli({QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("secured"), QStringLiteral("--bootstrap"),
                     broker.saslBootstrap(), QStringLiteral("--property"), QStringLiteral("security.protocol=SASL_PLAINTEXT"),
                     QStringLiteral("--property"), QStringLiteral("sasl.mechanisms=PLAIN"), QStringLiteral("--property"),
                     QStringLiteral("sasl.username=admin")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--passphrase-fd"), QStringLiteral("0")}, {},
                kPassphrase + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("vault"), QStringLiteral("cluster-secret"), QStringLiteral("set"), QStringLiteral("secured"),
                 QStringLiteral("--secret-env"), QStringLiteral("ADMIN_SECRET")},
                {{QStringLiteral("SWITCHBOARD_VAULT_PASSPHRASE"), QString::fromUtf8(kPassphrase)},
                 {QStringLiteral("ADMIN_SECRET"), password}});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // Locked (no passphrase anywhere, no terminal): a clear error, exit status 1.
        r = cli({QStringLiteral("crawl"), QStringLiteral("secured")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("keeps its secrets in the vault"), r.err.constData());

        // Unlocked headlessly: the crawl reaches the SASL listener as admin.
        r = cli({QStringLiteral("crawl"), QStringLiteral("secured")},
                {{QStringLiteral("SWITCHBOARD_VAULT_PASSPHRASE"), QString::fromUtf8(kPassphrase)}});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("secured: crawled"), r.out.constData());

        QVERIFY2(!m_allOutput.contains(password.toUtf8()), "the cluster's password reached the output");
    }
};

QTEST_GUILESS_MAIN(TestCrawlVault)
#include "tst_crawlvault.moc"
