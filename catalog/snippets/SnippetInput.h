#pragma once

// Everything a client config snippet says, resolved and plain: where to connect, as whom,
// with which profile, and which topics stand behind the application's channels. SnippetBuilder
// fills it from the catalog; SnippetRenderer turns it into text. Move-only because it may hold
// a revealed secret.

#include "profiles/Profile.h"
#include "vault/SecretBytes.h"

#include <QList>
#include <QString>

namespace Switchboard {

enum class SnippetFormat {
    JavaProperties,   // Java client (kafka-clients), a .properties file
    SpringBootYaml,   // Spring Boot with spring-kafka, application.yaml
    Librdkafka,       // librdkafka / kcat config file (kcat -F FILE)
    Python,           // confluent-kafka (Python)
    Go,               // confluent-kafka-go
    NodeJs,           // @confluentinc/kafka-javascript
    DotNet,           // Confluent.Kafka (.NET)
    ServiceLocator,   // the routing service's URL, token, profile and channels
    JavaServiceLocator, // the older header-based Java service-locator SDK (JavaServiceLocatorSnippet)
};

struct SnippetChannel {
    QString uri;     // the channel URI; empty when a topic was given directly
    QString key;     // the channel's key (last path segment), or the topic
    QString topic;   // the physical topic
};

struct SnippetInput {
    QString application;
    Profile profile;
    QString environment;
    QString clusterName;
    qint64 clusterId = 0;
    QString bootstrapServers;
    QString securityProtocol;   // SASL_SSL, SASL_PLAINTEXT
    QString saslMechanism;      // PLAIN, SCRAM-SHA-256, SCRAM-SHA-512
    QString username;
    int credentialVersion = 0;
    bool hasCredential = false;
    bool reveal = false;        // include the secret (and token) in clear
    SecretBytes secret;         // only when reveal
    QList<SnippetChannel> channels;
    QString consumerGroup;      // consumer profiles
    QString routingUrl;         // service-locator
    SecretBytes token;          // service-locator: only a token issued just now, with reveal

    SnippetInput() = default;
    SnippetInput(SnippetInput &&) = default;
    SnippetInput &operator=(SnippetInput &&) = default;
};

} // namespace Switchboard
