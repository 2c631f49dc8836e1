#pragma once

// The routing service's settings: a JSON file (--config) overridden by command-line flags.
//   {"listen": "127.0.0.1:8080", "tls_certificate": "...pem", "tls_key": "...pem",
//    "trusted_portal_keys": ["<base64 Ed25519 public key>", ...], "key_file": "router.key",
//    "state_dir": "/var/lib/switchboard-router", "max_request_bytes": 16384,
//    "max_bundle_bytes": 67108864, "rate_limit": 0, "rate_burst": 0, "threads": 2,
//    "access_log": "-", "max_connections": 4000}

#include "bundle/BundleCrypto.h"
#include "core/Result.h"

#include <QHostAddress>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace Switchboard::Router {

struct RouterConfig {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;
    QString tlsCertificate;
    QString tlsKey;
    QList<QByteArray> trustedPortalKeys;
    QString keyFile;
    QString stateDir;
    qint64 maxRequestBytes = 16 * 1024;
    qint64 maxBundleBytes = 64 * 1024 * 1024;
    double rateLimit = 0;     // requests per second per client address; 0: off
    double rateBurst = 0;     // bucket size; 0: max(1, rateLimit)
    int threads = defaultThreads();   // one per core this process may run on (like nginx's "auto")
    QString accessLog = QStringLiteral("-");   // "-": stderr, "off": none, else a file (appended)
    // Connections open at once (one more is answered 503 and closed), 1 to descriptorLimit().
    // 0: the descriptor limit less 64 (HttpServer keeps those for its own files).
    int maxConnections = 0;

    static void addOptions(QCommandLineParser &parser);
    // The cores in this process's CPU affinity (taskset, cgroup cpusets), 1 to 64.
    static int defaultThreads();
    // This process's descriptor limit (the soft RLIMIT_NOFILE, `ulimit -n`), at most 2^20.
    static int descriptorLimit();
    // Defaults, then the --config file, then flags.
    static Result<RouterConfig> load(const QCommandLineParser &parser);
};

// The service's files are its own: the state folder 0700, the kept bundle, its incoming copy and
// the key file 0600, whatever the umask. Something found looser is tightened and reported (the
// caller logs the note: the operator should know another user could have read it).
namespace PrivateFiles {
// Makes the folder (and its missing parents) if needed, then sets it to 0700. note: set when an
// existing folder was looser.
Status ensureFolder(const QString &path, QString *note = nullptr);
// Sets an existing file to 0600 if others could read or write it; note as above.
Status tightenFile(const QString &path, QString *note = nullptr);
}

// The service's own X25519 key pair on disk (made by `switchboard-router keygen`):
//   {"type": "switchboard-router-key", "public_key": "<base64>", "secret_key": "<base64>"}, mode 0600.
namespace KeyFile {
Status write(const QString &path, const X25519KeyPair &pair);
Result<X25519KeyPair> read(const QString &path);
}

} // namespace Switchboard::Router
