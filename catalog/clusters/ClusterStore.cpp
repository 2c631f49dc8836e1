#include "clusters/ClusterStore.h"

#include "audit/AuditLog.h"
#include "store/Database.h"
#include "store/StoreSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Switchboard {

using namespace Internal;

namespace {

QString toJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> fromJson(const QString &json)
{
    QMap<QString, QString> map;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

} // namespace

Status ClusterStore::validate(const Cluster &cluster)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    if (!name.match(cluster.name).hasMatch()) {
        return makeError(QObject::tr("\"%1\" is not a valid cluster name: use letters, digits, '.', '_' and '-', "
                                     "starting with a letter or digit").arg(cluster.name));
    }
    if (!name.match(cluster.environment).hasMatch())
        return makeError(QObject::tr("\"%1\" is not a valid environment name").arg(cluster.environment));
    if (auto st = ClientConfig::validateBootstrap(cluster.bootstrapServers); !st)
        return st;
    for (auto it = cluster.properties.cbegin(); it != cluster.properties.cend(); ++it) {
        if (ClientConfig::isSecretProperty(it.key())) {
            return makeError(QObject::tr("\"%1\" is a secret: store it in the vault, not as a cluster property")
                                 .arg(it.key()));
        }
        if (auto st = ClientConfig::validateProperty(it.key(), it.value()); !st)
            return st;
    }
    return {};
}

Result<Cluster> ClusterStore::add(Cluster cluster) const
{
    if (auto st = validate(cluster); !st)
        return makeError(st.error());
    auto existing = find(cluster.name);
    if (!existing)
        return makeError(existing.error());
    if (existing->has_value())
        return makeError(QObject::tr("A cluster named \"%1\" is already registered").arg(cluster.name));

    auto tx = m_db.transaction();
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO clusters(name, environment, bootstrap_servers, labels, properties, kind, created_at, updated_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return makeError(stmt.error());
    const QString at = nowUtc();
    stmt->bind(1, cluster.name).bind(2, cluster.environment).bind(3, cluster.bootstrapServers.trimmed())
        .bind(4, toJson(cluster.labels)).bind(5, toJson(cluster.properties)).bind(6, cluster.kind)
        .bind(7, at).bind(8, at);
    if (auto st = stmt->run(); !st)
        return makeError(st.error());
    cluster.id = m_db.lastInsertId();
    cluster.createdAt = cluster.updatedAt = parseTime(at);
    if (auto st = AuditLog(m_db).record(QStringLiteral("cluster.add"), QStringLiteral("cluster:") + cluster.name,
                                        {{QStringLiteral("bootstrap"), cluster.bootstrapServers},
                                         {QStringLiteral("environment"), cluster.environment}});
        !st)
        return makeError(st.error());
    if (auto st = tx.commit(); !st)
        return makeError(st.error());
    return cluster;
}

Status ClusterStore::update(const Cluster &cluster) const
{
    if (auto st = validate(cluster); !st)
        return st;
    auto tx = m_db.transaction();
    auto stmt = m_db.prepare(QStringLiteral(
        "UPDATE clusters SET name = ?, environment = ?, bootstrap_servers = ?, labels = ?, properties = ?, "
        "updated_at = ? WHERE id = ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, cluster.name).bind(2, cluster.environment).bind(3, cluster.bootstrapServers.trimmed())
        .bind(4, toJson(cluster.labels)).bind(5, toJson(cluster.properties)).bind(6, nowUtc()).bind(7, cluster.id);
    if (auto st = stmt->run(); !st) {
        if (st.error().contains(QLatin1String("UNIQUE")))
            return makeError(QObject::tr("A cluster named \"%1\" is already registered").arg(cluster.name));
        return st;
    }
    if (m_db.changes() == 0)
        return makeError(QObject::tr("No cluster with id %1").arg(cluster.id));
    if (auto st = AuditLog(m_db).record(QStringLiteral("cluster.update"), QStringLiteral("cluster:") + cluster.name,
                                        {{QStringLiteral("bootstrap"), cluster.bootstrapServers},
                                         {QStringLiteral("environment"), cluster.environment}});
        !st)
        return st;
    return tx.commit();
}

Status ClusterStore::remove(const QString &name) const
{
    auto tx = m_db.transaction();
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM clusters WHERE name = ?"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, name);
    if (auto st = stmt->run(); !st)
        return st;
    if (m_db.changes() == 0)
        return makeError(QObject::tr("No cluster named \"%1\"").arg(name));
    if (auto st = AuditLog(m_db).record(QStringLiteral("cluster.remove"), QStringLiteral("cluster:") + name); !st)
        return st;
    return tx.commit();
}

Result<QList<Cluster>> ClusterStore::query(const QString &where, const QVariant &arg) const
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT id, name, environment, bootstrap_servers, labels, properties, kind, created_at, updated_at "
        "FROM clusters %1 ORDER BY environment, name").arg(where));
    if (!stmt)
        return makeError(stmt.error());
    if (arg.isValid())
        stmt->bind(1, arg);
    QList<Cluster> out;
    if (auto st = forEachRow(*stmt, [&](const Statement &s) {
            Cluster c;
            c.id = s.integer(0);
            c.name = s.text(1);
            c.environment = s.text(2);
            c.bootstrapServers = s.text(3);
            c.labels = fromJson(s.text(4));
            c.properties = fromJson(s.text(5));
            c.kind = s.text(6);
            c.createdAt = parseTime(s.text(7));
            c.updatedAt = parseTime(s.text(8));
            out.append(std::move(c));
        });
        !st)
        return st;
    return out;
}

Result<QList<Cluster>> ClusterStore::list() const { return query(QString(), QVariant()); }

Result<std::optional<Cluster>> ClusterStore::find(const QString &name) const
{
    auto rows = query(QStringLiteral("WHERE name = ?"), name);
    if (!rows)
        return makeError(rows.error());
    return rows->isEmpty() ? std::optional<Cluster>() : std::optional<Cluster>(rows->first());
}

Result<std::optional<Cluster>> ClusterStore::findById(qint64 id) const
{
    auto rows = query(QStringLiteral("WHERE id = ?"), id);
    if (!rows)
        return makeError(rows.error());
    return rows->isEmpty() ? std::optional<Cluster>() : std::optional<Cluster>(rows->first());
}

} // namespace Switchboard
