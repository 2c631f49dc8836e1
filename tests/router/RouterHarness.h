#pragma once

// Shared by the router tests: a routing bundle built in code (keys, clusters, channels,
// applications with tokens and credentials), and the real switchboard-router process on a free
// loopback port with a small synchronous HTTP client; for the end-to-end tests, a router that
// serves what a catalog pushes to it (PortalRouter).

#include "CliProcess.h"
#include "bundle/BundleCrypto.h"
#include "bundle/BundlePayload.h"
#include "core/Result.h"
#include "push/BundlePusher.h"

#include <QByteArray>
#include <QMap>
#include <QTemporaryDir>

#include <memory>

namespace Switchboard {
struct Cluster;
class Database;
class Vault;
} // namespace Switchboard

namespace Switchboard::Test {

struct HttpReply {
    int status = 0;
    QMap<QByteArray, QByteArray> headers;   // lower-cased names
    QByteArray body;
    QJsonObject json() const;
};

// GET/PUT on loopback without an event loop (blocking QTcpSocket): what the tests need.
HttpReply httpRequest(quint16 port, const QByteArray &method, const QByteArray &target,
                      const QList<std::pair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {});
QByteArray basicAuth(const QString &user, const QString &token);

// Keys and a token-hash key for one portal and one routing service.
struct BundleKeys {
    Ed25519KeyPair portal = BundleCrypto::generateEd25519KeyPair();
    X25519KeyPair service = BundleCrypto::generateX25519KeyPair();
    QByteArray tokenHashKey = QByteArray(32, '\x5a');
    // The ephemeral key pair of the test portal's bundles (format 2 boxes secrets under
    // crypto_box_beforenm(service public key, this secret key)).
    X25519KeyPair bundleBox = BundleCrypto::generateX25519KeyPair();
    QString hashToken(const QString &token) const;
};

// Boxes a secret into a payload for the service (format 2).
BundleCredential credential(const BundleKeys &keys, qint64 clusterId, const QString &user, const QString &password);
// An empty payload with the recipient, the bundle's box key and the boxed token-hash key set.
BundlePayload emptyPayload(const BundleKeys &keys, qint64 version);
// The same payload as an older portal wrote it: format 1, each secret in its own sealed box.
BundlePayload asFormatOne(BundlePayload payload, const BundleKeys &keys);
QByteArray signPayload(const BundlePayload &payload, const Ed25519KeyPair &portal);

// switchboard-router serve, on a free port, with a fresh key file and state folder (reused
// across restart() so the kept bundle survives).
class RouterProcess {
public:
    explicit RouterProcess(const BundleKeys &keys, QStringList extraArgs = {});
    ~RouterProcess();
    bool start(QString *error);
    bool stop();   // SIGTERM, waits; true when it exited 0
    bool restart(QString *error);
    // The umask the process starts with (-1: this process's). Applies from the next start().
    void setUmask(int mask) { m_umask = mask; }
    QString keyFile() const { return m_dir.filePath(QStringLiteral("router.key")); }
    quint16 port() const { return m_port; }
    QString stateDir() const { return m_dir.filePath(QStringLiteral("state")); }
    QByteArray log() const { return m_log; }
    void collectLog();
    bool isRunning() const { return m_process.isRunning(); }

private:
    const BundleKeys &m_keys;
    QStringList m_extra;
    QTemporaryDir m_dir;
    CliServer m_process;
    quint16 m_port = 0;
    int m_umask = -1;
    QByteArray m_log;
    QByteArray m_earlierLog;   // of the runs before the current one
};

class TestBroker;

// A cluster as the end-to-end tests register it: the crawler on the test broker's PLAINTEXT
// listener, the applications' clients (what the router hands out) on its SASL one.
Cluster clientCluster(const TestBroker &broker, const QString &name);
// What the platform vends an application on a cluster: the broker user's password as its
// credential (in the vault), and a routing token, whose text is returned (shown once).
Result<QString> vendCredentialAndToken(const Database &db, Vault &vault, const TestBroker &broker, const QString &application,
                                       qint64 clusterId, const QString &user);

// The end-to-end tests' routing service: switchboard-router trusting the portal key in the
// catalog's vault, registered in the catalog, and holding what the catalog pushes to it.
class PortalRouter {
public:
    // The vault must stay unlocked while the router is started and pushed to.
    PortalRouter(const Database &db, Vault &vault);
    // Starts the router with the vault's signing key as its trusted portal key and registers it
    // in the catalog as name, at its loopback URL.
    bool start(const QString &name, QString *error);
    // Compiles the catalog's bundle for every registered service, pushes it and waits (in an
    // event loop) until each push is answered: an error unless every service took it.
    Status push(PushOptions options = {});
    QString url() const;
    RouterProcess &process() { return *m_router; }
    const BundleKeys &keys() const { return m_keys; }

private:
    const Database &m_db;
    Vault &m_vault;
    BundleKeys m_keys;
    std::unique_ptr<RouterProcess> m_router;   // refers to m_keys
};

QString routerExecutable();
QString cliExecutable();

// Runs `openssl ARGS` in dir; on failure the error holds the command and its output.
bool openssl(const QString &dir, const QStringList &args, QString *error);
// A self-signed certificate (RSA 2048, valid for `days`) and its key, as dir/certName and
// dir/keyName: a lab CA, or a service's own certificate.
bool makeSelfSigned(const QString &dir, const QString &commonName, const QString &keyName, const QString &certName,
                    QString *error, int days = 1);

} // namespace Switchboard::Test
