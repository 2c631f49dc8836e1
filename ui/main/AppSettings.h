#pragma once

// The desktop's own preferences (QSettings, per user): the role that decides which views lead
// (the channels and requests views read role() too), the language, automatic crawling, and
// the colour scheme. The window layout is stored by MainWindow under "window/".

#include <QString>

namespace Switchboard {

namespace AppSettings {

enum class Role { PlatformEngineer, Developer };
Role role();
void setRole(Role role);
// "platform" or "developer": the stored form, for other views that read the setting directly.
QString roleKey(Role role);

// "" follows the system locale; otherwise a language code such as "de" or "en".
QString language();
void setLanguage(const QString &code);

// Minutes between automatic crawls of every cluster; 0 switches them off.
int autoCrawlMinutes();
void setAutoCrawlMinutes(int minutes);

// "system", "light" or "dark".
QString colorScheme();
void setColorScheme(const QString &scheme);

} // namespace AppSettings

} // namespace Switchboard
