#include "RouterHarness.h"

#include "bundle/BundleSecretOpener.h"
#include "bundle/SharedBoxKey.h"
#include "bundle/SignedBundle.h"
#include "clusters/Cluster.h"
#include "push/RoutingServiceStore.h"
#include "RouterConfig.h"
#include "store/Database.h"
#include "TestBroker.h"
#include "vault/CredentialStore.h"
#include "vault/TokenStore.h"
#include "vault/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <sodium.h>

#include <sys/stat.h>

namespace Switchboard::Test {

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpReply httpRequest(quint16 port, const QByteArray &method, const QByteArray &target,
                      const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    HttpReply reply;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return reply;
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "PUT")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    socket.write(request);
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < 30000) {
        if (socket.waitForReadyRead(1000))
            data += socket.readAll();
    }
    data += socket.readAll();
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return reply;
    const QList<QByteArray> lines = data.left(end).split('\n');
    reply.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            reply.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    reply.body = data.mid(end + 4);
    return reply;
}

QByteArray basicAuth(const QString &user, const QString &token)
{
    return "Basic " + (user.toUtf8() + ':' + token.toUtf8()).toBase64();
}

QString BundleKeys::hashToken(const QString &token) const
{
    unsigned char out[32];
    const QByteArray t = token.toUtf8();
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(t.constData()), size_t(t.size()),
                       reinterpret_cast<const unsigned char *>(tokenHashKey.constData()), size_t(tokenHashKey.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

BundleCredential credential(const BundleKeys &keys, qint64 clusterId, const QString &user, const QString &password)
{
    BundleCredential c;
    c.clusterId = clusterId;
    c.mechanism = QStringLiteral("PLAIN");
    c.username = user;
    c.boxedSecret = SharedBoxKey::agree(keys.service.publicKey, keys.bundleBox.secretKey)->box(password.toUtf8());
    return c;
}

BundlePayload emptyPayload(const BundleKeys &keys, qint64 version)
{
    BundlePayload p;
    p.version = version;
    p.createdAt = QDateTime::currentDateTimeUtc();
    p.notAfter = p.createdAt.addSecs(BundlePayload::kDefaultLifetimeSeconds);   // as the portal writes it
    p.ttlSeconds = 30;
    p.recipient = keys.service.publicKey;
    p.secretBoxPublicKey = keys.bundleBox.publicKey;
    p.boxedTokenHashKey = SharedBoxKey::agree(keys.service.publicKey, keys.bundleBox.secretKey)->box(keys.tokenHashKey);
    return p;
}

BundlePayload asFormatOne(BundlePayload payload, const BundleKeys &keys)
{
    auto opener = BundleSecretOpener::create(payload, keys.service);
    Q_ASSERT(opener);
    const auto reseal = [&](QByteArray &boxed) { boxed = BundleCrypto::seal(*opener->open(boxed), keys.service.publicKey); };
    reseal(payload.boxedTokenHashKey);
    for (BundleApplication &a : payload.applications)
        for (BundleCredential &c : a.credentials)
            reseal(c.boxedSecret);
    payload.format = 1;
    payload.secretBoxPublicKey.clear();
    return payload;
}

QByteArray signPayload(const BundlePayload &payload, const Ed25519KeyPair &portal)
{
    return SignedBundle::sign(payload, portal).toJson();
}

QString routerExecutable()
{
    return qEnvironmentVariable("SWITCHBOARD_BINARY_DIR") + QStringLiteral("/app/switchboard-router");
}

QString cliExecutable()
{
    return qEnvironmentVariable("SWITCHBOARD_BINARY_DIR") + QStringLiteral("/app/switchboard-cli");
}

RouterProcess::RouterProcess(const BundleKeys &keys, QStringList extraArgs) : m_keys(keys), m_extra(std::move(extraArgs)) {}

RouterProcess::~RouterProcess()
{
    stop();
}

bool RouterProcess::start(QString *error)
{
    const QString keyFile = m_dir.filePath(QStringLiteral("router.key"));
    if (!QFile::exists(keyFile)) {
        if (auto st = Router::KeyFile::write(keyFile, m_keys.service); !st) {
            *error = st.error();
            return false;
        }
    }
    // A free port: bind, read it, release. The tiny race is acceptable on loopback in tests.
    if (!m_port) {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    CliEnvironment environment;
    environment.umask = m_umask;
    collectLog();   // what an earlier run printed stays in the log
    m_earlierLog = m_log;
    if (!m_process.start(routerExecutable(),
                         QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                     QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--key"), keyFile,
                                     QStringLiteral("--trust"), QString::fromLatin1(m_keys.portal.publicKey.toBase64()),
                                     QStringLiteral("--state-dir"), stateDir()}
                             + m_extra,
                         environment, error))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (!m_process.isRunning()) {
            collectLog();
            *error = QStringLiteral("router exited: ") + QString::fromUtf8(m_log);
            return false;
        }
        const HttpReply r = httpRequest(m_port, "GET", "/healthz");
        if (r.status == 200 || r.status == 503)
            return true;
        QThread::msleep(50);
    }
    *error = QStringLiteral("router did not answer /healthz");
    return false;
}

void RouterProcess::collectLog()
{
    // CliServer keeps what the process printed; the log is that of every start so far.
    const QByteArray output = m_process.output();
    m_log = m_earlierLog + output;
}

bool RouterProcess::stop()
{
    if (!m_process.isRunning())
        return true;
    const bool ok = m_process.stop();
    collectLog();
    return ok;
}

bool RouterProcess::restart(QString *error)
{
    stop();
    return start(error);
}

Cluster clientCluster(const TestBroker &broker, const QString &name)
{
    Cluster cluster;
    cluster.name = name;
    cluster.environment = QStringLiteral("prod");
    cluster.bootstrapServers = broker.plaintextBootstrap();
    cluster.labels.insert(QStringLiteral("client.bootstrap.servers"), broker.saslBootstrap());
    cluster.labels.insert(QStringLiteral("client.security.protocol"), QStringLiteral("SASL_PLAINTEXT"));
    return cluster;
}

Result<QString> vendCredentialAndToken(const Database &db, Vault &vault, const TestBroker &broker, const QString &application,
                                       qint64 clusterId, const QString &user)
{
    if (auto st = CredentialStore(db, vault).set(application, clusterId, QStringLiteral("PLAIN"), user,
                                                 SecretBytes::fromString(broker.password(user)));
        !st)
        return makeError(st.error());
    auto token = TokenStore(db, vault).issue(application);
    if (!token)
        return makeError(token.error());
    return token->value.toString();
}

PortalRouter::PortalRouter(const Database &db, Vault &vault) : m_db(db), m_vault(vault) {}

bool PortalRouter::start(const QString &name, QString *error)
{
    auto signing = m_vault.signingKeyPair();
    if (!signing) {
        *error = signing.error();
        return false;
    }
    m_keys.portal = Ed25519KeyPair{signing->publicKey, signing->secretKey.bytes()};
    m_router = std::make_unique<RouterProcess>(m_keys);
    if (!m_router->start(error))
        return false;
    auto added = RoutingServiceStore(m_db).add(name, url(), QString::fromLatin1(m_keys.service.publicKey.toBase64()));
    if (!added) {
        *error = added.error();
        return false;
    }
    return true;
}

QString PortalRouter::url() const
{
    return m_router ? QStringLiteral("http://127.0.0.1:%1").arg(m_router->port()) : QString();
}

Status PortalRouter::push(PushOptions options)
{
    auto prepared = BundlePusher::prepare(m_db, m_vault, {}, options.ttlSeconds);
    if (!prepared)
        return makeError(prepared.error());
    BundlePusher pusher(m_db, options);
    QEventLoop loop;
    int failures = -1;
    QString messages;
    QObject::connect(&pusher, &BundlePusher::serviceFinished, &loop, [&](const QString &, bool ok, qint64, const QString &m) {
        if (!ok)
            messages += m;
    });
    QObject::connect(&pusher, &BundlePusher::finished, &loop, [&](int f) {
        failures = f;
        loop.quit();
    });
    pusher.push(*prepared);
    loop.exec();
    if (failures != 0)
        return makeError(QStringLiteral("push failed: ") + messages);
    return {};
}

bool openssl(const QString &dir, const QStringList &args, QString *error)
{
    CliEnvironment environment;
    environment.workingDirectory = dir;
    const CliRun run = runProcess(QStringLiteral("openssl"), args, environment);
    if (run.exitCode != 0) {
        *error = QStringLiteral("openssl %1: %2").arg(args.join(QLatin1Char(' ')), QString::fromUtf8(run.out + run.err));
        return false;
    }
    return true;
}

bool makeSelfSigned(const QString &dir, const QString &commonName, const QString &keyName, const QString &certName,
                    QString *error, int days)
{
    return openssl(dir,
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-days"), QString::number(days), QStringLiteral("-subj"),
                    QStringLiteral("/CN=") + commonName, QStringLiteral("-keyout"), keyName, QStringLiteral("-out"), certName},
                   error);
}

} // namespace Switchboard::Test
