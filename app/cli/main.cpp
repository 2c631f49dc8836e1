// switchboard-cli: the command-line tool and automation interface of Switchboard.
// Global options come before the command: switchboard-cli [--catalog FILE] COMMAND ...
// The commands describe themselves (Command.h); the Dispatcher runs them.

#include "Dispatcher.h"
#include "common/OpenSslAtExit.h"
#include "core/Version.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    Switchboard::skipOpenSslCleanupAtExit();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Switchboard::kVersion));
    return Switchboard::Cli::Dispatcher::run(app.arguments().mid(1));
}
