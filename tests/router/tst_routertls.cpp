// HTTPS and the configuration file: switchboard-router serve --config FILE with a TLS
// certificate and key (made here with openssl) answers over TLS, and refuses plain HTTP.

#include "RouterHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include "CliProcess.h"
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

class TestRouterTls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void httpsFromConfigFile()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(Test::makeSelfSigned(dir.path(), QStringLiteral("localhost"), QStringLiteral("key.pem"), QStringLiteral("cert.pem"), &error),
                 qPrintable(error));

        BundleKeys keys;
        QVERIFY(BundleCrypto::initialize());
        // Key file via keygen, as an operator does it.
        const CliRun keygen =
            runProcess(routerExecutable(), {QStringLiteral("keygen"), QStringLiteral("--out"), dir.filePath(QStringLiteral("router.key"))}, {},
                       {}, 10000);
        QCOMPARE(keygen.exitCode, 0);
        QCOMPARE(QByteArray::fromBase64(keygen.out.trimmed()).size(), 32);

        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        const QJsonObject config{{QStringLiteral("listen"), QStringLiteral("127.0.0.1:%1").arg(port)},
                                 {QStringLiteral("tls_certificate"), dir.filePath(QStringLiteral("cert.pem"))},
                                 {QStringLiteral("tls_key"), dir.filePath(QStringLiteral("key.pem"))},
                                 {QStringLiteral("trusted_portal_keys"), QJsonArray{QString::fromLatin1(keys.portal.publicKey.toBase64())}},
                                 {QStringLiteral("key_file"), dir.filePath(QStringLiteral("router.key"))},
                                 {QStringLiteral("state_dir"), dir.filePath(QStringLiteral("state"))},
                                 {QStringLiteral("access_log"), QStringLiteral("off")}};
        QFile file(dir.filePath(QStringLiteral("router.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(config).toJson());
        file.close();

        CliServer router;
        QVERIFY2(router.start(routerExecutable(), {QStringLiteral("serve"), QStringLiteral("--config"), file.fileName()}, {}, &error),
                 qPrintable(error));
        QByteArray answer;
        for (int attempt = 0; attempt < 100 && answer.isEmpty(); ++attempt) {
            QSslSocket socket;
            socket.setPeerVerifyMode(QSslSocket::VerifyNone);
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
            if (socket.waitForEncrypted(2000)) {
                socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
                while (socket.waitForReadyRead(2000))
                    answer += socket.readAll();
            } else {
                QTest::qWait(100);
            }
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.constData());   // no bundle yet, over TLS
        // Plain HTTP gets no answer from a TLS port.
        const HttpReply plain = httpRequest(port, "GET", "/healthz");
        QCOMPARE(plain.status, 0);

        // An unknown setting in the file is refused with its name.
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"listen": "127.0.0.1:1", "lisen": "x"})");
        bad.close();
        const CliRun refused = runProcess(routerExecutable(), {QStringLiteral("serve"), QStringLiteral("--config"), bad.fileName()}, {},
                                          {}, 10000);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("unknown setting \"lisen\""));

        QVERIFY2(router.stop(), router.output().constData());   // SIGTERM
        // What the router said (a sanitizer's report included) is the first thing to read when it
        // does not stop cleanly.
        QVERIFY2(router.exitCode() == 0, router.output().constData());
    }
};

QTEST_GUILESS_MAIN(TestRouterTls)
#include "tst_routertls.moc"
