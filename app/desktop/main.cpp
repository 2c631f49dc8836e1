// switchboard: the desktop app. --help and --version work without a display; everything
// else opens the main window on the catalog (the embedded default unless --catalog is given).
// --demo opens straight into the demo (cluster, team, routing service), on a throwaway catalog
// unless --catalog is given.

#include "EmbeddedRouter.h"
#include "common/ManPage.h"
#include "common/OpenSslAtExit.h"
#include "core/Version.h"
#include "main/AppSettings.h"
#include "main/Appearance.h"
#include "main/MainWindow.h"
#include "main/Translations.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Switchboard;

int main(int argc, char *argv[])
{
    Switchboard::skipOpenSslCleanupAtExit();
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
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QStringLiteral("Opens straight into the demo: a Kafka cluster, a team's applications, channels and requests, and a "
                       "routing service, all inside the app. Without --catalog, on a throwaway catalog removed at exit."));
    parser.addOption(demoOption);
    const QCommandLineOption manOption(QStringLiteral("man"), QStringLiteral("Prints the manual page (roff) and exits."));
    parser.addOption(manOption);
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "switchboard: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(manOption)) {
        // From the options --help prints: the two cannot drift apart.
        ManPage::Page page;
        page.name = QStringLiteral("switchboard");
        page.summary = QStringLiteral("the desktop self-service catalog portal for Apache Kafka");
        page.version = QString::fromLatin1(kVersion);
        page.synopsis = {QStringLiteral("[--catalog FILE] [--demo]"), QStringLiteral("--help | --version | --man")};
        page.sections = {
            {QStringLiteral("DESCRIPTION"),
             QStringLiteral("Crawls the Kafka clusters a platform team registers into a local catalog, lets engineers browse, "
                            "search and curate topics, request and approve access to channels, and export client "
                            "configuration. Opens the catalog given with --catalog, $SWITCHBOARD_CATALOG or the default."),
             {},
             {}},
            {QStringLiteral("OPTIONS"), {}, ManPage::optionsFromHelpText(parser.helpText()), {}},
            {QStringLiteral("SEE ALSO"), QStringLiteral("switchboard-cli(1), switchboard-router(1)"), {}, {}},
        };
        QTextStream(stdout) << ManPage::render(page);
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

    // The demo's routing service runs in this process (app/router as a library).
    Router::EmbeddedRouter::registerAsDemoService();

    const bool demo = parser.isSet(demoOption);
    // The demo never touches the user's own catalog unless they name one.
    QTemporaryDir throwaway;
    const bool throwawayCatalog = demo && !parser.isSet(catalogOption);
    if (throwawayCatalog && !throwaway.isValid()) {
        QMessageBox::critical(nullptr, QObject::tr("Switchboard"),
                              QObject::tr("Cannot make a folder for the demo catalog: %1").arg(throwaway.errorString()));
        return 1;
    }
    const QString path = throwawayCatalog ? throwaway.filePath(QStringLiteral("demo.sqlite"))
        : parser.isSet(catalogOption)     ? parser.value(catalogOption)
                                          : qEnvironmentVariable("SWITCHBOARD_CATALOG", Database::defaultPath());
    auto catalog = Database::open(path);
    if (!catalog) {
        QMessageBox::critical(nullptr, QObject::tr("Switchboard"), catalog.error());
        return 1;
    }
    MainWindow window(std::move(catalog.value()));
    if (throwawayCatalog) {
        // A throwaway catalog's vault: a random passphrase that lives only in this process, so
        // the demo's credentials, tokens and push work without asking anything.
        const SecretBytes passphrase(Vault::randomBytes(24).toBase64());
        if (auto st = window.vault().initialize(passphrase); !st) {
            QMessageBox::critical(nullptr, QObject::tr("Switchboard"), st.error());
            return 1;
        }
    }
    window.show();
    if (demo)
        window.openDemo();
    return app.exec();
}
