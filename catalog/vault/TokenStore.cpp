#include "vault/TokenStore.h"

#include "audit/AuditLog.h"
#include "store/Database.h"
#include "store/StoreSupport.h"
#include "vault/Vault.h"

#include <QObject>

#include <sodium.h>

namespace Switchboard {

using namespace Internal;

namespace {

const QString kKeyKind = QStringLiteral("token-hash-key");
const QString kKeyName = QStringLiteral("routing");

} // namespace

bool AppToken::isValidAt(const QDateTime &at) const
{
    if (!revokedAt.isNull() && revokedAt <= at)
        return false;
    return expiresAt.isNull() || at < expiresAt;
}

QString TokenStore::hashToken(const QByteArray &token, const QByteArray &hashKey)
{
    (void)Vault::initializeSodium();
    unsigned char out[kHashBytes];
    crypto_generichash(out, kHashBytes, reinterpret_cast<const unsigned char *>(token.constData()),
                       size_t(token.size()), reinterpret_cast<const unsigned char *>(hashKey.constData()),
                       size_t(hashKey.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), kHashBytes).toHex());
}

Result<SecretBytes> TokenStore::hashKey()
{
    if (!m_vault.isUnlocked())
        return makeError(QObject::tr("The vault is locked: unlock it to use routing tokens"));
    auto existing = m_vault.secret(kKeyKind, kKeyName);
    if (!existing)
        return makeError(existing.error());
    if (existing->has_value())
        return std::move(**existing);
    SecretBytes key(Vault::randomBytes(kHashKeyBytes));
    if (auto st = m_vault.putSecret(kKeyKind, kKeyName, key); !st)
        return makeError(st.error());
    return key;
}

Result<IssuedToken> TokenStore::issue(const QString &application, const QString &label, const QDateTime &expiresAt)
{
    if (application.trimmed().isEmpty())
        return makeError(QObject::tr("A token needs an application name"));
    auto tx = m_db.transaction();
    auto key = hashKey();
    if (!key)
        return makeError(key.error());
    const QByteArray random = Vault::randomBytes(kTokenBytes);
    SecretBytes value(prefix().toLatin1()
                      + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    IssuedToken issued;
    issued.token.application = application;
    issued.token.tokenHash = hashToken(value.bytes(), key->bytes());
    issued.token.hint = QString::fromLatin1(value.bytes().left(prefix().size() + 4)) + QStringLiteral("…");
    issued.token.label = label;
    issued.token.createdAt = QDateTime::currentDateTimeUtc();
    issued.token.createdBy = AuditLog::currentActor();
    issued.token.expiresAt = expiresAt;
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO app_tokens(application, token_hash, hint, label, created_at, created_by, expires_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, application).bind(2, issued.token.tokenHash).bind(3, issued.token.hint).bind(4, nonNull(label))
        .bind(5, timeText(issued.token.createdAt)).bind(6, issued.token.createdBy);
    if (expiresAt.isNull())
        stmt->bindNull(7);
    else
        stmt->bind(7, timeText(expiresAt));
    if (auto st = stmt->run(); !st)
        return makeError(st.error());
    issued.token.id = m_db.lastInsertId();
    QJsonObject detail{{QStringLiteral("token_id"), issued.token.id}, {QStringLiteral("hint"), issued.token.hint}};
    if (!label.isEmpty())
        detail.insert(QStringLiteral("label"), label);
    if (auto st = AuditLog(m_db).record(QStringLiteral("token.issue"), QStringLiteral("application:") + application,
                                        detail, issued.token.createdBy);
        !st)
        return makeError(st.error());
    if (auto st = tx.commit(); !st)
        return makeError(st.error());
    issued.value = std::move(value);
    return issued;
}

Status TokenStore::revoke(qint64 tokenId)
{
    auto tokens = list();
    if (!tokens)
        return makeError(tokens.error());
    auto tx = m_db.transaction();
    auto stmt = m_db.prepare(QStringLiteral("UPDATE app_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, timeText(QDateTime::currentDateTimeUtc())).bind(2, tokenId);
    if (auto st = stmt->run(); !st)
        return st;
    if (m_db.changes() == 0)
        return makeError(QObject::tr("No unrevoked token with id %1").arg(tokenId));
    QString application;
    for (const AppToken &t : *tokens) {
        if (t.id == tokenId)
            application = t.application;
    }
    if (auto st = AuditLog(m_db).record(QStringLiteral("token.revoke"), QStringLiteral("application:") + application,
                                        {{QStringLiteral("token_id"), tokenId}});
        !st)
        return st;
    return tx.commit();
}

Status TokenStore::revokeAll(const QString &application)
{
    auto tx = m_db.transaction();
    auto stmt = m_db.prepare(QStringLiteral("UPDATE app_tokens SET revoked_at = ? WHERE application = ? AND revoked_at IS NULL"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, timeText(QDateTime::currentDateTimeUtc())).bind(2, application);
    if (auto st = stmt->run(); !st)
        return st;
    const int changed = m_db.changes();
    if (changed == 0)
        return makeError(QObject::tr("Application \"%1\" has no unrevoked token").arg(application));
    if (auto st = AuditLog(m_db).record(QStringLiteral("token.revoke"), QStringLiteral("application:") + application,
                                        {{QStringLiteral("revoked"), changed}});
        !st)
        return st;
    return tx.commit();
}

Result<QList<AppToken>> TokenStore::list(const QString &application) const
{
    auto stmt = m_db.prepare(application.isEmpty()
        ? QStringLiteral("SELECT id, application, token_hash, hint, label, created_at, created_by, expires_at, revoked_at "
                         "FROM app_tokens ORDER BY application, id")
        : QStringLiteral("SELECT id, application, token_hash, hint, label, created_at, created_by, expires_at, revoked_at "
                         "FROM app_tokens WHERE application = ? ORDER BY id"));
    if (!stmt)
        return makeError(stmt.error());
    if (!application.isEmpty())
        stmt->bind(1, application);
    QList<AppToken> out;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) {
            AppToken t;
            t.id = s.integer(0);
            t.application = s.text(1);
            t.tokenHash = s.text(2);
            t.hint = s.text(3);
            t.label = s.text(4);
            t.createdAt = parseTime(s.text(5));
            t.createdBy = s.text(6);
            t.expiresAt = parseTime(s.text(7));
            t.revokedAt = parseTime(s.text(8));
            out.append(t);
        });
        !st)
        return st;
    return out;
}

Result<std::optional<AppToken>> TokenStore::verify(const SecretBytes &token, const QDateTime &at) const
{
    if (!m_vault.isUnlocked())
        return makeError(QObject::tr("The vault is locked: unlock it to check a token"));
    auto key = m_vault.secret(kKeyKind, kKeyName);
    if (!key)
        return makeError(key.error());
    if (!key->has_value())
        return std::optional<AppToken>();
    const QByteArray hash = hashToken(token.bytes(), (*key)->bytes()).toLatin1();
    auto tokens = list();
    if (!tokens)
        return makeError(tokens.error());
    for (const AppToken &t : *tokens) {
        const QByteArray stored = t.tokenHash.toLatin1();
        if (stored.size() == hash.size()
            && sodium_memcmp(stored.constData(), hash.constData(), size_t(hash.size())) == 0) {
            return t.isValidAt(at) ? std::optional<AppToken>(t) : std::optional<AppToken>();
        }
    }
    return std::optional<AppToken>();
}

} // namespace Switchboard
