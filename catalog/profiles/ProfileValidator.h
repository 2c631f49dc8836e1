#pragma once

// Checks a profile's properties the way the clients will: every name and value goes through
// librdkafka's own configuration parser (ClientConfig::validateProperty), so an unknown name or a
// bad value is refused with the property named and librdkafka's reason.
//
// Two kinds of warning, never errors:
//  - a property only the Java client knows (JavaOnlyProperties.h, with its source) is accepted
//    as given, since librdkafka cannot check it; librdkafka-based snippets leave it out;
//  - a producer property in a consumer profile, or the reverse. Which is which comes from
//    librdkafka's own property table (rd_kafka_conf_properties_show, the source of
//    CONFIGURATION.md's C/P column), so it always matches the linked library.
//
// It also turns text (from the CLI or an editor) into a typed value: librdkafka's type for the
// property decides (integer/float -> number, boolean -> bool, the rest -> string), with the few
// properties that Java types differently kept as strings (acks).

#include "profiles/Profile.h"

#include <QList>
#include <QString>

namespace Switchboard {

struct ProfileIssue {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString property;   // empty: about the profile as a whole
    QString message;    // readable, names the property

    bool isError() const { return severity == Severity::Error; }
};

class ProfileValidator {
public:
    // The profile's name, role and every property. Errors first, then warnings.
    static QList<ProfileIssue> validate(const Profile &profile);
    // One property for a profile of the given role.
    static QList<ProfileIssue> validateProperty(ProfileRole role, const QString &name, const QJsonValue &value);
    static bool hasErrors(const QList<ProfileIssue> &issues);
    // "property: message; ..." of the errors only, for a Status.
    static QString errorSummary(const QList<ProfileIssue> &issues);

    static bool isValidName(const QString &name);

    // Text to a typed value for this property (see above). Unknown properties stay strings.
    static QJsonValue typedValue(const QString &name, const QString &text);

    // What librdkafka says about a property: its scope ('P' producer, 'C' consumer, '*' both)
    // and type ("integer", "boolean", "float", "string", "enum value", ...). Empty if unknown.
    struct PropertyInfo {
        QChar scope;
        QString type;
        QString range;
    };
    static std::optional<PropertyInfo> librdkafkaInfo(const QString &name);
};

} // namespace Switchboard
