#pragma once

// What the routing service checks before it installs a bundle, in this order: the envelope is
// well formed, the signer is a trusted portal key, the signature holds, the payload is well
// formed, it is sealed to this service, it has not expired (its signed not-after time), and its
// version is strictly newer than the installed one. Each refusal has a kind (for the HTTP status and metrics) and a message saying what to fix.

#include "bundle/BundleCrypto.h"
#include "bundle/BundlePayload.h"

#include <QList>

#include <functional>

namespace Switchboard {

enum class BundleRejection {
    None,
    Malformed,        // not a bundle, or a payload field is missing or mistyped
    UntrustedSigner,  // signed by a key this service does not trust
    BadSignature,     // forged or altered: the signature does not match the payload
    WrongRecipient,   // sealed to another routing service
    Stale,            // older than the installed bundle
    Replayed,         // the same version as the installed bundle
    Expired,          // past its not-after time: an old bundle replayed (checked even with nothing installed)
};

struct BundleVerification {
    BundleRejection rejection = BundleRejection::None;
    QString message;
    BundlePayload payload;

    bool ok() const { return rejection == BundleRejection::None; }
};

class BundleVerifier {
public:
    BundleVerifier(QList<QByteArray> trustedSigners, QByteArray ownPublicKey)
        : m_trusted(std::move(trustedSigners)), m_ownPublicKey(std::move(ownPublicKey)) {}

    // installedVersion 0: nothing installed yet. onAuthentic, if given, runs as soon as the
    // signature holds, before the payload is parsed: the service starts its disk copy then, so the
    // disk works while the payload is read (and never for bytes no trusted portal signed).
    // now: the clock the not-after time is checked against (invalid: the current time).
    BundleVerification verify(const QByteArray &envelope, qint64 installedVersion,
                              const std::function<void()> &onAuthentic = {}, const QDateTime &now = {}) const;

    static QString rejectionName(BundleRejection rejection);

private:
    QList<QByteArray> m_trusted;
    QByteArray m_ownPublicKey;
};

} // namespace Switchboard
