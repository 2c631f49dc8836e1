#include "vault/CredentialStore.h"

#include "audit/AuditLog.h"
#include "store/Database.h"
#include "store/StoreSupport.h"
#include "vault/Vault.h"

#include <QObject>
#include <QRegularExpression>

namespace Switchboard {

using namespace Internal;

namespace {

QString subject(const QString &application, qint64 clusterId)
{
    return QStringLiteral("credential:%1@%2").arg(application).arg(clusterId);
}

Status validateApplication(const QString &application)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    if (!name.match(application).hasMatch())
        return makeError(QObject::tr("\"%1\" is not a valid application name").arg(application));
    return {};
}

SecretBytes generatedSecret()
{
    return SecretBytes(Vault::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

bool AppCredential::isValidAt(const QDateTime &at) const
{
    if (!revokedAt.isNull() && revokedAt <= at)
        return false;
    if (validFrom.isValid() && at < validFrom)
        return false;
    return validUntil.isNull() || at < validUntil;
}

QString AppCredential::stateAt(const QDateTime &at) const
{
    if (!revokedAt.isNull() && revokedAt <= at)
        return QObject::tr("revoked");
    if (!validUntil.isNull()) {
        if (at >= validUntil)
            return QObject::tr("expired");
        return QObject::tr("grace until %1").arg(validUntil.toString(Qt::ISODate));
    }
    return QObject::tr("current");
}

QStringList CredentialStore::mechanisms()
{
    return {QStringLiteral("PLAIN"), QStringLiteral("SCRAM-SHA-256"), QStringLiteral("SCRAM-SHA-512")};
}

Status CredentialStore::validateMechanism(const QString &mechanism)
{
    if (!mechanisms().contains(mechanism))
        return makeError(QObject::tr("\"%1\" is not a supported SASL mechanism (use %2)")
                             .arg(mechanism, mechanisms().join(QStringLiteral(", "))));
    return {};
}

QByteArray CredentialStore::associatedData(const QString &application, qint64 clusterId, int version)
{
    return QStringLiteral("cred:%1:%2:%3").arg(application).arg(clusterId).arg(version).toUtf8();
}

Result<QList<AppCredential>> CredentialStore::query(const QString &where, const QVariantList &args) const
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT id, application, cluster_id, version, mechanism, username, valid_from, valid_until, revoked_at, "
        "created_at, created_by FROM app_credentials %1 ORDER BY application, cluster_id, version DESC").arg(where));
    if (!stmt)
        return makeError(stmt.error());
    bindAll(*stmt, args);
    QList<AppCredential> out;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) {
            AppCredential c;
            c.id = s.integer(0);
            c.application = s.text(1);
            c.clusterId = s.integer(2);
            c.version = int(s.integer(3));
            c.mechanism = s.text(4);
            c.username = s.text(5);
            c.validFrom = parseTime(s.text(6));
            c.validUntil = parseTime(s.text(7));
            c.revokedAt = parseTime(s.text(8));
            c.createdAt = parseTime(s.text(9));
            c.createdBy = s.text(10);
            out.append(c);
        });
        !st)
        return st;
    return out;
}

