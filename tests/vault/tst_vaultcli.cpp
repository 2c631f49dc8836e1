// The vault, credential, token and profile commands of switchboard-cli, as a script or an
// operator uses them: passphrases and secrets come from a file descriptor or the environment,
// a wrong passphrase is refused with exit status 1 and changes nothing, a token is printed once,
// and no secret appears in anything the commands print.

#include "CliProcess.h"
#include "TempCatalog.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

namespace {
const QByteArray kPassphrase = "cli test passphrase";
const QByteArray kSecret = "cli-secret-Q8wz3";
}

class TestVaultCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_catalog;
    QByteArray m_allOutput;

    using Run = Test::CliRun;

    // Runs the CLI; `stdinData` is also offered on file descriptor 0 for --*-fd 0.
    Run cli(const QStringList &args, QMap<QString, QString> env = {}, const QByteArray &stdinData = {})
    {
        env.insert(QStringLiteral("SWITCHBOARD_VAULT_KEYCHAIN"), QStringLiteral("0"));
        env.insert(QStringLiteral("SWITCHBOARD_CATALOG"), m_catalog);
        env.insert(QStringLiteral("SWITCHBOARD_USER"), QStringLiteral("tester"));
        const Run r = Test::runProcess(QStringLiteral(SWITCHBOARD_CLI), args,
                                       {env, {QStringLiteral("SWITCHBOARD_VAULT_PASSPHRASE")}}, stdinData);
        m_allOutput += r.out + r.err;
        return r;
    }
    QMap<QString, QString> withPassphrase() const
    {
        return {{QStringLiteral("SWITCHBOARD_VAULT_PASSPHRASE"), QString::fromUtf8(kPassphrase)}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_catalog = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    }

    void vaultLifecycle()
    {
        Run r = cli({QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--passphrase-fd"), QStringLiteral("0")}, {},
                    kPassphrase + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("vault"), QStringLiteral("init")}, withPassphrase());
        QCOMPARE(r.exitCode, 1);   // only once
        r = cli({QStringLiteral("vault"), QStringLiteral("status")}, withPassphrase());
        QVERIFY2(r.exitCode == 0 && r.out.contains("Unlock: OK"), r.out.constData());

        r = cli({QStringLiteral("vault"), QStringLiteral("status")},
                {{QStringLiteral("SWITCHBOARD_VAULT_PASSPHRASE"), QStringLiteral("wrong passphrase")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Wrong passphrase"), r.err.constData());
    }

    void credentialsFromAnEnvironmentVariable()
    {
        Run r = cli({QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("prod"), QStringLiteral("--bootstrap"),
                     QStringLiteral("k1:9092")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto env = withPassphrase();
        env.insert(QStringLiteral("APP_SECRET"), QString::fromUtf8(kSecret));
        r = cli({QStringLiteral("credential"), QStringLiteral("set"), QStringLiteral("--app"), QStringLiteral("billing"),
                 QStringLiteral("--cluster"), QStringLiteral("prod"), QStringLiteral("--username"), QStringLiteral("billing-svc"),
                 QStringLiteral("--secret-env"), QStringLiteral("APP_SECRET")},
                env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("credential"), QStringLiteral("rotate"), QStringLiteral("--app"), QStringLiteral("billing"),
                 QStringLiteral("--cluster"), QStringLiteral("prod"), QStringLiteral("--grace"), QStringLiteral("1h"),
                 QStringLiteral("--generate")},
                withPassphrase());
        QVERIFY2(r.exitCode == 0 && r.out.contains("version 2"), r.out.constData());
        r = cli({QStringLiteral("credential"), QStringLiteral("list"), QStringLiteral("--app"), QStringLiteral("billing")});
        QVERIFY2(r.out.contains("current") && r.out.contains("grace until"), r.out.constData());
        // Revocation works without the passphrase: an emergency must not wait for it.
        r = cli({QStringLiteral("credential"), QStringLiteral("revoke"), QStringLiteral("--app"), QStringLiteral("billing"),
                 QStringLiteral("--cluster"), QStringLiteral("prod"), QStringLiteral("--version"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("credential"), QStringLiteral("list"), QStringLiteral("--app"), QStringLiteral("billing")});
        QVERIFY2(r.out.contains("revoked"), r.out.constData());
        // A locked vault refuses to store.
        r = cli({QStringLiteral("credential"), QStringLiteral("set"), QStringLiteral("--app"), QStringLiteral("other"),
                 QStringLiteral("--cluster"), QStringLiteral("prod"), QStringLiteral("--username"), QStringLiteral("o"),
                 QStringLiteral("--secret-env"), QStringLiteral("APP_SECRET")},
                {{QStringLiteral("APP_SECRET"), QString::fromUtf8(kSecret)}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("locked"), r.err.constData());
    }

    void crawlerSecretPerCluster()
    {
        auto env = withPassphrase();
        env.insert(QStringLiteral("CRAWLER_PW"), QString::fromUtf8(kSecret));
        Run r = cli({QStringLiteral("vault"), QStringLiteral("cluster-secret"), QStringLiteral("set"), QStringLiteral("prod"),
                     QStringLiteral("--secret-env"), QStringLiteral("CRAWLER_PW")},
                    env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("vault"), QStringLiteral("cluster-secret"), QStringLiteral("list"), QStringLiteral("prod")});
        QCOMPARE(r.out.trimmed(), QByteArrayLiteral("sasl.password"));   // the name, never the value
    }

    void tokensAreShownOnce()
    {
        // Tokens are issued only for registered applications.
        Run r = cli({QStringLiteral("app"), QStringLiteral("add"), QStringLiteral("billing")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("token"), QStringLiteral("issue"), QStringLiteral("--app"), QStringLiteral("billing"),
                     QStringLiteral("--label"), QStringLiteral("ci")},
                    withPassphrase());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray token = r.out.trimmed();
        QVERIFY(token.startsWith("sbt_"));
        QVERIFY(token.size() >= 4 + 43);
        r = cli({QStringLiteral("token"), QStringLiteral("list")});
        QVERIFY(r.out.contains("billing"));
        QVERIFY(!r.out.contains(token));
        QVERIFY(!r.out.contains(token.mid(8)));
        r = cli({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("--app"), QStringLiteral("billing")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(m_catalog);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token));
        m_allOutput.replace(token, "");   // the one place a token may appear: the issue command itself
    }

    void changePassphrase()
    {
        Run r = cli({QStringLiteral("vault"), QStringLiteral("change-passphrase"), QStringLiteral("--new-passphrase-fd"),
                     QStringLiteral("0")},
                    withPassphrase(), "a brand new passphrase\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("vault"), QStringLiteral("status")}, withPassphrase());
        QCOMPARE(r.exitCode, 1);
        r = cli({QStringLiteral("vault"), QStringLiteral("status"), QStringLiteral("--passphrase-fd"), QStringLiteral("0")}, {},
                "a brand new passphrase\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void profileCommands()
    {
        Run r = cli({QStringLiteral("profile"), QStringLiteral("validate"), QStringLiteral("--role"), QStringLiteral("consumer"),
                     QStringLiteral("--property"), QStringLiteral("compression.type=rar")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("compression.type"), r.err.constData());
        r = cli({QStringLiteral("profile"), QStringLiteral("copy"), QStringLiteral("safeConsumer"), QStringLiteral("mySafe")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("mySafe"), QStringLiteral("--property"),
                 QStringLiteral("max.poll.records=100"), QStringLiteral("--reason"), QStringLiteral("max.poll.records=small batches")});
        QVERIFY2(r.exitCode == 0 && r.err.contains("Java client"), r.err.constData());
        r = cli({QStringLiteral("profile"), QStringLiteral("history"), QStringLiteral("mySafe")});
        QVERIFY2(r.out.contains("version 2") && r.out.contains("by tester") && r.out.contains("max.poll.records"), r.out.constData());
        r = cli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("mySafe"), QStringLiteral("--json")});
        QVERIFY2(r.out.contains("\"max.poll.records\": 100"), r.out.constData());   // a number, not a string
    }

    void cleanupTestCase()
    {
        QVERIFY2(!m_allOutput.contains(kSecret), "a credential secret reached the output");
        QVERIFY2(!m_allOutput.contains(kPassphrase), "the passphrase reached the output");
        QFile file(m_catalog);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QFile wal(m_catalog + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        QVERIFY(!bytes.contains(kSecret));
        QVERIFY(!bytes.contains(kPassphrase));
    }
};

QTEST_GUILESS_MAIN(TestVaultCli)
#include "tst_vaultcli.moc"
