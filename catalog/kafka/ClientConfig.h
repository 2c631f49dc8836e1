#pragma once

// Connection settings for a librdkafka client: the bootstrap list and client properties.
// Validation uses librdkafka's own configuration parser, so an unknown name or a bad value is
// refused with the property named and librdkafka's reason.

#include "core/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

typedef struct rd_kafka_conf_s rd_kafka_conf_t;

namespace Switchboard {

struct ClientConfig {
    QString bootstrapServers;
    QMap<QString, QString> properties;   // e.g. security.protocol, sasl.mechanisms, sasl.username
    QMap<QString, QString> secrets;      // e.g. sasl.password: applied, never printed

    // "host:port[,host:port...]"; hosts may be names, IPv4 or [IPv6].
    static Status validateBootstrap(const QString &bootstrap);
    // One property through librdkafka's parser.
    static Status validateProperty(const QString &name, const QString &value);
    // Properties a user may not set here because Switchboard owns them.
    static bool isReserved(const QString &name);
    // Names whose values are secret (passwords, keys): kept out of logs and plain files.
    static bool isSecretProperty(const QString &name);

    // A new librdkafka configuration; the caller owns it (rd_kafka_new takes it over).
    Result<rd_kafka_conf_t *> build() const;
};

} // namespace Switchboard
