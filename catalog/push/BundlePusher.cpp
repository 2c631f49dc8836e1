#include "push/BundlePusher.h"

#include "bundle/BundleCompiler.h"
#include "bundle/SignedBundle.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslCertificate>
#include <QTimer>

namespace Switchboard {

BundlePusher::BundlePusher(const Database &db, PushOptions options, QObject *parent)
    : QObject(parent), m_db(db), m_options(options)
{
    m_network.setTransferTimeout(m_options.timeoutMs);
}

Result<QString> BundlePusher::currentStateHash(const Database &db, Vault &vault)
{
    auto sources = BundleCompiler::gather(db, vault, false);
    if (!sources)
        return makeError(sources.error());
    return BundleCompiler::stateHash(*sources);
}

Result<BundlePusher::Staleness> BundlePusher::staleServices(const Database &db, Vault &vault)
{
    auto hash = currentStateHash(db, vault);
    if (!hash)
        return makeError(hash.error());
    auto services = RoutingServiceStore(db).list();
    if (!services)
        return makeError(services.error());
    Staleness out{*hash, {}};
    for (const RoutingService &s : *services) {
        if (s.isStale(*hash))
            out.services.append(s.name);
    }
    return out;
}

Result<QList<PreparedPush>> BundlePusher::prepare(const Database &db, Vault &vault, const QString &onlyService, int ttlSeconds)
{
    return prepareFor(db, vault, onlyService, false, ttlSeconds);
}

Result<QList<PreparedPush>> BundlePusher::prepareStale(const Database &db, Vault &vault, int ttlSeconds)
{
    return prepareFor(db, vault, {}, true, ttlSeconds);
}

Result<QList<PreparedPush>> BundlePusher::prepareOnOwnConnection(const QString &catalogPath, const QByteArray &dataKey,
                                                                 Services which, const QString &onlyService)
{
    auto db = Database::open(catalogPath);
    if (!db)
        return makeError(db.error());
    Vault vault(**db);
    if (auto st = vault.unlockWithDataKey(SecretBytes(dataKey)); !st)
        return makeError(st.error());
    return prepareFor(**db, vault, onlyService, which == Services::OnlyStale, 300);
}

Result<QList<PreparedPush>> BundlePusher::prepareFor(const Database &db, Vault &vault, const QString &onlyService, bool onlyStale,
                                                     int ttlSeconds)
{
    if (!vault.isUnlocked())
        return makeError(QObject::tr("unlock the vault first: the bundle carries sealed credentials and is signed with the "
                                     "portal key kept there"));
    RoutingServiceStore store(db);
    auto services = store.list();
    if (!services)
        return makeError(services.error());
    QList<RoutingService> targets;
    for (const RoutingService &s : *services) {
        if (onlyService.isEmpty() || s.name == onlyService)
            targets.append(s);
    }
    if (targets.isEmpty() && onlyStale)
        return QList<PreparedPush>();
    if (targets.isEmpty())
        return makeError(onlyService.isEmpty()
                             ? QObject::tr("no routing services registered: add one with switchboard-cli router add NAME URL KEY")
                             : QObject::tr("no routing service named %1").arg(onlyService));
    auto signing = vault.signingKeyPair();
    if (!signing)
        return makeError(QObject::tr("the portal signing key: %1").arg(signing.error()));
    Ed25519KeyPair portalKey{signing->publicKey, QByteArray(signing->secretKey.bytes().constData(), signing->secretKey.size())};

    auto sources = BundleCompiler::gather(db, vault);
    if (!sources) {
        BundleCrypto::scrub(portalKey.secretKey);
        return makeError(sources.error());
    }
    const QString hash = BundleCompiler::stateHash(*sources);
    if (onlyStale) {
        targets.removeIf([&hash](const RoutingService &s) { return !s.isStale(hash); });
        if (targets.isEmpty()) {
            BundleCrypto::scrub(portalKey.secretKey);
            return QList<PreparedPush>();
        }
    }
    auto version = store.nextVersion(hash);
    if (!version) {
        BundleCrypto::scrub(portalKey.secretKey);
        return makeError(version.error());
    }
    const qint64 lifetime = RoutingServiceStore::bundleLifetimeSeconds(db);
    QList<PreparedPush> out;
    for (const RoutingService &service : targets) {
        BundlePayload payload = BundleCompiler::compile(*sources, *version, ttlSeconds, service.publicKey);
        payload.notAfter = payload.createdAt.addSecs(lifetime);
        out.append(PreparedPush{service, *version, hash, SignedBundle::sign(payload, portalKey).toJson()});
    }
    BundleCrypto::scrub(portalKey.secretKey);
    return out;
}

void BundlePusher::push(const QList<PreparedPush> &pushes)
{
    m_failures = 0;
    m_pending += int(pushes.size());
    if (pushes.isEmpty()) {
        Q_EMIT finished(0);
        return;
    }
    for (const PreparedPush &p : pushes)
        attempt(p, 1);
}

void BundlePusher::attempt(const PreparedPush &push, int attemptNumber)
{
    QNetworkRequest request(QUrl(push.service.url + QStringLiteral("/admin/v1/bundle")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!push.service.caCertificates.isEmpty()) {
        // A private CA (or a self-signed certificate) registered with the service: trusted for
        // this service's requests only, on top of the system's CAs.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromData(push.service.caCertificates, QSsl::Pem));
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = m_network.put(request, push.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, push, attemptNumber] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        QString message = QJsonDocument::fromJson(body).object().value(QStringLiteral("message")).toString();
        if (status == 200) {
            done(push, true, status, attemptNumber, message);
            return;
        }
        const bool tlsRefused = reply->error() == QNetworkReply::SslHandshakeFailedError;
        if (tlsRefused)
            message = push.service.caCertificates.isEmpty()
                          ? tr("the routing service's TLS certificate is not trusted (%1); if it comes from a private CA "
                               "or is self-signed, register the CA with --ca-file")
                                .arg(reply->errorString())
                          : tr("the routing service's TLS certificate is not trusted, not even with the registered CA "
                               "certificates (%1)")
                                .arg(reply->errorString());
        else if (message.isEmpty())
            message = status ? tr("HTTP %1").arg(status) : reply->errorString();
        // Transient: the network, an overloaded (429) or failing (5xx) service. The rest is final:
        // a service that refuses a bundle (untrusted, stale, wrong key) refuses it again, and so
        // does a TLS certificate that is not trusted.
        const bool transient = !tlsRefused && (status == 0 || status == 429 || status >= 500);
        if (transient && attemptNumber < m_options.attempts) {
            const int delay = m_options.initialBackoffMs * (1 << (attemptNumber - 1));
            QTimer::singleShot(delay, this, [this, push, attemptNumber] { attempt(push, attemptNumber + 1); });
            return;
        }
        done(push, false, status, attemptNumber, message);
    });
}

void BundlePusher::done(const PreparedPush &push, bool ok, int httpStatus, int attempts, const QString &message)
{
    RecordJob job = [push, ok, httpStatus, attempts, message](const Database &db) {
        return RoutingServiceStore(db).recordPush(push.service, push.version, push.stateHash, ok, httpStatus, attempts, message);
    };
    // Told once the outcome is in the catalog, so a listing asked for on these signals shows it.
    auto recorded = [this, name = push.service.name, version = push.version, ok, message](const Status &st) {
        if (!st)
            qWarning("push: cannot record the push to %s: %s", qPrintable(name), qPrintable(st.error()));
        if (!ok)
            ++m_failures;
        Q_EMIT serviceFinished(name, ok, version, message);
        if (--m_pending == 0)
            Q_EMIT finished(m_failures);
    };
    if (m_recorder)
        m_recorder(std::move(job), std::move(recorded));
    else
        recorded(job(m_db));
}

} // namespace Switchboard
