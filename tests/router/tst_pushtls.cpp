// The push over HTTPS to a routing service whose certificate comes from a private CA (made
// here with the openssl command): without the CA the push fails at once with an error that
// says the certificate is not trusted and how to fix it; registered with --ca-file, the push
// lands and the real switchboard-router serves the bundle over TLS.

#include "AutoPushFixture.h"
#include "CliProcess.h"
#include "RouterConfig.h"

#include "push/RoutingServiceStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

// GET over TLS, trusting only the given CA; the body, or empty.
QByteArray httpsGet(quint16 port, const QByteArray &target, const QList<QSslCertificate> &ca)
{
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(ca);
    socket.setSslConfiguration(config);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForEncrypted(3000))
        return {};
    socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(3000))
        answer += socket.readAll();
    return answer;
}

} // namespace

class TestPushTls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pushWithPrivateCa()
    {
        AutoPushFixture fixture;
        QString error;
        QVERIFY2(fixture.setUp(&error, false), qPrintable(error));

        // A private CA and a certificate it signed for 127.0.0.1.
        QTemporaryDir dir;
        const QString d = dir.path();
        QFile ext(dir.filePath(QStringLiteral("ext.cnf")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n");
        ext.close();
        QVERIFY2(Test::makeSelfSigned(d, QStringLiteral("Switchboard Test CA"), QStringLiteral("ca.key"), QStringLiteral("ca.pem"),
                                      &error, 2),
                 qPrintable(error));
        QVERIFY2(Test::openssl(d, {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                             QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"),
                             QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("leaf.csr")},
                         &error),
                 qPrintable(error));
        QVERIFY2(Test::openssl(d, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("leaf.csr"),
                             QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                             QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-extfile"),
                             QStringLiteral("ext.cnf"), QStringLiteral("-out"), QStringLiteral("cert.pem")},
                         &error),
                 qPrintable(error));
        QFile caFile(dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(caFile.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> ca = QSslCertificate::fromData(caFile.readAll(), QSsl::Pem);
        QCOMPARE(ca.size(), 1);

        // The real routing service over HTTPS.
        QVERIFY(Router::KeyFile::write(dir.filePath(QStringLiteral("router.key")), fixture.keys.service));
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        CliServer router;
        QVERIFY2(router.start(routerExecutable(),
                              {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                               QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("--tls-key"),
                               dir.filePath(QStringLiteral("key.pem")), QStringLiteral("--key"), dir.filePath(QStringLiteral("router.key")),
                               QStringLiteral("--trust"), QString::fromLatin1(fixture.keys.portal.publicKey.toBase64()),
                               QStringLiteral("--state-dir"), dir.filePath(QStringLiteral("state"))},
                              {}, &error),
                 qPrintable(error));
        QByteArray health;
        for (int i = 0; i < 100 && health.isEmpty(); ++i) {
            health = httpsGet(port, "/healthz", ca);
            if (health.isEmpty())
                QTest::qWait(100);
        }
        QVERIFY2(health.startsWith("HTTP/1.1 503"), health.constData());   // no bundle yet

        CliEnvironment env;
        env.set.insert(QStringLiteral("SWITCHBOARD_VAULT_KEYCHAIN"), QStringLiteral("0"));
        env.set.insert(QStringLiteral("SWITCHBOARD_VAULT_PASSPHRASE"), QString::fromUtf8(AutoPushFixture::passphrase()));
        env.removePrefixes = {QStringLiteral("SWITCHBOARD_CATALOG"), QStringLiteral("SSL_CERT")};
        auto cli = [&](const QStringList &args) {
            CliRun run = runProcess(cliExecutable(), QStringList{QStringLiteral("--catalog"), fixture.catalog.path()} + args, env);
            qInfo("switchboard-cli %s -> %d\n%s%s", qPrintable(args.join(QLatin1Char(' '))), run.exitCode, run.out.constData(),
                  run.err.constData());
            return run;
        };
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(port);
        const QString key = QString::fromLatin1(fixture.keys.service.publicKey.toBase64());

        // Without the CA: refused at once (no retries against a certificate), and said so.
        QCOMPARE(cli({QStringLiteral("router"), QStringLiteral("add"), QStringLiteral("plain"), url, key}).exitCode, 0);
        QElapsedTimer timer;
        timer.start();
        CliRun r = cli({QStringLiteral("router"), QStringLiteral("push"), QStringLiteral("plain")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("certificate is not trusted"), r.err.constData());
        QVERIFY(r.err.contains("--ca-file"));
        QVERIFY2(timer.elapsed() < 5000, "a certificate error was retried with backoff");
        auto plain = RoutingServiceStore(fixture.catalog.db()).find(QStringLiteral("plain"));
        QVERIFY(plain && plain->has_value() && (*plain)->deployedVersion == 0);
        QVERIFY((*plain)->lastError.contains(QLatin1String("not trusted")));

        // With the CA: the push lands, the service serves the bundle over TLS.
        r = cli({QStringLiteral("router"), QStringLiteral("add"), QStringLiteral("private"), url, key, QStringLiteral("--ca-file"),
                 caFile.fileName()});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("router"), QStringLiteral("push"), QStringLiteral("private")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("private: now holds version"), r.out.constData());
        health = httpsGet(port, "/healthz", ca);
        QVERIFY2(health.startsWith("HTTP/1.1 200"), health.constData());
        r = cli({QStringLiteral("router"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(r.out.contains("\"custom_ca\": true"));

        QVERIFY2(router.stop(), router.output().constData());   // SIGTERM
        // What the router said (a sanitizer's report included) is the first thing to read when it
        // does not stop cleanly.
        QVERIFY2(router.exitCode() == 0, router.output().constData());
    }
};

QTEST_GUILESS_MAIN(TestPushTls)
#include "tst_pushtls.moc"
