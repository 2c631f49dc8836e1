#pragma once

// Kafka client properties that only the Java client (org.apache.kafka:kafka-clients) knows:
// librdkafka refuses them as unknown, so a profile may carry them only with a warning, and the
// librdkafka-based snippets (kcat, Python, Go, Node.js, .NET) leave them out.
//
// Source: the Apache Kafka 3.9 documentation, "Producer Configs" and "Consumer Configs"
// (https://kafka.apache.org/39/documentation/#producerconfigs and #consumerconfigs),
// cross-checked against librdkafka 2.0.2's CONFIGURATION.md: every name listed here is one
// librdkafka does not know (tst_profiles asserts that against the linked library).

#include "profiles/Profile.h"

#include <QString>

#include <optional>

namespace Switchboard {

struct JavaOnlyProperty {
    const char *name;
    // Which Java client reads it: 'P' producer, 'C' consumer, '*' both.
    char scope;
    // The Java ConfigDef type, which decides the JSON type of the value: "int", "long",
    // "boolean", "string", "class", "list".
    const char *javaType;
};

class JavaOnlyProperties {
public:
    static std::optional<JavaOnlyProperty> find(const QString &name);
    static QList<JavaOnlyProperty> all();
};

} // namespace Switchboard
