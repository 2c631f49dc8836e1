#include "bundle/BundleVerifier.h"

#include "bundle/SignedBundle.h"

#include <QObject>

namespace Switchboard {

namespace {
BundleVerification reject(BundleRejection kind, QString message)
{
    BundleVerification v;
    v.rejection = kind;
    v.message = std::move(message);
    return v;
}
} // namespace

QString BundleVerifier::rejectionName(BundleRejection rejection)
{
    switch (rejection) {
    case BundleRejection::None: return QStringLiteral("ok");
    case BundleRejection::Malformed: return QStringLiteral("malformed");
    case BundleRejection::UntrustedSigner: return QStringLiteral("untrusted");
    case BundleRejection::BadSignature: return QStringLiteral("forged");
    case BundleRejection::WrongRecipient: return QStringLiteral("wrong_recipient");
    case BundleRejection::Stale: return QStringLiteral("stale");
    case BundleRejection::Replayed: return QStringLiteral("replayed");
    case BundleRejection::Expired: return QStringLiteral("expired");
    }
    return QStringLiteral("unknown");
}

BundleVerification BundleVerifier::verify(const QByteArray &envelope, qint64 installedVersion,
                                          const std::function<void()> &onAuthentic, const QDateTime &now) const
{
    auto signedBundle = SignedBundle::parse(envelope);
    if (!signedBundle)
        return reject(BundleRejection::Malformed, signedBundle.error());

    bool trusted = false;
    for (const QByteArray &key : m_trusted)
        trusted = trusted || BundleCrypto::equal(key, signedBundle->signer);
    if (!trusted)
        return reject(BundleRejection::UntrustedSigner,
                      QObject::tr("bundle refused: signed by portal key %1, which this service does not trust "
                                  "(add it with --trust, or push from the right portal)")
                          .arg(BundleCrypto::fingerprint(signedBundle->signer)));
    if (!BundleCrypto::verify(signedBundle->signedMessage(), signedBundle->signature, signedBundle->signer))
        return reject(BundleRejection::BadSignature,
                      QObject::tr("bundle refused: the signature does not match the payload (forged or altered in transit)"));

    if (onAuthentic)
        onAuthentic();
    // Only a signed payload is parsed: the parser never sees an attacker's bytes.
    auto payload = BundlePayload::fromJson(signedBundle->payload);
    if (!payload)
        return reject(BundleRejection::Malformed, QObject::tr("malformed bundle: %1").arg(payload.error()));

    if (!m_ownPublicKey.isEmpty() && !BundleCrypto::equal(payload->recipient, m_ownPublicKey))
        return reject(BundleRejection::WrongRecipient,
                      QObject::tr("bundle refused: its secrets are sealed to service key %1, this service's key is %2 "
                                  "(register this service's public key in the portal)")
                          .arg(BundleCrypto::fingerprint(payload->recipient), BundleCrypto::fingerprint(m_ownPublicKey)));
    // Before the version: a service with nothing installed (a new replica, a wiped state folder)
    // has no version to compare, and must still not take a months-old bundle.
    const QDateTime clock = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    if (const QDateTime expires = payload->expiresAt(); clock > expires)
        return reject(BundleRejection::Expired,
                      QObject::tr("bundle refused: version %1 expired at %2 (%3; it was compiled at %4): push a "
                                  "current bundle from the portal")
                          .arg(payload->version)
                          .arg(expires.toUTC().toString(Qt::ISODate),
                               payload->notAfter.isValid()
                                   ? QObject::tr("its not-after time")
                                   : QObject::tr("a bundle without a not-after time is good for %1 days after it was compiled")
                                         .arg(BundlePayload::kDefaultLifetimeSeconds / 86400),
                               payload->createdAt.toUTC().toString(Qt::ISODate)));
    if (payload->version == installedVersion)
        return reject(BundleRejection::Replayed,
                      QObject::tr("bundle refused: version %1 is already installed (replayed)").arg(payload->version));
    if (payload->version < installedVersion)
        return reject(BundleRejection::Stale,
                      QObject::tr("bundle refused: version %1 is older than the installed version %2 (stale)")
                          .arg(payload->version).arg(installedVersion));
    BundleVerification ok;
    ok.payload = std::move(payload).value();
    return ok;
}

} // namespace Switchboard
