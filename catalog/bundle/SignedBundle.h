#pragma once

// The signed envelope around a bundle payload, as it travels (PUT body, file on disk):
//   {"format": "switchboard-bundle", "signer": <base64 Ed25519 public key>,
//    "payload": <base64 of the payload JSON bytes>, "signature": <base64 Ed25519 signature>}
// The signature covers the exact payload bytes, so no JSON canonicalisation is needed.

#include "bundle/BundleCrypto.h"
#include "bundle/BundlePayload.h"
#include "core/Result.h"

namespace Switchboard {

struct SignedBundle {
    QByteArray signer;      // the portal's Ed25519 public key
    QByteArray payload;     // the payload JSON, byte for byte as signed
    QByteArray signature;   // Ed25519 detached signature over payload

    // Signs a payload with the portal's key.
    static SignedBundle sign(const BundlePayload &payload, const Ed25519KeyPair &portalKey);
    QByteArray toJson() const;
    // Only the envelope's shape; the signature is checked by BundleVerifier.
    static Result<SignedBundle> parse(const QByteArray &json);
};

} // namespace Switchboard
