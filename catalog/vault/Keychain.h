#pragma once

// The OS keychain through QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows), used to keep a copy of the vault's data key.
//
// Robust by design, because on servers, in CI and in tests there usually is no keychain (no
// D-Bus session, no Secret Service): every call has a timeout, a missing or silent keychain is
// an error value (never a hang, never a crash), and callers fall back to the passphrase.
// SWITCHBOARD_VAULT_KEYCHAIN=0 turns the keychain off entirely (tests set it).
//
// The asynchronous calls are for the desktop app (no nested event loop; the callback runs on
// the context object's thread, and not at all if the context is gone). The blocking calls are
// for the command-line tool, which has no running event loop; they must not be used from a
// thread whose event loop is already running.

#include "core/Result.h"
#include "vault/SecretBytes.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Switchboard {

class Keychain {
public:
    static QString service() { return QStringLiteral("Switchboard"); }
    static QString entryName(const QString &vaultId) { return QStringLiteral("vault-data-key:") + vaultId; }
    static bool isDisabled();   // SWITCHBOARD_VAULT_KEYCHAIN=0
    static constexpr int kDefaultTimeoutMs = 3000;

    using ReadCallback = std::function<void(Result<SecretBytes>)>;
    using WriteCallback = std::function<void(Status)>;
    static void readAsync(const QString &entry, QObject *context, ReadCallback callback,
                          int timeoutMs = kDefaultTimeoutMs);
    static void writeAsync(const QString &entry, const SecretBytes &value, QObject *context,
                           WriteCallback callback, int timeoutMs = kDefaultTimeoutMs);
    static void removeAsync(const QString &entry, QObject *context, WriteCallback callback,
                            int timeoutMs = kDefaultTimeoutMs);

    static Result<SecretBytes> readBlocking(const QString &entry, int timeoutMs = kDefaultTimeoutMs);
    static Status writeBlocking(const QString &entry, const SecretBytes &value, int timeoutMs = kDefaultTimeoutMs);
    static Status removeBlocking(const QString &entry, int timeoutMs = kDefaultTimeoutMs);
};

} // namespace Switchboard
