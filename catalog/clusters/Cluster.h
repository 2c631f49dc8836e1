#pragma once

// A Kafka cluster registered in the catalog: where it is and how the crawler connects.
// Secret connection properties (passwords) never live here; they come from the vault.

#include "kafka/ClientConfig.h"

#include <QDateTime>
#include <QMap>
#include <QString>

namespace Switchboard {

struct Cluster {
    qint64 id = 0;
    QString name;
    QString environment = QStringLiteral("dev");
    QString bootstrapServers;
    QMap<QString, QString> labels;
    QMap<QString, QString> properties;   // non-secret librdkafka properties for the crawler
    QString kind = QStringLiteral("kafka");   // "kafka", or "demo" for the in-process mock cluster
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isDemo() const { return kind == QLatin1String("demo"); }
    // The crawler's connection settings, without secrets.
    ClientConfig clientConfig() const { return ClientConfig{bootstrapServers, properties, {}}; }
};

} // namespace Switchboard
