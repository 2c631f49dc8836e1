#include "RouterConfig.h"

#include <cmath>
#include <functional>

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

#include <cerrno>
#include <cstring>

#include <sched.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace Switchboard::Router {

namespace {

Status parseListen(const QString &text, RouterConfig &config)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon < 0 ? 0 : text.mid(colon + 1).toUInt(&ok);
    QString host = colon < 0 ? QString() : text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host.isEmpty() || host == QLatin1String("*"))
        address = QHostAddress::Any;
    else if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else
        address = QHostAddress(host);
    if (!ok || port > 65535 || address.isNull())
        return makeError(QObject::tr("listen address %1 is not HOST:PORT (e.g. 127.0.0.1:8080, [::]:8443, *:8080)").arg(text));
    config.address = address;
    config.port = quint16(port);
    return {};
}

Status addTrustedKey(const QString &text, RouterConfig &config)
{
    QString value = text.trimmed();
    // A file holding the key (as `switchboard-cli router portal-key` prints it) works too.
    if (QFileInfo::exists(value)) {
        QFile file(value);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(QObject::tr("cannot read trusted key file %1").arg(value));
        value = QString::fromLatin1(file.readAll()).trimmed();
    }
    auto key = BundleCrypto::decodeKey(value, 32, QObject::tr("a trusted portal key"));
    if (!key)
        return makeError(key.error());
    config.trustedPortalKeys.append(*key);
    return {};
}

} // namespace

int RouterConfig::defaultThreads()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) != 0)
        return 2;
    return std::clamp(CPU_COUNT(&set), 1, 64);
}

int RouterConfig::descriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    return int(std::min<rlim_t>(limit.rlim_cur, rlim_t(1) << 20));
}

void RouterConfig::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("config"), QObject::tr("JSON configuration file (flags win over it)"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("listen"), QObject::tr("listen address (default 127.0.0.1:8080)"), QStringLiteral("HOST:PORT")});
    parser.addOption({QStringLiteral("tls-cert"), QObject::tr("TLS certificate (PEM): serve HTTPS"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tls-key"), QObject::tr("TLS private key (PEM)"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("trust"), QObject::tr("trusted portal public key (base64, or a file holding it); repeatable"),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("key"), QObject::tr("this service's key file (from keygen)"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("state-dir"), QObject::tr("folder for the last good bundle"), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("max-request-bytes"), QObject::tr("largest lookup request (default 16384)"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("max-bundle-bytes"), QObject::tr("largest bundle upload (default 64 MiB)"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("rate-limit"), QObject::tr("requests per second per client address, 0 = off"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("rate-burst"), QObject::tr("burst size of the rate limit"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("threads"), QObject::tr("worker threads (default: one per core this process may run on)"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("max-connections"),
                      QObject::tr("connections open at once; one more is answered 503 and closed (default: the descriptor limit less 64)"),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("access-log"), QObject::tr("access log: - (stderr), off, or a file"), QStringLiteral("FILE")});
}

namespace {

// A number the operator types (a flag or a key of the configuration file): checked against its
// range and, for counts, that it is whole. Overflow, NaN, fractions and negatives are refused with
// the option's name, never wrapped, truncated or silently replaced by the default.
struct NumberSetting {
    QString flag;       // "threads"
    QString key;        // "threads" in the configuration file
    double min;
    double max;
    bool whole;
    std::function<void(double)> set;
    QString maxMeans = {};   // what the maximum is, when it is not a constant

    QString rangeText() const
    {
        QString text = whole ? QObject::tr("a whole number from %1 to %2").arg(qint64(min)).arg(qint64(max))
                             : QObject::tr("a number from %1 to %2").arg(min).arg(max);
        if (!maxMeans.isEmpty())
            text += QStringLiteral(" (%1)").arg(maxMeans);
        return text;
    }
    // typed: the text as the operator wrote it, for the message (empty: the number itself)
    Status assign(const QString &what, double v, const QString &typed = QString()) const
    {
        if (!std::isfinite(v) || v < min || v > max || (whole && std::floor(v) != v))
            return makeError(QObject::tr("%1: %2 is not %3")
                                 .arg(what, typed.isEmpty() ? QString::number(v, 'g', 17) : typed, rangeText()));
        set(v);
        return {};
    }
};

QList<NumberSetting> numberSettings(RouterConfig &config)
{
    return {
        {QStringLiteral("max-request-bytes"), QStringLiteral("max_request_bytes"), 1024, 1024 * 1024, true,
         [&config](double v) { config.maxRequestBytes = qint64(v); }},
        {QStringLiteral("max-bundle-bytes"), QStringLiteral("max_bundle_bytes"), 1024, 1024.0 * 1024 * 1024, true,
         [&config](double v) { config.maxBundleBytes = qint64(v); }},
        {QStringLiteral("rate-limit"), QStringLiteral("rate_limit"), 0, 1e6, false,
         [&config](double v) { config.rateLimit = v; }},
        {QStringLiteral("rate-burst"), QStringLiteral("rate_burst"), 0, 1e6, false,
         [&config](double v) { config.rateBurst = v; }},
        {QStringLiteral("threads"), QStringLiteral("threads"), 1, 64, true,
         [&config](double v) { config.threads = int(v); }},
        {QStringLiteral("max-connections"), QStringLiteral("max_connections"), 1, double(RouterConfig::descriptorLimit()), true,
         [&config](double v) { config.maxConnections = int(v); }, QObject::tr("the descriptor limit, ulimit -n")},
    };
}

} // namespace

