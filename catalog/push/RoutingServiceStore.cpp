#include "push/RoutingServiceStore.h"

#include "audit/AuditLog.h"
#include "bundle/BundleCrypto.h"
#include "store/Database.h"
#include "store/StoreSupport.h"

#include <QObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QUrl>

namespace Switchboard {

using namespace Internal;

namespace {

const QString kColumns = QStringLiteral("id, name, url, public_key, created_at, deployed_version, deployed_state_hash, "
                                        "deployed_at, last_attempt_at, last_error, ca_certificates");

const char kAutoPushKey[] = "push.auto";
const char kBundleLifetimeKey[] = "push.bundle_lifetime_seconds";

RoutingService readRow(const Statement &s)
{
    RoutingService r;
    r.id = s.integer(0);
    r.name = s.text(1);
    r.url = s.text(2);
    r.publicKey = QByteArray::fromBase64(s.text(3).toLatin1());
    r.createdAt = parseTime(s.text(4));
    r.deployedVersion = s.isNull(5) ? 0 : s.integer(5);
    r.deployedStateHash = s.text(6);
    r.deployedAt = parseTime(s.text(7));
    r.lastAttemptAt = parseTime(s.text(8));
    r.lastError = s.text(9);
    r.caCertificates = s.text(10).toUtf8();
    return r;
}

} // namespace

Result<QString> RoutingServiceStore::checkedUrl(const QString &url) const
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))
        || parsed.host().isEmpty())
        return makeError(QObject::tr("routing service URL %1: expected http(s)://host[:port]").arg(url));
    // QUrl takes a port of 2^64 + 1 as 1: read the digits as written.
    static const QRegularExpression authority(QStringLiteral("^[A-Za-z]+://(?:[^@/]*@)?(?:\\[[^\\]]*\\]|[^:/?#]*)(?::([^/?#]*))?"));
    if (const auto m = authority.match(url); m.hasCaptured(1)) {
        const QString port = m.captured(1);
        bool ok = false;
        const int number = port.size() <= 5 ? port.toInt(&ok) : 0;
        if (!ok || number < 1 || number > 65535 || !port.at(0).isDigit())
            return makeError(QObject::tr("routing service URL %1: the port \"%2\" is not a number from 1 to 65535").arg(url, port));
    }
    QString base = url;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

Status RoutingServiceStore::validateCaCertificates(const QByteArray &pem)
{
    if (!pem.contains("-----BEGIN CERTIFICATE-----"))
        return makeError(QObject::tr("the CA file holds no PEM certificate (expected -----BEGIN CERTIFICATE----- blocks)"));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.size() != pem.count("-----BEGIN CERTIFICATE-----"))
        return makeError(QObject::tr("the CA file has a PEM certificate block that does not parse"));
    for (const QSslCertificate &c : certificates) {
        if (c.isNull())
            return makeError(QObject::tr("the CA file has a PEM certificate block that does not parse"));
        if (c.expiryDate() < QDateTime::currentDateTimeUtc())
            return makeError(QObject::tr("the CA certificate %1 expired on %2")
                                 .arg(c.subjectDisplayName(), c.expiryDate().toString(Qt::ISODate)));
    }
    return {};
}

Result<RoutingServiceStore::Registration> RoutingServiceStore::checkedRegistration(const QString &url,
                                                                                 const QString &publicKeyBase64,
                                                                                 const QByteArray &caPem) const
{
    auto base = checkedUrl(url);
    if (!base)
        return base;
    auto key = BundleCrypto::decodeKey(publicKeyBase64, 32, QObject::tr("the routing service's public key"));
    if (!key)
        return makeError(QObject::tr("%1 (switchboard-router keygen prints it)").arg(key.error()));
    if (!caPem.isEmpty()) {
        if (!base->startsWith(QLatin1String("https:")))
            return makeError(QObject::tr("a CA file only makes sense for an https:// URL"));
        if (auto st = validateCaCertificates(caPem); !st)
            return st;
    }
    return Registration{*base, *key};
}

