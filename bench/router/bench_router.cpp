// bench_router: the routing service under load, against nginx on the same machine.
//
//   bench_router [--runs N] [--duration S] [--connections C] [--placement split|shared|both]
//                [--router-threads T] [--nginx-workers W] [--wrk-threads T] [--router PATH]
//   bench_router --prepare DIR    only step 1, then leave in DIR what a manual profiling run needs:
//                                 state/bundle.json, router.key, trust, auth (the header), path
//
// Placement: where the servers and wrk run. "split" gives the server the first half of the
// cores and wrk the other half (taskset-style affinity), so the latency measured is the server's
// and not the time a runnable thread waits for a core that wrk holds; "shared" lets the scheduler
// put everything anywhere (on 2 cores wrk's threads and the server's then take turns, and p99 is
// mostly scheduling). "both" (the default) measures split, then shared.
//
// 1. Portal side: a catalog with 10,000 channels (bound), 1,000 applications (a token, a
//    credential and 10 grants each): time to gather + compile + sign the bundle.
// 2. switchboard-router with that bundle; wrk on loopback against GET /servicegw
//    (authenticated, resolving) and, with the same settings, nginx serving the same response
//    body from a static file. Medians of several alternating runs, p99 from wrk --latency.
//    Then the same, with one new TCP connection per request ("Connection: close": wrk
//    reconnects after every answer), the pattern of the upstream Python SDK, which asks with
//    `requests.get` without a session on every poll().
// 3. Bundle swaps under load: PUT new versions while wrk runs; swap time and failed requests.
// 4. For the record: Qt 6.4's QHttpServer answering the same body from memory (no resolving),
//    the reason the router has its own HTTP/1.1 server.

#include "RouterConfig.h"

#include "bundle/BundleCompiler.h"
#include "bundle/SignedBundle.h"
#include "clusters/ClusterStore.h"
#include "profiles/ProfileStore.h"
#include "routing/ApplicationStore.h"
#include "routing/ChannelStore.h"
#include "routing/GrantStore.h"
#include "store/Database.h"
#include "vault/CredentialStore.h"
#include "vault/TokenStore.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Switchboard;

namespace {

QTextStream out(stdout);

struct WrkResult {
    double rps = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    qint64 requests = 0;
    qint64 non2xx = 0;
    qint64 socketErrors = 0;
};

double toMs(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("([0-9.]+)(us|ms|s)"));
    const auto m = re.match(value);
    if (!m.hasMatch())
        return -1;
    const double v = m.captured(1).toDouble();
    return m.captured(2) == QLatin1String("us") ? v / 1000 : m.captured(2) == QLatin1String("s") ? v * 1000 : v;
}

// Where the servers and wrk run (see the comment at the top).
struct Placement {
    QString name;
    QList<int> serverCpus; // empty: wherever the scheduler likes
    QList<int> wrkCpus;
    int routerThreads = 2;
    int nginxWorkers = 2;
    int wrkThreads = 2;

    QString describe() const
    {
        auto cpus = [](const QList<int> &list) {
            QStringList names;
            for (int c : list)
                names << QString::number(c);
            return list.isEmpty() ? QStringLiteral("any") : names.join(QLatin1Char(','));
        };
        return QStringLiteral("%1: servers on cpu %2, wrk -t%3 on cpu %4; router %5 thread(s), nginx %6 worker(s)")
            .arg(name, cpus(serverCpus)).arg(wrkThreads).arg(cpus(wrkCpus)).arg(routerThreads).arg(nginxWorkers);
    }
};

cpu_set_t toCpuSet(const QList<int> &cpus)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    for (int c : cpus)
        CPU_SET(c, &set);
    return set;
}

// The child (and every thread and process it starts) may run only on these cores.
void pinChild(QProcess &process, const QList<int> &cpus)
{
    if (cpus.isEmpty())
        return;
    const cpu_set_t set = toCpuSet(cpus);
    process.setChildProcessModifier([set] { sched_setaffinity(0, sizeof set, &set); });
}

