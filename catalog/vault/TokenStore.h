#pragma once

// Routing-service tokens of client applications: random, shown once, stored only as a keyed hash.
//
// Token format (what the application is given):
//     "sbt_" + base64url-without-padding(32 random bytes from randombytes_buf)
// i.e. 256 bits of entropy; the "sbt_" prefix lets secret scanners and people recognise one.
//
// Hash construction (the routing service verifies tokens with exactly this):
//     token_hash = lowercase_hex( BLAKE2b-256( message = the token's UTF-8 bytes, whole string
//                                              including "sbt_",
//                                              key     = the 32-byte token-hash key ) )
//   = libsodium crypto_generichash(out, 32, token, token_len, key, 32).
// The token-hash key is random (32 bytes), created with the first token, sealed in the vault
// (vault_secrets kind "token-hash-key", name "routing"). Bundle code exports it with hashKey()
// and seals it to the routing service's public key; the service hashes each presented token
// with it and looks the hash up among the bundle's (application, token_hash) pairs, comparing
// in constant time (sodium_memcmp). The catalog and the bundle thus never hold a token in clear,
// and a copied catalog without the vault key cannot even test guesses.
//
// How clients present it: HTTP Basic auth with the application name as user and the token as
// password (GET /servicegw), or the "apikey: <token>" header (GET /service-locator). The keyed
// hash alone identifies the application, so the user part is only checked when present.

#include "core/Result.h"
#include "vault/SecretBytes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

class Database;
class Vault;

struct AppToken {
    qint64 id = 0;
    QString application;
    QString tokenHash;   // lowercase hex, 64 characters
    QString hint;        // "sbt_AbCd…": enough to recognise, useless to attack
    QString label;
    QDateTime createdAt;
    QString createdBy;
    QDateTime expiresAt;   // null: no end
    QDateTime revokedAt;   // null: not revoked

    bool isValidAt(const QDateTime &at) const;
};

struct IssuedToken {
    AppToken token;
    SecretBytes value;   // the token itself: shown once, never stored
};

class TokenStore {
public:
    TokenStore(const Database &db, Vault &vault) : m_db(db), m_vault(vault) {}

    static constexpr int kTokenBytes = 32;
    static constexpr int kHashKeyBytes = 32;
    static constexpr int kHashBytes = 32;
    static QString prefix() { return QStringLiteral("sbt_"); }

    // Issues a new token (the vault must be unlocked: the hash key is in it). Audited.
    Result<IssuedToken> issue(const QString &application, const QString &label = {},
                              const QDateTime &expiresAt = {});
    // Revokes one token by id, now. Audited.
    Status revoke(qint64 tokenId);
    // Revokes every token of an application, now. Audited.
    Status revokeAll(const QString &application);

    Result<QList<AppToken>> list(const QString &application = {}) const;
    // The token's record if it is known and valid now (vault unlocked).
    Result<std::optional<AppToken>> verify(const SecretBytes &token,
                                           const QDateTime &at = QDateTime::currentDateTimeUtc()) const;

    // The token-hash key (created on first use), for the bundle code. Vault unlocked.
    Result<SecretBytes> hashKey();
    // The construction documented above; the routing service calls this same function.
    static QString hashToken(const QByteArray &token, const QByteArray &hashKey);

private:
    const Database &m_db;
    Vault &m_vault;
};

} // namespace Switchboard