Result<RoutingService> RoutingServiceStore::auditCommitAndFind(Database::Transaction &tx, const QString &action, const QString &name,
                                                               const Registration &registration, bool customCa) const
{
    if (auto st = AuditLog(m_db).record(action, QStringLiteral("router:%1").arg(name),
                                        {{QStringLiteral("url"), registration.url},
                                         {QStringLiteral("key"), BundleCrypto::fingerprint(registration.publicKey)},
                                         {QStringLiteral("custom_ca"), customCa}});
        !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;
    auto service = find(name);
    if (!service || !service->has_value())
        return makeError(QObject::tr("routing service %1 vanished while it was saved").arg(name));
    return **service;
}

Result<RoutingService> RoutingServiceStore::add(const QString &name, const QString &url, const QString &publicKeyBase64,
                                                const QByteArray &caPem) const
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    if (!validName.match(name).hasMatch())
        return makeError(QObject::tr("routing service name %1: use letters, digits, '.', '_' and '-'").arg(name));
    auto checked = checkedRegistration(url, publicKeyBase64, caPem);
    if (!checked)
        return checked;
    const QString &base = checked->url;
    const QByteArray &key = checked->publicKey;
    auto existing = find(name);
    if (!existing)
        return existing;
    if (existing->has_value())
        return makeError(QObject::tr("a routing service named %1 is registered already").arg(name));
    auto tx = m_db.transaction();
    auto stmt = m_db.prepare(QStringLiteral("INSERT INTO routing_services(name, url, public_key, created_at, ca_certificates) "
                                            "VALUES(?,?,?,?,?)"));
    if (!stmt)
        return stmt;
    if (auto st = stmt->bind(1, name).bind(2, base).bind(3, QString::fromLatin1(key.toBase64())).bind(4, nowUtc())
                      .bind(5, caPem.isEmpty() ? QStringLiteral("") : QString::fromUtf8(caPem)).run();
        !st)
        return st;
    return auditCommitAndFind(tx, QStringLiteral("router.add"), name, *checked, !caPem.isEmpty());
}

Result<RoutingService> RoutingServiceStore::update(const QString &name, const QString &url, const QString &publicKeyBase64,
                                                   const QByteArray &caPem) const
{
    auto checked = checkedRegistration(url, publicKeyBase64, caPem);
    if (!checked)
        return checked;
    const QString &base = checked->url;
    const QByteArray &key = checked->publicKey;
    auto tx = m_db.transaction();
    auto stmt = m_db.prepare(QStringLiteral("UPDATE routing_services SET url = ?, public_key = ?, ca_certificates = ? WHERE name = ?"));
    if (!stmt)
        return stmt;
    if (auto st = stmt->bind(1, base).bind(2, QString::fromLatin1(key.toBase64())).bind(3, caPem.isEmpty() ? QStringLiteral("") : QString::fromUtf8(caPem))
                      .bind(4, name).run();
        !st)
        return st;
    if (m_db.changes() == 0)
        return makeError(QObject::tr("no routing service named %1").arg(name));
    return auditCommitAndFind(tx, QStringLiteral("router.update"), name, *checked, !caPem.isEmpty());
}

bool RoutingServiceStore::autoPush(const Database &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!stmt)
        return false;
    stmt->bind(1, QString::fromLatin1(kAutoPushKey));
    auto row = stmt->next();
    return row && *row && stmt->text(0) == QLatin1String("on");
}

Status RoutingServiceStore::setAutoPush(const Database &db, bool on)
{
    auto tx = db.transaction();
    auto stmt = db.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!stmt)
        return stmt;
    if (auto st = stmt->bind(1, QString::fromLatin1(kAutoPushKey)).bind(2, on ? QStringLiteral("on") : QStringLiteral("off")).run(); !st)
        return st;
    if (auto st = AuditLog(db).record(QStringLiteral("settings.auto_push"), QStringLiteral("settings:auto_push"),
                                      {{QStringLiteral("on"), on}});
        !st)
        return st;
    return tx.commit();
}

qint64 RoutingServiceStore::bundleLifetimeSeconds(const Database &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!stmt)
        return BundlePayload::kDefaultLifetimeSeconds;
    stmt->bind(1, QString::fromLatin1(kBundleLifetimeKey));
    auto row = stmt->next();
    if (!row || !*row)
        return BundlePayload::kDefaultLifetimeSeconds;
    bool ok = false;
    const qint64 seconds = stmt->text(0).toLongLong(&ok);
    return ok && seconds >= kMinBundleLifetimeSeconds && seconds <= kMaxBundleLifetimeSeconds
        ? seconds
        : BundlePayload::kDefaultLifetimeSeconds;
}

Status RoutingServiceStore::setBundleLifetimeSeconds(const Database &db, qint64 seconds)
{
    if (seconds < kMinBundleLifetimeSeconds || seconds > kMaxBundleLifetimeSeconds)
        return makeError(QObject::tr("a bundle lifetime must be between 1 hour and 366 days"));
    auto tx = db.transaction();
    auto stmt = db.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!stmt)
        return makeError(stmt.error());
    if (auto st = stmt->bind(1, QString::fromLatin1(kBundleLifetimeKey)).bind(2, QString::number(seconds)).run(); !st)
        return st;
    if (auto st = AuditLog(db).record(QStringLiteral("settings.bundle_lifetime"), QStringLiteral("settings:bundle_lifetime"),
                                      {{QStringLiteral("seconds"), seconds}});
        !st)
        return st;
    return tx.commit();
}

