#pragma once

// Fixed keys for the bundle harnesses: the same on every run, so a crash reproduces from its
// input alone. Test keys only; nothing outside fuzz/ trusts them.

#include "bundle/BundleCrypto.h"

#include <sodium.h>

#include <array>

namespace SwitchboardFuzz {

inline Switchboard::Ed25519KeyPair portalKey()
{
    static const Switchboard::Ed25519KeyPair key = [] {
        (void)Switchboard::BundleCrypto::initialize();
        std::array<unsigned char, crypto_sign_SEEDBYTES> seed{};
        seed.fill(0x42);
        QByteArray pk(crypto_sign_PUBLICKEYBYTES, 0), sk(crypto_sign_SECRETKEYBYTES, 0);
        crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()),
                                 seed.data());
        return Switchboard::Ed25519KeyPair{pk, sk};
    }();
    return key;
}

inline Switchboard::X25519KeyPair boxKey(unsigned char fill)
{
    (void)Switchboard::BundleCrypto::initialize();
    std::array<unsigned char, crypto_box_SEEDBYTES> seed{};
    seed.fill(fill);
    QByteArray pk(crypto_box_PUBLICKEYBYTES, 0), sk(crypto_box_SECRETKEYBYTES, 0);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()),
                            seed.data());
    return Switchboard::X25519KeyPair{pk, sk};
}

inline const Switchboard::X25519KeyPair &serviceKey()
{
    static const Switchboard::X25519KeyPair key = boxKey(0x17);
    return key;
}

} // namespace SwitchboardFuzz