Result<AppCredential> CredentialStore::insertVersion(const QString &application, qint64 clusterId,
                                                     const QString &mechanism, const QString &username,
                                                     const SecretBytes &secret, std::optional<qint64> graceSeconds,
                                                     const QString &action)
{
    if (auto st = validateApplication(application); !st)
        return makeError(st.error());
    if (auto st = validateMechanism(mechanism); !st)
        return makeError(st.error());
    if (username.trimmed().isEmpty())
        return makeError(QObject::tr("A credential needs a username"));
    if (secret.isEmpty())
        return makeError(QObject::tr("A credential needs a secret"));
    if (!m_vault.isUnlocked())
        return makeError(QObject::tr("The vault is locked: unlock it to store a credential"));

    auto tx = m_db.transaction();
    auto versions = query(QStringLiteral("WHERE application = ? AND cluster_id = ?"), {application, clusterId});
    if (!versions)
        return makeError(versions.error());
    const int version = versions->isEmpty() ? 1 : versions->first().version + 1;
    const QDateTime at = QDateTime::currentDateTimeUtc();

    // The versions that were valid so far end now (set) or after the grace period (rotate).
    QJsonObject detail{{QStringLiteral("version"), version},
                       {QStringLiteral("mechanism"), mechanism},
                       {QStringLiteral("username"), username}};
    const qint64 grace = graceSeconds.value_or(0);
    for (const AppCredential &previous : *versions) {
        if (!previous.isValidAt(at))
            continue;
        auto stmt = grace > 0
            ? m_db.prepare(QStringLiteral("UPDATE app_credentials SET valid_until = ? WHERE id = ?"))
            : m_db.prepare(QStringLiteral("UPDATE app_credentials SET revoked_at = ? WHERE id = ?"));
        if (!stmt)
            return makeError(stmt.error());
        const QDateTime end = grace > 0 ? at.addSecs(grace) : at;
        // A version already in a shorter grace period keeps its earlier end.
        if (grace > 0 && !previous.validUntil.isNull() && previous.validUntil < end)
            continue;
        stmt->bind(1, timeText(end)).bind(2, previous.id);
        if (auto st = stmt->run(); !st)
            return makeError(st.error());
        detail.insert(QStringLiteral("previous_version"), previous.version);
        detail.insert(grace > 0 ? QStringLiteral("previous_valid_until") : QStringLiteral("previous_revoked_at"),
                      timeText(end));
    }
    if (graceSeconds)
        detail.insert(QStringLiteral("grace_seconds"), grace);

    auto sealed = m_vault.seal(secret.bytes(), associatedData(application, clusterId, version));
    if (!sealed)
        return makeError(sealed.error());
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO app_credentials(application, cluster_id, version, mechanism, username, sealed, valid_from, "
        "created_at, created_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return makeError(stmt.error());
    const QString actor = AuditLog::currentActor();
    stmt->bind(1, application).bind(2, clusterId).bind(3, version).bind(4, mechanism).bind(5, username)
        .bindBlob(6, *sealed).bind(7, timeText(at)).bind(8, timeText(at)).bind(9, actor);
    if (auto st = stmt->run(); !st) {
        if (st.error().contains(QLatin1String("FOREIGN KEY")))
            return makeError(QObject::tr("No cluster with id %1").arg(clusterId));
        return makeError(st.error());
    }
    AppCredential c;
    c.id = m_db.lastInsertId();
    c.application = application;
    c.clusterId = clusterId;
    c.version = version;
    c.mechanism = mechanism;
    c.username = username;
    c.validFrom = at;
    c.createdAt = at;
    c.createdBy = actor;
    if (auto st = AuditLog(m_db).record(action, subject(application, clusterId), detail, actor); !st)
        return makeError(st.error());
    if (auto st = tx.commit(); !st)
        return makeError(st.error());
    return c;
}

Result<AppCredential> CredentialStore::set(const QString &application, qint64 clusterId, const QString &mechanism,
                                           const QString &username, const SecretBytes &secret)
{
    return insertVersion(application, clusterId, mechanism, username, secret, std::nullopt,
                         QStringLiteral("credential.set"));
}

Result<AppCredential> CredentialStore::rotate(const QString &application, qint64 clusterId, qint64 graceSeconds,
                                              const SecretBytes &newSecret, const QString &username)
{
    if (graceSeconds < 0)
        return makeError(QObject::tr("The grace period cannot be negative"));
    auto previous = current(application, clusterId);
    if (!previous)
        return makeError(previous.error());
    if (!previous->has_value())
        return makeError(QObject::tr("Application \"%1\" has no current credential on cluster %2 to rotate; set one first")
                             .arg(application).arg(clusterId));
    const SecretBytes secret = newSecret.isEmpty() ? generatedSecret() : newSecret.clone();
    return insertVersion(application, clusterId, (*previous)->mechanism,
                         username.isEmpty() ? (*previous)->username : username, secret, graceSeconds,
                         QStringLiteral("credential.rotate"));
}

Status CredentialStore::revoke(const QString &application, qint64 clusterId, int version)
{
    auto tx = m_db.transaction();
    const QString at = timeText(QDateTime::currentDateTimeUtc());
    auto stmt = version > 0
        ? m_db.prepare(QStringLiteral("UPDATE app_credentials SET revoked_at = ?1 WHERE application = ?2 AND "
                                      "cluster_id = ?3 AND version = ?4 AND revoked_at IS NULL"))
        : m_db.prepare(QStringLiteral("UPDATE app_credentials SET revoked_at = ?1 WHERE application = ?2 AND "
                                      "cluster_id = ?3 AND revoked_at IS NULL"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, at).bind(2, application).bind(3, clusterId);
    if (version > 0)
        stmt->bind(4, version);
    if (auto st = stmt->run(); !st)
        return st;
    const int changed = m_db.changes();
    if (changed == 0) {
        return makeError(version > 0
            ? QObject::tr("Application \"%1\" has no unrevoked credential version %2 on cluster %3").arg(application).arg(version).arg(clusterId)
            : QObject::tr("Application \"%1\" has no unrevoked credential on cluster %2").arg(application).arg(clusterId));
    }
    QJsonObject detail{{QStringLiteral("revoked"), changed}, {QStringLiteral("at"), at}};
    if (version > 0)
        detail.insert(QStringLiteral("version"), version);
    if (auto st = AuditLog(m_db).record(QStringLiteral("credential.revoke"), subject(application, clusterId), detail); !st)
        return st;
    return tx.commit();
}

Result<QList<AppCredential>> CredentialStore::list(const QString &application) const
{
    if (application.isEmpty())
        return query({}, {});
    return query(QStringLiteral("WHERE application = ?"), {application});
}

Result<QList<AppCredential>> CredentialStore::validAt(const QString &application, qint64 clusterId,
                                                     const QDateTime &at) const
{
    auto all = query(QStringLiteral("WHERE application = ? AND cluster_id = ?"), {application, clusterId});
    if (!all)
        return all;
    QList<AppCredential> valid;
    for (const AppCredential &c : *all) {
        if (c.isValidAt(at))
            valid.append(c);
    }
    return valid;
}

Result<std::optional<AppCredential>> CredentialStore::current(const QString &application, qint64 clusterId,
                                                              const QDateTime &at) const
{
    auto valid = validAt(application, clusterId, at);
    if (!valid)
        return makeError(valid.error());
    if (valid->isEmpty())
        return std::optional<AppCredential>();
    return std::optional<AppCredential>(valid->first());   // newest version first
}

Status CredentialStore::recordReveal(const QString &application, qint64 clusterId, int version, const QString &purpose) const
{
    return AuditLog(m_db).record(QStringLiteral("credential.reveal"), subject(application, clusterId),
                                 {{QStringLiteral("version"), version}, {QStringLiteral("purpose"), purpose}});
}

Result<SecretBytes> CredentialStore::secret(const AppCredential &credential) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT sealed FROM app_credentials WHERE id = ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, credential.id);
    auto row = stmt->next();
    if (!row)
        return makeError(row.error());
    if (!*row)
        return makeError(QObject::tr("No such credential"));
    return m_vault.open(stmt->blob(0), associatedData(credential.application, credential.clusterId, credential.version));
}

Result<ClientConfig> CredentialStore::clientConfig(const Cluster &cluster, const AppCredential &credential,
                                                   bool includeSecret) const
{
    ClientConfig config;
    // Applications may reach the cluster through another listener than the crawler does.
    config.bootstrapServers = cluster.labels.value(QStringLiteral("client.bootstrap.servers"), cluster.bootstrapServers);
    QString protocol = cluster.labels.value(QStringLiteral("client.security.protocol"),
                                            cluster.properties.value(QStringLiteral("security.protocol")));
    if (protocol.isEmpty() || !protocol.startsWith(QLatin1String("SASL"), Qt::CaseInsensitive))
        protocol = QStringLiteral("SASL_SSL");
    config.properties.insert(QStringLiteral("security.protocol"), protocol);
    config.properties.insert(QStringLiteral("sasl.mechanisms"), credential.mechanism);
    config.properties.insert(QStringLiteral("sasl.username"), credential.username);
    if (includeSecret && m_vault.isUnlocked()) {
        auto secretValue = secret(credential);
        if (!secretValue)
            return makeError(secretValue.error());
        config.secrets.insert(QStringLiteral("sasl.password"), secretValue->toString());
    }
    return config;
}

} // namespace Switchboard
