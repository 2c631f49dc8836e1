#pragma once

// The vault: secrets at rest in the catalog, encrypted with libsodium.
//
// Construction
//  - A random 32-byte data key encrypts every secret record with XChaCha20-Poly1305 (IETF
//    AEAD, crypto_aead_xchacha20poly1305_ietf_*), a fresh random 24-byte nonce per record
//    and write. A sealed record is stored as nonce || ciphertext+tag. The record's identity
//    (e.g. "cred:<app>:<cluster id>:<version>") is the associated data, so a ciphertext moved
//    to another row does not decrypt.
//  - The data key is never stored in clear. It is wrapped (same AEAD) under a key derived from
//    the passphrase with Argon2id (crypto_pwhash, ALG_ARGON2ID13, at least libsodium's
//    interactive limits; salt and limits in vault_meta). A wrong passphrase fails the AEAD
//    check: it is refused and nothing in the catalog changes.
//  - Where the OS keychain answers (QtKeychain; see Keychain.h), a copy of the data key is kept
//    there too, so the desktop app unlocks without asking. The passphrase is always set: it is
//    the recovery path when the keychain is lost and the way to unlock on a headless server.
//  - A catalog file copied elsewhere without the passphrase (or that machine's keychain) cannot
//    be read: it holds only ciphertext, the wrapped key and the Argon2id salt.
//
// Headless use (servers, CI, tests): see PassphraseSource.h (file descriptor or environment
// variable, with the risks of each).
//
// A Vault belongs to one Database connection (one thread). Locking wipes the data key from
// memory; destroying the Vault locks it.

#include "core/Result.h"
#include "vault/SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

class Database;

struct KdfLimits {
    quint64 opsLimit = 0;   // 0: libsodium's interactive limit
    quint64 memLimit = 0;   // bytes; 0: libsodium's interactive limit (64 MiB)
};

// The portal's Ed25519 key pair; the router helper signs routing bundles with it.
struct SigningKeyPair {
    QByteArray publicKey;     // crypto_sign_PUBLICKEYBYTES (32)
    SecretBytes secretKey;    // crypto_sign_SECRETKEYBYTES (64), libsodium's format (seed || public key)
};

class Vault {
public:
    explicit Vault(const Database &db);
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    // sodium_init(); safe to call often. Everything else calls it.
    static Status initializeSodium();

    // A vault exists in this catalog (vault init has run).
    Result<bool> isInitialized() const;
    // Creates the vault: a new data key wrapped under the passphrase, and unlocks it.
    // Refused if a vault exists or the passphrase is shorter than minimumPassphraseLength().
    Status initialize(const SecretBytes &passphrase, KdfLimits limits = {});
    static int minimumPassphraseLength() { return 8; }

    // Unlocks with the passphrase. A wrong one is refused ("wrong passphrase") and changes nothing.
    Status unlock(const SecretBytes &passphrase);
    // Unlocks with a data key from the keychain; refused unless it matches this vault's key check.
    Status unlockWithDataKey(const SecretBytes &dataKey);
    void lock();
    bool isUnlocked() const;

    // Re-wraps the data key under a new passphrase (new salt). Records are untouched.
    // Needs the current passphrase even when unlocked: changing it is a decision.
    Status changePassphrase(const SecretBytes &current, const SecretBytes &next, KdfLimits limits = {});

    // This vault's id (names its keychain entry) and whether a keychain copy was stored.
    Result<QString> vaultId() const;
    Result<bool> keychainEnabled() const;
    Status setKeychainEnabled(bool enabled);
    // The data key, for storing it in the keychain. Needs the vault unlocked.
    Result<SecretBytes> dataKeyForKeychain() const;

    // Low-level AEAD with the data key: nonce || ciphertext, bound to associatedData.
    Result<QByteArray> seal(const QByteArray &plaintext, const QByteArray &associatedData) const;
    Result<SecretBytes> open(const QByteArray &sealed, const QByteArray &associatedData) const;

    // Named secrets (table vault_secrets), e.g. kind "cluster", name "prod-eu".
    Status putSecret(const QString &kind, const QString &name, const SecretBytes &value,
                     const QByteArray &publicData = {});
    Result<std::optional<SecretBytes>> secret(const QString &kind, const QString &name) const;
    Result<std::optional<QByteArray>> publicData(const QString &kind, const QString &name) const;
    Status removeSecret(const QString &kind, const QString &name);

    // The portal's Ed25519 signing key pair, created (and audited) on first use. The secret key
    // needs the vault unlocked; the public key does not.
    Result<SigningKeyPair> signingKeyPair();
    Result<std::optional<QByteArray>> signingPublicKey() const;

    // Random bytes from libsodium (randombytes_buf).
    static QByteArray randomBytes(int count);

    const Database &database() const { return m_db; }

private:
    struct Meta;
    Result<std::optional<Meta>> readMeta() const;
    const Database &m_db;
    unsigned char *m_key = nullptr;   // sodium_malloc'ed, 32 bytes, only while unlocked
};

} // namespace Switchboard
