#pragma once

// The app's translations, compiled into the binary as :/i18n/switchboard_<lang>.qm, plus Qt's
// own (qtbase_<lang>.qm from the system) for standard dialogs and buttons.

#include <QStringList>

namespace Switchboard::Translations {

// Languages the app ships: code -> native name.
QList<QPair<QString, QString>> available();
// Installs the translators for code ("" = the system locale). Returns the code in use.
QString install(const QString &code);

} // namespace Switchboard::Translations