Result<RouterConfig> RouterConfig::load(const QCommandLineParser &parser)
{
    RouterConfig config;
    if (parser.isSet(QStringLiteral("config"))) {
        const QString path = parser.value(QStringLiteral("config"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(QObject::tr("cannot read the configuration file %1").arg(path));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isObject())
            return makeError(QObject::tr("configuration file %1 is not a JSON object (%2)").arg(path, error.errorString()));
        const QJsonObject o = doc.object();
        static const QStringList known{QStringLiteral("listen"), QStringLiteral("tls_certificate"), QStringLiteral("tls_key"),
                                       QStringLiteral("trusted_portal_keys"), QStringLiteral("key_file"),
                                       QStringLiteral("state_dir"), QStringLiteral("max_request_bytes"),
                                       QStringLiteral("max_bundle_bytes"), QStringLiteral("rate_limit"),
                                       QStringLiteral("rate_burst"), QStringLiteral("threads"), QStringLiteral("access_log"),
                                       QStringLiteral("max_connections")};
        for (const QString &key : o.keys()) {
            if (!known.contains(key))
                return makeError(QObject::tr("configuration file %1: unknown setting \"%2\" (known: %3)")
                                     .arg(path, key, known.join(QStringLiteral(", "))));
        }
        if (o.contains(QStringLiteral("listen")))
            if (auto st = parseListen(o.value(QStringLiteral("listen")).toString(), config); !st)
                return makeError(st.error());
        config.tlsCertificate = o.value(QStringLiteral("tls_certificate")).toString();
        config.tlsKey = o.value(QStringLiteral("tls_key")).toString();
        for (const QJsonValue &v : o.value(QStringLiteral("trusted_portal_keys")).toArray())
            if (auto st = addTrustedKey(v.toString(), config); !st)
                return makeError(st.error());
        config.keyFile = o.value(QStringLiteral("key_file")).toString();
        config.stateDir = o.value(QStringLiteral("state_dir")).toString();
        for (const NumberSetting &setting : numberSettings(config)) {
            if (!o.contains(setting.key))
                continue;
            const QJsonValue v = o.value(setting.key);
            const QString what = QObject::tr("configuration file %1: \"%2\"").arg(path, setting.key);
            if (!v.isDouble())
                return makeError(QObject::tr("%1 must be a number (%2)").arg(what, setting.rangeText()));
            if (auto st = setting.assign(what, v.toDouble()); !st)
                return st;
        }
        config.accessLog = o.value(QStringLiteral("access_log")).toString(config.accessLog);
    }
    if (parser.isSet(QStringLiteral("listen")))
        if (auto st = parseListen(parser.value(QStringLiteral("listen")), config); !st)
            return makeError(st.error());
    if (parser.isSet(QStringLiteral("tls-cert")))
        config.tlsCertificate = parser.value(QStringLiteral("tls-cert"));
    if (parser.isSet(QStringLiteral("tls-key")))
        config.tlsKey = parser.value(QStringLiteral("tls-key"));
    for (const QString &key : parser.values(QStringLiteral("trust")))
        if (auto st = addTrustedKey(key, config); !st)
            return makeError(st.error());
    if (parser.isSet(QStringLiteral("key")))
        config.keyFile = parser.value(QStringLiteral("key"));
    if (parser.isSet(QStringLiteral("state-dir")))
        config.stateDir = parser.value(QStringLiteral("state-dir"));
    for (const NumberSetting &setting : numberSettings(config)) {
        if (!parser.isSet(setting.flag))
            continue;
        const QString text = parser.value(setting.flag);
        const QString what = QStringLiteral("--") + setting.flag;
        bool ok = false;
        const double v = text.trimmed().toDouble(&ok);
        if (!ok)
            return makeError(QObject::tr("%1: \"%2\" is not a number (%3)").arg(what, text, setting.rangeText()));
        if (auto st = setting.assign(what, v, text); !st)
            return st;
    }
    if (parser.isSet(QStringLiteral("access-log")))
        config.accessLog = parser.value(QStringLiteral("access-log"));

    if (config.keyFile.isEmpty())
        return makeError(QObject::tr("no key file: make one with `switchboard-router keygen --out FILE` and pass --key FILE"));
    if (config.trustedPortalKeys.isEmpty())
        return makeError(QObject::tr("no trusted portal key: pass --trust <the portal's public key> "
                                     "(switchboard-cli router portal-key prints it)"));
    if (config.stateDir.isEmpty())
        return makeError(QObject::tr("no state folder: pass --state-dir DIR (the last good bundle is kept there)"));
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty())
        return makeError(QObject::tr("HTTPS needs both --tls-cert and --tls-key"));
    return config;
}

