#pragma once

// Turns a SnippetInput into ready-to-use client configuration, one format at a time. Each
// output is meant to work as given (tests feed them to kcat, Python's confluent-kafka, the Java
// client, gofmt and node --check):
//  - librdkafka-based formats (kcat file, Python, Go, Node.js, .NET) leave out properties only
//    the Java client knows; the Java formats add String (de)serializers, which Java requires;
//  - credentials: librdkafka's sasl.username/sasl.password, Java's sasl.jaas.config;
//  - without reveal, the secret is redacted: file formats carry a "<redacted>" placeholder,
//    code formats and Spring read the environment variable KAFKA_SASL_PASSWORD instead.
//  - values keep their type where the language has one (Python/Go/Node numbers and booleans).

#include "snippets/SnippetInput.h"

#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

class SnippetRenderer {
public:
    static QList<SnippetFormat> formats();
    // Stable ids for the CLI: java, spring, librdkafka, python, go, node, dotnet, service-locator,
    // java-service-locator.
    static QString id(SnippetFormat format);
    // Accepts the ids and a few aliases (properties, yaml, kcat, py, golang, nodejs, js, csharp, net).
    static std::optional<SnippetFormat> fromId(const QString &id);
    static QString title(SnippetFormat format);        // "Java (properties)"
    static QString fileName(SnippetFormat format, const QString &application);
    static QString redactedPlaceholder() { return QStringLiteral("<redacted>"); }
    static QString passwordEnvVar() { return QStringLiteral("KAFKA_SASL_PASSWORD"); }

    static QString render(SnippetFormat format, const SnippetInput &input);

    // The librdkafka properties (connection, credentials, group, profile minus Java-only) with
    // the password as given (redacted unless revealed), in the order the snippets print them.
    static QList<QPair<QString, QJsonValue>> librdkafkaProperties(const SnippetInput &input, const QString &password);
};

} // namespace Switchboard