WrkResult runWrk(quint16 port, const QString &path, const QStringList &headers, int connections, int seconds,
                 const Placement &placement)
{
    QStringList args{QStringLiteral("-t%1").arg(placement.wrkThreads), QStringLiteral("-c%1").arg(connections),
                     QStringLiteral("-d%1s").arg(seconds), QStringLiteral("--latency")};
    for (const QString &h : headers)
        args << QStringLiteral("-H") << h;
    args << QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path);
    QProcess wrk;
    pinChild(wrk, placement.wrkCpus);
    wrk.start(QStringLiteral("wrk"), args);
    wrk.waitForFinished(seconds * 1000 + 30000);
    const QString text = QString::fromUtf8(wrk.readAllStandardOutput());
    WrkResult r;
    static const QRegularExpression rps(QStringLiteral("Requests/sec:\\s+([0-9.]+)"));
    static const QRegularExpression p50(QStringLiteral("\\n\\s+50%\\s+(\\S+)"));
    static const QRegularExpression p99(QStringLiteral("\\n\\s+99%\\s+(\\S+)"));
    static const QRegularExpression total(QStringLiteral("(\\d+) requests in"));
    static const QRegularExpression non2xx(QStringLiteral("Non-2xx or 3xx responses: (\\d+)"));
    static const QRegularExpression errors(QStringLiteral("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)"));
    r.rps = rps.match(text).captured(1).toDouble();
    r.p50Ms = toMs(p50.match(text).captured(1));
    r.p99Ms = toMs(p99.match(text).captured(1));
    r.requests = total.match(text).captured(1).toLongLong();
    r.non2xx = non2xx.match(text).captured(1).toLongLong();
    const auto e = errors.match(text);
    if (e.hasMatch())
        r.socketErrors = e.captured(1).toLongLong() + e.captured(2).toLongLong() + e.captured(3).toLongLong() + e.captured(4).toLongLong();
    if (r.rps == 0)
        out << "wrk said: " << text << QString::fromUtf8(wrk.readAllStandardError()) << Qt::endl;
    return r;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool waitForPort(quint16 port)
{
    for (int i = 0; i < 200; ++i) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(100))
            return true;
        QThread::msleep(50);
    }
    return false;
}

// One blocking HTTP exchange (Connection: close).
std::pair<int, QByteArray> http(quint16 port, const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                                const QByteArray &extraHeaders = {})
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return {0, {}};
    s.write(method + ' ' + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + extraHeaders + "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray data;
    QElapsedTimer deadline;
    deadline.start();
    while (s.state() == QAbstractSocket::ConnectedState && deadline.elapsed() < 30000) {
        if (s.waitForReadyRead(1000))
            data += s.readAll();
    }
    data += s.readAll();
    const int status = data.mid(9, 3).toInt();
    return {status, data.mid(data.indexOf("\r\n\r\n") + 4)};
}

