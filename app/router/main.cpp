// switchboard-router: the headless routing service that client SDKs ask for their bootstrap
// servers, topic, credentials and settings. Links the catalog library, never Qt Widgets.

#include "core/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-router"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Switchboard::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Switchboard's routing service: answers GET /servicegw for client SDKs from the routing\n"
        "bundle the portal pushes to it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve | keygen"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    QTextStream err(stderr);
    if (positional.isEmpty()) {
        err << parser.helpText();
        return 2;
    }
    err << "switchboard-router: unknown command \"" << positional.first() << "\" (see --help)\n";
    return 2;
}
