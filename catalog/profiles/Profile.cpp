#include "profiles/Profile.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Switchboard {

QString Profile::roleToString(ProfileRole role)
{
    return role == ProfileRole::Producer ? QStringLiteral("producer") : QStringLiteral("consumer");
}

std::optional<ProfileRole> Profile::roleFromString(const QString &text)
{
    if (text.compare(QLatin1String("producer"), Qt::CaseInsensitive) == 0)
        return ProfileRole::Producer;
    if (text.compare(QLatin1String("consumer"), Qt::CaseInsensitive) == 0)
        return ProfileRole::Consumer;
    return std::nullopt;
}

QString Profile::valueToString(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Integers print without a decimal point: librdkafka's integer parser wants "5", not "5.0".
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    default:
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    }
}

QJsonObject Profile::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("role"), roleName()},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("properties"), properties},
                     {QStringLiteral("reasons"), reasons},
                     {QStringLiteral("builtin"), builtin},
                     {QStringLiteral("version"), version}};
    if (!copiedFrom.isEmpty())
        json.insert(QStringLiteral("copied_from"), copiedFrom);
    return json;
}

std::optional<Profile> Profile::fromJson(const QJsonObject &json)
{
    const auto role = roleFromString(json.value(QStringLiteral("role")).toString());
    if (!role || !json.value(QStringLiteral("name")).isString())
        return std::nullopt;
    Profile p;
    p.name = json.value(QStringLiteral("name")).toString();
    p.role = *role;
    p.description = json.value(QStringLiteral("description")).toString();
    p.properties = json.value(QStringLiteral("properties")).toObject();
    p.reasons = json.value(QStringLiteral("reasons")).toObject();
    p.builtin = json.value(QStringLiteral("builtin")).toBool();
    p.copiedFrom = json.value(QStringLiteral("copied_from")).toString();
    p.version = json.value(QStringLiteral("version")).toInt(1);
    return p;
}

} // namespace Switchboard
