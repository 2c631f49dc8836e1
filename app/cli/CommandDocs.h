#pragma once

// Everything the command-line tool says about itself, generated from the command descriptions
// (Command.h): the top-level help, --help of each command and subcommand, the bash completion
// script and the man page.

#include <QString>

namespace Switchboard::Cli {

struct CommandSpec;

namespace CommandDocs {
QString overview();
// path: "grant" or "grant add".
QString help(const CommandSpec &command, const QString &path);
QString bashCompletion();
QString manPage();
} // namespace CommandDocs

} // namespace Switchboard::Cli
