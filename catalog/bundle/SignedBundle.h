#pragma once

// The signed envelope around a bundle payload, as it travels (PUT body, file on disk):
//   {"format": "switchboard-bundle", "signer": <base64 Ed25519 public key>,
//    "payload": <base64 of the payload JSON bytes>, "signature": <base64 Ed25519 signature>,
//    "digest": "blake2b-512"}
// The signature covers the exact payload bytes (no JSON canonicalisation): with "digest" it
// signs "switchboard-bundle blake2b-512\n" followed by the payload's BLAKE2b-512, without it
// (envelopes of earlier portals, still read) the payload itself. A digest because Ed25519 hashes
// its whole message with SHA-512, three times slower than BLAKE2b over megabytes, and the
// routing service checks every bundle while it serves.

#include "bundle/BundleCrypto.h"
#include "bundle/BundlePayload.h"
#include "core/Result.h"

namespace Switchboard {

struct SignedBundle {
    enum class Covers { Payload, Digest };

    QByteArray signer;      // the portal's Ed25519 public key
    QByteArray payload;     // the payload JSON, byte for byte as signed
    QByteArray signature;   // Ed25519 detached signature over signedMessage()
    Covers covers = Covers::Payload;

    // The bytes the signature is over.
    QByteArray signedMessage() const;

    // Signs a payload with the portal's key.
    static SignedBundle sign(const BundlePayload &payload, const Ed25519KeyPair &portalKey);
    QByteArray toJson() const;
    // Only the envelope's shape; the signature is checked by BundleVerifier.
    static Result<SignedBundle> parse(const QByteArray &json);
};

} // namespace Switchboard
