#pragma once

// The cryptography of the routing bundle, in one place: the portal's Ed25519 signing key, the
// routing service's X25519 box key, detached signatures and sealed boxes (libsodium).
// Keys travel as base64 (standard alphabet, with padding), like everything binary in a bundle.

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace Switchboard {

struct Ed25519KeyPair {
    QByteArray publicKey;   // crypto_sign_PUBLICKEYBYTES (32)
    QByteArray secretKey;   // crypto_sign_SECRETKEYBYTES (64); never logged
};

struct X25519KeyPair {
    QByteArray publicKey;   // crypto_box_PUBLICKEYBYTES (32)
    QByteArray secretKey;   // crypto_box_SECRETKEYBYTES (32); never logged
};

namespace BundleCrypto {

// sodium_init(); safe to call often. False only when libsodium cannot work at all.
bool initialize();

Ed25519KeyPair generateEd25519KeyPair();
X25519KeyPair generateX25519KeyPair();
// The X25519 public key that belongs to a secret key (to check a key file is whole).
QByteArray boxPublicKeyFor(const QByteArray &secretKey);

QByteArray sign(const QByteArray &message, const QByteArray &signingSecretKey);
// BLAKE2b-512 (crypto_generichash, 64 bytes): about 3x faster than the SHA-512 an Ed25519
// signature computes over its message, which is what makes it worth signing a digest of megabytes.
QByteArray digest512(const QByteArray &message);
bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &signingPublicKey);

// crypto_box_seal: anyone with the public key can seal, only the secret key opens.
QByteArray seal(const QByteArray &plaintext, const QByteArray &recipientPublicKey);
Result<QByteArray> open(const QByteArray &sealed, const X25519KeyPair &recipient);

// A short, stable fingerprint of a public key for people and logs ("ed25519:ab12cd34...").
QString fingerprint(const QByteArray &publicKey);

// Base64 with a length check; the error names what was expected.
Result<QByteArray> decodeKey(const QString &base64, int expectedLength, const QString &what);

// Compares in constant time.
bool equal(const QByteArray &a, const QByteArray &b);

// Wipes a buffer that held a secret.
void scrub(QByteArray &secret);

} // namespace BundleCrypto
} // namespace Switchboard