// Asks GET /healthz over and over on a keep-alive connection of its own until the service reports
// `version`: the time from the push's start until a lookup gets the new bundle, as a client sees
// it (upload, verify, build and swap; not the disk copy the PUT's answer also waits for).
// -1 when the version did not show within the time.
double msUntilServed(quint16 port, qint64 version, const QElapsedTimer &pushStarted, int timeoutMs)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    static const char request[] = "GET /healthz HTTP/1.1\r\nHost: bench\r\n\r\n";
    const QByteArray served = "\"bundle_version\":" + QByteArray::number(version) + ',';
    double result = -1;
    QByteArray answer;
    char chunk[4096];
    while (result < 0 && pushStarted.elapsed() < timeoutMs) {
        if (::send(fd, request, sizeof request - 1, MSG_NOSIGNAL) <= 0)
            break;
        answer.clear();
        qsizetype whole = -1;   // header + body bytes, once the header is in
        while (whole < 0 || answer.size() < whole) {
            const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
            if (n <= 0)
                break;
            answer.append(chunk, n);
            const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
            const qsizetype length = answer.indexOf("Content-Length: ");
            if (whole < 0 && headerEnd >= 0 && length >= 0)
                whole = headerEnd + 4 + answer.mid(length + 16, answer.indexOf('\r', length) - length - 16).toLongLong();
        }
        if (whole < 0 || answer.size() < whole)
            break;
        if (answer.contains(served))
            result = pushStarted.nsecsElapsed() / 1e6;
        else
            ::usleep(200);
    }
    ::close(fd);
    return result;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("wrk runs per target"), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("duration"), QStringLiteral("seconds per wrk run"), QStringLiteral("S"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("connections"), QStringLiteral("wrk connections"), QStringLiteral("C"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("channels"), QStringLiteral("channels in the bundle"), QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("apps"), QStringLiteral("applications in the bundle"), QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("placement"), QStringLiteral("split, shared or both (see the source's header)"), QStringLiteral("P"),
                      QStringLiteral("both")});
    parser.addOption({QStringLiteral("router-threads"), QStringLiteral("switchboard-router worker threads (default: the server's cores)"),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("nginx-workers"), QStringLiteral("nginx worker processes (default: the server's cores)"), QStringLiteral("W")});
    parser.addOption({QStringLiteral("wrk-threads"), QStringLiteral("wrk threads (default: wrk's cores)"), QStringLiteral("T")});
    parser.addOption({QStringLiteral("router"), QStringLiteral("the switchboard-router to measure (default: this build's)"),
                      QStringLiteral("PATH"), QStringLiteral(SWITCHBOARD_ROUTER)});
    parser.addOption({QStringLiteral("prepare"), QStringLiteral("write the bundle, keys and request to DIR and stop"), QStringLiteral("DIR")});
    parser.process(app);
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int duration = parser.value(QStringLiteral("duration")).toInt();
    const int connections = parser.value(QStringLiteral("connections")).toInt();
    const int channelCount = parser.value(QStringLiteral("channels")).toInt();
    const int appCount = parser.value(QStringLiteral("apps")).toInt();
    const QString routerBinary = parser.value(QStringLiteral("router"));
    BundleCrypto::initialize();
    QTemporaryDir dir;

    // --- 1. The portal: populate a catalog, then gather + compile + sign ----------------------
    out << "Populating a catalog with " << channelCount << " channels and " << appCount << " applications..." << Qt::endl;
    auto db = Database::open(dir.filePath(QStringLiteral("catalog.sqlite")));
    if (!db) {
        out << db.error() << Qt::endl;
        return 1;
    }
    Vault vault(**db);
    if (auto st = vault.initialize(SecretBytes::fromString(QStringLiteral("bench passphrase"))); !st) {
        out << st.error() << Qt::endl;
        return 1;
    }
    QString firstToken;
    {
        auto tx = (*db)->transaction();
        Cluster cluster;
        cluster.name = QStringLiteral("bench");
        cluster.environment = QStringLiteral("prod");
        cluster.bootstrapServers = QStringLiteral("broker1:9092,broker2:9092,broker3:9092");
        cluster.properties.insert(QStringLiteral("security.protocol"), QStringLiteral("SASL_SSL"));
        auto added = ClusterStore(**db).add(cluster);
        if (!added) {
            out << added.error() << Qt::endl;
            return 1;
        }
        ChannelStore channels(**db);
        for (int i = 0; i < channelCount; ++i)
            if (auto b = channels.bind(QStringLiteral("kafka://bench.example.com/domain%1/channel%2").arg(i % 50).arg(i),
                                       QStringLiteral("prod"), QStringLiteral("bench"), QStringLiteral("c%1t%2").arg(i % 50).arg(i), true);
                !b) {
                out << b.error() << Qt::endl;
                return 1;
            }
        ApplicationStore apps(**db);
        GrantStore grants(**db);
        CredentialStore creds(**db, vault);
        TokenStore tokens(**db, vault);
        for (int a = 0; a < appCount; ++a) {
            Application application;
            application.name = QStringLiteral("app%1").arg(a);
            if (!apps.add(application))
                return 1;
            for (int g = 0; g < 10; ++g) {
                const int c = (a * 10 + g) % channelCount;
                if (!grants.add(application.name, QStringLiteral("kafka://bench.example.com/domain%1/channel%2").arg(c % 50).arg(c),
                                Intent::Produce))
                    return 1;
            }
            if (!creds.set(application.name, added->id, QStringLiteral("PLAIN"), application.name,
                           SecretBytes::fromString(QStringLiteral("password-%1").arg(a))))
                return 1;
            auto token = tokens.issue(application.name);
            if (!token)
                return 1;
            if (a == 0)
                firstToken = token->value.toString();
        }
        if (auto st = tx.commit(); !st) {
            out << st.error() << Qt::endl;
            return 1;
        }
    }
    const X25519KeyPair serviceKey = BundleCrypto::generateX25519KeyPair();
    auto signing = vault.signingKeyPair();
    if (!signing)
        return 1;
    const Ed25519KeyPair portalKey{signing->publicKey, signing->secretKey.bytes()};
    QList<double> gatherMs, compileMs, signMs;
    QByteArray envelope;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        auto sources = BundleCompiler::gather(**db, vault);
        gatherMs.append(t.nsecsElapsed() / 1e6);
        t.restart();
        const BundlePayload payload = BundleCompiler::compile(*sources, 1, 300, serviceKey.publicKey);
        compileMs.append(t.nsecsElapsed() / 1e6);
        t.restart();
        envelope = SignedBundle::sign(payload, portalKey).toJson();
        signMs.append(t.nsecsElapsed() / 1e6);
    }
    out << "Bundle: " << envelope.size() / 1024 << " KiB" << Qt::endl;

    // Payloads for later swaps (versions 2..).
    auto sources = BundleCompiler::gather(**db, vault);
    auto bundleVersion = [&](qint64 v) { return SignedBundle::sign(BundleCompiler::compile(*sources, v, 300, serviceKey.publicKey), portalKey).toJson(); };

    const QString auth = QStringLiteral("Authorization: Basic ") + QString::fromLatin1((QStringLiteral("app0:") + firstToken).toUtf8().toBase64());
    const QString path = QStringLiteral("/servicegw?config_profile=durableWrite&channel=") +
        QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("kafka://bench.example.com/domain0/channel0")));

    if (parser.isSet(QStringLiteral("prepare"))) {
        const QDir keep(parser.value(QStringLiteral("prepare")));
        keep.mkpath(QStringLiteral("state"));
        auto writeFile = [&](const QString &name, const QByteArray &data) {
            QFile f(keep.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
        };
        if (!Router::KeyFile::write(keep.filePath(QStringLiteral("router.key")), serviceKey)
            || !writeFile(QStringLiteral("state/bundle.json"), envelope)
            || !writeFile(QStringLiteral("swap-bundle.json"), bundleVersion(2))
            || !writeFile(QStringLiteral("trust"), portalKey.publicKey.toBase64())
            || !writeFile(QStringLiteral("auth"), auth.toLatin1()) || !writeFile(QStringLiteral("path"), path.toLatin1())) {
            out << "cannot write to " << keep.path() << Qt::endl;
            return 1;
        }
        out << "prepared " << keep.path() << Qt::endl;
        return 0;
    }

    // --- 2.-4., once per placement -------------------------------------------------------------
    QList<int> allowedCpus; // the cores this benchmark may use (taskset on it is honoured)
    {
        cpu_set_t set;
        CPU_ZERO(&set);
        sched_getaffinity(0, sizeof set, &set);
        for (int c = 0; c < CPU_SETSIZE; ++c)
            if (CPU_ISSET(c, &set))
                allowedCpus.append(c);
    }
    const int cores = std::max<int>(1, allowedCpus.size());
    auto makePlacement = [&](const QString &name) {
        Placement p;
        p.name = name;
        int serverCores = cores;
        int wrkCores = cores;
        if (name == QLatin1String("split") && cores >= 2) {
            serverCores = cores / 2;
            wrkCores = cores - serverCores;
            for (int i = 0; i < cores; ++i)
                (i < serverCores ? p.serverCpus : p.wrkCpus).append(allowedCpus.at(i));
        }
        p.routerThreads = parser.value(QStringLiteral("router-threads")).toInt();
        p.nginxWorkers = parser.value(QStringLiteral("nginx-workers")).toInt();
        p.wrkThreads = parser.value(QStringLiteral("wrk-threads")).toInt();
        if (p.routerThreads <= 0)
            p.routerThreads = serverCores;
        if (p.nginxWorkers <= 0)
            p.nginxWorkers = serverCores;
        if (p.wrkThreads <= 0)
            p.wrkThreads = wrkCores;
        return p;
    };
    QList<Placement> placements;
    const QString placementOption = parser.value(QStringLiteral("placement"));
    if (placementOption == QLatin1String("split") || placementOption == QLatin1String("both"))
        placements << makePlacement(QStringLiteral("split"));
    if (placementOption == QLatin1String("shared") || placementOption == QLatin1String("both"))
        placements << makePlacement(QStringLiteral("shared"));
    if (placements.isEmpty()) {
        out << "--placement must be split, shared or both" << Qt::endl;
        return 2;
    }
    if (cores < 2)
        out << "one core only: split placement runs like shared" << Qt::endl;

    // Payloads for the swaps (versions 2..6; every placement's service starts from version 1).
    QList<QByteArray> swaps;
    for (int v = 2; v < 2 + 5; ++v)
        swaps.append(bundleVersion(v));

    struct Measured {
        QList<double> rRps, rP99, rP50, nRps, nP99, nP50;
        qint64 routerFailures = 0;
        // One connection per request.
        QList<double> crRps, crP99, crP50, cnRps, cnP99, cnP50;
        qint64 closeFailures = 0;
        double firstPutMs = 0;
        QList<double> swapPutMs, swapInstallMs, swapVerifyMs, swapBuildMs, swapPersistMs, swapPointerUs, swapCpuMs, swapServedMs;
        WrkResult underSwap;
        QList<double> qhsRps, qhsP99;
    };

    const QString keyFile = dir.filePath(QStringLiteral("router.key"));
    if (!Router::KeyFile::write(keyFile, serviceKey)) {
        out << "cannot write " << keyFile << Qt::endl;
        return 1;
    }
    auto measure = [&](const Placement &placement) -> std::optional<Measured> {
        Measured m;
        out << Qt::endl << "== " << placement.describe() << Qt::endl;
        // This thread is the portal's side (the PUTs of the swaps): it runs with the load, not on
        // the server's cores.
        {
            const cpu_set_t set = toCpuSet(placement.wrkCpus.isEmpty() ? allowedCpus : placement.wrkCpus);
            sched_setaffinity(0, sizeof set, &set);
        }
        const QString stateDir = dir.filePath(QStringLiteral("state-%1").arg(placement.name));
        const quint16 routerPort = freePort();
        QProcess router;
        router.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        pinChild(router, placement.serverCpus);
        router.start(routerBinary,
                     {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(routerPort),
                      QStringLiteral("--key"), keyFile, QStringLiteral("--trust"), QString::fromLatin1(portalKey.publicKey.toBase64()),
                      QStringLiteral("--state-dir"), stateDir, QStringLiteral("--threads"), QString::number(placement.routerThreads),
                      QStringLiteral("--access-log"), dir.filePath(QStringLiteral("router-access-%1.log").arg(placement.name))});
        if (!waitForPort(routerPort)) {
            out << "router did not start" << Qt::endl;
            return std::nullopt;
        }
        QElapsedTimer firstInstall;
        firstInstall.start();
        auto [installStatus, installBody] = http(routerPort, "PUT", "/admin/v1/bundle", envelope);
        m.firstPutMs = firstInstall.nsecsElapsed() / 1e6;
        auto stopRouter = [&] {
            router.terminate();
            router.waitForFinished(10000);
        };
        if (installStatus != 200) {
            out << "install failed: " << installBody << Qt::endl;
            stopRouter();
            return std::nullopt;
        }
        auto [probeStatus, responseBody] = http(routerPort, "GET", path.toLatin1(), {}, auth.toLatin1() + "\r\n");
        if (probeStatus != 200) {
            out << "lookup failed: " << probeStatus << ' ' << responseBody << Qt::endl;
            stopRouter();
            return std::nullopt;
        }

        // nginx: its own process, temp config, same body from a static file, same headers' weight.
        const QString root = dir.filePath(QStringLiteral("nginx-%1").arg(placement.name));
        QDir(root).mkpath(QStringLiteral("www"));
        QDir(root).mkpath(QStringLiteral("tmp"));
        // nginx's workers run as an unprivileged user: let them read the document root.
        for (const QString &d : {dir.path(), root})
            QFile::setPermissions(d, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                         | QFileDevice::ReadOther | QFileDevice::ExeOther);
        QFile static_(root + QStringLiteral("/www/servicegw.json"));
        static_.open(QIODevice::WriteOnly);
        static_.write(responseBody);
        static_.close();
        const quint16 nginxPort = freePort();
        QFile conf(root + QStringLiteral("/nginx.conf"));
        conf.open(QIODevice::WriteOnly);
        conf.write(QStringLiteral(
                       "daemon off;\nworker_processes %3;\npid %1/nginx.pid;\nerror_log %1/nginx-error.log;\n"
                       "events { worker_connections 1024; }\n"
                       "http {\n  access_log %1/nginx-access.log combined buffer=64k flush=1s;\n"
                       "  client_body_temp_path %1/tmp; proxy_temp_path %1/tmp; fastcgi_temp_path %1/tmp;\n"
                       "  uwsgi_temp_path %1/tmp; scgi_temp_path %1/tmp;\n  keepalive_requests 1000000;\n"
                       "  server {\n    listen 127.0.0.1:%2;\n    root %1/www;\n"
                       "    location = /servicegw { default_type application/json; try_files /servicegw.json =404; }\n  }\n}\n")
                       .arg(root)
                       .arg(nginxPort)
                       .arg(placement.nginxWorkers)
                       .toUtf8());
        conf.close();
        QProcess nginx;
        nginx.setProcessChannelMode(QProcess::ForwardedChannels);
        pinChild(nginx, placement.serverCpus);
        nginx.start(QStringLiteral("/usr/sbin/nginx"), {QStringLiteral("-c"), conf.fileName(), QStringLiteral("-p"), root});
        auto stopAll = [&] {
            stopRouter();
            nginx.terminate();   // SIGTERM: the master stops its workers too
            nginx.waitForFinished(10000);
        };
        if (!waitForPort(nginxPort)) {
            out << "nginx did not start" << Qt::endl;
            stopAll();
            return std::nullopt;
        }
        if (http(nginxPort, "GET", path.toLatin1()).second != responseBody) {
            out << "nginx does not serve the same body" << Qt::endl;
            stopAll();
            return std::nullopt;
        }

        // Warm up both, then alternate runs.
        runWrk(routerPort, path, {auth}, connections, 2, placement);
        runWrk(nginxPort, path, {auth}, connections, 2, placement);
        for (int i = 0; i < runs; ++i) {
            const WrkResult r = runWrk(routerPort, path, {auth}, connections, duration, placement);
            const WrkResult n = runWrk(nginxPort, path, {auth}, connections, duration, placement);
            out << QStringLiteral("run %1: router %2 req/s p99 %3 ms | nginx %4 req/s p99 %5 ms")
                       .arg(i + 1).arg(r.rps, 0, 'f', 0).arg(r.p99Ms, 0, 'f', 2).arg(n.rps, 0, 'f', 0).arg(n.p99Ms, 0, 'f', 2)
                << Qt::endl;
            m.rRps << r.rps;
            m.rP99 << r.p99Ms;
            m.rP50 << r.p50Ms;
            m.nRps << n.rps;
            m.nP99 << n.p99Ms;
            m.nP50 << n.p50Ms;
            m.routerFailures += r.non2xx + r.socketErrors;
        }

        // One new TCP connection per request, as the Python SDK asks (requests without a session).
        const QString close = QStringLiteral("Connection: close");
        runWrk(routerPort, path, {auth, close}, connections, 2, placement);
        runWrk(nginxPort, path, {auth, close}, connections, 2, placement);
        for (int i = 0; i < runs; ++i) {
            const WrkResult r = runWrk(routerPort, path, {auth, close}, connections, duration, placement);
            const WrkResult n = runWrk(nginxPort, path, {auth, close}, connections, duration, placement);
            out << QStringLiteral("run %1, connection per request: router %2 req/s p99 %3 ms (errors %4) | nginx %5 req/s p99 %6 ms (errors %7)")
                       .arg(i + 1).arg(r.rps, 0, 'f', 0).arg(r.p99Ms, 0, 'f', 2).arg(r.non2xx + r.socketErrors)
                       .arg(n.rps, 0, 'f', 0).arg(n.p99Ms, 0, 'f', 2).arg(n.non2xx + n.socketErrors)
                << Qt::endl;
            m.crRps << r.rps;
            m.crP99 << r.p99Ms;
            m.crP50 << r.p50Ms;
            m.cnRps << n.rps;
            m.cnP99 << n.p99Ms;
            m.cnP50 << n.p50Ms;
            m.closeFailures += r.non2xx + r.socketErrors;
        }

        // --- 3. Swaps under load ---------------------------------------------------------------
        std::thread load([&] { m.underSwap = runWrk(routerPort, path, {auth}, connections, 8, placement); });
        QThread::msleep(1500);
        for (qsizetype i = 0; i < swaps.size(); ++i) {
            const QByteArray &b = swaps.at(i);
            QElapsedTimer t;
            t.start();
            double servedMs = -1;
            std::thread watcher([&] { servedMs = msUntilServed(routerPort, 2 + i, t, 10000); });
            auto [status, body] = http(routerPort, "PUT", "/admin/v1/bundle", b);
            m.swapPutMs.append(t.nsecsElapsed() / 1e6);
            watcher.join();
            m.swapServedMs.append(servedMs);
            const QJsonObject answer = QJsonDocument::fromJson(body).object();
            m.swapInstallMs.append(answer.value(QStringLiteral("swap_ms")).toDouble());
            m.swapVerifyMs.append(answer.value(QStringLiteral("verify_ms")).toDouble());
            m.swapBuildMs.append(answer.value(QStringLiteral("build_ms")).toDouble());
            m.swapPersistMs.append(answer.value(QStringLiteral("persist_ms")).toDouble());
            m.swapPointerUs.append(answer.value(QStringLiteral("pointer_swap_us")).toDouble());
            m.swapCpuMs.append(answer.value(QStringLiteral("cpu_ms")).toDouble());
            if (status != 200)
                out << "swap refused: " << body << Qt::endl;
            QThread::msleep(800);
        }
        load.join();
        out << "swaps, PUT round trip (ms):";
        for (double ms : m.swapPutMs)
            out << ' ' << QString::number(ms, 'f', 1);
        out << Qt::endl << "swaps, push to served (ms):";
        for (double ms : m.swapServedMs)
            out << ' ' << QString::number(ms, 'f', 1);
        out << Qt::endl;
        stopAll();

        // --- 4. QHttpServer (Qt 6.4) with the same body from memory, for the decision -------
        const quint16 qhsPort = freePort();
        QThread serverThread;
        QHttpServer *server = nullptr;
        serverThread.start();
        QObject context;
        context.moveToThread(&serverThread);
        QMetaObject::invokeMethod(&context, [&] {
            if (!placement.serverCpus.isEmpty()) {
                const cpu_set_t set = toCpuSet(placement.serverCpus);
                pthread_setaffinity_np(pthread_self(), sizeof set, &set);
            }
            server = new QHttpServer;
            server->route(QStringLiteral("/servicegw"), [body = responseBody] {
                return QHttpServerResponse(QByteArrayLiteral("application/json"), body);
            });
            server->listen(QHostAddress::LocalHost, qhsPort);
        }, Qt::BlockingQueuedConnection);
        for (int i = 0; i < qMin(runs, 3); ++i) {
            const WrkResult q = runWrk(qhsPort, path, {auth}, connections, duration, placement);
            m.qhsRps << q.rps;
            m.qhsP99 << q.p99Ms;
        }
        QMetaObject::invokeMethod(&context, [&] { delete server; }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
        return m;
    };

    QList<Measured> results;
    for (const Placement &placement : placements) {
        auto m = measure(placement);
        if (!m)
            return 1;
        results.append(*m);
    }

    auto row = [&](const QString &label, const std::function<QString(const Measured &)> &cell) {
        out << "| " << label << " |";
        for (const Measured &m : results)
            out << ' ' << cell(m) << " |";
        out << Qt::endl;
    };
    auto fixed = [](double v, int decimals) { return QString::number(v, 'f', decimals); };
    out << Qt::endl << "| measure |";
    for (const Placement &p : placements)
        out << ' ' << p.describe() << " |";
    out << Qt::endl << "| --- |";
    for (int i = 0; i < placements.size(); ++i)
        out << " --- |";
    out << Qt::endl;
    row(QStringLiteral("requests/s, median of %1 x %2 s, %3 connections: router vs nginx").arg(runs).arg(duration).arg(connections),
        [&](const Measured &m) {
            return QStringLiteral("%1 vs %2 (%3x)").arg(fixed(median(m.rRps), 0), fixed(median(m.nRps), 0),
                                                        fixed(median(m.rRps) / median(m.nRps), 2));
        });
    row(QStringLiteral("p50 latency (ms), median: router vs nginx"),
        [&](const Measured &m) { return QStringLiteral("%1 vs %2").arg(fixed(median(m.rP50), 3), fixed(median(m.nP50), 3)); });
    row(QStringLiteral("p99 latency (ms), median (per run): router vs nginx"), [&](const Measured &m) {
        QStringList router, nginx;
        for (double v : m.rP99)
            router << fixed(v, 2);
        for (double v : m.nP99)
            nginx << fixed(v, 2);
        return QStringLiteral("%1 (%2) vs %3 (%4)").arg(fixed(median(m.rP99), 2), router.join(QStringLiteral(", ")),
                                                         fixed(median(m.nP99), 2), nginx.join(QStringLiteral(", ")));
    });
    row(QStringLiteral("failed requests (non-2xx + socket errors)"), [&](const Measured &m) { return QString::number(m.routerFailures); });
    row(QStringLiteral("one new connection per request (Connection: close): requests/s, median of %1 x %2 s, %3 clients: router vs nginx")
            .arg(runs).arg(duration).arg(connections),
        [&](const Measured &m) {
            return QStringLiteral("%1 vs %2 (%3x)").arg(fixed(median(m.crRps), 0), fixed(median(m.cnRps), 0),
                                                        fixed(median(m.crRps) / median(m.cnRps), 2));
        });
    row(QStringLiteral("one new connection per request: p50 / p99 latency (ms), median: router vs nginx"), [&](const Measured &m) {
        return QStringLiteral("%1 / %2 vs %3 / %4").arg(fixed(median(m.crP50), 3), fixed(median(m.crP99), 2), fixed(median(m.cnP50), 3),
                                                       fixed(median(m.cnP99), 2));
    });
    row(QStringLiteral("one new connection per request: router's failed requests"), [&](const Measured &m) { return QString::number(m.closeFailures); });
    row(QStringLiteral("router: first install, PUT round trip (ms)"), [&](const Measured &m) { return fixed(m.firstPutMs, 1); });
    row(QStringLiteral("router: swap under load, push to served: PUT start until a lookup gets the new version (ms), median / max of 5"),
        [&](const Measured &m) {
            return QStringLiteral("%1 / %2").arg(fixed(median(m.swapServedMs), 1),
                                                 fixed(*std::max_element(m.swapServedMs.begin(), m.swapServedMs.end()), 1));
        });
    row(QStringLiteral("router: swap under load, PUT round trip incl. the fsync'd disk copy (ms), median / max of 5"), [&](const Measured &m) {
        return QStringLiteral("%1 / %2").arg(fixed(median(m.swapPutMs), 1),
                                             fixed(*std::max_element(m.swapPutMs.begin(), m.swapPutMs.end()), 1));
    });
    row(QStringLiteral("router: install inside the service (ms), median: total / verify+parse / build / disk / atomic swap"),
        [&](const Measured &m) {
            return QStringLiteral("%1 / %2 / %3 / %4 / %5 us")
                .arg(fixed(median(m.swapInstallMs), 1), fixed(median(m.swapVerifyMs), 1), fixed(median(m.swapBuildMs), 1),
                     fixed(median(m.swapPersistMs), 1), fixed(median(m.swapPointerUs), 2));
        });
    row(QStringLiteral("router: CPU time of the installing thread (ms), median"), [&](const Measured &m) { return fixed(median(m.swapCpuMs), 1); });
    row(QStringLiteral("requests during the swaps: total / failed (req/s, p99)"), [&](const Measured &m) {
        return QStringLiteral("%1 / %2 (%3 req/s, p99 %4 ms)")
            .arg(m.underSwap.requests).arg(m.underSwap.non2xx + m.underSwap.socketErrors)
            .arg(fixed(m.underSwap.rps, 0), fixed(m.underSwap.p99Ms, 2));
    });
    row(QStringLiteral("QHttpServer 6.4, one thread, same body from memory: requests/s (of nginx), p99 (ms)"), [&](const Measured &m) {
        return QStringLiteral("%1 (%2x), %3").arg(fixed(median(m.qhsRps), 0), fixed(median(m.qhsRps) / median(m.nRps), 2),
                                                  fixed(median(m.qhsP99), 2));
    });

    out << Qt::endl << "| bundle | value |" << Qt::endl << "| --- | --- |" << Qt::endl;
    out << QStringLiteral("| size | %1 KiB (%2 channels, %3 applications, %4 grants) |")
               .arg(envelope.size() / 1024).arg(channelCount).arg(appCount).arg(appCount * 10) << Qt::endl;
    out << QStringLiteral("| portal: gather from catalog (ms, median of 3) | %1 |").arg(median(gatherMs), 0, 'f', 1) << Qt::endl;
    out << QStringLiteral("| portal: compile + seal (ms) | %1 |").arg(median(compileMs), 0, 'f', 1) << Qt::endl;
    out << QStringLiteral("| portal: sign + serialize (ms) | %1 |").arg(median(signMs), 0, 'f', 1) << Qt::endl;
    return 0;
}
