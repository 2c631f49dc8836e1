// The crawler's secret kept in the vault: `switchboard-cli crawl` of a SASL cluster whose
// password was stored with `vault cluster-secret set` unlocks the vault headlessly, crawls,
// and never prints the password; with the vault locked it says what is missing.

#include "TestBroker.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

namespace {
const QByteArray kPassphrase = "crawl vault passphrase";
}

class TestCrawlVault : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;
    QByteArray m_allOutput;

    Run cli(const QStringList &args, const QMap<QString, QString> &env = {}, const QByteArray &stdinData = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("SWITCHBOARD_VAULT_KEYCHAIN"), QStringLiteral("0"));
        e.insert(QStringLiteral("SWITCHBOARD_CATALOG"), m_dir.filePath(QStringLiteral("catalog.sqlite")));
        for (const QString &name : e.keys()) {
            if (name.startsWith(QLatin1String("SWITCHBOARD_CRAWL_PASSWORD")) || name.startsWith(QLatin1String("SWITCHBOARD_VAULT_PASSPHRASE")))
                e.remove(name);
        }
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(SWITCHBOARD_CLI), args);
        p.waitForStarted();
        p.write(stdinData);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        Run r{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        m_allOutput += r.out + r.err;
        return r;
    }

private Q_SLOTS:
    void crawlWithSecretFromVault()
    {
        SWITCHBOARD_REQUIRE_BROKER(broker);
        const QString password = broker.password(QStringLiteral("admin"));
        QVERIFY(!password.isEmpty());

        Run r = cli({QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("secured"), QStringLiteral("--bootstrap"),
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
