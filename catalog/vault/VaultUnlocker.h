#pragma once

// Unlocks a vault without a prompt, for the command-line tool and the routing service:
// the headless passphrase (PassphraseSource) if one is given, else the OS keychain (with its
// timeout), else an error that says how to provide the passphrase.

#include "core/Result.h"

namespace Switchboard {

class Vault;

class VaultUnlocker {
public:
    // passphraseFd >= 0 overrides the environment (the CLI's --passphrase-fd).
    static Status unlockHeadless(Vault &vault, int passphraseFd = -1);
};

} // namespace Switchboard
