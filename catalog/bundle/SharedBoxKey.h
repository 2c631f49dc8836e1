#pragma once

// The key a format-2 bundle's secrets are boxed under: one X25519 agreement per bundle
// (crypto_box_beforenm) instead of one per secret (crypto_box_seal), then any number of
// crypto_box_easy_afternm boxes, each under its own random 24-byte nonce. That is libsodium's
// intended use of a precomputed key; a random XSalsa20 nonce of 192 bits never repeats in
// practice, so the secrets are as safe as sealed one by one.
//
// The agreement is symmetric: the portal agrees on (service public key, the bundle's ephemeral
// secret key), the service on (the bundle's ephemeral public key, its own secret key), and both
// get the same key. The key lives in this object only and is wiped when it goes.

#include "core/Result.h"

#include <QByteArray>

#include <array>

namespace Switchboard {

class SharedBoxKey {
public:
    // Fails when a key has the wrong size or the agreement is degenerate (a low-order point).
    static Result<SharedBoxKey> agree(const QByteArray &publicKey, const QByteArray &secretKey);

    SharedBoxKey(SharedBoxKey &&other) noexcept;
    SharedBoxKey &operator=(SharedBoxKey &&other) noexcept;
    SharedBoxKey(const SharedBoxKey &) = delete;
    SharedBoxKey &operator=(const SharedBoxKey &) = delete;
    ~SharedBoxKey();

    // nonce (crypto_box_NONCEBYTES, random) || crypto_box_easy_afternm(plaintext).
    QByteArray box(const QByteArray &plaintext) const;
    // The plaintext of box(); an error (without any of the bytes) when it does not authenticate.
    Result<QByteArray> open(const QByteArray &boxed) const;

    static constexpr int kOverhead = 24 + 16;   // crypto_box_NONCEBYTES + crypto_box_MACBYTES

private:
    SharedBoxKey() = default;
    void wipe();

    std::array<unsigned char, 32> m_key{};   // crypto_box_BEFORENMBYTES
};

} // namespace Switchboard
