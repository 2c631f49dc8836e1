// switchboard-cli: the command-line tool and automation interface of Switchboard.
// Global options come before the command: switchboard-cli [--catalog FILE] COMMAND ...

#include "AutoPush.h"
#include "Cli.h"
#include "core/Version.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Switchboard;

namespace {

void printUsage(QTextStream &out)
{
    out << "Usage: switchboard-cli [--catalog FILE] COMMAND [ARGS...]\n\n"
        << "Switchboard's command-line tool: register and crawl Kafka clusters, browse and curate\n"
        << "the catalog, manage channels, requests, profiles and routing services.\n\n"
        << "Options:\n"
        << "  --catalog FILE   the catalog file (default: " << Database::defaultPath() << ",\n"
        << "                   or $SWITCHBOARD_CATALOG)\n"
        << "  -h, --help       show this help\n"
        << "  -v, --version    show the version\n\n"
        << "Commands:\n";
    auto commands = Cli::commands();
    std::sort(commands.begin(), commands.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    for (const Cli::Command &c : commands)
        out << "  " << c.synopsis << "\n      " << c.summary << "\n";
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    QStringList args = app.arguments().mid(1);
    QString catalogPath = qEnvironmentVariable("SWITCHBOARD_CATALOG", Database::defaultPath());
    Cli::Context probe(catalogPath);

    // Global options end at the first word that is not one.
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("-h") || option == QLatin1String("--help")) {
            printUsage(probe.out());
            return 0;
        }
        if (option == QLatin1String("-v") || option == QLatin1String("--version")) {
            probe.out() << "switchboard-cli " << kVersion << Qt::endl;
            return 0;
        }
        if (option == QLatin1String("--catalog") || option.startsWith(QLatin1String("--catalog="))) {
            if (option.contains(QLatin1Char('='))) {
                catalogPath = option.section(QLatin1Char('='), 1);
            } else if (args.isEmpty()) {
                return probe.fail(QObject::tr("--catalog needs a file name"));
            } else {
                catalogPath = args.takeFirst();
            }
            continue;
        }
        return probe.fail(QObject::tr("unknown option %1 (see --help)").arg(option));
    }
    if (args.isEmpty()) {
        printUsage(probe.err());
        return 2;
    }

    const QString name = args.takeFirst();
    for (const Cli::Command &command : Cli::commands()) {
        if (command.name == name) {
            Cli::Context context(catalogPath);
            const int status = command.run(context, args);
            // Also after a failure: a command may have changed the catalog before it failed
            // (a re-binding whose ACLs could not follow); the hook pushes only what changed.
            Cli::autoPushAfterCommand(context, name);
            return status;
        }
    }
    return probe.fail(QObject::tr("unknown command \"%1\" (see --help)").arg(name));
}
