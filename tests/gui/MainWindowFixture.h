#pragma once

// What the GUI tests that drive the real main window share: settings in a test location (never
// the user's), the app's resources and English with its plural forms ("1 topic", "2 topics"),
// and a shown, exposed window on a catalog file.

#include "main/MainWindow.h"
#include "main/Resources.h"
#include "main/Translations.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace Switchboard::Test {

inline void prepareMainWindowTests(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
    QCoreApplication::setApplicationName(testName);
    initResources();
    Translations::install(QStringLiteral("en"));
}

inline std::unique_ptr<MainWindow> openMainWindow(const QString &catalogPath, const QSize &size)
{
    auto db = Database::open(catalogPath);
    if (!db)
        qFatal("cannot open the catalog: %s", qPrintable(db.error()));
    auto window = std::make_unique<MainWindow>(std::move(db.value()));
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

} // namespace Switchboard::Test
