#pragma once

// Shared by the vault, credential, token and snippet commands: reading secrets without putting
// them on the command line (where ps and shell history would show them), and unlocking the
// vault headlessly.

#include "Cli.h"
#include "vault/SecretBytes.h"

#include <QCommandLineParser>

#include <memory>

#include "acl/AclProvisioner.h"

namespace Switchboard {
class Vault;
}

namespace Switchboard::Cli {

// Reaches clusters as the crawler does, adding a cluster's secrets from the vault when it has
// some (unlocked on first need, with the parser's --passphrase-fd). Defined with the grant commands.
ClusterConnector cliConnector(Context &ctx, const QCommandLineParser &parser);

// Opens the catalog and the vault, unlocked with --passphrase-fd, the environment or the keychain.
Result<std::unique_ptr<Vault>> openUnlockedVault(Context &ctx, const QCommandLineParser &parser);

// A secret from, in order (options declared by the command): --<name>-fd N, --<name>-env VAR (the named variable), or a prompt on
// the terminal without echo (asked twice when confirm is set). Errors never contain the value.
Result<SecretBytes> readSecret(Context &ctx, const QCommandLineParser &parser, const QString &name,
                               const QString &prompt, bool confirm);
// A prompt on /dev/tty without echo.
Result<SecretBytes> promptSecret(const QString &prompt);


} // namespace Switchboard::Cli
