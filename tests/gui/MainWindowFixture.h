#pragma once

// What the GUI tests that drive the real main window share: settings in a test location (never
// the user's), the app's resources and English with its plural forms ("1 topic", "2 topics"),
// and a shown, exposed window on a catalog file. The GUI thread is guarded against catalog
// work (Database::guardThread); a test's own setup and checks on it say so with a
// Database::GuardedThreadAllowance (checkCatalog), so that the window's views stay watched.

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
    auto db = [&] {
        const Database::GuardedThreadAllowance opening;   // as the desktop's main() opens it
        return Database::open(catalogPath);
    }();
    if (!db)
        qFatal("cannot open the catalog: %s", qPrintable(db.error()));
    auto window = std::make_unique<MainWindow>(std::move(db.value()));
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

// A test's own use of the window's catalog (or its vault) on the GUI thread, allowed there (no event loop runs
// while it does, so no view can slip a query in under it).
template<typename F>
auto checkCatalog(MainWindow *window, F read)
{
    const Database::GuardedThreadAllowance testCheck;
    return read(window->catalog());
}

} // namespace Switchboard::Test
