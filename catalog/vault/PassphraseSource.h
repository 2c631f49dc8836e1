#pragma once

// Where a headless process (the CLI on a server, the routing service, CI, tests) gets the vault
// passphrase without a prompt. In order of preference:
//
//  1. A file descriptor: SWITCHBOARD_VAULT_PASSPHRASE_FD=N (or the CLI's --passphrase-fd N).
//     The first line read from fd N is the passphrase, e.g.
//         switchboard-cli vault status --passphrase-fd 3 3< /run/secrets/switchboard
//     Risk: whoever can read the file or the pipe's source learns the passphrase; keep the
//     file mode 0600 and on tmpfs. It does not show in the environment or the process list.
//  2. An environment variable: SWITCHBOARD_VAULT_PASSPHRASE.
//     Risk: the environment is readable by processes of the same user (/proc/<pid>/environ),
//     is inherited by every child process, and often ends up in shell history, CI logs or
//     crash reports. Use it for tests and throw-away catalogs; prefer the file descriptor.
//
// Neither source is ever written anywhere by Switchboard.

#include "core/Result.h"
#include "vault/SecretBytes.h"

#include <optional>

namespace Switchboard {

class PassphraseSource {
public:
    // The first line of the file descriptor (without the line end). Reads at most 4 KiB.
    static Result<SecretBytes> readFromFd(int fd);
    // From SWITCHBOARD_VAULT_PASSPHRASE_FD, else SWITCHBOARD_VAULT_PASSPHRASE; nothing if neither
    // is set; an error if the descriptor cannot be read.
    static Result<std::optional<SecretBytes>> fromEnvironment();
};

} // namespace Switchboard
