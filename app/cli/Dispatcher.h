#pragma once

// The one place that turns a command line into a command run: global options, the command and
// subcommand, the parser built from the command's description, --help, argument counts, typed
// values (numbers, durations, descriptors, choices), the catalog, the automatic push after.

#include <QStringList>

namespace Switchboard::Cli {

struct CommandSpec;

class Dispatcher {
public:
    // arguments: without the program name. Returns the exit status: 0 done, 1 refused or failed,
    // 2 no command at all.
    static int run(const QStringList &arguments);

private:
    static int runCommand(const CommandSpec &command, const QString &path, const QString &topName, const QStringList &args,
                          const QString &catalogPath);
};

} // namespace Switchboard::Cli
