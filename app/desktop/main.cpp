// switchboard: the desktop app. --help and --version work without a display; everything
// else opens the main window on the catalog (the embedded default unless --catalog is given).

#include "core/Version.h"
#include "main/AppSettings.h"
#include "main/Appearance.h"
#include "main/MainWindow.h"
#include "main/Translations.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

using namespace Switchboard;

int main(int argc, char *argv[])
{
    // Parse first, without a GUI application, so --help needs no display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Switchboard: a self-service catalog portal for Apache Kafka."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption catalogOption(QStringLiteral("catalog"),
        QStringLiteral("The catalog file (default: %1, or $SWITCHBOARD_CATALOG).").arg(Database::defaultPath()),
        QStringLiteral("FILE"));
    parser.addOption(catalogOption);
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "switchboard: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << "switchboard " << kVersion << "\n";
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("switchboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Switchboard"));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QApplication::setDesktopFileName(QStringLiteral("switchboard"));

    // The system's language unless the user picked one in the settings.
    Translations::install(AppSettings::language());
    Appearance::apply(AppSettings::colorScheme());

    const QString path = parser.isSet(catalogOption)
        ? parser.value(catalogOption)
        : qEnvironmentVariable("SWITCHBOARD_CATALOG", Database::defaultPath());
    auto catalog = Database::open(path);
    if (!catalog) {
        QMessageBox::critical(nullptr, QObject::tr("Switchboard"), catalog.error());
        return 1;
    }
    MainWindow window(std::move(catalog.value()));
    window.show();
    return app.exec();
}
