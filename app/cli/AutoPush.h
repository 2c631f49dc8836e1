#pragma once

// The automatic push of the command-line tool: when the catalog's "push automatically" setting
// is on, a command that changed the catalog so that registered routing services no longer hold
// the current state pushes to those services before it exits.

#include <QString>

namespace Switchboard::Cli {

class Context;

// Runs after every command; acts only if the command wrote to the catalog. Never changes the
// command's exit status: a locked vault or a failed push is reported on stderr as pending, the
// main action stands.
void autoPushAfterCommand(Context &ctx, const QString &command);

} // namespace Switchboard::Cli