namespace PrivateFiles {

namespace {
QString systemError() { return QString::fromLocal8Bit(strerror(errno)); }
}

Status ensureFolder(const QString &path, QString *note)
{
    const bool existed = QFileInfo(path).isDir();
    if (!QDir().mkpath(path))
        return makeError(QObject::tr("cannot create the folder %1").arg(path));
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return makeError(QObject::tr("cannot read the folder %1: %2").arg(path, systemError()));
    const mode_t mode = st.st_mode & 07777;
    if (mode == 0700)
        return {};
    if (::chmod(QFile::encodeName(path).constData(), 0700) != 0)
        return makeError(QObject::tr("cannot restrict the folder %1 to its owner: %2").arg(path, systemError()));
    if (existed && (mode & 0077) && note)
        *note = QObject::tr("the folder %1 was open to other users (mode %2); it is now its owner's only (mode 700)")
                    .arg(path, QString::number(mode, 8));
    return {};
}

Status tightenFile(const QString &path, QString *note)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return {};
    const mode_t mode = st.st_mode & 07777;
    if ((mode & 0077) == 0)
        return {};
    if (::chmod(QFile::encodeName(path).constData(), 0600) != 0)
        return makeError(QObject::tr("%1 is open to other users (mode %2) and cannot be restricted: %3")
                             .arg(path, QString::number(mode, 8), systemError()));
    if (note)
        *note = QObject::tr("%1 was open to other users (mode %2); it is now its owner's only (mode 600)")
                    .arg(path, QString::number(mode, 8));
    return {};
}

} // namespace PrivateFiles

namespace KeyFile {

Status write(const QString &path, const X25519KeyPair &pair)
{
    if (QFileInfo::exists(path))
        return makeError(QObject::tr("%1 exists already; a new key would orphan bundles sealed to the old one. "
                                     "Remove it first if that is what you want").arg(path));
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir()) {   // a folder made for the key is the owner's only
        if (auto st = PrivateFiles::ensureFolder(folder); !st)
            return st;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QObject::tr("cannot write %1: %2").arg(path, file.errorString()));
    // Before a byte of the key is written (the umask may have left the temporary file readable).
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(QObject::tr("cannot restrict %1 to its owner: %2").arg(path, file.errorString()));
    const QJsonObject o{{QStringLiteral("type"), QStringLiteral("switchboard-router-key")},
                        {QStringLiteral("public_key"), QString::fromLatin1(pair.publicKey.toBase64())},
                        {QStringLiteral("secret_key"), QString::fromLatin1(pair.secretKey.toBase64())}};
    file.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(QObject::tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<X25519KeyPair> read(const QString &path)
{
    QString note;
    if (auto st = PrivateFiles::tightenFile(path, &note); !st)
        return makeError(st.error());
    if (!note.isEmpty())
        qWarning("switchboard-router: %s", qPrintable(note));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QObject::tr("cannot read the key file %1").arg(path));
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.value(QStringLiteral("type")).toString() != QLatin1String("switchboard-router-key"))
        return makeError(QObject::tr("%1 is not a switchboard-router key file").arg(path));
    auto pk = BundleCrypto::decodeKey(o.value(QStringLiteral("public_key")).toString(), 32, QObject::tr("public_key"));
    auto sk = BundleCrypto::decodeKey(o.value(QStringLiteral("secret_key")).toString(), 32, QObject::tr("secret_key"));
    if (!pk || !sk)
        return makeError(QObject::tr("key file %1 is damaged: %2").arg(path, pk ? sk.error() : pk.error()));
    if (BundleCrypto::boxPublicKeyFor(*sk) != *pk)
        return makeError(QObject::tr("key file %1 is damaged: its public key does not belong to its secret key").arg(path));
    return X25519KeyPair{*pk, *sk};
}

} // namespace KeyFile
} // namespace Switchboard::Router
