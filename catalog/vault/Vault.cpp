#include "vault/Vault.h"

#include "audit/AuditLog.h"
#include "store/Database.h"
#include "store/StoreSupport.h"

#include <QDateTime>
#include <QObject>
#include <QUuid>

#include <sodium.h>

namespace Switchboard {

using namespace Internal;

namespace {

constexpr int kFormat = 1;
constexpr size_t kKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

// Associated data of the two vault_meta blobs: the wrapped key and the key check.
const QByteArray kWrapAd = QByteArrayLiteral("switchboard-vault-data-key-v1");
const QByteArray kCheckAd = QByteArrayLiteral("switchboard-vault-key-check-v1");
const QByteArray kCheckPlain = QByteArrayLiteral("switchboard vault key check");


QByteArray sealWith(const unsigned char *key, const QByteArray &plaintext, const QByteArray &ad)
{
    QByteArray out(qsizetype(kNonceBytes + size_t(plaintext.size()) + kTagBytes), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + kNonceBytes, &written, reinterpret_cast<const unsigned char *>(plaintext.constData()),
        size_t(plaintext.size()), reinterpret_cast<const unsigned char *>(ad.constData()), size_t(ad.size()),
        nullptr, nonce, key);
    out.resize(qsizetype(kNonceBytes + written));
    return out;
}

// Empty optional: the tag did not verify (wrong key, or tampered/moved data).
std::optional<SecretBytes> openWith(const unsigned char *key, const QByteArray &sealed, const QByteArray &ad)
{
    if (size_t(sealed.size()) < kNonceBytes + kTagBytes)
        return std::nullopt;
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    QByteArray plain(qsizetype(size_t(sealed.size()) - kNonceBytes - kTagBytes), Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr, nonce + kNonceBytes,
            size_t(sealed.size()) - kNonceBytes, reinterpret_cast<const unsigned char *>(ad.constData()),
            size_t(ad.size()), nonce, key)
        != 0) {
        sodium_memzero(plain.data(), size_t(plain.size()));
        return std::nullopt;
    }
    plain.resize(qsizetype(written));
    return SecretBytes(std::move(plain));
}

// The key-encryption key from the passphrase (Argon2id). Wiped by the caller.
Result<SecretBytes> deriveKek(const SecretBytes &passphrase, const QByteArray &salt, quint64 ops, quint64 mem)
{
    QByteArray kek(qsizetype(kKeyBytes), Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(kek.data()), kKeyBytes, passphrase.bytes().constData(),
                      size_t(passphrase.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                      ops, size_t(mem), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return makeError(QObject::tr("Deriving the vault key from the passphrase failed (out of memory?)"));
    }
    return SecretBytes(std::move(kek));
}

KdfLimits effective(KdfLimits limits)
{
    // Never weaker than libsodium's interactive limits.
    limits.opsLimit = std::max<quint64>(limits.opsLimit, crypto_pwhash_OPSLIMIT_INTERACTIVE);
    limits.memLimit = std::max<quint64>(limits.memLimit, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    return limits;
}

Status vaultMissing() { return makeError(QObject::tr("This catalog has no vault yet; create one with \"vault init\"")); }

} // namespace

struct Vault::Meta {
    QString vaultId;
    QByteArray salt;
    quint64 ops = 0;
    quint64 mem = 0;
    QByteArray wrappedKey;
    QByteArray keyCheck;
    bool keychain = false;
};

Vault::Vault(const Database &db) : m_db(db) { (void)initializeSodium(); }

Vault::~Vault() { lock(); }

Status Vault::initializeSodium()
{
    static const int rc = sodium_init();
    if (rc < 0)
        return makeError(QObject::tr("libsodium could not be initialised"));
    return {};
}

QByteArray Vault::randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(count));
    return bytes;
}

