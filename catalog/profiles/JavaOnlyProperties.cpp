#include "profiles/JavaOnlyProperties.h"

namespace Switchboard {

namespace {

// See the header for the source. Scope: 'P' producer, 'C' consumer, '*' both.
constexpr JavaOnlyProperty kJavaOnly[] = {
    // Producer configs
    {"buffer.memory", 'P', "long"},
    {"max.block.ms", 'P', "long"},
    {"max.request.size", 'P', "int"},
    {"key.serializer", 'P', "class"},
    {"value.serializer", 'P', "class"},
    {"partitioner.class", 'P', "class"},
    {"partitioner.ignore.keys", 'P', "boolean"},
    {"partitioner.adaptive.partitioning.enable", 'P', "boolean"},
    {"partitioner.availability.timeout.ms", 'P', "long"},
    {"metadata.max.idle.ms", 'P', "long"},
    // Consumer configs
    {"key.deserializer", 'C', "class"},
    {"value.deserializer", 'C', "class"},
    {"max.poll.records", 'C', "int"},
    {"fetch.max.wait.ms", 'C', "int"},   // librdkafka calls it fetch.wait.max.ms
    {"default.api.timeout.ms", 'C', "int"},
    {"exclude.internal.topics", 'C', "boolean"},
    // Common to both Java clients
    {"interceptor.classes", '*', "list"},
    {"retry.backoff.max.ms", '*', "long"},
    {"send.buffer.bytes", '*', "int"},      // librdkafka: socket.send.buffer.bytes
    {"receive.buffer.bytes", '*', "int"},   // librdkafka: socket.receive.buffer.bytes
    {"socket.connection.setup.timeout.max.ms", '*', "long"},
    {"client.dns.lookup", '*', "string"},
    {"metric.reporters", '*', "list"},
    {"metrics.num.samples", '*', "int"},
    {"metrics.sample.window.ms", '*', "long"},
    {"metrics.recording.level", '*', "string"},
    {"auto.include.jmx.reporter", '*', "boolean"},
    {"enable.metrics.push", '*', "boolean"},
};

} // namespace

std::optional<JavaOnlyProperty> JavaOnlyProperties::find(const QString &name)
{
    for (const JavaOnlyProperty &p : kJavaOnly) {
        if (name == QLatin1String(p.name))
            return p;
    }
    return std::nullopt;
}

QList<JavaOnlyProperty> JavaOnlyProperties::all()
{
    return QList<JavaOnlyProperty>(std::begin(kJavaOnly), std::end(kJavaOnly));
}

} // namespace Switchboard
