#include "main/AppSettings.h"

#include <QSettings>

namespace Switchboard::AppSettings {

QString roleKey(Role role)
{
    return role == Role::Developer ? QStringLiteral("developer") : QStringLiteral("platform");
}

Role role()
{
    return QSettings().value(QStringLiteral("role")).toString() == QLatin1String("developer") ? Role::Developer
                                                                                              : Role::PlatformEngineer;
}

void setRole(Role role)
{
    QSettings().setValue(QStringLiteral("role"), roleKey(role));
}

QString language()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
}

int autoCrawlMinutes()
{
    return qBound(0, QSettings().value(QStringLiteral("crawl/autoMinutes"), 0).toInt(), 24 * 60);
}

void setAutoCrawlMinutes(int minutes)
{
    QSettings().setValue(QStringLiteral("crawl/autoMinutes"), qBound(0, minutes, 24 * 60));
}

QString colorScheme()
{
    const QString s = QSettings().value(QStringLiteral("colorScheme"), QStringLiteral("system")).toString();
    return s == QLatin1String("light") || s == QLatin1String("dark") ? s : QStringLiteral("system");
}

void setColorScheme(const QString &scheme)
{
    QSettings().setValue(QStringLiteral("colorScheme"), scheme);
}

} // namespace Switchboard::AppSettings