Result<std::optional<Vault::Meta>> Vault::readMeta() const
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT vault_id, kdf_salt, kdf_ops, kdf_mem, wrapped_key, key_check, keychain, format FROM vault_meta WHERE id = 1"));
    if (!stmt)
        return makeError(stmt.error());
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    if (!*row)
        return std::optional<Meta>();
    if (stmt->integer(7) != kFormat)
        return makeError(QObject::tr("The vault was written in format %1, which this build does not know").arg(stmt->integer(7)));
    Meta meta;
    meta.vaultId = stmt->text(0);
    meta.salt = stmt->blob(1);
    meta.ops = quint64(stmt->integer(2));
    meta.mem = quint64(stmt->integer(3));
    meta.wrappedKey = stmt->blob(4);
    meta.keyCheck = stmt->blob(5);
    meta.keychain = stmt->integer(6) != 0;
    return std::optional<Meta>(meta);
}

Result<bool> Vault::isInitialized() const
{
    auto meta = readMeta();
    if (!meta)
        return makeError(meta.error());
    return meta->has_value();
}

Status Vault::initialize(const SecretBytes &passphrase, KdfLimits limits)
{
    if (auto st = initializeSodium(); !st)
        return st;
    auto existing = readMeta();
    if (!existing)
        return makeError(existing.error());
    if (existing->has_value())
        return makeError(QObject::tr("This catalog already has a vault"));
    if (passphrase.toString().size() < minimumPassphraseLength())
        return makeError(QObject::tr("The passphrase is too short: use at least %1 characters").arg(minimumPassphraseLength()));

    limits = effective(limits);
    const QByteArray salt = randomBytes(crypto_pwhash_SALTBYTES);
    auto kek = deriveKek(passphrase, salt, limits.opsLimit, limits.memLimit);
    if (!kek)
        return makeError(kek.error());
    SecretBytes dataKey(randomBytes(int(kKeyBytes)));
    const QByteArray wrapped = sealWith(reinterpret_cast<const unsigned char *>(kek->bytes().constData()),
                                        dataKey.bytes(), kWrapAd);
    const QByteArray check = sealWith(reinterpret_cast<const unsigned char *>(dataKey.bytes().constData()),
                                      kCheckPlain, kCheckAd);
    const QString vaultId = newUuid();

    auto tx = m_db.transaction();
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO vault_meta(id, format, vault_id, kdf, kdf_salt, kdf_ops, kdf_mem, wrapped_key, key_check, "
        "keychain, created_at, updated_at) VALUES(1, ?, ?, 'argon2id13', ?, ?, ?, ?, ?, 0, ?, ?)"));
    if (!stmt)
        return makeError(stmt.error());
    const QString at = nowUtc();
    stmt->bind(1, kFormat).bind(2, vaultId).bindBlob(3, salt).bind(4, qint64(limits.opsLimit))
        .bind(5, qint64(limits.memLimit)).bindBlob(6, wrapped).bindBlob(7, check).bind(8, at).bind(9, at);
    if (auto st = stmt->run(); !st)
        return st;
    if (auto st = AuditLog(m_db).record(QStringLiteral("vault.init"), QStringLiteral("vault"),
                                        {{QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                                         {QStringLiteral("opslimit"), qint64(limits.opsLimit)},
                                         {QStringLiteral("memlimit"), qint64(limits.memLimit)}});
        !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;
    return unlockWithDataKey(dataKey);
}

Status Vault::unlock(const SecretBytes &passphrase)
{
    if (auto st = initializeSodium(); !st)
        return st;
    auto meta = readMeta();
    if (!meta)
        return makeError(meta.error());
    if (!meta->has_value())
        return vaultMissing();
    const Meta &m = **meta;
    auto kek = deriveKek(passphrase, m.salt, m.ops, m.mem);
    if (!kek)
        return makeError(kek.error());
    auto dataKey = openWith(reinterpret_cast<const unsigned char *>(kek->bytes().constData()), m.wrappedKey, kWrapAd);
    if (!dataKey)
        return makeError(QObject::tr("Wrong passphrase: the vault stays locked"));
    return unlockWithDataKey(*dataKey);
}

Status Vault::unlockWithDataKey(const SecretBytes &dataKey)
{
    auto meta = readMeta();
    if (!meta)
        return makeError(meta.error());
    if (!meta->has_value())
        return vaultMissing();
    if (size_t(dataKey.size()) != kKeyBytes
        || !openWith(reinterpret_cast<const unsigned char *>(dataKey.bytes().constData()), (*meta)->keyCheck, kCheckAd)) {
        return makeError(QObject::tr("The key does not open this vault"));
    }
    lock();
    m_key = static_cast<unsigned char *>(sodium_malloc(kKeyBytes));
    if (!m_key)
        return makeError(QObject::tr("Out of secure memory"));
    memcpy(m_key, dataKey.bytes().constData(), kKeyBytes);
    sodium_mprotect_readonly(m_key);
    return {};
}

void Vault::lock()
{
    if (m_key) {
        sodium_free(m_key);   // wipes before freeing
        m_key = nullptr;
    }
}

bool Vault::isUnlocked() const { return m_key != nullptr; }

Status Vault::changePassphrase(const SecretBytes &current, const SecretBytes &next, KdfLimits limits)
{
    auto meta = readMeta();
    if (!meta)
        return makeError(meta.error());
    if (!meta->has_value())
        return vaultMissing();
    if (next.toString().size() < minimumPassphraseLength())
        return makeError(QObject::tr("The new passphrase is too short: use at least %1 characters").arg(minimumPassphraseLength()));
    const Meta &m = **meta;
    auto oldKek = deriveKek(current, m.salt, m.ops, m.mem);
    if (!oldKek)
        return makeError(oldKek.error());
    auto dataKey = openWith(reinterpret_cast<const unsigned char *>(oldKek->bytes().constData()), m.wrappedKey, kWrapAd);
    if (!dataKey)
        return makeError(QObject::tr("Wrong passphrase: the passphrase was not changed"));

    limits = effective(limits);
    const QByteArray salt = randomBytes(crypto_pwhash_SALTBYTES);
    auto kek = deriveKek(next, salt, limits.opsLimit, limits.memLimit);
    if (!kek)
        return makeError(kek.error());
    const QByteArray wrapped = sealWith(reinterpret_cast<const unsigned char *>(kek->bytes().constData()),
                                        dataKey->bytes(), kWrapAd);
    auto tx = m_db.transaction();
    auto stmt = m_db.prepare(QStringLiteral(
        "UPDATE vault_meta SET kdf_salt = ?, kdf_ops = ?, kdf_mem = ?, wrapped_key = ?, updated_at = ? WHERE id = 1"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bindBlob(1, salt).bind(2, qint64(limits.opsLimit)).bind(3, qint64(limits.memLimit)).bindBlob(4, wrapped)
        .bind(5, nowUtc());
    if (auto st = stmt->run(); !st)
        return st;
    if (auto st = AuditLog(m_db).record(QStringLiteral("vault.change-passphrase"), QStringLiteral("vault")); !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;
    return unlockWithDataKey(*dataKey);
}

Result<QString> Vault::vaultId() const
{
    auto meta = readMeta();
    if (!meta)
        return makeError(meta.error());
    if (!meta->has_value())
        return makeError(vaultMissing().error());
    return (*meta)->vaultId;
}

Result<bool> Vault::keychainEnabled() const
{
    auto meta = readMeta();
    if (!meta)
        return makeError(meta.error());
    return meta->has_value() && (*meta)->keychain;
}

Status Vault::setKeychainEnabled(bool enabled)
{
    auto stmt = m_db.prepare(QStringLiteral("UPDATE vault_meta SET keychain = ?, updated_at = ? WHERE id = 1"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, enabled).bind(2, nowUtc());
    if (auto st = stmt->run(); !st)
        return st;
    return AuditLog(m_db).record(QStringLiteral("vault.keychain"), QStringLiteral("vault"),
                                 {{QStringLiteral("enabled"), enabled}});
}

Result<SecretBytes> Vault::dataKeyForKeychain() const
{
    if (!m_key)
        return makeError(QObject::tr("The vault is locked"));
    return SecretBytes(QByteArray(reinterpret_cast<const char *>(m_key), qsizetype(kKeyBytes)));
}

Result<QByteArray> Vault::seal(const QByteArray &plaintext, const QByteArray &associatedData) const
{
    if (!m_key)
        return makeError(QObject::tr("The vault is locked: unlock it to store a secret"));
    return sealWith(m_key, plaintext, associatedData);
}

Result<SecretBytes> Vault::open(const QByteArray &sealed, const QByteArray &associatedData) const
{
    if (!m_key)
        return makeError(QObject::tr("The vault is locked: unlock it to read a secret"));
    auto plain = openWith(m_key, sealed, associatedData);
    if (!plain)
        return makeError(QObject::tr("A sealed record does not decrypt: it was changed or moved"));
    return std::move(*plain);
}

namespace {
QByteArray secretAd(const QString &kind, const QString &name)
{
    return QByteArrayLiteral("secret:") + kind.toUtf8() + '\0' + name.toUtf8();
}
} // namespace

Status Vault::putSecret(const QString &kind, const QString &name, const SecretBytes &value, const QByteArray &publicData)
{
    auto sealed = seal(value.bytes(), secretAd(kind, name));
    if (!sealed)
        return makeError(sealed.error());
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO vault_secrets(kind, name, public_data, sealed, created_at, updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?5) "
        "ON CONFLICT(kind, name) DO UPDATE SET public_data = excluded.public_data, sealed = excluded.sealed, "
        "updated_at = excluded.updated_at"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, kind).bind(2, name);
    if (publicData.isNull())
        stmt->bindNull(3);
    else
        stmt->bindBlob(3, publicData);
    stmt->bindBlob(4, *sealed).bind(5, nowUtc());
    return stmt->run();
}

Result<std::optional<SecretBytes>> Vault::secret(const QString &kind, const QString &name) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT sealed FROM vault_secrets WHERE kind = ? AND name = ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, kind).bind(2, name);
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    if (!*row)
        return std::optional<SecretBytes>();
    auto plain = open(stmt->blob(0), secretAd(kind, name));
    if (!plain)
        return makeError(plain.error());
    return std::optional<SecretBytes>(std::move(*plain));
}

Result<std::optional<QByteArray>> Vault::publicData(const QString &kind, const QString &name) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT public_data FROM vault_secrets WHERE kind = ? AND name = ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, kind).bind(2, name);
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    if (!*row)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(stmt->blob(0));
}

