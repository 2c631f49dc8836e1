#include "profiles/ProfileValidator.h"

#include "kafka/ClientConfig.h"
#include "profiles/JavaOnlyProperties.h"

#include <QHash>
#include <QObject>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>

#include <librdkafka/rdkafka.h>

namespace Switchboard {

namespace {

// librdkafka's own property table (the text CONFIGURATION.md is generated from), parsed once:
// "name | C/P | range | default | importance | description ... *Type: integer*".
// The global table comes first; a name that also appears in the topic table keeps its global row.
const QHash<QString, ProfileValidator::PropertyInfo> &propertyTable()
{
    static const QHash<QString, ProfileValidator::PropertyInfo> table = [] {
        QHash<QString, ProfileValidator::PropertyInfo> out;
        char *buffer = nullptr;
        size_t size = 0;
        FILE *stream = open_memstream(&buffer, &size);
        if (!stream)
            return out;
        rd_kafka_conf_properties_show(stream);
        fclose(stream);
        const QString text = QString::fromUtf8(buffer, qsizetype(size));
        free(buffer);
        static const QRegularExpression typeRe(QStringLiteral("\\*Type: ([^*]+)\\*"));
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            const QStringList cols = line.split(QLatin1Char('|'));
            if (cols.size() < 6)
                continue;
            const QString name = cols.at(0).trimmed();
            const QString scope = cols.at(1).trimmed();
            if (name.isEmpty() || name == QLatin1String("Property") || name.startsWith(QLatin1Char('-'))
                || out.contains(name) || scope.size() != 1)
                continue;
            ProfileValidator::PropertyInfo info;
            info.scope = scope.at(0);
            info.range = cols.at(2).trimmed();
            const auto m = typeRe.match(line);
            info.type = m.hasMatch() ? m.captured(1).trimmed() : QString();
            out.insert(name, info);
        }
        return out;
    }();
    return table;
}

QChar scopeFor(ProfileRole role) { return role == ProfileRole::Producer ? QLatin1Char('P') : QLatin1Char('C'); }

ProfileIssue error(const QString &property, const QString &message)
{
    return ProfileIssue{ProfileIssue::Severity::Error, property, message};
}
ProfileIssue warning(const QString &property, const QString &message)
{
    return ProfileIssue{ProfileIssue::Severity::Warning, property, message};
}

// Properties that Java's ConfigDef types as STRING although librdkafka parses an integer: a
// JSON number would make the Java client refuse the whole configuration.
bool javaTypesAsString(const QString &name)
{
    return name == QLatin1String("acks") || name == QLatin1String("request.required.acks");
}

} // namespace

std::optional<ProfileValidator::PropertyInfo> ProfileValidator::librdkafkaInfo(const QString &name)
{
    const auto &table = propertyTable();
    const auto it = table.constFind(name);
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

bool ProfileValidator::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]{0,63}$"));
    return re.match(name).hasMatch();
}

QJsonValue ProfileValidator::typedValue(const QString &name, const QString &text)
{
    const QString trimmed = text.trimmed();
    QString type;
    if (const auto java = JavaOnlyProperties::find(name)) {
        type = QString::fromLatin1(java->javaType);
        if (type == QLatin1String("int") || type == QLatin1String("long"))
            type = QStringLiteral("integer");
    } else if (const auto info = librdkafkaInfo(name)) {
        type = info->type;
    }
    if (javaTypesAsString(name))
        return trimmed;
    if (type == QLatin1String("boolean")) {
        if (trimmed.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (trimmed.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    } else if (type == QLatin1String("integer")) {
        bool ok = false;
        const qint64 n = trimmed.toLongLong(&ok);
        if (ok)
            return double(n);
    } else if (type == QLatin1String("float")) {
        bool ok = false;
        const double d = trimmed.toDouble(&ok);
        if (ok)
            return d;
    }
    return text;
}

QList<ProfileIssue> ProfileValidator::validateProperty(ProfileRole role, const QString &name, const QJsonValue &value)
{
    QList<ProfileIssue> issues;
    if (name.trimmed().isEmpty()) {
        issues.append(error(name, QObject::tr("A property name is empty")));
        return issues;
    }
    if (!value.isBool() && !value.isDouble() && !value.isString()) {
        issues.append(error(name, QObject::tr("Property \"%1\": the value must be a number, a boolean or a string").arg(name)));
        return issues;
    }
    if (ClientConfig::isSecretProperty(name)) {
        issues.append(error(name, QObject::tr("Property \"%1\" is a secret: it belongs in the vault, not in a profile").arg(name)));
        return issues;
    }
    if (name == QLatin1String("security.protocol") || name.startsWith(QLatin1String("sasl."))) {
        issues.append(error(name, QObject::tr("Property \"%1\" comes from the application's credentials, not from a profile").arg(name)));
        return issues;
    }
    if (const auto java = JavaOnlyProperties::find(name)) {
        issues.append(warning(name, QObject::tr("Property \"%1\" is known only to the Java client: librdkafka cannot check "
                                                "it, and librdkafka-based clients (Python, Go, Node.js, .NET, kcat) "
                                                "will not get it").arg(name)));
        const QChar scope = QLatin1Char(java->scope);
        if (scope != QLatin1Char('*') && scope != scopeFor(role)) {
            issues.append(warning(name, QObject::tr("Property \"%1\" is a %2 setting, but this is a %3 profile")
                                            .arg(name, scope == QLatin1Char('P') ? QObject::tr("producer") : QObject::tr("consumer"),
                                                 Profile::roleToString(role))));
        }
        return issues;
    }
    if (auto st = ClientConfig::validateProperty(name, Profile::valueToString(value)); !st) {
        issues.append(error(name, st.error()));
        return issues;
    }
    if (const auto info = librdkafkaInfo(name)) {
        if (info->scope != QLatin1Char('*') && info->scope != scopeFor(role)) {
            issues.append(warning(name, QObject::tr("Property \"%1\" is a %2 setting, but this is a %3 profile: "
                                                    "the client ignores it")
                                            .arg(name, info->scope == QLatin1Char('P') ? QObject::tr("producer") : QObject::tr("consumer"),
                                                 Profile::roleToString(role))));
        }
    }
    return issues;
}

QList<ProfileIssue> ProfileValidator::validate(const Profile &profile)
{
    QList<ProfileIssue> errors;
    QList<ProfileIssue> warnings;
    if (!isValidName(profile.name)) {
        errors.append(error({}, QObject::tr("\"%1\" is not a valid profile name: start with a letter; use letters, digits, "
                                            "'.', '_' and '-' (at most 64)").arg(profile.name)));
    }
    for (auto it = profile.properties.begin(); it != profile.properties.end(); ++it) {
        for (const ProfileIssue &issue : validateProperty(profile.role, it.key(), it.value()))
            (issue.isError() ? errors : warnings).append(issue);
    }
    for (auto it = profile.reasons.begin(); it != profile.reasons.end(); ++it) {
        if (!profile.properties.contains(it.key()))
            warnings.append(warning(it.key(), QObject::tr("A reason is given for \"%1\", which the profile does not set").arg(it.key())));
    }
    return errors + warnings;
}

bool ProfileValidator::hasErrors(const QList<ProfileIssue> &issues)
{
    return std::any_of(issues.begin(), issues.end(), [](const ProfileIssue &i) { return i.isError(); });
}

QString ProfileValidator::errorSummary(const QList<ProfileIssue> &issues)
{
    QStringList messages;
    for (const ProfileIssue &issue : issues) {
        if (issue.isError())
            messages.append(issue.message);
    }
    return messages.join(QStringLiteral("; "));
}

} // namespace Switchboard