Status RoutingServiceStore::remove(const QString &name) const
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM routing_services WHERE name = ?"));
    if (!stmt)
        return stmt;
    if (auto st = stmt->bind(1, name).run(); !st)
        return st;
    if (m_db.changes() == 0)
        return makeError(QObject::tr("no routing service named %1").arg(name));
    return AuditLog(m_db).record(QStringLiteral("router.remove"), QStringLiteral("router:%1").arg(name));
}

Result<QList<RoutingService>> RoutingServiceStore::list() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM routing_services ORDER BY name").arg(kColumns));
    if (!stmt)
        return stmt;
    QList<RoutingService> out;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) { out.append(readRow(s)); }); !st)
        return st;
    return out;
}

Result<std::optional<RoutingService>> RoutingServiceStore::find(const QString &name) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM routing_services WHERE name = ?").arg(kColumns));
    if (!stmt)
        return stmt;
    stmt->bind(1, name);
    auto row = stmt->next();
    if (!row)
        return row;
    if (!*row)
        return std::optional<RoutingService>();
    return std::optional<RoutingService>(readRow(*stmt));
}

Result<qint64> RoutingServiceStore::nextVersion(const QString &stateHash) const
{
    auto tx = m_db.transaction();
    auto stmt = m_db.prepare(QStringLiteral("SELECT MAX(COALESCE((SELECT MAX(version) FROM bundles), 0), "
                                            "COALESCE((SELECT MAX(deployed_version) FROM routing_services), 0))"));
    if (!stmt)
        return stmt;
    auto row = stmt->next();
    if (!row)
        return row;
    const qint64 version = stmt->integer(0) + 1;
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO bundles(version, state_hash, created_at, created_by) VALUES(?,?,?,?)"));
    if (!insert)
        return insert;
    if (auto st = insert->bind(1, version).bind(2, stateHash).bind(3, nowUtc()).bind(4, AuditLog::currentActor()).run(); !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;
    return version;
}

Status RoutingServiceStore::recordPush(const RoutingService &service, qint64 version, const QString &stateHash, bool ok,
                                       int httpStatus, int attempts, const QString &message) const
{
    auto tx = m_db.transaction();
    const QString at = nowUtc();
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO pushes(service_id, version, at, ok, http_status, attempts, message) "
                                              "VALUES(?,?,?,?,?,?,?)"));
    if (!insert)
        return insert;
    if (auto st = insert->bind(1, service.id).bind(2, version).bind(3, at).bind(4, ok).bind(5, httpStatus)
                      .bind(6, attempts).bind(7, nonNull(message)).run();
        !st)
        return st;
    auto update = ok ? m_db.prepare(QStringLiteral("UPDATE routing_services SET deployed_version = ?, deployed_state_hash = ?, "
                                                   "deployed_at = ?, last_attempt_at = ?, last_error = '' WHERE id = ?"))
                     : m_db.prepare(QStringLiteral("UPDATE routing_services SET last_attempt_at = ?, last_error = ? WHERE id = ?"));
    if (!update)
        return update;
    Status st = ok ? update->bind(1, version).bind(2, stateHash).bind(3, at).bind(4, at).bind(5, service.id).run()
                   : update->bind(1, at).bind(2, message).bind(3, service.id).run();
    if (!st)
        return st;
    st = AuditLog(m_db).record(ok ? QStringLiteral("router.push") : QStringLiteral("router.push_failed"),
                          QStringLiteral("router:%1").arg(service.name),
                          {{QStringLiteral("version"), version}, {QStringLiteral("http_status"), httpStatus},
                           {QStringLiteral("message"), message}});
    if (!st)
        return st;
    return tx.commit();
}

Result<QList<PushRecord>> RoutingServiceStore::history(const QString &service, int limit) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT s.name, p.version, p.at, p.ok, p.http_status, p.attempts, p.message "
                                            "FROM pushes p JOIN routing_services s ON s.id = p.service_id "
                                            "WHERE (?1 = '' OR s.name = ?1) ORDER BY p.id DESC LIMIT ?2"));
    if (!stmt)
        return stmt;
    stmt->bind(1, service).bind(2, limit);
    QList<PushRecord> out;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) {
            out.append(PushRecord{s.text(0), s.integer(1), parseTime(s.text(2)), s.integer(3) != 0, int(s.integer(4)),
                                  int(s.integer(5)), s.text(6)});
        });
        !st)
        return st;
    return out;
}

} // namespace Switchboard
