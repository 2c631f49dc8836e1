#pragma once

// Light or dark, following the system. Qt 6.4's QStyleHints has no colorScheme(), so the
// system's choice is read from what the platform theme gives us: the lightness of its window
// colour, and (for desktops whose Qt platform theme does not pass it on) a "dark" GTK theme
// name or the freedesktop color-scheme hint in the environment. The user can override it.

#include <QPalette>
#include <QString>

class QApplication;

namespace Switchboard::Appearance {

bool systemPrefersDark();
QPalette darkPalette();
// Applies "system", "light" or "dark" to the application (palette and Fusion where needed).
void apply(const QString &scheme);
bool isDark();

} // namespace Switchboard::Appearance