Status Vault::removeSecret(const QString &kind, const QString &name)
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM vault_secrets WHERE kind = ? AND name = ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, kind).bind(2, name);
    return stmt->run();
}

namespace {
const QString kSigningKind = QStringLiteral("signing-key");
const QString kSigningName = QStringLiteral("portal");
} // namespace

Result<SigningKeyPair> Vault::signingKeyPair()
{
    if (!m_key)
        return makeError(QObject::tr("The vault is locked: unlock it to use the portal's signing key"));
    auto existing = secret(kSigningKind, kSigningName);
    if (!existing)
        return makeError(existing.error());
    if (existing->has_value()) {
        auto pub = publicData(kSigningKind, kSigningName);
        if (!pub)
            return makeError(pub.error());
        return SigningKeyPair{pub->value_or(QByteArray()), std::move(**existing)};
    }
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray sk(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()));
    SigningKeyPair pair{pk, SecretBytes(std::move(sk))};
    auto tx = m_db.transaction();
    if (auto st = putSecret(kSigningKind, kSigningName, pair.secretKey, pk); !st)
        return makeError(st.error());
    if (auto st = AuditLog(m_db).record(QStringLiteral("vault.signing-key.create"), QStringLiteral("vault"),
                                        {{QStringLiteral("public_key"), QString::fromLatin1(pk.toBase64())}});
        !st)
        return makeError(st.error());
    if (auto st = tx.commit(); !st)
        return makeError(st.error());
    return pair;
}

Result<std::optional<QByteArray>> Vault::signingPublicKey() const
{
    return publicData(kSigningKind, kSigningName);
}

} // namespace Switchboard
