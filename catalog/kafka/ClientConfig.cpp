#include "kafka/ClientConfig.h"

#include <QObject>
#include <QRegularExpression>

#include <librdkafka/rdkafka.h>

namespace Switchboard {

Status ClientConfig::validateBootstrap(const QString &bootstrap)
{
    const QString trimmed = bootstrap.trimmed();
    if (trimmed.isEmpty())
        return makeError(QObject::tr("The bootstrap server list is empty; give host:port, e.g. broker1:9092"));
    // host: a DNS name or IPv4 address, or an IPv6 address in brackets; port 1..65535.
    static const QRegularExpression entry(QStringLiteral(
        "^(?:[A-Za-z][A-Za-z0-9+.-]*://)?(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?):(\\d{1,5})$"));
    for (const QString &raw : trimmed.split(QLatin1Char(','))) {
        const QString server = raw.trimmed();
        const auto match = entry.match(server);
        if (!match.hasMatch()) {
            return makeError(QObject::tr("\"%1\" is not a valid bootstrap server; expected host:port")
                                 .arg(server.isEmpty() ? QObject::tr("(empty entry)") : server));
        }
        const int port = match.captured(2).toInt();
        if (port < 1 || port > 65535)
            return makeError(QObject::tr("\"%1\": port %2 is out of range (1-65535)").arg(server).arg(port));
    }
    return {};
}

bool ClientConfig::isReserved(const QString &name)
{
    return name == QLatin1String("bootstrap.servers") || name == QLatin1String("metadata.broker.list");
}

bool ClientConfig::isSecretProperty(const QString &name)
{
    return name.contains(QLatin1String("password")) || name.contains(QLatin1String("secret"))
        || name == QLatin1String("ssl.key.pem") || name == QLatin1String("sasl.oauthbearer.config")
        || name == QLatin1String("ssl_key") || name.endsWith(QLatin1String(".key.pem"));
}

Status ClientConfig::validateProperty(const QString &name, const QString &value)
{
    if (name.trimmed().isEmpty())
        return makeError(QObject::tr("A property name is empty"));
    if (isReserved(name))
        return makeError(QObject::tr("\"%1\" is set from the bootstrap server list, not as a property").arg(name));
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char errstr[512];
    const rd_kafka_conf_res_t res = rd_kafka_conf_set(conf, name.toUtf8().constData(),
                                                      value.toUtf8().constData(), errstr, sizeof errstr);
    rd_kafka_conf_destroy(conf);
    if (res == RD_KAFKA_CONF_UNKNOWN)
        return makeError(QObject::tr("\"%1\" is not a Kafka client property librdkafka knows").arg(name));
    if (res != RD_KAFKA_CONF_OK) {
        // librdkafka's message may quote the value; a secret's value must not reach the user.
        const QString reason = isSecretProperty(name) ? QObject::tr("invalid value")
                                                      : QString::fromUtf8(errstr);
        return makeError(QObject::tr("Property \"%1\": %2").arg(name, reason));
    }
    return {};
}

Result<rd_kafka_conf_t *> ClientConfig::build() const
{
    if (auto st = validateBootstrap(bootstrapServers); !st)
        return makeError(st.error());
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char errstr[512];
    auto set = [&](const QString &name, const QString &value, bool secret) -> Status {
        if (rd_kafka_conf_set(conf, name.toUtf8().constData(), value.toUtf8().constData(), errstr,
                              sizeof errstr) != RD_KAFKA_CONF_OK) {
            return makeError(QObject::tr("Property \"%1\": %2")
                                 .arg(name, secret ? QObject::tr("invalid value") : QString::fromUtf8(errstr)));
        }
        return {};
    };
    Status st = set(QStringLiteral("bootstrap.servers"), bootstrapServers.trimmed(), false);
    for (auto it = properties.cbegin(); st && it != properties.cend(); ++it) {
        if (isReserved(it.key()))
            st = makeError(QObject::tr("\"%1\" is set from the bootstrap server list, not as a property").arg(it.key()));
        else
            st = set(it.key(), it.value(), isSecretProperty(it.key()));
    }
    for (auto it = secrets.cbegin(); st && it != secrets.cend(); ++it)
        st = set(it.key(), it.value(), true);
    if (!st) {
        rd_kafka_conf_destroy(conf);
        return makeError(st.error());
    }
    return conf;
}

} // namespace Switchboard
