#include "vault/ClusterSecretStore.h"

#include "audit/AuditLog.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace Switchboard {

namespace {
const QString kKind = QStringLiteral("cluster");
}

Status ClusterSecretStore::set(const QString &cluster, const QMap<QString, QString> &secrets)
{
    QJsonObject values;
    QJsonArray names;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (!ClientConfig::isSecretProperty(it.key()))
            return makeError(QObject::tr("\"%1\" is not a secret property; set it on the cluster instead").arg(it.key()));
        if (auto st = ClientConfig::validateProperty(it.key(), it.value()); !st)
            return st;
        values.insert(it.key(), it.value());
        names.append(it.key());
    }
    SecretBytes sealedValue(QJsonDocument(values).toJson(QJsonDocument::Compact));
    auto tx = m_vault.database().transaction();
    if (auto st = m_vault.putSecret(kKind, cluster, sealedValue, QJsonDocument(names).toJson(QJsonDocument::Compact)); !st)
        return st;
    if (auto st = AuditLog(m_vault.database()).record(QStringLiteral("cluster.secrets.set"), QStringLiteral("cluster:") + cluster,
                                                      {{QStringLiteral("names"), names}});
        !st)
        return st;
    return tx.commit();
}

Status ClusterSecretStore::clear(const QString &cluster)
{
    auto tx = m_vault.database().transaction();
    if (auto st = m_vault.removeSecret(kKind, cluster); !st)
        return st;
    if (auto st = AuditLog(m_vault.database()).record(QStringLiteral("cluster.secrets.clear"), QStringLiteral("cluster:") + cluster); !st)
        return st;
    return tx.commit();
}

Result<QStringList> ClusterSecretStore::names(const QString &cluster) const
{
    auto data = m_vault.publicData(kKind, cluster);
    if (!data)
        return makeError(data.error());
    QStringList out;
    if (data->has_value()) {
        for (const QJsonValue &v : QJsonDocument::fromJson(**data).array())
            out.append(v.toString());
    }
    return out;
}

Status ClusterSecretStore::apply(const QString &cluster, ClientConfig &config) const
{
    auto value = m_vault.secret(kKind, cluster);
    if (!value)
        return makeError(value.error());
    if (!value->has_value())
        return {};
    const QJsonObject values = QJsonDocument::fromJson((*value)->bytes()).object();
    for (auto it = values.begin(); it != values.end(); ++it)
        config.secrets.insert(it.key(), it.value().toString());
    return {};
}

} // namespace Switchboard
